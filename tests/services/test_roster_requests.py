"""Leave and swaps on SQLite and PostgreSQL: asked by a clerk, decided by a supervisor, the
approved month changed only that way (cover named, history kept), bad swaps refused before anyone
decides, a wrong colleague PIN counted, and a person still rostered not deactivated."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import func, select

from desk_app.domain.errors import (
    AuthenticationFailed,
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from desk_app.services import accounts
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover.views import get_policy as handover_policy
from desk_app.services.roster import commands, policy, request_views, requests, views
from desk_app.services.roster.request_views import RequestKind, RequestState
from desk_app.store.roster_tables import roster_request
from desk_app.store.tables import person
from desk_app.store.verify import verify
from tests.conftest import make_person

YEAR, MONTH = 2026, 4  # the fixed clock is in March 2026: April is next month
CYCLE = ("D", "N", "O", "O")


@pytest.fixture(autouse=True)
def two_shifts(desk, manager):
    handover_commands.set_policy(
        desk, manager, replace(handover_policy(desk), shift_starts=(time(8), time(20)))
    )


@pytest.fixture
def team(desk, manager, clerk):
    """Four clerks on day-night-off-off a day apart (every shift has one clerk)."""
    others = [
        make_person(desk, manager, name, "clerk", pin)
        for name, pin in (("Анна Петрова", "1357"), ("李强", "8642"), ("Oleg Sidorov", "9753"))
    ]
    return [clerk, *others]


def day(d: int) -> date:
    return date(YEAR, MONTH, d)


def fill(team):
    return [
        (p.id, day(d), CYCLE[(d - 1 - i) % 4])
        for i, p in enumerate(team)
        for d in range(1, 31)
        if CYCLE[(d - 1 - i) % 4] != "O"
    ]


def save(desk, supervisor, team):
    people = [p.id for p in team]
    return commands.save_month(
        desk, supervisor, YEAR, MONTH, people=people, cells=fill(team), version=None
    )


@pytest.fixture
def approved(desk, supervisor, manager, team):
    """April drafted, submitted and approved: published and locked."""
    v = save(desk, supervisor, team)
    v = commands.submit_month(desk, supervisor, YEAR, MONTH, version=v.version)
    return commands.approve_month(desk, manager, YEAR, MONTH, version=v.version)


def test_leave_approved_with_a_cover_changes_the_approved_month(
    desk, clerk, supervisor, team, approved
):
    asked = requests.ask_leave(desk, clerk, first=day(5), last=day(6), reason="家里有事")
    assert (asked.kind, asked.state, asked.num) == (RequestKind.LEAVE, RequestState.ASKED, 1)
    assert asked.asker == clerk.name and asked.days == (day(5), day(6))
    # a shift nobody else works: the cover must be named
    shifts = request_views.leave_shifts(desk, supervisor, asked.id)
    assert [(s.day, s.code, s.needs_cover) for s in shifts] == [
        (day(5), "D", True),
        (day(6), "N", True),
    ]
    offers = request_views.cover_offers(desk, supervisor, asked.id)
    # free that day and rested: 李强 comes off a night at 08:00 on the 5th and works the 7th's day
    assert offers == {
        day(5): [(team[1].id, "Анна Петрова")],
        day(6): [(team[3].id, "Oleg Sidorov")],
    }
    with pytest.raises(ValidationError) as e:
        requests.approve_request(desk, supervisor, asked.id, covers=None, version=asked.version)
    assert e.value.field == "covers" and e.value.params["day"] == "2026-04-05"
    with pytest.raises(ValidationError) as e:  # 李强 is not rested for the day shift
        requests.approve_request(
            desk,
            supervisor,
            asked.id,
            covers={day(5): team[2].id, day(6): team[3].id},
            version=asked.version,
        )
    assert e.value.field == "covers"
    done = requests.approve_request(
        desk,
        supervisor,
        asked.id,
        covers={day(5): team[1].id, day(6): team[3].id},
        version=asked.version,
    )
    assert done.state is RequestState.APPROVED and done.decided_by == supervisor.name
    assert done.covers == ((day(5), "Анна Петрова"), (day(6), "Oleg Sidorov"))
    month = views.open_month(desk, supervisor, YEAR, MONTH)
    assert month.roster.cell(clerk.id, day(5)) == "L" and (clerk.id, day(6)) in month.roster.leave
    assert month.roster.cell(team[1].id, day(5)) == "D"
    assert month.roster.cell(team[3].id, day(6)) == "N"
    assert month.version == approved.version + 1
    history = views.month_history(desk, supervisor, YEAR, MONTH)
    assert [e.action for e in history] == ["drafted", "submitted", "approved", "leave"]
    leave = history[-1]
    assert (leave.by, leave.asked_by, leave.reason, leave.request_num) == (
        supervisor.name,
        clerk.name,
        "家里有事",
        1,
    )
    assert {(c.person, c.day, c.before, c.after) for c in leave.cells} == {
        (clerk.name, day(5), "D", "L"),
        ("Анна Петрова", day(5), "O", "D"),
        (clerk.name, day(6), "N", "L"),
        ("Oleg Sidorov", day(6), "O", "N"),
    }
    # decided once only, and the approved month is still not typed into
    with pytest.raises(ValidationError):
        requests.reject_request(desk, supervisor, asked.id, reason="no", version=done.version)
    with pytest.raises(ValidationError):
        commands.save_month(
            desk,
            supervisor,
            YEAR,
            MONTH,
            people=list(month.roster.people),
            cells=[(p, d, c) for (p, d), c in month.roster.cells.items() if c != "L"],
            version=month.version,
        )
    assert verify(desk.db).ok


def test_leave_without_a_roster_for_its_month_and_on_a_submitted_month(
    desk, clerk, supervisor, manager, team
):
    v = save(desk, supervisor, team)
    asked = requests.ask_leave(desk, clerk, first=day(29), last=date(2026, 5, 2), reason="Trip")
    with pytest.raises(ValidationError) as e:
        requests.approve_request(
            desk, supervisor, asked.id, covers={day(29): team[1].id}, version=asked.version
        )
    assert e.value.params["month"] == "2026-05"
    commands.submit_month(desk, supervisor, YEAR, MONTH, version=v.version)
    other = requests.ask_leave(desk, team[1], first=day(3), last=day(3), reason="Doctor")
    with pytest.raises(ValidationError) as e:
        requests.approve_request(desk, supervisor, other.id, covers=None, version=other.version)
    assert "with the manager" in e.value.message


def test_leave_on_a_draft_changes_the_draft(desk, clerk, supervisor, team):
    v = save(desk, supervisor, team)
    # 3 April is a day off for the clerk: leave without a cover
    asked = requests.ask_leave(desk, clerk, first=day(3), last=day(3), reason="Wedding")
    requests.approve_request(desk, supervisor, asked.id, covers=None, version=asked.version)
    month = views.open_month(desk, supervisor, YEAR, MONTH)
    assert month.state.value == "draft" and month.roster.cell(clerk.id, day(3)) == "L"
    assert month.version == v.version + 1


def test_the_desks_own_minimum_decides_which_shifts_need_a_cover(
    desk, clerk, supervisor, manager, team
):
    people = [p.id for p in team]
    cells = [*fill(team), (team[2].id, day(1), "D")]  # two on the day shift of the 1st
    commands.save_month(desk, supervisor, YEAR, MONTH, people=people, cells=cells, version=None)
    asked = requests.ask_leave(desk, clerk, first=day(1), last=day(1), reason="Dentist")
    [shift] = request_views.leave_shifts(desk, supervisor, asked.id)
    assert (shift.code, shift.needs_cover) == ("D", False)  # 李强 still works it
    two = policy.get_policy(desk)
    two = replace(two, rules=replace(two.rules, min_per_shift=2))
    policy.set_policy(desk, manager, two)
    [shift] = request_views.leave_shifts(desk, supervisor, asked.id)
    assert shift.needs_cover and shift.candidates == ((team[1].id, "Анна Петрова"),)
    with pytest.raises(ValidationError) as e:
        requests.approve_request(desk, supervisor, asked.id, covers=None, version=asked.version)
    assert (e.value.field, e.value.params["need"]) == ("covers", 2)
    requests.approve_request(
        desk, supervisor, asked.id, covers={day(1): team[1].id}, version=asked.version
    )
    month = views.open_month(desk, supervisor, YEAR, MONTH)
    assert month.roster.cell(clerk.id, day(1)) == "L" and (clerk.id, day(1)) in month.roster.leave
    assert month.roster.cell(team[1].id, day(1)) == "D"
    # someone not on the month: refused in words, not dropped
    kim = make_person(desk, manager, "Kim", "clerk", "4826")
    away = requests.ask_leave(desk, kim, first=day(8), last=day(8), reason="Trip")
    with pytest.raises(ValidationError) as e:
        request_views.leave_shifts(desk, supervisor, away.id)
    assert (e.value.params["person"], e.value.params["month"]) == ("Kim", "2026-04")
    with pytest.raises(ValidationError, match="not on the roster"):
        requests.approve_request(desk, supervisor, away.id, covers=None, version=away.version)


def test_asking_for_leave_is_checked(desk, clerk, supervisor, team):
    with pytest.raises(ValidationError) as e:
        requests.ask_leave(desk, clerk, first=day(5), last=day(6), reason="  ")
    assert e.value.field == "reason"
    with pytest.raises(ValidationError) as e:
        requests.ask_leave(desk, clerk, first=day(6), last=day(5), reason="x")
    assert e.value.field == "last"
    with pytest.raises(ValidationError) as e:
        requests.ask_leave(desk, clerk, first=date(2026, 3, 1), last=day(5), reason="x")
    assert e.value.field in ("first", "last")
    with pytest.raises(PermissionDenied):
        requests.ask_leave(desk, clerk, first=day(5), last=day(5), reason="x", person_id=team[1].id)
    # a supervisor enters it for someone else; the same days again are refused
    for_anna = requests.ask_leave(
        desk, supervisor, first=day(5), last=day(7), reason="Sick", person_id=team[1].id
    )
    assert for_anna.asker == "Анна Петрова"
    with pytest.raises(ValidationError) as e:
        requests.ask_leave(desk, team[1], first=day(7), last=day(8), reason="Sick")
    assert e.value.params["num"] == for_anna.num


def test_swap_confirmed_by_pin_then_approved(desk, clerk, supervisor, team, approved):
    anna = team[1]
    with pytest.raises(AuthenticationFailed) as e:
        requests.ask_swap(
            desk,
            clerk,
            asker_day=day(1),
            colleague_id=anna.id,
            colleague_day=day(1),
            colleague_pin="0000",
            reason="Exam",
        )
    assert e.value.field == "colleague_pin"
    with desk.db.read() as conn:
        tries = conn.execute(
            select(person.c.failed_attempts).where(person.c.id == anna.id)
        ).scalar_one()
        stored = conn.execute(select(func.count()).select_from(roster_request)).scalar_one()
    assert tries == 1 and stored == 0
    asked = requests.ask_swap(
        desk,
        clerk,
        asker_day=day(1),
        colleague_id=anna.id,
        colleague_day=day(1),
        colleague_pin="1357",
        reason="Exam",
    )
    assert asked.kind is RequestKind.SWAP and asked.confirmed_at is not None
    assert asked.colleague == "Анна Петрова"
    # the clerk sees their own requests; Anna as the colleague too; 李强 none
    assert [r.num for r in request_views.list_requests(desk, clerk)] == [asked.num]
    assert [r.num for r in request_views.list_requests(desk, anna)] == [asked.num]
    assert request_views.list_requests(desk, team[2]) == []
    with pytest.raises(PermissionDenied):
        requests.approve_request(desk, clerk, asked.id, covers=None, version=asked.version)
    with pytest.raises(ConflictError):
        requests.approve_request(desk, supervisor, asked.id, covers=None, version=99)
    done = requests.approve_request(desk, supervisor, asked.id, covers=None, version=asked.version)
    assert done.state is RequestState.APPROVED
    month = views.open_month(desk, supervisor, YEAR, MONTH)
    assert month.roster.cell(clerk.id, day(1)) == "O"
    assert month.roster.cell(anna.id, day(1)) == "D"
    history = views.month_history(desk, supervisor, YEAR, MONTH)
    assert history[-1].action == "swap" and history[-1].asked_by == clerk.name
    assert verify(desk.db).ok


def test_bad_swaps_are_refused_before_the_pin(desk, clerk, supervisor, team, approved):
    anna, li = team[1], team[2]
    # Anna's day off on the 4th made leave
    leave = requests.ask_leave(desk, anna, first=day(4), last=day(4), reason="Visa office")
    requests.approve_request(desk, supervisor, leave.id, covers=None, version=leave.version)

    def ask(colleague, asker_day, colleague_day, pin="wrong"):
        return requests.ask_swap(
            desk,
            clerk,
            asker_day=asker_day,
            colleague_id=colleague.id,
            colleague_day=colleague_day,
            colleague_pin=pin,
            reason="x",
        )

    # the clerk's day shift on the 1st for Anna's 4th: she is on leave then
    with pytest.raises(ValidationError) as e:
        ask(anna, day(1), day(4))
    assert e.value.field == "colleague" and "leave" in e.value.message
    with pytest.raises(ValidationError) as e:  # no shift of mine that day
        ask(li, day(3), day(3))
    assert e.value.field == "asker_day"
    with pytest.raises(ValidationError) as e:  # 李强 comes off a night at 08:00 on the 5th
        ask(li, day(5), day(5))
    assert "rest" in e.value.message
    with pytest.raises(ValidationError) as e:
        ask(li, day(30), date(2026, 5, 1))
    assert e.value.field == "colleague_day"
    # none of these asked for a PIN: no wrong try counted
    with desk.db.read() as conn:
        tries = conn.execute(select(person.c.failed_attempts).where(person.c.id == li.id))
        assert tries.scalar_one() == 0
        assert (
            conn.execute(
                select(func.count())
                .select_from(roster_request)
                .where(roster_request.c.kind == "swap")
            ).scalar_one()
            == 0
        )


def test_reject_and_withdraw(desk, clerk, supervisor, team, approved):
    a = requests.ask_leave(desk, clerk, first=day(5), last=day(5), reason="x")
    b = requests.ask_leave(desk, clerk, first=day(9), last=day(9), reason="y")
    with pytest.raises(ValidationError) as e:
        requests.reject_request(desk, supervisor, a.id, reason=" ", version=a.version)
    assert e.value.field == "reason"
    no = requests.reject_request(desk, supervisor, a.id, reason="Short of staff", version=1)
    assert no.state is RequestState.REJECTED and no.decision_reason == "Short of staff"
    with pytest.raises(PermissionDenied):
        requests.withdraw_request(desk, team[1], b.id)
    gone = requests.withdraw_request(desk, clerk, b.id)
    assert gone.state is RequestState.WITHDRAWN
    with pytest.raises(ValidationError):
        requests.withdraw_request(desk, clerk, b.id)
    # a supervisor's own request is decided by someone else
    own = requests.ask_leave(desk, supervisor, first=day(20), last=day(20), reason="z")
    with pytest.raises(PermissionDenied):
        requests.approve_request(desk, supervisor, own.id, covers=None, version=own.version)
    listed = request_views.list_requests(desk, supervisor)
    assert [(r.num, r.state) for r in listed] == [
        (own.num, RequestState.ASKED),
        (b.num, RequestState.WITHDRAWN),
        (a.num, RequestState.REJECTED),
    ]
    assert [r.num for r in request_views.list_requests(desk, supervisor, mine=True)] == [own.num]
    with pytest.raises(NotFound):
        request_views.get_request(desk, team[1], a.id)
    assert verify(desk.db).ok


def test_deactivation_is_refused_while_rostered(desk, manager, supervisor, team, approved):
    oleg = team[3]
    with pytest.raises(ValidationError) as e:
        accounts.deactivate_person(desk, manager, oleg.id)
    assert e.value.params["name"] == "Oleg Sidorov"
    assert e.value.params["shifts"].startswith("2026-04-01 N, 2026-04-04 D, 2026-04-05 N")
    assert e.value.params["shifts"].endswith("…")
    # someone with no shifts ahead leaves at once
    extra = make_person(desk, manager, "Kim", "clerk", "4826")
    assert not accounts.deactivate_person(desk, manager, extra.id).active
