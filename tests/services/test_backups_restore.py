"""Restoring a backup over the book: the manager's PIN, a backup of the book first, the file
replaced whole, the anchors and backups the restored book no longer reaches set aside with a
note (so verify holds the restored book to its own anchors, and nothing is lost), the restore in
the log file; refused while another DutyDesk has the file open, and for a server's book."""

from __future__ import annotations

import json
import logging
import sqlite3

import pytest

from desk_app.domain.clock import FixedClock
from desk_app.domain.errors import (
    AuthenticationFailed,
    PermissionDenied,
    StorageError,
    ValidationError,
)
from desk_app.services import backups as backups_service
from desk_app.services import restore as restore_service
from desk_app.services.changes import journal_head
from desk_app.services.desk import Desk
from desk_app.services.log import commands as log_commands
from desk_app.services.log.views import list_entries
from desk_app.store.anchor import beside_path, read_anchor
from desk_app.store.backup_file import compress, decompress_to
from desk_app.store.database import connect
from desk_app.store.restore import staged_path
from desk_app.store.verify import verify
from tests.conftest import MANAGER_PIN, START, make_manager


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


def _note(desk, actor, text: str) -> None:
    log_commands.record_entry(desk, actor, category="note", text=text)


def _texts(desk, actor) -> list[str]:
    return [e.text for e in list_entries(desk, actor).rows]


@pytest.fixture
def backed_up(desk, manager, clerk):
    """A book with an entry, its backup, and an entry written after the backup."""
    _note(desk, clerk, "Смена принята")
    made = backups_service.back_up_now(desk, manager)
    _note(desk, clerk, "水管漏水了 after the backup")
    desk.db.anchors.flush_now()
    return made


def test_restore_puts_the_backup_in_the_books_place(desk, manager, backed_up, caplog):
    book = desk.db.sqlite_path
    assert "水管漏水了 after the backup" in _texts(desk, manager)
    before_head = journal_head(desk)
    with caplog.at_level(logging.WARNING, logger="desk_app"):
        done = restore_service.restore_backup(desk, manager, backed_up.path, MANAGER_PIN)
    # The book holds what the backup held, opened anew (desk.db is the new handle).
    assert desk.db.sqlite_path == book and not desk.db.read_only
    assert done.actor is not None and done.actor.id == manager.id  # signed in with the same PIN
    texts = _texts(desk, done.actor)
    assert "Смена принята" in texts and "水管漏水了 after the backup" not in texts
    assert done.head_after == backed_up_seq(backed_up) and done.head_before > done.head_after
    # Not a backup any more: no backup marks in the book.
    with sqlite3.connect(book) as raw:
        keys = {k for (k,) in raw.execute("SELECT key FROM desk_meta")}
    raw.close()
    assert not any(k.startswith("backup_") for k in keys)

    # The evidence: the book as it was (a backup of it), the anchors it had, and a note.
    evidence = done.evidence
    assert evidence.parent == book.with_name("backups")
    assert done.before_restore.parent == evidence and done.before_restore.exists()
    assert (evidence / "anchors" / beside_path(book).name).exists()
    note = json.loads((evidence / "restore.json").read_text(encoding="utf-8"))
    assert note["by"] == manager.name and note["backup"] == backed_up.path.name
    assert note["head_before"][0] == done.head_before == before_head
    assert note["head_after"][0] == done.head_after
    # The way back is kept: the evidence's backup holds every entry, and checks whole.
    assert backups_service.verify_backup(desk, manager, done.before_restore).ok
    # verify holds the restored book to its own anchors again, and they follow it.
    report = verify(desk.db)
    assert report.ok, [p.describe() for p in report.problems]
    assert desk.db.anchors.problem is None
    desk.db.anchors.flush_now()
    assert read_anchor(beside_path(book)).seq >= done.head_after
    # The Backups window lists the restore and the backup set aside.
    (restore,) = restore_service.restores(desk)
    assert restore.by == manager.name and restore.head_before == done.head_before
    rows = backups_service.list_backups(desk, manager).rows
    assert [r.set_aside for r in rows if r.path == done.before_restore] == [True]
    # The log file says it.
    assert any("restored from" in r.getMessage() for r in caplog.records)


def backed_up_seq(made) -> int:
    from desk_app.store.backup import read_backup

    return read_backup(made.path).seq


def test_a_wrong_pin_restores_nothing(desk, manager, backed_up):
    book = desk.db.sqlite_path
    with pytest.raises(AuthenticationFailed) as wrong:
        restore_service.restore_backup(desk, manager, backed_up.path, "000000")
    assert wrong.value.field == "pin"
    assert "水管漏水了 after the backup" in _texts(desk, manager)
    assert [p.name for p in book.with_name("backups").iterdir()] == [backed_up.path.name]


