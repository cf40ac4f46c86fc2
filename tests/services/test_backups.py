"""Admin → Backups' services: the list, a check kept for the session, a backup made now, the
second folder, a backup opened to be read; what a PostgreSQL book says instead."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desk_app.domain.backup_rotation import RotationPolicy
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
from desk_app.store.backup import backup_database, default_backup_dir
from desk_app.store.backup_file import compress, decompress_to
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


def _tampered(made: Path, tmp_path: Path) -> None:
    """The backup's book changed behind the back, then compressed again as a whole backup (its
    indexes rebuilt as it was decompressed: nothing left out)."""
    import sqlite3
    from dataclasses import replace

    inside = tmp_path / "inside.sqlite"
    header = decompress_to(made, inside)
    with sqlite3.connect(inside) as raw:
        raw.execute("UPDATE log_entry SET text = 'changed'")
    raw.close()
    compress(inside, made, replace(header, size=inside.stat().st_size))


def test_a_changed_backup_is_checked_with_problems(sqlite_only, manager, tmp_path):
    desk = sqlite_only
    _note(desk, manager, "Смена принята")
    made = backups_service.back_up_now(desk, manager)
    _tampered(made.path, tmp_path)
    verdict = backups_service.verify_backup(desk, manager, made.path)
    assert not verdict.ok and verdict.problems >= 1


def test_a_damaged_backup_is_said_so(sqlite_only, manager):
    desk = sqlite_only
    _note(desk, manager, "Смена принята")
    made = backups_service.back_up_now(desk, manager)
    data = bytearray(made.path.read_bytes())
    data[-100] ^= 0x55
    made.path.write_bytes(bytes(data))
    with pytest.raises(StorageError) as damaged:
        backups_service.verify_backup(desk, manager, made.path)
    assert "is damaged" in damaged.value.message
    with pytest.raises(StorageError):
        backups_service.open_backup(desk, manager, made.path)


def test_an_uncompressed_backup_of_before_is_listed_checked_and_opened(sqlite_only, manager):
    desk = sqlite_only
    _note(desk, manager, "Смена принята")
    made = backups_service.back_up_now(desk, manager).path
    plain = made.with_name(made.name.removesuffix(".zst"))
    decompress_to(made, plain)
    made.unlink()
    (row,) = backups_service.list_backups(desk, manager).rows
    assert row.path == plain and not row.compressed and row.size == plain.stat().st_size
    assert backups_service.verify_backup(desk, manager, plain).ok
    backup = backups_service.open_backup(desk, manager, plain)
    try:
        assert "Смена принята" in [e.text for e in list_entries(backup, manager).rows]
    finally:
        backup.db.dispose()


def test_a_compressed_backup_is_read_from_a_temporary_copy_removed_after(sqlite_only, manager):
    desk = sqlite_only
    made = backups_service.back_up_now(desk, manager)
    backup = backups_service.open_backup(desk, manager, made.path)
    copy = backup.db.sqlite_path
    assert copy.exists() and copy.parent != made.path.parent
    assert copy.parent.stat().st_mode & 0o077 == 0  # owner-only: it holds the PIN hashes
    backup.db.dispose()
    assert not copy.parent.exists()


def test_the_rotation_policy_is_the_managers(sqlite_only, manager, supervisor):
    desk = sqlite_only
    assert backups_service.list_backups(desk, supervisor).policy == RotationPolicy()
    policy = RotationPolicy(daily=10, weekly=6, monthly=24, recent_days=3)
    with pytest.raises(PermissionDenied):
        backups_service.set_rotation(desk, supervisor, policy)
    assert backups_service.set_rotation(desk, manager, policy) == policy
    assert backups_service.list_backups(desk, supervisor).policy == policy
    with pytest.raises(ValidationError) as bad:
        backups_service.set_rotation(desk, manager, RotationPolicy(daily=-1))
    assert bad.value.field == "daily"


def test_the_backup_beside_the_window_is_anyones_signed_in(sqlite_only, manager, clerk):
    made = backups_service.back_up_beside(sqlite_only, clerk, "handover")
    assert made.path.exists() and "-handover." in made.path.name


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
    assert backups_service.missing_second_folder(desk) is None
    usb.rename(tmp_path / "elsewhere")
    assert backups_service.missing_second_folder(desk) == usb.resolve()
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
    with pytest.raises(StorageError):
        backups_service.set_rotation(desk, manager, RotationPolicy())
    assert backups_service.missing_second_folder(desk) is None
    keys = {s.key for s in first_steps.first_steps(desk, manager, label_printer_chosen=False)}
    assert first_steps.StepKey.SECOND_BACKUP not in keys


def test_a_sealed_sheet_is_backed_up_beside_the_window_when_it_takes_it(
    sqlite_only, clerk, supervisor
):
    """The window hands the desk its way of taking a backup: sealing then asks for it and
    returns, the anchors written at once; without it the service takes the backup itself."""
    from desk_app.services.handover.views import Draft
    from desk_app.store.anchor import beside_path, read_anchor, read_head
    from tests.services.test_handover import COUNTS, seal

    desk = sqlite_only
    asked: list[str] = []
    desk.take_backup = asked.append
    seal(desk, clerk, supervisor, Draft(counts=COUNTS))
    assert asked == ["handover"]
    assert not default_backup_dir(desk.db).exists()  # nothing made while the sheet was sealed
    assert read_anchor(beside_path(desk.db.sqlite_path)).seq == read_head(desk.db)[0]
    desk.take_backup = None
    seal(desk, clerk, supervisor, Draft(counts=COUNTS))
    (made,) = default_backup_dir(desk.db).iterdir()
    assert made.name.endswith("-handover.sqlite.zst")
