"""Online backups: a consistent copy that opens and verifies, rotated, anchoring the journal."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from desk_app.domain.errors import StorageError
from desk_app.services.log import commands as log_commands
from desk_app.store import backup as backup_module
from desk_app.store.anchor import places, read_anchor, read_head
from desk_app.store.backup import KEEP, backup_database, default_backup_dir
from desk_app.store.database import connect
from desk_app.store.verify import verify


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


@pytest.fixture
def logged(desk, manager):
    return [
        log_commands.record_entry(desk, manager, category="note", text=text)
        for text in ("Смена принята", "水管漏水了", "Keys counted: 42")
    ]


def test_backup_opens_and_verifies(db, logged, tmp_path):
    result = backup_database(db)
    assert result.path.parent == default_backup_dir(db)
    assert result.path.exists()
    assert result.size == result.path.stat().st_size > 0
    assert result.removed == ()
    assert not list(result.path.parent.glob("*.partial"))
    with sqlite3.connect(result.path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    raw.close()

    # Open a copy elsewhere, as someone restoring it would.
    restore_dir = tmp_path / "restore"
    restore_dir.mkdir()
    restored_path = restore_dir / "desk.sqlite"
    shutil.copy(result.path, restored_path)
    restored = connect(str(restored_path), create=False)
    try:
        report = verify(restored)
        assert report.ok, [p.describe() for p in report.problems]
        assert read_head(restored) == read_head(db)
        with restored.read() as conn:
            texts = [r[0] for r in conn.exec_driver_sql("SELECT text FROM log_entry ORDER BY num")]
        assert texts == [e.text for e in logged]
    finally:
        restored.dispose()


def test_backup_writes_the_anchor(db, logged):
    result = backup_database(db)
    anchor = read_anchor(places(db)[0].path)
    assert anchor is not None
    assert (anchor.seq, anchor.hash) == read_head(db)
    assert result.anchor_seq == anchor.seq
    assert verify(db).ok


def test_backup_to_a_chosen_folder(db, logged, tmp_path):
    folder = tmp_path / "usb" / "backups"
    result = backup_database(db, to_dir=folder, reason="daily")
    assert result.path.parent == folder
    assert result.path.name.endswith("-daily.sqlite")


def test_rotation_keeps_the_newest(db, logged, monkeypatch):
    monkeypatch.setattr(backup_module, "KEEP", 3)
    made = [backup_database(db).path for _ in range(5)]
    folder = made[0].parent
    kept = sorted(folder.glob("desk-*.sqlite"))
    assert kept == made[-3:]
    assert not made[0].exists() and not made[1].exists()


def test_rotation_at_the_real_limit(db, logged):
    made = []
    removed = []
    for _ in range(KEEP + 2):
        result = backup_database(db)
        made.append(result.path)
        removed.extend(result.removed)
    assert sorted(made[0].parent.glob("desk-*.sqlite")) == made[-KEEP:]
    assert removed == made[:2]


def test_backup_into_an_unusable_folder(db, logged, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError) as err:
        backup_database(db, to_dir=blocker / "backups")
    assert "backup folder" in err.value.message


@pytest.mark.pg
def test_postgresql_is_backed_up_on_the_server(pg_database):
    db = connect(pg_database)
    try:
        with pytest.raises(StorageError) as err:
            backup_database(db)
        assert "pg_dump" in err.value.message
    finally:
        db.dispose()
