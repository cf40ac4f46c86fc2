"""The demo's lost-and-found book: found items, guests' reports, returns and disposals.

The duty-log generator (``desk_app.demo.generator``) owns the timeline; this one plans each shift's found
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

import math
import random
from collections import Counter
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from desk_app.demo.accounts import DEMO_ACCOUNTS
from desk_app.demo.batch import Batch
from desk_app.demo.host import Host
from desk_app.demo.lostfound_items import ItemSpec, Wording, item_photo
from desk_app.demo.lostfound_steps import (
    CLOSE,
    DECIDE,
    ITEM,
    LINK,
    PROPOSE,
    REPORT_FIRST,
    REPORT_LATER,
    RETURN,
    TICK,
    UNMATCHED,
    LostFoundSteps,
)
from desk_app.demo.shifts import Shift, local_time
from desk_app.demo.texts.lostfound import (
    DAY_SHIFT_ITEM_SHARE,
    DIRECT_RETURN_SHARE,
    HOUSEKEEPING_SHARE,
    ITEMS_PER_DAY,
    LANG_OWN_SHARE,
    PHOTO_SHARE,
    PROPOSAL_DELAY_DAYS,
    REPORT_FIRST_PER_DAY,
    REPORT_LATER_SHARE,
    REPORT_PLACES,
    UNMATCHED_REPORTS_PER_DAY,
)
from desk_app.demo.texts.words import LANGS
from desk_app.domain.lostfound import rules
from desk_app.domain.lostfound.rules import FinderKind, ItemState
from desk_app.services.lostfound import views as lostfound_views
from desk_app.services.lostfound import writes as lostfound_writes
from desk_app.store.tables import lf_item, lf_report


def _poisson(rng: random.Random, mean: float) -> int:
    """Knuth's method: the means here are a few events a shift."""
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


