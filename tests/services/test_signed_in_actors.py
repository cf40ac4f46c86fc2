"""Services act only for a person signed in (or confirmed with their PIN) in this process.

An ``Actor`` built by hand, even with a manager's id and the manager's real role, or a signed-in
actor whose fields were changed, is refused by every kind of service, and nothing is written.
"""

from __future__ import annotations

import ast
import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.domain.errors import PermissionDenied
from desk_app.domain.roles import Role
from desk_app.services import accounts, settings
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.desk import Actor, check_signed_in
from desk_app.services.handover import commands as handover_commands
from desk_app.services.keys import commands as keys_commands
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.store.tables import journal, person
from tests.conftest import CLERK_PIN, MANAGER_PIN
from tests.services.test_handover import signature

ROOT = Path(__file__).resolve().parents[2]
NOT_SIGNED_IN = "You are not signed in here. Sign in and try again."


def journal_rows(desk) -> int:
    with desk.db.read() as conn:
        return conn.execute(select(func.count()).select_from(journal)).scalar_one()


def forgeries(manager: Actor, clerk: Actor) -> dict[str, Actor]:
    return {
        "manager's id, clerk's role": Actor(id=manager.id, name=manager.name, role=Role.CLERK),
        "manager's id, real role": Actor(id=manager.id, name=manager.name, role=Role.MANAGER),
        "clerk made manager": dataclasses.replace(clerk, role=Role.MANAGER),
        "clerk given manager's id": dataclasses.replace(clerk, id=manager.id, name=manager.name),
        "clerk's seal on the manager": Actor(
            id=manager.id, name=manager.name, role=Role.MANAGER, seal=clerk.seal
        ),
        "a made-up seal": Actor(
            id=manager.id, name=manager.name, role=Role.MANAGER, seal=b"\0" * 32
        ),
    }


@pytest.fixture
def books(desk, manager, clerk, clock):
    """A complaint taken in and a key on the board, by people signed in properly."""
    taken = complaints_commands.intake(
        desk,
        clerk,
        channel="walk_in",
        guest_name="Иван Петров",
        room="1208",
        contact="+7 912 555-12-34",
        category="maintenance",
        severity="medium",
        text="Номер 1208: не работает кондиционер",
        promised_at=clock.now() + timedelta(hours=2),
    )
    keys_commands.add_key(
        desk, manager, code="F12", label="Floor 12", key_type="floor", hook_row=1, hook_col=1
    )
    return taken


@pytest.mark.parametrize(
    "kind",
    [
        "manager's id, clerk's role",
        "manager's id, real role",
        "clerk made manager",
        "clerk given manager's id",
        "clerk's seal on the manager",
        "a made-up seal",
    ],
)
def test_an_actor_not_from_a_sign_in_is_refused_everywhere(desk, manager, clerk, books, kind):
    forged = forgeries(manager, clerk)[kind]
    draft = handover_commands.start_handover(desk, clerk)
    before = journal_rows(desk)
    calls = {
        "add_person": lambda: accounts.add_person(
            desk, forged, name="Подставной", role="manager", pin="999999", pin_repeat="999999"
        ),
        "reset_pin": lambda: accounts.reset_pin(
            desk, forged, manager.id, pin="999999", pin_repeat="999999"
        ),
        "record_entry": lambda: log_commands.record_entry(
            desk, forged, category="note", text="Forged"
        ),
        "list_entries": lambda: log_views.list_entries(desk, forged),
        "complaint step": lambda: complaints_commands.act(
            desk,
            forged,
            books.id,
            "acknowledge",
            expected_version=books.version,
            note="Forged",
        ),
        "key issue": lambda: keys_commands.issue_key(
            desk,
            forged,
            "F12",
            holder_kind="staff",
            holder_id=manager.id,
            purpose="Forged",
            expected_back=desk.clock.now() + timedelta(hours=1),
        ),
        "settings": lambda: settings.set_authority_limit(desk, forged, "100000"),
        "confirm_pin": lambda: accounts.confirm_pin(desk, forged, MANAGER_PIN),
        "sign a sheet": lambda: handover_commands.sign_handover(
            desk,
            forged,
            draft.id,
            meaning="handed_over",
            pin=MANAGER_PIN,
            signature=signature(),
        ),
    }
    for what, call in calls.items():
        with pytest.raises(PermissionDenied) as err:
            call()
        assert err.value.message == NOT_SIGNED_IN, what
    assert journal_rows(desk) == before  # nothing written, not even a wrong-PIN count
    with desk.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(person)).scalar_one() == 2


def test_signed_in_and_confirmed_actors_are_accepted(desk, manager, clerk):
    check_signed_in(manager)
    check_signed_in(clerk)
    again = accounts.sign_in_by_name(desk, name=clerk.name, pin=CLERK_PIN)
    confirmed = accounts.confirm_person(desk, person_id=clerk.id, pin=CLERK_PIN)
    for actor in (again, confirmed, dataclasses.replace(clerk, pin_change_due=True)):
        log_commands.record_entry(desk, actor, category="note", text="Signed in")
    assert "seal" not in repr(clerk)  # never printed in a log or a traceback


def test_only_the_accounts_service_mints_actors():
    """An Actor that services accept comes from services.accounts alone: no other module of the
    program builds one or calls the minting function."""
    offenders = []
    for path in sorted((ROOT / "desk_app").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            name = None
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            elif isinstance(node, ast.ImportFrom) and any(
                alias.name == "_mint_actor" for alias in node.names
            ):
                name = "_mint_actor"
            if name == "Actor" and relative != "desk_app/services/desk.py":
                offenders.append(f"{relative}:{node.lineno} builds an Actor")
            if name in ("_mint_actor", "_seal_of") and relative not in (
                "desk_app/services/desk.py",
                "desk_app/services/accounts.py",
            ):
                offenders.append(f"{relative}:{node.lineno} uses {name}")
    assert offenders == []
