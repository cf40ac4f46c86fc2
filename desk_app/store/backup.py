"""Online backups with SQLite's backup API: consistent while the desk keeps writing.

Each backup is checked (``PRAGMA integrity_check`` on the copy) before it counts, the oldest are
removed beyond ``KEEP``, and the journal anchor is rewritten.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desk_app.domain.errors import StorageError
from desk_app.store.anchor import write_anchor
from desk_app.store.database import Database

KEEP = 14


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    removed: tuple[Path, ...]
    anchor_seq: int | None


def default_backup_dir(db: Database) -> Path:
    assert db.sqlite_path is not None
    return db.sqlite_path.with_name("backups")


def backup_database(
    db: Database, to_dir: Path | None = None, reason: str = "manual"
) -> BackupResult:
    if db.sqlite_path is None:
        raise StorageError(
            "Backups of a PostgreSQL database are made on the server (pg_dump), not by DutyDesk."
        )
    target_dir = to_dir or default_backup_dir(db)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            "Cannot create the backup folder {folder}: {error}",
            folder=str(target_dir),
            error=exc.strerror or str(exc),
        ) from exc
    now = datetime.now(UTC)
    stem = db.sqlite_path.stem
    target = target_dir / f"{stem}-{now:%Y%m%d-%H%M%S-%f}-{reason}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        source = sqlite3.connect(str(db.sqlite_path))
        try:
            dest = sqlite3.connect(str(partial))
            try:
                source.backup(dest)
                ok = dest.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dest.close()
        finally:
            source.close()
        if ok != "ok":
            raise StorageError(
                "The backup {path} failed its integrity check: {detail}",
                path=str(target),
                detail=ok,
            )
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(
            "The backup to {folder} failed: {error}", folder=str(target_dir), error=str(exc)
        ) from exc
    removed = _rotate(target_dir, stem)
    anchor = write_anchor(db, now.isoformat())
    return BackupResult(
        path=target,
        size=target.stat().st_size,
        removed=removed,
        anchor_seq=anchor.seq if anchor else None,
    )


def _rotate(folder: Path, stem: str) -> tuple[Path, ...]:
    backups = sorted(folder.glob(f"{stem}-*.sqlite"))
    old = backups[:-KEEP] if len(backups) > KEEP else []
    for path in old:
        path.unlink()
    return tuple(old)


def backup_if_due(db: Database, max_age_hours: float = 24) -> BackupResult | None:
    """The daily backup: taken when the newest one is older than a day (or there is none)."""
    if db.sqlite_path is None:
        return None
    folder = default_backup_dir(db)
    newest = max(
        (p.stat().st_mtime for p in folder.glob(f"{db.sqlite_path.stem}-*.sqlite")), default=None
    )
    if newest is not None and datetime.now(UTC).timestamp() - newest < max_age_hours * 3600:
        return None
    return backup_database(db, reason="daily")
