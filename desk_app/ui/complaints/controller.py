"""The complaints book in the window: its dock, its menu, the intake form, a complaint's page and
the analysis; the reminders of promised replies falling due.

The intake form and the page are window-modal, one of each at a time, hidden by the lock screen
with what was typed. Strings are in the "MainWindow" context the menus and reminders were
translated in, written out for lupdate. Dialogs are imported when first opened: start-up pays
only for what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialog, QMenuBar, QWidget

from desk_app.domain.roles import Capability
from desk_app.services.changes import Changes
from desk_app.services.complaints import views as complaints_views
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.labels import format_time
from desk_app.ui.shell.book import BookController
from desk_app.ui.shell.menus import menu_action
from desk_app.ui.shell.records import COMPLAINT

if TYPE_CHECKING:
    from desk_app.services.complaints.views import ComplaintView
    from desk_app.ui.complaints.dock import ComplaintsPanel
    from desk_app.ui.shell.main_window import MainWindow

REMINDER_MESSAGE_MS = 120_000


class ComplaintsController(BookController):
    """The complaints book's dock, menu, forms and pages."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.add_lazy_dock(
            "complaintsDock",
            QCoreApplication.translate("MainWindow", "Complaints"),
            Qt.DockWidgetArea.TopDockWidgetArea,
        )
        # Promises about to expire read before the dock was first shown: its banner shows them
        # when it is built; the status bar has said each once already.
        self._due: list[ComplaintView] = []
        self._reminded: set[str] = set()
        window.changes_applied.connect(self.apply_changes)
        window.records.register(
            COMPLAINT,
            open=self.open_complaint,
            page=complaint_page,
            id_of=complaints_views.complaint_id_of,
        )
        # Once the window is shown: a status-bar message then sets its other labels aside.
        QTimer.singleShot(0, window, self.check_reminders)

    def build_panel(self) -> ComplaintsPanel:
        from desk_app.ui.complaints.dock import ComplaintsPanel

        panel = ComplaintsPanel(self.desk, self.actor)
        panel.new_requested.connect(self.new_complaint)
        panel.open_complaint.connect(self.open_complaint)
        if self._due:
            panel.remind(self._due)
        return panel

    def time_passed(self) -> None:
        if self.built:
            self.panel.model.mark_overdue()

    @property
    def intake_dialog(self) -> QDialog | None:
        return self.pages.get("intake")

    @property
    def page(self) -> QDialog | None:
        return self.pages.get("page")

    def apply_changes(self, changes: Changes) -> None:
        if self.built:
            self.panel.apply_changes(changes)
        if self.page is not None:
            self.page.apply_changes(changes)
        if changes.touches("complaints", "settings"):
            self.check_reminders()

    def add_menu(self, menu: QMenuBar) -> None:
        window = self.window
        complaints_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Complaints"))
        self.new_complaint_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&New complaint…"),
            self.new_complaint,
            "Ctrl+Shift+C",
            "newComplaintAction",
        )
        complaints_menu.addAction(self.new_complaint_action)
        complaints_menu.addAction(
            menu_action(
                window,
                QCoreApplication.translate("MainWindow", "&Open selected complaint"),
                self.open_selected,
                name="openComplaintAction",
            )
        )
        complaints_menu.addAction(
            menu_action(
                window,
                QCoreApplication.translate("MainWindow", "&Search complaints"),
                self.focus_search,
            )
        )
        complaints_menu.addSeparator()
        self.complaint_analysis_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "Complaint &analysis…"),
            self.show_analysis,
            name="complaintAnalysisAction",
            needs=Capability.ANALYSE_COMPLAINTS,
        )
        complaints_menu.addAction(self.complaint_analysis_action)

    def show_dock(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def open_selected(self) -> None:
        complaint = self.panel.selected_complaint()
        if complaint is not None:
            self.open_complaint(complaint.id)

    def focus_search(self) -> None:
        self.show_dock()
        self.panel.focus_search()

    def new_complaint(self) -> None:
        """The intake form, window-modal; once saved, the complaint selected in the dock."""
        from desk_app.ui.complaints.intake import IntakeDialog

        if not self._may_open("intake"):
            return
        dialog = IntakeDialog(self.desk, self.actor, self.window)
        dialog.saved.connect(self._taken)
        self.pages.keep("intake", dialog)
        dialog.open()

    def _taken(self, view) -> None:
        self.show_dock()
        self.panel.select_complaint(view.id)

    def open_complaint(self, complaint_id: str) -> None:
        """A complaint's page, window-modal."""
        if not self._may_open("page"):
            return
        page = complaint_page(self.desk, self.actor, complaint_id, self.window)
        if page is not None:
            self.pages.keep("page", page)
            page.open()

    def show_analysis(self) -> None:
        from desk_app.ui.complaints.analysis_dialog import ComplaintAnalysisDialog

        dialog = ComplaintAnalysisDialog(self.desk, self.actor, self.window)
        dialog.exec()
        dialog.deleteLater()

    def check_reminders(self) -> None:
        """Promised replies about to expire: a line in the complaints dock and the status bar,
        once per complaint; never a box popping up while the clerk is talking to a guest."""
        window = self.window
        if window.locked:
            return  # a guest's name is not shown on the lock screen; unlocking checks again
        due = run_op(window, lambda: complaints_views.due_soon(self.desk, self.actor))
        if due is None:
            return
        if self.built:
            fresh = self.panel.remind(due)
        else:
            self._due = due
            fresh = [c for c in due if c.id not in self._reminded]
            self._reminded.update(c.id for c in fresh)
        if not fresh:
            return
        first = fresh[0]
        if len(fresh) == 1:
            text = QCoreApplication.translate(
                "MainWindow",
                "Reminder: a reply to {guest} (complaint #{num}) is promised by {time}.",
            ).format(guest=first.guest_name, num=first.num, time=format_time(first.promised_at))
        else:
            text = QCoreApplication.translate(
                "MainWindow",
                "Reminder: {count} promised replies are due soon; the first, to {guest} "
                "(complaint #{num}), by {time}.",
            ).format(
                count=len(fresh),
                guest=first.guest_name,
                num=first.num,
                time=format_time(first.promised_at),
            )
        window.statusBar().showMessage(text, REMINDER_MESSAGE_MS)


def complaint_page(desk: Desk, actor: Actor, complaint_id: str, parent: QWidget) -> QDialog | None:
    from desk_app.ui.complaints.page import ComplaintDialog

    page = ComplaintDialog(desk, actor, complaint_id, parent)
    if page.detail is None:  # the error was shown; an empty page would only confuse
        page.deleteLater()
        return None
    return page
