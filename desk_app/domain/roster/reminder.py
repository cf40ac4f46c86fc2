"""Which month's roster the window reminds of, and how loudly: the month running when it is not
approved (red: the desk works without an approved roster), else, from the policy's reminder day,
next month's while it is not approved (amber; red after the due day, 每月25日前)."""

from __future__ import annotations

from datetime import date

from desk_app.domain.roster.month import RosterState, next_month
from desk_app.domain.value import Value


class MonthReminder(Value):
    year: int
    month: int
    state: RosterState | None  # None: not even drafted
    overdue: bool  # red
    current: bool  # the month already running (else the next one)


def roster_reminder(
    today: date,
    this_month: RosterState | None,
    next_one: RosterState | None,
    *,
    reminder_day: int,
    due_day: int,
) -> MonthReminder | None:
    """The reminder on ``today`` given the states of this month's and next month's rosters (None:
    never drafted); None when nothing is to be reminded of."""
    if this_month is not RosterState.APPROVED:
        return MonthReminder(today.year, today.month, this_month, True, True)
    if today.day < reminder_day or next_one is RosterState.APPROVED:
        return None
    year, month = next_month(today)
    return MonthReminder(year, month, next_one, today.day > due_day, False)
