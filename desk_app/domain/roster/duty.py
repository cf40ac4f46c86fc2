"""Who is on duty now and who comes next, read from the roster: what the status bar shows, whom a
new handover proposes as the incoming clerk, and whom the outgoing clerk calls when nobody came."""

from __future__ import annotations

from datetime import datetime, timedelta

from desk_app.domain.roster.month import Roster
from desk_app.domain.roster.pattern import Shift
from desk_app.domain.value import Value


class Duty(Value):
    shift: Shift
    start: datetime  # wall clock
    end: datetime
    people: tuple[str, ...]  # in the roster's order


def _duty_at(rosters: dict[tuple[int, int], Roster], at: datetime) -> Duty | None:
    """The shift running at wall-clock ``at`` (a night shift started the day before counts)."""
    for day in (at.date(), at.date() - timedelta(days=1)):
        roster = rosters.get((day.year, day.month))
        if roster is None:
            continue
        for shift in roster.pattern.shifts:
            start, end = shift.span(day)
            if start <= at < end:
                people = tuple(p for p in roster.people if roster.cell(p, day) == shift.code)
                return Duty(shift, start, end, people)
    return None


def on_duty(
    rosters: dict[tuple[int, int], Roster], at: datetime
) -> tuple[Duty | None, Duty | None]:
    """The shift now and the next one, each with who is rostered (``rosters`` by (year, month):
    this month's and, around a month's end, the neighbour's). ``at`` is the desk's wall clock."""
    now = _duty_at(rosters, at)
    if now is None:
        return None, None
    return now, _duty_at(rosters, now.end)
