"""Admin → Backups: this book's backups as the window lists them, checked one at a time, a
backup made now, the second folder every backup is copied to, and a backup opened to be read.

Supervisors and managers see the list, check a backup, make one and open one read-only (to look
up what the book held then); the second folder and restoring (:mod:`desk_app.services.restore`)
are the manager's. A PostgreSQL book has no backups here: the server's are made and kept on the
server, by whoever looks after it.

Checking a backup is ``verify`` on the file opened read-only — decompressed first into a
temporary folder when it is compressed (:mod:`desk_app.store.backup_open`); seconds on a big
book — so it runs only when asked, and its verdict is kept for the session under the file's size
and time: the same file is not checked twice, a file changed since is checked again.

How many backups rotation keeps (:mod:`desk_app.domain.backup_rotation`) is the manager's, a
setting of the book like the second folder.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desk_app.domain.backup_rotation import RotationPolicy, validate_policy
from desk_app.domain.errors import (
    DatabaseReadOnly,
    NotFound,
    PermissionDenied,
    StorageError,
    ValidationError,
)
from desk_app.domain.roles import Capability
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.settings import change_setting
from desk_app.store.backup import (
    ROTATION_KEY,
    SECOND_FOLDER_KEY,
    BackupInfo,
    backup_database,
    backups_in,
    backups_of,
    default_backup_dir,
    in_chain,
    is_of,
    read_backup,
    rotation_policy,
    second_folder,
)
from desk_app.store.backup_open import open_backup_file
from desk_app.store.restore import EVIDENCE_PREFIX

Progress = Callable[[int, int], None]


class Verdict(Value):
    """What checking a backup found: whole, or how many problems (the read-only window's
    Admin → Verify lists them)."""

    ok: bool
    problems: int
    journal_rows: int


class BackupRow(Value):
    path: Path
    made_at: datetime | None  # None: made before backups were marked (the file's time unknown)
    size: int
    reason: str  # daily, handover, manual, before-upgrade, before-restore
    seq: int  # the journal head it holds
    hash: str
    in_chain: bool  # the book still holds that head: False, it holds entries the book has not
    set_aside: bool  # kept aside at a restore, as evidence
    verdict: Verdict | None  # None: not checked this session
    compressed: bool = True  # False: a plain SQLite file, made before backups were compressed


class BackupsView(Value):
    on_server: bool  # PostgreSQL: nothing here, the server keeps the backups
    folder: Path | None
    second_folder: Path | None
    second_newest: datetime | None  # the newest copy in the second folder
    rows: tuple[BackupRow, ...]  # newest first
    policy: RotationPolicy = RotationPolicy()  # how many rotation keeps


class BackupMade(Value):
    path: Path
    size: int
    second_copy: Path | None
    second_error: str | None


# path -> (size, mtime_ns, verdict): a session's checks (the dialog is opened again and again).
_verdicts: dict[Path, tuple[int, int, Verdict]] = {}
_verdicts_lock = threading.Lock()


def _file_key(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def known_verdict(path: Path) -> Verdict | None:
    """The verdict of this session's check of ``path``, if the file is unchanged since."""
    with _verdicts_lock:
        kept = _verdicts.get(path)
    try:
        return kept[2] if kept is not None and kept[:2] == _file_key(path) else None
    except OSError:
        return None


def _row(desk: Desk, info: BackupInfo, *, set_aside: bool) -> BackupRow:
    return BackupRow(
        path=info.path,
        made_at=datetime.fromisoformat(info.made_at) if info.made_at else None,
        size=info.path.stat().st_size,
        reason=info.reason,
        seq=info.seq,
        hash=info.hash,
        in_chain=in_chain(desk.db, info),
        set_aside=set_aside,
        verdict=known_verdict(info.path),
        compressed=info.compressed,
    )


def list_backups(desk: Desk, actor: Actor) -> BackupsView:
    """This book's backups beside it, and those kept aside at a restore, newest first."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.REVIEW_LOG)
    if desk.db.sqlite_path is None:
        return BackupsView(True, None, None, None, ())
    folder = default_backup_dir(desk.db)
    rows = [_row(desk, info, set_aside=False) for info in backups_of(desk.db)]
    if folder.is_dir():
        for evidence in sorted(folder.glob(f"{EVIDENCE_PREFIX}*")):
            rows.extend(
                _row(desk, info, set_aside=True)
                for info in backups_in(evidence)
                if is_of(desk.db, info)
            )
    rows.sort(key=lambda r: (r.made_at.timestamp() if r.made_at else 0, r.seq), reverse=True)
    second = second_folder(desk.db)
    newest = None
    if second is not None and second.is_dir():
        copies = [b for b in backups_of(desk.db, second) if b.made_at]
        newest = max((datetime.fromisoformat(b.made_at) for b in copies), default=None)
    return BackupsView(False, folder, second, newest, tuple(rows), rotation_policy(desk.db))


def _refuse_read_only(desk: Desk) -> None:
    if desk.db.read_only:
        raise DatabaseReadOnly(
            "The database {where} was opened only to be read.", where=desk.db.where
        )


def backup_info(desk: Desk, path: Path) -> BackupInfo:
    """The backup at ``path``, refused unless it is one of this book's."""
    info = read_backup(path) if path.is_file() else None
    if info is None:
        raise NotFound("{path} is not a DutyDesk backup.", path=str(path))
    if not is_of(desk.db, info):
        raise ValidationError("{path} is a backup of another database.", path=str(path))
    return info


