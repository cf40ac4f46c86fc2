"""Admin → Backups' services: the list, a check kept for the session, a backup made now, the
second folder, a backup opened to be read; what a PostgreSQL book says instead."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desk_app.domain.errors import (
    DatabaseReadOnly,
    NotFound,
    PermissionDenied,
    StorageError,
    ValidationError,
)
from desk_app.services import backups as backups_service
from desk_app.services import first_steps
from desk_app.services.log import commands as log_commands
from desk_app.services.log.views import list_entries
from desk_app.store.backup import backup_database
from tests.conftest import make_person


@pytest.fixture
def sqlite_only(desk):
    if desk.db.sqlite_path is None:
        pytest.skip("backups of a server's book are the server's")
    return desk


def _note(desk, actor, text: str) -> None:
    log_commands.record_entry(desk, actor, category="note", text=text)


def test_the_list_newest_first_with_what_each_holds(sqlite_only, manager, supervisor):
    desk = sqlite_only
    _note(desk, manager, "Смена принята")
    first = backups_service.back_up_now(desk, supervisor)  # a supervisor may make one
    _note(desk, manager, "水管漏水了")
    second = backups_service.back_up_now(desk, manager)
    view = backups_service.list_backups(desk, supervisor)
    assert not view.on_server and view.second_folder is None
    assert [r.path for r in view.rows] == [second.path, first.path]
    newest, oldest = view.rows
    assert newest.seq > oldest.seq and newest.in_chain and oldest.in_chain
    assert newest.reason == "manual" and newest.size == second.size
    assert newest.made_at is not None and newest.verdict is None
    assert not newest.set_aside


def test_a_clerk_sees_no_backups(sqlite_only, manager, clerk):
    with pytest.raises(PermissionDenied):
        backups_service.list_backups(sqlite_only, clerk)
    with pytest.raises(PermissionDenied):
        backups_service.back_up_now(sqlite_only, clerk)


def test_a_check_is_kept_for_the_session_until_the_file_changes(sqlite_only, manager):
    desk = sqlite_only
    _note(desk, manager, "Keys counted: 42")
    made = backups_service.back_up_now(desk, manager)
    calls = []
    verdict = backups_service.verify_backup(
        desk, manager, made.path, lambda done, total: calls.append(done)
    )
    assert verdict.ok and verdict.problems == 0 and verdict.journal_rows > 0
    assert calls  # the progress was told
    assert backups_service.list_backups(desk, manager).rows[0].verdict == verdict
    # The file changed since (as by hand): checked again, not taken from the session's memory.
    stat = made.path.stat()
    os.utime(made.path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert backups_service.known_verdict(made.path) is None
    assert backups_service.list_backups(desk, manager).rows[0].verdict is None


def test_a_damaged_backup_is_checked_with_problems(sqlite_only, manager):
    import sqlite3

    desk = sqlite_only
    _note(desk, manager, "Смена принята")
    made = backups_service.back_up_now(desk, manager)
    with sqlite3.connect(made.path) as raw:
        raw.execute("UPDATE log_entry SET text = 'changed'")
    raw.close()
    verdict = backups_service.verify_backup(desk, manager, made.path)
    assert not verdict.ok and verdict.problems >= 1


def test_only_this_books_backups(sqlite_only, manager, tmp_path):
    stray = tmp_path / "notes.sqlite"
    stray.write_bytes(b"not a database")
    with pytest.raises(NotFound):
        backups_service.verify_backup(sqlite_only, manager, stray)
    with pytest.raises(NotFound):
        backups_service.open_backup(sqlite_only, manager, tmp_path / "none.sqlite")


def test_the_second_folder_is_set_checked_and_copied_to(sqlite_only, manager, supervisor, tmp_path):
    desk = sqlite_only
    usb = tmp_path / "usb"
    with pytest.raises(ValidationError) as missing:
        backups_service.set_second_folder(desk, manager, str(usb))
    assert missing.value.field == "second_folder"
    with pytest.raises(ValidationError):
        backups_service.set_second_folder(desk, manager, "relative/folder")
    with pytest.raises(ValidationError):  # the book's own backups folder is no second copy
        backups_service.set_second_folder(desk, manager, str(desk.db.sqlite_path.parent))
    usb.mkdir()
    with pytest.raises(PermissionDenied):  # the book's setting: the manager's
        backups_service.set_second_folder(desk, supervisor, str(usb))
    assert backups_service.set_second_folder(desk, manager, str(usb)) == usb.resolve()

    made = backups_service.back_up_now(desk, manager)
    assert made.second_error is None and made.second_copy == usb.resolve() / made.path.name
    assert made.second_copy.read_bytes() == made.path.read_bytes()
    view = backups_service.list_backups(desk, manager)
    assert view.second_folder == usb.resolve() and view.second_newest is not None

    # The stick pulled out: the backup beside the book is made all the same, and says why not.
    usb.rename(tmp_path / "elsewhere")
    daily = backup_database(desk.db, reason="daily")
    assert daily.path.exists() and daily.second_copy is None
    assert daily.second_error and "not there" in daily.second_error
    assert not usb.exists()  # its mount point was not made into a folder on the local disk

    assert backups_service.set_second_folder(desk, manager, "") is None
    assert backups_service.list_backups(desk, manager).second_folder is None


def test_a_backup_opened_to_be_read(sqlite_only, manager, supervisor, clerk):
    desk = sqlite_only
    _note(desk, clerk, "Смена принята")
    made = backups_service.back_up_now(desk, manager)
    before = made.path.read_bytes()
    _note(desk, clerk, "written after the backup")
    backup = backups_service.open_backup(desk, supervisor, made.path)
    try:
        texts = [e.text for e in list_entries(backup, supervisor).rows]
        assert "Смена принята" in texts and "written after the backup" not in texts
        with pytest.raises(DatabaseReadOnly):
            _note(backup, supervisor, "into the backup")
        with pytest.raises(StorageError):
            backups_service.back_up_now(backup, supervisor)
    finally:
        backup.db.dispose()
    assert made.path.read_bytes() == before  # not a byte written
    assert not list(made.path.parent.glob("*-wal"))  # nothing beside it either
    with pytest.raises(PermissionDenied):
        backups_service.open_backup(desk, clerk, made.path)


def test_someone_added_after_the_backup_cannot_open_it(sqlite_only, manager):
    desk = sqlite_only
    made = backups_service.back_up_now(desk, manager)
    time.sleep(0.01)
    newcomer = make_person(desk, manager, "Olga New", "supervisor", "246810")
    with pytest.raises(PermissionDenied) as refused:
        backups_service.open_backup(desk, newcomer, made.path)
    assert "when this backup was made" in refused.value.message


def test_a_server_book_has_its_backups_on_the_server(desk, manager):
    if desk.db.sqlite_path is not None:
        pytest.skip("PostgreSQL only")
    view = backups_service.list_backups(desk, manager)
    assert view.on_server and view.rows == ()
    with pytest.raises(StorageError):
        backups_service.back_up_now(desk, manager)
    with pytest.raises(StorageError):
        backups_service.set_second_folder(desk, manager, str(Path.home()))
    keys = {s.key for s in first_steps.first_steps(desk, manager, label_printer_chosen=False)}
    assert first_steps.StepKey.SECOND_BACKUP not in keys
