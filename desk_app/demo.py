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
"""

from __future__ import annotations

import heapq
import random
import string
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, func, select

from desk_app.demo_accounts import (
    CLERK_PAIRS,
    DEMO_ACCOUNTS,
    MANAGER,
    SUPERVISORS,
    DemoResult,
)
from desk_app.demo_texts import (
    ACK_SHARE,
    AMEND_SHARE,
    ASSIGN_SHARE,
    CHANNEL_WEIGHTS,
    COMPENSATION_KINDS,
    COMPENSATION_SHARE,
    COMPLAINT_CATEGORY_WEIGHTS,
    COMPLAINT_DEMANDS,
    COMPLAINT_FRAMES,
    COMPLAINT_PROBLEMS,
    COMPLAINT_REPLIES,
    COMPLAINTS_DAY_MEAN,
    COMPLAINTS_NIGHT_MEAN,
    COURIERS,
    DAY_HOURS,
    DAY_WEIGHTS,
    DEFAULT_SEVERITY_WEIGHTS,
    DEMAND_FORMS,
    EMAIL_HOSTS,
    EMAIL_NAMES,
    EN_FIRST,
    EN_LAST,
    END,
    EXTRA_ESCALATION_SHARE,
    FEELINGS,
    FOLLOW_UP_SHARE,
    FORGET_COMPLAINT_SHARE,
    IMPORTANT_SHARE,
    ITEMS,
    KINDS_BY_CATEGORY,
    LANGS,
    LARGE_COMPENSATION_SHARE,
    LATE_SHARE,
    LOCATIONS,
    NIGHT_HOURS,
    NIGHT_WEIGHTS,
    ORGS,
    PLACES,
    REACHED_SHARE,
    REASONS,
    REOPEN_SHARE,
    RU_FEMALE,
    RU_MALE,
    RU_SURNAMES,
    SATISFACTION_LATE,
    SATISFACTION_ON_TIME,
    SEVERITY_WEIGHTS,
    SKIP_REPLY_SHARE,
    STEP_NOTES,
    TEMPLATES,
    ZH_GIVEN,
    ZH_SURNAMES,
)
from desk_app.domain.clock import FixedClock
from desk_app.domain.complaints import (
    AWAITING_REPLY,
    Action,
    ComplaintDraft,
    Severity,
    Status,
    from_cents,
    validate_intake,
)
from desk_app.domain.errors import ValidationError
from desk_app.domain.log import EntryDraft, closing_entry, validate_entry
from desk_app.domain.roles import Role
from desk_app.services import accounts
from desk_app.services.complaints import get_limit, write_intake, write_step
from desk_app.services.desk import Actor, Desk
from desk_app.services.log import write_entry
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.tables import complaint, entry_read, follow_up, log_entry, sign_in
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
DAY_START_HOUR = 8
NIGHT_START_HOUR = 20
# Follow-ups opened this close to "now" are sometimes left open (a few of them overdue).
FORGETTABLE = timedelta(hours=24)
FORGET_SHARE = 0.2
# The crew rotation counts days from a fixed date, so the same date always has the same crew.
ROTATION_EPOCH = date(2020, 1, 6)


MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FORMATTER = string.Formatter()


def _fields(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in _FORMATTER.parse(template) if name)


# Parsed once: for each template, the slots it uses.
_TEMPLATE_FIELDS: dict[str, frozenset[str]] = {
    t: _fields(t) for by_cat in TEMPLATES.values() for ts in by_cat.values() for t in ts
}


class _Slots(dict):
    """Slot values made on first use, so a template only pays for the slots it names."""

    def __init__(self, texts: _Texts, lang: str, at_local: datetime) -> None:
        super().__init__()
        self.texts = texts
        self.lang = lang
        self.at_local = at_local

    def __missing__(self, key: str) -> str:
        value = self.texts.slot(key, self.lang, self.at_local, self)
        self[key] = value
        return value


class _Texts:
    """Log lines from templates and slots, deterministic for a given random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # --- slots -------------------------------------------------------------------------------

    def room(self) -> str:
        r = self.rng
        return f"{r.randint(2, 18)}{r.randint(1, 38):02d}"

    def party(self, lang: str) -> str:
        r = self.rng
        if r.random() < 0.15:  # a guest whose name is in another script
            lang = r.choice([x for x in LANGS if x != lang])
        if lang == "zh":
            surname = r.choice(ZH_SURNAMES)
            form = r.random()
            if form < 0.45:
                return surname + r.choice(("先生", "女士"))
            return surname + r.choice(ZH_GIVEN)
        if lang == "ru":
            male = r.random() < 0.5
            surname = r.choice(RU_SURNAMES)[0 if male else 1]
            first = r.choice(RU_MALE if male else RU_FEMALE)
            form = r.random()
            if form < 0.4:
                return f"{surname} {first[0]}."
            if form < 0.8:
                return f"{first} {surname}"
            return ("г-н " if male else "г-жа ") + surname
        first, last = r.choice(EN_FIRST), r.choice(EN_LAST)
        form = r.random()
        if form < 0.4:
            return r.choice(("Mr ", "Ms ", "Mrs ")) + last
        return f"{first} {last}"

    def day(self, lang: str, when: date) -> str:
        if lang == "zh":
            return f"{when.month}月{when.day}日"
        if lang == "ru":
            return f"{when.day:02d}.{when.month:02d}"
        return f"{when.day} {MONTHS_EN[when.month - 1]}"

    def slot(self, key: str, lang: str, at_local: datetime, slots: _Slots) -> str:
        r = self.rng
        match key:
            case "room":
                return self.room()
            case "room2":
                room = slots["room"] if "room" in slots else self.room()
                floor, num = room[:-2], int(room[-2:])
                # Usually a neighbour: next door or the room above or below.
                if r.random() < 0.6:
                    return f"{floor}{max(1, min(38, num + r.choice((-1, 1)))):02d}"
                return f"{max(2, min(18, int(floor) + r.choice((-1, 1))))}{num:02d}"
            case "floor":
                return str(r.randint(2, 18))
            case "floor2":
                return str(min(18, int(slots["floor"]) + r.randint(1, 4)))
            case "loc":
                return r.choice(LOCATIONS[lang])
            case "place":
                return r.choice(PLACES[lang])
            case "item":
                return r.choice(ITEMS[lang])
            case "reason":
                return r.choice(REASONS[lang])
            case "party":
                return self.party(lang)
            case "org":
                return r.choice(ORGS[lang])
            case "courier":
                return r.choice(COURIERS[lang])
            case "n":
                return str(r.randint(2, 6))
            case "n2":
                return str(r.randint(10, 80))
            case "money":
                return str(
                    r.randrange(50, 500, 10) if lang != "ru" else r.randrange(300, 5000, 100)
                )
            case "n3":
                return str(r.randint(8, 90))
            case "pct":
                return str(r.randint(52, 99))
            case "min":
                return str(r.randrange(5, 45, 5))
            case "time":
                return f"{r.randint(5, 23):02d}:{r.choice(('00', '15', '30', '45'))}"
            case "hm":
                return f"{at_local:%H:%M}"
            case "wake":
                return f"{r.randint(5, 8):02d}:{r.choice(('00', '15', '30', '45'))}"
            case "late":
                return str(r.randint(13, 16))
            case "date":
                return self.day(lang, at_local.date() + timedelta(days=r.randint(1, 20)))
            case "yesterday":
                return self.day(lang, at_local.date() - timedelta(days=1))
            case "phone":
                if lang == "zh":
                    return f"1{r.choice('3589')}{r.randint(0, 9)}{r.randint(0, 99999999):08d}"
                if lang == "ru":
                    return f"+7 9{r.randint(10, 99)} {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
                return f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}"
            case "plate":
                if lang == "zh":
                    return (
                        f"{r.choice('京沪粤浙苏川')}{r.choice('ABCDEF')}·{r.randint(10000, 99999)}"
                    )
                if lang == "ru":
                    letters = "АВЕКМНОРСТУХ"
                    return (
                        f"{r.choice(letters)}{r.randint(100, 999)}{r.choice(letters)}"
                        f"{r.choice(letters)} {r.choice(('77', '97', '177', '78', '50'))}"
                    )
                up = string.ascii_uppercase
                return (
                    f"{r.choice(up)}{r.choice(up)}{r.randint(10, 75)} {''.join(r.choices(up, k=3))}"
                )
            case "tag":
                return f"L{r.randint(1000, 9999)}"
            case "wo":
                return f"WO-{r.randint(10000, 99999)}"
            case "id4":
                return f"{r.randint(0, 9999):04d}"
            case "flight":
                return (
                    f"{r.choice(('CA', 'MU', 'SU', 'S7', 'BA', 'CZ', 'HU'))}{r.randint(100, 1999)}"
                )
            case "cash":
                return str(r.randrange(1000, 3001, 500))
            case "keys":
                return str(r.choice((32, 32, 32, 32, 31)))
            case "staff":
                return r.choice(DEMO_ACCOUNTS).short
            case "supervisor":
                return DEMO_ACCOUNTS[r.choice(SUPERVISORS)].short
            case "clerk":
                return DEMO_ACCOUNTS[r.choice(CLERK_PAIRS)[r.randint(0, 1)]].short
        raise KeyError(key)

    # --- whole lines -------------------------------------------------------------------------

    def line(self, lang: str, kind: str, at_local: datetime) -> tuple[str, str, str]:
        """(text, room or location, party) for one entry."""
        template = self.rng.choice(TEMPLATES[lang][kind])
        slots = _Slots(self, lang, at_local)
        text = template.format_map(slots)
        names = _TEMPLATE_FIELDS[template]
        if "room" in names:
            room = slots["room"]
        elif "loc" in names:
            room = slots["loc"]
        elif "floor" in names:
            room = {"zh": "{}楼", "ru": "{} этаж", "en": "Floor {}"}[lang].format(slots["floor"])
        else:
            room = ""
        party = next((slots[k] for k in ("party", "org", "courier") if k in names), "")
        return text, room, party


