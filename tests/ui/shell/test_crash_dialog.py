"""A bug that escapes a slot: one dialog with the details to copy, and the traceback in the log
file of the user's log folder."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer

from desk_app import logfile
from desk_app.ui.common import errors as ui_errors
from desk_app.ui.shell.crash import install_crash_handler


class Shown(ui_errors.Messenger):
    """What the clerk would have seen: each dialog's text and its details."""

    def __init__(self) -> None:
        self.dialogs: list[tuple[str, str | None]] = []

    def error(self, parent, text, details=None) -> None:
        self.dialogs.append((text, details))


@pytest.fixture
def crash(tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_LOG_DIR", str(tmp_path / "logs"))
    shown = Shown()
    before = ui_errors.set_messenger(shown)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    handler = install_crash_handler()
    yield shown, handler.log_file
    logfile.remove_log_file(handler.log_file)
    ui_errors.set_messenger(before)


def _bug_in_a_slot(qtbot, message: str) -> None:
    def slot() -> None:
        raise RuntimeError(message)

    QTimer.singleShot(0, slot)
    qtbot.wait(50)


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_one_dialog_and_is_written_to_the_log(qtbot, crash):
    shown, log_file = crash
    assert log_file.parent == logfile.log_dir()
    _bug_in_a_slot(qtbot, "the counter fell over")
    qtbot.waitUntil(lambda: len(shown.dialogs) == 1)

    text, details = shown.dialogs[0]
    assert text.startswith("Something went wrong inside DutyDesk.")
    assert str(log_file) in text
    assert text.endswith("RuntimeError: the counter fell over")
    assert details is not None
    assert details.startswith("Traceback (most recent call last):")
    assert "raise RuntimeError(message)" in details

    for handler in logging.getLogger(logfile.LOGGER).handlers:
        handler.flush()
    written = log_file.read_text(encoding="utf-8")
    assert "ERROR desk_app.crash: uncaught exception" in written
    assert "RuntimeError: the counter fell over" in written


@pytest.mark.qt_no_exception_capture
def test_installing_twice_writes_each_line_once(qtbot, crash):
    shown, log_file = crash
    install_crash_handler()
    _bug_in_a_slot(qtbot, "once")
    qtbot.waitUntil(lambda: len(shown.dialogs) == 1)
    for handler in logging.getLogger(logfile.LOGGER).handlers:
        handler.flush()
    assert log_file.read_text(encoding="utf-8").count("RuntimeError: once") == 1


def test_the_log_file_is_rotated(tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_LOG_DIR", str(tmp_path))
    path = logfile.install_log_file()
    try:
        handler = next(
            h for h in logging.getLogger(logfile.LOGGER).handlers if hasattr(h, "maxBytes")
        )
        assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
        assert path == tmp_path / "desk.log"
    finally:
        logfile.remove_log_file(path)
