"""The smoke start: the real program started as at the counter, signed in, shown, closed.

``desk-app --db X smoke --person NAME --pin-from-env VAR`` (desk_app/smoke_command.py) runs the
window's own start (:func:`desk_app.ui.shell.app.run_gui`: the database opened and upgraded, the
language, the sign-in dialog, the main window) and plays the clerk's part in it: in the sign-in
dialog it chooses the person and types the PIN, then presses Sign in; a message box shown on
the way (an upgraded book says so) is printed and acknowledged. Once the signed-in window is
shown and the event loop has run (the docks' first pages read), it prints how long after the
process started that was, and half a second later closes the window as the clerk would. It exits 0 only when all of
that happened; any other dialog, a refused PIN or ``timeout`` seconds end it with exit 1.

It exists for packaging: CI starts the installed build with it (no display, no Python on the
PATH), and packaging/measure_startup.py times it from the build and from the venv in one run.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from desk_app.ui.shell.app import run_gui  # isort: skip - the services before Qt (app.py)

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk_app.ui.shell.account_dialogs import LoginDialog
from desk_app.ui.shell.main_window import MainWindow

STEP_MS = 5
# How long the shown window is left before it is closed: what the start does after showing it
# (a message box it opens, First steps) happens meanwhile and is seen, not cut short.
SETTLE_S = 0.5


def process_age() -> float | None:
    """Seconds since this process started, as the system counts it (Linux), else None."""
    try:
        stat = Path("/proc/self/stat").read_text()
        ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22, starttime
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def say(message: str) -> None:
    print(f"smoke: {message}", flush=True)


class SmokeDriver:
    """Looks at the application's windows every few milliseconds and does the clerk's part."""

    def __init__(self, person: str, pin: str, timeout: float, started: float) -> None:
        self.person = person
        self.pin = pin
        self.deadline = time.monotonic() + timeout
        self.started = started  # perf_counter when the command began
        self.failure: str | None = None
        self.shown: MainWindow | None = None
        self._shown_at = 0.0
        self.signed_in = False
        self._tried_pin = False
        self._closing = 0
        self._timer = QTimer()
        self._timer.timeout.connect(self.step)
        self._timer.start(STEP_MS)

    def fail(self, why: str) -> None:
        self.failure = why
        self._timer.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
            elif isinstance(widget, MainWindow):
                widget.ask_before_closing = False
                widget.close()
        QApplication.exit(1)

    def step(self) -> None:
        if time.monotonic() > self.deadline:
            self.fail("timed out")
            return
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            say(f"message: {modal.text()}")
            modal.accept()
        elif isinstance(modal, LoginDialog):
            self._sign_in(modal)
        elif isinstance(modal, QDialog):
            self.fail(f"unexpected dialog {type(modal).__name__}: {modal.windowTitle()!r}")
        elif self.shown is None:
            self._look_for_window()
        elif self.shown.isVisible() and time.monotonic() - self._shown_at >= SETTLE_S:
            self._close()

    def _sign_in(self, dialog: LoginDialog) -> None:
        if self._tried_pin:
            error = dialog.error.text() or "still asking"
            self.fail(f"sign-in refused: {error}")
            return
        wanted = self.person.casefold()
        names = [dialog.person.itemText(i) for i in range(dialog.person.count())]
        found = [
            i
            for i, name in enumerate(names)
            if wanted in {name.casefold(), *(part.strip().casefold() for part in name.split("/"))}
        ]
        if not found:
            self.fail(f"nobody named {self.person!r} in the sign-in list")
            return
        dialog.person.setCurrentIndex(found[0])
        dialog.pin.setText(self.pin)
        self._tried_pin = True
        dialog.submit()

    def _look_for_window(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                handle = widget.windowHandle()
                if handle is None or not handle.isExposed():
                    return
                QApplication.processEvents()  # the docks' first pages, as a person sees them
                self.shown = widget
                self._shown_at = time.monotonic()
                self.signed_in = True
                age = process_age()
                since_command = time.perf_counter() - self.started
                when = f"{age * 1000:.0f} ms after the process started, " if age else ""
                say(
                    f"signed-in window shown as {widget.actor.name}: {when}"
                    f"{since_command * 1000:.0f} ms after the command began"
                )
                return

    def _close(self) -> None:
        self._closing += 1
        if self._closing > 1:  # the close was refused (a sheet waiting): closed as replaced
            say("the window asked before closing; closing it without asking")
            self.shown.ask_before_closing = False
        self.shown.close()


def run_smoke(
    *,
    db_url: str,
    station: str | None,
    lang: str | None,
    person: str,
    pin: str,
    timeout: float,
    started: float,
) -> int:
    QApplication.instance() or QApplication(sys.argv[:1])
    driver = SmokeDriver(person, pin, timeout, started)
    code = run_gui(db_url=db_url, station=station, lang=lang)
    if driver.failure is not None:
        say(f"FAILED: {driver.failure}")
        return 1
    if not driver.signed_in:
        say(f"FAILED: the window closed before being shown (exit {code})")
        return 1
    say(f"closed, exit {code}")
    return code
