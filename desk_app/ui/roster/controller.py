"""The duty roster in the window: the Roster dock (its tabs), the Roster menu and a month's page.

Other parts of the roster add themselves here, each with a line or two: a tab in the dock
(``panel.add_tab(widget, title)`` in ``build_panel``, which runs when the dock is first shown)
and their actions in ``add_menu`` after the month's. Strings are in the "MainWindow" context the menus are translated in, written out for
lupdate. The page is imported when first opened: start-up pays only for what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar

from desk_app.domain.roles import Capability, can
from desk_app.services.changes import Changes
from desk_app.ui.roster.duty_tab import DutyTab
from desk_app.ui.shell.book import BookController
from desk_app.ui.shell.menus import menu_action

if TYPE_CHECKING:
    from desk_app.ui.roster.dock import RosterPanel
    from desk_app.ui.roster.requests_tab import RequestsTab
    from desk_app.ui.shell.main_window import MainWindow


class RosterController(BookController):
    """The roster's dock, menu and month page."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        # The months and the requests are built when the dock is first shown; who is on duty
        # now is fed from the start by the status bar's read.
        self.add_lazy_dock(
            "rosterDock",
            QCoreApplication.translate("MainWindow", "Roster"),
            Qt.DockWidgetArea.TopDockWidgetArea,
        )
        window.changes_applied.connect(self.apply_changes)
        self.duty_tab = DutyTab()  # who is on duty now and next, fed by the status bar's read
        self._requests: RequestsTab | None = None
        self.leave_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "Ask for &leave…"),
            lambda: self.requests.ask_leave(),
            name="rosterAskLeaveAction",
        )
        self.swap_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "Ask for a s&wap…"),
            lambda: self.requests.ask_swap(),
            name="rosterAskSwapAction",
        )
        self.menu: QMenu | None = None
        self.month_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Month…"),
            self.choose_month,
            "Ctrl+Shift+M",
            "rosterMonthAction",
        )
        self.next_month_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Next month's roster"),
            self.open_next_month,
            name="rosterNextMonthAction",
        )

        self.settings_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "Roster se&ttings…"),
            self.show_settings,
            name="rosterSettingsAction",
            needs=Capability.CHANGE_SETTINGS,
        )
        self.attendance_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Attendance…"),
            self.open_attendance,
            name="rosterAttendanceAction",
            needs=Capability.DRAFT_ROSTER,
        )

    def build_panel(self) -> RosterPanel:
        from desk_app.ui.roster.dock import RosterPanel
        from desk_app.ui.roster.requests_tab import RequestsTab

        panel = RosterPanel(self.desk, self.actor)
        panel.open_month.connect(self.open_month)
        panel.add_tab(self.duty_tab, QCoreApplication.translate("MainWindow", "On duty"))
        self._requests = RequestsTab(self.desk, self.actor, self._keep_page)
        panel.add_tab(self._requests, QCoreApplication.translate("MainWindow", "Requests"))
        return panel

    @property
    def requests(self) -> RequestsTab:
        """The requests' tab (the dock's panel built if it is not yet)."""
        _ = self.panel
        assert self._requests is not None
        return self._requests

    def apply_changes(self, changes: Changes) -> None:
        if self.built:
            self.panel.apply_changes(changes)
            self.requests.apply_changes(changes)

    @property
    def month_page(self) -> QDialog | None:
        return self.pages.get("month")

    def add_menu(self, menu: QMenuBar) -> None:
        self.menu = menu.addMenu(QCoreApplication.translate("MainWindow", "Ro&ster"))
        self.menu.setObjectName("rosterMenu")
        self.menu.addAction(self.month_action)
        self.menu.addAction(self.next_month_action)
        self.menu.addAction(self.attendance_action)
        self.menu.addSeparator()
        self.menu.addAction(self.settings_action)
        self.menu.addSeparator()
        # The other parts of the roster (on duty, requests) add their actions below.
        self.menu.addAction(self.leave_action)
        self.menu.addAction(self.swap_action)

    def add_action(self, action: QAction) -> None:
        """Another part of the roster's action, in the Roster menu (once the menus are built)."""
        if self.menu is not None:
            self.menu.addAction(action)

    def _keep_page(self, slot: str, dialog: QDialog) -> bool:
        """A request's form kept with the roster's pages (one at a time, hidden when locked)."""
        if not self._may_open(slot):
            return False
        self.pages.keep(slot, dialog)
        return True

    def show_dock(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def choose_month(self) -> None:
        """Roster → Month… (Ctrl+Shift+M): next month chosen for those who draft it, this month
        for a clerk, or another."""
        from desk_app.ui.roster.flow_dialogs import MonthChooser

        if not self._may_open("month") or not self._may_open("chooser"):
            return
        chooser = MonthChooser(
            self.desk.clock.now().astimezone().date(),
            can(self.actor.role, Capability.DRAFT_ROSTER),
            self.window,
        )

        def chosen() -> None:
            if chooser.chosen is not None:
                self.open_month(*chooser.chosen)

        chooser.accepted.connect(chosen)
        self.pages.keep("chooser", chooser)
        chooser.open()

    def show_settings(self) -> None:
        """A manager's: each shift's letter and colour, the month's rules, the reminders."""
        from desk_app.ui.roster.settings import RosterSettingsDialog

        if self.window.locked or not can(self.actor.role, Capability.CHANGE_SETTINGS):
            return
        dialog = RosterSettingsDialog(self.desk, self.actor, self.window)
        dialog.exec()
        dialog.deleteLater()

    def open_attendance(self) -> None:
        """Roster → Attendance…: this month at the desk, rostered against what happened."""
        from desk_app.ui.roster.attendance_page import attendance_page

        if not self._may_open("attendance") or not can(self.actor.role, Capability.DRAFT_ROSTER):
            return
        page = attendance_page(self.desk, self.actor, self.window)
        if page is not None:
            self.pages.keep("attendance", page)
            page.open()

    def open_next_month(self) -> None:
        self.panel.months.open_next()

    def open_month(self, year: int, month: int) -> None:
        """A month's grid, window-modal, one at a time."""
        from desk_app.ui.roster.month_page import month_page

        if not self._may_open("month"):
            return
        self.show_dock()
        page = month_page(self.desk, self.actor, year, month, self.window)
        if page is not None:
            self.pages.keep("month", page)
            page.open()
