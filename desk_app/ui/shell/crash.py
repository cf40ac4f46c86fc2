"""A bug nobody caught: one dialog with the details to copy, and the traceback in the log file.

Known errors (a DeskError, a full disk, a locked book) are shown where they happen, by the
action that met them. Anything else that escapes a slot, a timer or an event handler reaches
Python's ``sys.excepthook``; without this module it would only be printed to a terminal nobody
reads. :func:`install_crash_handler` (called once by the window's start-up) makes that hook
write the traceback to the rotating log file (:mod:`desk_app.logfile`) and show one message
through the Messenger (:mod:`desk_app.ui.common.errors`), its details the traceback, ready to
copy. A bug that repeats while the dialog is open (a paint event, a timer) is logged, not shown
again.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desk_app.logfile import LOGGER, install_log_file
from desk_app.ui.common import errors

_log = logging.getLogger(f"{LOGGER}.crash")


class CrashHandler:
    """The hook itself: ``sys.excepthook`` is this object while the window runs."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.showing = False

    def __call__(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        _log.error("uncaught exception", exc_info=(kind, exc, tb))
        if self.showing:
            return
        self.showing = True
        try:
            errors.messenger.error(
                QApplication.activeWindow(),
                message_text(exc, self.log_file),
                "".join(traceback.format_exception(kind, exc, tb)),
            )
        finally:
            self.showing = False


def message_text(exc: BaseException, log_file: Path) -> str:
    return (
        QCoreApplication.translate(
            "errors",
            "Something went wrong inside DutyDesk. Please pass on the details below; they are "
            "also kept in {path}.",
        ).replace("{path}", str(log_file))
        + "\n"
        + f"{type(exc).__name__}: {exc}"
    )


def install_crash_handler(log_file: Path | None = None) -> CrashHandler:
    """Write the ``desk_app`` log to its file and show a bug nobody caught; returns the hook."""
    handler = CrashHandler(install_log_file(log_file))
    sys.excepthook = handler
    return handler