class LostFound(LostFoundSteps):
    """Plans found items and reports shift by shift into the log generator's queue; writes them."""

    def __init__(self, host: Host, event_kind: int) -> None:
        self.host = host
        self.event_kind = event_kind
        state = host.rng.getstate()[1]
        self.rng = random.Random(f"lost and found {state[:8]}")
        self.words = Wording(self.rng)
        self.texts = self.words.texts
        with host.desk.db.read() as conn:
            self.policy = lostfound_views.read_policy(conn)
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
        self.host.push(max(at, self.clock + TICK), self.event_kind, data)

    def plan(self, shift: Shift) -> None:
        r = self.rng
        share = DAY_SHIFT_ITEM_SHARE if shift.key[1] == "day" else 1 - DAY_SHIFT_ITEM_SHARE
        for what, per_day in (
            (ITEM, ITEMS_PER_DAY),
            (REPORT_FIRST, REPORT_FIRST_PER_DAY),
            (UNMATCHED, UNMATCHED_REPORTS_PER_DAY),
        ):
            for _ in range(_poisson(r, per_day * share)):
                at = shift.start + (shift.end - shift.start) * r.random()
                if self.host.start <= at < self.host.now:
                    self.host.push(at, self.event_kind, (what, None))

    def apply(self, batch: Batch, at: datetime, data: tuple[Any, ...]) -> None:
        self.clock = at
        what = data[0]
        if what == ITEM:
            self.register(batch, at, *(data[1] or (None, None)))
        elif what == REPORT_FIRST:
            self.report_first(batch, at)
        elif what == UNMATCHED:
            self.unmatched_report(batch, at)
        elif what == REPORT_LATER:
            self.report_later(batch, at, data[1], data[2])
        elif what == LINK:
            self.link(batch, at, data[1], data[2])
        elif what == RETURN:
            self.give_back(batch, at, data[1], data[2])
        elif what == CLOSE:
            self.close_report(batch, at, data[1])
        elif what == PROPOSE:
            self.propose(batch, at, data[1], data[2])
        elif what == DECIDE:
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

    def writer(self, batch: Batch, person: int) -> str:
        person_id = self.host.people[person]
        batch.w.actor = person_id
        return person_id

    def item_row(self, batch: Batch, item_id: str) -> dict[str, Any]:
        return lostfound_writes.item_row(batch.conn, item_id, None)

    def report_row(self, batch: Batch, report_id: str) -> dict[str, Any]:
        return lostfound_writes.report_row(batch.conn, report_id, None)

    def day_shift_after(self, t: datetime, days: tuple[float, float]) -> datetime:
        """Some days after ``t``, during the day shift's quieter hours (10:00-17:00), when a
        clerk goes through the list of items past retention."""
        at = t + timedelta(days=self.rng.uniform(*days))
        local = at.astimezone()
        if 10 <= local.hour < 17:
            return at
        day = local.date() if local.hour < 10 else local.date() + timedelta(days=1)
        return local_time(day, 10) + timedelta(minutes=self.rng.uniform(0, 420))

    def supervisor_slot(self, t: datetime) -> tuple[datetime, int]:
        """When a supervisor next sits at the morning review (09:30-12:00), on or after ``t``;
        and who."""
        day = t.astimezone().date()
        while True:
            shift = self.host.calendar.shift_for(day, "day")
            at = local_time(day, 9) + timedelta(minutes=self.rng.uniform(30, 180))
            if shift.supervisor is not None and at > t:
                return at, shift.supervisor
            day += timedelta(days=1)

    # --- found items -------------------------------------------------------------------------

    def register(
        self, batch: Batch, at: datetime, spec: ItemSpec | None, report_id: str | None
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
        row = lostfound_writes.write_item(
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
            lostfound_writes.write_photo(
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
            self.push(at + timedelta(minutes=r.uniform(5, 240)), (LINK, report_id, item_id))
        else:
            x = r.random()
            if x < DIRECT_RETURN_SHARE:
                self.push(at + self.return_delay(), (RETURN, item_id, None))
            elif x < DIRECT_RETURN_SHARE + REPORT_LATER_SHARE:
                later = timedelta(hours=min(24 * 7, r.expovariate(1 / 20) + 1))
                self.push(at + later, (REPORT_LATER, item_id, spec))
        due = self.policy.dispose_after(found_at, draft.category, draft.valuables)
        self.push(self.day_shift_after(due, PROPOSAL_DELAY_DAYS), (PROPOSE, item_id, 1))

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
        batch: Batch,
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
        row = lostfound_writes.write_report(
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

    def report_first(self, batch: Batch, at: datetime) -> None:
        """The owner reports the loss; the thing is handed in afterwards."""
        r = self.rng
        spec = self.words.spec()
        lost_from = at - timedelta(hours=r.uniform(2, 48))
        report_id = self.write_report(
            batch, at, spec, lost_from, at - timedelta(minutes=r.uniform(10, 90)), staying=True
        )
        found = at + timedelta(hours=min(24 * 4, r.expovariate(1 / 14) + 0.5))
        self.push(found, (ITEM, (spec, report_id)))

    def report_later(self, batch: Batch, at: datetime, item_id: str, spec: ItemSpec) -> None:
        """The owner of a registered item reports the loss; the clerk finds it in the book."""
        r = self.rng
        item = self.item_row(batch, item_id)
        if item["state"] not in (ItemState.STORED.value, ItemState.DISPOSAL_PROPOSED.value):
            return
        found_at = item["found_at"]
        lost_from = found_at - timedelta(hours=r.uniform(1, 36))
        lost_until = min(at, found_at + timedelta(hours=r.uniform(0, 12)))
        report_id = self.write_report(batch, at, spec, lost_from, lost_until, staying=False)
        self.push(at + timedelta(minutes=r.uniform(2, 40)), (LINK, report_id, item_id))

    def unmatched_report(self, batch: Batch, at: datetime) -> None:
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
        self.push(at + later, (CLOSE, report_id))
