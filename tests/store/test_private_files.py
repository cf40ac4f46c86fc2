"""The database, its WAL, its backups and their folder are readable by their owner alone
(POSIX): they hold the PIN hashes."""

from __future__ import annotations

import os
import stat

import pytest

from desk_app.services.log import commands as log_commands
from desk_app.store.backup import backup_database, default_backup_dir
from desk_app.store.database import connect

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows keeps the folder's ACL")


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_and_its_wal_are_owner_only(db, desk, manager):
    old = os.umask(0o022)  # the usual umask: files 0644 unless we say otherwise
    try:
        log_commands.record_entry(desk, manager, category="note", text="x")
        path = db.sqlite_path
        assert mode(path) == 0o600
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            assert side.exists() and mode(side) == 0o600, suffix
    finally:
        os.umask(old)


def test_backups_and_their_folder_are_owner_only(db, desk, manager, tmp_path):
    old = os.umask(0o022)
    try:
        log_commands.record_entry(desk, manager, category="note", text="x")
        made = backup_database(db).path
        assert mode(made) == 0o600
        assert mode(default_backup_dir(db)) == 0o700
        elsewhere = backup_database(db, to_dir=tmp_path / "usb" / "copies").path
        assert mode(elsewhere) == 0o600
        assert mode(elsewhere.parent) == 0o700
    finally:
        os.umask(old)


def test_an_existing_default_backup_folder_is_tightened(db, desk, manager):
    folder = default_backup_dir(db)
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    backup_database(db)
    assert mode(folder) == 0o700


def test_a_folder_the_user_chose_is_left_as_it_is(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o775)
    db = connect(str(shared / "desk.sqlite"))
    try:
        assert mode(shared) == 0o775
        assert mode(db.sqlite_path) == 0o600
    finally:
        db.dispose()