# --------------------------------------------------------------------------------------------
# The timeline: shifts, who is on duty, and the events of each shift in time order.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Shift:
    key: tuple[date, str]  # (local date the shift starts on, "day" or "night")
    start: datetime  # UTC
    end: datetime  # UTC
    clerks: tuple[int, ...]  # indexes into DEMO_ACCOUNTS
    supervisor: int | None


def _local(day: date, hour: int) -> datetime:
    """A wall-clock time on this computer, as UTC (DST handled by the system's zone)."""
    return datetime(day.year, day.month, day.day, hour).astimezone().astimezone(UTC)


def _shift_for(day: date, kind: str) -> _Shift:
    d = (day - ROTATION_EPOCH).days
    if kind == "day":
        start, end = _local(day, DAY_START_HOUR), _local(day, NIGHT_START_HOUR)
        pair = CLERK_PAIRS[d % 3]
        supervisor = SUPERVISORS[d % 2] if day.weekday() != 6 else None
    else:
        start = _local(day, NIGHT_START_HOUR)
        end = _local(day + timedelta(days=1), DAY_START_HOUR)
        pair = CLERK_PAIRS[(d + 2) % 3]
        supervisor = None
    return _Shift((day, kind), start, end, pair, supervisor)


def _shift_at(t: datetime) -> _Shift:
    local = t.astimezone()
    if DAY_START_HOUR <= local.hour < NIGHT_START_HOUR:
        return _shift_for(local.date(), "day")
    if local.hour >= NIGHT_START_HOUR:
        return _shift_for(local.date(), "night")
    return _shift_for(local.date() - timedelta(days=1), "night")


