"""verify changes nothing: a read-only open, never a migration, never a new file.

An empty, foreign or missing file is a clear error (exit 2) and stays as it was to the byte; a
backup on read-only media can be checked; a database of an older schema is checked as it is.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest
from alembic import command

from desk_app.cli import main
from desk_app.services.log import commands as log_commands
from desk_app.store import migrate
from desk_app.store.backup import backup_database
from desk_app.store.database import connect, open_readonly
from desk_app.store.verify import verify
from tests.readonly import read_only


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


def _state(folder):
    """Every file in the folder and its bytes' digest: what 'changes nothing' means."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_an_empty_file_is_refused_and_left_empty(tmp_path, capsys):
    path = tmp_path / "empty.sqlite"
    path.touch()
    assert main(["--db", str(path), "verify"]) == 2
    assert "is empty" in capsys.readouterr().err
    assert path.read_bytes() == b""
    assert _state(tmp_path) == {"empty.sqlite": hashlib.sha256(b"").hexdigest()}


def test_a_foreign_file_is_refused_byte_for_byte(tmp_path, capsys):
    path = tmp_path / "shop.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    raw.close()
    before = _state(tmp_path)
    assert main(["--db", str(path), "verify"]) == 2
    assert "not a DutyDesk database" in capsys.readouterr().err
    assert _state(tmp_path) == before


def test_a_missing_file_is_not_created(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "nothing.sqlite"), "verify"]) == 2
    assert "There is no database" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_verify_of_a_closed_book_changes_no_file(db, desk, manager, tmp_path, capsys):
    log_commands.record_entry(desk, manager, category="note", text="Смена принята")
    db.dispose()
    before = _state(tmp_path)
    assert main(["--db", str(db.sqlite_path), "verify"]) == 0
    assert _state(tmp_path) == before  # no -wal, no -shm, nothing rewritten


def test_verify_never_migrates_an_older_database(db, desk, manager, tmp_path):
    log_commands.record_entry(desk, manager, category="note", text="До обновления")
    with db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0005")
    db.dispose()
    before = _state(tmp_path)
    older = open_readonly(str(db.sqlite_path))
    try:
        report = verify(older)
    finally:
        older.dispose()
    assert report.ok, [p.describe() for p in report.problems]
    assert _state(tmp_path) == before
    with sqlite3.connect(db.sqlite_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
    raw.close()


def test_a_backup_on_read_only_media_is_checked(db, desk, manager, tmp_path, capsys):
    log_commands.record_entry(desk, manager, category="note", text="В архив")
    made = backup_database(db).path
    media = tmp_path / "dvd"
    media.mkdir()
    shutil.copy(made, media / made.name)
    before = _state(media)
    with read_only(media):
        assert main(["--db", str(media / made.name), "verify"]) == 0
        assert capsys.readouterr().out.startswith("ok:")
    assert _state(media) == before


def test_the_live_book_is_checked_while_the_desk_writes(db, desk, manager):
    """With the desk open (its WAL beside the file) the read-only open reads through the WAL."""
    log_commands.record_entry(desk, manager, category="note", text="Пока открыто")
    reader = open_readonly(str(db.sqlite_path))
    try:
        assert not reader.immutable
        log_commands.record_entry(desk, manager, category="note", text="Ещё одна")
        report = verify(reader)
    finally:
        reader.dispose()
    assert report.ok, [p.describe() for p in report.problems]


def test_a_read_only_open_cannot_write(db, desk, manager):
    from desk_app.domain.errors import StorageError

    log_commands.record_entry(desk, manager, category="note", text="x")
    reader = open_readonly(str(db.sqlite_path))
    try:
        with pytest.raises(StorageError), reader.write():
            pass  # pragma: no cover
    finally:
        reader.dispose()


def test_opening_a_foreign_wal_file_leaves_it_as_it_was(tmp_path):
    """Point 5: the journal mode of another program's file is not switched before refusing."""
    from desk_app.domain.errors import StorageError

    for mode in ("delete", "wal"):
        path = tmp_path / f"other-{mode}.sqlite"
        with sqlite3.connect(path) as raw:
            raw.execute(f"PRAGMA journal_mode={mode}")
            raw.execute("CREATE TABLE notes (x TEXT)")
            raw.execute("INSERT INTO notes VALUES ('keep me')")
        raw.close()
        before = path.read_bytes()
        with pytest.raises(StorageError):
            connect(str(path)).dispose()
        assert path.read_bytes() == before, mode


@pytest.mark.pg
def test_postgresql_is_verified_in_a_read_only_session(pg_database, clock):
    from desk_app.services.desk import Desk
    from tests.conftest import make_manager

    db = connect(pg_database)
    desk = Desk(db=db, station="Front", clock=clock)
    actor = make_manager(desk)
    log_commands.record_entry(desk, actor, category="note", text="x")
    db.dispose()
    reader = open_readonly(pg_database)
    try:
        assert verify(reader).ok
        from sqlalchemy import text
        from sqlalchemy.exc import DBAPIError

        with pytest.raises(DBAPIError), reader.engine.begin() as conn:
            conn.execute(text("DELETE FROM desk_meta"))
    finally:
        reader.dispose()
