"""Realistic demo data: a staffed desk, years of duty log and of complaints, in Chinese, Russian
and English.

``seed_demo`` fills a freshly created database (no people yet): the accounts in ``DEMO_ACCOUNTS``
(known PINs, printed by the command line and the GUI), then the duty log from ``years`` back up to
the desk's clock, shift by shift (day 08:00-20:00, night 20:00-08:00 local time), with sign-ins at
each shift start, follow-ups and their closing entries, amendments, important entries and the next
shift's read marks; and the complaint register, about 20 complaints a day, each with its life:
acknowledged, often assigned, escalated to a supervisor when severe or costly, replied (some after
the promised time), resolved (some with compensation), the follow-up call (回访) with a
satisfaction score, closed; a few reopened; the last day's still open, some overdue. And the
lost-and-found book (about 10 found items a day, with guests' reports, returns and disposals),
planned and written by ``desk_app.demo_lostfound`` in the same timeline and batches; and the key
book (about 100 movements a day, master keys, losses, a board count at each handover) by
``desk_app.demo_keys``; and a sealed handover sheet at every shift change by
``desk_app.demo_handover``.

Everything goes through the real write path: the people through ``services.accounts``; every entry
is checked by ``domain.log.validate_entry`` (with the entry's own time as "now") and written by
``services.log.write_entry``; follow-ups are closed with ``update_journaled`` on the stored row,
read marks and sign-ins written with ``insert_journaled``. Complaints are checked by
``domain.complaints.validate_intake`` and written by ``services.complaints.write_intake``; every
later step by ``services.complaints.write_step``, the function ``complaints.act`` uses, so the state
machine, the authority rule, money parsing and the version check hold for the demo as for a clerk;
each writes its history event and its duty-log entry (category complaint, linked), so the log stays
the one chronological book. Only the transactions are bigger: one ``JournalWriter`` per batch of a
few thousand rows, so three years (about 330,000 entries and 22,000 complaints) take two minutes or
so and ``desk-app verify`` passes on the result. The text is deterministic for a given seed and
clock; the ids are random, as in real use.

This module holds the orchestration: ``seed_demo`` and the generator that plans each shift and
writes the duty log. The pieces it builds on have their own modules: the shift calendar
(``demo_shifts``), the wording of the lines (``demo_lines``), the events and the batch writer
(``demo_batch``) and the complaint register (``demo_complaints``).
"""

from __future__ import annotations

import heapq
import random
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from desk_app.demo_accounts import DEMO_ACCOUNTS, MANAGER, SUPERVISORS, DemoResult
from desk_app.demo_batch import (
    _CLOSE,
    _ENTRY,
    _HANDOVER,
    _INTAKE,
    _KEYS,
    _LOSTFOUND,
    _READ,
    _SIGN_IN,
    _STEP,
    _Batch,
    _Event,
)
from desk_app.demo_complaints import FORGETTABLE, _Complaint, _ComplaintsMixin
from desk_app.demo_lines import _Texts

# The other books (demo_keys, demo_lostfound, demo_handover) import the shift calendar, _Batch and
# _Texts from here: the names this module does not use itself are marked as re-exported.
from desk_app.demo_shifts import (
    DAY_START_HOUR,  # noqa: F401 (re-exported)
    NIGHT_START_HOUR,  # noqa: F401 (re-exported)
    _local,  # noqa: F401 (re-exported)
    _next_shift,
    _Shift,
    _shift_at,
    _shift_for,  # noqa: F401 (re-exported)
    _shifts,
)
from desk_app.demo_texts import (
    AMEND_SHARE,
    DAY_HOURS,
    DAY_WEIGHTS,
    FOLLOW_UP_SHARE,
    IMPORTANT_SHARE,
    LANGS,
    NIGHT_HOURS,
    NIGHT_WEIGHTS,
    TEMPLATES,
)
from desk_app.domain.clock import FixedClock
from desk_app.domain.complaints import AWAITING_REPLY
from desk_app.domain.errors import ValidationError
from desk_app.domain.log import EntryDraft, closing_entry, validate_entry
from desk_app.services import accounts
from desk_app.services.complaints import get_limit
from desk_app.services.desk import Actor, Desk
from desk_app.store.tables import complaint, entry_read, log_entry, sign_in
from desk_app.store.types import new_id

