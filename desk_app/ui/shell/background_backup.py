"""The backup taken at each sealed handover, made beside the window, and what the status bar says
of backups: how far the one running is, that it was made, that it failed, or that the second
backup folder is not there — a warning, never a failure: the backup beside the book is made.

The window hands the desk its way of taking a backup (``Desk.take_backup``): sealing a sheet then
starts one here and returns at once. The backup — SQLite's online backup on a connection of its
own, the compression on zstd's threads, the check — runs in a thread at a lower priority (nice 10
on Linux, where Qt's thread priorities do nothing; zstd's threads, started from it, inherit it),
so that the window keeps the processor when both want it and never stalls while it runs (``desk-
app bench``: ui_stall_ms_during_backup). The thread belongs to no window: a window given way to
another person's goes, the backup goes on and the next window follows it; the program waits for
it before it closes (:func:`wait_for_backups`), and a restore waits for it before it begins.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from desk_app.domain.errors import DeskError
from desk_app.services import backups as backups_service
from desk_app.services.backups import BackupMade
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import error_text
from desk_app.ui.common.forms import OVERDUE_STYLE
from desk_app.ui.common.labels import format_time
from desk_app.ui.shell.status_bar import StatusItem

if TYPE_CHECKING:
    from desk_app.ui.shell.main_window import MainWindow

AMBER_STYLE = "color: #a35b00; font-weight: bold;"
MADE_SHOWN_MS = 60_000  # "Backup made" stays this long; a warning stays until the next backup
_log = logging.getLogger(__name__)


class BackupThread(QThread):
    """One backup beside the window; how far it is, what it made or why it failed, as signals."""

    progressed = Signal(int)  # percent
    made = Signal(object)  # BackupMade
    failed = Signal(object)  # the exception

    def __init__(self, desk: Desk, actor: Actor, reason: str) -> None:
        super().__init__()  # no parent: it outlives a window replaced
        self.desk, self.actor, self.reason = desk, actor, reason
        self.percent = 0

    def run(self) -> None:
        _lower_priority()
        try:
            made = backups_service.back_up_beside(
                self.desk, self.actor, self.reason, self._progress
            )
        except DeskError as exc:
            _log.error("the %s backup failed: %s", self.reason, exc)
            self.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - said in the status bar, logged in full
            _log.exception("the %s backup failed", self.reason)
            self.failed.emit(exc)
        else:
            self.made.emit(made)

    def _progress(self, done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != self.percent:
            self.percent = percent
            self.progressed.emit(percent)


def _lower_priority() -> None:
    """This thread (and the threads it starts) yields the processor to the window's."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


_RUNNING: set[BackupThread] = set()


def running_backups(desk: Desk) -> list[BackupThread]:
    return [thread for thread in _RUNNING if thread.desk is desk and thread.isRunning()]


def wait_for_backups(desk: Desk | None = None, ms: int = 600_000) -> None:
    """Until the backups running beside the window have ended (closing, restoring; tests)."""
    for thread in list(_RUNNING):
        if desk is None or thread.desk is desk:
            thread.wait(ms)
    QCoreApplication.sendPostedEvents()


class BackupStatus(QObject):
    """The status bar's backup item, and the desk's way of taking a backup beside the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.desk, self.actor = window.desk, window.actor
        self.item = StatusItem("statusBackup")
        window.status_bar.add_item(self.item, permanent=True)
        self.item.hide()
        self._pending: str | None = None
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.item.hide)
        if not self.desk.db.read_only:
            self.desk.take_backup = self.start
        self.check_second_folder()
        for thread in running_backups(self.desk):  # begun under the window this one replaced
            self._follow(thread)
            self._progressed(thread.percent)

    def running(self) -> bool:
        return bool(running_backups(self.desk))

    def start(self, reason: str) -> None:
        """A backup beside the window; asked for while one runs, it follows that one."""
        if self.running():
            self._pending = reason
            return
        thread = BackupThread(self.desk, self.actor, reason)
        _RUNNING.add(thread)
        thread.finished.connect(lambda: _RUNNING.discard(thread))
        self._follow(thread)
        self._progressed(0)
        thread.start(QThread.Priority.LowPriority)

    def _follow(self, thread: BackupThread) -> None:
        thread.progressed.connect(self._progressed)
        thread.made.connect(self._made)
        thread.failed.connect(self._failed)
        thread.finished.connect(self._next)

    def _show(self, full: str, short: str, tooltip: str, style: str = "") -> None:
        self._hide_timer.stop()
        self.item.setStyleSheet(style)
        self.item.set_texts(full, short, tooltip)
        self.item.show()

    def _progressed(self, percent: int) -> None:
        self._show(
            self.tr("Backing up… {percent}%").format(percent=percent),
            self.tr("Backup {percent}%").format(percent=percent),
            self.tr(
                "A backup of the book is being made beside the window (after the handover was "
                "sealed): go on working."
            ),
        )

    def _made(self, made: BackupMade) -> None:
        if made.second_error:
            self.second_folder_warning(made.second_error)
            return
        at = format_time(datetime.now().astimezone())
        self._show(
            self.tr("Backup made {time}").format(time=at),
            self.tr("Backed up"),
            self.tr("Backup made at {time}: {path}").format(time=at, path=made.path),
        )
        self._hide_timer.start(MADE_SHOWN_MS)

    def _failed(self, exc: Exception) -> None:
        detail = error_text(exc) if isinstance(exc, DeskError) else str(exc)
        self._show(
            self.tr("Backup failed"),
            self.tr("Backup failed"),
            self.tr(
                "The backup could not be made: {error}. The book itself is as it was; make one "
                "with Admin → Backups… → Back up now, and tell the manager if it fails again."
            ).format(error=detail),
            OVERDUE_STYLE,
        )

    def _next(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self.start(pending)

    def check_second_folder(self) -> None:
        """Warn if the second backup folder set for the book is not there now."""
        try:
            missing = backups_service.missing_second_folder(self.desk)
        except DeskError:
            return
        if missing is not None:
            self.second_folder_warning(
                self.tr("the folder {folder} is not there").format(folder=missing)
            )

    def second_folder_warning(self, why: str) -> None:
        self._show(
            self.tr("Second backup folder missing"),
            self.tr("2nd folder missing"),
            self.tr(
                "The backups are made beside the book, but cannot be copied to the second "
                "backup folder: {why}. Plug in the disk or reach the share before the next "
                "backup (Admin → Backups… shows the folder)."
            ).format(why=why),
            AMBER_STYLE,
        )
