"""The book's side of archiving: what went into the archive taken out, the checkpoint written,
the file made smaller.

One write transaction takes the archived records out (those the plan removes, parts first), the
journal rows up to the cut, and appends the archive checkpoint (store/archive_base.py) with the
journal writer, hash-chained after the book's head like any row; the book's ``desk_meta`` then
names it. Anything written meanwhile to a record the plan removes — an amendment, a read mark —
refuses the whole transaction: the plan no longer holds, and nothing is taken out.

Taking rows out leaves free pages, not a smaller file. The book is then copied page by page into
a compact file beside it (``VACUUM INTO``, under the book's write lock so that nothing is written
meanwhile) and that file renamed over the book, when no other DutyDesk has the book open (its WAL
file beside it says so): a crash leaves the book as it was (smaller inside, not on the disk) and a
temporary file the next archiving removes.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desk_app.domain.errors import StorageError
from desk_app.store.archive_base import CHECKPOINT_ACTION, checkpoint_table
from desk_app.store.archive_build import ORDER, sync_file, sync_folder
from desk_app.store.archive_plan import Plan, references
from desk_app.store.db_errors import storage_error
from desk_app.store.files import create_private_file
from desk_app.store.handle import Database
from desk_app.store.journal import JOURNALED, JournalWriter
from desk_app.store.meta import ARCHIVE_CHECKPOINT
from desk_app.store.records import payload_of
from desk_app.store.sqlite_file import wal_beside


def take_out(
    db: Database,
    plan: Plan,
    checkpoint: dict,
    *,
    station: str,
    actor: str | None,
    at: datetime,
) -> int:
    """Remove what the archive now holds and write the checkpoint; its journal row.

    Foreign keys are not enforced while the rows go: each deleted row would make SQLite look
    for rows referring to it in tables with no index on the referring column (a year of
    entries against every read mark: minutes). The plan already keeps every record a kept one
    refers to; what it cannot have seen — rows written since it was made — is checked here
    instead, and refuses the whole."""
    try:
        with db.engine.connect().execution_options(desk_write=True) as conn:
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA foreign_keys=OFF")  # outside a transaction, or it is ignored
            try:
                with conn.begin():
                    seq = _take_out(conn, plan, checkpoint, station, actor, at)
            finally:
                raw.execute("DROP TABLE IF EXISTS temp.arc_gone")
                raw.execute("PRAGMA foreign_keys=ON")
    except DBAPIError as exc:
        named = storage_error(exc, db.where)
        if named is None:
            raise
        raise named from exc
    if db.anchors is not None:
        db.anchors.committed()
    return seq


def _take_out(conn, plan: Plan, checkpoint: dict, station: str, actor, at: datetime) -> int:
    conn.exec_driver_sql(
        "CREATE TEMP TABLE arc_gone (entity TEXT, id TEXT, PRIMARY KEY (entity, id)) WITHOUT ROWID"
    )
    gone = [(t, key) for t in plan.at_cut for key in plan.removed(t)]
    if gone:
        conn.exec_driver_sql("INSERT INTO temp.arc_gone (entity, id) VALUES (?, ?)", gone)
    _refuse_written_since(conn, plan)
    for table in reversed(ORDER):
        if plan.removed(table.name):
            (pk,) = table.primary_key.columns
            conn.exec_driver_sql(
                f"DELETE FROM {table.name} WHERE {pk.name} IN "  # noqa: S608
                "(SELECT id FROM temp.arc_gone WHERE entity = ?)",
                (table.name,),
            )
    conn.exec_driver_sql("DELETE FROM journal WHERE seq <= ?", (plan.cut_seq,))
    writer = JournalWriter(conn, station=station, actor=actor)
    row = {**checkpoint, "row": writer.head[0] + 1}
    writer.record(checkpoint_table, row, CHECKPOINT_ACTION, at)
    writer.flush()
    # The copy verify holds to that row (store/archive_base.py).
    conn.execute(text("DELETE FROM desk_meta WHERE key = :k"), {"k": ARCHIVE_CHECKPOINT})
    conn.execute(
        text("INSERT INTO desk_meta (key, value) VALUES (:k, :v)"),
        {"k": ARCHIVE_CHECKPOINT, "v": payload_of(checkpoint_table, row)},
    )
    return writer.head[0]


def _refuse_written_since(conn, plan: Plan) -> None:
    """Anything written since the plan was made that touches a record it removes — that
    record itself, or a record now referring to it — refuses the whole: nothing is taken out."""
    since = conn.exec_driver_sql(
        "SELECT DISTINCT entity, entity_id FROM journal WHERE seq > ?", (plan.head_seq,)
    ).all()
    gone = {t: plan.removed(t) for t in plan.at_cut}
    refs = references()
    for entity, key in since:
        found = entity if key in gone.get(entity, ()) else None
        for table, column, target in refs:
            if found is None and table == entity and gone.get(target):
                (pk,) = _TABLES[table].primary_key.columns
                value = conn.exec_driver_sql(
                    f"SELECT {column} FROM {table} WHERE {pk.name} = ?",  # noqa: S608
                    (key,),
                ).scalar()
                if value in gone[target]:
                    found = target
        if found is not None:
            raise StorageError(
                "A record of {year} was written to, or referred to, while the year was being "
                "archived ({table} {id}). Nothing was taken out of the book; archive the year "
                "again.",
                year=plan.year,
                table=entity,
                id=key,
            )


_TABLES = {t.name: t for t in JOURNALED}


def shrinking_path(book: Path) -> Path:
    return book.with_name(f".{book.name}.shrinking")


def shrink(book: Path) -> bool:
    """Make the closed book's file compact (see the module's docstring); False, and the book
    left as it is, when another DutyDesk has it open. Raises OSError or sqlite3.Error (a full
    disk) with nothing changed but the temporary file removed."""
    target = shrinking_path(book)
    target.unlink(missing_ok=True)
    if wal_beside(book):
        return False
    create_private_file(target)  # owner-only, like the book: it holds the PIN hashes
    lock = sqlite3.connect(str(book), isolation_level=None, timeout=10)
    try:
        lock.execute("BEGIN IMMEDIATE")  # nobody writes while the copy is made
        copy = sqlite3.connect(str(book), isolation_level=None, timeout=10)
        try:
            copy.execute("VACUUM INTO ?", (str(target),))
        finally:
            copy.close()
        lock.execute("ROLLBACK")
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        lock.close()
    try:
        sync_file(target)
        if wal_beside(book):  # opened meanwhile: its writes would go to the old file
            target.unlink(missing_ok=True)
            return False
        os.replace(target, book)
        sync_folder(book.parent)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return True