Progress = Callable[[int, int], None]

DEFAULT_SEED = 20261123
DEMO_STATION = "Front desk"
DEFAULT_BATCH = 4000
# Base entries a day (before closing entries, which add about 5%): ~170. With the complaint
# register's ~20 complaints a day, each of whose ~6 steps is also a log entry (~130 a day), the
# book has ~300 entries a day in all: ~330,000 over the three-year retention (DESIGN.md's scale).
DAY_SHIFT_MEAN = 100
NIGHT_SHIFT_MEAN = 54
# Of the follow-ups opened within FORGETTABLE of "now", the share left open.
FORGET_SHARE = 0.2


@dataclass
class _Recent:
    """What the generator remembers of a recent entry (to amend it)."""

    id: str
    num: int
    category: str
    lang: str
    text: str
    room: str
    party: str
    important: bool
    amended: bool = False


@dataclass
class _OpenFollowUp:
    due_at: datetime
    category: str
    room: str
    party: str
    owner: int


# --------------------------------------------------------------------------------------------
# The generator.
# --------------------------------------------------------------------------------------------


class _Generator(_ComplaintsMixin):
    """Plans the shifts, keeps the event queue in time order and writes the duty log; the
    complaint register's methods come from ``_ComplaintsMixin``, the other books are objects
    of their own (``self.lostfound``, ``self.keys``, ``self.handovers``)."""

    def __init__(
        self,
        desk: Desk,
        people: list[str],
        *,
        manager: Actor,
        start: datetime,
        now: datetime,
        rng: random.Random,
        first_num: int,
        first_complaint_num: int = 1,
        limit: Decimal = Decimal("500"),
    ) -> None:
        self.desk = desk
        self.people = people  # person ids, in DEMO_ACCOUNTS order
        self.manager = manager  # signed in: who sets the books up through the services
        self.start = start
        self.now = now
        self.rng = rng
        self.texts = _Texts(rng)
        self.num = first_num
        self.order = 0
        self.events: list[_Event] = []
        self.recent: deque[_Recent] = deque(maxlen=80)
        self.counts = dict.fromkeys(
            (
                "entries",
                "follow_ups",
                "closed",
                "amendments",
                "important",
                "reads",
                "sign_ins",
                "complaints",
                "complaint_steps",
                "escalated",
                "compensated",
                "late_replies",
                "reopened",
            ),
            0,
        )
        self.complaint_num = first_complaint_num
        self.complaints: dict[str, _Complaint] = {}  # not yet closed
        self.limit = limit  # the authority limit, as the service reads it
        self.open: dict[str, _OpenFollowUp] = {}
        self.first_at: datetime | None = None
        self.last_at: datetime | None = None
        from desk_app.demo_lostfound import LostFound  # it builds on this module

        self.lostfound = LostFound(self, _LOSTFOUND)
        from desk_app.demo_keys import Keys  # it builds on this module

        self.keys = Keys(self, _KEYS)
        from desk_app.demo_handover import Handovers  # it builds on this module

        self.handovers = Handovers(self, _HANDOVER)

    # --- ids and helpers ---------------------------------------------------------------------

    def push(self, at: datetime, kind: int, data: Any) -> None:
        self.order += 1
        heapq.heappush(self.events, _Event(at, kind, self.order, data))

    def lang_for(self, person: int) -> str:
        """Mostly the writer's own language, often another: equal shares over the whole log."""
        own = DEMO_ACCOUNTS[person].lang
        return own if self.rng.random() < 0.5 else self.rng.choice([x for x in LANGS if x != own])

    def jitter(self, base: datetime, lo_min: float, hi_min: float) -> datetime:
        return base + timedelta(seconds=self.rng.uniform(lo_min * 60, hi_min * 60))

    def next_log_num(self, at: datetime) -> int:
        num = self.num
        self.num += 1
        self.counts["entries"] += 1
        self.first_at = self.first_at or at
        self.last_at = at
        return num

    # --- planning a shift --------------------------------------------------------------------

    def entry_times(self, shift: _Shift) -> list[datetime]:
        r = self.rng
        day, kind = shift.key
        mean = DAY_SHIFT_MEAN if kind == "day" else NIGHT_SHIFT_MEAN
        if day.weekday() >= 4:  # Friday to Sunday are busier
            mean *= 1.1
        if day.month in (7, 8, 10, 12):  # holidays
            mean *= 1.12
        count = max(1, round(r.gauss(mean, mean * 0.12)))
        hours = DAY_HOURS if kind == "day" else NIGHT_HOURS
        picks = r.choices(range(len(hours)), weights=hours, k=count)
        span = (shift.end - shift.start).total_seconds() / len(hours)  # an hour, except on DST days
        times = [
            shift.start
            + timedelta(seconds=(h + r.random()) * span, microseconds=r.randrange(10**6))
            for h in picks
        ]
        times.sort()
        return [t for t in times if self.start <= t < self.now]

    def plan(self, shift: _Shift, times: list[datetime], intakes: list[datetime] = ()) -> None:
        """Queue a shift's sign-ins and entries; closings and read marks are queued as they arise."""
        r = self.rng
        lo, hi = self.start, self.now
        signed: list[tuple[datetime, int]] = [
            (self.jitter(shift.start, -20, -5), c) for c in shift.clerks
        ]
        if shift.supervisor is not None:
            signed.append((self.jitter(shift.start, 30, 75), shift.supervisor))
        day, kind = shift.key
        manager_today = kind == "day" and day.weekday() < 5 and r.random() < 0.6
        if manager_today:
            signed.append((self.jitter(shift.start, 90, 150), MANAGER))
        for at, person in signed:
            if lo <= at < hi:
                self.push(at, _SIGN_IN, person)
        # The incoming clerk's handover note opens the shift.
        handover_at = self.jitter(shift.start, 1, 12)
        if lo <= handover_at < hi:
            self.push(handover_at, _ENTRY, ("handover", shift, shift.clerks[0]))
        sup_at = shift.start + timedelta(minutes=r.uniform(60, 240))
        if shift.supervisor is not None and lo <= sup_at < hi:
            self.push(sup_at, _ENTRY, ("review", shift, shift.supervisor))
        for at in times:
            self.push(at, _ENTRY, ("normal", shift, self.author(shift, at, manager_today)))
        for at in intakes:
            self.push(at, _INTAKE, shift)
        self.lostfound.plan(shift)
        self.keys.plan(shift)
        self.handovers.plan(shift)

    def author(self, shift: _Shift, at: datetime, manager_today: bool) -> int:
        x = self.rng.random()
        if shift.supervisor is not None and x < 0.07 and at >= shift.start + timedelta(hours=1):
            return shift.supervisor
        if manager_today and x > 0.995:
            return MANAGER
        return self.rng.choice(shift.clerks)

    # --- one entry ---------------------------------------------------------------------------

    def on_duty(self, at: datetime) -> _Shift:
        return _shift_at(at)

    def make_entry(
        self, batch: _Batch, at: datetime, what: str, shift: _Shift, person: int
    ) -> None:
        r = self.rng
        at_local = at.astimezone()
        lang = self.lang_for(person)
        amends: _Recent | None = None
        if what == "handover" or what == "review":
            category = "note"
            text, room, party = self.texts.line(lang, what, at_local)
        else:
            weights = DAY_WEIGHTS if shift.key[1] == "day" else NIGHT_WEIGHTS
            if r.random() < AMEND_SHARE:
                amends = self.amend_target()
            if amends is not None:
                category, text, room, party = self.amendment(amends, at_local)
            else:
                category = r.choices(list(weights), weights=list(weights.values()))[0]
                text, room, party = self.texts.line(lang, category, at_local)
        important = (
            amends.important if amends is not None else r.random() < IMPORTANT_SHARE[category]
        )
        owner: int | None = None
        due: datetime | None = None
        if amends is None and what == "normal" and r.random() < FOLLOW_UP_SHARE[category]:
            owner = self.follow_up_owner(shift, person)
            due = at + timedelta(minutes=r.choice((30, 60, 90, 120, 180, 240, 360, 480)))
        draft = validate_entry(
            category=category,
            text=text,
            room=room,
            party=party,
            important=important,
            follow_up_owner_id=self.people[owner] if owner is not None else None,
            follow_up_due=due,
            now=at,  # a historical entry is validated as of its own time
            amends_id=amends.id if amends else None,
        )
        self.write(batch, draft, at, person, lang, fu_owner=owner)
        if amends is not None:
            amends.amended = True
            self.counts["amendments"] += 1

    def write(
        self,
        batch: _Batch,
        draft: EntryDraft,
        at: datetime,
        person: int,
        lang: str,
        fu_owner: int | None = None,
    ) -> str:
        num = self.num
        self.num += 1
        entry_id, follow_up_id = batch.entry(draft, author_id=self.people[person], at=at, num=num)
        self.counts["entries"] += 1
        self.first_at = self.first_at or at
        self.last_at = at
        if draft.closes_follow_up_id is None and draft.amends_id is None:
            self.recent.append(
                _Recent(
                    entry_id,
                    num,
                    draft.category.value,
                    lang,
                    draft.text,
                    draft.room,
                    draft.party,
                    draft.important,
                )
            )
        if draft.important:
            self.counts["important"] += 1
            self.plan_reads(entry_id, at, person)
        if draft.follow_up is not None:
            assert fu_owner is not None and follow_up_id is not None
            self.counts["follow_ups"] += 1
            self.open[follow_up_id] = _OpenFollowUp(
                draft.follow_up.due_at, draft.category.value, draft.room, draft.party, fu_owner
            )
            self.plan_close(follow_up_id, at, draft.follow_up.due_at)
        return entry_id

    def follow_up_owner(self, shift: _Shift, author: int) -> int:
        x = self.rng.random()
        if x < 0.6 or author in (MANAGER, *SUPERVISORS):
            return author if author != MANAGER else self.rng.choice(shift.clerks)
        if x < 0.8 and shift.supervisor is not None:
            return shift.supervisor
        return self.rng.choice(shift.clerks)

    def plan_close(self, follow_up_id: str, at: datetime, due: datetime) -> None:
        r = self.rng
        if r.random() < 0.8:
            close_at = at + (due - at) * r.uniform(0.3, 1.0)
        else:  # late: closed after the due time
            close_at = due + timedelta(minutes=r.uniform(15, 360))
        if self.now - at < FORGETTABLE and r.random() < FORGET_SHARE:
            return  # left open: shows up as open (or overdue) at the desk
        self.push(close_at, _CLOSE, follow_up_id)

    def plan_reads(self, entry_id: str, at: datetime, author: int) -> None:
        nxt = _next_shift(self.on_duty(at))
        for clerk in nxt.clerks:
            if clerk != author and self.rng.random() < 0.92:
                read_at = max(self.jitter(nxt.start, -10, 90), self.jitter(at, 1, 10))
                self.push(read_at, _READ, (entry_id, clerk))

    def amend_target(self) -> _Recent | None:
        """One of the last entries, not yet amended: corrections come soon after the mistake."""
        candidates = [e for e in list(self.recent)[-30:] if not e.amended]
        return self.rng.choice(candidates) if candidates else None

    def amendment(self, target: _Recent, at_local: datetime) -> tuple[str, str, str, str]:
        """A correction of a recent entry, in its language: the corrected line after a prefix."""
        r = self.rng
        prefix = r.choice(TEMPLATES[target.lang]["amend"]).format(num=target.num)
        room, party, text = target.room, target.party, target.text
        if room.isdigit() and room in text:
            new_room = self.texts.room()
            text = text.replace(room, new_room)
            room = new_room
        elif party and party in text:
            new_party = self.texts.party(target.lang)
            text = text.replace(party, new_party)
            party = new_party
        else:
            template = r.choice(TEMPLATES[target.lang]["amend_time"])
            hm = (at_local - timedelta(minutes=r.randint(5, 50))).strftime("%H:%M")
            return target.category, template.format(num=target.num, hm=hm), room, party
        return target.category, prefix + text, room, party

    def close_follow_up(self, batch: _Batch, at: datetime, fu_id: str) -> None:
        fu = self.open.pop(fu_id)
        shift = self.on_duty(at)
        on_duty = [*shift.clerks, *([shift.supervisor] if shift.supervisor is not None else [])]
        closer = fu.owner if fu.owner in on_duty else self.rng.choice(shift.clerks)
        lang = self.lang_for(closer)
        kind = f"close_{fu.category}"
        kind = kind if kind in TEMPLATES[lang] else "close"
        text, _room, _party = self.texts.line(lang, kind, at.astimezone())
        draft = closing_entry(
            category=fu.category,
            text=text,
            room=fu.room,
            party=fu.party,
            now=at,
            follow_up_id=fu_id,
        )
        entry_id = self.write(batch, draft, at, closer, lang)
        batch.close(fu_id, entry_id, at)
        self.counts["closed"] += 1

    def read_mark(self, batch: _Batch, at: datetime, entry_id: str, person: int) -> None:
        row = {"id": new_id(), "entry_id": entry_id, "person_id": self.people[person], "at": at}
        batch.insert(entry_read, row, self.people[person])
        self.counts["reads"] += 1

    def sign_in(self, batch: _Batch, at: datetime, person: int) -> None:
        row = {
            "id": new_id(),
            "person_id": self.people[person],
            "station": self.desk.station,
            "at": at,
        }
        batch.insert(sign_in, row, self.people[person])
        self.counts["sign_ins"] += 1

    def apply(self, batch: _Batch, event: _Event) -> bool:
        """Write one event; True when it was a base entry (what the progress counts)."""
        if event.kind == _SIGN_IN:
            self.sign_in(batch, event.at, event.data)
        elif event.kind == _ENTRY:
            what, shift, person = event.data
            self.make_entry(batch, event.at, what, shift, person)
            return True
        elif event.kind == _CLOSE:
            self.close_follow_up(batch, event.at, event.data)
        elif event.kind == _INTAKE:
            self.intake(batch, event.at, event.data)
            return True
        elif event.kind == _STEP:
            self.complaint_step(batch, event.at, *event.data)
        elif event.kind == _LOSTFOUND:
            self.lostfound.apply(batch, event.at, event.data)
        elif event.kind == _KEYS:
            self.keys.apply(batch, event.at, event.data)
        elif event.kind == _HANDOVER:
            self.handovers.apply(batch, event.at, event.data)
        else:
            entry_id, person = event.data
            self.read_mark(batch, event.at, entry_id, person)
        return False

    def events_until(self, limit: datetime) -> Iterator[_Event]:
        while self.events and self.events[0].at < limit:
            yield heapq.heappop(self.events)


