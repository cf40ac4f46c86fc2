"""Attendance: each rostered shift against what happened at the desk, and a month per person.

What the books record, and so what attendance can know:

- a **sign-in** (person, station, time): the person unlocked the program at this desk. There is no
  sign-out: a sign-in proves presence, never absence;
- a **handover** sheet of the shift ``shift_start``-``shift_end`` (the shift in progress when the
  outgoing clerk began it), with the outgoing clerk's signature *handed over* and the incoming
  clerk's *accepted* (the acceptance seals the sheet). The incoming clerk takes over the shift that
  starts at the sheet's ``shift_end``; the outgoing clerk is released by the acceptance.

The definitions (every time compared as an instant, so a night of a summer-time change is as long
as it really was; a shift belongs to the day it starts on):

- **arrival** at a rostered shift: the earliest sign-in or acceptance that belongs to it. An
  acceptance belongs to the incoming clerk's shift starting at the sheet's end; a sign-in (or an
  acceptance not so placed) to the person's rostered shift it falls in, else the nearest one it
  falls within :data:`EARLY` before the start or :data:`TAIL` after the end of;
- **departure**: the acceptance of a sheet the person handed over (or the handing over, on a sheet
  never accepted), belonging to the person's shift that ends at the sheet's end (or at its start:
  a sheet begun after the change), else to the shift it falls in or :data:`TAIL` after;
- **on time**: arrived by the shift start plus the grace time; **late**: arrived after it (the
  minutes counted from the start); **no-show**: rostered, nothing belongs to the shift (no
  sign-in and no handover accepted) and its start plus grace is past; **pending**: not yet begun;
- **left early**: departed before the shift end less the handover lead and the grace time (a
  handover at the change, the incoming clerk coming the lead minutes early, is not leaving early);
- **extra shift**: a sign-in or acceptance that belongs to none of the person's rostered shifts:
  worked without being rostered, in the desk's shift that holds the moment plus the lead and grace
  (one arriving early for the next shift works that one); one extra shift per person and shift;
- **hours rostered**: the shifts' lengths; **hours worked**: from the start (the arrival, when
  late) to the end (the departure when early; later when the clerk stayed for a late incoming
  clerk), an extra shift's the same way; a shift still running counts up to now.

Which sign-ins count is the caller's: those of the people whose attendance is kept (a manager
passing through is no extra shift).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from desk_app.domain.clock import local_instant
from desk_app.domain.roster.month import Roster
from desk_app.domain.roster.pattern import ShiftPattern
from desk_app.domain.value import Value

EARLY = timedelta(hours=2)  # a sign-in this long before a rostered shift is an early arrival
TAIL = timedelta(hours=2)  # this long after it, still the same shift (staying for a late clerk)


class Outcome(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    NO_SHOW = "no_show"
    PENDING = "pending"  # rostered, not yet begun (its start plus grace still ahead)
    EXTRA = "extra"  # worked without being rostered


WORKED = frozenset({Outcome.ON_TIME, Outcome.LATE, Outcome.EXTRA})


class PlannedShift(Value):
    """One shift of one person on the roster (aware times)."""

    person: str
    code: str
    day: date
    start: datetime
    end: datetime


class DeskShift(Value):
    """One of the desk's shifts (the pattern on a day): where an extra shift is counted."""

    code: str
    day: date
    start: datetime
    end: datetime


class SignIn(Value):
    person: str
    at: datetime


class HandoverRecord(Value):
    shift_start: datetime
    shift_end: datetime
    outgoing: str
    incoming: str | None
    handed_over_at: datetime | None  # the outgoing clerk's signature
    accepted_at: datetime | None  # the incoming clerk's signature (the seal)


class AttendanceRules(Value):
    grace_minutes: int = 10
    lead_minutes: int = 15

    @property
    def grace(self) -> timedelta:
        return timedelta(minutes=self.grace_minutes)

    @property
    def lead(self) -> timedelta:
        return timedelta(minutes=self.lead_minutes)