def test_only_a_manager_restores(desk, manager, supervisor, backed_up, pins):
    with pytest.raises(PermissionDenied):
        restore_service.restore_backup(desk, supervisor, backed_up.path, pins["supervisor"])
    assert "水管漏水了 after the backup" in _texts(desk, manager)


def test_another_books_backup_is_refused(desk, manager, backed_up, tmp_path):
    other = Desk(
        db=connect(str(tmp_path / "other.sqlite")), station="Other", clock=FixedClock(START)
    )
    try:
        other_manager = make_manager(other)
        _note(other, other_manager, "another hotel")
        foreign = backups_service.back_up_now(other, other_manager).path
    finally:
        other.db.dispose()
    with pytest.raises(ValidationError):
        restore_service.restore_backup(desk, manager, foreign, MANAGER_PIN)


def test_the_same_head_is_nothing_to_restore(desk, manager, clerk):
    _note(desk, clerk, "Смена принята")
    made = backups_service.back_up_now(desk, manager)
    with pytest.raises(ValidationError):
        restore_service.restore_backup(desk, manager, made.path, MANAGER_PIN)


def test_refused_while_another_desk_has_the_book_open(desk, manager, backed_up):
    book = desk.db.sqlite_path
    other = sqlite3.connect(book)  # another DutyDesk: the WAL stays while it is open
    try:
        other.execute("SELECT count(*) FROM log_entry").fetchone()
        with pytest.raises(StorageError) as busy:
            restore_service.restore_backup(desk, manager, backed_up.path, MANAGER_PIN)
    finally:
        other.close()
    assert "every station" in busy.value.message
    # The book is open again, as it was; the backup written out beside it is gone.
    assert "水管漏水了 after the backup" in _texts(desk, manager)
    assert verify(desk.db).ok
    assert not staged_path(book).exists()


def _book_as_it_was(desk, manager, book):
    assert "水管漏水了 after the backup" in _texts(desk, manager)
    assert verify(desk.db).ok
    assert not staged_path(book).exists()
    assert restore_service.restores(desk) == []


def test_a_damaged_backup_restores_nothing(desk, manager, backed_up):
    book = desk.db.sqlite_path
    data = bytearray(backed_up.path.read_bytes())
    data[-200] ^= 0x55
    backed_up.path.write_bytes(bytes(data))
    with pytest.raises(StorageError) as damaged:
        restore_service.restore_backup(desk, manager, backed_up.path, MANAGER_PIN)
    assert "is damaged" in damaged.value.message
    _book_as_it_was(desk, manager, book)
    # Stopped before the book was backed up: nothing was made for nothing.
    assert [p.name for p in book.with_name("backups").iterdir()] == [backed_up.path.name]


def test_a_backup_whose_header_does_not_match_its_book_restores_nothing(desk, manager, backed_up):
    from dataclasses import replace

    book = desk.db.sqlite_path
    inside = book.with_name("inside.sqlite")
    header = decompress_to(backed_up.path, inside)
    # Decompressed whole (its indexes rebuilt): compressed again as a whole copy.
    compress(inside, backed_up.path, replace(header, seq=header.seq - 1))
    inside.unlink()
    with pytest.raises(StorageError) as damaged:
        restore_service.restore_backup(desk, manager, backed_up.path, MANAGER_PIN)
    assert "journal row" in damaged.value.message
    # The book as it was (verify names the forged header's head, as it should: not checked).
    assert "水管漏水了 after the backup" in _texts(desk, manager)
    assert not staged_path(book).exists()


def test_an_uncompressed_backup_of_before_is_restored(desk, manager, backed_up):
    plain = backed_up.path.with_name(backed_up.path.name.removesuffix(".zst"))
    decompress_to(backed_up.path, plain)
    backed_up.path.unlink()
    done = restore_service.restore_backup(desk, manager, plain, MANAGER_PIN)
    texts = _texts(desk, done.actor)
    assert "Смена принята" in texts and "水管漏水了 after the backup" not in texts
    assert verify(desk.db).ok


def test_a_server_book_is_not_restored_here(pg_database, tmp_path):
    desk = Desk(db=connect(pg_database), station="Server desk", clock=FixedClock(START))
    try:
        manager = make_manager(desk)
        with pytest.raises(StorageError) as refused:
            restore_service.restore_backup(desk, manager, tmp_path / "x.sqlite", MANAGER_PIN)
        assert "server administrator" in refused.value.message
        assert restore_service.restores(desk) == []
    finally:
        desk.db.dispose()
