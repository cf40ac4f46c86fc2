"""Lost and found in the window: its dock, its menu, the found-item and loss-report forms, an
item's and a report's pages, the settings.

A form once saved opens its record's page (the tag to print, the reports it may answer). Forms
and pages are window-modal, one of each at a time, hidden by the lock screen with what was typed.
Strings are in the "MainWindow" context the menus were translated in, written out for lupdate.
Dialogs are imported when first opened: start-up pays only for what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMenuBar, QWidget

from desk_app.domain.roles import Capability, can
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.ui.shell.book import BookController
from desk_app.ui.shell.menus import menu_action
from desk_app.ui.shell.records import LF_ITEM, LF_REPORT

if TYPE_CHECKING:
    from desk_app.ui.lostfound.dock import LostFoundPanel
    from desk_app.ui.shell.main_window import MainWindow


class LostFoundController(BookController):
    """Lost and found's dock, menu, forms and pages."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.add_lazy_dock(
            "lostFoundDock",
            QCoreApplication.translate("MainWindow", "Lost and found"),
            Qt.DockWidgetArea.TopDockWidgetArea,
        )
        self._page_once_closed: tuple[str, str] | None = None
        window.changes_applied.connect(self.apply_changes)
        window.records.register(LF_ITEM, open=self.show_item, page=item_page)
        window.records.register(LF_REPORT, open=self.show_report, page=report_page)
        # In the book's menu and in Admin.
        self.settings_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "Lost and found se&ttings…"),
            self.show_settings,
            name="lostFoundSettingsAction",
            needs=Capability.CHANGE_SETTINGS,
        )

    def build_panel(self) -> LostFoundPanel:
        from desk_app.ui.lostfound.dock import LostFoundPanel

        panel = LostFoundPanel(self.desk, self.actor)
        panel.register_requested.connect(self.new_found_item)
        panel.report_requested.connect(self.new_loss_report)
        panel.open_item.connect(self.open_item)
        panel.open_report.connect(self.open_report)
        return panel

    def time_passed(self) -> None:
        if self.built:
            self.panel.time_passed()

    @property
    def found_dialog(self) -> QDialog | None:
        return self.pages.get("found")

    @property
    def loss_dialog(self) -> QDialog | None:
        return self.pages.get("loss")

    @property
    def item_page(self) -> QDialog | None:
        return self.pages.get("item")

    @property
    def report_page(self) -> QDialog | None:
        return self.pages.get("report")

    def apply_changes(self, changes: Changes) -> None:
        if self.built:
            self.panel.apply_changes(changes)
        for page in (self.item_page, self.report_page):
            if page is not None:
                page.apply_changes(changes)

    def add_menu(self, menu: QMenuBar) -> None:
        window = self.window
        lostfound_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "Lost and &found"))
        self.register_item_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Register found item…"),
            self.new_found_item,
            "Ctrl+Shift+F",
            "registerFoundItemAction",
        )
        lostfound_menu.addAction(self.register_item_action)
        # Ctrl+Shift+L already locks the window.
        self.report_loss_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Guest reports a loss…"),
            self.new_loss_report,
            "Ctrl+Shift+R",
            "reportLossAction",
        )
        lostfound_menu.addAction(self.report_loss_action)
        lostfound_menu.addAction(
            menu_action(
                window,
                QCoreApplication.translate("MainWindow", "&Open selected found item"),
                self.open_selected_item,
                name="openFoundItemAction",
            )
        )
        lostfound_menu.addAction(
            menu_action(
                window,
                QCoreApplication.translate("MainWindow", "&Find a found item or scan its tag"),
                self.focus_item_search,
                # T for tag: the scanner then types the number and Enter into the search box.
                "Ctrl+Shift+T",
                "findFoundItemAction",
            )
        )
        lostfound_menu.addAction(
            menu_action(
                window,
                QCoreApplication.translate("MainWindow", "&Search lost reports"),
                self.focus_report_search,
            )
        )
        lostfound_menu.addSeparator()
        lostfound_menu.addAction(self.settings_action)

    def show_dock(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def open_selected_item(self) -> None:
        item = self.panel.selected_item()
        if item is not None:
            self.open_item(item.id)

    def focus_item_search(self) -> None:
        self.show_dock()
        self.panel.focus_item_search()

    def focus_report_search(self) -> None:
        self.show_dock()
        self.panel.focus_report_search()

    def new_found_item(self) -> None:
        """The found-item form, window-modal; once saved, the item's page (its tag to print and
        the reports it may answer)."""
        from desk_app.ui.lostfound.forms import FoundItemDialog

        if not self._may_open("found"):
            return
        dialog = FoundItemDialog(self.desk, self.actor, self.window)
        dialog.saved.connect(self._found_item_saved)
        self.pages.keep("found", dialog, self._form_closed)
        dialog.open()

    def new_loss_report(self) -> None:
        """A guest's report of a lost item; once saved, its page (the found items that may be it)."""
        from desk_app.ui.lostfound.forms import LostReportDialog

        if not self._may_open("loss"):
            return
        dialog = LostReportDialog(self.desk, self.actor, self.window)
        dialog.saved.connect(self._loss_reported)
        self.pages.keep("loss", dialog, self._form_closed)
        dialog.open()

    def _found_item_saved(self, view) -> None:
        self.show_dock()
        self.panel.show_item(view.id)
        self._page_once_closed = (LF_ITEM, view.id)

    def _loss_reported(self, view) -> None:
        self.show_dock()
        self.panel.show_report(view.id)
        self._page_once_closed = (LF_REPORT, view.id)

    def _form_closed(self) -> None:
        page, self._page_once_closed = self._page_once_closed, None
        if page is not None:
            self.window.records.open(*page)

    def show_item(self, item_id: str) -> None:
        """An item's page, the book's dock shown behind it (opened from another book)."""
        self.show_dock()
        self.open_item(item_id)

    def show_report(self, report_id: str) -> None:
        self.show_dock()
        self.open_report(report_id)

    def open_item(self, item_id: str) -> None:
        """A found item's page, window-modal."""
        if self._may_open("item"):
            self._keep_page("item", item_page(self.desk, self.actor, item_id, self.window))

    def open_report(self, report_id: str) -> None:
        if self._may_open("report"):
            self._keep_page("report", report_page(self.desk, self.actor, report_id, self.window))

    def _keep_page(self, slot: str, page: QDialog | None) -> None:
        if page is not None:
            self.pages.keep(slot, page)
            page.open()

    def show_settings(self) -> None:
        from desk_app.ui.lostfound.settings import LostFoundSettingsDialog

        if self.window.locked or not can(self.actor.role, Capability.CHANGE_SETTINGS):
            return
        dialog = LostFoundSettingsDialog(self.desk, self.actor, self.window)
        dialog.exec()
        dialog.deleteLater()


def item_page(desk: Desk, actor: Actor, item_id: str, parent: QWidget) -> QDialog | None:
    from desk_app.ui.lostfound.item_page import ItemPage

    page = ItemPage(desk, actor, item_id, parent)
    if page.detail is None:  # the error was shown; an empty page would only confuse
        page.deleteLater()
        return None
    return page


def report_page(desk: Desk, actor: Actor, report_id: str, parent: QWidget) -> QDialog | None:
    from desk_app.ui.lostfound.report_page import ReportPage

    page = ReportPage(desk, actor, report_id, parent)
    if page.report is None:
        page.deleteLater()
        return None
    return page
