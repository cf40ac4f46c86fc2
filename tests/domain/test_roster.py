"""The roster's rules without Qt or SQL: the pattern from the handover's starts, the grid typed and
rotated, the month's way to approval, and every warning a supervisor sees."""

from __future__ import annotations

import random
import time as clock
from dataclasses import replace
from datetime import date, datetime, time

import pytest

from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.roles import Role
from desk_app.domain.roster.changes import (
    Swap,
    apply_leave,
    apply_swap,
    cover_candidates,
    needs_cover,
)
from desk_app.domain.roster.checks import Concern, RosterRules, check, coverage, month_hours
from desk_app.domain.roster.duty import on_duty
from desk_app.domain.roster.month import (
    Roster,
    RosterAction,
    RosterState,
    check_editable,
    next_month,
    next_state,
)
from desk_app.domain.roster.pattern import LEAVE, OFF, pattern_from_starts

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


# --- leave, swaps, who is on duty ---------------------------------------------------------------


def _team() -> Roster:
    grid = roster("ann", "bob", "cat")
    grid = grid.with_rotation("ann", date(2027, 2, 1), date(2027, 2, 28), ["D", "N", "O", "O"])
    grid = grid.with_rotation("bob", date(2027, 2, 1), date(2027, 2, 28), ["O", "O", "D", "N"])
    return grid.with_rotation("cat", date(2027, 2, 1), date(2027, 2, 28), ["N", "O", "O", "D"])


def test_a_swap_exchanges_two_shifts_and_keeps_everyone_rested():
    grid = _team()
    # Ann's day shift on the 1st to Bob, who is off that day.
    after = apply_swap(grid, Swap("ann", date(2027, 2, 1), "bob", date(2027, 2, 1)))
    assert after.cell("bob", date(2027, 2, 1)) == "D" and after.cell("ann", date(2027, 2, 1)) == OFF
    # Bob's day shift on the 3rd for Ann's night on the 2nd: each is off on the other's day.
    after = apply_swap(grid, Swap("bob", date(2027, 2, 3), "ann", date(2027, 2, 2)))
    assert after.cell("bob", date(2027, 2, 2)) == "N" and after.cell("ann", date(2027, 2, 3)) == "D"
    assert after.cell("bob", date(2027, 2, 3)) == OFF and after.cell("ann", date(2027, 2, 2)) == OFF
    assert coverage(after) == coverage(grid)


def test_a_swap_that_leaves_no_rest_or_meets_leave_is_refused():
    grid = _team()
    # Bob's day on the 3rd for Ann's day on the 1st: Ann would come off her night of the 2nd at
    # 08:00 on the 3rd straight into the day shift.
    with pytest.raises(ValidationError, match="rest"):
        apply_swap(grid, Swap("bob", date(2027, 2, 3), "ann", date(2027, 2, 1)))
    with pytest.raises(ValidationError, match="off"):
        apply_swap(
            grid, Swap("ann", date(2027, 2, 1), "cat", date(2027, 2, 4))
        )  # Cat works the 1st
    on_leave = replace(grid, leave=frozenset({("bob", date(2027, 2, 2))}))
    with pytest.raises(ValidationError, match="leave"):
        apply_swap(on_leave, Swap("ann", date(2027, 2, 2), "bob", date(2027, 2, 2)))
    with pytest.raises(ValidationError):
        apply_swap(grid, Swap("ann", date(2027, 2, 3), "bob", date(2027, 2, 3)))  # Ann is off


def test_leave_needs_a_cover_for_a_shift_nobody_else_works_and_the_cover_must_be_free():
    grid = _team()
    with pytest.raises(ValidationError) as error:
        apply_leave(grid, "ann", [date(2027, 2, 1)])
    assert error.value.field == "covers" and error.value.params["code"] == "D"
    assert cover_candidates(grid, date(2027, 2, 1), "D") == ["bob"]  # cat works the night before
    after = apply_leave(grid, "ann", [date(2027, 2, 1)], {date(2027, 2, 1): "bob"})
    assert after.cell("bob", date(2027, 2, 1)) == "D" and ("ann", date(2027, 2, 1)) in after.leave
    with pytest.raises(ValidationError, match="not free"):
        apply_leave(grid, "ann", [date(2027, 2, 1)], {date(2027, 2, 1): "cat"})


def test_leave_is_written_as_leave_cells_and_the_desks_minimum_decides_who_needs_a_cover():
    first, third = date(2027, 2, 1), date(2027, 2, 3)
    grid = _team().with_cells([("cat", first, "D")])  # Ann and Cat on the day shift of the 1st
    after = apply_leave(grid, "ann", [first, third])  # Cat still works it; Ann is off on the 3rd
    assert after.cell("ann", first) == LEAVE and after.cell("ann", third) == LEAVE
    assert after.cell("cat", first) == "D" and {("ann", first), ("ann", third)} <= after.leave
    assert [w for w in check(after) if w.person == "ann"] == []
    assert not needs_cover(grid, first, "D") and needs_cover(grid, date(2027, 2, 2), "N")
    two = RosterRules(min_per_shift=2)  # the desk's own minimum: two on every shift
    assert needs_cover(grid, first, "D", two)
    with pytest.raises(ValidationError) as error:
        apply_leave(grid, "cat", [first], rules=two)
    assert error.value.params == {"code": "D", "day": "2027-02-01", "need": 2}
    with pytest.raises(ValidationError, match="not on the roster") as error:
        apply_leave(grid, "dan", [first])
    assert error.value.params["month"] == "2027-02"


