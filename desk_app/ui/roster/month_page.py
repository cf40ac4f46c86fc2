"""A month's roster page: the state bar (where the month is in draft → submitted → approved, who
drafted and approved it, why it was sent back), the grid typed from the keyboard with the coverage
under it, the warnings (a click selects the cell), and the steps the reader's role and the month's
state allow.

Edits are Roster values kept on a stack (Ctrl+Z, Ctrl+Y); Ctrl+S saves the whole grid; closing
with changes not saved asks first. The flow's buttons are in :mod:`.month_steps`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Capability, can
from desk_app.domain.roster.checks import Concern, Warning, check
from desk_app.domain.roster.month import Roster, RosterState, check_editable
from desk_app.domain.roster.pattern import LEAVE, OFF
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.roster import views as roster_views
from desk_app.services.roster.views import MonthView
from desk_app.ui.common.errors import error_text, messenger, run_op
from desk_app.ui.common.forms import ERROR_STYLE
from desk_app.ui.common.labels import format_date, format_datetime
from desk_app.ui.common.write_op import listen_while_open
from desk_app.ui.roster.grid import CoverageView, RosterGrid
from desk_app.ui.roster.grid_model import CoverageModel, RosterGridModel
from desk_app.ui.roster.labels import (
    cell_short,
    concern_label,
    month_title,
    roster_state_label,
    warning_text,
)
from desk_app.ui.roster.month_steps import MonthSteps

WARNING_ROLE = Qt.ItemDataRole.UserRole + 1
BADGE_STYLE = "border: 2px solid {c}; color: {c}; border-radius: 3px; padding: 1px 8px;"
STATE_COLOURS = {
    RosterState.DRAFT: "#8a6d00",
    RosterState.SUBMITTED: "#1565c0",
    RosterState.APPROVED: "#1b5e20",
}
NOTICE_STYLE = "color: #555555;"


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


class MonthPage(QDialog):
    """One month of this station's roster; see the module's docstring."""

    def __init__(
        self, desk: Desk, actor: Actor, year: int, month: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self.year, self.month = desk, actor, year, month
        self.view: MonthView | None = None
        self.previous: Roster | None = None  # the month before, for rest across the 1st
        self.warnings: list[Warning] = []
        self.loaded = False
        self.writing = False  # the page's own write: its Changes are not read twice
        self.setObjectName("rosterMonthPage")
        self.setWindowTitle(self.tr("Roster — {month}").format(month=month_title(year, month)))
        self.model = RosterGridModel(self)
        self.grid = RosterGrid(self.model)
        self.coverage_model = CoverageModel(self.model, self)
        self.coverage = CoverageView(self.coverage_model, self.grid)
        self.steps = MonthSteps(self)

        layout = QVBoxLayout(self)
        layout.addLayout(self._state_bar())
        layout.addLayout(self._edit_bar())
        # The grid as tall as its people (scrolling past a screenful), the coverage right under
        # it, the warnings taking the room left.
        grid_and_coverage = QVBoxLayout()
        grid_and_coverage.setSpacing(0)
        grid_and_coverage.addWidget(self.grid)
        grid_and_coverage.addWidget(self.coverage)
        layout.addLayout(grid_and_coverage, 3)
        self.notice = QLabel()
        self.notice.setObjectName("rosterNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.warnings_title = QLabel()
        bold = QFont(self.font())
        bold.setBold(True)
        self.warnings_title.setFont(bold)
        layout.addWidget(self.warnings_title)
        self.warning_list = QListWidget()
        self.warning_list.setObjectName("rosterWarnings")
        self.warning_list.setMinimumHeight(self.fontMetrics().height() * 3)
        self.warning_list.itemActivated.connect(self.go_to_warning)
        self.warning_list.itemClicked.connect(self.go_to_warning)
        layout.addWidget(self.warning_list, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout.addWidget(close)

        self.grid.said.connect(self.say)
        self.model.roster_changed.connect(self._grid_changed)
        self._actions()
        self._fit_to_screen()
        self.load()
        listen_while_open(self, self.apply_changes)
        self.grid.setFocus()

    # -- construction ------------------------------------------------------------------------
    def _state_bar(self) -> QVBoxLayout:
        self.title = QLabel(month_title(self.year, self.month))
        self.title.setObjectName("rosterMonthTitle")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.title.setFont(big)
        self.badge = QLabel()
        self.badge.setObjectName("rosterMonthState")
        self.facts = QLabel()
        self.facts.setObjectName("rosterMonthFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.badge)
        top.addWidget(self.facts, 1)
        for button in self.steps.flow_buttons():
            top.addWidget(button)
        self.reason = QLabel()
        self.reason.setObjectName("rosterSentBack")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(ERROR_STYLE)
        self.reason.hide()
        bar = QVBoxLayout()
        bar.addLayout(top)
        bar.addWidget(self.reason)
        return bar

    def _edit_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in self.steps.edit_buttons():
            row.addWidget(button)
        row.addStretch(1)
        self.legend = QLabel()
        self.legend.setObjectName("rosterLegend")
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.legend)
        return row

    def _actions(self) -> None:
        def action(text: str, keys, slot, name: str) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcuts(keys if isinstance(keys, list) else [QKeySequence(keys)])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.save_action = action(
            self.tr("Save"), QKeySequence.StandardKey.Save, self.steps.save, "rosterSave"
        )
        self.undo_action = action(
            self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo, "rosterUndo"
        )
        self.redo_action = action(
            self.tr("Redo"),
            [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")],
            self.redo,
            "rosterRedo",
        )

    def _fit_to_screen(self) -> None:
        """As large as the screen allows: a 31-day month needs the width of a counter's
        1366×768 screen."""
        width, height = 1360, 760
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 16), min(height, room.height() - 40)
        self.resize(width, height)

    # -- reading -----------------------------------------------------------------------------
    def load(self) -> None:
        view = run_op(
            self, lambda: roster_views.open_month(self.desk, self.actor, self.year, self.month)
        )
        if view is None:
            return
        before = previous_month(self.year, self.month)
        earlier = run_op(self, lambda: roster_views.open_month(self.desk, self.actor, *before))
        self.previous = earlier.roster if earlier is not None and earlier.id else None
        self.show_view(view)

    def show_view(self, view: MonthView) -> None:
        """A month as read or as a write returned it: the grid's undo starts again, the place
        in it kept."""
        current = self.grid.currentIndex()
        self.view = view
        self.loaded = True
        self.model.load(view.roster, view.names, view.policy.rules)
        if current.isValid():
            self.grid.select_cell(
                self.model.index(
                    min(current.row(), self.model.rowCount() - 1),
                    min(current.column(), len(self.model.days) - 1),
                )
            )
        elif self.model.rowCount():
            self.grid.select_cell(self.model.index(0, 0))
        self._show_state()

    def apply_changes(self, changes: Changes) -> None:
        """Another counter (or a leave or swap approved meanwhile) changed the roster: read
        again, unless the grid holds changes not saved (saving then says someone else did)."""
        if self.writing or not changes.touches("roster", "people", "settings"):
            return
        if self.model.dirty:
            self.say(self.tr("This month changed elsewhere; save to find out, or close without."))
            return
        self.load()

    # -- showing -----------------------------------------------------------------------------
    @property
    def editable(self) -> bool:
        return (
            self.view is not None
            and self.view.state is RosterState.DRAFT
            and can(self.actor.role, Capability.DRAFT_ROSTER)
        )

    def locked_reason(self) -> str:
        if self.view is None:
            return ""
        try:
            check_editable(self.view.state)
        except DeskError as exc:
            return error_text(exc)
        if not can(self.actor.role, Capability.DRAFT_ROSTER):
            return self.tr("Only a supervisor or the manager drafts the roster.")
        return ""

    def _show_state(self) -> None:
        view = self.view
        if view is None:
            return
        colour = STATE_COLOURS[view.state]
        self.badge.setText(roster_state_label(view.state))
        self.badge.setStyleSheet(BADGE_STYLE.format(c=colour))
        # Each fact a whole sentence; the translator decides how two follow each other.
        facts = [
            text.format(name=by, at=format_datetime(at))
            for by, at, text in (
                (view.drafted_by, view.drafted_at, self.tr("Drafted by {name}, {at}.")),
                (view.submitted_by, view.submitted_at, self.tr("Submitted by {name}, {at}.")),
                (view.approved_by, view.approved_at, self.tr("Approved by {name}, {at}.")),
            )
            if by
        ]
        if view.id is None:
            facts.append(self.tr("Not saved yet."))
        text = facts[0] if facts else ""
        for fact in facts[1:]:
            text = self.tr("{facts} {fact}", "one fact after another").format(facts=text, fact=fact)
        self.facts.setText(text)
        back = view.state is RosterState.DRAFT and view.sent_back_reason
        self.reason.setText(
            self.tr("Sent back: {reason}").format(reason=view.sent_back_reason) if back else ""
        )
        self.reason.setVisible(bool(back))
        self.grid.editable = self.editable
        self.grid.locked_reason = self.locked_reason()
        self.legend.setText(
            "   ".join(
                [
                    self.tr("{code} {start}–{end}").format(
                        code=s.code, start=s.start.strftime("%H:%M"), end=s.end.strftime("%H:%M")
                    )
                    for s in view.roster.pattern.shifts
                ]
                + [
                    self.tr("{letter} off").format(
                        letter=cell_short(OFF, view.roster.pattern.codes)
                    ),
                    self.tr("{letter} leave").format(
                        letter=cell_short(LEAVE, view.roster.pattern.codes)
                    ),
                ]
            )
        )
        self.say("")
        self.steps.update()

    def _grid_changed(self) -> None:
        roster = self.model.roster
        if roster is None or self.view is None:
            return
        self.warnings = check(roster, self.view.policy.rules, self.previous)
        self.model.set_marked(
            (w.person, w.day)
            for w in self.warnings
            if w.person is not None and w.concern is not Concern.HOURS
        )
        names = self.model.names
        self.warning_list.clear()
        for warning in self.warnings:
            item = QListWidgetItem(warning_text(warning, names, format_date(warning.day)))
            item.setData(WARNING_ROLE, warning)
            item.setToolTip(concern_label(warning.concern))
            self.warning_list.addItem(item)
        self.warnings_title.setText(
            self.tr("Warnings: {count}").format(count=len(self.warnings))
            if self.warnings
            else self.tr("No warnings")
        )
        dirty = self.model.dirty
        self.setWindowTitle(
            self.tr("Roster — {month}").format(month=month_title(self.year, self.month))
            + (" *" if dirty else "")
        )
        self.steps.update()

    def typing_help(self) -> str:
        codes = self.view.roster.pattern.codes if self.view is not None else ()
        return self.tr(
            "Type a shift's letter ({codes}) or number ({numbers}) and the next day is ready; {off}, "
            "0 or Delete for a day off; select several cells to fill them at once; Ctrl+Z undoes."
        ).format(
            codes=", ".join(codes),
            numbers=", ".join(str(i + 1) for i in range(len(codes))),
            off=cell_short(OFF, codes),
        )

    def say(self, text: str) -> None:
        """A line under the grid; nothing to say brings back the usual one."""
        text = text or self.grid.locked_reason or self.typing_help()
        self.notice.setText(text)
        self.notice.setStyleSheet(NOTICE_STYLE)

    def go_to_warning(self, item: QListWidgetItem) -> None:
        """The warning's cell selected: the person's day, or for a gap the first person free
        that day (the shift's letter then fills it)."""
        warning: Warning = item.data(WARNING_ROLE)
        roster = self.model.roster
        if roster is None or not roster.people:
            return
        person = warning.person
        if person is None:
            free = [p for p in roster.people if roster.cell(p, warning.day) == OFF]
            person = free[0] if free else roster.people[0]
        day: date = warning.day
        index = self.model.index_of(person, day)
        if warning.concern is Concern.HOURS:
            index = self.model.index(index.row(), len(self.model.days) - 1)
        self.grid.select_cell(index)
        self.grid.setFocus()

    # -- editing -----------------------------------------------------------------------------
    def undo(self) -> None:
        if self.editable:
            self.model.undo()

    def redo(self) -> None:
        if self.editable:
            self.model.redo()

    def reject(self) -> None:
        """Close; changes not saved are asked about first."""
        if self.model.dirty and not messenger.confirm(
            self,
            self.tr(
                "The roster of {month} has changes not saved. Close without saving them?"
            ).format(month=month_title(self.year, self.month)),
        ):
            return
        super().reject()


def month_page(
    desk: Desk, actor: Actor, year: int, month: int, parent: QWidget
) -> MonthPage | None:
    page = MonthPage(desk, actor, year, month, parent)
    if not page.loaded:  # the error was shown; an empty page would only confuse
        page.deleteLater()
        return None
    return page