def _next_shift(shift: _Shift) -> _Shift:
    day, kind = shift.key
    return _shift_for(day, "night") if kind == "day" else _shift_for(day + timedelta(days=1), "day")


def _shifts(start: datetime, end: datetime) -> Iterator[_Shift]:
    shift = _shift_at(start)
    while shift.start < end:
        yield shift
        shift = _next_shift(shift)


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


@dataclass
class _PlannedStep:
    at: datetime
    action: Action
    detail: Any = None  # escalate: the note's kind; follow_up: (reached, score); resolve: "again"


@dataclass
class _Complaint:
    """What the generator remembers of a complaint until it is closed."""

    id: str
    lang: str
    category: str
    severity: Severity
    room: str
    received_at: datetime
    promised_at: datetime
    version: int
    status: Status
    compensation: Decimal = Decimal("0.00")
    kind: str | None = None
    needs_authority: bool = False
    assignee: int | None = None
    escalated_to: int | None = None
    reopened: bool = False
    first_reply_at: datetime | None = None


def _calling_hours(t: datetime, r: random.Random) -> datetime:
    """The same moment if it is between 09:00 and 21:00 local time, else the next 09:00-11:00."""
    local = t.astimezone()
    if 9 <= local.hour < 21:
        return t
    day = local.date() if local.hour < 9 else local.date() + timedelta(days=1)
    return _local(day, 9) + timedelta(minutes=r.uniform(0, 120))


