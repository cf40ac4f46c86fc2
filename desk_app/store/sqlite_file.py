"""What an SQLite file on disk is, found without changing a byte of it.

Opening a file the normal way runs pragmas that write (the journal mode becomes WAL), so a file
must be known to be DutyDesk's — or empty — before that. The look here is SQLite's read-only,
immutable open: no lock taken, no journal, no shared-memory file, nothing created beside it.
When a WAL lies beside the file its newest pages may be there, so the file is then opened
read-only but not immutable (see :func:`probe`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import field
from enum import StrEnum
from pathlib import Path

from desk_app.domain.value import Value
from desk_app.store.meta import APP_KEY, APP_MARK

SQLITE_HEADER = b"SQLite format 3\x00"


class Kind(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"  # no bytes, or an SQLite file without a table
    DUTYDESK = "dutydesk"
    FOREIGN = "foreign"  # an SQLite file of another program
    NOT_SQLITE = "not-sqlite"
    UNREADABLE = "unreadable"


class Probe(Value):
    kind: Kind
    meta: dict[str, str] = field(default_factory=dict)
    revision: str | None = None
    tables: tuple[str, ...] = ()
    journal_head: tuple[int, str] | None = None
    error: str = ""


def readonly_uri(path: Path, *, immutable: bool) -> str:
    """SQLite's URI for a read-only open of ``path``; ``immutable`` also skips locks and the WAL
    (a file on read-only media, or one only looked at)."""
    return path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def wal_beside(path: Path) -> bool:
    return path.with_name(path.name + "-wal").exists()


def probe(path: Path, *, head: bool = False) -> Probe:
    """Whose is this file? ``head`` also reads the journal's last row (for backups).

    Immutable unless a WAL lies beside the file: then the newest pages may be in it (a desk
    still open, or one that stopped without a checkpoint), and the read-only open reads them
    through the WAL's own index, creating at most that index's file."""
    try:
        with path.open("rb") as fh:
            start = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return Probe(Kind.MISSING)
    except OSError as exc:
        return Probe(Kind.UNREADABLE, error=exc.strerror or str(exc))
    if not start:
        return Probe(Kind.EMPTY)
    if start != SQLITE_HEADER:
        return Probe(Kind.NOT_SQLITE)
    try:
        conn = sqlite3.connect(readonly_uri(path, immutable=not wal_beside(path)), uri=True)
    except sqlite3.Error as exc:
        return Probe(Kind.UNREADABLE, error=str(exc))
    try:
        tables = tuple(
            sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"))
        )
        if not tables:
            return Probe(Kind.EMPTY)
        if "desk_meta" not in tables:
            return Probe(Kind.FOREIGN, tables=tables)
        meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM desk_meta")}
        if meta.get(APP_KEY) != APP_MARK:
            return Probe(Kind.FOREIGN, tables=tables)
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        journal_head = None
        if head and "journal" in tables:
            row = conn.execute("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
            journal_head = (int(row[0]), _hex(row[1])) if row else (0, "0" * 64)
        return Probe(Kind.DUTYDESK, meta, revision, tables, journal_head)
    except sqlite3.Error as exc:
        return Probe(Kind.UNREADABLE, error=str(exc))
    finally:
        conn.close()


def _hex(value: object) -> str:
    return value.hex() if isinstance(value, bytes | bytearray | memoryview) else str(value)
