"""The demo's shift calendar: when each shift starts and ends, and who is on duty.

Every book of the demo (duty log, complaints, keys, lost and found, handover) plans its events
shift by shift, so the calendar lives on its own: a day shift 08:00-20:00 and a night shift
20:00-08:00 in this computer's local time (the UTC length of a shift changes on summer-time
days), with a crew rotation that depends only on the date.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from desk_app.demo.accounts import CLERK_PAIRS, SUPERVISORS

DAY_START_HOUR = 8
NIGHT_START_HOUR = 20
# The crew rotation counts days from a fixed date, so the same date always has the same crew.
ROTATION_EPOCH = date(2020, 1, 6)


@dataclass(frozen=True)
class Shift:
    key: tuple[date, str]  # (local date the shift starts on, "day" or "night")
    start: datetime  # UTC
    end: datetime  # UTC
    clerks: tuple[int, ...]  # indexes into DEMO_ACCOUNTS
    supervisor: int | None


def local_time(day: date, hour: int) -> datetime:
    """A wall-clock time on this computer, as UTC (DST handled by the system's zone)."""
    return datetime(day.year, day.month, day.day, hour).astimezone().astimezone(UTC)


def shift_for(day: date, kind: str) -> Shift:
    d = (day - ROTATION_EPOCH).days
    if kind == "day":
        start, end = local_time(day, DAY_START_HOUR), local_time(day, NIGHT_START_HOUR)
        pair = CLERK_PAIRS[d % 3]
        supervisor = SUPERVISORS[d % 2] if day.weekday() != 6 else None
    else:
        start = local_time(day, NIGHT_START_HOUR)
        end = local_time(day + timedelta(days=1), DAY_START_HOUR)
        pair = CLERK_PAIRS[(d + 2) % 3]
        supervisor = None
    return Shift((day, kind), start, end, pair, supervisor)


def shift_at(t: datetime) -> Shift:
    local = t.astimezone()
    if DAY_START_HOUR <= local.hour < NIGHT_START_HOUR:
        return shift_for(local.date(), "day")
    if local.hour >= NIGHT_START_HOUR:
        return shift_for(local.date(), "night")
    return shift_for(local.date() - timedelta(days=1), "night")


def next_shift(shift: Shift) -> Shift:
    day, kind = shift.key
    return shift_for(day, "night") if kind == "day" else shift_for(day + timedelta(days=1), "day")


def shifts_between(start: datetime, end: datetime) -> Iterator[Shift]:
    shift = shift_at(start)
    while shift.start < end:
        yield shift
        shift = next_shift(shift)