# Event kinds, in the order they are taken when two fall on the same instant.
_SIGN_IN, _ENTRY, _CLOSE, _READ, _INTAKE, _STEP = 0, 1, 2, 3, 4, 5
_LOSTFOUND = 6  # the lost-and-found book's events (desk_app.demo_lostfound)
_KEYS = 7  # the key book's events (desk_app.demo_keys)
_HANDOVER = 8  # a sealed handover sheet at each shift change (desk_app.demo_handover)


@dataclass(order=True)
class _Event:
    at: datetime
    kind: int
    order: int
    data: Any = field(compare=False)


# --------------------------------------------------------------------------------------------
# Writing: one journal writer per batch transaction.
# --------------------------------------------------------------------------------------------


class _Batch:
    """One write transaction: every row through the real write path, one journal writer.

    Entries go through ``write_entry`` (the function ``record_entry`` uses), follow-ups are closed
    with ``update_journaled`` on the row as stored (as ``close_follow_up`` does), read marks and
    sign-ins with ``insert_journaled``; the journal rows are flushed once at the end.
    """

    def __init__(self, conn: Connection, station: str) -> None:
        self.conn = conn
        self.station = station
        self.w = JournalWriter(conn, station=station, actor=None)

    def entry(
        self, draft: EntryDraft, *, author_id: str, at: datetime, num: int
    ) -> tuple[str, str | None]:
        """Write an entry (and its follow-up); return their ids."""
        self.w.actor = author_id
        return write_entry(
            self.conn,
            self.w,
            draft=draft,
            author_id=author_id,
            station=self.station,
            at=at,
            num=num,
        )

    def close(self, follow_up_id: str, closing_entry_id: str, at: datetime) -> None:
        row = self.conn.execute(select(follow_up).where(follow_up.c.id == follow_up_id)).one()
        changes = {
            "closed_at": at,
            "closing_entry_id": closing_entry_id,
            "version": row.version + 1,
        }
        update_journaled(self.conn, self.w, follow_up, dict(row._mapping), changes, at)

    def insert(self, table: Table, row: dict[str, Any], actor: str) -> None:
        self.w.actor = actor
        insert_journaled(self.conn, self.w, table, row, row["at"])

    def intake(
        self, draft: ComplaintDraft, *, actor_id: str, at: datetime, num: int, log_num: int
    ) -> dict[str, Any]:
        """A complaint, its history event and its log entry, as ``complaints.intake`` writes them."""
        self.w.actor = actor_id
        return write_intake(
            self.conn,
            self.w,
            draft=draft,
            actor_id=actor_id,
            station=self.station,
            at=at,
            num=num,
            log_num=log_num,
        )

    def step(
        self,
        complaint_id: str,
        action: Action,
        *,
        expected_version: int,
        actor_id: str,
        role: Role,
        at: datetime,
        note: str,
        limit: Decimal,
        log_num: int,
        **details: Any,
    ) -> dict[str, Any]:
        """One step, every rule checked, as ``complaints.act`` writes it."""
        self.w.actor = actor_id
        return write_step(
            self.conn,
            self.w,
            complaint_id=complaint_id,
            action=action,
            expected_version=expected_version,
            actor_id=actor_id,
            role=role,
            station=self.station,
            at=at,
            note=note,
            limit=limit,
            log_num=log_num,
            **details,
        )

    def flush(self) -> None:
        self.w.flush()


