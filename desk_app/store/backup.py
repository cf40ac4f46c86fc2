"""Online backups with SQLite's backup API: consistent while the desk keeps writing, compressed.

A backup is known as this database's by what is inside it — the database's own id and the
journal head it holds, both written into its ``desk_meta`` as it is made (the anchor inside
every backup), and into the header of the compressed file (:mod:`desk_app.store.backup_file`) —
never by its file name: two databases in one folder may share any prefix, and a file can be
renamed. Rotation removes only files it proves are its own (this database's id, and a head that
is still in this database's chain: a backup holding entries the book no longer has is evidence,
and stays), and keeps a grandfather-father-son set (:mod:`desk_app.domain.backup_rotation`, the
manager's numbers in the book's settings); nothing else in the folder is touched, or even
opened for writing.

Each backup is made as an SQLite copy beside it (``.<name>.partial``), its indexes left out
(:mod:`desk_app.store.backup_lean`: rebuilt as it is decompressed), checked (``PRAGMA
quick_check``, its journal head read), compressed into ``<name>.sqlite.zst.partial``, flushed to
the disk, read back and decompressed whole to check it, and only then renamed into place: a
file whose name does not end in ``.partial`` is whole. A process killed half-way leaves only
``.partial`` files, which are never listed, and which a later backup removes once they are
plainly abandoned. The copy is owner-only (it holds the PIN hashes) and uses a rollback journal
rather than WAL (so that reading it later, even from read-only media, creates nothing beside
it). Backups made before compression (plain ``.sqlite`` files) are still listed, rotated,
checked and restored.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from desk_app.domain.backup_rotation import RotationPolicy, to_keep
from desk_app.domain.errors import StorageError
from desk_app.domain.value import Value
from desk_app.store.anchor import hash_at, read_head
from desk_app.store.backup_file import PARTIAL, SUFFIX, Header, check, compress, header_of
from desk_app.store.backup_lean import leave_out
from desk_app.store.files import POSIX, create_private_file, private_folder, tighten_folder
from desk_app.store.handle import Database
from desk_app.store.meta import BACKUP_AT, BACKUP_HASH, BACKUP_REASON, BACKUP_SEQ, DATABASE_ID
from desk_app.store.sqlite_file import SQLITE_HEADER, Kind, probe
from desk_app.store.tables import setting

# The desk-wide setting holding the manager's rotation policy (RotationPolicy.as_json()).
ROTATION_KEY = "backup_rotation"
# A ``.partial`` file untouched this long belongs to a backup that died (killed, power cut): a
# live one writes to it every few seconds.
ABANDONED_AFTER_S = 3600
# The desk-wide setting naming a second folder every backup is copied to (another disk, a USB
# stick, a network folder): a disk that dies takes the book and the folder beside it together.
SECOND_FOLDER_KEY = "second_backup_folder"
_log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class BackupResult(Value):
    path: Path
    size: int
    removed: tuple[Path, ...]
    anchor_seq: int | None
    # Old backups rotation could not remove, with why: the backup itself was made and counts.
    not_removed: tuple[tuple[Path, str], ...] = ()
    # The copy in the second backup folder, or why it could not be made (the backup counts).
    second_copy: Path | None = None
    second_error: str | None = None


class BackupInfo(Value):
    """What a backup file says about itself."""

    path: Path
    database_id: str | None  # None: made before databases had an id
    seq: int  # the journal head it holds
    hash: str
    made_at: str  # ISO time in UTC; "" for a backup made before backups were marked
    reason: str
    compressed: bool = False  # a .sqlite.zst (backup_file); False: a plain SQLite file

    @property
    def when(self) -> float:
        """When it was made, as a timestamp (a backup made before the marks: its file's time)."""
        if self.made_at:
            return datetime.fromisoformat(self.made_at).timestamp()
        return self.path.stat().st_mtime


def default_backup_dir(db: Database) -> Path:
    assert db.sqlite_path is not None
    return db.sqlite_path.with_name("backups")


def read_backup(path: Path) -> BackupInfo | None:
    """The backup's own account of itself, read without changing it — a compressed backup's
    header, or a plain one's marks —; None for any file that is not a DutyDesk backup or
    database."""
    header = header_of(path)
    if header is not None:
        return BackupInfo(
            path=path,
            database_id=header.database_id,
            seq=header.seq,
            hash=header.hash,
            made_at=header.made_at,
            reason=header.reason,
            compressed=True,
        )
    found = probe(path, head=True)
    if found.kind is not Kind.DUTYDESK or found.journal_head is None:
        return None
    seq, digest = found.journal_head
    meta = found.meta
    marked = BACKUP_SEQ in meta and meta[BACKUP_SEQ].isdigit()
    return BackupInfo(
        path=path,
        database_id=meta.get(DATABASE_ID),
        seq=int(meta[BACKUP_SEQ]) if marked else seq,
        hash=meta.get(BACKUP_HASH, digest) if marked else digest,
        made_at=meta.get(BACKUP_AT, ""),
        reason=meta.get(BACKUP_REASON, ""),
    )


def backups_in(folder: Path) -> list[BackupInfo]:
    """Every DutyDesk backup or database file directly in ``folder``, whatever its name, but a
    ``.partial`` one (still being written, or left by a backup that died) or a hidden one."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.name.endswith(PARTIAL) or not path.is_file():
            continue
        if not _starts_like_backup(path):
            continue
        info = read_backup(path)
        if info is not None:
            found.append(info)
    return found


def _starts_like_backup(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            start = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return start == SQLITE_HEADER or header_of(path) is not None


def is_of(db: Database, info: BackupInfo) -> bool:
    """Says it is this database's: its id (or, made before ids, a head in this chain)."""
    if info.database_id is not None:
        return info.database_id == db.database_id
    return info.seq > 0 and in_chain(db, info)


def in_chain(db: Database, info: BackupInfo) -> bool:
    """The head the backup holds is in this database's chain, at that place, with that hash
    (an empty backup holds nothing the chain could have lost)."""
    return info.seq == 0 or hash_at(db, info.seq) == info.hash


def backups_of(db: Database, folder: Path | None = None) -> list[BackupInfo]:
    """This database's backups in ``folder`` (the default folder if None), oldest first."""
    found = [b for b in backups_in(folder or default_backup_dir(db)) if is_of(db, b)]
    return sorted(found, key=lambda b: (b.seq, b.made_at, b.path.name))


def backup_database(
    db: Database,
    to_dir: Path | None = None,
    reason: str = "manual",
    *,
    progress: Progress | None = None,
    at: datetime | None = None,
    rotate: bool = True,
) -> BackupResult:
    """A compressed, checked backup of the book (see the module's docstring), then rotation and
    the copy to the second folder. ``progress(done, total)`` follows the copy, the compression
    and the check; ``at`` is when it counts as made (now); ``rotate`` False leaves the older
    backups alone (a restore's own backup: the one restored must not be rotated away)."""
    if db.sqlite_path is None:
        raise StorageError(
            "Backups of a PostgreSQL database are made on the server (pg_dump), not by DutyDesk."
        )
    target_dir = to_dir or default_backup_dir(db)
    try:
        if to_dir is None:
            tighten_folder(target_dir)
        else:
            private_folder(target_dir)
    except OSError as exc:
        raise StorageError(
            "Cannot create the backup folder {folder}: {error}",
            folder=str(target_dir),
            error=exc.strerror or str(exc),
        ) from exc
    now = at or datetime.now(UTC)
    name = f"{db.sqlite_path.stem}-{now:%Y%m%d-%H%M%S-%f}-{reason}"
    target = target_dir / f"{name}{SUFFIX}"
    raw = target_dir / f".{name}.sqlite{PARTIAL}"  # the SQLite copy, before it is compressed
    partial = target.with_name(target.name + PARTIAL)
    _remove_abandoned(target_dir, db.sqlite_path.stem)
    steps = _Steps(progress)
    try:
        header = _copy(db.sqlite_path, raw, made_at=now.isoformat(), reason=reason)
        steps.report(333)
        compress(raw, partial, header, steps.step(1))
        raw.unlink()
        check(partial, header, steps.step(2))
        partial.replace(target)
        _sync_folder(target_dir)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(
            "The backup to {folder} failed: {error}", folder=str(target_dir), error=str(exc)
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        raw.unlink(missing_ok=True)
    # From here on the backup is made: what fails now is said, and does not unmake it (nor a
    # sheet sealed just before).
    removed, not_removed = _rotate(db, target_dir, keep=target, now=now) if rotate else ((), ())
    second_copy, second_error = (
        (None, None) if to_dir is not None else _copy_to_second(db, target, now)
    )
    anchor = None
    if db.anchors is not None:
        db.anchors.flush_now()  # an anchor not written shows in the window's status bar
        anchor = read_head(db)
    return BackupResult(
        path=target,
        size=target.stat().st_size,
        removed=removed,
        anchor_seq=anchor[0] if anchor else None,
        not_removed=not_removed,
        second_copy=second_copy,
        second_error=second_error,
    )


class _Steps:
    """One progress over the three passes, in thousandths: the copy (and its check), compressing,
    reading back."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self.report(0)

    def report(self, thousandths: int) -> None:
        if self._progress is not None:
            self._progress(min(thousandths, 1000), 1000)

    def step(self, index: int) -> Progress:
        return lambda done, total: self.report((1000 * index + 1000 * done // max(total, 1)) // 3)


def _remove_abandoned(folder: Path, stem: str) -> None:
    """``.partial`` files of this book's backups left by a backup that died (killed, a power
    cut), once nothing has written to them for an hour: never listed, they would fill the disk."""
    limit = time.time() - ABANDONED_AFTER_S
    ours = re.compile(rf"\.?{re.escape(stem)}-\d{{8}}-\d{{6}}-\d{{6}}-[a-z-]+\.")
    for path in folder.glob(f"*{PARTIAL}*"):  # and an SQLite copy's -journal
        if not ours.match(path.name):
            continue
        with contextlib.suppress(OSError):
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()
                _log.warning("abandoned partial backup %s removed", path)


def rotation_policy(db: Database) -> RotationPolicy:
    """The manager's rotation policy for this book (the defaults if never set, or unreadable)."""
    try:
        with db.read() as conn:
            value = conn.execute(
                select(setting.c.value).where(setting.c.key == ROTATION_KEY)
            ).scalar()
    except (SQLAlchemyError, StorageError) as exc:  # a book too old to have settings, say
        _log.error("the backup rotation policy could not be read: %s", exc)
        return RotationPolicy()
    try:
        return RotationPolicy.from_json(json.loads(value) if value else None)
    except ValueError:
        return RotationPolicy()


def second_folder(db: Database) -> Path | None:
    """The second backup folder the manager set for this book, or None."""
    with db.read() as conn:
        value = conn.execute(
            select(setting.c.value).where(setting.c.key == SECOND_FOLDER_KEY)
        ).scalar()
    folder = json.loads(value) if value else ""
    return Path(folder) if folder else None


def _copy_to_second(db: Database, made: Path, now: datetime) -> tuple[Path | None, str | None]:
    """The backup just made, copied whole into the second folder (then rotated there as in the
    first). The folder must already be there: a USB stick not plugged in must not turn its
    mount point into a folder on the local disk. A failure is logged and returned, never
    raised: the backup beside the book is made and counts."""
    try:
        folder = second_folder(db)
    except (SQLAlchemyError, StorageError) as exc:  # a book too old to have settings, say
        _log.error("the second backup folder could not be read: %s", exc)
        return None, str(exc)
    if folder is None:
        return None, None
    target = folder / made.name
    partial = target.with_name(target.name + PARTIAL)
    try:
        if not folder.is_dir():
            raise FileNotFoundError(f"the folder {folder} is not there")
        _remove_abandoned(folder, db.sqlite_path.stem)
        create_private_file(partial)
        shutil.copyfile(made, partial)
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        partial.replace(target)
        _sync_folder(folder)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        _log.error("backup %s not copied to the second folder %s: %s", made, folder, exc)
        return None, exc.strerror or str(exc)
    _rotate(db, folder, keep=target, now=now)
    return target, None


def _copy(source_path: Path, partial: Path, *, made_at: str, reason: str) -> Header:
    """A consistent copy, marked inside with when and why it was made and the head it holds,
    checked (``quick_check``: the pages and records whole, in linear time); what the compressed
    file's header says of it."""
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    source = sqlite3.connect(str(source_path))
    try:
        dest = sqlite3.connect(str(partial), isolation_level=None)
        try:
            # The copy is a step on the way (the compressed file is what is flushed to the
            # disk): not synced, which on a desk PC's disk saves seconds.
            dest.execute("PRAGMA synchronous=OFF")
            source.backup(dest)  # one step: a write meanwhile does not restart it
            dest.execute("PRAGMA journal_mode=DELETE")
            seq, digest = dest.execute(
                "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"
            ).fetchone() or (0, bytes(32))
            marks = {
                BACKUP_AT: made_at,
                BACKUP_REASON: reason,
                BACKUP_SEQ: str(seq),
                BACKUP_HASH: bytes(digest).hex(),
            }
            dest.execute("BEGIN")
            dest.executemany(
                "INSERT OR REPLACE INTO desk_meta (key, value) VALUES (?, ?)", marks.items()
            )
            dest.execute("COMMIT")
            leave_out(dest)  # rebuilt as it is decompressed
            ok = dest.execute("PRAGMA quick_check").fetchone()[0]
            database_id = dest.execute(
                "SELECT value FROM desk_meta WHERE key = ?", (DATABASE_ID,)
            ).fetchone()
            revision = dest.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            dest.close()
    finally:
        source.close()
    if ok != "ok":
        raise StorageError(
            "The backup {path} failed its integrity check: {detail}", path=str(partial), detail=ok
        )
    return Header(
        database_id=database_id[0] if database_id else None,
        seq=int(seq),
        hash=bytes(digest).hex(),
        made_at=made_at,
        reason=reason,
        size=partial.stat().st_size,
        revision=revision[0] if revision else None,
    )


def _sync_folder(folder: Path) -> None:
    if POSIX:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _rotate(
    db: Database, folder: Path, keep: Path, now: datetime
) -> tuple[tuple[Path, ...], tuple[tuple[Path, str], ...]]:
    """Remove this database's backups the rotation policy does not keep: only files proven its
    own, and never one whose head the chain no longer holds. (removed, (not removed, why))."""
    own = [b for b in backups_of(db, folder) if b.path == keep or in_chain(db, b)]
    policy = rotation_policy(db)
    local_now = now.astimezone()
    kept = to_keep(
        ((b.path, datetime.fromtimestamp(b.when).astimezone()) for b in own), policy, local_now
    )
    removed: list[Path] = []
    failed: list[tuple[Path, str]] = []
    for info in own:
        if info.path == keep or info.path in kept:
            continue
        try:
            info.path.unlink()
        except OSError as exc:
            _log.warning("old backup %s not removed: %s", info.path, exc)
            failed.append((info.path, exc.strerror or str(exc)))
        else:
            removed.append(info.path)
    return tuple(removed), tuple(failed)


def backup_if_due(db: Database, max_age_hours: float = 24) -> BackupResult | None:
    """The daily backup: taken when this database's newest backup (known by what is inside it)
    is older than a day, or there is none."""
    if db.sqlite_path is None:
        return None
    newest = max((b.when for b in backups_of(db)), default=None)
    if newest is not None and datetime.now(UTC).timestamp() - newest < max_age_hours * 3600:
        return None
    return backup_database(db, reason="daily")
