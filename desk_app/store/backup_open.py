"""A backup opened only to be read (Check, Open read-only…, ``desk-app verify`` on a backup).

A plain backup (made before backups were compressed) is opened where it lies, read-only. A
compressed one is first decompressed — checked on the way, its indexes rebuilt, :func:`desk_app.
store.backup_file.decompress_to` — into a private temporary folder, which is removed when the
handle is let go of (``dispose``): a backup on read-only media or a USB stick is read without
writing beside it. So is one that ``zstd -d`` unpacked, which lacks its indexes: copied there,
and they are rebuilt in the copy.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, fields
from pathlib import Path

from desk_app.domain.errors import StorageError
from desk_app.store.backup_file import Progress, decompress_to, is_compressed, made_whole
from desk_app.store.backup_lean import needs_rebuild
from desk_app.store.database import open_readonly
from desk_app.store.files import PRIVATE_FOLDER
from desk_app.store.handle import Database


@dataclass
class DecompressedBackup(Database):
    """A read-only handle on a backup decompressed into ``folder``, removed at ``dispose``."""

    folder: Path | None = None
    backup: Path | None = None  # the compressed file it was made from

    def dispose(self) -> None:
        try:
            super().dispose()
        finally:
            if self.folder is not None:
                shutil.rmtree(self.folder, ignore_errors=True)
                self.folder = None


def open_backup_file(where: str | Path, progress: Progress | None = None) -> Database:
    """The backup (or book) at ``where`` opened read-only (see the module's docstring); a
    PostgreSQL URL is opened as :func:`open_readonly` opens it. ``progress`` follows the
    decompression."""
    text = str(where)
    path = Path(text).expanduser() if "://" not in text else None
    if path is None or not (is_compressed(path) or needs_rebuild(path)):
        return open_readonly(text)
    folder = Path(tempfile.mkdtemp(prefix="dutydesk-backup-"))
    try:
        folder.chmod(PRIVATE_FOLDER)
        target = folder / path.name.removesuffix(".zst")
        try:
            if is_compressed(path):
                decompress_to(path, target, progress)
            else:  # a backup zstd -d unpacked: copied, its indexes rebuilt in the copy
                shutil.copyfile(path, target)
                made_whole(path, target, progress)
        except OSError as exc:
            raise StorageError(
                "The backup {path} could not be decompressed to {folder}: {error}",
                path=str(path),
                folder=str(folder),
                error=exc.strerror or str(exc),
            ) from exc
        db = open_readonly(str(target))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    values = {f.name: getattr(db, f.name) for f in fields(Database)}
    return DecompressedBackup(**values, folder=folder, backup=path)
