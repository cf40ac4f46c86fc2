"""A long check or copy run beside the window (verify the book, check a backup): its progress,
result or error come back as signals, and closing the page that started it stops it at its next
step instead of holding the window (the lock screen waits for it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QWidget


class CheckStopped(Exception):
    """Raised from a job's progress callback once it was asked to stop."""


# A job still running when its page was destroyed finishes here (a QThread destroyed while it
# runs aborts the program); it removes itself when it ends.
_ORPHANS: set[QThread] = set()


class BackgroundJob(QThread):
    """One job run beside the window; ``job`` receives a ``progress(done, total)`` callback."""

    progressed = Signal(int, int)
    finished_with = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[Callable[[int, int], None]], Any], parent: QWidget) -> None:
        super().__init__(parent)
        self._job = job

    stop = False

    def _progress(self, done: int, total: int) -> None:
        if self.stop:
            raise CheckStopped
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except CheckStopped:
            return  # the page is closing: nobody is waiting for the result
        except Exception as exc:  # noqa: BLE001 - handed to the window, which shows it
            self.failed.emit(exc)
        else:
            self.finished_with.emit(result)

    def wait_done(self, ms: int = 60_000) -> None:
        """Until the job has ended and said so (tests; closing the page): the thread finished,
        and the signals it sent on the way out handled."""
        self.wait(ms)
        QCoreApplication.sendPostedEvents()

    def stop_soon(self) -> None:
        """Stop at the next step; if that takes long, let it finish on its own, kept alive."""
        if not self.isRunning():
            return
        self.stop = True
        if not self.wait(5_000):
            self.setParent(None)
            _ORPHANS.add(self)
            self.finished.connect(lambda: _ORPHANS.discard(self))
