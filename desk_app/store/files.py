"""Files the program writes beside the books: owner-only, written whole or not at all.

The database and its backups hold the PIN hashes; an argon2id guess costs some 20 ms, so every
4-digit PIN of a file another account on the PC can read falls in minutes. On POSIX what we
create is therefore readable by its owner alone (0600, folders 0700); SQLite gives the WAL and
shared-memory files the database file's own mode. On Windows the user's data folder already
has an owner-only ACL, which files inherit, so nothing is changed there.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
POSIX = os.name == "posix"


def private_folder(path: Path) -> Path:
    """Make ``path`` (and its missing parents) a folder; the folder itself owner-only when this
    call creates it. A folder that already exists is left as its owner set it: it may be a
    shared drive the property chose."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        if POSIX:
            path.chmod(PRIVATE_FOLDER)
    return path


def tighten_folder(path: Path) -> None:
    """Owner-only for a folder that is the program's own (the user data folder, the default
    backups folder), when this account owns it; created if missing."""
    private_folder(path)
    if POSIX and path.stat().st_uid == os.getuid():
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            path.chmod(mode & 0o700 | PRIVATE_FOLDER)


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty and owner-only if it does not exist yet (True if this call made it),
    so that SQLite, opening it next, gives its WAL the same mode."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    if POSIX:
        os.chmod(path, PRIVATE_FILE)  # whatever the umask
    return True


def write_atomically(path: Path, data: bytes) -> None:
    """Write, flush to the disk, then rename over ``path``: a reader sees the old file or the new
    one, never half of either, even after a power cut. The folder is synced too on POSIX, so the
    rename itself survives."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if POSIX:
            os.chmod(tmp, PRIVATE_FILE)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if POSIX:
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
