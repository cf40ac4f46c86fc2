"""Key register services on SQLite and PostgreSQL: the register, issue and return, restricted
keys (role, PIN, time limit), losses, counts, history, overdue keys, refusals that write nothing,
and two stations issuing one key at once.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desk_app.domain.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from desk_app.domain.keys import KeyPolicy, KeyState, Movement
from desk_app.domain.roles import Role
from desk_app.services.desk import Desk
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.services.log.views import list_entries
from desk_app.store.database import connect
from desk_app.store.tables import journal, key_asset, key_count, key_movement, log_entry
from desk_app.store.verify import verify
from tests.conftest import CLERK_PIN, SUPERVISOR_PIN

TABLES = (key_asset, key_movement, key_count, log_entry, journal)


def counts(db) -> dict[str, int]:
    with db.read() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in TABLES
        }


def assert_verifies(db):
    result = verify(db)
    assert result.ok, [p.describe() for p in result.problems]


@pytest.fixture
def board(desk, manager):
    """A small board: a master key, a floor key, a radio."""
    keys_commands.add_key(
        desk,
        manager,
        code="m-01",
        label="Master 万能钥匙",
        key_type="master",
        hook_row=1,
        hook_col=1,
    )
    keys_commands.add_key(
        desk,
        manager,
        code="F12",
        label="Floor 12 / Этаж 12",
        key_type="floor",
        hook_row=1,
        hook_col=2,
    )
    keys_commands.add_key(
        desk, manager, code="R-3", label="Radio 3", key_type="radio", hook_row=2, hook_col=1
    )
    return desk


def lend(desk, actor, code="F12", **over):
    values = dict(
        holder_kind="staff",
        holder_id=actor.id,
        purpose="Housekeeping, floor 12",
        expected_back=desk.clock.now() + timedelta(hours=2),
    )
    values.update(over)
    return keys_commands.issue_key(desk, actor, code, **values)


# --- the register ------------------------------------------------------------------------------


def test_a_printed_code_leads_back_to_the_key(board, clerk):
    seen = {k.code: k.id for k in keys_views.board(board, clerk)}
    assert keys_views.key_id_of(board, clerk, "m-01") == seen["M-01"]  # as typed or as printed
    assert keys_views.key_id_of(board, clerk, "F12") == seen["F12"]
    with pytest.raises(NotFound, match="key"):
        keys_views.key_id_of(board, clerk, "Z-99")


def test_register_and_board(board, manager, clerk):
    seen = keys_views.board(board, clerk)
    assert [(k.code, k.hook) for k in seen] == [("M-01", "A1"), ("F12", "A2"), ("R-3", "B1")]
    master = seen[0]
    assert master.restricted  # a master key is restricted whatever the form said
    assert all(k.state is KeyState.IN for k in seen)
    assert keys_views.find_key(board, clerk, " m-01 ").code == "M-01"
    assert keys_views.find_key(board, clerk, "nope") is None
    assert_verifies(board.db)


@pytest.mark.parametrize(
    "over, field",
    [
        ({"code": "F12"}, "code"),  # already registered
        ({"code": "f 12"}, "code"),  # the same code, typed differently
        ({"hook_row": 1, "hook_col": 2}, "hook_row"),  # hook taken
        ({"label": " "}, "label"),
        ({"key_type": "spoon"}, "key_type"),
        ({"hook_row": 0}, "hook_row"),
        ({"code": "bad code!"}, "code"),
    ],
)
def test_bad_registration(board, manager, over, field):
    values = dict(code="S-1", label="Service", key_type="service", hook_row=3, hook_col=3)
    values.update(over)
    before = counts(board.db)
    with pytest.raises(ValidationError) as err:
        keys_commands.add_key(board, manager, **values)
    assert err.value.field == field
    assert counts(board.db) == before


def test_only_a_manager_keeps_the_register(board, clerk, supervisor):
    for actor in (clerk, supervisor):
        with pytest.raises(PermissionDenied):
            keys_commands.add_key(
                board, actor, code="X", label="X", key_type="other", hook_row=9, hook_col=9
            )


def test_retire_and_move(board, manager, clerk):
    moved = keys_commands.update_key(
        board,
        manager,
        "R-3",
        label="Radio 3 (old)",
        key_type="radio",
        hook_row=5,
        hook_col=5,
        restricted=False,
    )
    assert moved.hook == "E5"
    keys_commands.retire_key(board, manager, "R-3", "Worn out")
    assert "R-3" not in [k.code for k in keys_views.board(board, clerk)]
    assert "R-3" in [k.code for k in keys_views.board(board, clerk, include_retired=True)]
    with pytest.raises(ValidationError, match="retired"):
        lend(board, clerk, "R-3")
    # Its hook is free again.
    keys_commands.add_key(
        board, manager, code="R-4", label="Radio 4", key_type="radio", hook_row=5, hook_col=5
    )


# --- issue and return ----------------------------------------------------------------------------


def test_issue_and_return(board, clerk, clock):
    out = lend(board, clerk)
    assert out.state is KeyState.OUT and out.holder_name == clerk.name
    assert out.out_since == clock.now() and not out.overdue
    clock.advance(timedelta(hours=3))
    assert keys_views.overdue_count(board) == 1
    assert keys_views.find_key(board, clerk, "F12").overdue
    back = keys_commands.return_key(board, clerk, "f12")
    assert back.state is KeyState.IN and back.holder_name is None
    assert keys_views.overdue_count(board) == 0
    moves = keys_views.history(board, clerk, key_id=back.id).rows
    assert [m.kind for m in moves] == [Movement.RETURN, Movement.ISSUE]
    assert moves[0].holder_name == clerk.name
    # An ordinary key's loan is not a duty-log entry; the key book is its record.
    assert not [e for e in list_entries(board, clerk).rows if e.key_id]
    assert_verifies(board.db)


def test_outside_person_needs_identity(board, clerk):
    base = dict(
        holder_kind="outside", holder_id=None, holder_name="Иван Подрядчик", company="Лифт-Сервис"
    )
    with pytest.raises(ValidationError) as err:
        lend(board, clerk, **base)
    assert err.value.field == "id_document"
    with pytest.raises(ValidationError) as err:
        lend(board, clerk, **base, id_document="passport", id_last_four="12")
    assert err.value.field == "id_last_four"
    out = lend(board, clerk, **base, id_document="company_id", id_last_four="ab12")
    move = keys_views.history(board, clerk, key_id=out.id).rows[0]
    assert (move.company, move.id_last_four) == ("Лифт-Сервис", "AB12")


@pytest.mark.parametrize(
    "code, over, error, field",
    [
        ("F12", {"purpose": " "}, ValidationError, "purpose"),
        ("F12", {"expected_back": None}, ValidationError, "expected_back"),
        ("F12", {"holder_id": None}, ValidationError, "holder"),
        ("F12", {"holder_id": "nobody"}, ValidationError, "holder"),
        ("NOPE", {}, NotFound, "code"),
    ],
)
def test_bad_issue_writes_nothing(board, clerk, code, over, error, field):
    before = counts(board.db)
    with pytest.raises(error) as err:
        lend(board, clerk, code, **over)
    assert err.value.field == field
    assert counts(board.db) == before


def test_issuing_a_key_that_is_out_names_its_holder(board, clerk, supervisor):
    lend(board, supervisor)
    before = counts(board.db)
    with pytest.raises(ValidationError) as err:
        lend(board, clerk)
    assert err.value.params["holder"] == supervisor.name
    assert counts(board.db) == before


def test_returning_a_key_that_is_in(board, clerk):
    with pytest.raises(ValidationError, match="not issued"):
        keys_commands.return_key(board, clerk, "F12")


def test_expected_back_in_the_past(board, clerk, clock):
    with pytest.raises(ValidationError) as err:
        lend(board, clerk, expected_back=clock.now() - timedelta(hours=1))
    assert err.value.field == "expected_back"


# --- restricted keys ------------------------------------------------------------------------------


def test_clerk_may_not_issue_a_master_key(board, clerk):
    before = counts(board.db)
    with pytest.raises(PermissionDenied):
        lend(board, clerk, "M-01", pin=CLERK_PIN)
    assert counts(board.db) == before


def test_master_key_needs_the_pin_and_comes_back_within_the_limit(board, supervisor, clock):
    with pytest.raises(ValidationError) as err:
        lend(board, supervisor, "M-01")
    assert err.value.field == "pin"
    with pytest.raises(AuthenticationFailed):
        lend(board, supervisor, "M-01", pin="0000")
    with pytest.raises(ValidationError) as err:
        lend(
            board,
            supervisor,
            "M-01",
            pin=SUPERVISOR_PIN,
            expected_back=clock.now() + timedelta(hours=9),
        )
    assert err.value.field == "expected_back" and err.value.params == {"hours": 8}
    out = lend(board, supervisor, "M-01", pin=SUPERVISOR_PIN, purpose="Room 1203, guest locked out")
    assert out.state is KeyState.OUT
    keys_commands.return_key(board, supervisor, "M-01")
    texts = [e.text for e in list_entries(board, supervisor).rows if e.key_id == out.id]
    assert len(texts) == 2
    assert "M-01" in texts[1] and "Room 1203" in texts[1]  # the issue, older
    assert "returned" in texts[0]
    assert_verifies(board.db)


def test_manager_allows_clerks_and_sets_the_limit(board, manager, clerk, clock):
    with pytest.raises(PermissionDenied):
        keys_commands.set_policy(board, clerk, KeyPolicy())
    with pytest.raises(ValidationError):
        keys_commands.set_policy(board, manager, KeyPolicy(frozenset({Role.CLERK}), 4))
    keys_commands.set_policy(board, manager, KeyPolicy(frozenset({Role.CLERK, Role.MANAGER}), 4))
    with pytest.raises(ValidationError) as err:
        lend(board, clerk, "M-01", pin=CLERK_PIN, expected_back=clock.now() + timedelta(hours=5))
    assert err.value.params == {"hours": 4}
    assert lend(board, clerk, "M-01", pin=CLERK_PIN).state is KeyState.OUT


# --- lost, damaged, restored ---------------------------------------------------------------------


def test_lost_key_leaves_the_board_with_an_incident(board, clerk, supervisor):
    lend(board, clerk)
    with pytest.raises(ValidationError) as err:
        keys_commands.report_key(board, clerk, "F12", "lost", " ")
    assert err.value.field == "reason"
    off = keys_commands.report_key(board, clerk, "F12", "lost", "Dropped in the lift shaft")
    assert off.state is KeyState.OFF and off.holder_name is None
    entry = next(e for e in list_entries(board, clerk).rows if e.key_id == off.id)
    assert entry.category.value == "incident" and "lift shaft" in entry.text
    with pytest.raises(ValidationError, match="off the board"):
        lend(board, clerk)
    with pytest.raises(PermissionDenied):
        keys_commands.restore_key(board, clerk, "F12", "Found by engineering")
    back = keys_commands.restore_key(board, supervisor, "F12", "Found by engineering")
    assert back.state is KeyState.IN
    assert [m.kind for m in keys_views.history(board, clerk, key_id=back.id).rows] == [
        Movement.RESTORE,
        Movement.LOST,
        Movement.ISSUE,
    ]
    assert_verifies(board.db)


def test_report_needs_lost_or_damaged(board, clerk):
    with pytest.raises(ValidationError) as err:
        keys_commands.report_key(board, clerk, "F12", "stolen?", "gone")
    assert err.value.field == "kind"


# --- counting the board ---------------------------------------------------------------------------


def test_board_count(board, clerk, supervisor):
    lend(board, supervisor)  # F12 is out
    ok = keys_commands.record_count(board, clerk, ["m-01", "R-3"])
    assert ok.matches and ok.expected == 2
    bad = keys_commands.record_count(board, clerk, ["M-01", "F12", "Z-9"])
    assert not bad.matches
    assert (bad.missing, bad.unexpected, bad.unknown) == (["R-3"], ["F12"], ["Z-9"])
    assert keys_views.last_count(board, clerk) == bad
    logged = [e.text for e in list_entries(board, clerk).rows if "R-3" in e.text]
    assert logged  # a count that does not match is written to the log
    assert_verifies(board.db)


# --- history -----------------------------------------------------------------------------------


def test_history_per_person_is_keyset(board, clerk, supervisor, clock):
    for _ in range(4):
        lend(board, clerk)
        clock.advance(timedelta(minutes=5))
        keys_commands.return_key(board, clerk, "F12")
    lend(board, supervisor, "R-3")
    seen, cursor = [], None
    while True:
        page = keys_views.history(board, clerk, person_id=clerk.id, before=cursor, limit=3)
        seen += page.rows
        cursor = page.next_cursor
        if cursor is None:
            break
    assert len(seen) == 8 and all(m.key_code == "F12" for m in seen)
    assert [m.num for m in seen] == sorted((m.num for m in seen), reverse=True)
    assert keys_views.history(board, clerk, person_id=supervisor.id).rows[0].key_code == "R-3"


# --- two stations ------------------------------------------------------------------------------


def test_two_stations_issuing_one_key(db_url, board, clerk, supervisor):
    desks = [Desk(db=connect(db_url), station=f"Desk {i}", clock=board.clock) for i in (1, 2)]
    start = threading.Barrier(2)
    results: list[object] = [None, None]
    actors = (clerk, supervisor)

    def station(i: int) -> None:
        try:
            start.wait(timeout=30)
            results[i] = lend(desks[i], actors[i], purpose=f"station {i}")
        except Exception as exc:  # the test looks at what was raised
            results[i] = exc

    try:
        threads = [threading.Thread(target=station, args=(i,)) for i in (0, 1)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
    finally:
        for d in desks:
            d.db.dispose()
    kinds = sorted(type(r).__name__ for r in results)
    assert kinds == ["KeyView", "ValidationError"], results
    winner = next(r for r in results if isinstance(r, keys_views.KeyView))
    loser = next(r for r in results if isinstance(r, ValidationError))
    assert loser.params["holder"] == winner.holder_name
    with board.db.read() as conn:
        issues = conn.execute(
            select(func.count()).select_from(key_movement).where(key_movement.c.kind == "issue")
        ).scalar_one()
    assert issues == 1
    assert_verifies(board.db)
