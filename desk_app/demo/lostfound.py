"""The demo's lost-and-found book: found items, guests' reports, returns and disposals.

The duty-log generator (``desk_app.demo``) owns the timeline; this one plans each shift's found
items and guests' reports into the same queue and writes each event when the generator reaches it,
in the same batch transaction, with the log numbers the generator counts. Every row goes through
the connection-level writers of ``services.lostfound`` (``write_item``, ``write_photo``,
``write_report``, ``write_link``, ``write_close_report``, ``write_return``, ``write_proposal``,
``write_decision``), each checked by the domain's rules as of the event's own time: items are numbered per year without
gaps, a found time is never in the future, a return carries an identity check and a signature that
``validate_signature`` accepts (pen strokes drawn procedurally, a 1-bit PNG of them), a disposal is
proposed only once the item's retention has run out and decided by someone other than the
proposer. Each movement also writes its duty-log entry, linked to the item (a message and its
values, read in each reader's language).

An item's life is planned when it is registered: returned to its owner (who comes asking, or is
reached by the room it was found in), reported lost by its owner afterwards (report, link, return),
or kept until its retention runs out, when a clerk on the day shift proposes its disposal and
a supervisor or the manager approves it (a few are rejected, kept a while and proposed again).
Some guests report a loss first and the item is handed in later; most reports are of things nobody
hands in and are closed after a while. Whatever falls after the desk's clock stays to be done:
the last months' items are held, some disposals wait for approval.

The random generator is this module's own (derived from the log's), so adding the book leaves the
duty log and the complaint register the same for a given seed.
"""

from __future__ import annotations

import io
import math
import random
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PIL import Image, ImageDraw
from sqlalchemy import func, select

from desk_app.demo import _Batch, _local, _Shift, _shift_for, _Texts
from desk_app.demo_accounts import DEMO_ACCOUNTS, MANAGER, SUPERVISORS
from desk_app.demo_lostfound_texts import (
    APPROVAL_NOTES,
    CLOSE_NOTES,
    COLOUR_WEIGHTS,
    COLOURS,
    CUPBOARD,
    DAY_SHIFT_ITEM_SHARE,
    DETAIL_SHARE,
    DETAILS,
    DIRECT_RETURN_SHARE,
    DISPOSAL_METHODS,
    FOUND_PLACE_WEIGHTS,
    FOUND_PLACES,
    GENDERS,
    GENERIC_DETAILS,
    HANDED_IN_BY_HOUSEKEEPING,
    HOUSEKEEPING_SHARE,
    ID_DOCUMENTS,
    ITEMS_PER_DAY,
    KEY_CABINET,
    KINDS,
    LANG_OWN_SHARE,
    LUGGAGE_ROOM,
    MANAGER_DECIDES_SHARE,
    PHOTO_SHARE,
    PROPOSAL_DELAY_DAYS,
    PROPOSAL_NOTES,
    REJECT_NOTES,
    REJECT_SHARE,
    REPORT_FIRST_PER_DAY,
    REPORT_FRAMES,
    REPORT_LATER_SHARE,
    REPORT_PLACES,
    RETURN_AFTER_REJECT_SHARE,
    ROOM_PLACE,
    ROOM_PLACE_SHARE,
    SAFE,
    SHELF,
    SHELF_ROWS,
    STAFF_OWNED_SHARE,
    SUPERVISOR_PROPOSES_SHARE,
    UNMATCHED_REPORTS_PER_DAY,
    ItemKind,
)
from desk_app.demo_texts import LANGS
from desk_app.domain import lostfound as rules
from desk_app.domain.lostfound import DisposalMethod, FinderKind, ItemState, ReportState
from desk_app.domain.signature import PNG_MAGIC, Signature, Stroke, stroke_bounds
from desk_app.domain.signature import validate_signature as check_signature
from desk_app.services import lostfound as lf
from desk_app.store.tables import lf_item, lf_report

if TYPE_CHECKING:
    from desk_app.demo import _Generator

# Event kinds of this book (the first element of an event's data).
_ITEM, _REPORT_FIRST, _UNMATCHED, _REPORT_LATER = "item", "report_first", "unmatched", "report"
_LINK, _RETURN, _CLOSE, _PROPOSE, _DECIDE = "link", "return", "close", "propose", "decide"