def verify_backup(
    desk: Desk, actor: Actor, path: Path, progress: Progress | None = None
) -> Verdict:
    """verify on the backup, opened read-only (nothing is written, even beside it); its verdict
    kept for the session. A backup is held to the anchor inside it, not to the book's."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.REVIEW_LOG)
    from desk_app.store.verify import verify  # imported when first asked (start-up: issue 19)

    backup_info(desk, path)
    key = _file_key(path)
    db = open_backup_file(path, progress)  # a compressed one decompressed (and so checked) first
    try:
        report = verify(db, progress)
    finally:
        db.dispose()
    verdict = Verdict(report.ok, len(report.problems), report.journal_rows)
    with _verdicts_lock:
        _verdicts[path] = (*key, verdict)
    return verdict


def back_up_now(desk: Desk, actor: Actor, progress: Progress | None = None) -> BackupMade:
    """A backup beside the book (and in the second folder), as ``desk-app backup`` makes."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.REVIEW_LOG)
    _refuse_read_only(desk)
    result = backup_database(desk.db, reason="manual", progress=progress)
    return BackupMade(result.path, result.size, result.second_copy, result.second_error)


def back_up_beside(
    desk: Desk, actor: Actor, reason: str, progress: Progress | None = None
) -> BackupMade:
    """The backup the window takes by itself, beside the window (the one at a sealed handover),
    for whoever is signed in there."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
    _refuse_read_only(desk)
    result = backup_database(desk.db, reason=reason, progress=progress)
    return BackupMade(result.path, result.size, result.second_copy, result.second_error)


def missing_second_folder(desk: Desk) -> Path | None:
    """The second backup folder set for this book when it is not there now (a USB stick not
    plugged in, a share not reached): backups go on beside the book, the window warns."""
    if desk.db.sqlite_path is None or desk.db.read_only:
        return None
    folder = second_folder(desk.db)
    return folder if folder is not None and not folder.is_dir() else None


def _refuse_on_server(desk: Desk) -> None:
    if desk.db.sqlite_path is None:
        raise StorageError(
            "Backups of a PostgreSQL database are made on the server (pg_dump), not by DutyDesk."
        )


def set_rotation(desk: Desk, actor: Actor, policy: RotationPolicy) -> RotationPolicy:
    """The manager's four numbers: every backup of the last days, then one a day, a week, a
    month (each a whole number from 0; the newest backup is always kept)."""
    _refuse_on_server(desk)
    clean = validate_policy(policy)
    change_setting(desk, actor, ROTATION_KEY, clean.as_json(), lambda _conn: None)
    return clean


def set_second_folder(desk: Desk, actor: Actor, folder: str) -> Path | None:
    """The manager names the second folder ("" for none). It must exist now and not be the
    backups folder beside the book: a copy on the same disk is no second copy."""
    _refuse_on_server(desk)
    text = folder.strip()
    if text:
        path = Path(text).expanduser()
        if not path.is_absolute():
            raise ValidationError(
                "Give the second backup folder's full path.", field="second_folder"
            )
        if not path.is_dir():
            raise ValidationError(
                "There is no folder {folder}. Plug in the disk or create the folder first.",
                field="second_folder",
                folder=str(path),
            )
        if path.resolve() in (
            default_backup_dir(desk.db).resolve(),
            desk.db.sqlite_path.parent.resolve(),
        ):
            raise ValidationError(
                "The second backup folder must be another place than the book's own folders.",
                field="second_folder",
            )
        text = str(path.resolve())
    change_setting(desk, actor, SECOND_FOLDER_KEY, text, lambda _conn: None)
    return Path(text) if text else None


def open_backup(desk: Desk, actor: Actor, path: Path, progress: Progress | None = None) -> Desk:
    """The backup opened only to be read, as a desk of its own for a read-only window: the
    signed-in person must have been a supervisor or manager in the book when it was made.
    ``progress`` follows its decompression (and the rebuilding of its indexes)."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.REVIEW_LOG)
    backup_info(desk, path)
    db = open_backup_file(path, progress)
    backup = Desk(db=db, station=desk.station, clock=desk.clock)
    try:
        with db.read() as conn:
            require(conn, actor, Capability.REVIEW_LOG)
    except PermissionDenied as exc:
        db.dispose()
        raise PermissionDenied(
            "You were not a supervisor or manager in the book when this backup was made, so "
            "it cannot be opened in your name."
        ) from exc
    except BaseException:
        db.dispose()
        raise
    return backup
