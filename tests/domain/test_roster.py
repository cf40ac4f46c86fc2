"""The roster's rules without Qt or SQL: the pattern from the handover's starts, the grid typed and
rotated, the month's way to approval, and every warning a supervisor sees."""

from __future__ import annotations

from datetime import date, time

import pytest

from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.roles import Role
from desk_app.domain.roster.checks import Concern, RosterRules, check, coverage, month_hours
from desk_app.domain.roster.month import (
    Roster,
    RosterAction,
    RosterState,
    check_editable,
    next_month,
    next_state,
)
from desk_app.domain.roster.pattern import OFF, pattern_from_starts

DAY_NIGHT = pattern_from_starts([time(20), time(8)])


def roster(*people: str, **kwargs) -> Roster:
    return Roster(2027, 2, DAY_NIGHT, people, **kwargs)


def test_two_starts_make_a_day_and_a_night_shift_of_twelve_hours():
    day, night = DAY_NIGHT.shifts
    assert (day.code, day.start, day.end, day.hours) == ("D", time(8), time(20), 12.0)
    assert (night.code, night.start, night.end, night.hours) == ("N", time(20), time(8), 12.0)
    assert night.span(date(2027, 2, 28))[1].isoformat() == "2027-03-01T08:00:00"


def test_one_start_is_a_whole_day_and_many_starts_are_numbered():
    (whole,) = pattern_from_starts([time(9)]).shifts
    assert whole.hours == 24
    assert pattern_from_starts([time(h) for h in (0, 4, 8, 12)]).codes == ("1", "2", "3", "4")


@pytest.mark.parametrize("codes", [("D", "D"), ("O", "N"), ("Day", "N"), ("D",)])
def test_codes_must_be_one_letter_each_and_not_off_or_leave(codes):
    with pytest.raises(ValidationError) as error:
        pattern_from_starts([time(8), time(20)], codes)
    assert error.value.field == "codes"


def test_a_cell_takes_a_code_of_the_pattern_in_any_case_and_nothing_else():
    grid = roster("ann").with_cells(
        [("ann", date(2027, 2, 1), " d "), ("ann", date(2027, 2, 2), "n")]
    )
    assert grid.cell("ann", date(2027, 2, 1)) == "D"
    assert grid.cell("ann", date(2027, 2, 3)) == OFF
    with pytest.raises(ValidationError) as error:
        grid.with_cells([("ann", date(2027, 2, 4), "X")])
    assert error.value.params == {"code": "X"}
    with pytest.raises(ValidationError):
        grid.with_cells([("ann", date(2027, 3, 1), "D")])  # another month
    with pytest.raises(ValidationError):
        grid.with_cells([("bob", date(2027, 2, 1), "D")])  # not on this roster


def test_a_rotation_repeats_across_a_range_and_a_week_is_copied():
    grid = roster("ann").with_rotation(
        "ann", date(2027, 2, 1), date(2027, 2, 8), ["D", "N", "O", "O"]
    )
    assert [grid.cell("ann", date(2027, 2, d)) for d in range(1, 10)] == list("DNOODNOOO")
    copied = grid.with_week_copied("ann", date(2027, 2, 1), date(2027, 2, 22))
    assert [copied.cell("ann", date(2027, 2, d)) for d in range(22, 29)] == list("DNOODNO")
    assert (
        copied.with_week_copied("ann", date(2027, 2, 1), date(2027, 2, 27)).cell(
            "ann", date(2027, 2, 28)
        )
        == "N"
    )  # the week runs past the month's end: the days in it only


def test_coverage_counts_each_shift_and_gaps_are_warned_first():
    grid = roster("ann", "bob").with_cells(
        [("ann", date(2027, 2, 1), "D"), ("bob", date(2027, 2, 1), "D")]
    )
    assert coverage(grid)[(date(2027, 2, 1), "D")] == 2
    warnings = check(grid)
    gaps = [w for w in warnings if w.concern is Concern.GAP]
    assert len(gaps) == 28 * 2 - 1  # every shift of February but the first day's
    assert warnings[0].concern is Concern.GAP and warnings[0].day == date(2027, 2, 1)
    assert warnings[0].code == "N" and warnings[0].values == {"have": 0, "need": 1}


