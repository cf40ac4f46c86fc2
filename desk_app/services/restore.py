"""Restoring a backup over the book: the manager's, with their PIN, on an SQLite book only.

The order is what makes it safe to undo: the manager's PIN; the backup proven this book's; the
backup decompressed beside the book and checked (a damaged one stops here, nothing changed); a
fresh backup of the book as it is now (the way back); the database closed — refused if another
DutyDesk still has the file open, which its WAL file beside the book shows —; the file replaced
atomically (:mod:`desk_app.store.restore`); the anchors and backups the restored book no longer
reaches set aside with a note (see there why); the book opened again as at any start (upgraded
if the backup is older than this program). Nothing is written into the restored book but what
opening it and signing in write. The restore is recorded in the program's log file and in the
evidence folder's note, not in the book: the book restored is the old book, as it was.

``desk-app restore`` (desk_app/restore_command.py) does the same without the window: the same
:func:`prepare_restore` and :func:`finish_restore`, or :func:`restore_to_new_file`.

A PostgreSQL book is refused: restoring a server database is for whoever looks after the server
(pg_restore), with every station closed, not for one station's window.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from desk_app.domain.errors import DeskError, StorageError, ValidationError
from desk_app.domain.roles import Capability
from desk_app.domain.value import Value
from desk_app.services import accounts
from desk_app.services.backups import backup_info
from desk_app.services.desk import Actor, Desk, require
from desk_app.store.anchor import read_head
from desk_app.store.backup import BackupInfo, backup_database
from desk_app.store.database import connect, open_readonly
from desk_app.store.handle import Database
from desk_app.store.restore import (
    Held,
    evidence_folder,
    put_in_place,
    reached_now,
    read_notes,
    set_aside,
    stage,
    write_note,
)
from desk_app.store.sqlite_file import wal_beside

_log = logging.getLogger(__name__)


class RestoreDone(Value):
    backup: Path
    backup_made_at: str  # ISO, UTC
    head_before: int  # the journal row the book had reached
    head_after: int  # the journal row the restored book ends at
    before_restore: Path  # the backup of the book as it was, now in the evidence folder
    evidence: Path
    set_aside: tuple[Path, ...]
    actor: Actor | None  # signed in on the restored book with the same PIN; None: sign in


class RestoreNote(Value):
    """One earlier restore of this book, as its evidence folder's note tells it."""

    restored_at: str
    by: str
    backup: str
    backup_made_at: str
    head_before: int
    head_after: int
    folder: str


def restores(desk: Desk) -> list[RestoreNote]:
    """This book's restores, oldest first (for the Backups window to say)."""
    if desk.db.sqlite_path is None:
        return []
    return [
        RestoreNote(
            restored_at=str(n.get("restored_at", "")),
            by=str(n.get("by", "")),
            backup=str(n.get("backup", "")),
            backup_made_at=str(n.get("backup_made_at", "")),
            head_before=int(n.get("head_before", [0])[0]),
            head_after=int(n.get("head_after", [0])[0]),
            folder=str(n.get("folder", "")),
        )
        for n in read_notes(desk.db)
    ]


def refuse_on_server(desk: Desk) -> None:
    if desk.db.sqlite_path is None:
        raise StorageError(
            "This book is on a PostgreSQL server: restoring it is the server administrator's "
            "job (pg_restore, with every station closed), not DutyDesk's."
        )


def restore_backup(desk: Desk, actor: Actor, path: Path, pin: str) -> RestoreDone:
    """Put the backup at ``path`` in the book's place (see the module's docstring). A damaged
    backup changes nothing; on any failure after the book was closed it is opened again, as it
    was or as restored."""
    refuse_on_server(desk)
    with desk.db.read() as conn:
        require(conn, actor, Capability.CHANGE_SETTINGS)
    if desk.db.read_only:
        raise StorageError("A backup opened to be read cannot be restored over.")
    accounts.confirm_pin(desk, actor, pin)
    prepared = prepare_restore(desk.db, backup_info(desk, path))
    url = desk.db.url
    desk.db.dispose()
    try:
        done = finish_restore(prepared, by=actor.name, by_id=actor.id, station=desk.station)
    finally:
        desk.db = connect(url)
    return replace(done, actor=_sign_in_again(desk, actor, pin))


