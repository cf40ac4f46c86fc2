"""A backup leaves the book's indexes out and gets them back as it is decompressed: the copy
compressed holds every row and no index made from them, and says so itself; every reader sees
the book whole, and a note of what was left out that DutyDesk did not write is a damaged backup."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import zstandard

from desk_app.domain.errors import StorageError
from desk_app.store.backup import backup_database, read_backup
from desk_app.store.backup_file import compress, decompress_to, header_of
from desk_app.store.backup_lean import INDEXES, SEARCH, needs_rebuild
from desk_app.store.backup_open import open_backup_file
from desk_app.store.meta import BACKUP_LEFT_OUT
from desk_app.store.restore import stage


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


def _schema(path: Path) -> set[tuple[str, str, str]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    conn.close()
    return {(t, n, s or "") for t, n, s in rows}


def _meta(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        meta = dict(conn.execute("SELECT key, value FROM desk_meta"))
    conn.close()
    return meta


def _unpacked(backup: Path, to: Path) -> Path:
    """The SQLite file as the backup holds it, decompressed by zstd alone (``zstd -d``)."""
    with backup.open("rb") as fh, to.open("wb") as out:
        zstandard.ZstdDecompressor().copy_stream(fh, out)  # passes the skippable header frame
    return to


def _found(path: Path, table: str, phrase: str) -> int:
    with sqlite3.connect(path) as conn:
        (n,) = conn.execute(
            f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (f'"{phrase}"',)
        ).fetchone()
    conn.close()
    return n


def _made_indexes(path: Path) -> set[str]:
    return {s for t, _n, s in _schema(path) if t == "index" and s}


def test_the_copy_compressed_has_no_index_an_empty_search_and_says_so(db, logged, tmp_path):
    made = backup_database(db)
    assert header_of(made.path).format == 2
    raw = _unpacked(made.path, tmp_path / "raw.sqlite")
    assert _made_indexes(raw) == set()
    assert _found(raw, "log_fts", "1208") == 0  # the search index is empty ...
    with sqlite3.connect(raw) as conn:  # ... and every row is there
        assert conn.execute("SELECT count(*) FROM log_entry").fetchone()[0] >= 3
    conn.close()
    note = json.loads(_meta(raw)[BACKUP_LEFT_OUT])
    book_indexes = _made_indexes(db.sqlite_path)
    assert set(note[INDEXES]) == book_indexes and len(book_indexes) > 20
    assert note[SEARCH] == ["log_fts", "complaint_fts", "lf_item_fts", "lf_report_fts"]
    assert needs_rebuild(raw) and not needs_rebuild(db.sqlite_path)


def test_decompressed_it_is_the_book_again_indexes_and_search(db, logged, tmp_path):
    made = backup_database(db)
    steps: list[tuple[int, int]] = []
    restored = tmp_path / "restored.sqlite"
    decompress_to(made.path, restored, lambda done, total: steps.append((done, total)))
    assert _schema(restored) == _schema(db.sqlite_path)
    assert _found(restored, "log_fts", "1208") == 1
    assert _found(restored, "log_fts", "水管漏") == 1
    assert BACKUP_LEFT_OUT not in _meta(restored)  # the note taken out with the rebuild
    with sqlite3.connect(restored) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    # One bar: the decompression, then the rebuild, to the end.
    assert steps[-1] == (1000, 1000)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)


def test_a_backup_zstd_unpacked_is_made_whole_when_restored_or_opened(db, logged, tmp_path):
    """Should DutyDesk not have been at hand: the file says what it lacks, and restoring it or
    opening it to read gives it back (the file itself is not written)."""
    made = backup_database(db)
    raw = _unpacked(made.path, tmp_path / "desk-unpacked.sqlite")
    before = raw.read_bytes()
    opened = open_backup_file(raw)
    try:
        with opened.read() as conn:
            assert (
                conn.exec_driver_sql(
                    "SELECT count(*) FROM log_fts WHERE log_fts MATCH '\"1208\"'"
                ).scalar_one()
                == 1
            )
    finally:
        opened.dispose()
    assert raw.read_bytes() == before
    target = tmp_path / "book.sqlite"
    staged = stage(target, read_backup(raw))
    assert _schema(staged) == _schema(db.sqlite_path)
    assert _found(staged, "log_fts", "1208") == 1


@pytest.mark.parametrize(
    "forged",
    [
        {INDEXES: ["DROP TABLE journal"], SEARCH: []},
        {INDEXES: ["ATTACH DATABASE '/tmp/x' AS x"], SEARCH: []},
        {INDEXES: ["CREATE INDEX x ON log_entry (text); DROP TABLE journal"], SEARCH: []},
        # An index that would fill the disk: only plain columns are ever indexed.
        {INDEXES: ["CREATE INDEX x ON log_entry (printf('%.*c', 100000000, 'x'))"], SEARCH: []},
        {INDEXES: [], SEARCH: ["journal"]},
        {INDEXES: None, SEARCH: []},
        {INDEXES: [["a"]], SEARCH: 5},
        ["not", "a", "note"],
        "not json {",
    ],
)
def test_a_note_asking_for_anything_else_is_a_damaged_backup(db, logged, tmp_path, forged):
    made = backup_database(db)
    header = header_of(made.path)
    raw = _unpacked(made.path, tmp_path / "raw.sqlite")
    with sqlite3.connect(raw) as conn:
        conn.execute(
            "UPDATE desk_meta SET value = ? WHERE key = ?",
            (forged if isinstance(forged, str) else json.dumps(forged), BACKUP_LEFT_OUT),
        )
    conn.close()
    compress(raw, made.path, header)
    target = tmp_path / "out.sqlite"
    with pytest.raises(StorageError) as refused:
        decompress_to(made.path, target)
    assert "damaged" in refused.value.message and "indexes" in refused.value.message
    assert not target.exists()
    with sqlite3.connect(db.sqlite_path) as conn:  # nothing of the book touched
        assert conn.execute("SELECT count(*) FROM journal").fetchone()[0] > 0
    conn.close()


def test_a_rebuild_killed_half_way_leaves_nothing_played_into_the_next(db, logged, tmp_path):
    """A rollback journal left beside the file a decompression writes (a crash in an older
    rebuild) is removed, not played into the next backup written there."""
    made = backup_database(db)
    target = tmp_path / "out.sqlite"
    target.with_name("out.sqlite-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" * 64)
    decompress_to(made.path, target)
    assert not target.with_name("out.sqlite-journal").exists()
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_format_1_backup_is_read_as_it_was(db, logged, tmp_path):
    """Backups made before the indexes were left out: nothing to rebuild, read whole."""
    from dataclasses import replace

    whole = tmp_path / "whole.sqlite"
    with sqlite3.connect(db.sqlite_path) as src, sqlite3.connect(whole) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    made = backup_database(db)
    old = replace(header_of(made.path), format=1, size=whole.stat().st_size)
    compress(whole, made.path, old)
    restored = tmp_path / "restored.sqlite"
    assert decompress_to(made.path, restored).format == 1
    assert _schema(restored) == _schema(db.sqlite_path)


def test_an_index_of_another_shape_stays_in_the_copy(db, logged, tmp_path):
    """Only what make_whole would make again is left out: an index on an expression (none in
    the book today; one an older or later schema might have) stays, and the backup restores."""
    with sqlite3.connect(db.sqlite_path) as conn:
        conn.execute("CREATE INDEX ix_test_lower_room ON log_entry (lower(room))")
    conn.close()
    made = backup_database(db)
    raw = _unpacked(made.path, tmp_path / "raw.sqlite")
    assert _made_indexes(raw) == {"CREATE INDEX ix_test_lower_room ON log_entry (lower(room))"}
    restored = tmp_path / "restored.sqlite"
    decompress_to(made.path, restored)
    assert _schema(restored) == _schema(db.sqlite_path)
