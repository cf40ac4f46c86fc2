"""The roster settings' bounds: one table (LIMITS) that the check and the settings form share."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from desk_app.domain.errors import ValidationError
from desk_app.domain.roster.checks import RosterRules
from desk_app.domain.roster.policy import LIMITS, RosterPolicy, validate_policy

STARTS = (time(8), time(20))
RULES = ("min_per_shift", "min_rest_hours", "max_month_hours")


def _with(field: str, value: int) -> RosterPolicy:
    policy = RosterPolicy()
    if field in RULES:
        return replace(policy, rules=replace(policy.rules, **{field: value}))
    if field == "due_day":  # due no earlier than the reminder day
        policy = replace(policy, reminder_day=LIMITS["reminder_day"][0])
    if field == "reminder_day":
        policy = replace(policy, due_day=LIMITS["due_day"][1])
    return replace(policy, **{field: value})


@pytest.mark.parametrize("field", sorted(LIMITS))
def test_each_bound_is_allowed_and_one_past_it_refused(field):
    low, high = LIMITS[field]
    for value in (low, high):
        validate_policy(_with(field, value), STARTS)
    for value in (low - 1, high + 1):
        with pytest.raises(ValidationError) as raised:
            validate_policy(_with(field, value), STARTS)
        assert raised.value.field == field


def test_the_due_day_is_not_before_the_reminder_day():
    with pytest.raises(ValidationError) as raised:
        validate_policy(RosterPolicy(reminder_day=20, due_day=19), STARTS)
    assert raised.value.field == "due_day"
    assert validate_policy(RosterPolicy(rules=RosterRules(), reminder_day=20, due_day=20), STARTS)


def test_off_and_leave_letters_never_read_as_a_shift():
    from desk_app.domain.roster.pattern import LEAVE, OFF, off_leave_letter

    assert off_leave_letter("休", OFF, ("早", "夜")) == "休"
    assert off_leave_letter("В", OFF, ("Д", "В")) == OFF  # вечер beside выходной
    assert off_leave_letter("о", LEAVE, ("Д", "О")) == LEAVE
    assert off_leave_letter("ОТ", LEAVE, ("Д", "Н")) == "ОТ"
