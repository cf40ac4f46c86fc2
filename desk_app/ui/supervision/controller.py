"""Supervision in the window: its menu (Review a day…, Inspect the desk…, Inspection analysis…,
for supervisors and managers, greyed for the others; Inspections…, a clerk's own) and its pages, one at a time, hidden by the lock with what was typed. No dock: a
supervisor's work here is a page opened for it.

Strings are in the "MainWindow" context the menus are translated in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMenuBar

from desk_app.domain.roles import Capability, can
from desk_app.ui.common.errors import run_op
from desk_app.ui.shell.book import BookController
from desk_app.ui.shell.menus import menu_action
from desk_app.ui.supervision.inspection_record import register_inspection_kind

if TYPE_CHECKING:
    from desk_app.ui.shell.main_window import MainWindow


class SupervisionController(BookController):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        register_inspection_kind(self)  # a sheet's or report's inspection row opens it
        self.review_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Review a day…"),
            self.open_review,
            "Ctrl+Shift+V",
            "reviewDayAction",
            needs=Capability.REVIEW_LOG,
        )

        self.inspect_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Inspect the desk…"),
            self.open_inspection,
            "Ctrl+Shift+I",
            "inspectAction",
            needs=Capability.INSPECT,
        )

        self.inspections_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "Inspection&s…"),
            self.open_inspections,
            name="inspectionsAction",
        )

        self.analysis_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "Inspection &analysis…"),
            self.open_analysis,
            name="inspectionAnalysisAction",
            needs=Capability.INSPECT,
        )

        self.checklist_action = menu_action(
            window,
            QCoreApplication.translate("MainWindow", "&Checklist…"),
            self.open_checklist,
            name="checklistAction",
            needs=Capability.CHANGE_SETTINGS,
        )

    def add_menu(self, menu: QMenuBar) -> None:
        self.menu = menu.addMenu(QCoreApplication.translate("MainWindow", "S&upervision"))
        self.menu.setObjectName("supervisionMenu")
        self.menu.addAction(self.review_action)
        self.menu.addAction(self.inspect_action)
        self.menu.addAction(self.inspections_action)
        self.menu.addAction(self.analysis_action)
        self.menu.addSeparator()
        self.menu.addAction(self.checklist_action)

    @property
    def review_page(self) -> QDialog | None:
        return self.pages.get("review")

    def open_inspection(self) -> QDialog | None:
        """Supervision → Inspect the desk… (Ctrl+Shift+I): the checklist, then the clerk's
        acknowledgement."""
        from desk_app.services.supervision.inspection_setup import inspection_setup
        from desk_app.ui.supervision.inspection_form import InspectionForm

        if not self._may_open("inspection") or not can(self.actor.role, Capability.INSPECT):
            return None
        setup = run_op(self.window, lambda: inspection_setup(self.desk, self.actor))
        if setup is None:
            return None
        form = InspectionForm(self.desk, self.actor, setup, self.window)

        def closed() -> None:
            if form.recorded is not None:
                self.open_acknowledgement(form.recorded)

        self.pages.keep("inspection", form, closed)
        form.open()
        return form

    def open_acknowledgement(self, view) -> QDialog | None:
        from desk_app.ui.supervision.acknowledge import AcknowledgeDialog

        if not self._may_open("acknowledge"):
            return None
        dialog = AcknowledgeDialog(self.desk, self.actor, view, self.window)
        self.pages.keep("acknowledge", dialog)
        dialog.open()
        return dialog

    def open_inspections(self) -> QDialog | None:
        """Supervision → Inspections…: a month's (a clerk their own), to read or acknowledge."""
        from desk_app.ui.supervision.inspections_page import InspectionsPage

        if not self._may_open("inspections"):
            return None
        page = InspectionsPage(self.desk, self.actor, self.window)
        self.pages.keep("inspections", page)
        page.open()
        return page

    def open_analysis(self) -> QDialog | None:
        """Supervision → Inspection analysis… (supervisors and managers): the period's figures,
        tables and charts, exported to Excel."""
        from desk_app.ui.supervision.analysis_dialog import InspectionAnalysisDialog

        if not self._may_open("analysis") or not can(self.actor.role, Capability.INSPECT):
            return None
        page = InspectionAnalysisDialog(self.desk, self.actor, self.window)
        self.pages.keep("analysis", page)
        page.open()
        return page

    def open_checklist(self) -> QDialog | None:
        """Supervision → Checklist… (the manager's): the items, their order and scoring."""
        from desk_app.ui.supervision.checklist_editor import ChecklistEditor

        if not self._may_open("checklist") or not can(self.actor.role, Capability.CHANGE_SETTINGS):
            return None
        page = ChecklistEditor(self.desk, self.actor, self.window)
        self.pages.keep("checklist", page)
        page.open()
        return page

    def open_review(self) -> QDialog | None:
        """Supervision → Review a day… (Ctrl+Shift+V)."""
        from desk_app.ui.supervision.review_page import ReviewPage

        if not self._may_open("review") or not can(self.actor.role, Capability.REVIEW_LOG):
            return None
        page = ReviewPage(self.desk, self.actor, self.window)
        self.pages.keep("review", page)
        page.open()
        return page
