"""Putting a backup in the book's place, and keeping what the restore left behind as evidence.

The book's file is replaced whole and atomically: the backup is decompressed (or, made before
backups were compressed, copied) to a temporary file in the book's own folder, checked — zstd's
checksum of the content, ``PRAGMA quick_check``, the journal head and the database id it holds
the ones its header and marks said —, made the book again (the four marks that said "this is a
backup of journal row N" are taken out, so the book is not held to them as a backup would be;
nothing the journal covers is touched), flushed to the disk (:func:`stage`), and only then, once
the book as it was has been backed up, renamed over the book (:func:`put_in_place`) — a damaged
backup changes nothing, and a power cut leaves the old book or the restored one, never half of
either.

A restored book is older than its anchors and than the backups made since: each of them now
names journal rows the book no longer has. Left in place, they would make the status bar say
"book shorter than its anchor" for ever after a restore the manager chose; deleted, they would
be evidence lost. So the ones this restore made unreachable — and only those: an anchor that
did not fit the book before the restore is left where it is, for verify to go on naming — are
moved, untouched, into ``backups/restored-<time>/`` with a note of what was restored, when, by
whom and which journal rows it left out. verify and the window then hold the restored book to
its own anchors again, written with its next write; the folder says what happened.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from desk_app.domain.value import Value
from desk_app.store.anchor import (
    ANCHOR_READ_ERRORS,
    beside_path,
    hash_at,
    other_anchor_files,
    read_anchor,
)
from desk_app.store.backup import BackupInfo, backups_of, default_backup_dir
from desk_app.store.backup_file import SUFFIX, damaged, decompress_to, made_whole
from desk_app.store.files import POSIX, create_private_file, private_folder, write_atomically
from desk_app.store.handle import Database
from desk_app.store.meta import APP_KEY, APP_MARK, BACKUP_MARKS, DATABASE_ID

EVIDENCE_PREFIX = "restored-"
NOTE_NAME = "restore.json"
ANCHORS_SUBFOLDER = "anchors"


class Held(Value):
    """A file that holds a journal head the book reaches now: an anchor or a backup."""

    path: Path
    seq: int
    hash: str
    kind: str  # "anchor" | "backup"


def reached_now(db: Database) -> list[Held]:
    """Every anchor and backup of this book whose head the book reaches now (before the
    restore): those the restore may leave behind."""
    assert db.sqlite_path is not None
    found: list[Held] = []
    address = str(db.sqlite_path.resolve())
    paths = {beside_path(db.sqlite_path), *other_anchor_files(db.database_id, address)}
    for path in sorted(paths):
        try:
            anchor = read_anchor(path)
        except ANCHOR_READ_ERRORS:
            continue  # damaged before the restore: verify goes on naming it where it is
        if anchor is None or (anchor.database_id and anchor.database_id != db.database_id):
            continue
        if _reaches(db, anchor.seq, anchor.hash):
            found.append(Held(path, anchor.seq, anchor.hash, "anchor"))
    for backup in backups_of(db):
        if _reaches(db, backup.seq, backup.hash):
            found.append(Held(backup.path, backup.seq, backup.hash, "backup"))
    return found


def _reaches(db: Database, seq: int, digest: str) -> bool:
    return seq == 0 or hash_at(db, seq) == digest


def staged_path(book: Path) -> Path:
    """Where a restore prepares the book's new file: hidden, in the book's own folder."""
    return book.with_name(f".{book.name}.restoring")


def stage(target: Path, info: BackupInfo) -> Path:
    """The backup ``info`` made ready to be put at ``target``, in ``target``'s folder: written
    out, checked and made a book again (see the module's docstring); the staged file's path.
    A damaged backup is a StorageError and leaves nothing behind."""
    partial = staged_path(target)
    partial.unlink(missing_ok=True)
    try:
        if info.compressed:
            decompress_to(info.path, partial)
        else:
            partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
            create_private_file(partial)
            with info.path.open("rb") as source, partial.open("wb") as out:
                while chunk := source.read(1 << 20):
                    out.write(chunk)
            made_whole(info.path, partial)  # one a zstd -d unpacked: its indexes rebuilt
        _check_and_unmark(partial, info)
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return partial


def _check_and_unmark(partial: Path, info: BackupInfo) -> None:
    try:
        conn = sqlite3.connect(str(partial), isolation_level=None)
    except sqlite3.Error as exc:
        raise damaged(info.path, str(exc)) from exc
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise damaged(info.path, ok)
        meta = dict(conn.execute("SELECT key, value FROM desk_meta"))
        head = conn.execute("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
        seq, digest = (int(head[0]), bytes(head[1]).hex()) if head else (0, "0" * 64)
        if meta.get(APP_KEY) != APP_MARK or meta.get(DATABASE_ID) != info.database_id:
            raise damaged(info.path, "it is not the database its header names")
        if seq != info.seq or (seq and digest != info.hash):
            raise damaged(info.path, f"it ends at journal row {seq}, not at {info.seq}")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("BEGIN")
        conn.executemany("DELETE FROM desk_meta WHERE key = ?", [(k,) for k in BACKUP_MARKS])
        conn.execute("COMMIT")
    except sqlite3.Error as exc:  # not a database, or not DutyDesk's tables
        raise damaged(info.path, str(exc)) from exc
    finally:
        conn.close()


def put_in_place(staged: Path, target: Path) -> None:
    """The staged file renamed over ``target`` (atomic), the folder synced."""
    os.replace(staged, target)
    _sync_folder(target.parent)


def set_aside(restored: Database, held: Sequence[Held], evidence: Path) -> tuple[Path, ...]:
    """Move into ``evidence`` each of ``held`` the restored book no longer reaches; where each
    now lies. An anchor goes under ``anchors/``, keeping its name."""
    moved: list[Path] = []
    for item in held:
        if _reaches(restored, item.seq, item.hash) or not item.path.exists():
            continue
        folder = evidence / ANCHORS_SUBFOLDER if item.kind == "anchor" else evidence
        private_folder(folder)
        target = folder / item.path.name
        os.replace(item.path, target)  # same disk: the backups folder and the book's folder
        moved.append(target)
    if moved:
        for folder in {p.parent for p in moved} | {h.path.parent for h in held}:
            with contextlib.suppress(OSError):
                _sync_folder(folder)
    return tuple(moved)


def evidence_folder(db: Database, stamp: str) -> Path:
    """Where this restore's evidence goes: beside the backups, out of what rotation and verify
    read (they look only at the files directly in the backups folder)."""
    return default_backup_dir(db) / f"{EVIDENCE_PREFIX}{stamp}"


def write_note(evidence: Path, note: dict) -> Path:
    private_folder(evidence)
    path = evidence / NOTE_NAME
    write_atomically(path, json.dumps(note, ensure_ascii=False, indent=1).encode("utf-8"))
    return path


def read_notes(db: Database) -> list[dict]:
    """The notes of this book's restores, oldest first (a damaged note is skipped)."""
    folder = default_backup_dir(db)
    if not folder.is_dir():
        return []
    notes = []
    for path in sorted(folder.glob(f"{EVIDENCE_PREFIX}*/{NOTE_NAME}")):
        try:
            note = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(note, dict) and note.get("database_id") == db.database_id:
            notes.append({**note, "folder": str(path.parent)})
    return notes


def evidence_backups(db: Database) -> list[Path]:
    """The backup files kept aside at this book's restores."""
    folder = default_backup_dir(db)
    if not folder.is_dir():
        return []
    found = [
        *folder.glob(f"{EVIDENCE_PREFIX}*/*.sqlite"),
        *folder.glob(f"{EVIDENCE_PREFIX}*/*{SUFFIX}"),
    ]
    return sorted(found)


def _sync_folder(folder: Path) -> None:
    if POSIX:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
