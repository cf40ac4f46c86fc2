"""The main window's complaint forms and pages: the intake form, a complaint's page, the analysis.

``ComplaintHandlers`` is mixed into ``MainWindow``, whose desk, actor, complaints panel and dock,
``locked`` state, ``_after_complaint_write`` and ``_dialog_closed`` it uses; the window keeps the
open dialogs as ``intake_dialog`` and ``complaint_page`` (hidden while it is locked).

Nothing here is shown as text: a mixin's ``self.tr()`` would look its strings up in the mixin's
own context, not in "MainWindow"'s. Dialogs are imported when first opened: start-up pays only for
what it shows.
"""

from __future__ import annotations


class ComplaintHandlers:
    """The complaints book's dialogs, opened from its menu, its dock and the open items."""

    def _open_selected_complaint(self) -> None:
        complaint = self.complaints_panel.selected_complaint()
        if complaint is not None:
            self.open_complaint(complaint.id)

    def _focus_complaint_search(self) -> None:
        self.complaints_dock.show()
        self.complaints_dock.raise_()
        self.complaints_panel.focus_search()

    def new_complaint(self) -> None:
        """The intake form, window-modal; the docks refresh as soon as it is saved."""
        from desk_app.ui.complaints.intake import IntakeDialog

        if self.locked or self.intake_dialog is not None:
            return
        dialog = IntakeDialog(self.desk, self.actor, self)
        dialog.saved.connect(self._complaint_taken)
        dialog.finished.connect(lambda _r: self._dialog_closed("intake_dialog"))
        self.intake_dialog = dialog
        dialog.open()

    def _complaint_taken(self, view) -> None:
        self._after_complaint_write()
        self.complaints_dock.show()
        self.complaints_dock.raise_()
        self.complaints_panel.select_complaint(view.id)

    def open_complaint(self, complaint_id: str) -> None:
        """A complaint's page, window-modal; each step refreshes the docks behind it."""
        from desk_app.ui.complaints.page import ComplaintDialog

        if self.locked or self.complaint_page is not None:
            return
        page = ComplaintDialog(self.desk, self.actor, complaint_id, self)
        if page.detail is None:
            page.deleteLater()
            return
        page.changed.connect(self._after_complaint_write)
        page.finished.connect(lambda _r: self._dialog_closed("complaint_page"))
        self.complaint_page = page
        page.open()

    def show_complaint_analysis(self) -> None:
        from desk_app.ui.complaints.analysis_dialog import ComplaintAnalysisDialog

        dialog = ComplaintAnalysisDialog(self.desk, self.actor, self)
        dialog.exec()
