"""Starting the window: open the database, first-start set-up, sign in, then the main window.

The controller rebuilds the main window for a language switch or a change of person, so every
string and every dock is made anew for them rather than patched in place.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

# The layers under the window are imported first, before any Qt module: PySide6 hooks ``import``
# and reads the source of every module imported after it (looking for ``__feature__``), some
# 0.2 ms a module. SQLAlchemy and the services are a few hundred modules; importing them first
# takes ~40 ms off start-up. ``tests/ui/shell/test_startup_imports.py`` keeps the order. Only
# what the window's own modules import: a book's commands, First steps and the roster's months
# and requests come with the docks, forms and pages that use them, when first shown (issue 19).
import desk_app.domain.date_input  # noqa: F401 - imported for its side effect: loaded before Qt
import desk_app.services.backups  # noqa: F401
import desk_app.services.changes  # noqa: F401
import desk_app.services.complaints.views  # noqa: F401
import desk_app.services.handover.commands  # noqa: F401
import desk_app.services.integrity  # noqa: F401
import desk_app.services.log.commands  # noqa: F401
import desk_app.services.lostfound.views  # noqa: F401
import desk_app.services.roster.duty  # noqa: F401
import desk_app.services.settings  # noqa: F401
import desk_app.services.supervision.inspection_views  # noqa: F401
import desk_app.services.supervision.review  # noqa: F401
from desk_app.collector import pausing
from desk_app.config import Preferences
from desk_app.domain.errors import DeskError
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk, close_desk, open_desk

# isort: split
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from desk_app.translators import install_language, system_language
from desk_app.ui.common.errors import error_text, messenger
from desk_app.ui.shell.background_backup import wait_for_backups
from desk_app.ui.shell.crash import install_crash_handler
from desk_app.ui.shell.icon import app_icon
from desk_app.ui.shell.main_window import MainWindow
from desk_app.ui.shell.upgrade_notice import remember_upgrade, show_pending_upgrade

if TYPE_CHECKING:
    from desk_app.services.restore import RestoreDone

LANGUAGE_KEY = "language"
LAST_PERSON_KEY = "last_person"


class DeskController:
    def __init__(self, desk: Desk, prefs: Preferences, language: str) -> None:
        self.desk = desk
        self.prefs = prefs
        self.language = install_language(language)
        self.window: MainWindow | None = None
        # The first manager, signed in by the set-up itself (their PIN was just typed twice).
        self.signed_in: Actor | None = None

    def start(self) -> MainWindow | None:
        """Set-up or this station's name if needed, who signs in, then the window (with First
        steps for a manager while the book still needs them); None when someone cancelled."""
        if not self.prepare_station():
            return None
        actor = self.signed_in or self.sign_in()
        if actor is None:
            return None
        self._remember(actor)
        window = self.open_window(actor)
        _offer_first_steps(window)
        return window

    def prepare_station(self) -> bool:
        """First start of a new database, or of this computer on a known one."""
        from desk_app.ui.shell.account_dialogs import SetupDialog, StationDialog

        if accounts.needs_setup(self.desk):
            dialog = SetupDialog(self.desk)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            self.signed_in = dialog.actor
            self.prefs.set_station_for(self.desk.url, self.desk.station)
        elif not self.prefs.station_for(self.desk.url):
            dialog = StationDialog(self.desk)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            self.prefs.set_station_for(self.desk.url, self.desk.station)
        return True

    def sign_in(self, parent=None) -> Actor | None:
        """The name list starts at whoever signed in last at this station."""
        from desk_app.ui.shell.account_dialogs import LoginDialog

        last = self.prefs.get(LAST_PERSON_KEY, {}).get(self.desk.url)
        dialog = LoginDialog(self.desk, parent, person_id=last)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        self._remember(dialog.actor)
        return dialog.actor

    def _remember(self, actor: Actor) -> None:
        self.prefs.set(
            LAST_PERSON_KEY, {**self.prefs.get(LAST_PERSON_KEY, {}), self.desk.url: actor.id}
        )

    @pausing  # building the window: desk_app/collector.py
    def open_window(self, actor: Actor) -> MainWindow:
        old = self.window
        if old is not None:
            old.save_layout()
        window = MainWindow(self.desk, actor, self.prefs, self.language)
        window.language_requested.connect(self.change_language)
        window.switch_person_requested.connect(self.switch_person)
        window.book_replaced.connect(self.book_restored)
        window.backup_opened.connect(lambda backup, desk: _open_backup(window, backup, desk))
        window.archive_open_requested.connect(lambda: _open_archive(window))
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
            _offer_first_steps(self.open_window(actor))

    def book_restored(self, done: RestoreDone) -> None:
        """A backup was put in the book's place: the window starts again on it, as the manager
        if the restored book knows them with the PIN they typed, else as whoever signs in.
        Nobody signing in closes the program: a window on the old view must not go on."""
        from desk_app.ui.shell.backups_dialog import restored_text

        old = self.window
        assert old is not None
        actor = done.actor or self.sign_in(old)
        if actor is None:
            old.ask_before_closing = False
            old.close()
            return
        window = self.open_window(actor)
        messenger.info(window, restored_text(done))


# What the first window does not show is imported when first used (issue 19): the set-up, station
# and sign-in dialogs, First steps, a backup's window.
def _offer_first_steps(window: MainWindow) -> None:
    from desk_app.ui.shell.first_steps import offer_first_steps

    offer_first_steps(window)


def _open_backup(window: MainWindow, backup, desk: Desk) -> None:
    from desk_app.ui.shell.backup_window import open_backup_window

    open_backup_window(window, backup, desk)


def _open_archive(window: MainWindow) -> None:
    """Desk → Open archive…: imported when first used (it brings the archive's services)."""
    from desk_app.ui.shell.archive_window import open_archive_window

    open_archive_window(window)


def run_gui(*, db_url: str, station: str | None = None, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_crash_handler()
    QCoreApplication.setApplicationName("DutyDesk")
    QCoreApplication.setOrganizationName("DutyDesk")
    app.setWindowIcon(app_icon())  # every window's title bar and the taskbar
    # Wayland's taskbar finds the icon through the menu entry the .deb installs (dutydesk.desktop).
    app.setDesktopFileName("dutydesk")
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
    remember_upgrade(prefs, desk)  # said once, by the first window opened on it
    code = 1
    try:
        controller = DeskController(desk, prefs, language)
        if lang:
            prefs.set(LANGUAGE_KEY, controller.language)
        if station:
            prefs.set_station_for(desk.url, station)
            accounts.register_station(desk)
        window = controller.start()
        if window is None:
            return code
        show_pending_upgrade(window, prefs, desk.url)
        code = app.exec()
    finally:
        wait_for_backups(desk)  # the handover's backup, if it is still being made
        try:
            close_desk(desk)
        except DeskError as exc:
            # The window is gone; the terminal is the only place left to say it.
            print(error_text(exc), file=sys.stderr)
    return code
