"""``desk-app backup`` and ``desk-app restore`` as real processes: a compressed backup verified
as it is, restored over the book (the book backed up first) or into a new file; a backup of
another database and a damaged one refused with nothing changed; and a backup killed half-way
(kill -9) leaving nothing that looks like a backup, and the book whole."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk_app.cli import main
from desk_app.store.backup import backups_in, read_backup
from desk_app.store.backup_file import header_of
from desk_app.store.restore import staged_path


def desk_app(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


@pytest.fixture
def book(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "desk.sqlite"
    assert main(["--db", str(path), "demo", "--years", "0.01"]) == 0
    capsys.readouterr()
    return path


def _entries(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        (count,) = conn.execute("SELECT count(*) FROM log_entry").fetchone()
    conn.close()
    return count


def _write_an_entry(path: Path) -> None:
    """An entry written after the backup, through the program."""
    from desk_app.demo.accounts import DEMO_ACCOUNTS
    from desk_app.services.accounts import sign_in_by_name
    from desk_app.services.desk import open_desk
    from desk_app.services.log import commands as log_commands

    desk = open_desk(str(path), station="Front desk", create=False)
    try:
        account = DEMO_ACCOUNTS[0]
        actor = sign_in_by_name(desk, name=account.name, pin=account.pin)
        log_commands.record_entry(desk, actor, category="note", text="after the backup")
    finally:
        desk.db.dispose()


def _backup(path: Path) -> Path:
    made = desk_app("--db", str(path), "backup")
    assert made.returncode == 0, made.stderr
    (backup,) = [b.path for b in backups_in(path.with_name("backups"))]
    assert backup.name.endswith(".sqlite.zst") and str(backup) in made.stdout
    return backup


def test_a_backup_verifies_as_it_is_and_is_restored_over_the_book(book):
    backup = _backup(book)
    checked = desk_app("--db", str(backup), "verify")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("ok:")
    before = _entries(book)
    _write_an_entry(book)
    assert _entries(book) == before + 1

    restored = desk_app("--db", str(book), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "now ends at row" in restored.stdout
    assert _entries(book) == before  # the entry written after the backup is gone...
    evidence = next(book.with_name("backups").glob("restored-*"))
    (way_back,) = evidence.glob("*-before-restore.sqlite.zst")  # ...and kept in the evidence
    assert read_backup(way_back).seq > read_backup(backup).seq
    assert (evidence / "restore.json").exists()
    assert not staged_path(book).exists()
    verified = desk_app("--db", str(book), "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_restore_into_a_new_file(book, tmp_path):
    backup = _backup(book)
    target = tmp_path / "elsewhere" / "copy.sqlite"
    target.parent.mkdir()
    done = desk_app("restore", str(backup), "--to", str(target))
    assert done.returncode == 0, done.stderr
    assert read_backup(target).seq == read_backup(backup).seq
    with sqlite3.connect(target) as conn:
        keys = {k for (k,) in conn.execute("SELECT key FROM desk_meta")}
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert not any(k.startswith("backup_") for k in keys)  # a book again, not a backup
    again = desk_app("restore", str(backup), "--to", str(target))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_another_databases_backup_is_refused_and_nothing_changes(book, tmp_path, capsys):
    other = tmp_path / "other" / "desk.sqlite"
    other.parent.mkdir()
    assert main(["--db", str(other), "demo", "--years", "0.002"]) == 0
    capsys.readouterr()
    foreign = _backup(other)
    before = book.read_bytes()
    refused = desk_app("--db", str(book), "restore", str(foreign))
    assert refused.returncode == 2
    assert "backup of another database" in refused.stderr and "nothing was changed" in refused.stderr
    assert book.read_bytes() == before
    assert not book.with_name("backups").exists()  # not even a backup of the book was made


def test_a_damaged_backup_is_refused_and_nothing_changes(book):
    backup = _backup(book)
    _write_an_entry(book)
    data = bytearray(backup.read_bytes())
    data[len(data) * 2 // 3] ^= 0x5A
    backup.write_bytes(bytes(data))
    before = book.read_bytes()
    refused = desk_app("--db", str(book), "restore", str(backup))
    assert refused.returncode == 2 and "is damaged" in refused.stderr
    assert book.read_bytes() == before
    assert not staged_path(book).exists()
    assert [p.name for p in book.with_name("backups").iterdir()] == [backup.name]
    checked = desk_app("--db", str(backup), "verify")
    assert checked.returncode == 2 and "is damaged" in checked.stderr
    not_a_backup = book.with_name("notes.sqlite.zst")
    not_a_backup.write_bytes(b"\x28\xb5\x2f\xfd" + bytes(100))
    refused = desk_app("--db", str(book), "restore", str(not_a_backup))
    assert refused.returncode == 2 and "not a DutyDesk backup" in refused.stderr


def _pad(path: Path, megabytes: int) -> None:
    """Make the file big (free pages holding random bytes): a backup then takes long enough to
    be killed in the middle, and the book's records are what they were."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE pad (b BLOB)")
        for _ in range(megabytes):
            conn.execute("INSERT INTO pad VALUES (?)", (os.urandom(1 << 20),))
        conn.commit()
        conn.execute("DROP TABLE pad")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.mark.parametrize("when", ["copying", "compressing"])
def test_a_backup_killed_half_way_leaves_no_backup_and_the_book_whole(book, when):
    _pad(book, 160)
    folder = book.with_name("backups")
    # The SQLite copy (.<name>.sqlite.partial) is made first, then the compressed file
    # (<name>.sqlite.zst.partial) is written and read back.
    wanted = ".*.sqlite.partial" if when == "copying" else "*.sqlite.zst.partial"
    proc = subprocess.Popen(
        [sys.executable, "-m", "desk_app", "--db", str(book), "backup"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while not list(folder.glob(wanted)):
            assert proc.poll() is None, "the backup ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.002)
        time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    left = sorted(p.name for p in folder.iterdir())
    assert left and all(".partial" in name for name in left), left
    assert backups_in(folder) == []  # nothing that looks like a backup
    assert all(header_of(p) is None or p.name.endswith(".partial") for p in folder.iterdir())
    checked = desk_app("--db", str(book), "verify")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # The next backup is made whole, and the half one is still not taken for one.
    again = _backup(book)
    assert [b.path for b in backups_in(folder)] == [again]
    restore = desk_app("--db", str(book), "restore", str(folder / left[0]))
    assert restore.returncode == 2 and "never finished" in restore.stderr
