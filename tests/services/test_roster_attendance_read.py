"""Attendance on SQLite and PostgreSQL: the approved April roster (four clerks, day-night-off-off)
against real sign-ins and handover sheets: on time, a late night clerk who accepted late, a no-show,
an extra shift, a supervisor's visit that is no shift; the month per person; a month not approved;
who may read it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from desk_app.domain.errors import PermissionDenied
from desk_app.domain.roster.attendance import Outcome, PersonAttendance
from desk_app.services import accounts
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover.views import Draft
from desk_app.services.handover.views import get_policy as handover_policy
from desk_app.services.roster import commands
from desk_app.services.roster.attendance import attendance_day, attendance_month
from tests.conftest import CLERK_PIN, make_person
from tests.services.test_handover import signature

YEAR, MONTH = 2026, 4
CYCLE = ("D", "N", "O", "O")
PINS = {"Анна Петрова": "1357", "李强": "8642", "Oleg Sidorov": "9753"}


@pytest.fixture(autouse=True)
def two_shifts(desk, manager):
    """The desk works 08:00-20:00 and 20:00-08:00 (seed 004's pattern)."""
    handover_commands.set_policy(
        desk, manager, replace(handover_policy(desk), shift_starts=(time(8), time(20)))
    )


@pytest.fixture
def team(desk, manager, clerk):
    return [clerk, *(make_person(desk, manager, n, "clerk", pin) for n, pin in PINS.items())]


def fill(team):
    """Four clerks on day-night-off-off, a day apart: on 1 April 王芳 D and Oleg N, on the 2nd
    Анна D and 王芳 N."""
    return [
        (p.id, date(YEAR, MONTH, d), CYCLE[(d - 1 - i) % 4])
        for i, p in enumerate(team)
        for d in range(1, 31)
        if CYCLE[(d - 1 - i) % 4] != "O"
    ]


@pytest.fixture
def approved(desk, supervisor, manager, team):
    v = commands.save_month(
        desk, supervisor, YEAR, MONTH, people=[p.id for p in team], cells=fill(team), version=None
    )
    v = commands.submit_month(desk, supervisor, YEAR, MONTH, version=v.version)
    return commands.approve_month(desk, manager, YEAR, MONTH, version=v.version)


def at(d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(YEAR, MONTH, d, hh, mm, tzinfo=UTC)  # the test machine's clock is UTC


def sign_in(desk, clock, who, pin: str, when: datetime):
    clock.set(when)
    return accounts.sign_in(desk, person_id=who.id, pin=pin)


@pytest.fixture
def happened(desk, clock, approved, team, supervisor, pins):
    """1 April: 王芳 on time for the day; Oleg signs in at 20:25 and accepts at 20:30 (late); the
    supervisor drops by. 2 April: Анна never comes (no-show), 李强, off, comes instead (extra),
    王芳 signs in for the night at 19:50. The clock stops at 21:00 on the 2nd."""
    wang, anna, li, oleg = team
    wang = sign_in(desk, clock, wang, CLERK_PIN, at(1, 7, 50))
    sign_in(desk, clock, supervisor, pins["supervisor"], at(1, 10))
    clock.set(at(1, 19, 40))
    sheet = handover_commands.start_handover(desk, wang)
    counts = {item: 1 for item in handover_policy(desk).count_items}
    handover_commands.save_draft(desk, wang, sheet.id, Draft(counts=counts), incoming_id=oleg.id)
    clock.set(at(1, 19, 45))
    handover_commands.sign_handover(
        desk, wang, sheet.id, meaning="handed_over", pin=CLERK_PIN, signature=signature()
    )
    oleg = sign_in(desk, clock, oleg, PINS["Oleg Sidorov"], at(1, 20, 25))
    clock.set(at(1, 20, 30))
    handover_commands.sign_handover(
        desk,
        oleg,
        sheet.id,
        meaning="accepted",
        pin=PINS["Oleg Sidorov"],
        signature=signature(),
        read_important=True,
    )
    sign_in(desk, clock, li, PINS["李强"], at(2, 8, 30))
    sign_in(desk, clock, wang, CLERK_PIN, at(2, 19, 50))
    clock.set(at(2, 21))
    return team


def shifts(period):
    return [(period.names[r.person], r.code, r.day.day, r.outcome) for r in period.rows]


def test_a_day_rostered_against_what_happened(desk, supervisor, happened):
    wang, anna, li, oleg = happened
    first = attendance_day(desk, supervisor, date(YEAR, MONTH, 1))
    assert first.approved and first.first == first.last == date(YEAR, MONTH, 1)
    assert shifts(first) == [
        (wang.name, "D", 1, Outcome.ON_TIME),
        (oleg.name, "N", 1, Outcome.LATE),
    ]
    day, night = first.rows
    assert day.signed_in_at == at(1, 7, 50) and day.handed_over_at == at(1, 19, 45)
    assert day.left_at == at(1, 20, 30) and not day.left_early
    assert day.hours_worked == 12.5  # stayed for the late clerk
    assert night.late_minutes == 25 and night.accepted_at == at(1, 20, 30)
    assert supervisor.id not in {r.person for r in first.rows}  # a visit, not a shift
    second = attendance_day(desk, supervisor, date(YEAR, MONTH, 2))
    assert shifts(second) == [
        (anna.name, "D", 2, Outcome.NO_SHOW),
        (li.name, "D", 2, Outcome.EXTRA),
        (wang.name, "N", 2, Outcome.ON_TIME),
    ]
    assert second.rows[1].hours_worked == 11.5  # from 08:30
    assert second.rows[2].hours_worked == 1.0  # the night so far


def test_the_month_per_person(desk, manager, happened):
    wang, anna, li, oleg = happened
    month = attendance_month(desk, manager, YEAR, MONTH)
    assert month.approved and (month.first.day, month.last.day) == (1, 30)
    people = {p.person: p for p in month.people}
    assert [p.person for p in month.people] == [p.id for p in happened]
    n = {p.id: sum(1 for c in fill(happened) if c[0] == p.id) for p in happened}
    assert n == {wang.id: 16, anna.id: 15, li.id: 14, oleg.id: 15}
    assert people[wang.id] == PersonAttendance(wang.id, 16, 2, 192.0, 13.5)
    assert people[anna.id] == PersonAttendance(anna.id, 15, 0, 180.0, 0.0, no_show=1)
    assert people[li.id] == PersonAttendance(li.id, 14, 1, 168.0, 11.5, extra=1)
    assert people[oleg.id] == PersonAttendance(oleg.id, 15, 1, 180.0, 11.58, late=1)
    pending = [r for r in month.rows if r.outcome is Outcome.PENDING]
    assert len(pending) == len(month.rows) - 5  # every shift after the clock's time
    assert month.grace_minutes == 10


def test_a_month_not_approved_has_nothing_rostered(desk, supervisor, clock, team):
    commands.save_month(
        desk, supervisor, YEAR, MONTH, people=[p.id for p in team], cells=fill(team), version=None
    )
    sign_in(desk, clock, team[0], CLERK_PIN, at(1, 7, 50))
    clock.set(at(3, 12))
    month = attendance_month(desk, supervisor, YEAR, MONTH)
    assert not month.approved
    assert shifts(month) == [(team[0].name, "D", 1, Outcome.EXTRA)]
    assert month.people == (PersonAttendance(team[0].id, 0, 1, 0.0, 12.0, extra=1),)


def test_clerks_may_not_read_attendance(desk, clerk, approved):
    with pytest.raises(PermissionDenied):
        attendance_month(desk, clerk, YEAR, MONTH)
    with pytest.raises(PermissionDenied):
        attendance_day(desk, clerk, date(YEAR, MONTH, 1))
