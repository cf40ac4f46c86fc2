"""The key book in the window: its dock, its menu, the issue, loss and restore forms, the board
count, a key's page and the manager's register.

After a form the code line is ready for the next scan. Forms and pages are window-modal, one of
each at a time, hidden by the lock screen with what was typed. Strings are in the "MainWindow"
context the menus were translated in, written out for lupdate. Dialogs are imported when first
opened: start-up pays only for what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMenuBar, QWidget

from desk_app.domain.roles import Capability, can
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.keys import views as keys_views
from desk_app.ui.shell.book import BookController
from desk_app.ui.shell.menus import menu_action
from desk_app.ui.shell.records import KEY

if TYPE_CHECKING:
    from desk_app.ui.keys.dock import KeysPanel
    from desk_app.ui.shell.main_window import MainWindow


class KeysController(BookController):
    """The key book's dock, menu, forms and pages."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.add_lazy_dock(
            "keysDock",
            QCoreApplication.translate("MainWindow", "Keys"),
            Qt.DockWidgetArea.TopDockWidgetArea,
        )
        window.changes_applied.connect(self.apply_changes)
        window.records.register(KEY, open=self.show_key, page=key_page, id_of=keys_views.key_id_of)
        # In the book's menu and in Admin.
        self.key_register_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "Key &register…"),
            self.show_key_register,
            name="keyRegisterAction",
            needs=Capability.CHANGE_SETTINGS,
        )

    def build_panel(self) -> KeysPanel:
        from desk_app.ui.keys.dock import KeysPanel

        panel = KeysPanel(self.desk, self.actor)
        panel.issue_requested.connect(self.issue_key)
        panel.report_requested.connect(self.report_key)
        panel.restore_requested.connect(self.restore_key)
        panel.count_requested.connect(self.count_board)
        panel.register_requested.connect(self.show_key_register)
        panel.open_key.connect(self.open_key)
        return panel

    def apply_changes(self, changes: Changes) -> None:
        if self.built:
            self.panel.apply_changes(changes)

    def time_passed(self) -> None:
        if self.built:
            self.panel.time_passed()

    @property
    def issue_dialog(self) -> QDialog | None:
        return self.pages.get("issue")

    @property
    def report_dialog(self) -> QDialog | None:
        return self.pages.get("report")

    @property
    def restore_dialog(self) -> QDialog | None:
        return self.pages.get("restore")

    @property
    def count_dialog(self) -> QDialog | None:
        return self.pages.get("count")

    @property
    def page(self) -> QDialog | None:
        return self.pages.get("page")

    def add_menu(self, menu: QMenuBar) -> None:
        window = self.window
        keys_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Keys"))
        # K for key: the scanner then types the code and Enter into the line.
        self.key_code_action = menu_action(
            window,
            QCoreApplication.translate(
                "MainWindow", "&Issue or return a key (scan or type its code)"
            ),
            self.focus_key_code,
            "Ctrl+Shift+K",
            "keyCodeAction",
        )
        keys_menu.addAction(self.key_code_action)
        keys_menu.addAction(
            menu_action(
                window,
                QCoreApplication.translate("MainWindow", "&Open selected key"),
                self.open_selected,
                name="openKeyAction",
            )
        )
        keys_menu.addAction(
            menu_action(
                window,
                QCoreApplication.translate("MainWindow", "Keys &out now"),
                self.show_keys_out,
                name="keysOutAction",
            )
        )
        # B for board (Ctrl+Shift+C is a complaint).
        self.count_board_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Count the board…"),
            self.count_board,
            "Ctrl+Shift+B",
            "countBoardAction",
        )
        keys_menu.addAction(self.count_board_action)
        keys_menu.addSeparator()
        keys_menu.addAction(self.key_register_action)

    def show_dock(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def focus_key_code(self) -> None:
        """Ctrl+Shift+K: the key code line, ready for a scan (Enter issues or takes back)."""
        self.show_dock()
        self.panel.focus_code()

    def show_keys_out(self) -> None:
        self.show_dock()
        self.panel.tabs.setCurrentIndex(self.panel.TAB_OUT)

    def open_selected(self) -> None:
        key = self.panel.current_key()
        if key is not None:
            self.open_key(key.id)

    def issue_key(self, code: str) -> None:
        """The issue form for a key on the board, window-modal; the code line again after it."""
        from desk_app.ui.keys.issue_dialog import IssueKeyDialog

        self._open_form("issue", lambda: IssueKeyDialog(self.desk, self.actor, code, self.window))

    def report_key(self, code: str) -> None:
        from desk_app.ui.keys.loss_dialogs import ReportKeyDialog

        self._open_form("report", lambda: ReportKeyDialog(self.desk, self.actor, code, self.window))

    def restore_key(self, code: str) -> None:
        from desk_app.ui.keys.loss_dialogs import RestoreKeyDialog

        self._open_form(
            "restore", lambda: RestoreKeyDialog(self.desk, self.actor, code, self.window)
        )

    def _open_form(self, slot: str, make: Callable[[], QDialog]) -> None:
        if not self._may_open(slot):
            return
        dialog = make()
        dialog.saved.connect(self._form_saved)
        self.pages.keep(slot, dialog, self._form_closed)
        dialog.open()

    def _form_saved(self, view) -> None:
        self.panel.select_key(view.id)
        self.panel.show_saved(view)

    def _form_closed(self) -> None:
        if not self.window.locked:
            self.panel.focus_code()

    def count_board(self) -> None:
        """Ctrl+Shift+B: tick what hangs on the board; the result stays on screen."""
        from desk_app.ui.keys.count_dialog import BoardCountDialog

        if not self._may_open("count"):
            return
        self.show_dock()
        dialog = BoardCountDialog(self.desk, self.actor, self.window)
        self.pages.keep("count", dialog)
        dialog.open()

    def show_key(self, key_id: str) -> None:
        """A key's page, the book's dock shown behind it (opened from another book)."""
        self.show_dock()
        self.open_key(key_id)

    def open_key(self, key_id: str) -> None:
        """A key's page (its loan, its history), window-modal."""
        if not self._may_open("page"):
            return
        page = key_page(self.desk, self.actor, key_id, self.window)
        if page is not None:
            self.pages.keep("page", page)
            page.open()

    def show_key_register(self) -> None:
        from desk_app.ui.keys.register_dialog import KeyRegisterDialog

        if self.window.locked or not can(self.actor.role, Capability.CHANGE_SETTINGS):
            return
        dialog = KeyRegisterDialog(self.desk, self.actor, self.window)
        dialog.exec()
        dialog.deleteLater()


def key_page(desk: Desk, actor: Actor, key_id: str, parent: QWidget) -> QDialog | None:
    from desk_app.ui.keys.page import KeyPage

    page = KeyPage(desk, actor, key_id, parent)
    if page.key is None:  # the error was shown; an empty page would only confuse
        page.deleteLater()
        return None
    return page