class ShiftAttendance(Value):
    """A rostered shift (or an extra one) as it went."""

    person: str
    code: str
    day: date
    start: datetime
    end: datetime
    outcome: Outcome
    arrived_at: datetime | None = None  # the first sign-in or acceptance
    signed_in_at: datetime | None = None  # the first sign-in
    accepted_at: datetime | None = None  # the handover accepted, as the incoming clerk
    handed_over_at: datetime | None = None  # the sheet handed over, as the outgoing clerk
    left_at: datetime | None = None  # released: the acceptance (or the handing over)
    left_early: bool = False
    late_minutes: int = 0
    early_minutes: int = 0
    hours_rostered: float = 0.0
    hours_worked: float = 0.0

    @property
    def rostered(self) -> bool:
        return self.outcome is not Outcome.EXTRA


class PersonAttendance(Value):
    """A person's month (or any period) in numbers."""

    person: str
    shifts_rostered: int = 0
    shifts_worked: int = 0
    hours_rostered: float = 0.0
    hours_worked: float = 0.0
    late: int = 0
    no_show: int = 0
    left_early: int = 0
    extra: int = 0


class AttendancePeriod(Value):
    """What a page or a workbook shows: the days ``first`` to ``last`` at a station."""

    station: str
    first: date
    last: date
    approved: bool  # the period's roster is approved (else nothing counts as rostered)
    rows: tuple[ShiftAttendance, ...]
    people: tuple[PersonAttendance, ...]
    names: dict[str, str]  # person id -> name
    grace_minutes: int = 10


def local_moment(day: date, at: time, tz: tzinfo | None = None) -> datetime:
    """``at`` on ``day`` on the desk's clock (``tz``, or this computer's zone with that instant's
    own offset) as an aware time."""
    return local_instant(datetime.combine(day, at), tz)


def _span(day: date, start: time, length: timedelta, tz: tzinfo | None):
    """A shift's start and end as instants (UTC): two times of one zone subtract and compare by
    wall clock in Python, which is wrong across a summer-time change."""
    end = datetime.combine(day, start) + length
    return (
        local_moment(day, start, tz).astimezone(UTC),
        local_moment(end.date(), end.time(), tz).astimezone(UTC),
    )


def _utc(moment: datetime | None) -> datetime | None:
    return moment.astimezone(UTC) if moment is not None else None


def planned_shifts(
    roster: Roster, days: Iterable[date] | None = None, tz: tzinfo | None = None
) -> list[PlannedShift]:
    """The roster's shifts (off and leave are none) on ``days`` (default: the whole month)."""
    wanted = set(days) if days is not None else set(roster.days)
    out = []
    for (person, day), code in roster.cells.items():
        shift = roster.pattern.shift(code)
        if shift is None or day not in wanted or person not in roster.people:
            continue
        start, end = _span(day, shift.start, shift.length, tz)
        out.append(PlannedShift(person, code, day, start, end))
    order = {p: i for i, p in enumerate(roster.people)}
    return sorted(out, key=lambda s: (s.start, order[s.person]))


def desk_shifts(
    pattern: ShiftPattern, days: Iterable[date], tz: tzinfo | None = None
) -> list[DeskShift]:
    out = []
    for day in sorted(set(days)):
        for shift in pattern.shifts:
            start, end = _span(day, shift.start, shift.length, tz)
            out.append(DeskShift(shift.code, day, start, end))
    return out


def _by_time(shifts: Sequence[PlannedShift], at: datetime) -> PlannedShift | None:
    """The shift ``at`` falls in, else the nearest one it falls near (EARLY before, TAIL after)."""
    best: tuple[timedelta, PlannedShift] | None = None
    for s in shifts:
        if s.start <= at < s.end:
            return s
        if s.start - EARLY <= at < s.start:
            gap = s.start - at
        elif s.end <= at < s.end + TAIL:
            gap = at - s.end
        else:
            continue
        if best is None or gap < best[0]:
            best = (gap, s)
    return best[1] if best else None


def _start(shift: DeskShift) -> datetime:
    return shift.start


def _hours(start: datetime, end: datetime) -> float:
    return round(max(timedelta(0), end - start).total_seconds() / 3600, 2)


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


