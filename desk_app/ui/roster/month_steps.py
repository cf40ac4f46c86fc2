"""The month page's buttons and what they do: save, the grid's bigger edits (a rotation, a week
copied, the people on the month), and the flow (submit, send back, approve) through ``write_op``,
with the history beside them. Which ones show depends on the reader's role and the month's state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QPushButton

from desk_app.domain.roles import Capability, can
from desk_app.domain.roster.month import RosterState
from desk_app.services.roster import commands as roster_commands
from desk_app.services.roster import views as roster_views
from desk_app.services.roster.views import MonthView
from desk_app.ui.common.errors import messenger, run_op
from desk_app.ui.common.write_op import write_op
from desk_app.ui.roster.labels import month_title

if TYPE_CHECKING:
    from desk_app.ui.roster.month_page import MonthPage


class MonthSteps(QObject):
    """The buttons of a month page (``flow_buttons`` in the state bar, ``edit_buttons`` over the
    grid) and their slots."""

    def __init__(self, page: MonthPage) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: QDialog | None = None  # the form open over the page
        role = page.actor.role
        self.may_draft = can(role, Capability.DRAFT_ROSTER)
        self.may_approve = can(role, Capability.APPROVE_ROSTER)
        b = self._button
        self.submit_button = b(self.tr("&Submit…"), "rosterSubmit", self.submit)
        self.submit_button.setToolTip(self.tr("Hand the month to the manager for approval"))
        self.approve_button = b(self.tr("&Approve"), "rosterApprove", self.approve)
        self.approve_button.setToolTip(self.tr("Publish the month: it is then locked"))
        self.send_back_button = b(self.tr("Send &back…"), "rosterSendBack", self.send_back)
        self.history_button = b(self.tr("&History…"), "rosterHistory", self.history)
        self.print_button = b(self.tr("&Print…"), "rosterPrint", self.print_month)
        self.print_button.setToolTip(self.tr("The month as the paper roster, or one person's"))
        self.save_as_button = b(self.tr("Sav&e as…"), "rosterSaveAs", self.save_month_as)
        self.save_as_button.setToolTip(self.tr("The month as a PDF or an Excel workbook"))
        self.save_button = b(self.tr("Sa&ve"), "rosterSaveButton", self.save)
        self.save_button.setToolTip(self.tr("Save the draft (Ctrl+S)"))
        self.rotation_button = b(self.tr("&Rotation…"), "rosterRotation", self.rotation)
        self.rotation_button.setToolTip(
            self.tr("Repeat a rotation such as D N O O over days, for the selected people")
        )
        self.copy_week_button = b(self.tr("&Copy week…"), "rosterCopyWeek", self.copy_week)
        self.people_button = b(self.tr("Peop&le…"), "rosterPeople", self.people)
        self.people_button.setToolTip(self.tr("Add someone to the month or take them off"))

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def flow_buttons(self) -> list[QPushButton]:
        return [
            self.submit_button,
            self.approve_button,
            self.send_back_button,
            self.history_button,
            self.print_button,
            self.save_as_button,
        ]

    def edit_buttons(self) -> list[QPushButton]:
        return [self.save_button, self.rotation_button, self.copy_week_button, self.people_button]

    def update(self) -> None:
        """Shown by role and state; enabled while the grid is typed into."""
        page = self.page
        view = page.view
        state = view.state if view is not None else None
        draft = state is RosterState.DRAFT
        self.submit_button.setVisible(self.may_draft and draft)
        self.approve_button.setVisible(self.may_approve and state is RosterState.SUBMITTED)
        self.send_back_button.setVisible(self.may_approve and state is RosterState.SUBMITTED)
        for button in self.edit_buttons():
            button.setVisible(self.may_draft and draft)
            button.setEnabled(page.editable)
        self.save_button.setEnabled(page.editable and page.model.dirty)
        page.save_action.setEnabled(page.editable)
        page.undo_action.setEnabled(page.editable)
        page.redo_action.setEnabled(page.editable)

    # -- writes ------------------------------------------------------------------------------
    def _write(self, call: Callable[[], MonthView], failure=None) -> MonthView | None:
        """A write of the month; its result shown (the window's Changes are not read again)."""
        page = self.page
        page.writing = True
        try:
            op = write_op(page, call).success(page.show_view)
            if failure is not None:
                op.failure(failure)
            return op.run()
        finally:
            page.writing = False

    def save(self) -> MonthView | None:
        """Ctrl+S: the whole grid as it is now."""
        page = self.page
        view, roster = page.view, page.model.roster
        if view is None or roster is None or not page.editable:
            if view is not None and not page.editable:
                page.say(page.locked_reason())
            return None
        if not page.model.dirty and view.id is not None:
            return view
        saved = self._write(
            lambda: roster_commands.save_month(
                page.desk,
                page.actor,
                page.year,
                page.month,
                people=roster.people,
                cells=[(p, d, code) for (p, d), code in roster.cells.items()],
                version=view.version if view.id is not None else None,
            )
        )
        if saved is not None:
            page.say(self.tr("Saved."))
        return saved

    def submit(self) -> MonthView | None:
        """Saved first if need be; with warnings, asked whether to submit it as it is."""
        page = self.page
        if page.view is None or page.view.state is not RosterState.DRAFT:
            return None
        if (page.model.dirty or page.view.id is None) and self.save() is None:
            return None
        accept = False
        if page.warnings:
            if not messenger.confirm(
                page,
                self.tr(
                    "Warnings: {count} (listed under the grid). Submit the month anyway?"
                ).format(count=len(page.warnings)),
            ):
                return None
            accept = True
        view = page.view
        return self._write(
            lambda: roster_commands.submit_month(
                page.desk,
                page.actor,
                page.year,
                page.month,
                version=view.version,
                accept_warnings=accept,
            )
        )

    def approve(self) -> MonthView | None:
        page = self.page
        view = page.view
        if view is None or not messenger.confirm(
            page,
            self.tr(
                "Approve the roster of {month}? It is published and then changes only by "
                "approved leave or swaps."
            ).format(month=month_title(page.year, page.month)),
        ):
            return None
        return self._write(
            lambda: roster_commands.approve_month(
                page.desk, page.actor, page.year, page.month, version=view.version
            )
        )

    def send_back(self) -> QDialog | None:
        from desk_app.ui.roster.flow_dialogs import SendBackDialog

        page = self.page
        view = page.view
        if view is None or self.dialog is not None:
            return None

        def send(reason: str) -> bool:
            done = self._write(
                lambda: roster_commands.send_back_month(
                    page.desk,
                    page.actor,
                    page.year,
                    page.month,
                    version=view.version,
                    reason=reason,
                ),
                dialog.failed,
            )
            return done is not None

        dialog = SendBackDialog(month_title(page.year, page.month), send, page)
        return self._open(dialog)

    def history(self) -> QDialog | None:
        from desk_app.ui.roster.flow_dialogs import HistoryDialog

        page = self.page
        if self.dialog is not None:
            return None
        events = run_op(
            page,
            lambda: roster_views.month_history(page.desk, page.actor, page.year, page.month),
        )
        if events is None:
            return None
        return self._open(HistoryDialog(page.year, page.month, events, page))

    def _as_saved(self) -> bool:
        """Printouts show the month as stored: said first when the grid holds more."""
        page = self.page
        if page.view is None:
            return False
        if page.view.id is None and not page.model.dirty:
            page.say(self.tr("This month has no roster saved yet: nothing to print."))
            return False
        return not page.model.dirty or messenger.confirm(
            page,
            self.tr(
                "The printout shows the month as last saved, without the changes typed since. "
                "Go on?"
            ),
        )

    def print_month(self) -> None:
        from desk_app.ui.roster.printing import print_month

        page = self.page
        if self.dialog is None and self._as_saved():
            print_month(page, page.desk, page.actor, page.year, page.month)

    def save_month_as(self) -> None:
        from desk_app.ui.roster.printing import save_month_as

        page = self.page
        if self.dialog is None and self._as_saved():
            save_month_as(page, page.desk, page.actor, page.year, page.month)

    # -- the grid's bigger edits -------------------------------------------------------------
    def _selected(self) -> tuple[list[str], int, int]:
        """The people of the selected rows (or the current one) and the first and last day
        selected (1-based)."""
        page = self.page
        cells = page.grid.targets()
        people = []
        for index in cells:
            person = page.model.person_at(index.row())
            if person is not None and person not in people:
                people.append(person)
        columns = [i.column() for i in cells] or [0, len(page.model.days) - 1]
        return people, min(columns) + 1, max(columns) + 1

    def rotation(self) -> QDialog | None:
        from desk_app.ui.roster.edit_dialogs import RotationDialog

        page = self.page
        if not self._may_edit():
            return None
        people, first, last = self._selected()
        if first == last:
            last = len(page.model.days)
        dialog = RotationDialog(page.model.roster, page.model.names, people, first, last, page)
        return self._open(dialog, self._grid_edited)

    def copy_week(self) -> QDialog | None:
        from desk_app.ui.roster.edit_dialogs import CopyWeekDialog

        page = self.page
        if not self._may_edit():
            return None
        people, first, _last = self._selected()
        dialog = CopyWeekDialog(page.model.roster, page.model.names, people, first, page)
        return self._open(dialog, self._grid_edited)

    def people(self) -> QDialog | None:
        from desk_app.ui.roster.edit_dialogs import MonthPeopleDialog

        page = self.page
        if not self._may_edit():
            return None
        candidates = run_op(page, lambda: roster_views.roster_people(page.desk, page.actor))
        if candidates is None:
            return None
        dialog = MonthPeopleDialog(page.model.roster, page.model.names, candidates, page)
        return self._open(dialog, self._grid_edited)

    def _may_edit(self) -> bool:
        page = self.page
        if self.dialog is not None or page.model.roster is None:
            return False
        if not page.editable:
            page.say(page.locked_reason())
            return False
        return True

    def _grid_edited(self, dialog: QDialog) -> None:
        roster = getattr(dialog, "result_roster", None)
        if roster is not None:
            self.page.model.replace_roster(roster, getattr(dialog, "names", None))
            self.page.grid.setFocus()

    def _open(self, dialog: QDialog, accepted: Callable[[QDialog], None] | None = None) -> QDialog:
        """A form over the page, window-modal, one at a time."""
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if accepted is not None and result == QDialog.DialogCode.Accepted:
                accepted(dialog)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
