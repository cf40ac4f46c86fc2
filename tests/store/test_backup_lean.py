"""A backup leaves the book's indexes out and gets them back as it is decompressed: the copy
compressed holds every row and no index made from them; every reader sees the book whole."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
import zstandard

from desk_app.domain.errors import StorageError
from desk_app.services.log import commands as log_commands
from desk_app.store.backup import backup_database
from desk_app.store.backup_file import compress, decompress_to, header_of
from desk_app.store.backup_lean import INDEXES, SEARCH


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


@pytest.fixture
def logged(desk, manager):
    return [
        log_commands.record_entry(desk, manager, category="note", text=text)
        for text in ("Смена принята", "水管漏水了, room 1208", "Keys counted: 42")
    ]


def _schema(path: Path) -> set[tuple[str, str, str]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    conn.close()
    return {(t, n, s or "") for t, n, s in rows}


def _raw_copy(backup: Path, to: Path) -> None:
    """The SQLite file as the backup holds it, decompressed by zstd alone (no rebuild)."""
    with backup.open("rb") as fh, to.open("wb") as out:
        zstandard.ZstdDecompressor().copy_stream(fh, out)  # passes the skippable header frame


def _found(path: Path, table: str, phrase: str) -> int:
    with sqlite3.connect(path) as conn:
        (n,) = conn.execute(
            f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (f'"{phrase}"',)
        ).fetchone()
    conn.close()
    return n


def test_the_copy_compressed_has_no_index_and_an_empty_search(db, logged, tmp_path):
    made = backup_database(db)
    header = header_of(made.path)
    assert header.format == 2
    book_schema = _schema(db.sqlite_path)
    made_indexes = {s for t, _n, s in book_schema if t == "index" and s}
    assert set(header.left_out[INDEXES]) == made_indexes and len(made_indexes) > 20
    assert header.left_out[SEARCH] == ["log_fts", "complaint_fts", "lf_item_fts", "lf_report_fts"]

    raw = tmp_path / "raw.sqlite"
    _raw_copy(made.path, raw)
    assert {s for t, _n, s in _schema(raw) if t == "index" and s} == set()
    assert _found(raw, "log_fts", "1208") == 0  # the search index is empty ...
    with sqlite3.connect(raw) as conn:  # ... and every row is there
        assert conn.execute("SELECT count(*) FROM log_entry").fetchone()[0] >= 3
    conn.close()


def test_decompressed_it_is_the_book_again_indexes_and_search(db, logged, tmp_path):
    made = backup_database(db)
    steps: list[tuple[int, int]] = []
    restored = tmp_path / "restored.sqlite"
    decompress_to(made.path, restored, lambda done, total: steps.append((done, total)))
    assert _schema(restored) == _schema(db.sqlite_path)
    assert _found(restored, "log_fts", "1208") == 1
    assert _found(restored, "log_fts", "水管漏") == 1
    with sqlite3.connect(restored) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    # One bar: the decompression, then the rebuild, to the end.
    assert steps[-1] == (1000, 1000)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)


def test_a_header_asking_for_other_statements_is_a_damaged_backup(db, logged, tmp_path):
    made = backup_database(db)
    raw = tmp_path / "raw.sqlite"
    _raw_copy(made.path, raw)
    header = header_of(made.path)
    for forged in (
        {INDEXES: ["DROP TABLE journal"], SEARCH: []},
        {INDEXES: ["ATTACH DATABASE '/tmp/x' AS x"], SEARCH: []},
        {INDEXES: [], SEARCH: ["journal"]},
    ):
        compress(raw, made.path, replace(header, left_out=forged))
        target = tmp_path / "out.sqlite"
        with pytest.raises(StorageError) as refused:
            decompress_to(made.path, target)
        assert "damaged" in refused.value.message
        assert not target.exists()


def test_a_format_1_backup_is_read_as_it_was(db, logged, tmp_path):
    """Backups made before the indexes were left out: nothing to rebuild, read whole."""
    whole = tmp_path / "whole.sqlite"
    with sqlite3.connect(db.sqlite_path) as src, sqlite3.connect(whole) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    made = backup_database(db)
    header = header_of(made.path)
    old = replace(header, format=1, left_out=None, size=whole.stat().st_size)
    compress(whole, made.path, old)
    restored = tmp_path / "restored.sqlite"
    assert decompress_to(made.path, restored).left_out is None
    assert _schema(restored) == _schema(db.sqlite_path)