def _slow_candidates(grid: Roster, day: date, code: str, rules: RosterRules) -> list[str]:
    """Who may cover, found the plain way: the whole month checked with the shift taken."""
    breaking = (Concern.DOUBLE, Concern.REST, Concern.ON_LEAVE)
    old = {(w.concern, w.person, w.day) for w in check(grid, rules)}
    found = []
    for person in grid.people:
        if grid.cell(person, day) != OFF or (person, day) in grid.leave:
            continue
        after = grid.with_cells([(person, day, code)])
        new = [
            w
            for w in check(after, rules)
            if w.concern in breaking
            and w.person == person
            and (w.concern, person, w.day) not in old
        ]
        if not new:
            found.append(person)
    return found


def _random_month(seed: int, starts: list[time], people: int) -> Roster:
    rng = random.Random(seed)
    pattern = pattern_from_starts(starts)
    codes = [s.code for s in pattern.shifts] + [OFF, OFF, LEAVE]
    names = tuple(f"p{i}" for i in range(people))
    grid = Roster(2027, 3, pattern, names)
    cells = [(p, d, rng.choice(codes)) for p in names for d in grid.days]
    grid = grid.with_cells(cells)
    leave = frozenset(k for k, code in grid.cells.items() if code == LEAVE)
    return replace(grid, leave=leave | {("p0", date(2027, 3, 9))})


@pytest.mark.parametrize(
    ("seed", "starts", "rest"),
    [
        (1, [time(8), time(20)], 11.0),
        (2, [time(7), time(15), time(23)], 11.0),
        (3, [time(7), time(15), time(23)], 20.0),
        (4, [time(8)], 0.0),
        (5, [time(6), time(14), time(22)], 36.0),
    ],
)
def test_cover_candidates_are_those_the_whole_months_check_allows(seed, starts, rest):
    grid = _random_month(seed, starts, 7)
    rules = RosterRules(min_rest_hours=rest)
    for day in (*grid.days[::3], grid.days[-1]):
        for shift in grid.pattern.shifts:
            assert cover_candidates(grid, day, shift.code, rules) == _slow_candidates(
                grid, day, shift.code, rules
            ), (day, shift.code)
    team = _team()
    for day in team.days:
        for code in ("D", "N"):
            assert cover_candidates(team, day, code) == _slow_candidates(
                team, day, code, RosterRules()
            )


def test_cover_candidates_for_forty_people_take_a_few_milliseconds():
    grid = _random_month(7, [time(8), time(20)], 40)
    began = clock.perf_counter()
    for shift in grid.pattern.shifts:
        cover_candidates(grid, date(2027, 3, 15), shift.code)
    assert clock.perf_counter() - began < 0.05


def test_who_is_on_duty_now_and_next_across_midnight_and_the_months_end():
    feb = _team()
    march = roster("ann", "bob", "cat")
    march = Roster(2027, 3, DAY_NIGHT, ("ann", "bob", "cat")).with_cells(
        [("bob", date(2027, 3, 1), "D")]
    )
    rosters = {(2027, 2): feb, (2027, 3): march}
    now, coming = on_duty(rosters, datetime(2027, 2, 2, 3, 0))  # Cat's night of the 1st
    assert (now.shift.code, now.people, coming.shift.code, coming.people) == (
        "N",
        ("cat",),
        "D",
        (),
    )
    now, coming = on_duty(rosters, datetime(2027, 2, 28, 21, 0))
    assert now.people == tuple(
        p for p in ("ann", "bob", "cat") if feb.cell(p, date(2027, 2, 28)) == "N"
    )
    assert coming.start == datetime(2027, 3, 1, 8, 0) and coming.people == ("bob",)
    assert on_duty({}, datetime(2027, 2, 2, 3, 0)) == (None, None)


def test_rest_is_checked_across_the_month_start():
    pattern = pattern_from_starts([time(8), time(20)])
    november = Roster(2026, 11, pattern, ("a",)).with_cells([("a", date(2026, 11, 30), "N")])
    december = Roster(2026, 12, pattern, ("a",)).with_cells([("a", date(2026, 12, 1), "D")])
    alone = [w.concern for w in check(december, RosterRules(min_per_shift=0))]
    assert Concern.DOUBLE not in alone and Concern.REST not in alone
    across = check(december, RosterRules(min_per_shift=0), previous=november)
    # The night of 30 November ends at 08:00 on 1 December, when the day shift starts: no rest.
    assert [(w.concern, w.day) for w in across] == [(Concern.REST, date(2026, 12, 1))]


def test_a_staggered_rotation_keeps_leave_and_a_cycle_is_read_as_typed():
    from desk_app.domain.roster.month import parse_cycle

    grid = Roster(
        2027,
        2,
        pattern_from_starts([time(8), time(20)]),
        ("ann", "bob"),
        {("bob", date(2027, 2, 2)): "L"},
        frozenset({("bob", date(2027, 2, 2))}),
    )
    cycle = parse_cycle("d, n o/o", grid.pattern)
    assert cycle == ["D", "N", "O", "O"] and parse_cycle("dnoo", grid.pattern) == cycle
    with pytest.raises(ValidationError):
        parse_cycle("D L", grid.pattern)
    grid = grid.with_rotation(("ann", "bob"), date(2027, 2, 1), date(2027, 2, 4), cycle, True)
    assert [grid.cell("ann", date(2027, 2, d)) for d in range(1, 5)] == list("DNOO")
    assert [grid.cell("bob", date(2027, 2, d)) for d in range(1, 5)] == list("NLOD")
    copied = grid.with_week_copied(("bob",), date(2027, 2, 1), date(2027, 2, 8))
    assert copied.cell("bob", date(2027, 2, 9)) == "O"  # leave is not copied
    assert grid.with_people(("ann",)).cells.keys() == {
        ("ann", date(2027, 2, 1)),
        ("ann", date(2027, 2, 2)),
    }
