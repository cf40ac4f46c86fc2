"""A backup is known as its database's by what is inside it, never by its file name.

Two databases in one folder (desk.sqlite and desk-2.sqlite) share the backups folder; each one's
rotation removes only its own backups, and only those it proves are its own.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from desk_app.domain.backup_rotation import RotationPolicy
from desk_app.services.log import commands as log_commands
from desk_app.store import backup as backup_module
from desk_app.store.backup import backup_database, backups_of, default_backup_dir, read_backup
from desk_app.store.backup_file import decompress_to, header_of
from desk_app.store.database import connect
from desk_app.store.meta import BACKUP_AT, BACKUP_HASH, BACKUP_REASON, BACKUP_SEQ, DATABASE_ID
from desk_app.store.verify import verify
from tests.tamper import cut_from


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


@pytest.fixture
def two(tmp_path):
    """desk.sqlite and desk-2.sqlite side by side, each with a few journal rows."""
    first = connect(str(tmp_path / "desk.sqlite"))
    second = connect(str(tmp_path / "desk-2.sqlite"))
    yield first, second
    first.dispose()
    second.dispose()


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _keep_only_the_newest(monkeypatch):
    """A policy keeping one backup a day and nothing recent: of backups made in one test, the
    newest alone."""
    policy = RotationPolicy(daily=1, weekly=0, monthly=0, recent_days=0)
    monkeypatch.setattr(backup_module, "rotation_policy", lambda _db: policy)


def _plain(made):
    """The backup as a plain SQLite file, as backups were made before they were compressed."""
    plain = made.with_name(made.name.removesuffix(".zst"))
    decompress_to(made, plain)
    made.unlink()
    return plain


def test_backing_up_one_database_never_removes_anothers(two, monkeypatch):
    desk, other = two
    others = [backup_database(other).path for _ in range(2)]
    _keep_only_the_newest(monkeypatch)
    before = {p: p.read_bytes() for p in others}
    for _ in range(4):
        backup_database(desk)
    assert {p: p.read_bytes() for p in others} == before  # desk-2's backups untouched
    assert len(backups_of(desk)) == 1
    assert [b.path for b in backups_of(other)] == others


def test_a_backup_is_marked_inside_with_the_database_and_its_head(db, desk, manager):
    log_commands.record_entry(desk, manager, category="note", text="Смена принята")
    result = backup_database(db, reason="handover")
    info = read_backup(result.path)
    assert info is not None
    assert info.database_id == db.database_id
    with db.read() as conn:
        seq, digest = conn.exec_driver_sql(
            "SELECT seq, hex(hash) FROM journal ORDER BY seq DESC LIMIT 1"
        ).one()
    assert (info.seq, info.hash) == (seq, digest.lower())
    assert info.reason == "handover" and info.made_at and info.compressed
    header = header_of(result.path)
    assert (header.database_id, header.seq, header.hash) == (db.database_id, seq, digest.lower())
    inside = _plain(result.path)
    with sqlite3.connect(inside) as raw:
        marks = dict(raw.execute("SELECT key, value FROM desk_meta"))
        mode = raw.execute("PRAGMA journal_mode").fetchone()[0]
    raw.close()
    assert {BACKUP_AT, BACKUP_REASON, BACKUP_SEQ, BACKUP_HASH, DATABASE_ID} <= set(marks)
    assert mode == "delete"  # reading it later creates no -wal or -shm beside it


def test_a_renamed_backup_is_still_known_and_a_foreign_name_is_not(two):
    desk, other = two
    mine = backup_database(desk).path
    renamed = mine.with_name("whatever-i-like.bak")
    mine.rename(renamed)
    theirs = backup_database(other).path
    disguised = theirs.with_name("desk-20990101-000000-000000-manual.sqlite.zst")
    theirs.rename(disguised)
    old_kind = _plain(backup_database(other).path)  # plain SQLite, as before compression
    old_kind = old_kind.rename(old_kind.with_name("desk-old-kind.sqlite"))
    assert [b.path for b in backups_of(desk)] == [renamed]
    assert [b.path for b in backups_of(other)] == [disguised, old_kind]
    assert not read_backup(old_kind).compressed


def test_rotation_touches_nothing_else_in_the_folder(db, desk, manager, monkeypatch):
    _keep_only_the_newest(monkeypatch)
    folder = default_backup_dir(db)
    folder.mkdir()
    (folder / "desk-notes.txt").write_text("the night shift's list")
    (folder / "desk-19990101.sqlite").write_bytes(b"not a database")
    with sqlite3.connect(folder / "desk-other-program.sqlite") as raw:
        raw.execute("CREATE TABLE t (x)")
    raw.close()
    untouched = _snapshot(folder)
    for _ in range(3):
        log_commands.record_entry(desk, manager, category="note", text="Обход")
        backup_database(db)
    after = _snapshot(folder)
    assert {k: after[k] for k in untouched} == untouched
    assert len(backups_of(db)) == 1


def test_a_backup_holding_entries_the_book_no_longer_has_is_kept(db, desk, manager, monkeypatch):
    """Evidence is never rotated away: a backup whose head the chain lost stays."""
    _keep_only_the_newest(monkeypatch)
    log_commands.record_entry(desk, manager, category="note", text="Первая")
    last = log_commands.record_entry(desk, manager, category="note", text="Последняя")
    witness = backup_database(db).path
    db.anchors.close()  # as if the program were closed
    cut_from(db.sqlite_path, last.id)
    for _ in range(2):
        backup_database(db)
    assert witness.exists()
    assert any(p.detail == str(witness) for p in verify(db).problems)


def test_a_backup_made_before_ids_is_rotated_only_when_its_head_is_in_the_chain(
    db, desk, manager, monkeypatch, tmp_path
):
    """Backups taken by earlier versions carry no id: the head they hold proves them."""
    _keep_only_the_newest(monkeypatch)
    log_commands.record_entry(desk, manager, category="note", text="До обновления")
    old = _plain(backup_database(db).path)
    with sqlite3.connect(old) as raw:
        raw.execute(
            "DELETE FROM desk_meta WHERE key IN (?, ?, ?, ?, ?)",
            (DATABASE_ID, BACKUP_AT, BACKUP_REASON, BACKUP_SEQ, BACKUP_HASH),
        )
    raw.close()
    stranger = tmp_path / "elsewhere.sqlite"
    other = connect(str(stranger))
    other.dispose()
    foreign = default_backup_dir(db) / "desk-foreign-old.sqlite"
    shutil.copy(stranger, foreign)  # a database of its own, no journal rows, no id after this
    with sqlite3.connect(foreign) as raw:
        raw.execute("DELETE FROM desk_meta WHERE key = ?", (DATABASE_ID,))
    raw.close()
    log_commands.record_entry(desk, manager, category="note", text="После обновления")
    backup_database(db)
    assert not old.exists()  # proven ours by its head, and older: rotated
    assert foreign.exists()  # nothing proves it ours
