"""Starting the window: open the database, first-start set-up, sign in, then the main window.

The controller rebuilds the main window for a language switch or a change of person, so every
string and every dock is made anew for them rather than patched in place.
"""

from __future__ import annotations

import sys

# The layers under the window are imported first, before any Qt module: PySide6 hooks ``import``
# and reads the source of every module imported after it (looking for ``__feature__``), some
# 0.2 ms a module. SQLAlchemy and the services are a few hundred modules; importing them first
# takes ~40 ms off start-up. ``tests/ui/shell/test_startup_imports.py`` keeps the order.
import desk_app.domain.date_input  # noqa: F401 - imported for its side effect: loaded before Qt
import desk_app.services.changes  # noqa: F401
import desk_app.services.complaints.commands  # noqa: F401
import desk_app.services.handover.commands  # noqa: F401
import desk_app.services.integrity  # noqa: F401
import desk_app.services.keys.commands  # noqa: F401
import desk_app.services.log.commands  # noqa: F401
import desk_app.services.lostfound.commands  # noqa: F401
import desk_app.services.roster.commands  # noqa: F401
import desk_app.services.roster.requests  # noqa: F401
import desk_app.services.settings  # noqa: F401
import desk_app.services.supervision.review  # noqa: F401
from desk_app.config import Preferences
from desk_app.domain.errors import DeskError
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk, close_desk, open_desk

# isort: split
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from desk_app.translators import install_language, system_language
from desk_app.ui.common.errors import error_text, messenger
from desk_app.ui.shell.account_dialogs import LoginDialog, SetupDialog, StationDialog
from desk_app.ui.shell.crash import install_crash_handler
from desk_app.ui.shell.icon import app_icon
from desk_app.ui.shell.main_window import MainWindow

LANGUAGE_KEY = "language"
LAST_PERSON_KEY = "last_person"


class DeskController:
    def __init__(self, desk: Desk, prefs: Preferences, language: str) -> None:
        self.desk = desk
        self.prefs = prefs
        self.language = install_language(language)
        self.window: MainWindow | None = None

    def prepare_station(self) -> bool:
        """First start of a new database, or of this computer on a known one."""
        if accounts.needs_setup(self.desk):
            dialog = SetupDialog(self.desk)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            self.prefs.set_station_for(self.desk.url, self.desk.station)
        elif not self.prefs.station_for(self.desk.url):
            dialog = StationDialog(self.desk)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            self.prefs.set_station_for(self.desk.url, self.desk.station)
        return True

    def sign_in(self, parent=None) -> Actor | None:
        """The name list starts at whoever signed in last at this station."""
        last = self.prefs.get(LAST_PERSON_KEY, {}).get(self.desk.url)
        dialog = LoginDialog(self.desk, parent, person_id=last)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        self.prefs.set(
            LAST_PERSON_KEY,
            {**self.prefs.get(LAST_PERSON_KEY, {}), self.desk.url: dialog.actor.id},
        )
        return dialog.actor

    def open_window(self, actor: Actor) -> MainWindow:
        old = self.window
        if old is not None:
            old.save_layout()
        window = MainWindow(self.desk, actor, self.prefs, self.language)
        window.language_requested.connect(self.change_language)
        window.switch_person_requested.connect(self.switch_person)
        self.window = window
        window.show()
        if old is not None:
            old.ask_before_closing = False  # replaced, not closed: the next person takes over
            old.close()
            old.deleteLater()
        return window

    def change_language(self, language: str) -> None:
        self.language = install_language(language)
        self.prefs.set(LANGUAGE_KEY, self.language)
        if self.window is not None:
            self.open_window(self.window.actor)

    def switch_person(self) -> None:
        assert self.window is not None
        actor = self.sign_in(self.window)
        if actor is not None:
            self.open_window(actor)


def run_gui(*, db_url: str, station: str | None = None, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_crash_handler()
    QCoreApplication.setApplicationName("DutyDesk")
    QCoreApplication.setOrganizationName("DutyDesk")
    app.setWindowIcon(app_icon())  # every window's title bar and the taskbar
    prefs = Preferences()
    language = install_language(lang or prefs.get(LANGUAGE_KEY) or system_language())
    try:
        desk = open_desk(db_url)
    except DeskError as exc:
        messenger.error(None, error_text(exc))
        return 2
    desk.station = (
        station or prefs.station_for(desk.url) or QCoreApplication.translate("app", "Front desk")
    )
    code = 1
    try:
        controller = DeskController(desk, prefs, language)
        if lang:
            prefs.set(LANGUAGE_KEY, controller.language)
        if station:
            prefs.set_station_for(desk.url, station)
            accounts.register_station(desk)
        if not controller.prepare_station():
            return code
        actor = controller.sign_in()
        if actor is None:
            return code
        controller.open_window(actor)
        code = app.exec()
    finally:
        try:
            close_desk(desk)
        except DeskError as exc:
            # The window is gone; the terminal is the only place left to say it.
            print(error_text(exc), file=sys.stderr)
    return code
