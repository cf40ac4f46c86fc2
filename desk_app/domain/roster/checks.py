"""What a supervisor is warned of while filling a month (never silently): a shift without enough
clerks, one person in two shifts at once, too little rest between two shifts, a shift on a day of
approved leave, more hours in the month than allowed.

Warnings are values; the window says each in the reader's language, the service refuses to submit a
month with a gap or a double shift only when told to (a desk may run short on purpose).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import field
from datetime import date, datetime, timedelta
from enum import StrEnum

from desk_app.domain.roster.month import Roster
from desk_app.domain.roster.pattern import Shift
from desk_app.domain.value import Value


class Concern(StrEnum):
    GAP = "gap"  # fewer clerks on a shift than the minimum
    DOUBLE = "double"  # one person in two shifts that overlap
    REST = "rest"  # less rest between two shifts than the minimum
    ON_LEAVE = "on_leave"  # a shift on a day of approved leave
    HOURS = "hours"  # more hours in the month than the maximum


class RosterRules(Value):
    min_per_shift: int = 1
    min_rest_hours: float = 11.0
    max_month_hours: float = 192.0

    def short(self, have: int) -> bool:
        """A shift with ``have`` clerks is a gap (the grid's red count, a COVERAGE warning)."""
        return have < self.min_per_shift

    def over_hours(self, hours: float) -> bool:
        """A month of ``hours`` is more than one person may work (an HOURS warning)."""
        return hours > self.max_month_hours


class Warning(Value):
    concern: Concern
    day: date
    person: str | None = None  # None for a gap
    code: str = ""  # the shift concerned
    values: dict[str, object] = field(default_factory=dict, compare=False)


def coverage(roster: Roster) -> Counter[tuple[date, str]]:
    """How many are rostered on each shift of each day."""
    return Counter(
        (day, code) for (_person, day), code in roster.cells.items() if roster.pattern.shift(code)
    )


def _shifts_of(
    roster: Roster, person: str, previous: Roster | None = None
) -> list[tuple[datetime, datetime, Shift, date]]:
    """A person's shifts in the month, after the last two days of ``previous`` (the month
    before) when given, so that rest and double shifts are checked across the month's start."""
    found = []
    days = roster.days
    if previous is not None:
        found = [
            s for s in _shifts_of(previous, person) if s[3] >= previous.days[-1] - timedelta(days=1)
        ]
    for day in days:
        shift = roster.pattern.shift(roster.cell(person, day))
        if shift is not None:
            start, end = shift.span(day)
            found.append((start, end, shift, day))
    return found


def between_shifts(end1: datetime, start2: datetime, rules: RosterRules) -> Concern | None:
    """What is wrong between a shift ending at ``end1`` and the person's next one starting at
    ``start2``: DOUBLE (they overlap), REST (too little rest between) or nothing."""
    if start2 < end1:
        return Concern.DOUBLE
    if start2 - end1 < timedelta(hours=rules.min_rest_hours):
        return Concern.REST
    return None


def check(
    roster: Roster, rules: RosterRules | None = None, previous: Roster | None = None
) -> list[Warning]:
    """Every warning of the month, by day, gaps first; ``previous`` is the month before, when
    there is one, for the rest between its last shifts and this month's first."""
    rules = rules or RosterRules()
    warnings: list[Warning] = []
    counts = coverage(roster)
    for day in roster.days:
        for shift in roster.pattern.shifts:
            have = counts.get((day, shift.code), 0)
            if rules.short(have):
                warnings.append(
                    Warning(
                        Concern.GAP,
                        day,
                        None,
                        shift.code,
                        {"have": have, "need": rules.min_per_shift},
                    )
                )
    for person in roster.people:
        shifts = _shifts_of(roster, person, previous)
        for (_s1, end1, _a, _d1), (start2, _e2, second, day2) in zip(
            shifts, shifts[1:], strict=False
        ):
            between = between_shifts(end1, start2, rules)
            if between is Concern.DOUBLE:
                warnings.append(Warning(Concern.DOUBLE, day2, person, second.code))
            elif between is Concern.REST:
                hours = (start2 - end1).total_seconds() / 3600
                warnings.append(
                    Warning(
                        Concern.REST,
                        day2,
                        person,
                        second.code,
                        {"hours": round(hours, 1), "need": rules.min_rest_hours},
                    )
                )
        shifts = [s for s in shifts if s[3].month == roster.month]
        for _start, _end, shift, day in shifts:
            if (person, day) in roster.leave:
                warnings.append(Warning(Concern.ON_LEAVE, day, person, shift.code))
        total = sum(shift.hours for _s, _e, shift, _d in shifts)
        if rules.over_hours(total):
            warnings.append(
                Warning(
                    Concern.HOURS,
                    roster.days[-1],
                    person,
                    "",
                    {"hours": round(total, 1), "most": rules.max_month_hours},
                )
            )
    days = set(roster.days)
    return sorted(
        (w for w in warnings if w.day in days),
        key=lambda w: (w.concern is not Concern.GAP, w.day, w.person or ""),
    )


def month_hours(roster: Roster, person: str) -> float:
    return sum(shift.hours for _s, _e, shift, _d in _shifts_of(roster, person))
