"""Writing a report file so that a failure leaves nothing half-written.

The file is written to a temporary file in the target folder, flushed to disk, then renamed
over the target: a failed write leaves neither a partial file nor the temporary one, and an
existing file of that name is untouched until the new one is complete. Failures the user can act
on are raised as :class:`StorageError` with a translated template (see ``domain/errors.py``);
a bug inside the writer is not hidden, but the temporary file still goes.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desk_app.domain.errors import StorageError


def atomic_write(path: Path, writer: Callable[[BinaryIO], object]) -> None:
    """Create ``path`` from what ``writer`` writes into the binary file it is given.

    The folder is checked before ``writer`` runs; whatever fails, the temporary file goes.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise StorageError(
            "The folder {folder} does not exist. Choose another folder for the export.",
            field="path",
            folder=str(folder),
        )
    # Not mkstemp: its file is private (0600); a report gets the usual permissions.
    tmp = folder / f".{path.name}.{uuid.uuid4().hex[:12]}.tmp"
    try:
        f = open(tmp, "xb")  # noqa: SIM115 - closed below, before the rename
    except PermissionError:
        raise StorageError(
            "The folder {folder} is read-only. DutyDesk needs to write there.",
            field="path",
            folder=str(folder),
        ) from None
    except OSError as exc:
        raise _failed(path, exc) from exc
    try:
        with f:
            writer(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise _failed(path, exc) from exc
    except BaseException:
        _discard(tmp)
        raise
    _sync_folder(folder)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Create ``path`` holding ``data`` (see :func:`atomic_write`)."""
    atomic_write(path, lambda f: f.write(data))


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows (POSIX); best effort."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _failed(path: Path, exc: OSError) -> StorageError:
    return StorageError(
        "The export to {path} failed: {error}",
        field="path",
        path=str(path),
        error=exc.strerror or str(exc),
    )
