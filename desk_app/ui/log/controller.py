"""The duty log in the window: its dock (quick entry, filters, the book), its menu, an entry's page.

The page opens over the window and, from its links, the complaint, found item or key an entry is
about, through the window's record registry. Strings are in the "MainWindow" context the menus
were translated in, written out for lupdate. Pages are imported when first opened: start-up pays
only for what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMenuBar, QWidget

from desk_app.services.desk import Actor, Desk
from desk_app.services.log import views as log_views
from desk_app.ui.log.dock import LogPanel
from desk_app.ui.shell.book import BookController
from desk_app.ui.shell.menus import menu_action
from desk_app.ui.shell.records import COMPLAINT, ENTRY, KEY, LF_ITEM

if TYPE_CHECKING:
    from desk_app.ui.shell.main_window import MainWindow


class LogController(BookController):
    """The duty log's dock, menu and entry page."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.panel = LogPanel(self.desk, self.actor)
        self.dock = window.add_dock(
            "logDock",
            QCoreApplication.translate("MainWindow", "Duty log"),
            self.panel,
            Qt.DockWidgetArea.TopDockWidgetArea,
        )
        self.panel.open_entry.connect(self.open_entry)
        window.changes_applied.connect(self.panel.apply_changes)
        window.records.register(
            ENTRY, open=self.open_entry, page=entry_page, id_of=log_views.entry_id_of
        )

    def add_menu(self, menu: QMenuBar) -> None:
        window = self.window
        log_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Log"))
        new_entry = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&New entry"),
            self.panel.quick.focus_line,
        )
        # The quick-entry line already owns Ctrl+L; the menu entry names it as a hint only.
        new_entry.setText(QCoreApplication.translate("MainWindow", "&New entry\tCtrl+L"))
        log_menu.addAction(new_entry)
        log_menu.addAction(
            menu_action(
                window,
                QCoreApplication.translate("MainWindow", "&Open selected entry"),
                self.open_selected,
                "Ctrl+O",
            )
        )
        log_menu.addAction(
            menu_action(
                window,
                QCoreApplication.translate("MainWindow", "&Search"),
                self.panel._focus_search,
            )
        )
        log_menu.addAction(
            menu_action(
                window,
                QCoreApplication.translate("MainWindow", "&Refresh"),
                window.read_everything_again,
                "F5",
            )
        )

    def open_selected(self) -> None:
        entry = self.panel.selected_entry()
        if entry is not None:
            self.open_entry(entry.id)

    def open_entry(self, entry_id: str) -> None:
        """An entry's page; a link on it opens the record it is about once it has closed."""
        from desk_app.ui.log.entry_dialog import EntryDialog

        if self.window.locked:
            return
        dialog = EntryDialog(self.desk, self.actor, entry_id, self.window)
        if dialog.detail is None:  # the error was shown; an empty dialog would only confuse
            dialog.deleteLater()
            return
        onward: list[tuple[str, str]] = []
        dialog.open_complaint.connect(lambda record_id: onward.append((COMPLAINT, record_id)))
        dialog.open_item.connect(lambda record_id: onward.append((LF_ITEM, record_id)))
        dialog.open_key.connect(lambda record_id: onward.append((KEY, record_id)))
        dialog.exec()
        dialog.deleteLater()
        for kind, record_id in onward[:1]:
            self.window.records.open(kind, record_id)


def entry_page(desk: Desk, actor: Actor, entry_id: str, parent: QWidget) -> QDialog | None:
    """An entry over a sheet or a report: no links onward to other books' pages (one page over
    the sheet at a time)."""
    from desk_app.ui.log.entry_dialog import EntryDialog

    page = EntryDialog(desk, actor, entry_id, parent, links=False)
    if page.detail is None:
        page.deleteLater()
        return None
    return page