# The signature pad's canvas in the window, and the pen the PNG is drawn with.
PAD_WIDTH, PAD_HEIGHT = 480, 160
PNG_MARGIN = 8
PHOTO_SIZE = (160, 120)
_LATE_OWNER_SHARE = 0.015  # the owner turns up while a disposal waits for approval
_TICK = timedelta(seconds=1)


def _kind_weights() -> list[float]:
    return [k.weight for k in KINDS]


_KIND_WEIGHTS = _kind_weights()
_COLOUR_KEYS = list(COLOUR_WEIGHTS)
_COLOUR_W = list(COLOUR_WEIGHTS.values())


@dataclass(frozen=True)
class ItemSpec:
    """What a thing is, whoever describes it: the desk registering it or its owner reporting it."""

    kind: ItemKind
    variant: int
    colour: str | None
    place: int | None  # index into FOUND_PLACES; None: a room
    room: str
    detail: int  # a seed for the detail wording

    def noun(self, lang: str) -> str:
        return self.kind.noun(lang, self.variant)

    def named(self, lang: str) -> str:
        """'black umbrella', '黑色雨伞', 'чёрный зонт'."""
        noun = self.noun(lang)
        if self.colour is None:
            return noun
        zh, ru, en, _rgb = COLOURS[self.colour]
        if lang == "zh":
            return zh + noun
        if lang == "ru":
            return f"{ru[GENDERS[self.kind.ru[self.variant][1]]]} {noun}"
        return f"{en} {noun}"

    def place_text(self, lang: str) -> str:
        if self.place is None:
            return ROOM_PLACE[lang].format(room=self.room)
        return FOUND_PLACES[self.place][LANGS.index(lang)]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _poisson(rng: random.Random, mean: float) -> int:
    """Knuth's method: the means here are a few events a shift."""
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


# --------------------------------------------------------------------------------------------
# Pictures: a signature's strokes and its PNG, a photo of the item.
# --------------------------------------------------------------------------------------------


