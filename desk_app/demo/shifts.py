"""The demo's shift calendar: when each shift starts and ends, and who is on duty.

Every book of the demo (duty log, complaints, keys, lost and found, handover) plans its events
shift by shift, so the calendar lives on its own: a day shift 08:00-20:00 and a night shift
20:00-08:00 in this computer's local time (the UTC length of a shift changes on summer-time
days). Who works a shift is the roster's: the ``Calendar`` asks its ``Crews`` (the demo's roster
plan, ``demo.rota``) for the crew of each day and kind, so the people of the log, the keys and the
handover sheets are the rostered ones, with the month's late arrivals and its no-show.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from desk_app.domain.value import Value

DAY_START_HOUR = 8
NIGHT_START_HOUR = 20


class Crew(Value):
    """Who works one shift, as the roster has it and as it went."""

    rostered: tuple[int, ...]  # the clerks the roster has on it (after leave and swaps), indexes
    clerks: tuple[int, ...]  # who came: the rostered ones but a no-show, and who was called in
    supervisor: int | None  # the supervisor rostered on it (day shifts, Sundays apart)
    # Minutes after the shift's start at which someone arrived who was not in early: a late
    # clerk, or the colleague called in for a no-show. Everyone else comes in before the start.
    arrivals: tuple[tuple[int, float], ...] = ()
    no_show: int | None = None  # rostered, never came


class Crews(Protocol):
    """What the calendar asks of the roster plan."""

    def crew(self, day: date, kind: str) -> Crew: ...


class Shift(Value):
    key: tuple[date, str]  # (local date the shift starts on, "day" or "night")
    start: datetime  # UTC
    end: datetime  # UTC
    clerks: tuple[int, ...]  # indexes into DEMO_ACCOUNTS: who works it (the crew as it came)
    supervisor: int | None
    rostered: tuple[int, ...] = ()  # the roster's clerks for it, the handover's incoming first
    arrivals: tuple[tuple[int, float], ...] = ()  # see Crew.arrivals
    no_show: int | None = None

    @property
    def first_in(self) -> int:
        """The first of the crew in before the start: who opens the shift."""
        return next((c for c in self.clerks if self.arrival(c) is None), self.clerks[0])

    def arrival(self, clerk: int) -> float | None:
        """Minutes after the start a late (or called-in) clerk came; None: in before the start."""
        return next((minutes for who, minutes in self.arrivals if who == clerk), None)


def local_time(day: date, hour: int) -> datetime:
    """A wall-clock time on this computer, as UTC (DST handled by the system's zone)."""
    return datetime(day.year, day.month, day.day, hour).astimezone().astimezone(UTC)


class Calendar:
    """The shifts one after another, each with its crew from the roster plan (kept once made)."""

    def __init__(self, crews: Crews) -> None:
        self.crews = crews
        self._made: dict[tuple[date, str], Shift] = {}

    def shift_for(self, day: date, kind: str) -> Shift:
        made = self._made.get((day, kind))
        if made is not None:
            return made
        if kind == "day":
            start, end = local_time(day, DAY_START_HOUR), local_time(day, NIGHT_START_HOUR)
        else:
            start = local_time(day, NIGHT_START_HOUR)
            end = local_time(day + timedelta(days=1), DAY_START_HOUR)
        crew = self.crews.crew(day, kind)
        shift = Shift(
            (day, kind),
            start,
            end,
            crew.clerks,
            crew.supervisor,
            crew.rostered,
            crew.arrivals,
            crew.no_show,
        )
        self._made[(day, kind)] = shift
        return shift

    def shift_at(self, t: datetime) -> Shift:
        return self.shift_for(*shift_key(t))

    def next_shift(self, shift: Shift) -> Shift:
        day, kind = shift.key
        if kind == "day":
            return self.shift_for(day, "night")
        return self.shift_for(day + timedelta(days=1), "day")

    def shifts_between(self, start: datetime, end: datetime) -> Iterator[Shift]:
        shift = self.shift_at(start)
        while shift.start < end:
            yield shift
            shift = self.next_shift(shift)


def shift_key(t: datetime) -> tuple[date, str]:
    """The shift running at ``t``: the local day it started on, "day" or "night"."""
    local = t.astimezone()
    if DAY_START_HOUR <= local.hour < NIGHT_START_HOUR:
        return local.date(), "day"
    if local.hour >= NIGHT_START_HOUR:
        return local.date(), "night"
    return local.date() - timedelta(days=1), "night"


def shift_end(t: datetime) -> datetime:
    """When the shift running at ``t`` ends (whoever works it)."""
    day, kind = shift_key(t)
    if kind == "day":
        return local_time(day, NIGHT_START_HOUR)
    return local_time(day + timedelta(days=1), DAY_START_HOUR)