class _Found:
    """What belongs to one shift, gathered while reading the records."""

    def __init__(self) -> None:
        self.signed_in: datetime | None = None
        self.accepted: datetime | None = None
        self.handed_over: datetime | None = None
        self.left: datetime | None = None

    def sign_in(self, at: datetime) -> None:
        self.signed_in = at if self.signed_in is None else min(self.signed_in, at)

    def accept(self, at: datetime) -> None:
        self.accepted = at if self.accepted is None else min(self.accepted, at)

    def depart(self, handed_over: datetime | None, left: datetime) -> None:
        if self.left is None or left > self.left:
            self.left, self.handed_over = left, handed_over

    @property
    def arrived(self) -> datetime | None:
        times = [t for t in (self.signed_in, self.accepted) if t is not None]
        return min(times) if times else None


def attendance(
    planned: Iterable[PlannedShift],
    desk: Iterable[DeskShift],
    sign_ins: Iterable[SignIn],
    handovers: Iterable[HandoverRecord],
    *,
    days: Iterable[date],
    now: datetime,
    rules: AttendanceRules | None = None,
) -> list[ShiftAttendance]:
    """Each rostered shift starting on ``days`` as it went, and the extra shifts worked on them.

    ``planned``, ``desk``, ``sign_ins`` and ``handovers`` may reach past ``days`` (the night
    before, the morning after): what belongs to a shift outside is not taken for an extra one.
    Sorted by start, rostered before extra, in the order ``planned`` names people."""
    rules = rules or AttendanceRules()
    wanted = set(days)
    now = now.astimezone(UTC)
    planned = [replace(s, start=_utc(s.start), end=_utc(s.end)) for s in planned]
    desk = sorted((replace(d, start=_utc(d.start), end=_utc(d.end)) for d in desk), key=_start)
    sign_ins = [SignIn(s.person, s.at.astimezone(UTC)) for s in sign_ins]
    handovers = [
        replace(
            h,
            shift_start=_utc(h.shift_start),
            shift_end=_utc(h.shift_end),
            handed_over_at=_utc(h.handed_over_at),
            accepted_at=_utc(h.accepted_at),
        )
        for h in handovers
    ]
    mine: dict[str, list[PlannedShift]] = {}
    for s in planned:
        mine.setdefault(s.person, []).append(s)
    found: dict[PlannedShift | tuple[str, DeskShift], _Found] = {}

    def slot(key) -> _Found:
        return found.setdefault(key, _Found())

    def extra_of(person: str, at: datetime) -> tuple[str, DeskShift] | None:
        moment = at + rules.lead + rules.grace
        window = next((d for d in desk if d.start <= moment < d.end), None)
        return (person, window) if window is not None else None

    for s in sign_ins:
        shift = _by_time(mine.get(s.person, ()), s.at)
        key = shift if shift is not None else extra_of(s.person, s.at)
        if key is not None:
            slot(key).sign_in(s.at)
    for h in handovers:
        if h.incoming is not None and h.accepted_at is not None:
            own = mine.get(h.incoming, ())
            shift = next((s for s in own if s.start == h.shift_end), None)
            shift = shift or _by_time(own, h.accepted_at)
            key = shift if shift is not None else extra_of(h.incoming, h.accepted_at)
            if key is not None:
                slot(key).accept(h.accepted_at)
    for h in handovers:  # departures, once every extra shift is known
        left = h.accepted_at or h.handed_over_at
        if left is None:
            continue
        own = mine.get(h.outgoing, ())
        shift = next((s for s in own if s.end == h.shift_end), None)
        shift = shift or next((s for s in own if s.end == h.shift_start), None)
        shift = shift or _by_time([s for s in own if s.start <= left], left)
        if shift is not None:
            slot(shift).depart(h.handed_over_at, left)
            continue
        extra = next(
            (
                k
                for k in found
                if isinstance(k, tuple)
                and k[0] == h.outgoing
                and (k[1].end == h.shift_end or k[1].start <= left < k[1].end + TAIL)
            ),
            None,
        )
        if extra is not None:
            found[extra].depart(h.handed_over_at, left)

    rows = [_rostered(s, found.get(s) or _Found(), now, rules) for s in planned if s.day in wanted]
    for key, seen in found.items():
        if isinstance(key, tuple) and key[1].day in wanted and seen.arrived is not None:
            rows.append(_extra(key[0], key[1], seen, now, rules))
    order: dict[str, int] = {}
    for s in planned:
        order.setdefault(s.person, len(order))
    for r in rows:
        order.setdefault(r.person, len(order))
    return sorted(rows, key=lambda r: (r.start, not r.rostered, order[r.person]))


