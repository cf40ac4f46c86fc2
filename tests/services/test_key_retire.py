"""Retiring a key is final for the board: a reason is asked (the domain's rule), the movement is
journaled and the key's history shows it; a key brought back says so too. Runs on SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.keys import Movement, retire_reason
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.store.tables import journal, key_asset, key_movement
from desk_app.store.verify import verify


@pytest.fixture
def radio(desk, manager):
    keys_commands.add_key(
        desk, manager, code="R-3", label="Radio 3", key_type="radio", hook_row=2, hook_col=1
    )
    return desk


def _journal_rows(db) -> int:
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(journal)).scalar_one()


@pytest.mark.parametrize("reason", ["", "   ", "\n\n"])
def test_a_reason_is_required(reason):
    with pytest.raises(ValidationError, match="Say why the key is retired") as caught:
        retire_reason(reason)
    assert caught.value.field == "reason"


def test_retiring_keeps_the_reason_in_the_history(radio, manager, clerk):
    view = keys_commands.retire_key(radio, manager, "r-3", "  Antenna broken, replaced by R-4 ")
    assert view.active is False
    moves = keys_views.history(radio, clerk, key_id=view.id).rows
    assert [m.kind for m in moves] == [Movement.RETIRE]
    assert moves[0].note == "Antenna broken, replaced by R-4"
    assert moves[0].actor_name == manager.name
    with radio.db.read() as conn:
        entities = [
            r.entity
            for r in conn.execute(select(journal.c.entity).order_by(journal.c.seq.desc()).limit(2))
        ]
    assert set(entities) == {key_movement.name, key_asset.name}
    result = verify(radio.db)
    assert result.ok, [p.describe() for p in result.problems]


def test_no_reason_no_retirement(radio, manager):
    before = _journal_rows(radio.db)
    with pytest.raises(ValidationError, match="Say why"):
        keys_commands.retire_key(radio, manager, "R-3", " ")
    # Nor by the register's change form: retiring is only with a reason.
    with pytest.raises(ValidationError, match="Say why"):
        keys_commands.update_key(
            radio,
            manager,
            "R-3",
            label="Radio 3",
            key_type="radio",
            hook_row=2,
            hook_col=1,
            restricted=False,
            active=False,
        )
    assert _journal_rows(radio.db) == before
    assert keys_views.find_key(radio, manager, "R-3").active


def test_a_key_out_or_retired_is_refused_and_a_clerk_may_not(radio, manager, clerk):
    keys_commands.issue_key(
        radio,
        clerk,
        "R-3",
        holder_kind="staff",
        holder_id=clerk.id,
        purpose="Night round",
        expected_back=radio.clock.now() + timedelta(hours=2),
    )
    with pytest.raises(ValidationError, match="take it back before retiring"):
        keys_commands.retire_key(radio, manager, "R-3", "Old")
    keys_commands.return_key(radio, clerk, "R-3")
    with pytest.raises(PermissionDenied):
        keys_commands.retire_key(radio, clerk, "R-3", "Old")
    keys_commands.retire_key(radio, manager, "R-3", "Old")
    with pytest.raises(ValidationError, match="retired"):
        keys_commands.retire_key(radio, manager, "R-3", "Again")


def test_brought_back_is_in_the_history_too(radio, manager, clerk):
    keys_commands.retire_key(radio, manager, "R-3", "Not needed this winter")
    view = keys_commands.update_key(
        radio,
        manager,
        "R-3",
        label="Radio 3",
        key_type="radio",
        hook_row=2,
        hook_col=1,
        restricted=False,
        active=True,
    )
    assert view.active
    moves = keys_views.history(radio, clerk, key_id=view.id).rows
    assert [m.kind for m in moves] == [Movement.REINSTATE, Movement.RETIRE]
