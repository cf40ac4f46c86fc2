"""The roster's printout value from the stored month, on SQLite and PostgreSQL: the grid, hours and
coverage as stored, names as stored, the property's name from the handover settings, who drafted
and approved the month, and only the changes after the approval; a month never saved prints blank,
not approved; the command line (no actor) reads it too."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from desk_app.domain.errors import PermissionDenied
from desk_app.domain.roster.month import RosterState, month_days
from desk_app.domain.roster.pattern import LEAVE, OFF
from desk_app.services.desk import Actor
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover.views import get_policy as handover_policy
from desk_app.services.roster import commands, requests
from desk_app.services.roster.printout import changes_since_approval, roster_sheet
from desk_app.services.roster.views import CellChange, RosterEventView
from tests.conftest import make_person

YEAR, MONTH = 2026, 4
CYCLE = ("D", "N", "O", "O")
PROPERTY = "华府酒店 Huafu"


def day(d: int) -> date:
    return date(YEAR, MONTH, d)


def approved_month(
    desk,
    manager,
    supervisor,
    names=("Анна Петрова", "李强", "Oleg Sidorov"),
    year: int = YEAR,
    month: int = MONTH,
):
    """Four clerks (王芳 and ``names``) on day-night-off-off through the month (April 2026),
    approved by the manager; then an approved leave of 王芳 on the 10th, her night covered by the
    fourth. The team."""
    handover_commands.set_policy(
        desk,
        manager,
        replace(handover_policy(desk), shift_starts=(time(8), time(20)), property_name=PROPERTY),
    )
    team = [make_person(desk, manager, "王芳", "clerk", "2468")]
    team += [
        make_person(desk, manager, name, "clerk", pin)
        for name, pin in zip(names, ("1357", "8642", "9753"), strict=False)
    ]
    cells = [
        (p.id, d, CYCLE[(d.day - 1 - i) % 4])
        for i, p in enumerate(team)
        for d in month_days(year, month)
        if CYCLE[(d.day - 1 - i) % 4] != "O"
    ]
    people = [p.id for p in team]
    v = commands.save_month(desk, supervisor, year, month, people=people, cells=cells, version=None)
    v = commands.submit_month(
        desk, supervisor, year, month, version=v.version, accept_warnings=True
    )
    commands.approve_month(desk, manager, year, month, version=v.version)
    # A leave asked for and approved since, the fourth covering the night (顶班).
    tenth = date(year, month, 10)
    asked = requests.ask_leave(desk, team[0], first=tenth, last=tenth, reason="家中有事")
    requests.approve_request(
        desk, supervisor, asked.id, covers={tenth: team[3].id}, version=asked.version
    )
    return team


def test_the_approved_month_as_printed(desk, manager, supervisor):
    team = approved_month(desk, manager, supervisor)
    sheet = roster_sheet(desk, supervisor, YEAR, MONTH)
    assert (sheet.station, sheet.property_name) == (desk.station, PROPERTY)
    assert (sheet.year, sheet.month, sheet.state) == (YEAR, MONTH, RosterState.APPROVED)
    assert [p.name for p in sheet.people] == ["王芳", "Анна Петрова", "李强", "Oleg Sidorov"]
    first = sheet.person("王芳")
    assert first.cells[:4] == ("D", "N", OFF, OFF) and len(first.cells) == 30
    assert first.hours == 12 * sum(1 for c in first.cells if c in ("D", "N"))
    assert [(s.code, s.start, s.end) for s in sheet.shifts] == [
        ("D", time(8), time(20)),
        ("N", time(20), time(8)),
    ]
    assert all(c.counts == (1,) * 30 and c.minimum == 1 for c in sheet.coverage)
    assert sheet.drafted_by == supervisor.name and sheet.submitted_by == supervisor.name
    assert sheet.approved_by == manager.name and sheet.approved_at is not None
    assert sheet.approved_at.utcoffset() is not None
    # Only the change after the approval, with who asked, who approved, why and the cells.
    (change,) = sheet.changes
    assert (change.kind, change.asked_by, change.approved_by, change.reason) == (
        "leave",
        "王芳",
        supervisor.name,
        "家中有事",
    )
    assert {(c.person, c.day, c.before, c.after) for c in change.cells} == {
        ("王芳", day(10), "N", LEAVE),
        ("Oleg Sidorov", day(10), OFF, "N"),
    }
    assert team[0].name == "王芳"
    # The grid as it is now: her leave, his cover; the night still covered once.
    assert sheet.person("王芳").cells[9] == LEAVE
    assert sheet.person("Oleg Sidorov").cells[9] == "N"
    assert all(c.counts[9] == 1 for c in sheet.coverage)


def test_the_command_line_reads_it_without_signing_in(desk, manager, supervisor):
    approved_month(desk, manager, supervisor)
    assert roster_sheet(desk, None, YEAR, MONTH).approved_by == manager.name


def test_someone_not_signed_in_here_may_not(desk, manager, supervisor):
    approved_month(desk, manager, supervisor)
    forged = Actor(supervisor.id, supervisor.name, supervisor.role)
    with pytest.raises(PermissionDenied):
        roster_sheet(desk, forged, YEAR, MONTH)


def test_a_month_never_saved_prints_blank_and_not_approved(desk, manager, clerk):
    sheet = roster_sheet(desk, clerk, YEAR, MONTH + 1)
    assert sheet.state is RosterState.DRAFT and not sheet.approved
    assert [p.name for p in sheet.people] == ["王芳"]
    assert set(sheet.people[0].cells) == {OFF} and sheet.people[0].hours == 0
    assert all(set(c.counts) == {0} for c in sheet.coverage)
    assert sheet.drafted_by == "" and sheet.changes == ()


def _event(action: str, minute: int) -> RosterEventView:
    at = datetime(2026, 3, 20, 8, minute, tzinfo=UTC)
    return RosterEventView(at, "Boss", action, "", "", (CellChange("x", day(1), "D", "O"),))


def test_changes_since_approval_are_those_after_the_last_one():
    history = [
        _event("drafted", 0),
        _event("submitted", 1),
        _event("approved", 2),
        _event("leave", 3),
        _event("swap", 4),
    ]
    assert [e.action for e in changes_since_approval(RosterState.APPROVED, history)] == [
        "leave",
        "swap",
    ]
    assert changes_since_approval(RosterState.DRAFT, history) == []
    assert changes_since_approval(RosterState.APPROVED, history[:3]) == []
