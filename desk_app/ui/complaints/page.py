"""A complaint's page: every field, the whole history, and one button per step its state allows."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.complaints import Action, SettlementProposal
from desk_app.services.changes import Changes
from desk_app.services.complaints import views as complaints_views
from desk_app.services.complaints.views import ComplaintDetail, ComplaintView
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import OVERDUE_STYLE
from desk_app.ui.common.labels import format_datetime, format_money
from desk_app.ui.common.write_op import announce
from desk_app.ui.complaints.labels import (
    channel_label,
    complaint_category_label,
    complaint_status_label,
    complaint_step_label,
    severity_label,
)
from desk_app.ui.complaints.steps import STEP_DIALOGS, ResolveDialog, StepDialog
from desk_app.ui.shell.records import COMPLAINT
from desk_app.ui.supervision.review_notes import ReviewNotes


class ComplaintDialog(QDialog):
    """A complaint in full: its fields, its history, and a button per step its state allows."""

    def __init__(
        self, desk: Desk, actor: Actor, complaint_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._id = complaint_id
        self.setObjectName("complaintDialog")
        self.detail: ComplaintDetail | None = None
        self.step_dialog: StepDialog | None = None
        self.action_buttons: dict[Action, QPushButton] = {}
        self._outer = QVBoxLayout(self)
        self._content: QWidget | None = None
        self._stale = False  # written while a step's form was open: read again once it closes
        self.history: QTableView | None = None
        self.notes: ReviewNotes | None = None
        self.setMinimumSize(860, 600)
        self.load()

    @property
    def complaint(self) -> ComplaintView | None:
        return self.detail.complaint if self.detail else None

    def _step_buttons(self) -> dict[Action, str]:
        return {
            Action.ACKNOWLEDGE: self.tr("Acknowledge…"),
            Action.ASSIGN: self.tr("Assign…"),
            Action.ESCALATE: self.tr("Escalate…"),
            Action.REPLY: self.tr("Reply…"),
            Action.RESOLVE: self.tr("Resolve…"),
            Action.FOLLOW_UP: self.tr("Follow-up call…"),
            Action.CLOSE: self.tr("Close complaint…"),
            Action.REOPEN: self.tr("Reopen…"),
        }

    def load(self) -> None:
        detail = run_op(
            self, lambda: complaints_views.complaint_detail(self._desk, self._actor, self._id)
        )
        if detail is None:
            return
        self.detail = detail
        # The history read again keeps the reader's place in it.
        scrolled = self.history.verticalScrollBar().value() if self.history is not None else 0
        if self._content is not None:
            self._content.setParent(None)
            self._content.deleteLater()
        self._content = QWidget(self)
        self._outer.addWidget(self._content)
        layout = QVBoxLayout(self._content)
        layout.setContentsMargins(0, 0, 0, 0)
        c = detail.complaint
        self.setWindowTitle(
            self.tr("Complaint #{num}: {guest}").format(num=c.num, guest=c.guest_name)
        )

        left = QFormLayout()
        left.addRow(self.tr("Received"), self._value(format_datetime(c.received_at)))
        left.addRow(self.tr("Channel"), self._value(channel_label(c.channel)))
        left.addRow(self.tr("Guest"), self._value(c.guest_name))
        left.addRow(self.tr("Room / unit"), self._value(c.room))
        left.addRow(self.tr("Contact"), self._value(c.contact))
        left.addRow(self.tr("Category"), self._value(complaint_category_label(c.category)))
        left.addRow(self.tr("Severity"), self._value(severity_label(c.severity)))
        left.addRow(
            self.tr("Recorded by"),
            self._value(
                self.tr("{name} at {station}").format(name=c.created_by_name, station=c.station)
            ),
        )

        right = QFormLayout()
        status = complaint_status_label(c.status)
        if c.overdue:
            status = self.tr("{status}, overdue").format(status=status)
        self.status_label = self._value(status, "complaintStatus")
        self.promised_label = self._value(format_datetime(c.promised_at), "complaintPromised")
        if c.overdue:
            self.status_label.setStyleSheet(OVERDUE_STYLE)
            self.promised_label.setStyleSheet(OVERDUE_STYLE)
        right.addRow(self.tr("Status"), self.status_label)
        right.addRow(self.tr("Reply promised by"), self.promised_label)
        right.addRow(self.tr("Assigned to"), self._value(c.assignee_name or "—"))
        if c.escalated_to_name:
            right.addRow(self.tr("Escalated to"), self._value(c.escalated_to_name))
        self.proposal_label: QLabel | None = None
        if detail.proposal is not None:
            # What the clerk would have settled: the supervisor sees it before resolving.
            self.proposal_label = self._value(self._proposal_text(detail.proposal), "proposal")
            right.addRow(self.tr("Settlement proposed"), self.proposal_label)
        if c.first_reply_at:
            right.addRow(self.tr("First reply"), self._value(format_datetime(c.first_reply_at)))
        if c.resolved_at:
            right.addRow(self.tr("Resolved"), self._value(format_datetime(c.resolved_at)))
        if c.outcome:
            right.addRow(self.tr("Outcome"), self._value(c.outcome))
        if c.compensation or c.compensation_kind:
            right.addRow(
                self.tr("Compensation"),
                self._value(
                    self.tr("{amount} ({kind})").format(
                        amount=format_money(c.compensation), kind=c.compensation_kind or "—"
                    )
                ),
            )
        if c.follow_up_reached is not None:
            right.addRow(
                self.tr("Follow-up call"),
                self._value(
                    self.tr("Reached; satisfaction {score} of 5").format(score=c.satisfaction)
                    if c.follow_up_reached
                    else self.tr("Guest not reached")
                ),
            )
        if c.closed_at:
            right.addRow(self.tr("Closed"), self._value(format_datetime(c.closed_at)))

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        layout.addLayout(columns)

        text = self._value(c.text, "complaintText")
        text.setFrameShape(QLabel.Shape.StyledPanel)
        text.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._heading(self.tr("Complaint")))
        layout.addWidget(text)
        # A supervisor's notes from the daily review: beside the complaint, never changing it.
        self.notes = ReviewNotes(self._desk, self._actor, COMPLAINT, self._id)
        layout.addWidget(self.notes)

        layout.addWidget(self._heading(self.tr("History")))
        self.history = QTableView()
        self.history.setObjectName("complaintHistory")
        self.history.setModel(self._history_model(detail))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(True)
        self.history.verticalHeader().hide()
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Long notes wrap: each row is as tall as its text at the column's current width.
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.history, 1)
        if scrolled:
            bar = self.history.verticalScrollBar()
            QTimer.singleShot(0, bar, lambda: bar.setValue(scrolled))

        buttons = QDialogButtonBox()
        self.action_buttons = {}
        labels = self._step_buttons()
        for action in c.allowed_actions:
            button = buttons.addButton(labels[action], QDialogButtonBox.ButtonRole.ActionRole)
            button.setObjectName(f"action_{action.value}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=action: self.start_step(a))
            self.action_buttons[action] = button
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        layout.addWidget(buttons)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _value(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        # What a guest said is shown as written: "<b>" in an e-mail is text, not markup.
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setObjectName(name)
        return label

    def _proposal_text(self, proposal: SettlementProposal) -> str:
        text = self.tr("{amount} ({kind})").format(
            amount=format_money(proposal.compensation), kind=proposal.kind or "—"
        )
        if proposal.outcome:
            return self.tr("{settlement}: {outcome}").format(
                settlement=text, outcome=proposal.outcome
            )
        return text

    def _details(self, action: str, data: str | None) -> str:
        if not data:
            return ""
        values = json.loads(data)
        if action == "intake" and values.get("promised_at"):
            promised = datetime.fromisoformat(values["promised_at"])
            return self.tr("Reply promised by {time}").format(time=format_datetime(promised))
        if action == Action.ASSIGN.value:
            return self.tr("To {name}").format(name=values.get("assignee", ""))
        if action == Action.ESCALATE.value:
            name = values.get("escalated_to", "")
            if values.get("proposal"):
                proposal = SettlementProposal.from_data(values["proposal"])
                return self.tr("To {name}; proposed {amount} ({kind})").format(
                    name=name,
                    amount=format_money(proposal.compensation),
                    kind=proposal.kind or "—",
                )
            return self.tr("To {name}").format(name=name)
        if action == Action.RESOLVE.value:
            amount = Decimal(values.get("compensation") or "0")
            if not amount and not values.get("kind"):
                return self.tr("No compensation")
            if values.get("confirmed_with_pin"):
                return self.tr("Compensation {amount} ({kind}), confirmed with a PIN").format(
                    amount=format_money(amount), kind=values.get("kind") or "—"
                )
            return self.tr("Compensation {amount} ({kind})").format(
                amount=format_money(amount), kind=values.get("kind") or "—"
            )
        if action == Action.FOLLOW_UP.value:
            if values.get("reached"):
                return self.tr("Reached; satisfaction {score} of 5").format(
                    score=values.get("satisfaction")
                )
            return self.tr("Guest not reached")
        return ""

    def _history_model(self, detail: ComplaintDetail) -> QStandardItemModel:
        model = QStandardItemModel(0, 5, self)
        model.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Who"), self.tr("Step"), self.tr("Note"), self.tr("Details")]
        )
        for event in detail.events:
            model.appendRow(
                [
                    QStandardItem(format_datetime(event.at)),
                    QStandardItem(event.actor_name),
                    QStandardItem(complaint_step_label(event.action)),
                    QStandardItem(event.note),
                    QStandardItem(self._details(event.action, event.data)),
                ]
            )
        return model

    def apply_changes(self, changes: Changes) -> None:
        """A write, here or at another station: the page reads its complaint again when that
        complaint was written; while a step's form is open, once the form closes. A review note
        written on it shows at once."""
        if self.notes is not None:
            self.notes.apply_changes(changes)
        if self._id not in changes.ids("complaint"):
            return
        if self.step_dialog is not None:
            self._stale = True
            return
        self.load()

    # -- steps ---------------------------------------------------------------------------------
    def start_step(self, action: Action) -> StepDialog | None:
        """Open the step's form (window-modal, not a nested event loop)."""
        c = self.complaint
        if c is None or self.step_dialog is not None:
            return None
        dialog = STEP_DIALOGS[action](self._desk, self._actor, c, self)
        proposal = self.detail.proposal if self.detail else None
        if isinstance(dialog, ResolveDialog) and proposal is not None:
            dialog.prefill(proposal)
        dialog.finished.connect(self._step_finished)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _step_finished(self, _result: int) -> None:
        dialog = self.step_dialog
        if dialog is None:
            return
        if dialog.conflict:
            # Another station acted first: every view of the complaint reads it again (this
            # page too, once the form is forgotten). What that station wrote is in the journal;
            # the sequence is the poll's business.
            announce(self, Changes.of_rows(0, [("complaint", self._id)]))
        self.step_dialog = None
        if dialog.result_view is not None or dialog.conflict or self._stale:
            self._stale = False
            self.load()
        dialog.deleteLater()
