"""The demo's generator: it plans each shift (sign-ins, entries, complaint intakes, and the other
books' events), keeps the event queue in time order and writes the duty log: entries checked by
``domain.log.validate_entry`` as of their own time, follow-ups and their closing entries,
amendments, important entries and the next shift's read marks. ``demo.seed`` runs it in batches.

The complaint register's methods come from ``demo.complaints``; the lost-and-found book, the key
book and the handover sheets are objects of their own (``demo.lostfound``, ``demo.keys``,
``demo.handover``), which see the generator as the ``Host`` of ``demo.host``.
"""

from __future__ import annotations

import heapq
import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from desk_app.demo.accounts import DEMO_ACCOUNTS, MANAGER, SUPERVISORS
from desk_app.demo.batch import (
    CLOSE,
    ENTRY,
    HANDOVER,
    INTAKE,
    KEYS,
    LOSTFOUND,
    READ,
    ROSTER,
    SIGN_IN,
    STEP,
    SUPERVISION,
    Batch,
    Event,
)
from desk_app.demo.complaints import FORGETTABLE, Complaint, ComplaintsMixin
from desk_app.demo.handover import Handovers
from desk_app.demo.keys import Keys
from desk_app.demo.lines import Texts
from desk_app.demo.lostfound import LostFound
from desk_app.demo.roster import RosterBook
from desk_app.demo.rota import Rota
from desk_app.demo.shifts import Calendar, Shift
from desk_app.demo.supervision import SupervisionBook
from desk_app.demo.texts.log import (
    AMEND_SHARE,
    DAY_HOURS,
    DAY_WEIGHTS,
    FOLLOW_UP_SHARE,
    IMPORTANT_SHARE,
    NIGHT_HOURS,
    NIGHT_WEIGHTS,
    TEMPLATES,
)
from desk_app.demo.texts.words import LANGS
from desk_app.domain.log import EntryDraft, closing_entry, validate_entry
from desk_app.services.desk import Actor, Desk
from desk_app.store.tables import sign_in
from desk_app.store.types import new_id

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


