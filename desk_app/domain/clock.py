"""Time comes from a clock object so tests can move it without sleeping."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
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


def local_instant(wall: datetime, tz: tzinfo | None = None) -> datetime:
    """A wall-clock time of the desk (naive) as an aware instant: in ``tz`` (a zone that knows its
    rules, e.g. a ZoneInfo), or in this computer's zone with the offset of that very instant, as
    ``datetime.astimezone()`` gives it. Never a fixed offset taken from another instant: on a
    summer-time night 20:00 and 08:00 the next morning have different offsets. The one way roster
    times become instants (on duty, the shift windows, attendance)."""
    if tz is None or isinstance(tz, LocalZone):
        return wall.replace(tzinfo=None).astimezone()
    return wall.replace(tzinfo=tz)


class LocalZone(tzinfo):
    """This computer's zone as a tzinfo whose offset is looked up per instant (what
    :func:`local_instant` gives), for code that takes a zone (the handover's shift windows);
    ``now.astimezone().tzinfo`` is only the offset of now."""

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return None if dt is None else local_instant(dt).utcoffset()

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None if dt is None else local_instant(dt).dst()

    def tzname(self, dt: datetime | None) -> str | None:
        return None if dt is None else local_instant(dt).tzname()

    def fromutc(self, dt: datetime) -> datetime:
        local = dt.replace(tzinfo=UTC).astimezone()
        wall = local.replace(tzinfo=None)
        # The second of a repeated hour (the clocks went back) is told apart by its fold.
        fold = 0 if wall.astimezone().utcoffset() == local.utcoffset() else 1
        return wall.replace(tzinfo=self, fold=fold)

    def __repr__(self) -> str:
        return "LOCAL_ZONE"


LOCAL_ZONE = LocalZone()
