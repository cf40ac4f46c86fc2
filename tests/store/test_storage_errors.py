"""The storage failing under a write is a named error in plain words, and nothing is half-written.

Each failure is made for real: a disk that is full (SQLite's page limit), a book held by another
program longer than the desk waits, a file that cannot be written, a server connection cut.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.pool import NullPool

from desk_app.domain.errors import ConnectionLost, DatabaseBusy, DatabaseReadOnly, DiskFull
from desk_app.services.log import commands as log_commands
from desk_app.store.tables import journal, log_entry
from tests.readonly import read_only


def _counts(db) -> tuple[int, int]:
    with db.read() as conn:
        return (
            conn.execute(select(func.count()).select_from(log_entry)).scalar_one(),
            conn.execute(select(func.count()).select_from(journal)).scalar_one(),
        )


def _on_every_new_connection(db, statement: str) -> None:
    db.engine.dispose()  # the pooled connections go; new ones get the setting

    @event.listens_for(db.engine, "connect")
    def _set(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute(statement)
        cur.close()


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


def test_a_full_disk_is_named_and_nothing_is_written(db, desk, manager):
    log_commands.record_entry(desk, manager, category="note", text="Смена принята")
    with db.read() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    _on_every_new_connection(db, f"PRAGMA max_page_count={pages}")
    before = _counts(db)
    with pytest.raises(DiskFull) as err:
        log_commands.record_entry(desk, manager, category="note", text="水管漏水了 " * 400)
    assert "disk is full" in err.value.message and "still in the form" in err.value.message
    assert _counts(db) == before


def test_a_book_held_too_long_is_named(db, desk, manager):
    log_commands.record_entry(desk, manager, category="note", text="x")
    _on_every_new_connection(db, "PRAGMA busy_timeout=50")
    holder = sqlite3.connect(db.sqlite_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        before = _counts(db)
        with pytest.raises(DatabaseBusy) as err:
            log_commands.record_entry(desk, manager, category="note", text="Ждём")
        assert "busy" in err.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _counts(db) == before


def test_a_file_that_cannot_be_written_is_named(db, desk, manager):
    log_commands.record_entry(desk, manager, category="note", text="x")
    db.engine.dispose()
    before = _counts(db)
    with read_only(db.sqlite_path):
        db.engine.dispose()
        with pytest.raises(DatabaseReadOnly) as err:
            log_commands.record_entry(desk, manager, category="note", text="Не сохранится")
        assert str(db.sqlite_path) in err.value.message
        db.engine.dispose()
    assert _counts(db) == before


@pytest.mark.pg
def test_a_lost_server_connection_is_named(pg_database, clock):
    from desk_app.services.desk import Desk
    from desk_app.store.database import connect
    from tests.conftest import make_manager

    db = connect(pg_database)
    try:
        desk = Desk(db=db, station="Front", clock=clock)
        actor = make_manager(desk)
        before = _counts(db)

        admin = create_engine(pg_database, poolclass=NullPool, isolation_level="AUTOCOMMIT")

        @event.listens_for(db.engine, "begin")
        def _cut(conn) -> None:  # the server drops this session as the write begins
            pid = conn.connection.dbapi_connection.info.backend_pid
            with admin.connect() as other:
                other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

        try:
            with pytest.raises(ConnectionLost) as err:
                log_commands.record_entry(desk, actor, category="note", text="Сеть упала")
        finally:
            event.remove(db.engine, "begin", _cut)
            admin.dispose()
        assert "connection to the database server" in err.value.message
        assert "password" not in err.value.message
        assert _counts(db) == before
    finally:
        db.dispose()


def test_other_database_errors_are_not_dressed_up(db, desk, manager):
    """A constraint broken by a bug stays a bug (shown with its details), not a storage error."""
    from sqlalchemy.exc import IntegrityError

    log_commands.record_entry(desk, manager, category="note", text="x")
    with pytest.raises(IntegrityError), db.write() as conn:
        conn.execute(text("INSERT INTO desk_meta (key, value) VALUES ('app', 'again')"))


@pytest.mark.pg
def test_a_server_database_that_does_not_exist_is_said_so(pg_database, capsys):
    from sqlalchemy.engine import make_url

    from desk_app.cli import main

    missing = make_url(pg_database).set(database="desk_no_such_database").render_as_string(
        hide_password=False
    )
    assert main(["--db", missing, "verify"]) == 2
    err = capsys.readouterr().err
    assert "Cannot open the database" in err and "does not exist" in err
    assert "was lost" not in err
