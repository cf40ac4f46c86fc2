"""A demo book across a year's end, long past the retention, for the archive's tests: the demo's
desk on a clock of January 2022 (its last weeks of 2021 and first days of 2022), so that 2021 is
archived by the real clock of any run from 2025 on. Made once per session and copied, with
what checks it needs: a folder of its own, anchors of its own (tests/cli and tests/services)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from desk_app.demo.seed import DEMO_STATION, seed_demo
from desk_app.domain.clock import FixedClock
from desk_app.services.desk import Desk
from desk_app.store.anchor import write_anchor
from desk_app.store.database import connect, open_readonly
from desk_app.store.verify import verify

YEAR = 2021
DEMO_END = datetime(2022, 1, 8, 9, 0)  # local time
DEMO_YEARS = 0.05  # from about 20 December 2021


def make_book(path: Path) -> Path:
    db = connect(str(path))
    try:
        desk = Desk(db=db, station=DEMO_STATION, clock=FixedClock(DEMO_END.astimezone()))
        seed_demo(desk, years=DEMO_YEARS)
    finally:
        db.dispose()
    return path


def copy_book(made: Path, folder: Path) -> Path:
    """The book copied into ``folder`` and anchored there (this test's data folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "desk.sqlite"
    shutil.copyfile(made, path)
    path.chmod(0o600)
    db = connect(str(path), create=False)
    try:
        write_anchor(db)
    finally:
        db.dispose()
    return path


def problems(path: Path) -> list[str]:
    db = open_readonly(str(path))
    try:
        return [p.describe() for p in verify(db).problems]
    finally:
        db.dispose()


def journal_head(path: Path) -> tuple[int, str]:
    db = open_readonly(str(path))
    try:
        with db.read() as conn:
            row = conn.exec_driver_sql("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
            seq, digest = row.one()
            return int(seq), bytes(digest).hex()
    finally:
        db.dispose()


def archive_command(book: Path, *more: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "desk_app",
        "--db",
        str(book),
        "archive",
        "--year",
        str(YEAR),
        *more,
    ]


@contextmanager
def small_disk(folder: Path, size: str):
    """A folder on a disk of ``size`` (tmpfs): writing past it fails with "No space left on
    device", as a full USB stick would. As root (CI); the test fails, never skips, without."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.fail(f"cannot make a small disk for this test: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
