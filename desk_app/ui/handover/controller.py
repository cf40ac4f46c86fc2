"""The shift handover in the window: the history dock, its menu, the sheet, its settings, and the
duty report (the morning review of every book).

The sheet is window-modal, one at a time, hidden by the lock screen with what was typed (two
clerks may be halfway through signing it). Strings are in the "MainWindow" context the menus were
translated in, written out for lupdate. Dialogs are imported when first opened: start-up pays
only for what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMenuBar, QWidget

from desk_app.domain.roles import Capability, can
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import views as handover_views
from desk_app.ui.common.write_op import write_op
from desk_app.ui.shell.book import BookController
from desk_app.ui.shell.menus import menu_action
from desk_app.ui.shell.records import HANDOVER

if TYPE_CHECKING:
    from desk_app.ui.handover.history import HandoverHistoryPanel
    from desk_app.ui.shell.main_window import MainWindow


class HandoverController(BookController):
    """The handover's dock, menu and sheet; the duty report."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.add_lazy_dock(
            "handoverHistoryDock",
            QCoreApplication.translate("MainWindow", "Handover history"),
            Qt.DockWidgetArea.TopDockWidgetArea,
        )
        window.changes_applied.connect(self.apply_changes)
        window.records.register(
            HANDOVER,
            open=self.open_sheet,
            page=sheet_page,
            id_of=handover_views.handover_id_of,
        )

    def build_panel(self) -> HandoverHistoryPanel:
        from desk_app.ui.handover.history import HandoverHistoryPanel

        panel = HandoverHistoryPanel(self.desk, self.actor)
        panel.open_requested.connect(self.open_sheet)
        return panel

    def apply_changes(self, changes: Changes) -> None:
        if self.built:
            self.panel.apply_changes(changes)

    def poll(self) -> None:
        """Another station may have signed or sealed a sheet (the clock's tick)."""
        if self.built:
            self.panel.poll()

    @property
    def sheet_dialog(self) -> QDialog | None:
        return self.pages.get("sheet")

    def add_menu(self, menu: QMenuBar) -> None:
        window = self.window
        handover_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "Hand&over"))
        self.handover_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Start or resume handover…"),
            self.start_handover,
            "Ctrl+Shift+H",
            "startHandoverAction",
        )
        handover_menu.addAction(self.handover_action)
        handover_menu.addAction(
            menu_action(
                window,
                QCoreApplication.translate("MainWindow", "Handover &history"),
                self.show_history,
                name="handoverHistoryAction",
            )
        )
        handover_menu.addSeparator()
        self.duty_report_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Duty report…"),
            self.show_duty_report,
            "Ctrl+Shift+D",
            "dutyReportAction",
            needs=Capability.REVIEW_LOG,
        )
        handover_menu.addAction(self.duty_report_action)
        self.handover_settings_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "Handover se&ttings…"),
            self.show_settings,
            name="handoverSettingsAction",
            needs=Capability.CHANGE_SETTINGS,
        )
        handover_menu.addAction(self.handover_settings_action)

    def start_handover(self) -> None:
        """Ctrl+Shift+H: the sheet of the shift in progress, or this station's unsealed draft."""
        if not self._may_open("sheet"):
            return
        write_op(
            self.window, lambda: handover_commands.start_handover(self.desk, self.actor)
        ).success(lambda view: self.open_sheet(view.id)).run()

    def open_sheet(self, handover_id: str) -> None:
        """A handover sheet, window-modal: a draft to sign, a sealed sheet to print."""
        if not self._may_open("sheet"):
            return
        dialog = sheet_page(self.desk, self.actor, handover_id, self.window)
        if dialog is not None:
            self.pages.keep("sheet", dialog)
            dialog.open()

    def show_history(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.reload()
        self.panel.table.setFocus()

    def show_duty_report(self) -> None:
        """The morning review: every book over a few days, to read, print or save."""
        from desk_app.ui.reports.duty_report_dialog import DutyReportDialog

        if self.window.locked or not can(self.actor.role, Capability.REVIEW_LOG):
            return
        dialog = DutyReportDialog(self.desk, self.actor, self.window)
        dialog.exec()
        dialog.deleteLater()

    def show_settings(self) -> None:
        """A manager's: the shift pattern, the items counted and the desk checklist."""
        from desk_app.ui.handover.settings import HandoverSettingsDialog

        if self.window.locked or not can(self.actor.role, Capability.CHANGE_SETTINGS):
            return
        dialog = HandoverSettingsDialog(self.desk, self.actor, self.window)
        dialog.exec()
        dialog.deleteLater()


def sheet_page(desk: Desk, actor: Actor, handover_id: str, parent: QWidget) -> QDialog | None:
    from desk_app.ui.handover.dialog import HandoverDialog

    dialog = HandoverDialog(desk, actor, handover_id, parent)
    if not dialog.loaded:
        dialog.deleteLater()
        return None
    return dialog
