"""The main window's menu bar: Desk, a menu per book (each book's controller adds its own, with
``menu_action``), View, Admin and Help.

Every action is added to the window (``addAction``), so its shortcut works wherever the focus is
and locking switches them all off.

The strings stay in the "MainWindow" context the translations were made in: written out as
``QCoreApplication.translate("MainWindow", "...")``, since lupdate only reads literal calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

from desk_app.domain.roles import Capability, can
from desk_app.ui.help.context import install_help_key

if TYPE_CHECKING:
    from desk_app.ui.shell.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    menu = window.menuBar()
    _desk_menu(window, menu)
    for book in window.books:
        book.add_menu(menu)
    window.supervision.add_menu(menu)
    _view_menu(window, menu)
    _admin_menu(window, menu)
    _help_menu(window, menu)


def menu_action(
    window: MainWindow,
    text: str,
    slot,
    shortcut: str | None = None,
    name: str | None = None,
    needs: Capability | None = None,
) -> QAction:
    """``needs``: the capability without which the action is shown but greyed out."""
    action = QAction(text, window)
    if needs is not None:
        action.setEnabled(can(window.actor.role, needs))
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if name:
        action.setObjectName(name)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _desk_menu(window: MainWindow, menu: QMenuBar) -> None:
    desk_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Desk"))
    window.lock_action = menu_action(
        window,
        QCoreApplication.translate("MainWindow", "&Lock now"),
        window.lock,
        "Ctrl+Shift+L",
        "lockAction",
    )
    desk_menu.addAction(window.lock_action)
    desk_menu.addAction(
        menu_action(
            window,
            QCoreApplication.translate("MainWindow", "Sign in as someone &else…"),
            window.switch_person_requested.emit,
        )
    )
    desk_menu.addSeparator()
    # An archive (issue 19) is read where a desk user looks for the book: here, not in Admin.
    window.open_archive_action = menu_action(
        window,
        QCoreApplication.translate("MainWindow", "Open &archive…"),
        lambda: _open_archive(window),
        name="openArchiveAction",
        needs=Capability.REVIEW_LOG,
    )
    desk_menu.addAction(window.open_archive_action)
    desk_menu.addSeparator()
    desk_menu.addAction(
        menu_action(
            window, QCoreApplication.translate("MainWindow", "&Quit"), window.close, "Ctrl+Q"
        )
    )


def _view_menu(window: MainWindow, menu: QMenuBar) -> None:
    view_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.setObjectName("viewMenu")
    for book in window.books:
        view_menu.addAction(book.dock.toggleViewAction())
    view_menu.addAction(window.open_items_dock.toggleViewAction())


def _admin_menu(window: MainWindow, menu: QMenuBar) -> None:
    """People and settings; the lost-and-found settings and the key register, already in their
    books' menus, are here too."""
    admin = menu.addMenu(QCoreApplication.translate("MainWindow", "&Admin"))
    window.people_action = menu_action(
        window,
        QCoreApplication.translate("MainWindow", "&People…"),
        window.show_people,
        name="peopleAction",
        needs=Capability.MANAGE_PEOPLE,
    )
    admin.addAction(window.people_action)
    window.staff_directory_action = menu_action(
        window,
        QCoreApplication.translate("MainWindow", "S&taff directory…"),
        lambda: _open_staff_directory(window),
        name="staffDirectoryAction",
    )
    admin.addAction(window.staff_directory_action)
    admin.addAction(
        menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Settings…"),
            window.show_settings,
            name="settingsAction",
        )
    )
    admin.addAction(window.lostfound.settings_action)
    admin.addAction(window.keys.key_register_action)
    admin.addAction(
        menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Label printer…"),
            lambda: _open_label_printer(window),
            name="labelPrinterAction",
        )
    )
    admin.addSeparator()
    window.integrity_action = menu_action(
        window,
        QCoreApplication.translate("MainWindow", "&Verify the book…"),
        window.show_integrity,
        name="integrityAction",
        needs=Capability.REVIEW_LOG,
    )
    admin.addAction(window.integrity_action)
    window.backups_action = menu_action(
        window,
        QCoreApplication.translate("MainWindow", "&Backups…"),
        lambda: _open_backups(window),
        name="backupsAction",
        needs=Capability.REVIEW_LOG,
    )
    admin.addAction(window.backups_action)
    window.archive_action = menu_action(
        window,
        QCoreApplication.translate("MainWindow", "A&rchive…"),
        lambda: _open_archive_dialog(window),
        name="archiveAction",
        needs=Capability.ARCHIVE,
    )
    admin.addAction(window.archive_action)


def _open_staff_directory(window: MainWindow) -> None:
    """Imported when first opened: start-up pays only for what it shows."""
    from desk_app.ui.shell.staff_dialog import open_staff_directory

    if not window.locked:
        open_staff_directory(window)


def _open_label_printer(window: MainWindow) -> None:
    from desk_app.ui.lostfound.label_printer import open_label_printer

    if not window.locked:
        open_label_printer(window)


def _open_backups(window: MainWindow) -> None:
    from desk_app.ui.shell.backups_dialog import open_backups

    open_backups(window)


def _open_archive(window: MainWindow) -> None:
    """The archive's window is a main window: the window's owner opens it (app.py)."""
    if not window.locked:
        window.archive_open_requested.emit()


def _open_archive_dialog(window: MainWindow) -> None:
    from desk_app.ui.shell.archive_dialog import open_archive_dialog

    open_archive_dialog(window)


def _open_first_steps(window: MainWindow) -> None:
    from desk_app.ui.shell.first_steps import open_first_steps

    open_first_steps(window)


def _help_menu(window: MainWindow, menu: QMenuBar) -> None:
    help_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.setObjectName("helpMenu")
    # F1: the user guide at the page of what has focus; in a dialog too (ui/help/context.py).
    window.help_key = install_help_key(window)
    window.help_action = menu_action(
        window,
        QCoreApplication.translate("MainWindow", "&User guide"),
        lambda: window.help_key.open_for(),
        "F1",
        "helpAction",
    )
    help_menu.addAction(window.help_action)
    help_menu.addAction(
        menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&First steps…"),
            lambda: _open_first_steps(window),
            name="firstStepsAction",
        )
    )
    help_menu.addSeparator()
    help_menu.addAction(
        menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&About DutyDesk"),
            window.show_about,
        )
    )
