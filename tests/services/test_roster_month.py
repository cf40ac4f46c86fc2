"""The roster month on SQLite and PostgreSQL: a draft saved and read back, the way to approval,
refused direct edits of a submitted or approved month, stale windows, history, verify."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import func, select

from desk_app.domain.errors import ConflictError, PermissionDenied, ValidationError
from desk_app.domain.roster.month import RosterState
from desk_app.domain.roster.policy import RosterPolicy
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover.views import get_policy as handover_policy
from desk_app.services.roster import commands, policy, views
from desk_app.store.journal import JOURNALED
from desk_app.store.roster_tables import roster_cell
from desk_app.store.verify import verify
from tests.conftest import make_person

YEAR, MONTH = 2026, 4  # the fixed clock is in March 2026: April is next month


@pytest.fixture(autouse=True)
def two_shifts(desk, manager):
    """The desk works 08:00-20:00 and 20:00-08:00 (seed 004's pattern)."""
    handover_commands.set_policy(
        desk, manager, replace(handover_policy(desk), shift_starts=(time(8), time(20)))
    )


@pytest.fixture
def team(desk, manager, clerk):
    others = [
        make_person(desk, manager, name, "clerk", pin)
        for name, pin in (("Анна Петрова", "1357"), ("李强", "8642"), ("Oleg Sidorov", "9753"))
    ]
    return [clerk, *others]


def day(d: int) -> date:
    return date(YEAR, MONTH, d)


CYCLE = ("D", "N", "O", "O")


def fill(team, days=range(1, 31)):
    """Four clerks on day-night-off-off, a day apart: every shift covered, 24 h rest or more,
    at most 180 hours each."""
    return [
        (p.id, day(d), CYCLE[(d - 1 - i) % 4])
        for i, p in enumerate(team)
        for d in days
        if CYCLE[(d - 1 - i) % 4] != "O"
    ]


def test_a_fresh_month_has_the_active_clerks_and_no_shifts(desk, supervisor, team):
    view = views.open_month(desk, supervisor, YEAR, MONTH)
    assert view.id is None and view.state is RosterState.DRAFT
    assert set(view.roster.people) == {p.id for p in team}
    assert view.roster.pattern.codes == ("D", "N")
    assert view.warnings  # every shift of the month is a gap


def test_a_draft_saved_reads_back_with_its_warnings(desk, supervisor, team):
    people = [p.id for p in team]
    cells = fill(team, range(1, 30))
    view = commands.save_month(
        desk, supervisor, YEAR, MONTH, people=people, cells=cells, version=None
    )
    assert view.id and view.version == 1
    assert view.roster.cell(team[0].id, day(1)) == "D"
    assert view.roster.cell(team[3].id, day(1)) == "N"
    # 30 April is left empty: both shifts of that day are gaps, nothing else is wrong
    assert {(w.concern.value, w.day, w.code) for w in view.warnings} == {
        ("gap", day(30), "D"),
        ("gap", day(30), "N"),
    }
    assert view.drafted_by == supervisor.name
    # the same grid again writes nothing
    again = commands.save_month(
        desk, supervisor, YEAR, MONTH, people=people, cells=cells, version=1
    )
    assert again.version == 1
    # one cell typed off: the cell row is updated, not deleted
    fewer = [c for c in cells if c[:2] != (team[0].id, day(1))]
    third = commands.save_month(
        desk, supervisor, YEAR, MONTH, people=people, cells=fewer, version=1
    )
    assert third.version == 2 and third.roster.cell(team[0].id, day(1)) == "O"
    with desk.db.read() as conn:
        stored = conn.execute(select(func.count()).select_from(roster_cell)).scalar()
    assert stored == len(cells)
    assert verify(desk.db).ok


def test_a_stale_window_is_refused(desk, supervisor, manager, team):
    people = [p.id for p in team]
    commands.save_month(desk, supervisor, YEAR, MONTH, people=people, cells=[], version=None)
    with pytest.raises(ConflictError):
        commands.save_month(desk, manager, YEAR, MONTH, people=people, cells=[], version=None)
    commands.save_month(desk, manager, YEAR, MONTH, people=people, cells=fill(team), version=1)
    with pytest.raises(ConflictError):
        commands.save_month(desk, supervisor, YEAR, MONTH, people=people, cells=[], version=1)
    # A manager approves the month as they saw it: a draft changed since is refused, not approved.
    submitted = commands.submit_month(
        desk, supervisor, YEAR, MONTH, version=2, accept_warnings=True
    )
    with pytest.raises(ConflictError):
        commands.approve_month(desk, manager, YEAR, MONTH, version=submitted.version - 1)
    with pytest.raises(ConflictError):
        commands.send_back_month(
            desk, manager, YEAR, MONTH, version=submitted.version + 1, reason="stale"
        )
    assert views.open_month(desk, manager, YEAR, MONTH).state is RosterState.SUBMITTED


def test_clerks_may_read_but_not_draft(desk, clerk, team):
    assert views.open_month(desk, clerk, YEAR, MONTH).state is RosterState.DRAFT
    with pytest.raises(PermissionDenied):
        commands.save_month(desk, clerk, YEAR, MONTH, people=[clerk.id], cells=[], version=None)


def test_bad_cells_are_refused_and_nothing_is_written(desk, supervisor, team):
    people = [p.id for p in team]
    with pytest.raises(ValidationError) as e:
        commands.save_month(
            desk,
            supervisor,
            YEAR,
            MONTH,
            people=people,
            cells=[(people[0], day(1), "X")],
            version=None,
        )
    assert e.value.field == "code"
    with pytest.raises(ValidationError):
        commands.save_month(
            desk,
            supervisor,
            YEAR,
            MONTH,
            people=people,
            cells=[(people[0], day(1), "L")],
            version=None,
        )
    assert views.open_month(desk, supervisor, YEAR, MONTH).id is None


def test_submit_approve_and_the_lock(desk, supervisor, manager, team):
    people = [p.id for p in team]
    cells = fill(team, range(1, 31))
    v = commands.save_month(desk, supervisor, YEAR, MONTH, people=people, cells=cells, version=None)
    assert not v.warnings
    with pytest.raises(PermissionDenied):
        commands.approve_month(desk, supervisor, YEAR, MONTH, version=v.version)
    v = commands.submit_month(desk, supervisor, YEAR, MONTH, version=v.version)
    assert v.state is RosterState.SUBMITTED and v.submitted_by == supervisor.name
    with pytest.raises(ValidationError):  # with the manager: no typing
        commands.save_month(
            desk, supervisor, YEAR, MONTH, people=people, cells=[], version=v.version
        )
    with pytest.raises(ValidationError):  # a reason is needed to send it back
        commands.send_back_month(desk, manager, YEAR, MONTH, version=v.version, reason="  ")
    v = commands.send_back_month(
        desk, manager, YEAR, MONTH, version=v.version, reason="Анна просила 5-е"
    )
    assert v.state is RosterState.DRAFT and v.sent_back_reason == "Анна просила 5-е"
    v = commands.submit_month(desk, supervisor, YEAR, MONTH, version=v.version)
    assert v.sent_back_reason == ""
    v = commands.approve_month(desk, manager, YEAR, MONTH, version=v.version)
    assert v.state is RosterState.APPROVED and v.approved_by == manager.name
    with pytest.raises(ValidationError):
        commands.save_month(desk, manager, YEAR, MONTH, people=people, cells=[], version=v.version)
    history = views.month_history(desk, supervisor, YEAR, MONTH)
    assert [e.action for e in history] == [
        "drafted",
        "submitted",
        "sent_back",
        "submitted",
        "approved",
    ]
    assert history[2].reason == "Анна просила 5-е" and history[2].by == manager.name
    summary = views.list_months(desk, supervisor)
    assert [(s.month, s.state) for s in summary] == [(MONTH, RosterState.APPROVED)]
    assert verify(desk.db).ok


def test_warnings_stop_a_submit_until_accepted(desk, supervisor, team):
    people = [p.id for p in team]
    v = commands.save_month(
        desk, supervisor, YEAR, MONTH, people=people, cells=fill(team, range(1, 29)), version=None
    )
    with pytest.raises(ValidationError) as e:
        commands.submit_month(desk, supervisor, YEAR, MONTH, version=v.version)
    assert e.value.field == "warnings"
    v = commands.submit_month(
        desk, supervisor, YEAR, MONTH, version=v.version, accept_warnings=True
    )
    assert v.state is RosterState.SUBMITTED


def test_the_approved_month_keeps_its_pattern(desk, supervisor, manager, team):
    people = [p.id for p in team]
    v = commands.save_month(
        desk, supervisor, YEAR, MONTH, people=people, cells=fill(team), version=None
    )
    v = commands.submit_month(
        desk, supervisor, YEAR, MONTH, version=v.version, accept_warnings=True
    )
    v = commands.approve_month(desk, manager, YEAR, MONTH, version=v.version)
    current = handover_policy(desk)
    handover_commands.set_policy(
        desk, manager, replace(current, shift_starts=(time(7), time(15), time(23)))
    )
    assert policy.get_pattern(desk).codes == ("M", "E", "N")
    kept = views.open_month(desk, supervisor, YEAR, MONTH)
    assert kept.roster.pattern.codes == ("D", "N")
    assert kept.roster.pattern.shift("D").start == time(8)
    # a new month is planned with the pattern of today
    assert views.open_month(desk, supervisor, YEAR, MONTH + 1).roster.pattern.codes == (
        "M",
        "E",
        "N",
    )


def test_roster_settings_are_a_managers(desk, supervisor, manager):
    with pytest.raises(PermissionDenied):
        policy.set_policy(desk, supervisor, RosterPolicy(codes=("Z", "Y")))
    with pytest.raises(ValidationError):
        policy.set_policy(desk, manager, RosterPolicy(codes=("Z", "Z")))
    saved = policy.set_policy(
        desk, manager, RosterPolicy(codes=("z", "y"), colours=("#ffee00", "#0000FF"))
    )
    assert saved.codes == ("Z", "Y")
    assert policy.get_pattern(desk).shift("Z").colour == "#FFEE00"


def test_roster_tables_are_journaled():
    assert {"roster_month", "roster_cell", "roster_request", "roster_event"} <= {
        t.name for t in JOURNALED
    }


def test_a_draft_follows_renamed_letters_and_keeps_its_own_shifts_otherwise(
    desk, supervisor, manager, team
):
    people = [p.id for p in team]
    v = commands.save_month(
        desk, supervisor, YEAR, MONTH, people=people, cells=fill(team), version=None
    )
    policy.set_policy(desk, manager, RosterPolicy(codes=("Д", "Н")))
    renamed = views.open_month(desk, supervisor, YEAR, MONTH)
    assert renamed.roster.cell(team[0].id, day(1)) == "Д"
    assert {w.concern.value for w in renamed.warnings} <= {"gap"}
    cells = [(p, d, c) for (p, d), c in renamed.roster.cells.items()]
    v = commands.save_month(
        desk, supervisor, YEAR, MONTH, people=people, cells=cells, version=v.version
    )
    assert v.roster.pattern.codes == ("Д", "Н")
    # three shifts now: the draft keeps the two it was typed with, and can still be saved
    handover_commands.set_policy(
        desk, manager, replace(handover_policy(desk), shift_starts=(time(7), time(15), time(23)))
    )
    kept = views.open_month(desk, supervisor, YEAR, MONTH)
    assert kept.roster.pattern.codes == ("Д", "Н")
    cells = [(p, d, c) for (p, d), c in kept.roster.cells.items()]
    assert (
        commands.save_month(
            desk, supervisor, YEAR, MONTH, people=people, cells=cells, version=kept.version
        ).roster.cell(team[0].id, day(1))
        == "Д"
    )


def test_approved_leave_is_not_typed_over_nor_taken_off(desk, supervisor, team):
    from desk_app.services.roster.writes import write_cells
    from desk_app.services.unit_of_work import unit_of_work

    people = [p.id for p in team]
    v = commands.save_month(
        desk, supervisor, YEAR, MONTH, people=people, cells=fill(team), version=None
    )
    with unit_of_work(desk, supervisor) as work:  # as an approved leave leaves it
        on_leave = v.roster.with_cells([(team[1].id, day(3), "L")])
        write_cells(work.conn, work.journal, v.id, on_leave, work.by["at"])
    v = views.open_month(desk, supervisor, YEAR, MONTH)
    cells = [(p, d, c) for (p, d), c in v.roster.cells.items()]
    typed_over = [c if c[:2] != (team[1].id, day(3)) else (c[0], c[1], "D") for c in cells]
    with pytest.raises(ValidationError) as e:
        commands.save_month(
            desk, supervisor, YEAR, MONTH, people=people, cells=typed_over, version=v.version
        )
    assert e.value.params == {"day": day(3).isoformat()}
    with pytest.raises(ValidationError):
        commands.save_month(
            desk,
            supervisor,
            YEAR,
            MONTH,
            people=[p for p in people if p != team[1].id],
            cells=[c for c in cells if c[0] != team[1].id],
            version=v.version,
        )