class Prepared(Value):
    """A restore made ready while the book is still open: the backup staged and checked beside
    the book, the book backed up, what it reaches now."""

    book: Path
    info: BackupInfo
    staged: Path
    database_id: str | None
    head: tuple[int, str]
    before: Path
    held: tuple[Held, ...]
    stamp: datetime

    def discard(self) -> None:
        self.staged.unlink(missing_ok=True)


def prepare_restore(db: Database, info: BackupInfo) -> Prepared:
    """Everything a restore does before the book is closed: refused if the book holds exactly
    the backup; the backup written out beside the book and checked (a damaged one stops here,
    nothing changed); then the book as it is backed up (the way back). The caller then lets go
    of the book and calls :func:`finish_restore` (or ``discard``)."""
    head = read_head(db) or (0, "")
    if (info.seq, info.hash) == head:
        raise ValidationError(
            "The book holds exactly what this backup holds: there is nothing to restore."
        )
    book = db.sqlite_path
    assert book is not None
    stamp = datetime.now(UTC)
    try:
        staged = stage(book, info)
    except OSError as exc:
        raise StorageError(
            "The backup could not be put in the book's place: {error}",
            error=exc.strerror or str(exc),
        ) from exc
    try:
        # Not rotated: the backup being restored must not be rotated away by it.
        before = backup_database(db, reason="before-restore", rotate=False).path
        held = tuple(reached_now(db))
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return Prepared(book, info, staged, db.database_id, head, before, held, stamp)


def finish_restore(prepared: Prepared, *, by: str, by_id: str | None, station: str) -> RestoreDone:
    """The book closed by the caller: refused if another DutyDesk still has it open; else the
    staged backup put in its place, what it no longer reaches set aside, the note written."""
    book, info, stamp = prepared.book, prepared.info, prepared.stamp
    try:
        if wal_beside(book):
            raise StorageError(
                "Another DutyDesk still has the book open (its file {wal} is there). Close "
                "DutyDesk on every station that uses this book, then restore again.",
                wal=f"{book.name}-wal",
            )
        try:
            put_in_place(prepared.staged, book)
        except OSError as exc:
            raise StorageError(
                "The backup could not be put in the book's place: {error}",
                error=exc.strerror or str(exc),
            ) from exc
    finally:
        prepared.discard()
    restored = open_readonly(str(book))
    try:
        after = read_head(restored) or (0, "")
        evidence = evidence_folder(restored, f"{stamp:%Y%m%d-%H%M%S}")
        moved = set_aside(restored, prepared.held, evidence)
    finally:
        restored.dispose()
    before = prepared.before
    note = {
        "database_id": prepared.database_id,
        "restored_at": stamp.isoformat(),
        "by": by,
        "by_id": by_id,
        "station": station,
        "backup": info.path.name,
        "backup_made_at": info.made_at,
        "head_before": list(prepared.head),
        "head_after": list(after),
        "before_restore_backup": before.name,
        "set_aside": [str(p.relative_to(evidence)) for p in moved],
    }
    write_note(evidence, note)
    _log.warning(
        "book %s restored from %s by %s at %s: journal rows %d-%d left out, set aside in %s",
        book,
        info.path,
        by,
        station,
        after[0] + 1,
        prepared.head[0],
        evidence,
    )
    return RestoreDone(
        backup=info.path,
        backup_made_at=info.made_at,
        head_before=prepared.head[0],
        head_after=after[0],
        before_restore=evidence / before.name if (evidence / before.name).exists() else before,
        evidence=evidence,
        set_aside=moved,
        actor=None,
    )


def restore_to_new_file(info: BackupInfo, target: Path) -> Path:
    """The backup written out as a new book at ``target`` (a new file in a folder that exists:
    the caller says so), checked as a restore over the book checks it; no book is backed up or
    replaced, no anchor moved."""
    try:
        put_in_place(stage(target, info), target)
    except OSError as exc:
        raise StorageError(
            "The backup could not be written to {path}: {error}",
            path=str(target),
            error=exc.strerror or str(exc),
        ) from exc
    return target


def _sign_in_again(desk: Desk, actor: Actor, pin: str) -> Actor | None:
    """The manager, signed in on the restored book with the PIN just typed, if the restored
    book knows them with it (it is the book as it was: they may have had another PIN then, or
    not been there at all); None, and the window asks who signs in."""
    try:
        accounts.register_station(desk)  # this station may be newer than the backup
        return accounts.sign_in(desk, person_id=actor.id, pin=pin)
    except DeskError:
        return None