def test_a_night_then_the_next_day_shift_is_a_double_and_day_after_night_off_is_short_rest():
    rules = RosterRules(min_per_shift=0)
    # Night 1st 20:00 -> 2nd 08:00, then the 2nd's day shift from 08:00: no rest at all.
    no_rest = roster("ann").with_cells(
        [("ann", date(2027, 2, 1), "N"), ("ann", date(2027, 2, 2), "D")]
    )
    (warning,) = check(no_rest, rules)
    assert (warning.concern, warning.person, warning.day) == (Concern.REST, "ann", date(2027, 2, 2))
    assert warning.values == {"hours": 0.0, "need": 11.0}
    # A day shift, then that night: 20:00 - 20:00, overlapping? No: ends as the next begins.
    day_then_night = roster("ann").with_cells(
        [("ann", date(2027, 2, 1), "D"), ("ann", date(2027, 2, 1 + 1), "N")]
    )
    assert [w.concern for w in check(day_then_night, rules)] == []  # 24 h between them
    # A three-shift desk with overlapping custom hours: a 24-hour shift and the next day's start.
    whole_day = Roster(2027, 2, pattern_from_starts([time(9)]), ("bob",))
    doubled = whole_day.with_cells([("bob", date(2027, 2, 1), "D"), ("bob", date(2027, 2, 2), "D")])
    assert [w.concern for w in check(doubled, rules)] == [Concern.REST]
    assert check(doubled, rules)[0].values["hours"] == 0.0


def test_a_shift_on_approved_leave_and_too_many_hours_are_warned():
    rules = RosterRules(min_per_shift=0, max_month_hours=40)
    grid = roster("ann", leave=frozenset({("ann", date(2027, 2, 10))})).with_rotation(
        "ann", date(2027, 2, 1), date(2027, 2, 28), ["D", "O"]
    )
    concerns = {(w.concern, w.day) for w in check(grid, rules)}
    assert (Concern.ON_LEAVE, date(2027, 2, 9)) not in concerns
    assert (Concern.HOURS, date(2027, 2, 28)) in concerns
    assert month_hours(grid, "ann") == 14 * 12
    assert (Concern.ON_LEAVE, date(2027, 2, 10)) not in concerns  # the 10th is a day off
    on_leave = grid.with_cells([("ann", date(2027, 2, 10), "D")])
    assert (Concern.ON_LEAVE, date(2027, 2, 10)) in {
        (w.concern, w.day) for w in check(on_leave, rules)
    }


def test_the_month_goes_draft_submitted_approved_and_back_only_with_a_reason():
    assert (
        next_state(RosterState.DRAFT, RosterAction.SUBMIT, Role.SUPERVISOR) is RosterState.SUBMITTED
    )
    assert (
        next_state(RosterState.SUBMITTED, RosterAction.APPROVE, Role.MANAGER)
        is RosterState.APPROVED
    )
    with pytest.raises(ValidationError) as error:
        next_state(RosterState.SUBMITTED, RosterAction.SEND_BACK, Role.MANAGER, "  ")
    assert error.value.field == "reason"
    assert (
        next_state(
            RosterState.SUBMITTED, RosterAction.SEND_BACK, Role.MANAGER, "Two nights in a row"
        )
        is RosterState.DRAFT
    )
    with pytest.raises(PermissionDenied):
        next_state(RosterState.SUBMITTED, RosterAction.APPROVE, Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        next_state(RosterState.DRAFT, RosterAction.SUBMIT, Role.CLERK)
    with pytest.raises(ValidationError):
        next_state(RosterState.APPROVED, RosterAction.SUBMIT, Role.MANAGER)


def test_only_a_draft_is_typed_into():
    check_editable(RosterState.DRAFT)
    for state in (RosterState.SUBMITTED, RosterState.APPROVED):
        with pytest.raises(ValidationError):
            check_editable(state)


def test_next_month_wraps_the_year():
    assert next_month(date(2026, 12, 20)) == (2027, 1)
    assert next_month(date(2027, 2, 25)) == (2027, 3)
