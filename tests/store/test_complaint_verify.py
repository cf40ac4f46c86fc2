"""verify() and ``desk-app verify`` cover complaints: an edit made behind the program's back to a
complaint, its history or the log entry that links to it is found and named.

The tampering is plain sqlite3 on the file, with the program's rules out of the way.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from desk_app.cli import main
from desk_app.services.complaints import commands as complaints_commands
from desk_app.store.verify import verify
from tests.conftest import SUPERVISOR_PIN


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


@pytest.fixture
def taken(desk, clerk, supervisor, clock):
    """Two complaints: one resolved by a supervisor with compensation, one still waiting."""
    view = complaints_commands.intake(
        desk,
        clerk,
        channel="phone",
        guest_name="Ольга Янковская",
        room="707",
        category="billing",
        severity="medium",
        text="В счёте дважды посчитан минибар",
        promised_at=clock.now() + timedelta(hours=1),
    )
    for action, who, kw in (
        ("acknowledge", clerk, {}),
        ("escalate", clerk, {"escalate_to_id": supervisor.id}),
        (
            "resolve",
            supervisor,
            {
                "outcome": "Снят минибар, извинились",
                "compensation": "600",
                "compensation_kind": "refund",
                "pin": SUPERVISOR_PIN,  # above the limit: the supervisor confirms
            },
        ),
    ):
        clock.advance(timedelta(minutes=7))
        view = complaints_commands.act(
            desk, who, view.id, action, expected_version=view.version, note=f"{action}: ок", **kw
        )
    waiting = complaints_commands.intake(
        desk,
        clerk,
        channel="walk_in",
        guest_name="王女士",
        room="915",
        category="food",
        severity="low",
        text="早餐咖啡是凉的",
        promised_at=clock.now() + timedelta(minutes=30),
    )
    assert verify(desk.db).ok
    return view, waiting


def tamper(db, sql: str, *params) -> None:
    conn = sqlite3.connect(db.sqlite_path, isolation_level=None)
    try:
        conn.execute(sql, params)
    finally:
        conn.close()


def problems(db) -> list[str]:
    return [p.describe() for p in verify(db).problems]


def test_status_edited_behind_the_back_is_named_by_the_command(db, taken, capsys):
    resolved, _waiting = taken
    assert main(["--db", db.url, "verify"]) == 0
    assert capsys.readouterr().out.startswith("ok:")
    tamper(db, "UPDATE complaint SET status = 'closed' WHERE id = ?", resolved.id)
    assert main(["--db", db.url, "verify"]) == 1
    out = capsys.readouterr().out
    assert f"complaint {resolved.id}: row changed behind the program's back" in out
    assert out.count("\n") == 1  # that row and nothing else


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE complaint SET compensation_cents = 60 WHERE id = ?",
        "UPDATE complaint SET promised_at = '2099-01-01 00:00:00.000000' WHERE id = ?",
        "UPDATE complaint SET resolved_by_id = created_by_id WHERE id = ?",
        "UPDATE complaint SET satisfaction = 5 WHERE id = ?",
        "UPDATE complaint SET version = version + 1 WHERE id = ?",
    ],
)
def test_any_complaint_column_edit_is_found(db, taken, sql):
    resolved, _ = taken
    tamper(db, sql, resolved.id)
    assert problems(db) == [f"complaint {resolved.id}: row changed behind the program's back"]


def test_history_edits_are_found(db, taken):
    resolved, _ = taken
    conn = sqlite3.connect(db.sqlite_path)
    try:
        event_id, other_id = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM complaint_event WHERE complaint_id = ? ORDER BY at LIMIT 2",
                (resolved.id,),
            )
        ]
    finally:
        conn.close()
    tamper(db, "UPDATE complaint_event SET note = 'всё хорошо' WHERE id = ?", event_id)
    conn = sqlite3.connect(db.sqlite_path, isolation_level=None)
    try:
        conn.execute("DELETE FROM complaint_event WHERE id = ?", (other_id,))
    finally:
        conn.close()
    assert sorted(problems(db)) == sorted(
        [
            f"complaint_event {event_id}: row changed behind the program's back",
            f"complaint_event {other_id}: row deleted behind the program's back",
        ]
    )


def test_unlinking_a_log_entry_from_its_complaint_is_found(db, taken):
    _, waiting = taken
    conn = sqlite3.connect(db.sqlite_path, isolation_level=None)
    try:
        (entry_id,) = conn.execute(
            "SELECT id FROM log_entry WHERE complaint_id = ?", (waiting.id,)
        ).fetchone()
        conn.execute("UPDATE log_entry SET complaint_id = NULL WHERE id = ?", (entry_id,))
    finally:
        conn.close()
    assert problems(db) == [f"log_entry {entry_id}: row changed behind the program's back"]
