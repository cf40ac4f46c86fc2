"""The bench's backup figures, on a copy of the scratch copy in a folder of its own (so that its
backups folder is the bench's, never the book's):

- ``backup_s``: a whole backup as ``desk-app backup`` and the daily one make it — the online
  copy, ``quick_check``, zstd, written, read back and checked; ``backup_mb`` its size and
  ``backup_share`` that size over the database file's (issue 19: < 15 s, ≤ 40%);
- ``ui_stall_ms_during_backup``: the window's longest stall while the backup of a sealed
  handover runs beside it (``bench.probe backup_stall``: a 10 ms timer in the real window, the
  longest gap between its ticks while the backup thread runs; target < 100 ms), with
  ``backup_in_window_s`` how long that backup took there.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from desk_app.bench.books import BENCH_PIN
from desk_app.bench.scratch import copy_database
from desk_app.bench.window import run_probe
from desk_app.store.backup import backup_database
from desk_app.store.database import connect


def backup_figures(copy: Path, person: str, config_dir: Path) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(dir=copy.parent, prefix=".bench-backup-"))
    try:
        book = folder / "book.sqlite"
        copy_database(copy, book)
        with book.open("rb+") as fh:  # the copy's writing done before the backup is timed
            os.fsync(fh.fileno())
        size = book.stat().st_size
        db = connect(str(book), create=False)
        try:
            start = time.perf_counter()
            made = backup_database(db, reason="manual")
            seconds = time.perf_counter() - start
        finally:
            db.dispose()
        login = ["--db", str(book), "--person", person, "--pin", BENCH_PIN]
        _elapsed, window = run_probe(["backup_stall", *login], config_dir)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "backup_s": seconds,
        "backup_mb": made.size / 1e6,
        "backup_share": made.size / size,
        "ui_stall_ms_during_backup": window["stall_ms"],
        "ui_stall_ms_idle": window["idle_stall_ms"],
        "backup_in_window_s": window["backup_s"],
    }
