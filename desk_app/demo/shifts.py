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

from desk_app.demo_accounts import CLERK_PAIRS, SUPERVISORS

DAY_START_HOUR = 8
NIGHT_START_HOUR = 20
# The crew rotation counts days from a fixed date, so the same date always has the same crew.
ROTATION_EPOCH = date(2020, 1, 6)


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
