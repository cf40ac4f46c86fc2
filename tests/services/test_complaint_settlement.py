"""Settling above the authority limit (issue 17, point 8), on SQLite and PostgreSQL: a clerk
escalates with the amount and outcome typed, kept on the escalation step for the supervisor; a
supervisor or manager settling above the limit confirms with their own PIN, a wrong one refused
and counted as signing in counts it."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desk_app.domain.complaints import (
    NeedsEscalation,
    NeedsPinConfirmation,
    SettlementProposal,
    Status,
)
from desk_app.domain.errors import AuthenticationFailed, ValidationError
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.complaints import views as complaints_views
from desk_app.services.complaints.views import ComplaintView
from desk_app.store.tables import complaint_event, journal, log_entry, person
from desk_app.store.verify import verify
from tests.conftest import CLERK_PIN, MANAGER_PIN, SUPERVISOR_PIN

PROPOSED = {
    "outcome": "Вернули деньги за ночь / 退一晚房费",
    "compensation": "800",
    "compensation_kind": "Refund",
}


def _step(desk, actor, view: ComplaintView, action: str, note: str = "", **kw) -> ComplaintView:
    return complaints_commands.act(
        desk, actor, view.id, action, expected_version=view.version, note=note or action, **kw
    )


@pytest.fixture
def acknowledged(desk, clerk) -> ComplaintView:
    view = complaints_commands.intake(
        desk,
        clerk,
        channel="phone",
        guest_name="Анна Ли",
        room="712",
        category="billing",
        severity="medium",
        text="Дважды списали за мини-бар",
        promised_at=desk.clock.now() + timedelta(hours=2),
    )
    return _step(desk, clerk, view, "acknowledge")


def _written(db) -> tuple[int, int, int]:
    with db.read() as conn:
        return tuple(
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (complaint_event, log_entry, journal)
        )


def _failed_attempts(db, person_id: str) -> int:
    with db.read() as conn:
        return conn.execute(
            select(person.c.failed_attempts).where(person.c.id == person_id)
        ).scalar_one()


def _events(desk, actor, complaint_id):
    return complaints_views.complaint_detail(desk, actor, complaint_id).events


def test_clerk_escalates_with_the_amount_and_outcome_typed(desk, clerk, supervisor, acknowledged):
    with pytest.raises(NeedsEscalation):
        _step(desk, clerk, acknowledged, "resolve", **PROPOSED)
    view = _step(
        desk,
        clerk,
        acknowledged,
        "escalate",
        "Above my limit: 800 proposed",
        escalate_to_id=supervisor.id,
        **PROPOSED,
    )
    # Escalated, not settled: nothing given yet.
    assert view.status is Status.ESCALATED and view.escalated_to_name == supervisor.name
    assert view.compensation == Decimal("0.00") and view.outcome is None
    event = _events(desk, supervisor, view.id)[-1]
    assert event.action == "escalate" and event.note == "Above my limit: 800 proposed"
    assert json.loads(event.data)["proposal"] == {
        "outcome": PROPOSED["outcome"],
        "compensation": "800.00",
        "kind": "Refund",
    }
    detail = complaints_views.complaint_detail(desk, supervisor, view.id)
    assert detail.proposal == SettlementProposal(PROPOSED["outcome"], Decimal("800.00"), "Refund")

    # The supervisor settles it with their PIN; the proposal is then done with.
    view = _step(desk, supervisor, view, "resolve", pin=SUPERVISOR_PIN, **PROPOSED)
    assert view.status is Status.RESOLVED and view.compensation == Decimal("800.00")
    detail = complaints_views.complaint_detail(desk, supervisor, view.id)
    assert detail.proposal is None
    assert json.loads(detail.events[-1].data)["confirmed_with_pin"] is True
    assert verify(desk.db).ok


def test_an_escalation_without_a_proposal_carries_none(desk, clerk, supervisor, acknowledged):
    view = _step(desk, clerk, acknowledged, "escalate", escalate_to_id=supervisor.id)
    assert "proposal" not in json.loads(_events(desk, clerk, view.id)[-1].data)
    assert complaints_views.complaint_detail(desk, clerk, view.id).proposal is None


def test_a_proposal_without_its_kind_is_refused_and_writes_nothing(
    desk, clerk, supervisor, acknowledged
):
    before = _written(desk.db)
    with pytest.raises(ValidationError) as refused:
        _step(
            desk,
            clerk,
            acknowledged,
            "escalate",
            escalate_to_id=supervisor.id,
            **{**PROPOSED, "compensation_kind": ""},
        )
    assert refused.value.field == "compensation_kind"
    assert _written(desk.db) == before


@pytest.mark.parametrize(("who", "pin"), [("supervisor", SUPERVISOR_PIN), ("manager", MANAGER_PIN)])
def test_above_the_limit_a_supervisor_or_manager_confirms_with_their_pin(
    request, desk, clerk, acknowledged, who, pin
):
    settler = request.getfixturevalue(who)
    before = _written(desk.db)
    with pytest.raises(NeedsPinConfirmation) as refused:
        _step(desk, settler, acknowledged, "resolve", **PROPOSED)
    assert refused.value.field == "pin" and refused.value.params == {"limit": "500"}
    assert _written(desk.db) == before
    view = _step(desk, settler, acknowledged, "resolve", pin=pin, **PROPOSED)
    assert view.status is Status.RESOLVED and view.compensation == Decimal("800.00")


def test_a_wrong_pin_is_refused_and_counted_like_a_sign_in(desk, supervisor, acknowledged):
    assert _failed_attempts(desk.db, supervisor.id) == 0
    with pytest.raises(AuthenticationFailed) as refused:
        # Another person's PIN is not the supervisor's.
        _step(desk, supervisor, acknowledged, "resolve", pin=CLERK_PIN, **PROPOSED)
    assert refused.value.field == "pin"
    assert _failed_attempts(desk.db, supervisor.id) == 1
    stored = complaints_views.complaint_detail(desk, supervisor, acknowledged.id).complaint
    assert stored.status is Status.ACKNOWLEDGED and stored.version == acknowledged.version
    # The right one settles, and ends the count.
    view = _step(desk, supervisor, acknowledged, "resolve", pin=SUPERVISOR_PIN, **PROPOSED)
    assert view.status is Status.RESOLVED
    assert _failed_attempts(desk.db, supervisor.id) == 0


def test_up_to_the_limit_a_supervisor_needs_no_pin(desk, supervisor, acknowledged):
    view = _step(
        desk,
        supervisor,
        acknowledged,
        "resolve",
        outcome="Refund",
        compensation="500",
        compensation_kind="Refund",
    )
    assert view.status is Status.RESOLVED
    assert "confirmed_with_pin" not in json.loads(_events(desk, supervisor, view.id)[-1].data)


def test_a_clerk_with_a_pin_is_still_sent_to_a_supervisor(desk, clerk, acknowledged):
    with pytest.raises(NeedsEscalation):
        _step(desk, clerk, acknowledged, "resolve", pin=CLERK_PIN, **PROPOSED)