def signature_strokes(rng: random.Random) -> tuple[Stroke, ...]:
    """A hand-written name: one to three cursive strokes of humps and loops, slanted, with a
    little tremor, sometimes a dot and an underline flourish; 80-250 points in all."""
    strokes: list[Stroke] = []
    x = rng.uniform(25, 90)
    base = rng.uniform(90, 120)
    height = rng.uniform(28, 55)
    slant = rng.uniform(-0.05, 0.4)
    parts = rng.choice((1, 2, 2, 3))
    for _ in range(parts):
        length = rng.uniform(90, 300) / parts
        humps = max(2.0, length / rng.uniform(14, 24))
        count = max(12, round(humps * rng.uniform(7, 10)))
        loop = rng.uniform(3, 9)
        phase = rng.uniform(0, math.tau)
        # Letters of different heights (an l beside an e), the first a capital.
        amps = [rng.choice((0.35, 0.45, 0.5, 0.8, 1.0)) for _ in range(int(humps) + 3)]
        amps[0] = rng.uniform(1.1, 1.4)
        start = int(phase / math.tau + 0.25)
        points = []
        for i in range(count):
            u = i / (count - 1)
            turn = humps * u + phase / math.tau
            wave = math.sin(math.tau * turn)
            # A new letter starts at the bottom of a curve, where the height does not show.
            amp = amps[min(len(amps) - 1, int(turn + 0.25) - start)]
            y = base - height * amp * (0.5 + 0.5 * wave) + rng.gauss(0, 0.4)
            px = x + length * u + loop * math.cos(math.tau * turn)
            px += slant * (base - y) + rng.gauss(0, 0.4)
            points.append((min(max(px, 2.0), PAD_WIDTH - 2.0), min(max(y, 2.0), PAD_HEIGHT - 2.0)))
        strokes.append(tuple(points))
        x += length + rng.uniform(8, 30)
        if x > PAD_WIDTH - 60:
            break
    if rng.random() < 0.3:  # the dot over an i
        dx, dy = strokes[0][len(strokes[0]) // 3]
        strokes.append(((dx + 2, max(2.0, dy - height * 0.6)),))
    if rng.random() < 0.45:  # an underline flourish
        left, _top, right, bottom = stroke_bounds(strokes) or (30.0, 0.0, 300.0, 120.0)
        y0 = min(PAD_HEIGHT - 4.0, bottom + rng.uniform(4, 12))
        n = rng.randint(10, 18)
        strokes.append(
            tuple(
                (
                    left + (right - left) * i / (n - 1),
                    min(PAD_HEIGHT - 2.0, y0 + 3 * math.sin(math.pi * i / (n - 1))),
                )
                for i in range(n)
            )
        )
    return tuple(strokes)


def signature_png(strokes: tuple[Stroke, ...]) -> bytes:
    """The strokes in black on white, one bit a pixel, cropped to the ink: about a kilobyte."""
    left, top, right, bottom = stroke_bounds(strokes) or (0.0, 0.0, 1.0, 1.0)
    x0, y0 = max(0.0, left - PNG_MARGIN), max(0.0, top - PNG_MARGIN)
    size = (
        max(1, math.ceil(min(PAD_WIDTH, right + PNG_MARGIN) - x0)),
        max(1, math.ceil(min(PAD_HEIGHT, bottom + PNG_MARGIN) - y0)),
    )
    image = Image.new("1", size, 1)
    draw = ImageDraw.Draw(image)
    for stroke in strokes:
        shifted = [(x - x0, y - y0) for x, y in stroke]
        if len(shifted) == 1:
            (cx, cy) = shifted[0]
            draw.ellipse((cx - 1.2, cy - 1.2, cx + 1.2, cy + 1.2), fill=0)
        else:
            draw.line(shifted, fill=0, width=2, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    data = out.getvalue()
    assert data.startswith(PNG_MAGIC)
    return data


def make_signature(rng: random.Random) -> Signature:
    strokes = signature_strokes(rng)
    return Signature(strokes, PAD_WIDTH, PAD_HEIGHT, signature_png(strokes))


def item_photo(rng: random.Random, colour: str | None) -> bytes:
    """A small JPEG of the thing on the desk's grey mat: a few kilobytes."""
    rgb = COLOURS[colour][3] if colour else (150, 120, 90)
    mat = (rng.randint(170, 200),) * 3
    image = Image.new("RGB", PHOTO_SIZE, mat)
    draw = ImageDraw.Draw(image)
    w, h = PHOTO_SIZE
    cx, cy = w / 2 + rng.uniform(-15, 15), h / 2 + rng.uniform(-10, 10)
    rw, rh = rng.uniform(25, 60), rng.uniform(18, 40)
    shadow = tuple(max(0, c - 60) for c in mat)
    box = (cx - rw, cy - rh, cx + rw, cy + rh)
    draw.rounded_rectangle([c + 4 for c in box], radius=10, fill=shadow)
    if rng.random() < 0.5:
        draw.rounded_rectangle(box, radius=rng.uniform(3, 15), fill=rgb)
    else:
        draw.ellipse(box, fill=rgb)
    highlight = tuple(min(255, c + 50) for c in rgb)
    draw.line((cx - rw * 0.6, cy - rh * 0.5, cx + rw * 0.3, cy - rh * 0.6), fill=highlight, width=3)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70, optimize=True)
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------


class Wording:
    """How the desk and the guests put things into words; deterministic for a random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.texts = _Texts(rng)

    def spec(self) -> ItemSpec:
        r = self.rng
        kind = r.choices(KINDS, weights=_KIND_WEIGHTS)[0]
        variant = r.randrange(len(kind.zh))
        colour = r.choices(_COLOUR_KEYS, weights=_COLOUR_W)[0] if kind.colour else None
        in_room = r.random() < ROOM_PLACE_SHARE
        place = None if in_room else r.choices(range(len(FOUND_PLACES)), FOUND_PLACE_WEIGHTS)[0]
        return ItemSpec(kind, variant, colour, place, self.texts.room(), r.randrange(1 << 30))

    def detail(self, spec: ItemSpec, lang: str) -> str:
        r = random.Random(spec.detail)  # the same wording each time the thing is described
        if r.random() > DETAIL_SHARE:
            return ""
        options = DETAILS.get(spec.kind.code, {}).get(lang) or GENERIC_DETAILS[lang]
        template = r.choice(options)
        values: dict[str, str] = {}
        if "{name}" in template:
            values["name"] = _Texts(r).party(lang)
        if "{n}" in template:
            values["n"] = str(r.randint(2, 4))
        if "{money}" in template:
            values["money"] = str(
                r.randrange(100, 3001, 50) if lang != "en" else r.randint(20, 300)
            )
        if "{tail}" in template:
            values["tail"] = f"{r.randint(0, 9999):04d}"
        return template.format(**values)

    def description(self, spec: ItemSpec, lang: str, *, handed_in: bool = False) -> str:
        named = self.named_with_detail(spec, lang)
        if handed_in:
            named += self.rng.choice(HANDED_IN_BY_HOUSEKEEPING[lang])
        return named

    def named_with_detail(self, spec: ItemSpec, lang: str) -> str:
        named = spec.named(lang)
        extra = self.detail(spec, lang)
        if lang == "zh":
            return named + (f"，{extra}" if extra else "")
        return _capital(named) + (f", {extra}" if extra else "")

    def storage(self, spec: ItemSpec, valuables: bool, lang: str) -> str:
        r = self.rng
        if valuables or spec.kind.category == "documents":
            return r.choice(SAFE[lang])
        if spec.kind.category == "keys":
            return r.choice(KEY_CABINET[lang])
        if spec.kind.bulky:
            return r.choice(LUGGAGE_ROOM[lang])
        if r.random() < 0.7:
            return SHELF[lang].format(row=r.choice(SHELF_ROWS[lang]), n=r.randint(1, 4))
        return CUPBOARD[lang].format(n=r.randint(1, 5))

    def report_text(self, spec: ItemSpec, lang: str) -> str:
        """What the guest says, as the clerk writes it down."""
        r = self.rng
        what = self.named_with_detail(spec, lang) if r.random() < 0.7 else spec.named(lang)
        frame = r.choice(REPORT_FRAMES[lang])
        return frame.format(what=what[:1].lower() + what[1:], What=_capital(what))


class LostFound:
    """Plans found items and reports shift by shift into the log generator's queue; writes them."""

    def __init__(self, host: _Generator, event_kind: int) -> None:
        self.host = host
        self.event_kind = event_kind
        state = host.rng.getstate()[1]
        self.rng = random.Random(f"lost and found {state[:8]}")
        self.words = Wording(self.rng)
        self.texts = self.words.texts
        with host.desk.db.read() as conn:
            self.policy = lf.read_policy(conn)
            self.item_num = conn.execute(select(func.max(lf_item.c.num))).scalar() or 0
            self.report_num = conn.execute(select(func.max(lf_report.c.num))).scalar() or 0
            self.seqs: dict[int, int] = {
                year: seq
                for year, seq in conn.execute(
                    select(lf_item.c.year, func.max(lf_item.c.seq)).group_by(lf_item.c.year)
                )
            }
        self.counts: Counter[str] = Counter()
        self.clock = host.start
        # Rejected disposals come from a running share, not a draw each time: every stretch of
        # some twenty decisions has its rejection, and a short demo is not left without one.
        self.rejections_due = 0.5

    # --- planning ----------------------------------------------------------------------------

    def push(self, at: datetime, data: tuple[Any, ...]) -> None:
        """Queue an event; never before the one being written (the log keeps time order)."""
        self.host.push(max(at, self.clock + _TICK), self.event_kind, data)

    def plan(self, shift: _Shift) -> None:
        r = self.rng
        share = DAY_SHIFT_ITEM_SHARE if shift.key[1] == "day" else 1 - DAY_SHIFT_ITEM_SHARE
        for what, per_day in (
            (_ITEM, ITEMS_PER_DAY),
            (_REPORT_FIRST, REPORT_FIRST_PER_DAY),
            (_UNMATCHED, UNMATCHED_REPORTS_PER_DAY),
        ):
            for _ in range(_poisson(r, per_day * share)):
                at = shift.start + (shift.end - shift.start) * r.random()
                if self.host.start <= at < self.host.now:
                    self.host.push(at, self.event_kind, (what, None))

    def apply(self, batch: _Batch, at: datetime, data: tuple[Any, ...]) -> None:
        self.clock = at
        what = data[0]
        if what == _ITEM:
            self.register(batch, at, *(data[1] or (None, None)))
        elif what == _REPORT_FIRST:
            self.report_first(batch, at)
        elif what == _UNMATCHED:
            self.unmatched_report(batch, at)
        elif what == _REPORT_LATER:
            self.report_later(batch, at, data[1], data[2])
        elif what == _LINK:
            self.link(batch, at, data[1], data[2])
        elif what == _RETURN:
            self.give_back(batch, at, data[1], data[2])
        elif what == _CLOSE:
            self.close_report(batch, at, data[1])
        elif what == _PROPOSE:
            self.propose(batch, at, data[1], data[2])
        elif what == _DECIDE:
            self.decide(batch, at, data[1], data[2])
        else:  # pragma: no cover - a planning bug
            raise ValueError(what)

    # --- helpers -----------------------------------------------------------------------------

    def lang(self, person: int) -> str:
        own = DEMO_ACCOUNTS[person].lang
        if self.rng.random() < LANG_OWN_SHARE:
            return own
        return self.rng.choice([x for x in LANGS if x != own])

    def clerk(self, at: datetime, supervisor_share: float = 0.05) -> int:
        shift = self.host.on_duty(at)
        if shift.supervisor is not None and self.rng.random() < supervisor_share:
            return shift.supervisor
        return self.rng.choice(shift.clerks)

    def writer(self, batch: _Batch, person: int) -> str:
        person_id = self.host.people[person]
        batch.w.actor = person_id
        return person_id

    def item_row(self, batch: _Batch, item_id: str) -> dict[str, Any]:
        return dict(
            batch.conn.execute(select(lf_item).where(lf_item.c.id == item_id)).one()._mapping
        )

    def report_row(self, batch: _Batch, report_id: str) -> dict[str, Any]:
        row = batch.conn.execute(select(lf_report).where(lf_report.c.id == report_id)).one()
        return dict(row._mapping)

    def day_shift_after(self, t: datetime, days: tuple[float, float]) -> datetime:
        """Some days after ``t``, during the day shift's quieter hours (10:00-17:00), when a
        clerk goes through the list of items past retention."""
        at = t + timedelta(days=self.rng.uniform(*days))
        local = at.astimezone()
        if 10 <= local.hour < 17:
            return at
        day = local.date() if local.hour < 10 else local.date() + timedelta(days=1)
        return _local(day, 10) + timedelta(minutes=self.rng.uniform(0, 420))

    def supervisor_slot(self, t: datetime) -> tuple[datetime, int]:
        """When a supervisor next sits at the morning review (09:30-12:00), on or after ``t``;
        and who."""
        day = t.astimezone().date()
        while True:
            shift = _shift_for(day, "day")
            at = _local(day, 9) + timedelta(minutes=self.rng.uniform(30, 180))
            if shift.supervisor is not None and at > t:
                return at, shift.supervisor
            day += timedelta(days=1)

    # --- found items -------------------------------------------------------------------------

    def register(
        self, batch: _Batch, at: datetime, spec: ItemSpec | None, report_id: str | None
    ) -> None:
        r = self.rng
        person = self.clerk(at)
        lang = self.lang(person)
        spec = spec or self.words.spec()
        in_room = spec.place is None
        housekeeping = in_room and r.random() < HOUSEKEEPING_SHARE
        if housekeeping:
            found_at = at - timedelta(minutes=r.uniform(10, 240))
        else:
            found_at = at - timedelta(minutes=r.uniform(1, 40))
        guest_finder = not in_room and r.random() < 0.45
        if guest_finder:
            finder_kind, finder_id, finder_name = FinderKind.GUEST, None, self.texts.party(lang)
        else:
            staff = person if r.random() < 0.75 else self.clerk(at, 0.2)
            finder_kind, finder_id, finder_name = FinderKind.STAFF, self.host.people[staff], ""
        valuables = r.random() < spec.kind.valuables
        draft = rules.validate_item(
            found_at=found_at,
            found_place=spec.place_text(lang),
            finder_kind=finder_kind.value,
            finder_id=finder_id,
            finder_name=finder_name,
            description=self.words.description(spec, lang, handed_in=housekeeping),
            category=spec.kind.category,
            valuables=valuables,
            storage_place=self.words.storage(spec, valuables, lang),
            policy=self.policy,
            now=at,  # registered as of its own time: found before it, never after
        )
        if finder_kind is FinderKind.STAFF:  # as register_item fills it in
            staff_name = DEMO_ACCOUNTS[self.host.people.index(finder_id)].name
            draft = replace(draft, finder_name=staff_name)
        year = at.astimezone().year
        self.item_num += 1
        self.seqs[year] = rules.next_seq(self.seqs.get(year))
        actor_id = self.writer(batch, person)
        row = lf.write_item(
            batch.conn,
            batch.w,
            draft=draft,
            actor_id=actor_id,
            station=batch.station,
            at=at,
            year=year,
            num=self.item_num,
            seq=self.seqs[year],
            log_num=self.host.next_log_num(at),
        )
        self.counts["items"] += 1
        item_id = row["id"]
        photo_share = PHOTO_SHARE * (3 if valuables else 1)
        if r.random() < photo_share:
            data = item_photo(r, spec.colour)
            lf.write_photo(
                batch.conn,
                batch.w,
                item_id=item_id,
                data=data,
                mime=rules.validate_photo(data),
                actor_id=actor_id,
                at=at,
                position=1,
            )
            self.counts["photos"] += 1
        # Its life from here.
        if report_id is not None:  # its owner reported it before it was handed in
            self.push(at + timedelta(minutes=r.uniform(5, 240)), (_LINK, report_id, item_id))
        else:
            x = r.random()
            if x < DIRECT_RETURN_SHARE:
                self.push(at + self.return_delay(), (_RETURN, item_id, None))
            elif x < DIRECT_RETURN_SHARE + REPORT_LATER_SHARE:
                later = timedelta(hours=min(24 * 7, r.expovariate(1 / 20) + 1))
                self.push(at + later, (_REPORT_LATER, item_id, spec))
        due = self.policy.dispose_after(found_at, draft.category, draft.valuables)
        self.push(self.day_shift_after(due, PROPOSAL_DELAY_DAYS), (_PROPOSE, item_id, 1))

    def return_delay(self) -> timedelta:
        r = self.rng
        x = r.random()
        if x < 0.4:  # still in the house: the desk calls the room
            return timedelta(minutes=r.uniform(20, 12 * 60))
        if x < 0.85:
            return timedelta(hours=r.uniform(12, 5 * 24))
        return timedelta(days=r.uniform(5, 60))  # posted, or collected on the next stay

    # --- guests' reports ---------------------------------------------------------------------

    def guest(self, lang: str) -> tuple[str, str]:
        name = self.texts.party(lang)
        if self.rng.random() < 0.7:
            contact = self.texts.slot("phone", lang, self.clock.astimezone(), {})
        else:
            contact = ""
        return name, contact

    def write_report(
        self,
        batch: _Batch,
        at: datetime,
        spec: ItemSpec,
        lost_from: datetime,
        lost_until: datetime,
        *,
        staying: bool,
    ) -> str:
        r = self.rng
        person = self.clerk(at)
        lang = self.lang(person)
        guest_lang = lang if r.random() < 0.8 else r.choice(LANGS)
        guest, contact = self.guest(guest_lang)
        room = spec.room if (spec.place is None or staying) and r.random() < 0.9 else ""
        if not room and not contact:
            contact = self.texts.slot("phone", guest_lang, at.astimezone(), {})
        if spec.place is not None and r.random() < 0.85:
            lost_place = spec.place_text(lang)
        elif spec.place is None:
            lost_place = ""
        else:
            lost_place = r.choice(REPORT_PLACES[lang])
        description = self.words.report_text(spec, lang)
        draft = rules.validate_report(
            guest_name=guest,
            contact=contact,
            room=room,
            lost_from=lost_from,
            lost_until=lost_until,
            lost_place=lost_place,
            description=description,
            category=spec.kind.category,
            policy=self.policy,
            now=at,
        )
        self.report_num += 1
        row = lf.write_report(
            batch.conn,
            batch.w,
            draft=draft,
            actor_id=self.writer(batch, person),
            station=batch.station,
            at=at,
            num=self.report_num,
            log_num=self.host.next_log_num(at),
        )
        self.counts["reports"] += 1
        return row["id"]

    def report_first(self, batch: _Batch, at: datetime) -> None:
        """The owner reports the loss; the thing is handed in afterwards."""
        r = self.rng
        spec = self.words.spec()
        lost_from = at - timedelta(hours=r.uniform(2, 48))
        report_id = self.write_report(
            batch, at, spec, lost_from, at - timedelta(minutes=r.uniform(10, 90)), staying=True
        )
        found = at + timedelta(hours=min(24 * 4, r.expovariate(1 / 14) + 0.5))
        self.push(found, (_ITEM, (spec, report_id)))

    def report_later(self, batch: _Batch, at: datetime, item_id: str, spec: ItemSpec) -> None:
        """The owner of a registered item reports the loss; the clerk finds it in the book."""
        r = self.rng
        item = self.item_row(batch, item_id)
        if item["state"] not in (ItemState.STORED.value, ItemState.DISPOSAL_PROPOSED.value):
            return
        found_at = item["found_at"]
        lost_from = found_at - timedelta(hours=r.uniform(1, 36))
        lost_until = min(at, found_at + timedelta(hours=r.uniform(0, 12)))
        report_id = self.write_report(batch, at, spec, lost_from, lost_until, staying=False)
        self.push(at + timedelta(minutes=r.uniform(2, 40)), (_LINK, report_id, item_id))

    def unmatched_report(self, batch: _Batch, at: datetime) -> None:
        """A loss nobody hands in: the report is closed after a while."""
        r = self.rng
        lost_until = at - timedelta(minutes=r.uniform(10, 600))
        lost_from = lost_until - timedelta(hours=r.uniform(1, 72))
        report_id = self.write_report(
            batch, at, self.words.spec(), lost_from, lost_until, staying=True
        )
        if r.random() < 0.3:
            later = timedelta(hours=r.uniform(1, 72))  # it turned up elsewhere
        else:
            later = timedelta(days=r.uniform(7, 45))
        self.push(at + later, (_CLOSE, report_id))

    def link(self, batch: _Batch, at: datetime, report_id: str, item_id: str) -> None:
        r = self.rng
        report = self.report_row(batch, report_id)
        item = self.item_row(batch, item_id)
        held = (ItemState.STORED.value, ItemState.DISPOSAL_PROPOSED.value)
        if report["state"] != ReportState.OPEN.value or item["state"] not in held:
            return
        person = self.clerk(at)
        lf.write_link(
            batch.conn,
            batch.w,
            report=report,
            item=item,
            actor_id=self.writer(batch, person),
            station=batch.station,
            at=at,
            log_num=self.host.next_log_num(at),
        )
        self.counts["links"] += 1
        if r.random() < 0.45:
            later = timedelta(minutes=r.uniform(15, 180))  # the guest is in the house
        else:
            later = timedelta(hours=r.uniform(3, 72))
        self.push(at + later, (_RETURN, item_id, report_id))

    def close_report(self, batch: _Batch, at: datetime, report_id: str) -> None:
        """The guest stopped looking: the report closed with a reason, through the service's
        writer."""
        report = self.report_row(batch, report_id)
        if report["state"] != ReportState.OPEN.value:
            return
        person = self.clerk(at)
        lang = self.lang(person)
        actor_id = self.writer(batch, person)
        lf.write_close_report(
            batch.conn,
            batch.w,
            report=report,
            note=self.rng.choice(CLOSE_NOTES[lang]),
            actor_id=actor_id,
            station=batch.station,
            at=at,
            log_num=self.host.next_log_num(at),
        )
        self.counts["closed_reports"] += 1

    # --- returns -----------------------------------------------------------------------------

    def give_back(self, batch: _Batch, at: datetime, item_id: str, report_id: str | None) -> None:
        r = self.rng
        item = self.item_row(batch, item_id)
        if item["state"] not in (ItemState.STORED.value, ItemState.DISPOSAL_PROPOSED.value):
            return  # gone already: the owner came too late
        if report_id is not None:
            report = self.report_row(batch, report_id)
            claimant, contact = report["guest_name"], report["contact"] or report["room"]
            claimant_lang = _script(claimant)
        else:
            claimant_lang = r.choice(LANGS)
            claimant, contact = self.guest(claimant_lang)
        if r.random() < STAFF_OWNED_SHARE:
            document = "staff_card"
        else:
            docs = ID_DOCUMENTS[claimant_lang]
            document = r.choices([d for d, _ in docs], weights=[w for _, w in docs])[0]
        draft = rules.validate_return(
            claimant_name=claimant,
            claimant_contact=contact,
            id_document=document,
            id_last_four=f"{r.randint(0, 9999):04d}",
            identity_checked=True,
        )
        person = self.clerk(at, 0.1)
        lf.write_return(
            batch.conn,
            batch.w,
            item=item,
            draft=draft,
            signature=check_signature(make_signature(r)),
            actor_id=self.writer(batch, person),
            station=batch.station,
            at=at,
            report_id=report_id,
            log_num=self.host.next_log_num(at),
        )
        self.counts["returns"] += 1
        if item["state"] == ItemState.DISPOSAL_PROPOSED.value:
            self.counts["withdrawn"] += 1

    # --- disposals ---------------------------------------------------------------------------

    def propose(self, batch: _Batch, at: datetime, item_id: str, attempt: int) -> None:
        r = self.rng
        item = self.item_row(batch, item_id)
        if item["state"] != ItemState.STORED.value:
            return  # returned meanwhile
        due = self.policy.is_due(item["found_at"], item["category"], item["valuables"], at)
        if not due:  # not yet (a category's retention changed): when it is
            after = self.policy.dispose_after(item["found_at"], item["category"], item["valuables"])
            self.push(
                self.day_shift_after(after, PROPOSAL_DELAY_DAYS), (_PROPOSE, item_id, attempt)
            )
            return
        person = self.clerk(at, SUPERVISOR_PROPOSES_SHARE)
        lang = self.lang(person)
        methods = DISPOSAL_METHODS[item["category"]]
        if item["valuables"]:
            methods = DISPOSAL_METHODS["valuables"]
        method = r.choices([m for m, _ in methods], weights=[w for _, w in methods])[0]
        lf.write_proposal(
            batch.conn,
            batch.w,
            item=item,
            method=DisposalMethod(method),
            note=r.choice(PROPOSAL_NOTES[lang]),
            due=due,
            actor_id=self.writer(batch, person),
            station=batch.station,
            at=at,
            log_num=self.host.next_log_num(at),
        )
        self.counts["proposals"] += 1
        decide_at, supervisor = self.supervisor_slot(at + timedelta(hours=r.uniform(2, 40)))
        decider = MANAGER if r.random() < MANAGER_DECIDES_SHARE else supervisor
        if decider == person:  # never the proposer: the other supervisor
            decider = next(s for s in SUPERVISORS if s != person)
        self.push(decide_at, (_DECIDE, item_id, (attempt, decider)))
        if r.random() < _LATE_OWNER_SHARE:
            between = at + (decide_at - at) * r.uniform(0.1, 0.9)
            self.push(between, (_RETURN, item_id, None))

    def decide(self, batch: _Batch, at: datetime, item_id: str, detail: tuple[int, int]) -> None:
        r = self.rng
        attempt, decider = detail
        item = self.item_row(batch, item_id)
        if item["state"] != ItemState.DISPOSAL_PROPOSED.value:
            return  # the owner came for it: the proposal was withdrawn
        if attempt == 1:  # a second proposal, after the item was kept longer, goes through
            self.rejections_due += REJECT_SHARE * (2 if item["valuables"] else 1)
        approve = attempt > 1 or self.rejections_due < 1
        if not approve:
            self.rejections_due -= 1
        lang = self.lang(decider)
        note = r.choice((APPROVAL_NOTES if approve else REJECT_NOTES)[lang])
        lf.write_decision(
            batch.conn,
            batch.w,
            item=item,
            approve=approve,
            note=note,
            actor_id=self.writer(batch, decider),
            station=batch.station,
            at=at,
            log_num=self.host.next_log_num(at),
        )
        if approve:
            self.counts["disposed"] += 1
            return
        self.counts["rejected"] += 1
        self.push(self.day_shift_after(at, (30, 60)), (_PROPOSE, item_id, attempt + 1))
        if r.random() < RETURN_AFTER_REJECT_SHARE:
            self.push(at + timedelta(days=r.uniform(1, 25)), (_RETURN, item_id, None))


def _script(name: str) -> str:
    """The language a name is written in, for the identity document its bearer likely shows."""
    for ch in name:
        if "\u4e00" <= ch <= "\u9fff":
            return "zh"
        if "\u0400" <= ch <= "\u04ff":
            return "ru"
    return "en"


# --------------------------------------------------------------------------------------------
# For the bench: what a guest says when reporting a loss.
# --------------------------------------------------------------------------------------------


def sample_report(rng: random.Random) -> dict[str, str]:
    """A guest's report as the desk takes it down: ``services.lostfound.report_lost``'s keywords
    (the times apart), for the bench."""
    words = Wording(rng)
    spec = words.spec()
    lang = rng.choice(LANGS)
    room = spec.room if spec.place is None else ""
    phone = words.texts.slot("phone", lang, datetime.now().astimezone(), {})
    return {
        "guest_name": words.texts.party(lang),
        "contact": "" if room else phone,
        "room": room,
        "lost_place": "" if spec.place is None else spec.place_text(lang),
        "description": words.report_text(spec, lang),
        "category": spec.kind.category,
    }
