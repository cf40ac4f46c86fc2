"""The archive's bench figures (issue 19): one year of a four-year demo book archived, then the
book verified.

    .venv/bin/python packaging/bench_archive.py [--book FILE] [--keep DIR]

Makes a four-year demo book ending on 1 January 2026 (the years 2022-2025, some 15 minutes; or
takes a copy of one made before with ``--book``), archives its oldest year (the demo's accounts
are made on 31 December 2021: that year first, a few rows), then times archiving 2022 — one
year of four — as ``desk-app archive`` does it, and ``verify`` on the book afterwards. Prints
one JSON object:

- ``archive_year_s``: the whole archiving of 2022, its twelve monthly duty reports included;
- ``archive_reports_s``: the reports' part of it (helper processes, one per processor, beside
  the rest: they take the longest);
- ``archive_year_without_reports_s``: the same archiving on another copy with the reports left
  out (the backup, the archive written and checked, the year taken out, the file made smaller);
- ``size_before_mb`` / ``size_after_mb``: the book's file; ``archive_mb``: the archive's;
- ``verify_s``: ``verify`` on the book after (its chain from the checkpoint, every record).

Every figure is wall time on this machine, as it is loaded at the time: run it on a quiet one.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MB = 1 << 20


def make_book(path: Path) -> None:
    from desk_app.demo.seed import DEMO_STATION, seed_demo
    from desk_app.domain.clock import FixedClock
    from desk_app.progress import ProgressBar
    from desk_app.services.desk import Desk
    from desk_app.store.database import connect

    db = connect(str(path))
    try:
        clock = FixedClock(datetime(2026, 1, 1, 0, 30).astimezone())
        with ProgressBar("four-year demo") as bar:
            seed_demo(Desk(db=db, station=DEMO_STATION, clock=clock), years=4, progress=bar)
    finally:
        db.dispose()


def archive(path: Path, year: int, *, reports: bool = True):
    from desk_app.progress import ProgressBar
    from desk_app.services import archive_reports
    from desk_app.services.archive import archive_year
    from desk_app.services.desk import Desk
    from desk_app.store.database import connect

    kept = archive_reports.MonthlyReports
    if not reports:
        archive_reports.MonthlyReports = _NoReports  # the rest alone, for the comparison
    db = connect(str(path), create=False)
    desk = Desk(db=db, station="Front desk")
    try:
        with ProgressBar(f"archive {year}") as bar:
            return archive_year(desk, None, year, labels=_labels(), progress=bar)
    finally:
        desk.db.dispose()
        archive_reports.MonthlyReports = kept


class _NoReports:
    def __init__(self, *_args, **_kwargs) -> None:
        self.paths: dict = {}

    def start(self) -> None: ...

    def wait(self, progress=None) -> list:
        return []

    def stop(self) -> None: ...

    def remove(self) -> None: ...


def _labels() -> dict[str, str]:
    from desk_app.translators import printing_language
    from desk_app.ui.handover.labels import handover_labels

    with printing_language("en"):
        return handover_labels()


def verify_seconds(path: Path) -> tuple[float, bool]:
    from desk_app.store.database import open_readonly
    from desk_app.store.verify import verify

    began = time.perf_counter()
    db = open_readonly(str(path))
    try:
        report = verify(db)
    finally:
        db.dispose()
    return time.perf_counter() - began, report.ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--book", type=Path, help="a four-year demo book made before (copied)")
    parser.add_argument("--keep", type=Path, help="keep the books and archives in this folder")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="desk-bench-archive-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        made = folder / "made.sqlite"
        if args.book:
            shutil.copyfile(args.book, made)
        elif not made.exists():
            make_book(made)
        figures: dict[str, object] = {}
        for name, reports in (("without", False), ("with", True)):
            book = folder / name / "desk.sqlite"
            book.parent.mkdir(exist_ok=True)
            # Each copy's anchors apart (and not in the user's data folder): two copies of one
            # book archived apart are two books, each held to its own anchors.
            os.environ["DESK_DATA_DIR"] = str(book.parent / "data")
            shutil.copyfile(made, book)
            archive(book, 2021, reports=reports)  # the demo's accounts, made on 31 December 2021
            before = book.stat().st_size
            began = time.perf_counter()
            done = archive(book, 2022, reports=reports)
            seconds = time.perf_counter() - began
            if reports:
                figures["archive_year_s"] = round(seconds, 1)
                figures["archive_reports_s"] = round(done.reports_seconds, 1)
                figures["size_before_mb"] = round(before / MB)
                figures["size_after_mb"] = round(book.stat().st_size / MB)
                figures["archive_mb"] = round(done.archive.stat().st_size / MB)
                figures["records_archived"] = done.records_removed
                figures["journal_rows_archived"] = done.journal_rows
                verified, ok = verify_seconds(book)
                figures["verify_s"] = round(verified, 1)
                figures["verify_ok"] = ok
            else:
                figures["archive_year_without_reports_s"] = round(seconds, 1)
        figures["cpus"] = os.cpu_count()
        print(json.dumps(figures, indent=1))
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
