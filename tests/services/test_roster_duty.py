"""Who is on duty, on SQLite and PostgreSQL, with a fake clock: across midnight and the month's
end, only approved months, the supervisor to call with their phone, next month's reminder from
the 20th (red after the 25th), the handover due 15 minutes before the change, and the incoming
clerk not arrived written once in the log."""

from __future__ import annotations

import time as clock_time
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from desk_app.book_text import render
from desk_app.domain.roster.month import RosterState, month_days
from desk_app.services import staff
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover.views import Draft
from desk_app.services.handover.views import get_policy as handover_policy
from desk_app.services.log import views as log_views
from desk_app.services.roster import commands, duty
from desk_app.store.verify import verify
from tests.conftest import CLERK_PIN, make_person
from tests.services.test_handover import COUNTS, signature

CYCLE = ("D", "N", "O", "O")


@pytest.fixture(autouse=True)
def two_shifts(desk, manager):
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


def local(y: int, m: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    """A wall-clock time at the desk, aware in this computer's zone."""
    return datetime(y, m, d, h, mi).astimezone()


def approve(desk, supervisor, manager, team, year, month, *, submit=True, approve=True):
    """Four clerks on day-night-off-off a day apart, the supervisor on every day shift."""
    days = month_days(year, month)
    cells = [
        (p.id, d, CYCLE[(d.day - 1 - i) % 4])
        for i, p in enumerate(team)
        for d in days
        if CYCLE[(d.day - 1 - i) % 4] != "O"
    ] + [(supervisor.id, d, "D") for d in days]
    people = [p.id for p in team] + [supervisor.id]
    view = commands.save_month(
        desk, supervisor, year, month, people=people, cells=cells, version=None
    )
    if submit:
        view = commands.submit_month(
            desk, supervisor, year, month, version=view.version, accept_warnings=True
        )
    if approve:
        view = commands.approve_month(desk, manager, year, month, version=view.version)
    return view


@pytest.fixture
def march(desk, supervisor, manager, team):
    return approve(desk, supervisor, manager, team, 2026, 3)


def names(people) -> list[str]:
    return [p.name for p in people]


def test_on_duty_across_midnight_with_the_supervisor_to_call(
    desk, manager, supervisor, team, march
):
    staff.add_member(
        desk, manager, name=supervisor.name, department="front_office", phone="+7 900 123-45-67"
    )
    # 14 March, 02:00: the night shift of the 13th (Oleg), then the day shift of the 14th
    view = duty.on_duty_now(desk, team[0], local(2026, 3, 14, 2))
    assert view.now.code == "N"
    assert (view.now.start, view.now.end) == (local(2026, 3, 13, 20), local(2026, 3, 14, 8))
    assert view.now.start.tzinfo is not None
    assert names(view.now.people) == ["Oleg Sidorov"]
    # nobody supervises the night: the supervisor rostered that day is the one to call
    assert [(s.name, s.phone) for s in view.now.supervisors] == [
        (supervisor.name, "+7 900 123-45-67")
    ]
    assert view.now.supervisors[0].to_call == f"{supervisor.name} (+7 900 123-45-67)"
    assert view.next.code == "D" and view.next.start == local(2026, 3, 14, 8)
    assert names(view.next.people) == ["Анна Петрова", supervisor.name]
    assert names(view.next.supervisors) == [supervisor.name]
    # 14 March, 09:30: the day shift now, the night next
    view = duty.on_duty_now(desk, team[0], local(2026, 3, 14, 9, 30))
    assert names(view.now.people) == ["Анна Петрова", supervisor.name]
    assert view.next.code == "N" and names(view.next.people) == ["王芳"]


def test_across_the_months_end_and_only_approved_months(desk, supervisor, manager, team, march):
    submitted = approve(desk, supervisor, manager, team, 2026, 4, approve=False)
    view = duty.on_duty_now(desk, team[0], local(2026, 3, 31, 21))
    assert view.now.code == "N" and view.now.end == local(2026, 4, 1, 8)
    assert view.next is None  # April is not the roster yet
    assert duty.on_duty_now(desk, team[0], local(2026, 4, 1, 9)).now is None
    commands.approve_month(desk, manager, 2026, 4, version=submitted.version)
    view = duty.on_duty_now(desk, team[0], local(2026, 3, 31, 21))
    assert view.next.code == "D" and view.next.start == local(2026, 4, 1, 8)
    assert names(view.next.people) == ["王芳", supervisor.name]  # (1-1-0) % 4 == 0: D


def test_no_supervisor_rostered_that_day_offers_the_active_supervisors(
    desk, manager, supervisor, team
):
    approve(desk, supervisor, manager, team, 2026, 3)
    other = make_person(desk, manager, "Pavel Supervisor", "supervisor", "246810")
    # take the supervisor off the 20th: nobody supervises that day
    with desk.db.write() as conn:  # the test's own shortcut around the locked month
        from sqlalchemy import delete

        from desk_app.store.roster_tables import roster_cell

        conn.execute(
            delete(roster_cell).where(
                roster_cell.c.person_id == supervisor.id, roster_cell.c.day == "2026-03-20"
            )
        )
    view = duty.on_duty_now(desk, team[0], local(2026, 3, 20, 10))
    assert {s.name for s in view.now.supervisors} == {supervisor.name, other.name}


def test_the_roster_reminder_from_the_20th_red_after_the_25th(
    desk, supervisor, manager, clerk, team, march
):
    assert duty.roster_reminder(desk, supervisor, date(2026, 3, 19)) is None
    due = duty.roster_reminder(desk, supervisor, date(2026, 3, 20))
    assert (due.year, due.month, due.state, due.overdue) == (2026, 4, None, False)
    assert duty.roster_reminder(desk, manager, date(2026, 3, 25)).overdue is False
    assert duty.roster_reminder(desk, clerk, date(2026, 3, 26)) is None  # clerks are not asked
    submitted = approve(desk, supervisor, manager, team, 2026, 4, approve=False)
    late = duty.roster_reminder(desk, manager, date(2026, 3, 26))
    assert late.overdue and late.state is RosterState.SUBMITTED
    commands.approve_month(desk, manager, 2026, 4, version=submitted.version)
    assert duty.roster_reminder(desk, supervisor, date(2026, 3, 26)) is None
    # May began unapproved: red for May itself from its first day
    approve(desk, supervisor, manager, team, 2026, 5, approve=False)
    now = duty.roster_reminder(desk, supervisor, date(2026, 5, 2))
    assert (now.year, now.month, now.state) == (2026, 5, RosterState.SUBMITTED)
    assert now.overdue and now.current
    # December asks for January of the next year
    approve(desk, supervisor, manager, team, 2026, 12)
    due = duty.roster_reminder(desk, supervisor, date(2026, 12, 21))
    assert (due.year, due.month, due.current) == (2027, 1, False)
    late = duty.roster_reminder(desk, supervisor, date(2027, 1, 1))
    assert (late.year, late.month, late.state, late.current) == (2027, 1, None, True)


def test_the_handover_due_within_the_lead_time(desk, clock, supervisor, manager, team, march):
    anna, wang = team[1], team[0]
    clock.set(local(2026, 3, 14, 19, 44))
    assert duty.handover_due(desk, anna) is None  # 16 minutes before the change
    clock.set(local(2026, 3, 14, 19, 46))
    assert duty.handover_due(desk, anna) == duty.HandoverDue(local(2026, 3, 14, 20), 15)  # on duty now
    assert duty.handover_due(desk, supervisor).at == local(2026, 3, 14, 20)
    assert duty.handover_due(desk, wang) is None  # comes next, not on duty
    assert duty.handover_due(desk, manager) is None
    # Wang came early and accepted: nothing more is due
    sheet = handover_commands.start_handover(desk, anna)
    handover_commands.save_draft(desk, anna, sheet.id, Draft(counts=COUNTS), incoming_id=wang.id)
    handover_commands.sign_handover(
        desk, anna, sheet.id, meaning="handed_over", pin="1357", signature=signature()
    )
    handover_commands.sign_handover(
        desk, wang, sheet.id, meaning="accepted", pin=CLERK_PIN, signature=signature()
    )
    assert duty.handover_due(desk, anna) is None
    assert duty.handover_due(desk, supervisor) is None
    clock.set(local(2026, 3, 14, 20, 11))
    assert duty.handover_due(desk, anna) is None  # the next change is at 08:00
    assert duty.not_arrived(desk, anna) is None


def not_arrived_entries(desk, actor):
    return [
        e
        for e in log_views.list_entries(desk, actor).rows
        if e.line is not None and e.line.key == duty.NOT_ARRIVED
    ]


def test_the_incoming_clerk_not_arrived_is_written_once(
    desk, clock, supervisor, manager, team, march
):
    wang, anna = team[0], team[1]  # on the 14th: Anna on the day shift, Wang on the night
    staff.add_member(desk, manager, name=supervisor.name, department="front_office", phone="101")
    clock.set(local(2026, 3, 14, 20, 9))
    assert duty.not_arrived(desk, anna) is None  # within the grace
    assert duty.record_not_arrived(desk, anna) is False
    clock.set(local(2026, 3, 14, 20, 11))
    assert duty.not_arrived(desk, wang) is None  # the incoming clerk is here
    assert duty.record_not_arrived(desk, wang) is False
    late = duty.not_arrived(desk, anna)
    assert not late.recorded and late.change_at == local(2026, 3, 14, 20)
    assert not_arrived_entries(desk, manager) == []  # a read writes nothing
    assert duty.record_not_arrived(desk, anna) is True
    assert duty.not_arrived(desk, anna).recorded
    assert names(late.expected) == ["王芳"]
    assert [s.to_call for s in late.call] == [f"{supervisor.name} (101)"]
    clock.set(local(2026, 3, 14, 20, 30))
    again = duty.not_arrived(desk, anna)
    assert again is not None and again.recorded  # still not there, but said once
    assert duty.record_not_arrived(desk, anna) is False
    assert duty.record_not_arrived(desk, supervisor) is False  # not by anyone else
    entries = not_arrived_entries(desk, manager)
    assert len(entries) == 1 and entries[0].important
    text = render(entries[0].line, "en")
    assert "王芳" in text and f"{supervisor.name} (101)" in text
    assert verify(desk.db).ok
    # Wang comes at last and accepts the sheet: no longer late
    sheet = handover_commands.start_handover(desk, anna)
    handover_commands.save_draft(desk, anna, sheet.id, Draft(counts=COUNTS), incoming_id=wang.id)
    clock.set(local(2026, 3, 14, 20, 31))
    # the sheet was started after the change: it covers the night, and its acceptance counts
    handover_commands.sign_handover(
        desk, anna, sheet.id, meaning="handed_over", pin="1357", signature=signature()
    )
    handover_commands.sign_handover(
        desk,
        wang,
        sheet.id,
        meaning="accepted",
        pin=CLERK_PIN,
        signature=signature(),
        read_important=True,
    )
    assert duty.not_arrived(desk, anna) is None
    # the next morning's change is another: 李强 and the supervisor expected at 08:00
    clock.set(local(2026, 3, 15, 8, 11))
    morning = duty.not_arrived(desk, wang)
    assert not morning.recorded and names(morning.expected) == ["李强", supervisor.name]
    assert duty.record_not_arrived(desk, wang) is True
    assert len(not_arrived_entries(desk, manager)) == 2


def test_no_roster_no_reminders(desk, clock, clerk, supervisor):
    clock.set(local(2026, 3, 14, 19, 50))
    assert duty.on_duty_now(desk, clerk) == duty.OnDutyView(None, None)
    assert duty.handover_due(desk, clerk).at == local(2026, 3, 14, 20)  # who keeps the desk
    clock.set(local(2026, 3, 14, 20, 30))
    assert duty.not_arrived(desk, clerk) is None


@pytest.fixture
def shanghai(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    clock_time.tzset()
    yield
    monkeypatch.undo()
    clock_time.tzset()


def test_the_desks_wall_clock_in_another_zone(desk, supervisor, manager, team, march, shanghai):
    # 14 March 01:00 in Shanghai is 13 March 17:00 UTC: still the night shift of the 13th
    at = local(2026, 3, 14, 1)
    assert at.utcoffset() == timedelta(hours=8)
    view = duty.on_duty_now(desk, team[0], at)
    assert view.now.code == "N" and names(view.now.people) == ["Oleg Sidorov"]
    assert view.now.start == local(2026, 3, 13, 20)


@pytest.fixture
def berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    clock_time.tzset()
    yield
    monkeypatch.undo()
    clock_time.tzset()


def test_the_night_the_clocks_go_back(desk, clock, supervisor, manager, team, berlin):
    """25 October 2026, 03:00 summer time is 02:00 winter time: the night shift from 20:00 (UTC+2)
    to 08:00 (UTC+1) lasts 13 hours, and its change at 20:00 is still found the next morning."""
    approve(desk, supervisor, manager, team, 2026, 10)
    night, day = team[2], team[3]  # on the 24th: team[3] on the day shift, team[2] on the night
    view = duty.on_duty_now(desk, night, local(2026, 10, 25, 1))
    assert view.now.code == "N" and names(view.now.people) == [night.name]
    assert view.now.start.utcoffset() == timedelta(hours=2)
    assert view.now.end.utcoffset() == timedelta(hours=1)
    assert view.now.end - view.now.start == timedelta(hours=13)
    clock.set(local(2026, 10, 25, 7, 50))
    assert duty.handover_due(desk, night).at == local(2026, 10, 25, 8)
    late = duty.not_arrived(desk, day)  # nobody accepted the night's sheet at 20:00
    assert late is not None and late.change_at == local(2026, 10, 24, 20)
    assert duty.record_not_arrived(desk, day) is True
