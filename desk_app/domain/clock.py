"""Time comes from a clock object so tests can move it without sleeping."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands still until told to move."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, when: datetime) -> None:
        self._now = when


def local_midnight(day: date) -> datetime:
    """Midnight of ``day`` in this computer's zone (the desk's local time), with that day's own
    offset: a day of a summer-time change is 23 or 25 hours long."""
    return datetime.combine(day, time(0)).astimezone()


def local_days(first: date, last: date) -> tuple[datetime, datetime]:
    """The period of the local days ``first`` to ``last``, both included: from the start of the
    first to the start of the day after the last."""
    return local_midnight(first), local_midnight(last + timedelta(days=1))