def _worked(
    start: datetime,
    end: datetime,
    arrived: datetime,
    left: datetime | None,
    now: datetime,
    rules: AttendanceRules,
) -> tuple[bool, bool, float]:
    """Late, left early, and the hours worked of a shift ``start``-``end`` (see the module)."""
    late = arrived > start + rules.grace
    early = left is not None and left < end - rules.lead - rules.grace
    begin = arrived if late else start
    finish = end if left is None else (left if early else max(end, left))
    return late, early, _hours(begin, min(finish, max(begin, now)))


def _rostered(s: PlannedShift, seen: _Found, now: datetime, rules: AttendanceRules):
    arrived = seen.arrived
    common = dict(
        person=s.person,
        code=s.code,
        day=s.day,
        start=s.start,
        end=s.end,
        arrived_at=arrived,
        signed_in_at=seen.signed_in,
        accepted_at=seen.accepted,
        handed_over_at=seen.handed_over,
        left_at=seen.left,
        hours_rostered=_hours(s.start, s.end),
    )
    if arrived is None:
        waiting = now < s.start + rules.grace
        return ShiftAttendance(outcome=Outcome.PENDING if waiting else Outcome.NO_SHOW, **common)
    late, early, hours = _worked(s.start, s.end, arrived, seen.left, now, rules)
    return ShiftAttendance(
        outcome=Outcome.LATE if late else Outcome.ON_TIME,
        left_early=early,
        late_minutes=_minutes(arrived - s.start) if late else 0,
        early_minutes=_minutes(s.end - seen.left) if early and seen.left else 0,
        hours_worked=hours,
        **common,
    )


def _extra(
    person: str, window: DeskShift, seen: _Found, now: datetime, rules: AttendanceRules
) -> ShiftAttendance:
    """An extra shift: its hours as a rostered one's; not late nor early (nobody expected it)."""
    arrived = seen.arrived
    assert arrived is not None
    _late, _early, hours = _worked(window.start, window.end, arrived, seen.left, now, rules)
    return ShiftAttendance(
        person=person,
        code=window.code,
        day=window.day,
        start=window.start,
        end=window.end,
        outcome=Outcome.EXTRA,
        arrived_at=arrived,
        signed_in_at=seen.signed_in,
        accepted_at=seen.accepted,
        handed_over_at=seen.handed_over,
        left_at=seen.left,
        hours_worked=hours,
    )


def summary(rows: Iterable[ShiftAttendance], people: Sequence[str] = ()) -> list[PersonAttendance]:
    """Per person, ``people`` first in their order (each listed even with no shift), then anyone
    else in the order they first appear."""
    totals: dict[str, dict] = {p: {} for p in people}
    for r in rows:
        t = totals.setdefault(r.person, {})
        add = {
            "shifts_rostered": int(r.rostered),
            "shifts_worked": int(r.outcome in WORKED),
            "hours_rostered": r.hours_rostered,
            "hours_worked": r.hours_worked,
            "late": int(r.outcome is Outcome.LATE),
            "no_show": int(r.outcome is Outcome.NO_SHOW),
            "left_early": int(r.left_early),
            "extra": int(r.outcome is Outcome.EXTRA),
        }
        for name, count in add.items():
            t[name] = t.get(name, 0) + count
    return [
        PersonAttendance(
            person,
            **{k: round(v, 2) if isinstance(v, float) else v for k, v in t.items()},
        )
        for person, t in totals.items()
    ]
