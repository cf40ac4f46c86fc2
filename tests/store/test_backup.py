"""Online backups: a consistent copy, compressed and checked, that opens and verifies; rotated
grandfather-father-son; anchoring the journal; nothing half-made left looking whole."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import UTC, datetime, timedelta

import pytest

from desk_app.domain.backup_rotation import RotationPolicy, to_keep
from desk_app.domain.errors import StorageError
from desk_app.services import backups as backups_service
from desk_app.store import backup as backup_module
from desk_app.store.anchor import places, read_anchor, read_head
from desk_app.store.backup import (
    ABANDONED_AFTER_S,
    backup_database,
    backups_in,
    backups_of,
    default_backup_dir,
    read_backup,
)
from desk_app.store.backup_file import check, decompress_to, header_of
from desk_app.store.database import connect
from desk_app.store.verify import verify


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


def test_backup_is_compressed_opens_and_verifies(db, logged, tmp_path):
    steps = []
    result = backup_database(db, progress=lambda done, total: steps.append((done, total)))
    assert result.path.parent == default_backup_dir(db)
    assert result.path.name.endswith(".sqlite.zst")
    assert result.size == result.path.stat().st_size > 0
    assert result.size < header_of(result.path).size  # smaller than the SQLite file it holds
    assert result.removed == ()
    assert not list(result.path.parent.glob("*.partial")) + list(result.path.parent.glob(".*"))
    assert steps[0] == (0, 1000) and steps[-1] == (1000, 1000)
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)

    # Decompressed elsewhere, as someone restoring it would.
    restored_path = tmp_path / "restore" / "desk.sqlite"
    restored_path.parent.mkdir()
    header = decompress_to(result.path, restored_path)
    assert header == header_of(result.path)
    assert (header.seq, header.hash) == read_head(db)
    assert header.size == restored_path.stat().st_size
    with sqlite3.connect(restored_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    raw.close()
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


def test_a_damaged_backup_is_found_when_decompressed(db, logged, tmp_path):
    made = backup_database(db).path
    header = header_of(made)
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0xFF
    made.write_bytes(bytes(data))
    with pytest.raises(StorageError) as err:
        check(made, header)
    assert "damaged" in err.value.message
    target = tmp_path / "out.sqlite"
    with pytest.raises(StorageError):
        decompress_to(made, target)
    assert not target.exists()
    # Cut short: the whole content may be there, the checksum is not.
    made.write_bytes(bytes(data[:-4]))
    with pytest.raises(StorageError):
        check(made, header)


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
    assert result.path.name.endswith("-daily.sqlite.zst")


def test_rotation_keeps_grandfather_father_son(db, desk, manager, logged):
    """Forty days of a daily backup and a handover backup each, under the manager's policy."""
    policy = RotationPolicy(daily=3, weekly=2, monthly=2, recent_days=1)
    backups_service.set_rotation(desk, manager, policy)
    now = datetime(2026, 3, 14, 22, 0, tzinfo=UTC)
    made = []
    for day in range(40, -1, -1):
        for hours in (14, 0):
            at = now - timedelta(days=day, hours=hours)
            made.append((backup_database(db, reason="daily", at=at).path, at))
    kept = {b.path for b in backups_of(db)}
    local = [(path, at.astimezone()) for path, at in made]
    assert kept == to_keep(local, policy, now.astimezone())
    assert made[-1][0] in kept and made[-2][0] in kept  # the last day's two
    assert len(kept) <= 2 + 3 + 2 + 2
    assert all(path.exists() == (path in kept) for path, _ in made)


def test_the_default_policy_keeps_every_backup_of_the_last_two_days(db, logged):
    made = [backup_database(db, reason="handover").path for _ in range(5)]
    assert [b.path for b in backups_of(db)] == made


def test_a_restores_own_backup_rotates_nothing(db, logged, monkeypatch):
    monkeypatch.setattr(
        backup_module, "rotation_policy", lambda _db: RotationPolicy(0, 0, 0, recent_days=0)
    )
    first = backup_database(db).path
    backup_database(db, reason="before-restore", rotate=False)
    assert first.exists()
    backup_database(db)
    assert not first.exists()


def test_a_partial_file_is_never_listed_and_an_abandoned_one_goes(db, logged):
    made = backup_database(db).path
    folder = made.parent
    stem = db.sqlite_path.stem
    half = folder / (made.name.replace("-manual", "-handover") + ".partial")
    half.write_bytes(made.read_bytes()[: made.stat().st_size // 2])
    raw = folder / f".{stem}-20260314-080000-000000-handover.sqlite.partial"
    with sqlite3.connect(db.sqlite_path) as source, sqlite3.connect(raw) as copy:
        source.backup(copy)  # a whole SQLite copy, as a backup killed before compressing leaves
    source.close()
    copy.close()
    assert read_backup(raw) is not None  # it is a DutyDesk database...
    assert [b.path for b in backups_in(folder)] == [made]  # ...but not a backup
    fresh = folder / f"{stem}-20260314-090000-000000-manual.sqlite.zst.partial"
    fresh.write_bytes(b"being written")
    journal = raw.with_name(raw.name + "-journal")  # killed while SQLite was writing the copy
    journal.write_bytes(b"rollback journal")
    old = time.time() - ABANDONED_AFTER_S - 60
    for path in (half, raw, journal):
        os.utime(path, (old, old))
    stranger = folder / "desk-2-20260314-080000-000000-manual.sqlite.zst.partial"
    stranger.write_bytes(b"another book's")
    os.utime(stranger, (old, old))
    backup_database(db)
    assert not half.exists() and not raw.exists() and not journal.exists()  # abandoned: gone
    assert fresh.exists()  # may still be written by another backup
    assert stranger.exists()  # another book's


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