# --------------------------------------------------------------------------------------------
# The generator.
# --------------------------------------------------------------------------------------------


class _Generator:
    def __init__(
        self,
        desk: Desk,
        people: list[str],
        *,
        start: datetime,
        now: datetime,
        rng: random.Random,
        first_num: int,
        first_complaint_num: int = 1,
        limit: Decimal = Decimal("500"),
    ) -> None:
        self.desk = desk
        self.people = people  # person ids, in DEMO_ACCOUNTS order
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

    # --- complaints --------------------------------------------------------------------------

    def complaint_times(self, shift: _Shift) -> list[datetime]:
        r = self.rng
        day, kind = shift.key
        mean = COMPLAINTS_DAY_MEAN if kind == "day" else COMPLAINTS_NIGHT_MEAN
        if day.month in (7, 8, 10, 12):  # a full house complains more
            mean *= 1.1
        count = max(0, round(r.gauss(mean, mean * 0.3)))
        hours = DAY_HOURS if kind == "day" else NIGHT_HOURS
        span = (shift.end - shift.start).total_seconds() / len(hours)
        picks = r.choices(range(len(hours)), weights=hours, k=count)
        times = sorted(shift.start + timedelta(seconds=(h + r.random()) * span) for h in picks)
        return [t for t in times if self.start <= t < self.now]

    def next_log_num(self, at: datetime) -> int:
        num = self.num
        self.num += 1
        self.counts["entries"] += 1
        self.first_at = self.first_at or at
        self.last_at = at
        return num

    def intake(self, batch: _Batch, at: datetime, shift: _Shift) -> None:
        """A guest complains: the complaint is taken, and the rest of its life planned."""
        r = self.rng
        person = self.author(shift, at, manager_today=False)
        lang = self.lang_for(person)
        category = r.choices(
            list(COMPLAINT_CATEGORY_WEIGHTS), weights=list(COMPLAINT_CATEGORY_WEIGHTS.values())
        )[0]
        severity = r.choices(
            ("low", "medium", "high"),
            weights=SEVERITY_WEIGHTS.get(category, DEFAULT_SEVERITY_WEIGHTS),
        )[0]
        channel = r.choices(list(CHANNEL_WEIGHTS), weights=list(CHANNEL_WEIGHTS.values()))[0]
        at_local = at.astimezone()
        slots = _Slots(self.texts, lang, at_local)
        room = self.texts.room() if r.random() < 0.9 else ""
        if room:
            slots["room"] = room
        guest = self.texts.party(lang)
        slots["guest"] = guest
        frames = [f for f in COMPLAINT_FRAMES[lang][channel] if room or "{room}" not in f]
        frames = frames or [f for f in COMPLAINT_FRAMES[lang]["email"]]
        slots["problem"] = r.choice(COMPLAINT_PROBLEMS[lang][category]).format_map(slots)
        text = r.choice(frames).format_map(slots)
        if r.random() < 0.45:
            text += DEMAND_FORMS[lang].format(demand=r.choice(COMPLAINT_DEMANDS[lang]))
        else:
            text += END[lang]
        if channel in ("email", "online"):
            contact = (
                f"{r.choice(EMAIL_NAMES[lang])}{r.randint(1, 99)}@{r.choice(EMAIL_HOSTS[lang])}"
            )
            received = at - timedelta(minutes=r.uniform(3, 180))
        else:
            contact = self.texts.slot("phone", lang, at_local, slots) if r.random() < 0.6 else ""
            received = at - timedelta(minutes=r.uniform(0.3, 8))
        promised = self.promise(at, severity)
        draft = validate_intake(
            received_at=received,
            channel=channel,
            guest_name=guest,
            room=room,
            contact=contact,
            category=category,
            severity=severity,
            text=text,
            promised_at=promised,
            now=at,  # a historical complaint is validated as of its own time
        )
        row = batch.intake(
            draft,
            actor_id=self.people[person],
            at=at,
            num=self.complaint_num,
            log_num=self.next_log_num(at),
        )
        self.complaint_num += 1
        c = _Complaint(
            id=row["id"],
            lang=lang,
            category=category,
            severity=Severity(severity),
            room=room,
            received_at=received,
            promised_at=promised,
            version=row["version"],
            status=Status(row["status"]),
        )
        self.complaints[c.id] = c
        self.counts["complaints"] += 1
        for step in self.lifecycle(c, at):
            self.push(step.at, _STEP, (c, step))

    def promise(self, at: datetime, severity: str) -> datetime:
        """The quick choices of the intake form: +30 min, +1 h, +2 h, end of shift, tomorrow 10:00."""
        r = self.rng
        weights = (40, 35, 15, 5, 5) if severity == "high" else (18, 27, 25, 12, 18)
        choice = r.choices(range(5), weights=weights)[0]
        if choice < 3:
            return at + timedelta(minutes=(30, 60, 120)[choice])
        if choice == 3:
            end = _shift_at(at).end
            return end if end - at > timedelta(minutes=30) else at + timedelta(hours=1)
        local = at.astimezone()
        return _local(local.date() + timedelta(days=1), 10)

    def lifecycle(self, c: _Complaint, t0: datetime) -> list[_PlannedStep]:
        """The steps this complaint will take, in time order, with what each will say and do."""
        r = self.rng
        high = c.severity is Severity.HIGH
        steps: list[_PlannedStep] = []
        t = t0

        def add(action: Action, gap_min: tuple[float, float], detail: Any = None) -> None:
            nonlocal t
            t = t + timedelta(minutes=r.uniform(*gap_min))
            steps.append(_PlannedStep(t, action, detail))

        # Compensation: most complaints are settled with an apology; a few cost the house.
        cents = 0
        kind = None
        if r.random() < COMPENSATION_SHARE[c.category]:
            if r.random() < LARGE_COMPENSATION_SHARE:
                cents = r.randrange(600, 3001, 50) * 100
            else:
                cents = r.randrange(50, 501, 10) * 100
            kind = COMPENSATION_KINDS[c.lang][r.choice(KINDS_BY_CATEGORY[c.category])]
        c.compensation = from_cents(cents)
        c.kind = kind
        above = c.compensation > self.limit
        c.needs_authority = high or above
        late_escalation = False
        early_escalation = None
        if high and r.random() < 0.92:
            early_escalation = "escalate_high"
        elif above:
            if r.random() < 0.45:
                early_escalation = "escalate_authority"
            else:
                late_escalation = True
        elif r.random() < EXTRA_ESCALATION_SHARE:
            early_escalation = "escalate_other"

        acked = r.random() < ACK_SHARE
        if acked:
            add(Action.ACKNOWLEDGE, (0.5, 12))
        if r.random() < ASSIGN_SHARE:
            add(Action.ASSIGN, (3, 45))
        if early_escalation:
            add(Action.ESCALATE, (2, 30), early_escalation)
        skip_reply = not late_escalation and r.random() < SKIP_REPLY_SHARE
        if not steps and skip_reply:
            add(Action.ACKNOWLEDGE, (0.5, 12))  # resolving needs the complaint taken up first
        if self.now - t0 < FORGETTABLE and r.random() < FORGET_COMPLAINT_SHARE:
            return steps  # not answered yet: open at the desk, overdue once the promise passes

        late = r.random() < (LATE_SHARE / 2 if high else LATE_SHARE)
        lo = t + timedelta(minutes=2)
        if late:
            first = max(lo, c.promised_at + timedelta(minutes=r.uniform(10, 360)))
        else:
            hi = c.promised_at - timedelta(minutes=1)
            first = lo + (hi - lo) * r.betavariate(1.2, 2.5) if hi > lo else lo
        t = first
        if skip_reply:
            steps.append(_PlannedStep(t, Action.RESOLVE))
        else:
            steps.append(_PlannedStep(t, Action.REPLY))
            if late_escalation:
                add(Action.ESCALATE, (10, 120), "escalate_authority")
            hours = min(72.0, max(10 / 60, r.expovariate(1 / 4)))
            add(Action.RESOLVE, (hours * 60, hours * 60))

        # The follow-up call (回访) in calling hours, a few hours to a day and a half later.
        reached = r.random() < REACHED_SHARE
        score = None
        if reached:
            weights = SATISFACTION_LATE if late else SATISFACTION_ON_TIME
            score = r.choices((1, 2, 3, 4, 5), weights=weights)[0]
            if cents and score < 5 and r.random() < 0.3:
                score += 1
        t = _calling_hours(t + timedelta(minutes=r.uniform(120, 30 * 60)), r)
        steps.append(_PlannedStep(t, Action.FOLLOW_UP, (reached, score)))
        if score is not None and score <= 2 and r.random() < REOPEN_SHARE:
            add(Action.REOPEN, (10, 120))
            t = _calling_hours(t + timedelta(minutes=r.uniform(60, 20 * 60)), r)
            steps.append(_PlannedStep(t, Action.RESOLVE, "again"))
            t = _calling_hours(t + timedelta(minutes=r.uniform(120, 30 * 60)), r)
            steps.append(_PlannedStep(t, Action.FOLLOW_UP, (True, r.choice((3, 4, 4, 5)))))
        add(Action.CLOSE, (1, 90))
        return steps

    def complaint_actor(self, c: _Complaint, action: Action, at: datetime) -> int:
        """Who takes the step: someone on duty, the person it was given to, or a supervisor."""
        r = self.rng
        shift = self.on_duty(at)
        sup = shift.supervisor
        on_duty = (*shift.clerks, *(() if sup is None else (sup,)))
        if action is Action.RESOLVE and (
            c.needs_authority or c.escalated_to is not None or c.reopened
        ):
            if c.escalated_to is not None and (c.escalated_to in on_duty or sup is None):
                return c.escalated_to
            return sup if sup is not None else r.choice(SUPERVISORS)
        if action is Action.REOPEN:
            if sup is not None:
                return sup
            return c.escalated_to if c.escalated_to is not None else r.choice(SUPERVISORS)
        if action is Action.CLOSE and sup is not None and r.random() < 0.35:
            return sup
        if (
            action in (Action.REPLY, Action.RESOLVE, Action.FOLLOW_UP)
            and c.assignee is not None
            and c.assignee in on_duty
        ):
            return c.assignee
        return r.choice(shift.clerks)

    def complaint_step(self, batch: _Batch, at: datetime, c: _Complaint, step: _PlannedStep):
        r = self.rng
        lang = c.lang
        notes = STEP_NOTES[lang]
        action = step.action
        person = self.complaint_actor(c, action, at)
        kwargs: dict[str, Any] = {}
        slots = _Slots(self.texts, lang, at.astimezone())
        if c.room:
            slots["room"] = c.room
        if action is Action.ACKNOWLEDGE:
            promised = c.promised_at.astimezone()
            hm = f"{promised:%H:%M}"
            if promised.date() != at.astimezone().date():
                hm = notes["tomorrow"][0].format(hm=hm)
            note = r.choice(notes["acknowledge"]).format(promise=hm)
        elif action is Action.ASSIGN:
            shift = self.on_duty(at)
            x = r.random()
            colleagues = [p for p in shift.clerks if p != person]
            if x < 0.25 and shift.supervisor is not None:
                assignee = shift.supervisor
            elif x < 0.8 and colleagues:
                assignee = r.choice(colleagues)
            else:
                assignee = person
            c.assignee = assignee
            kwargs["assignee_id"] = self.people[assignee]
            note = r.choice(notes["assign"]).format(who=DEMO_ACCOUNTS[assignee].short)
        elif action is Action.ESCALATE:
            sup = self.on_duty(at).supervisor
            x = r.random()
            if x < 0.1:
                target = MANAGER
            elif sup is not None and x < 0.9:
                target = sup
            else:
                target = r.choice(SUPERVISORS)
            c.escalated_to = target
            kwargs["escalate_to_id"] = self.people[target]
            note = r.choice(notes[step.detail]).format(who=DEMO_ACCOUNTS[target].short)
            self.counts["escalated"] += 1
        elif action is Action.REPLY:
            reply = r.choice(COMPLAINT_REPLIES[lang][c.category]).format_map(slots)
            note = r.choice(notes["reply"]).format(reply=reply)
        elif action is Action.RESOLVE:
            reply = r.choice(COMPLAINT_REPLIES[lang][c.category]).format_map(slots)
            outcome = r.choice(notes["outcome"]).format(reply=reply)
            amount, kind = c.compensation, c.kind
            if step.detail == "again":  # after reopening: the supervisor adds a goodwill gesture
                amount += from_cents(r.randrange(100, 301, 50) * 100)
                kind = kind or COMPENSATION_KINDS[lang][2]  # a voucher
            if amount:
                outcome += {"zh": "；", "ru": "; ", "en": "; "}[lang] + notes["compensation"][
                    0
                ].format(kind=kind, amount=f"{amount:.0f}")
                kwargs.update(compensation=str(amount), compensation_kind=kind)
            kwargs["outcome"] = outcome
            note = r.choice(notes["resolve"]).format(outcome=outcome)
        elif action is Action.FOLLOW_UP:
            reached, score = step.detail
            kwargs.update(reached=reached, satisfaction=score)
            if reached:
                note = r.choice(notes["reached"]).format(
                    feeling=FEELINGS[lang][score - 1], score=score
                )
            else:
                note = r.choice(notes["not_reached"])
        elif action is Action.CLOSE:
            note = r.choice(notes["close"])
        else:
            c.reopened = True
            self.counts["reopened"] += 1
            note = r.choice(notes["reopen"])
            # A reopened complaint is promised a reply anew, as the intake form's "+2 h".
            kwargs["promised_at"] = at + timedelta(hours=2)
            c.promised_at = kwargs["promised_at"]
        row = batch.step(
            c.id,
            action,
            expected_version=c.version,
            actor_id=self.people[person],
            role=DEMO_ACCOUNTS[person].role,
            at=at,
            note=note,
            limit=self.limit,
            log_num=self.next_log_num(at),
            **kwargs,
        )
        c.version = row["version"]
        c.status = Status(row["status"])
        self.counts["complaint_steps"] += 1
        if action is Action.RESOLVE and row["compensation_cents"]:
            self.counts["compensated"] += 1
        if action in (Action.REPLY, Action.RESOLVE) and c.first_reply_at is None:
            c.first_reply_at = at
            if at > c.promised_at:
                self.counts["late_replies"] += 1
        if c.status is Status.CLOSED:
            del self.complaints[c.id]

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
    people = _create_accounts(setup)

    with desk.db.read() as conn:
        first_num = (conn.execute(select(func.max(log_entry.c.num))).scalar() or 0) + 1
        first_complaint = (conn.execute(select(func.max(complaint.c.num))).scalar() or 0) + 1
        limit = get_limit(conn)
    gen = _Generator(
        desk,
        people,
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


def _create_accounts(desk: Desk) -> list[str]:
    """The demo people through the real account services; their ids in DEMO_ACCOUNTS order."""
    manager = DEMO_ACCOUNTS[MANAGER]
    created = accounts.create_first_manager(
        desk, name=manager.name, pin=manager.pin, pin_repeat=manager.pin
    )
    actor = Actor(id=created.id, name=created.name, role=Role.MANAGER)
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
    return ids
