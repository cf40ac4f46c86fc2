"""One key's page: what it is, who has it, its history, and the movements its state allows.
It opens the issue, report and restore forms over itself, so it depends on their modules and
they do not depend on it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.keys import KeyState, Movement
from desk_app.domain.roles import Capability, can
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.services.keys.views import KeyView, MovementView
from desk_app.ui.common.book_table import book_table, fit_columns_to_samples, refresh_in_place
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import OVERDUE_STYLE
from desk_app.ui.common.labels import format_datetime, role_label
from desk_app.ui.common.staff_labels import department_label
from desk_app.ui.common.write_op import listen_while_open, write_op
from desk_app.ui.keys.board_model import ACCENTS, FILLS, board_state
from desk_app.ui.keys.dock import DONE_STYLE
from desk_app.ui.keys.issue_dialog import IssueKeyDialog
from desk_app.ui.keys.labels import key_state_label, key_type_label
from desk_app.ui.keys.loss_dialogs import ReportKeyDialog, RestoreKeyDialog
from desk_app.ui.keys.models import (
    HCOL_BACK,
    HCOL_BY,
    HCOL_HOLDER,
    HCOL_MOVEMENT,
    HCOL_TIME,
    MovementTableModel,
    identity_text,
)
from desk_app.ui.shell.records import KEY
from desk_app.ui.supervision.review_notes import ReviewNotes

BADGE_STYLE = "border: 2px solid {color}; color: {color}; border-radius: 3px; padding: 1px 8px;"


def find_key_by_id(desk: Desk, actor: Actor, key_id: str) -> KeyView | None:
    """A key by its id, retired ones too (the register is a few hundred keys at most)."""
    for key in keys_views.board(desk, actor, include_retired=True):
        if key.id == key_id:
            return key
    return None


class KeyPage(QDialog):
    """One key: what it is, where it is, who has it, its history; the movements its state allows.

    A movement's form opens over the page (``step_dialog``); the page reads itself again after
    it, and the window tells the docks what was written."""

    def __init__(
        self, desk: Desk, actor: Actor, key_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._key_id = key_id
        self.key: KeyView | None = None
        self.loan: MovementView | None = None
        self.step_dialog: QDialog | None = None
        self._seen: Changes | None = None  # the last Changes read: told twice, read once
        self.setObjectName("keyPage")
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("keyPageHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        header_font = QFont(self.font())
        header_font.setPointSizeF(header_font.pointSizeF() * 1.3)
        header_font.setBold(True)
        self.header.setFont(header_font)
        self.badge = QLabel()
        self.badge.setObjectName("keyPageState")
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.badge)
        layout.addLayout(top)
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.facts)
        self.notice = QLabel()
        self.notice.setObjectName("keyPageNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        layout.addWidget(self.notice)
        # A supervisor's notes from the daily review: beside the key, never changing it.
        self.notes = ReviewNotes(desk, actor, KEY, key_id)
        layout.addWidget(self.notes)

        actions = QHBoxLayout()
        self.issue_button = self._button(self.tr("Issue…"), "pageIssue", self.start_issue)
        self.return_button = self._button(self.tr("Return"), "pageReturn", self.take_back)
        self.report_button = self._button(
            self.tr("Report lost/damaged…"), "pageReport", self.start_report
        )
        self.restore_button = self._button(self.tr("Put back…"), "pageRestore", self.start_restore)
        for b in (self.issue_button, self.return_button, self.report_button, self.restore_button):
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)

        history_title = QLabel(self.tr("History"))
        title_font = QFont(self.font())
        title_font.setBold(True)
        history_title.setFont(title_font)
        layout.addWidget(history_title)
        self.history_model = MovementTableModel(desk, actor, self, key_id=key_id)
        self.history = book_table(self, self.history_model, "keyPageHistory")
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setColumnHidden(1, True)  # the key: it is this one
        fit_columns_to_samples(
            self,
            self.history,
            {
                HCOL_TIME: "00.00.0000 00:00",
                HCOL_MOVEMENT: "Reported lost",
                HCOL_HOLDER: "Иван Петров (ООО)",
                HCOL_BACK: "00.00.0000 00:00",
                HCOL_BY: "Иван Петров",
            },
        )
        self.history.setMinimumHeight(self.fontMetrics().height() * 10)
        layout.addWidget(self.history, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(900, 600)
        self.load()
        listen_while_open(
            self, self.apply_changes
        )  # its writes and other stations' reach the open page

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def load(self) -> None:
        key = run_op(self, lambda: find_key_by_id(self._desk, self._actor, self._key_id))
        if key is None:
            return
        self.key = key
        self.loan = None
        if key.state is KeyState.OUT:
            page = run_op(
                self, lambda: keys_views.history(self._desk, self._actor, key_id=key.id, limit=1)
            )
            if page is not None and page.rows and page.rows[0].kind is Movement.ISSUE:
                self.loan = page.rows[0]
        self.setWindowTitle(self.tr("Key {code}").format(code=key.code))
        self.header.setText(self.tr("{code} — {label}").format(code=key.code, label=key.label))
        state = board_state(key)
        self.badge.setText(key_state_label(key.state, key.overdue))
        self.badge.setStyleSheet(
            BADGE_STYLE.format(color=ACCENTS[state]) + f" background: {FILLS[state]};"
        )
        while self.facts.rowCount():
            self.facts.removeRow(0)
        self._fact(self.tr("Type"), key_type_label(key.key_type))
        self._fact(self.tr("Hook"), key.hook)
        if key.restricted:
            self._fact(
                self.tr("Restricted"),
                self.tr("Yes: only allowed roles may issue it, with their PIN"),
            )
        if not key.active:
            self._fact(self.tr("In use"), self.tr("No: retired from the register"))
        if key.state is KeyState.OUT:
            self._fact(self.tr("Holder"), key.holder_name or "—", "keyPageHolder")
            if self.loan is not None:
                if self.loan.department is not None:
                    dept = department_label(self.loan.department, self.loan.department_other)
                    if self.loan.badge:
                        dept = self.tr("{department}, badge {badge}").format(
                            department=dept, badge=self.loan.badge
                        )
                    self._fact(self.tr("Department"), dept, "keyPageHolderDepartment")
                if self.loan.company:
                    self._fact(self.tr("Company"), self.loan.company)
                ident = identity_text(self.loan)
                if ident:
                    self._fact(self.tr("Identity checked"), ident)
                self._fact(self.tr("Purpose"), self.loan.purpose or "")
                self._fact(
                    self.tr("Issued by"),
                    self.tr("{name} at {station}").format(
                        name=self.loan.actor_name, station=self.loan.station
                    ),
                )
            self._fact(self.tr("Out since"), format_datetime(key.out_since))
            back = self._fact(self.tr("Expected back"), format_datetime(key.expected_back))
            if key.overdue:
                back.setText(
                    self.tr("{time} — overdue").format(time=format_datetime(key.expected_back))
                )
                back.setStyleSheet(OVERDUE_STYLE)
        active = key.active
        self.issue_button.setVisible(active and key.state is KeyState.IN)
        self.return_button.setVisible(key.state is KeyState.OUT)
        self.report_button.setVisible(active and key.state is not KeyState.OFF)
        self.restore_button.setVisible(key.state is KeyState.OFF)
        self.restore_button.setEnabled(can(self._actor.role, Capability.REVIEW_LOG))
        if not can(self._actor.role, Capability.REVIEW_LOG):
            self.restore_button.setToolTip(
                self.tr("Only a supervisor or the manager can put a key back.")
            )
        if key.restricted and key.state is KeyState.IN:
            policy = run_op(self, lambda: keys_views.get_policy(self._desk))
            if policy is not None and not policy.may_issue_restricted(self._actor.role):
                self.issue_button.setEnabled(False)
                self.issue_button.setToolTip(
                    self.tr("Your role ({role}) may not issue restricted keys.").format(
                        role=role_label(self._actor.role)
                    )
                )

    def _fact(self, caption: str, value: str, name: str = "") -> QLabel:
        label = QLabel(value)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setObjectName(name)
        self.facts.addRow(caption, label)
        return label

    # -- movements -----------------------------------------------------------------------------
    def _start(self, dialog: QDialog) -> QDialog | None:
        if self.step_dialog is not None:
            dialog.deleteLater()
            return None
        self.step_dialog = dialog
        dialog.finished.connect(self._step_finished)
        dialog.open()
        return dialog

    def _step_finished(self, result: int) -> None:
        dialog, self.step_dialog = self.step_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog is not None:
            self._written(dialog.changes)

    def _written(self, changes: Changes) -> None:
        """A movement made on this page or over it: read again (unless the window's Changes
        already did)."""
        self.apply_changes(changes)

    def apply_changes(self, changes: Changes) -> None:
        """Keys moved or people changed, here or at another station: the key and its history
        read again, the selected movement and the scroll kept. Changes already read (the
        window hands back the page's own) are not read twice. A review note written on the key
        shows at once."""
        if changes is not self._seen:
            self.notes.apply_changes(changes)
        if not changes.touches("keys", "people") or changes is self._seen:
            return
        self._seen = changes
        self.load()
        refresh_in_place(
            self.history, self.history_model, lambda: run_op(self, self.history_model.refresh)
        )

    def start_issue(self) -> QDialog | None:
        if self.key is None:
            return None
        return self._start(IssueKeyDialog(self._desk, self._actor, self.key.code, self))

    def start_report(self) -> QDialog | None:
        if self.key is None:
            return None
        return self._start(ReportKeyDialog(self._desk, self._actor, self.key.code, self))

    def start_restore(self) -> QDialog | None:
        if self.key is None:
            return None
        return self._start(RestoreKeyDialog(self._desk, self._actor, self.key.code, self))

    def take_back(self) -> KeyView | None:
        if self.key is None:
            return None
        code = self.key.code
        holder = self.key.holder_name or "—"
        op = write_op(self, lambda: keys_commands.return_key(self._desk, self._actor, code))
        view = op.run()
        if view is not None:
            self.notice.setText(
                self.tr("Back on hook {hook}; {holder} returned it.").format(
                    hook=view.hook, holder=holder
                )
            )
            self.notice.setStyleSheet(DONE_STYLE)
            self.notice.show()
            self._written(op.changes)
        return view
