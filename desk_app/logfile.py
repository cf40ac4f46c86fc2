"""The program's log file: what the ``desk_app`` loggers say, kept in the user's log folder.

A bug that reaches the window's exception hook is written here whole (its traceback), so a
clerk who closed the dialog can still send it on. The file is rotated: at 1 MB it becomes
``desk.log.1`` and so on, five kept, so it never grows without bound. ``DESK_LOG_DIR`` names
another folder (tests, a portable install).
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from desk_app.config import APP_NAME

LOG_NAME = "desk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
LOGGER = "desk_app"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    override = os.environ.get("DESK_LOG_DIR")
    return (
        Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    )


def log_path() -> Path:
    return log_dir() / LOG_NAME


def install_log_file(path: Path | None = None) -> Path:
    """Send the ``desk_app`` loggers (warnings and above unless set lower) to the rotating log
    file too; once per file, however often it is called. Returns the file's path."""
    path = Path(os.path.abspath(path or log_path()))
    logger = logging.getLogger(LOGGER)
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > logging.WARNING:
        logger.setLevel(logging.WARNING)
    return path


def remove_log_file(path: Path) -> None:
    """Stop writing to ``path`` (closing it): for a test, or a window that closes its book."""
    path = Path(os.path.abspath(path))
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            logger.removeHandler(handler)
            handler.close()
