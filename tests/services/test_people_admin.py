"""A manager's acts that hurt, on SQLite and PostgreSQL: deactivating someone who still holds
keys, follow-ups or complaints is refused and says what; handing them over and deactivating is
one unit of work (all or nothing), journaled, in the duty log with its reason; changing a role is
journaled with its reason, never one's own, never the last manager's."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desk_app.book_text import render
from desk_app.domain.complaints import Status
from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.keys import Movement
from desk_app.domain.people import StillHolds, check_role_change
from desk_app.domain.roles import Role
from desk_app.services import accounts, holdings, people_admin
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.complaints import views as complaints_views
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.store.tables import journal
from desk_app.store.verify import verify
from tests.conftest import CLERK_PIN, make_person


def _journal(db) -> int:
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(journal)).scalar_one()


@pytest.fixture
def loaded(desk, manager, clerk):
    """The clerk holds a key, owns a follow-up and has a complaint assigned."""
    keys_commands.add_key(
        desk, manager, code="F12", label="Floor 12", key_type="floor", hook_row=1, hook_col=1
    )
    keys_commands.issue_key(
        desk,
        clerk,
        "F12",
        holder_kind="staff",
        holder_id=clerk.id,
        purpose="Minibar check",
        expected_back=desk.clock.now() + timedelta(hours=2),
    )
    log_commands.record_entry(
        desk,
        clerk,
        category="request",
        text="Call room 512 about the late checkout",
        room="512",
        follow_up_owner_id=clerk.id,
        follow_up_due=desk.clock.now() + timedelta(hours=3),
    )
    c = complaints_commands.intake(
        desk,
        clerk,
        channel="walk_in",
        guest_name="Mr Smith",
        room="301",
        category="maintenance",
        severity="medium",
        text="Noise from the corridor",
        promised_at=desk.clock.now() + timedelta(hours=1),
    )
    complaints_commands.act(
        desk,
        manager,
        c.id,
        "assign",
        expected_version=c.version,
        note="Yours",
        assignee_id=clerk.id,
    )
    return c.id


def test_deactivation_is_refused_while_anything_is_held(desk, manager, clerk, loaded):
    held = holdings.person_holdings(desk, manager, clerk.id)
    assert [k.code for k in held.keys] == ["F12"]
    assert [f.room for f in held.follow_ups] == ["512"]
    assert [(c.num, c.escalated) for c in held.complaints] == [(1, False)]
    assert held.count == 3
    before = _journal(desk.db)
    with pytest.raises(StillHolds) as caught:
        accounts.deactivate_person(desk, manager, clerk.id)
    assert caught.value.params == {
        "name": clerk.name,
        "keys": 1,
        "follow_ups": 1,
        "complaints": 1,
    }
    assert _journal(desk.db) == before
    with pytest.raises(PermissionDenied):
        holdings.person_holdings(desk, clerk, clerk.id)


def test_hand_over_and_deactivate_in_one_step(desk, manager, clerk, supervisor, loaded):
    done = people_admin.hand_over_and_deactivate(
        desk, manager, clerk.id, to_person_id=supervisor.id, reason="Leaves the hotel"
    )
    assert done.person.active is False and done.handed.count == 3
    assert not holdings.person_holdings(desk, manager, clerk.id)
    moved = holdings.person_holdings(desk, manager, supervisor.id)
    assert (len(moved.keys), len(moved.follow_ups), len(moved.complaints)) == (1, 1, 1)
    # The key: taken back from the clerk with the reason, issued to the supervisor, same purpose.
    key = keys_views.find_key(desk, manager, "F12")
    assert key.holder_name == supervisor.name
    moves = keys_views.history(desk, manager, key_id=key.id).rows
    assert [m.kind for m in moves] == [Movement.ISSUE, Movement.RETURN, Movement.ISSUE]
    assert moves[1].note == "Leaves the hotel" and moves[0].purpose == "Minibar check"
    # The complaint: an assignment in its history, its state as it was.
    complaint = complaints_views.complaint_detail(desk, manager, loaded).complaint
    assert complaint.status is Status.ASSIGNED
    assert complaint.assignee_name == supervisor.name
    # The duty log says it, with the reason, in the reader's words.
    texts = [render(e.line, "en") for e in log_views.list_entries(desk, manager).rows if e.line]
    assert any(
        t.startswith(f"What {clerk.name} held (3 in all") and "Leaves the hotel" in t for t in texts
    )
    result = verify(desk.db)
    assert result.ok, [p.describe() for p in result.problems]


def test_hand_over_is_all_or_nothing(desk, manager, clerk, loaded):
    other = make_person(desk, manager, "Анна Clerk", "clerk", "4321")
    before = _journal(desk.db)
    for to, reason, field in (
        (clerk.id, "Leaves", "to_person"),  # to oneself
        ("", "Leaves", "to_person"),
        (other.id, "  ", "reason"),
        (manager.id, "x" * 501, "reason"),
    ):
        with pytest.raises(ValidationError) as caught:
            people_admin.hand_over_and_deactivate(
                desk, manager, clerk.id, to_person_id=to, reason=reason
            )
        assert caught.value.field == field
    # A refusal after the hand-over was written (oneself) undoes the hand-over too.
    with pytest.raises(ValidationError, match="your own account"):
        people_admin.hand_over_and_deactivate(
            desk, manager, manager.id, to_person_id=other.id, reason="Leaves"
        )
    accounts.deactivate_person(desk, manager, other.id)
    with pytest.raises(ValidationError, match="active"):
        people_admin.hand_over_and_deactivate(
            desk, manager, clerk.id, to_person_id=other.id, reason="Leaves"
        )
    assert _journal(desk.db) == before + 1  # only the other clerk's deactivation
    assert holdings.person_holdings(desk, manager, clerk.id).count == 3


def test_an_escalated_complaint_goes_to_a_supervisor_not_a_clerk(desk, manager, clerk, supervisor):
    c = complaints_commands.intake(
        desk,
        clerk,
        channel="phone",
        guest_name="Ms Chen",
        room="210",
        category="maintenance",
        severity="high",
        text="Dirty room",
        promised_at=desk.clock.now() + timedelta(hours=1),
    )
    complaints_commands.act(
        desk,
        clerk,
        c.id,
        "escalate",
        expected_version=c.version,
        note="Manager please",
        escalate_to_id=supervisor.id,
    )
    held = holdings.person_holdings(desk, manager, supervisor.id)
    assert [x.escalated for x in held.complaints] == [True]
    with pytest.raises(ValidationError, match="escalated"):
        people_admin.hand_over_and_deactivate(
            desk, manager, supervisor.id, to_person_id=clerk.id, reason="Moves to Shanghai"
        )
    people_admin.hand_over_and_deactivate(
        desk, manager, supervisor.id, to_person_id=manager.id, reason="Moves to Shanghai"
    )
    view = complaints_views.complaint_detail(desk, manager, c.id).complaint
    assert view.status is Status.ESCALATED and view.escalated_to_name == manager.name


def test_nothing_held_deactivates_as_before(desk, manager, clerk):
    done = people_admin.hand_over_and_deactivate(
        desk, manager, clerk.id, to_person_id=manager.id, reason="Contract ended"
    )
    assert done.person.active is False and done.handed.count == 0


# --- roles ------------------------------------------------------------------------------------


def test_change_role_is_journaled_with_its_reason(desk, manager, clerk):
    before = _journal(desk.db)
    view = people_admin.change_role(
        desk, manager, clerk.id, role="supervisor", reason="Promoted to shift leader"
    )
    assert view.role is Role.SUPERVISOR
    assert _journal(desk.db) == before + 2  # the person's row and the log line
    entry = log_views.list_entries(desk, manager).rows[0]
    assert render(entry.line, "en") == (
        f"{clerk.name}'s role changed from Clerk to Supervisor: Promoted to shift leader"
    )
    # Their 4-digit PIN is now too short: the next sign-in asks for a new one.
    assert accounts.sign_in(desk, person_id=clerk.id, pin=CLERK_PIN).pin_change_due


def test_change_role_refusals(desk, manager, clerk, supervisor):
    before = _journal(desk.db)
    cases = (
        (manager, manager.id, "clerk", "Tired", "your own role"),
        (manager, clerk.id, "clerk", "Again", "other than the present"),
        (manager, clerk.id, "supervisor", "", "Say why"),
        (manager, clerk.id, "boss", "Why not", "Unknown role"),
    )
    for actor, who, role, reason, words in cases:
        with pytest.raises(ValidationError, match=words):
            people_admin.change_role(desk, actor, who, role=role, reason=reason)
    with pytest.raises(PermissionDenied):
        people_admin.change_role(desk, supervisor, clerk.id, role="supervisor", reason="Good")
    accounts.deactivate_person(desk, manager, clerk.id)
    with pytest.raises(ValidationError, match="reactivate"):
        people_admin.change_role(desk, manager, clerk.id, role="supervisor", reason="Good")
    assert _journal(desk.db) == before + 1


def test_the_last_active_manager_keeps_the_role():
    with pytest.raises(ValidationError, match="last active manager"):
        check_role_change(
            actor_id="a",
            person_id="b",
            name="Wang",
            active=True,
            old=Role.MANAGER,
            new=Role.SUPERVISOR,
            active_managers=1,
        )
    check_role_change(
        actor_id="a",
        person_id="b",
        name="Wang",
        active=True,
        old=Role.MANAGER,
        new=Role.SUPERVISOR,
        active_managers=2,
    )


def test_a_second_manager_may_be_made_a_supervisor(desk, manager):
    other = make_person(desk, manager, "Second Manager", "manager", "654321")
    view = people_admin.change_role(desk, manager, other.id, role="supervisor", reason="Step down")
    assert view.role is Role.SUPERVISOR
