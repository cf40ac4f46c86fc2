"""The roster reminder's rule: this month unapproved is red; next month's from the reminder day,
red after the due day; nothing once both are approved."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.domain.roster.month import RosterState
from desk_app.domain.roster.reminder import MonthReminder, roster_reminder

A, S, D = RosterState.APPROVED, RosterState.SUBMITTED, RosterState.DRAFT


def remind(day: date, this, after):
    return roster_reminder(day, this, after, reminder_day=20, due_day=25)


@pytest.mark.parametrize(
    ("day", "this", "after", "expected"),
    [
        (date(2026, 3, 19), A, None, None),
        (date(2026, 3, 20), A, None, MonthReminder(2026, 4, None, False, False)),
        (date(2026, 3, 25), A, D, MonthReminder(2026, 4, D, False, False)),
        (date(2026, 3, 26), A, S, MonthReminder(2026, 4, S, True, False)),
        (date(2026, 3, 26), A, A, None),
        (date(2026, 12, 21), A, None, MonthReminder(2027, 1, None, False, False)),
        # the month began unapproved: red from its first day, whatever next month's state
        (date(2026, 4, 1), S, None, MonthReminder(2026, 4, S, True, True)),
        (date(2026, 4, 22), None, A, MonthReminder(2026, 4, None, True, True)),
        (date(2026, 4, 2), D, None, MonthReminder(2026, 4, D, True, True)),
    ],
)
def test_which_month_and_how_loud(day, this, after, expected):
    assert remind(day, this, after) == expected
