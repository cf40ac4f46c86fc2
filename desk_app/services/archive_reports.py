"""A year's monthly duty reports, exported as PDF beside its archive before anything is removed.

Twelve reports of a busy month take minutes to lay out (some 14,000 rows a month on the demo's
desk), one processor each: they are written by helper processes, one per processor, each taking
every n-th month, while the archiving goes on in this one. Each is the duty report the command
line exports (``services.duty_report`` with no actor, ``reports.duty_report.pdf``), written
whole or not at all. A helper that cannot start or fails leaves its months to this process.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import logging
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

from desk_app.domain.clock import local_midnight
from desk_app.domain.errors import DeskError, StorageError
from desk_app.reports.duty_report.pdf import write_duty_report_pdf
from desk_app.services.desk import Desk
from desk_app.services.duty_report import duty_report
from desk_app.store.files import POSIX, PRIVATE_FILE

_log = logging.getLogger(__name__)
JOB_VARIABLE = "DESK_ARCHIVE_REPORTS"
PARENT_VARIABLE = "DESK_ARCHIVE_PARENT"
_PR_SET_PDEATHSIG = 1


def report_name(stem: str, year: int, month: int) -> str:
    return f"{stem}-archive-{year}-duty-report-{year}-{month:02d}.pdf"


def write_month(desk: Desk, year: int, month: int, path: Path, labels: dict[str, str]) -> None:
    start = local_midnight(date(year, month, 1))
    end = local_midnight(date(year + month // 12, month % 12 + 1, 1))
    write_duty_report_pdf(path, duty_report(desk, None, start, end), labels)
    if POSIX:
        path.chmod(PRIVATE_FILE)  # the log is confidential, as the book and its backups are


class MonthlyReports:
    """The twelve reports of ``year`` into ``folder``: started, then waited for."""

    def __init__(
        self,
        desk: Desk,
        year: int,
        folder: Path,
        stem: str,
        labels: dict[str, str],
        helpers: int | None = None,
    ) -> None:
        self._desk = desk
        self.year = year
        self.paths = {m: folder / report_name(stem, year, m) for m in range(1, 13)}
        self._labels = labels
        self._helpers = helpers if helpers is not None else min(os.cpu_count() or 1, 12)
        self._children: list[tuple[subprocess.Popen, list[int]]] = []

    def start(self) -> None:
        if self._helpers < 1 or self._desk.db.sqlite_path is None:
            return
        for i in range(self._helpers):
            months = list(range(1 + i, 13, self._helpers))
            job = {
                "url": self._desk.db.url,
                "station": self._desk.station,
                "year": self.year,
                "months": {str(m): str(self.paths[m]) for m in months},
                "labels": self._labels,
            }
            try:
                child = subprocess.Popen(
                    [sys.executable, "-m", "desk_app.services.archive_reports"],
                    env={
                        **os.environ,
                        JOB_VARIABLE: json.dumps(job),
                        PARENT_VARIABLE: str(os.getpid()),
                    },
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            except OSError as exc:
                _log.warning("archive report helper not started: %s", exc)
                return
            self._children.append((child, months))

    def done(self) -> int:
        """How many reports are written so far."""
        return sum(1 for p in self.paths.values() if p.exists())

    def wait(self, progress=None) -> list[Path]:
        """Every report written (those of a helper that failed, here); raises on failure."""
        left = [m for m in self.paths if not self._children or not self._assigned(m)]
        for child, months in self._children:
            _out, err = child.communicate()
            if child.returncode != 0:
                _log.warning("archive report helper failed: %s", err.decode()[-500:])
                left.extend(m for m in months if not self.paths[m].exists())
        for month in sorted(set(left)):
            write_month(self._desk, self.year, month, self.paths[month], self._labels)
            if progress:
                progress(self.done(), 12)
        missing = [p.name for p in self.paths.values() if not p.exists()]
        if missing:
            raise StorageError(
                "The monthly duty reports were not all written: {names}.", names=", ".join(missing)
            )
        return [self.paths[m] for m in sorted(self.paths)]

    def _assigned(self, month: int) -> bool:
        return any(month in months for _child, months in self._children)

    def stop(self) -> None:
        """Stop the helpers (the archiving failed or was stopped)."""
        for child, _months in self._children:
            if child.poll() is None:
                child.kill()
            child.communicate()

    def remove(self) -> None:
        """This archiving's reports removed, and what an interrupted one left half written."""
        for path in self.paths.values():
            path.unlink(missing_ok=True)
            for stale in path.parent.glob(f".{path.name}.*.tmp"):
                stale.unlink(missing_ok=True)


def _die_with_parent() -> None:
    """An archiving killed (or its window closed) takes its helpers with it: none is left to
    write a report after the next archiving has written and sealed its own (Linux)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _helper() -> int:
    """The helper: ``python -m desk_app.services.archive_reports`` with its job in the
    environment (the database's address stays out of ``ps``)."""
    from desk_app.store.database import open_readonly

    _die_with_parent()
    parent = int(os.environ.get(PARENT_VARIABLE, "0"))
    if parent and os.getppid() != parent:
        return 1  # the archiving that started it is gone already

    job = json.loads(os.environ[JOB_VARIABLE])
    db = open_readonly(job["url"])
    try:
        desk = Desk(db=db, station=job["station"])
        for month, path in job["months"].items():
            if parent and os.getppid() != parent:
                return 1
            write_month(desk, int(job["year"]), int(month), Path(path), job["labels"])
    except DeskError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(_helper())
