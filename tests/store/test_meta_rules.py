"""desk_meta is not journaled (a backup writes its own marks into it); verify checks it against
what the schema requires, so an edited, deleted or inserted row is named."""

from __future__ import annotations

import sqlite3

import pytest

from desk_app.services.log import commands as log_commands
from desk_app.store.backup import backup_database
from desk_app.store.backup_open import open_backup_file
from desk_app.store.meta import meta_problems
from desk_app.store.verify import verify

GOOD = {"app": "DutyDesk", "created_by": "0001", "database_id": "ab" * 16}
REVISIONS = {"0001", "0007"}


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


def test_the_rules_themselves():
    assert meta_problems(GOOD, REVISIONS) == []
    assert meta_problems({**GOOD, "app": "Other"}, REVISIONS) == [("app", "not DutyDesk's mark")]
    assert meta_problems({**GOOD, "database_id": "x"}, REVISIONS) == [
        ("database_id", "not a database id")
    ]
    assert meta_problems({**GOOD, "note": "hi"}, REVISIONS) == [("note", "not a key DutyDesk writes")]
    missing = dict(GOOD)
    del missing["created_by"]
    assert meta_problems(missing, REVISIONS) == [("created_by", "missing")]
    marks = {
        "backup_made_at": "2026-12-06T10:00:00+00:00",
        "backup_reason": "daily",
        "backup_journal_seq": "12",
        "backup_journal_hash": "cd" * 32,
    }
    assert meta_problems({**GOOD, **marks}, REVISIONS) == []
    partial = {**GOOD, "backup_journal_seq": "12"}
    assert meta_problems(partial, REVISIONS) == [
        ("backup_journal_seq", "backup mark without the others")
    ]


@pytest.mark.parametrize(
    ("sql", "key"),
    [
        ("UPDATE desk_meta SET value = 'not-an-id' WHERE key = 'database_id'", "database_id"),
        ("DELETE FROM desk_meta WHERE key = 'created_by'", "created_by"),
        ("INSERT INTO desk_meta VALUES ('owner', 'someone')", "owner"),
        ("UPDATE desk_meta SET value = '9999' WHERE key = 'created_by'", "created_by"),
    ],
)
def test_a_changed_desk_meta_row_is_named(db, desk, manager, sql, key):
    log_commands.record_entry(desk, manager, category="note", text="x")
    with sqlite3.connect(db.sqlite_path) as raw:
        raw.execute(sql)
    raw.close()
    problems = [(p.table, p.id, p.what) for p in verify(db).problems]
    assert problems == [("desk_meta", key, "meta")]


def test_a_backup_with_its_marks_verifies(db, desk, manager):
    log_commands.record_entry(desk, manager, category="note", text="x")
    made = backup_database(db).path
    copy = open_backup_file(made)  # compressed: read from a decompressed temporary copy
    try:
        report = verify(copy)
    finally:
        copy.dispose()
    assert report.ok, [p.describe() for p in report.problems]
    assert [s.source for s in report.anchors if s.binding] == ["the anchor inside this backup"]


def test_a_database_from_before_ids_needs_none():
    old = {"app": "DutyDesk", "created_by": "0001"}
    assert meta_problems(old, REVISIONS, "0006") == []
    assert meta_problems(old, REVISIONS, "0007") == [("database_id", "missing")]


def test_a_backup_taken_before_the_upgrade_to_ids_verifies(db, desk, manager, tmp_path):
    """The backup taken before an upgrade holds the old schema, without an id: verify checks
    it as it is."""
    from alembic import command

    from desk_app.store import migrate
    from desk_app.store.database import connect

    log_commands.record_entry(desk, manager, category="note", text="До обновления")
    with db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0006")
        conn.exec_driver_sql("DELETE FROM desk_meta WHERE key = 'database_id'")
    db.dispose()
    for place in db.anchors.places:
        place.path.unlink(missing_ok=True)
    upgraded = connect(str(db.sqlite_path))  # takes the before-upgrade backup, then upgrades
    upgraded.dispose()
    (before,) = (db.sqlite_path.parent / "backups").glob("*before-upgrade*")
    old = open_backup_file(before)
    try:
        report = verify(old)
    finally:
        old.dispose()
    assert report.ok, [p.describe() for p in report.problems]
