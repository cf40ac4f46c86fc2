"""The main window's handover sheet, its history dock, its settings and the duty report.

``HandoverHandlers`` is mixed into ``MainWindow``, whose desk, actor, handover history panel and
dock, ``locked`` state and ``_dialog_closed`` it uses; the window keeps the open sheet as
``handover_dialog`` (hidden while it is locked).

Nothing here is shown as text: a mixin's ``self.tr()`` would look its strings up in the mixin's
own context, not in "MainWindow"'s. Dialogs are imported when first opened: start-up pays only for
what it shows.
"""

from __future__ import annotations

from desk_app.domain.roles import Capability, can
from desk_app.ui.common.errors import run_op


class HandoverHandlers:
    """The handover's dialogs, opened from its menu and its history dock."""

    def start_handover(self) -> None:
        """Ctrl+Shift+H: the sheet of the shift in progress, or this station's unsealed draft."""
        from desk_app.services import handover as handover_service

        if self.locked or self.handover_dialog is not None:
            return
        view = run_op(self, lambda: handover_service.start_handover(self.desk, self.actor))
        if view is not None:
            self.handover_history.reload()
            self.open_handover(view.id)

    def open_handover(self, handover_id: str) -> None:
        """A handover sheet, window-modal: a draft to sign, a sealed sheet to print."""
        from desk_app.ui.handover.dialog import HandoverDialog

        if self.locked or self.handover_dialog is not None:
            return
        dialog = HandoverDialog(self.desk, self.actor, handover_id, self)
        if not dialog.loaded:
            dialog.deleteLater()
            return
        dialog.changed.connect(self.handover_history.reload)
        dialog.records_changed.connect(self._after_write)
        dialog.finished.connect(lambda _r: self._dialog_closed("handover_dialog"))
        self.handover_dialog = dialog
        dialog.open()

    def _show_handover_history(self) -> None:
        self.handover_history_dock.show()
        self.handover_history_dock.raise_()
        self.handover_history.reload()
        self.handover_history.table.setFocus()

    def show_duty_report(self) -> None:
        """The morning review: every book over a few days, to read, print or save."""
        from desk_app.ui.reports.duty_report_dialog import DutyReportDialog

        if self.locked or not can(self.actor.role, Capability.REVIEW_LOG):
            return
        dialog = DutyReportDialog(self.desk, self.actor, self)
        dialog.records_changed.connect(self._after_write)
        dialog.exec()
        dialog.deleteLater()

    def show_handover_settings(self) -> None:
        """A manager's: the shift pattern, the items counted and the desk checklist."""
        from desk_app.ui.handover.settings import HandoverSettingsDialog

        if self.locked or not can(self.actor.role, Capability.CHANGE_SETTINGS):
            return
        dialog = HandoverSettingsDialog(self.desk, self.actor, self)
        dialog.exec()
        dialog.deleteLater()
