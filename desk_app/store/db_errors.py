"""The storage failing under a write, said in plain words.

The driver's own exceptions (``sqlite3.OperationalError: database or disk is full``,
``psycopg.OperationalError: server closed the connection``) mean nothing at a counter. Each kind
a desk can meet becomes a named StorageError that says what happened and what to do; the
window keeps what was typed in the form, so it can be saved again once the cause is gone.
Anything else stays what it is: a bug, shown with its details.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from desk_app.domain.errors import (
    ConnectionLost,
    DatabaseBusy,
    DatabaseReadOnly,
    DiskError,
    DiskFull,
    StorageError,
)

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14

# PostgreSQL's SQLSTATE classes and codes.
_PG_DISK_FULL = "53100"
_PG_READ_ONLY = "25006"
_PG_LOCK_NOT_AVAILABLE = "55P03"
_PG_QUERY_CANCELED = "57014"
_PG_CONNECTION_CLASS = "08"
_PG_SHUTDOWN = {"57P01", "57P02", "57P03"}


# The messages are literal in each call, where the translation collector finds them.
def _disk_full(where: str) -> StorageError:
    return DiskFull(
        "The disk is full: nothing was saved. What you typed is still in the form. Free some "
        "space on the disk that holds {where} (or ask whoever looks after this computer), then "
        "save again.",
        where=where,
    )


def _busy(where: str) -> StorageError:
    return DatabaseBusy(
        "The database {where} is busy: another station or program has held it for too long. "
        "Nothing was saved; what you typed is still in the form. Save again in a moment.",
        where=where,
    )


def _read_only(where: str) -> StorageError:
    return DatabaseReadOnly(
        "The database {where} can only be read now (its file, its disk or the server refuses "
        "writes). Nothing was saved; what you typed is still in the form. Ask whoever looks "
        "after this computer.",
        where=where,
    )


def _lost(where: str, error: str) -> StorageError:
    return ConnectionLost(
        "The connection to the database server {where} was lost or could not be made "
        "({error}). Nothing was saved; what you typed is still in the form. Check the network "
        "cable or Wi-Fi, then save again.",
        where=where,
        error=error.strip(),
    )


def _disk(where: str, error: str) -> StorageError:
    return DiskError(
        "The disk reported an error with the database {where} ({error}). Nothing was saved; "
        "what you typed is still in the form. Save again; if it happens again, stop and call "
        "whoever looks after this computer: the disk may be failing.",
        where=where,
        error=error,
    )


def storage_error(exc: DBAPIError, where: str) -> StorageError | None:
    """The named error for a failure of the storage itself, or None for anything else."""
    orig = exc.orig
    if isinstance(orig, sqlite3.Error):
        return _sqlite(orig, where)
    sqlstate = getattr(orig, "sqlstate", None)
    if exc.connection_invalidated or (orig is not None and _pg_connection_lost(orig, sqlstate)):
        return _lost(where, str(orig))
    if sqlstate == _PG_DISK_FULL:
        return _disk_full(where)
    if sqlstate == _PG_READ_ONLY:
        return _read_only(where)
    if sqlstate in (_PG_LOCK_NOT_AVAILABLE, _PG_QUERY_CANCELED):
        return _busy(where)
    return None


def _sqlite(orig: sqlite3.Error, where: str) -> StorageError | None:
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        return _disk_full(where)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return _busy(where)
    if primary == _SQLITE_READONLY:
        return _read_only(where)
    if primary in (_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_CANTOPEN):
        return _disk(where, str(orig))
    return None


def _pg_connection_lost(orig: BaseException, sqlstate: str | None) -> bool:
    if sqlstate is not None:
        return sqlstate.startswith(_PG_CONNECTION_CLASS) or sqlstate in _PG_SHUTDOWN
    # psycopg raises OperationalError without a SQLSTATE when the socket itself is gone.
    return type(orig).__name__ == "OperationalError"