class Generator(ComplaintsMixin):
    """Plans the shifts, keeps the event queue in time order and writes the duty log; the
    complaint register's methods come from ``ComplaintsMixin``, the other books are objects
    of their own (``self.lostfound``, ``self.keys``, ``self.handovers``)."""

    def __init__(
        self,
        desk: Desk,
        people: list[str],
        *,
        manager: Actor,
        rota: Rota,
        calendar: Calendar,
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
        self.rota = rota  # the roster plan: who works each shift
        self.calendar = calendar  # the shifts, each with its crew from ``rota``
        self.start = start
        self.now = now
        self.rng = rng
        self.texts = Texts(rng)
        self.num = first_num
        self.order = 0
        self.events: list[Event] = []
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
        self.complaints: dict[str, Complaint] = {}  # not yet closed
        self.limit = limit  # the authority limit, as the service reads it
        self.open: dict[str, _OpenFollowUp] = {}
        self.first_at: datetime | None = None
        self.last_at: datetime | None = None
        self.lostfound = LostFound(self, LOSTFOUND)
        self.keys = Keys(self, KEYS)
        self.handovers = Handovers(self, HANDOVER)
        self.roster = RosterBook(self, ROSTER)
        self.roster.plan()
        self.supervision = SupervisionBook(self, SUPERVISION)
        self.supervision.plan()

    # --- ids and helpers ---------------------------------------------------------------------

    def push(self, at: datetime, kind: int, data: Any) -> None:
        self.order += 1
        heapq.heappush(self.events, Event(at, kind, self.order, data))

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

    def entry_times(self, shift: Shift) -> list[datetime]:
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

    def plan(self, shift: Shift, times: list[datetime], intakes: list[datetime] = ()) -> None:
        """Queue a shift's sign-ins and entries; closings and read marks are queued as they arise."""
        r = self.rng
        lo, hi = self.start, self.now
        # The rostered clerks come in before the start (接班人员提前15分钟到岗), but for the
        # month's late ones and the colleague called in for a no-show; the supervisor on time.
        signed: list[tuple[datetime, int]] = []
        for c in shift.clerks:
            at = self.jitter(shift.start, -25, -12)
            late = shift.arrival(c)
            signed.append((at if late is None else shift.start + timedelta(minutes=late), c))
        if shift.supervisor is not None:
            signed.append((self.jitter(shift.start, -15, 5), shift.supervisor))
        day, kind = shift.key
        manager_today = kind == "day" and day.weekday() < 5 and r.random() < 0.6
        if manager_today:
            signed.append((self.jitter(shift.start, 90, 150), MANAGER))
        for at, person in signed:
            if lo <= at < hi:
                self.push(at, SIGN_IN, person)
        # The incoming clerk's handover note opens the shift.
        handover_at = self.jitter(shift.start, 1, 12)
        if lo <= handover_at < hi:
            self.push(handover_at, ENTRY, ("handover", shift, shift.first_in))
        sup_at = shift.start + timedelta(minutes=r.uniform(60, 240))
        if shift.supervisor is not None and lo <= sup_at < hi:
            self.push(sup_at, ENTRY, ("review", shift, shift.supervisor))
        for at in times:
            self.push(at, ENTRY, ("normal", shift, self.author(shift, at, manager_today)))
        for at in intakes:
            self.push(at, INTAKE, shift)
        self.lostfound.plan(shift)
        self.keys.plan(shift)
        self.handovers.plan(shift)

    def author(self, shift: Shift, at: datetime, manager_today: bool) -> int:
        x = self.rng.random()
        if shift.supervisor is not None and x < 0.07 and at >= shift.start + timedelta(hours=1):
            return shift.supervisor
        if manager_today and x > 0.995:
            return MANAGER
        return self.rng.choice(shift.clerks)

    # --- one entry ---------------------------------------------------------------------------

    def on_duty(self, at: datetime) -> Shift:
        return self.calendar.shift_at(at)

    def make_entry(self, batch: Batch, at: datetime, what: str, shift: Shift, person: int) -> None:
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

    def write_with_follow_up(
        self, batch: Batch, draft: EntryDraft, at: datetime, person: int, lang: str, fu_owner: int
    ) -> tuple[str, str]:
        """An entry with its follow-up (another book's: an inspection's correction), its close
        planned like the log's own."""
        entry_id, follow_up_id = self._write(batch, draft, at, person, lang, fu_owner)
        assert follow_up_id is not None
        return entry_id, follow_up_id

    def write(
        self,
        batch: Batch,
        draft: EntryDraft,
        at: datetime,
        person: int,
        lang: str,
        fu_owner: int | None = None,
    ) -> str:
        return self._write(batch, draft, at, person, lang, fu_owner)[0]

    def _write(
        self,
        batch: Batch,
        draft: EntryDraft,
        at: datetime,
        person: int,
        lang: str,
        fu_owner: int | None = None,
    ) -> tuple[str, str | None]:
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
        return entry_id, follow_up_id

    def follow_up_owner(self, shift: Shift, author: int) -> int:
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
        self.push(close_at, CLOSE, follow_up_id)

    def plan_reads(self, entry_id: str, at: datetime, author: int) -> None:
        nxt = self.calendar.next_shift(self.on_duty(at))
        for clerk in nxt.clerks:
            if clerk != author and self.rng.random() < 0.92:
                read_at = max(self.jitter(nxt.start, -10, 90), self.jitter(at, 1, 10))
                self.push(read_at, READ, (entry_id, clerk))

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

    def close_follow_up(self, batch: Batch, at: datetime, fu_id: str) -> None:
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

    def read_mark(self, batch: Batch, at: datetime, entry_id: str, person: int) -> None:
        batch.read(entry_id, person_id=self.people[person], at=at)
        self.counts["reads"] += 1

    def sign_in(self, batch: Batch, at: datetime, person: int) -> None:
        row = {
            "id": new_id(),
            "person_id": self.people[person],
            "station": self.desk.station,
            "at": at,
        }
        batch.insert(sign_in, row, self.people[person])
        self.counts["sign_ins"] += 1

    def apply(self, batch: Batch, event: Event) -> bool:
        """Write one event; True when it was a base entry (what the progress counts)."""
        if event.kind == SIGN_IN:
            self.sign_in(batch, event.at, event.data)
        elif event.kind == ENTRY:
            what, shift, person = event.data
            self.make_entry(batch, event.at, what, shift, person)
            return True
        elif event.kind == CLOSE:
            self.close_follow_up(batch, event.at, event.data)
        elif event.kind == INTAKE:
            self.intake(batch, event.at, event.data)
            return True
        elif event.kind == STEP:
            self.complaint_step(batch, event.at, *event.data)
        elif event.kind == LOSTFOUND:
            self.lostfound.apply(batch, event.at, event.data)
        elif event.kind == KEYS:
            self.keys.apply(batch, event.at, event.data)
        elif event.kind == HANDOVER:
            self.handovers.apply(batch, event.at, event.data)
        elif event.kind == ROSTER:
            self.roster.apply(batch, event.at, event.data)
        elif event.kind == SUPERVISION:
            self.supervision.apply(batch, event.at, event.data)
        else:
            entry_id, person = event.data
            self.read_mark(batch, event.at, entry_id, person)
        return False

    def events_until(self, limit: datetime) -> Iterator[Event]:
        while self.events and self.events[0].at < limit:
            yield heapq.heappop(self.events)
