"""The bench's scratch databases: made beside the measured file, databases of their own, their
anchors kept in a folder of the bench's own, and removed whole afterwards. The measured book
itself is only read."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desk_app.store.meta import DATABASE_ID


def file_bytes(path: Path) -> int:
    total = 0
    for suffix in ("", "-wal"):
        p = Path(str(path) + suffix)
        if p.exists():
            total += p.stat().st_size
    return total


def remove_sqlite_files(path: Path) -> None:
    """The scratch book and everything named after it beside it: its WAL, its anchor, and the
    temporary file of an anchor being written when a probe process ended (``.{name}-…``, as
    store.files.write_atomically names it), which a process that exits mid-write leaves."""
    for suffix in ("", "-wal", "-shm", "-journal", ".anchor.json"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    for pattern in (path.name + "*", "." + path.name + "*"):
        for extra in path.parent.glob(pattern):
            extra.unlink(missing_ok=True)


def scratch_path(folder: Path, prefix: str) -> Path:
    fd, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".sqlite")
    os.close(fd)
    os.unlink(name)  # SQLite creates it; only the unique name was wanted
    return Path(name)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy with SQLite's online backup API (the source may be in use), made a
    database of its own: the bench writes into it, and its anchors must never be taken for the
    book's (a copy of the same id would be held to them, and they to it)."""
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute(
                "UPDATE desk_meta SET value = ? WHERE key = ?", (uuid.uuid4().hex, DATABASE_ID)
            )
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()


@contextmanager
def scratch_data_folder() -> Iterator[None]:
    """The bench's databases keep their anchors in a folder of the bench's own, removed after:
    nothing of it is left in the user's data folder."""
    saved = os.environ.get("DESK_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="desk-bench-data-") as folder:
        os.environ["DESK_DATA_DIR"] = folder
        try:
            yield
        finally:
            if saved is None:
                os.environ.pop("DESK_DATA_DIR", None)
            else:
                os.environ["DESK_DATA_DIR"] = saved
