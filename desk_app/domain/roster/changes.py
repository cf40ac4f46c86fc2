"""Leave and swaps on a published month: the only ways it changes, each approved by a supervisor.

A swap exchanges two people's cells on two days (my shift for a colleague's); a leave turns a
person's days to leave and, where a shift is left short, names who covers it (顶班). The result of
either must break no rule the month was approved under (a double shift, too little rest): checked
here before the service asks anyone for a PIN.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from desk_app.domain.errors import ValidationError
from desk_app.domain.roster.checks import Concern, RosterRules, between_shifts, check
from desk_app.domain.roster.month import Roster
from desk_app.domain.roster.pattern import LEAVE, OFF
from desk_app.domain.value import Value

# What a change may not bring into a month (gaps and hours are the supervisor's to weigh).
_BREAKING = (Concern.DOUBLE, Concern.REST, Concern.ON_LEAVE)


class Swap(Value):
    asker: str
    asker_day: date  # the asker's shift given away
    colleague: str
    colleague_day: date  # the colleague's shift taken in exchange (the same day for a plain swap)


def _breaks(before: Roster, after: Roster, people: Sequence[str], rules: RosterRules) -> list:
    old = {(w.concern, w.person, w.day) for w in check(before, rules)}
    return [
        w
        for w in check(after, rules)
        if w.concern in _BREAKING and w.person in people and (w.concern, w.person, w.day) not in old
    ]


def apply_swap(roster: Roster, swap: Swap, rules: RosterRules | None = None) -> Roster:
    """The month after ``swap``; refused when a side has no shift to give, is on leave, or the
    result gives either of them a double shift or too little rest."""
    rules = rules or RosterRules()
    if swap.asker == swap.colleague:
        raise ValidationError("Choose a colleague to swap with.", field="colleague")
    mine = roster.cell(swap.asker, swap.asker_day)
    theirs = roster.cell(swap.colleague, swap.colleague_day)
    if roster.pattern.shift(mine) is None:
        raise ValidationError("You have no shift that day to swap.", field="asker_day")
    if LEAVE in (mine, theirs) or (swap.colleague, swap.asker_day) in roster.leave:
        raise ValidationError(
            "Your colleague is on leave then: choose someone else.", field="colleague"
        )
    if swap.asker_day == swap.colleague_day:
        if theirs != OFF:
            raise ValidationError(
                "Your colleague already works that day: a swap on one day needs them off.",
                field="colleague",
            )
        cells = [(swap.asker, swap.asker_day, OFF), (swap.colleague, swap.asker_day, mine)]
    else:
        if roster.pattern.shift(theirs) is None:
            raise ValidationError(
                "Your colleague has no shift that day to give back.", field="colleague_day"
            )
        if (
            roster.cell(swap.asker, swap.colleague_day) != OFF
            or roster.cell(swap.colleague, swap.asker_day) != OFF
        ):
            raise ValidationError(
                "Each of you must be off on the day you take over.", field="colleague_day"
            )
        cells = [
            (swap.asker, swap.asker_day, OFF),
            (swap.colleague, swap.asker_day, mine),
            (swap.colleague, swap.colleague_day, OFF),
            (swap.asker, swap.colleague_day, theirs),
        ]
    after = roster.with_cells(cells)
    if _breaks(roster, after, (swap.asker, swap.colleague), rules):
        raise ValidationError(
            "This swap would leave one of you too little rest between shifts.", field="colleague"
        )
    return after


def needs_cover(roster: Roster, day: date, code: str, rules: RosterRules | None = None) -> bool:
    """Whether the ``code`` shift on ``day`` falls below the desk's minimum (``rules``) when one
    of those rostered on it leaves it: then whoever leaves it needs a cover named."""
    rules = rules or RosterRules()
    have = sum(1 for person in roster.people if roster.cell(person, day) == code)
    return rules.short(have - 1)


def apply_leave(
    roster: Roster,
    person: str,
    days: Sequence[date],
    covers: dict[date, str] | None = None,
    rules: RosterRules | None = None,
) -> Roster:
    """``person``'s ``days`` made leave ("L" cells, and in the month's leave); each of their
    shifts those days goes to the cover named for it. A shift left below the desk's minimum
    (:func:`needs_cover`) without a cover is refused (the desk would be short), as is a cover who
    would break a rule, and a person not on the month."""
    covers = covers or {}
    rules = rules or RosterRules()
    if person not in roster.people:
        raise ValidationError(
            "The person asking for leave is not on the roster for {month}.",
            field="days",
            month=f"{roster.year:04d}-{roster.month:02d}",
            year=roster.year,
            month_number=roster.month,
        )
    cells: list[tuple[str, date, str]] = []
    for day in days:
        code = roster.cell(person, day)
        cells.append((person, day, LEAVE))
        shift = roster.pattern.shift(code)
        if shift is None:
            continue
        cover = covers.get(day)
        if cover is None:
            if needs_cover(roster, day, code, rules):
                raise ValidationError(
                    "Name who covers the {code} shift on {day}: without a cover fewer than"
                    " {need} would work it.",
                    field="covers",
                    code=code,
                    day=day.isoformat(),
                    need=rules.min_per_shift,
                )
            continue
        if roster.cell(cover, day) != OFF or (cover, day) in roster.leave:
            raise ValidationError("The cover you named is not free that day.", field="covers")
        cells.append((cover, day, code))
    after = replace(roster.with_cells(cells), leave=roster.leave | {(person, d) for d in days})
    if _breaks(roster, after, tuple(covers.values()), rules):
        raise ValidationError(
            "The cover you named would have too little rest between shifts.", field="covers"
        )
    return after


def _next_shift(
    roster: Roster, person: str, day: date, step: int
) -> tuple[datetime, datetime] | None:
    """The span of ``person``'s nearest shift before (``step`` -1) or after (+1) ``day`` within
    the month."""
    days = roster.days
    day += timedelta(days=step)
    while days[0] <= day <= days[-1]:
        shift = roster.pattern.shift(roster.cell(person, day))
        if shift is not None:
            return shift.span(day)
        day += timedelta(days=step)
    return None


def cover_candidates(
    roster: Roster, day: date, code: str, rules: RosterRules | None = None
) -> list[str]:
    """Who may take ``code`` on ``day``: off that day, not on leave, and rested (no new double or
    short rest by taking it), in the roster's order.

    Taking one shift changes only the two pairs around it (their shift before, and after): each
    person is checked against those, not the whole month again (the same answer as checking the
    month with the shift taken, found for forty people in a few milliseconds)."""
    rules = rules or RosterRules()
    shift = roster.pattern.shift(code)
    found = []
    for person in roster.people:
        if roster.cell(person, day) != OFF or (person, day) in roster.leave:
            continue
        if shift is not None and _taking_breaks(roster, person, day, shift.span(day), rules):
            continue
        found.append(person)
    return found


def _taking_breaks(
    roster: Roster, person: str, day: date, span: tuple[datetime, datetime], rules: RosterRules
) -> bool:
    """Whether ``person`` (off on ``day``) taking a shift of ``span`` then is a double or short
    rest against their shift before or after it. Such a warning is always new: had the shifts
    before and after been too close, the one before would be too close to the one taken too."""
    start, end = span
    before = _next_shift(roster, person, day, -1)
    after = _next_shift(roster, person, day, +1)
    return (before is not None and between_shifts(before[1], start, rules) is not None) or (
        after is not None and between_shifts(end, after[0], rules) is not None
    )
