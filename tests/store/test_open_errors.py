"""Opening a database that cannot be used says why, in a StorageError, and leaves it alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desk_app.domain.errors import StorageError
from desk_app.store.database import connect
from tests.readonly import read_only


def open_error(target: str | Path, **kw) -> StorageError:
    with pytest.raises(StorageError) as err:
        db = connect(str(target), **kw)
        db.dispose()  # pragma: no cover - only reached when the test is about to fail
    return err.value


def test_missing_folder(tmp_path):
    folder = tmp_path / "no such folder"
    err = open_error(folder / "desk.sqlite")
    assert "does not exist" in err.message
    assert str(folder) in err.message
    assert not folder.exists()


def test_missing_file_when_not_creating(tmp_path):
    err = open_error(tmp_path / "desk.sqlite", create=False)
    assert "There is no database" in err.message
    assert not (tmp_path / "desk.sqlite").exists()


def test_a_folder_instead_of_a_file(tmp_path):
    (tmp_path / "desk.sqlite").mkdir()
    err = open_error(tmp_path / "desk.sqlite")
    assert "is not a file" in err.message


def test_in_memory_database_is_refused():
    err = open_error("sqlite://")
    assert "in-memory" in err.message


def test_read_only_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        err = open_error(folder / "desk.sqlite")
        assert not (folder / "desk.sqlite").exists()
    assert "read-only" in err.message
    assert str(folder) in err.message


def test_read_only_file(tmp_path):
    path = tmp_path / "desk.sqlite"
    connect(str(path)).dispose()
    with read_only(path):
        err = open_error(path)
    assert "read-only" in err.message
    assert str(path) in err.message



def test_not_an_sqlite_file(tmp_path):
    path = tmp_path / "notes.sqlite"
    content = "Смена 1: всё спокойно\n".encode() * 20
    path.write_bytes(content)
    err = open_error(path)
    assert "not an SQLite file" in err.message
    assert str(path) in err.message
    assert path.read_bytes() == content  # untouched


def test_a_damaged_sqlite_file(tmp_path):
    path = tmp_path / "damaged.sqlite"
    content = b"SQLite format 3\x00" + b"\xff" * 4080
    path.write_bytes(content)
    err = open_error(path)
    assert "cannot be read" in err.message
    assert str(path) in err.message
    assert path.read_bytes() == content  # untouched


def test_an_sqlite_file_of_another_program(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        raw.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    raw.close()
    err = open_error(path)
    assert "not a DutyDesk database" in err.message
    assert "invoices" in err.message
    with sqlite3.connect(path) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    raw.close()
    assert tables == {"invoices"}  # nothing of ours was added


def test_a_foreign_database_with_an_alembic_table(tmp_path):
    # Another Alembic-managed program's file is not ours either, whatever its revision.
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        raw.execute("INSERT INTO alembic_version VALUES ('abc123')")
        raw.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)")
    raw.close()
    err = open_error(path)
    assert "not a DutyDesk database" in err.message


def test_a_database_from_a_newer_version(tmp_path):
    path = tmp_path / "desk.sqlite"
    db = connect(str(path))
    with db.write() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    err = open_error(path)
    assert "newer DutyDesk" in err.message
    assert "9999_future" in err.message
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_future",)
    raw.close()


@pytest.mark.pg
def test_postgresql_database_of_another_program(pg_database):
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(pg_database, poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id serial PRIMARY KEY)"))
    engine.dispose()
    err = open_error(pg_database)
    assert "not a DutyDesk database" in err.message


@pytest.mark.pg
def test_postgresql_database_from_a_newer_version(pg_database):
    db = connect(pg_database)
    with db.write() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    err = open_error(pg_database)
    assert "newer DutyDesk" in err.message


def test_unreachable_postgresql_server():
    err = open_error("postgresql+psycopg://postgres@127.0.0.1:1/nowhere?connect_timeout=2")
    assert "Cannot open the database" in err.message