def seed_demo(
    desk: Desk,
    *,
    years: float = 0.1,
    progress: Progress | None = None,
    seed: int = DEFAULT_SEED,
    batch_size: int = DEFAULT_BATCH,
) -> DemoResult:
    """Fill a new, empty database with the demo accounts and ``years`` of duty log and complaints
    up to now."""
    began = time.perf_counter()
    if not 0 < years <= 10:
        raise ValidationError("The demo covers between a few days and 10 years.", field="years")
    if not accounts.needs_setup(desk):
        raise ValidationError(
            "This database already has people. Demo data goes into a new, empty database."
        )
    rng = random.Random(seed)
    now = desk.clock.now().astimezone(UTC)
    start = now - timedelta(days=years * 365.25)
    shifts = list(_shifts(start, now))
    # The accounts exist before the first entry: create them as of then.
    setup = replace(desk, clock=FixedClock(shifts[0].start - timedelta(hours=2)))
    people, manager = _create_accounts(setup)

    with desk.db.read() as conn:
        first_num = (conn.execute(select(func.max(log_entry.c.num))).scalar() or 0) + 1
        first_complaint = (conn.execute(select(func.max(complaint.c.num))).scalar() or 0) + 1
        limit = get_limit(conn)
    gen = _Generator(
        desk,
        people,
        manager=manager,
        start=start,
        now=now,
        rng=rng,
        first_num=first_num,
        first_complaint_num=first_complaint,
        limit=limit,
    )
    planned = [(shift, gen.entry_times(shift), gen.complaint_times(shift)) for shift in shifts]
    # Handover and review notes are planned with the shift; count them in the total too. The
    # progress counts entries and complaint intakes (their later steps are not known yet).
    total = sum(len(times) + len(intakes) for _, times, intakes in planned) + sum(
        1 + (s.supervisor is not None) for s in shifts
    )
    done = 0
    last_report = 0.0

    def timeline() -> Iterator[_Event]:
        """Every event in time order: a shift is planned just before its first event is due."""
        for i, (shift, times, intakes) in enumerate(planned):
            gen.plan(shift, times, intakes)
            limit = planned[i + 1][0].start - timedelta(minutes=30) if i + 1 < len(planned) else now
            yield from gen.events_until(limit)
        yield from gen.events_until(now)

    events = timeline()
    exhausted = False
    while not exhausted:
        with desk.db.write() as conn:
            batch = _Batch(conn, desk.station)
            for written, event in enumerate(events, 1):
                if gen.apply(batch, event):
                    done += 1
                if written >= batch_size:
                    break
            else:
                exhausted = True
            batch.flush()
        if progress is not None and time.perf_counter() - last_report > 0.1:
            last_report = time.perf_counter()
            progress(min(done, total), total)
    if progress is not None:
        progress(total, total)

    open_count = len(gen.open)
    overdue = sum(1 for fu in gen.open.values() if fu.due_at < now)
    c = gen.counts
    awaiting = [k for k in gen.complaints.values() if k.status in AWAITING_REPLY]
    return DemoResult(
        accounts=DEMO_ACCOUNTS,
        entries=c["entries"],
        follow_ups=c["follow_ups"],
        closed_follow_ups=c["closed"],
        open_follow_ups=open_count,
        overdue_follow_ups=overdue,
        amendments=c["amendments"],
        important=c["important"],
        read_marks=c["reads"],
        sign_ins=c["sign_ins"],
        first_at=gen.first_at,
        last_at=gen.last_at,
        seconds=time.perf_counter() - began,
        complaints=c["complaints"],
        complaint_steps=c["complaint_steps"],
        closed_complaints=c["complaints"] - len(gen.complaints),
        open_complaints=len(gen.complaints),
        overdue_complaints=sum(1 for k in awaiting if k.promised_at < now),
        escalated=c["escalated"],
        compensated=c["compensated"],
        late_replies=c["late_replies"],
        reopened=c["reopened"],
        found_items=gen.lostfound.counts["items"],
        lost_reports=gen.lostfound.counts["reports"],
        returns=gen.lostfound.counts["returns"],
        disposed=gen.lostfound.counts["disposed"],
        **gen.keys.result(),
        **gen.handovers.result(),
    )


def _create_accounts(desk: Desk) -> tuple[list[str], Actor]:
    """The demo people through the real account services: their ids in DEMO_ACCOUNTS order, and
    the manager, signed in with the demo PIN as anyone would."""
    manager = DEMO_ACCOUNTS[MANAGER]
    created = accounts.create_first_manager(
        desk, name=manager.name, pin=manager.pin, pin_repeat=manager.pin
    )
    actor = accounts.sign_in(desk, person_id=created.id, pin=manager.pin)
    ids = [created.id]
    for account in DEMO_ACCOUNTS[1:]:
        person = accounts.add_person(
            desk,
            actor,
            name=account.name,
            role=account.role.value,
            pin=account.pin,
            pin_repeat=account.pin,
        )
        ids.append(person.id)
    return ids, actor
