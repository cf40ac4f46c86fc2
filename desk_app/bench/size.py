"""Where the bytes of an SQLite database file go: each book's records, indexes and full-text
index, and the journal, split by the book each journal row belongs to.

The file-size target of issue 3 was written for the duty log, issue 19's for the five books of its
day (log, complaints, lost and found, keys, handover); the books added since (roster,
supervision) report their own share. This says how much of the file each one takes, read from
SQLite's own page accounting (``dbstat``), so the figure can be set against its target with the
other books set aside.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from desk_app.domain.value import Value
from desk_app.services.changes import BOOK_OF_TABLE

FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")
# Books added after issue 19 set its file-size target (900 MB at three years for the five books
# of the day): their shares are set aside when the file is held to it.
LATER_BOOKS = ("roster", "supervision")
_CONTENT = re.compile(r"content\s*=\s*'([^']+)'", re.IGNORECASE)
MB = 1e6


class FileSize(Value):
    total_mb: float
    journal_mb: float
    by_book_mb: dict[str, float]  # records + indexes + full-text index + journal share

    def book(self, name: str) -> float:
        return self.by_book_mb.get(name, 0.0)

    def without(self, books: tuple[str, ...]) -> float:
        """The file's MB less these books' shares (their records and their journal rows)."""
        return self.total_mb - sum(self.book(name) for name in books)


def owners(conn: sqlite3.Connection) -> dict[str, str]:
    """Every table and index → the table whose rows it holds (full-text shadow tables → the
    table they index)."""
    owner: dict[str, str] = {}
    fts_content: dict[str, str] = {}
    for name, table, sql in conn.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type IN ('table', 'index')"
    ):
        owner[name] = table
        if sql and sql.upper().startswith("CREATE VIRTUAL TABLE"):
            match = _CONTENT.search(sql)
            if match:
                fts_content[name] = match.group(1)
    for name in list(owner):
        for fts, content in fts_content.items():
            if name == fts or name in {fts + suffix for suffix in FTS_SHADOW_SUFFIXES}:
                owner[name] = content
    return owner


def file_size(path: Path) -> FileSize | None:
    """Read-only; one pass over the pages and one over the journal (a few seconds on three
    years). None where this SQLite has no ``dbstat`` (it is a compile-time option)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            conn.execute("SELECT 1 FROM dbstat LIMIT 1")
        except sqlite3.OperationalError:
            return None
        owner = owners(conn)
        pages = conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0] * page_size
        journal_rows = conn.execute(
            "SELECT entity, COUNT(*), SUM(LENGTH(CAST(payload AS BLOB))) FROM journal "
            "GROUP BY entity"
        ).fetchall()
    finally:
        conn.close()
    # Pages freed by deletions (none in a bound book, but a migration may leave some) are the
    # file's too: counted apart, so the books add up to the file.
    by_book: dict[str, float] = {"free": free} if free else {}
    total, journal = free, 0
    for name, size in pages:
        total += size
        table = owner.get(name, name)
        if table == "journal":
            journal += size
            continue
        book = BOOK_OF_TABLE.get(table, "other")
        by_book[book] = by_book.get(book, 0) + size
    # The journal's pages hold rows of every book: each book gets its rows' payload bytes and an
    # equal part per row of the rest (header, hashes, page slack).
    rows = sum(count for _e, count, _b in journal_rows) or 1
    payload = sum(length or 0 for _e, _c, length in journal_rows)
    per_row = max(journal - payload, 0) / rows
    for entity, count, length in journal_rows:
        book = BOOK_OF_TABLE.get(entity, "other")
        by_book[book] = by_book.get(book, 0) + (length or 0) + count * per_row
    return FileSize(
        total_mb=total / MB,
        journal_mb=journal / MB,
        by_book_mb={book: size / MB for book, size in sorted(by_book.items())},
    )
