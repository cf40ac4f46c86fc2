"""Taking a complaint while the guest waits, its page with the whole history, and each step.

The intake is one form filled from the keyboard: Tab through the fields, a quick choice for the
promised reply time (Alt+3: +30 min, Alt+2: +2 h, Alt+E: end of shift, Alt+M: tomorrow 10:00), and
Ctrl+Enter (or Enter outside the text box) saves. Errors are shown next to the field they name
and nothing typed is lost.

The page shows one button per step the complaint's state allows; each opens a small form. A step
names the version the page showed: if another station acted first the step is refused, the user
is told, and the page reloads to show the complaint as it now is.
"""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.complaints import Action, Channel, ComplaintCategory, Severity
from desk_app.domain.errors import ConflictError, DeskError, NotFound
from desk_app.domain.roles import Role
from desk_app.services import complaints as complaint_service
from desk_app.services import settings as settings_service
from desk_app.services.complaints import ComplaintDetail, ComplaintView
from desk_app.services.desk import Actor, Desk
from desk_app.ui.errors import run_op
from desk_app.ui.forms import FormDialog
from desk_app.ui.labels import (
    channel_label,
    complaint_category_label,
    complaint_status_label,
    complaint_step_label,
    format_datetime,
    format_money,
    format_time,
    severity_label,
    to_qdatetime,
)

SHIFT_CHANGES = (time(8), time(20))
OVERDUE_STYLE = "color: #c62828; font-weight: bold;"


# -- promised reply time: the quick choices --------------------------------------------------------
def end_of_shift(now: datetime) -> datetime:
    """The next shift change (08:00 or 20:00 local time) after ``now``."""
    local = now.astimezone()
    for days in (0, 1):
        for at in SHIFT_CHANGES:
            candidate = datetime.combine(local.date() + timedelta(days=days), at, local.tzinfo)
            if candidate > local:
                return candidate
    raise AssertionError("unreachable: a shift change comes within a day")


def tomorrow_at_ten(now: datetime) -> datetime:
    local = now.astimezone()
    return datetime.combine(local.date() + timedelta(days=1), time(10), local.tzinfo)


def _from_edit(edit: QDateTimeEdit) -> datetime:
    return edit.dateTime().toPython().astimezone()


class IntakeDialog(FormDialog):
    """A new complaint, with the reply time promised to the guest (mandatory)."""

    saved = Signal(object)  # ComplaintView

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.result_complaint: ComplaintView | None = None
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("New complaint"))
        now = desk.clock.now()

        self.received = self.add_field(
            "received_at", self.tr("Received"), QDateTimeEdit(to_qdatetime(now))
        )
        self.received.setObjectName("intakeReceived")
        self.received.setCalendarPopup(True)
        self.channel = self.add_field("channel", self.tr("Channel"), QComboBox())
        self.channel.setObjectName("intakeChannel")
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.guest = self.add_field("guest_name", self.tr("Guest name"), QLineEdit())
        self.guest.setObjectName("intakeGuest")
        self.room = self.add_field("room", self.tr("Room / unit"), QLineEdit())
        self.room.setObjectName("intakeRoom")
        self.contact = self.add_field("contact", self.tr("Contact"), QLineEdit())
        self.contact.setObjectName("intakeContact")
        self.contact.setPlaceholderText(self.tr("Phone, e-mail or messenger"))
        self.category = self.add_field("category", self.tr("Category"), QComboBox())
        self.category.setObjectName("intakeCategory")
        for category in ComplaintCategory:
            self.category.addItem(complaint_category_label(category), category.value)
        self.severity = self.add_field("severity", self.tr("Severity"), QComboBox())
        self.severity.setObjectName("intakeSeverity")
        for severity in Severity:
            self.severity.addItem(severity_label(severity), severity.value)
        self.severity.setCurrentIndex(self.severity.findData(Severity.MEDIUM.value))
        self.text = self.add_field("text", self.tr("Complaint"), QPlainTextEdit())
        self.text.setObjectName("intakeText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("What does the guest complain about? Ctrl+Enter saves.")
        )
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        # The promise: empty until the clerk chooses (a quick choice or a typed time).
        self.promised = QDateTimeEdit()
        self.promised.setObjectName("intakePromised")
        self.promised.setCalendarPopup(True)
        floor = to_qdatetime(now.replace(second=0, microsecond=0))
        self.promised.setMinimumDateTime(floor)
        self.promised.setSpecialValueText(self.tr("— choose a time —"))
        self.promised.setDateTime(floor)
        self.quick_buttons: dict[str, QPushButton] = {}
        self.promised.setMinimumWidth(
            max(
                self.fontMetrics().horizontalAdvance(self.promised.specialValueText()),
                self.fontMetrics().horizontalAdvance("00.00.0000 00:00 PM"),
            )
            + 48
        )
        quick_row = QHBoxLayout()
        quick_row.setContentsMargins(0, 0, 0, 0)
        for key, text, tip in (
            ("30min", self.tr("+&30 min"), self.tr("In half an hour (Alt+3)")),
            ("2h", self.tr("+&2 h"), self.tr("In two hours (Alt+2)")),
            (
                "shift",
                self.tr("&End of shift ({time})").format(time=format_time(end_of_shift(now))),
                self.tr("At the next shift change, 08:00 or 20:00 (Alt+E)"),
            ),
            (
                "tomorrow",
                self.tr("To&morrow {time}").format(time=format_time(tomorrow_at_ten(now))),
                self.tr("Tomorrow at 10:00 (Alt+M)"),
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(f"promise_{key}")
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, key=key: self.choose_promise(key))
            quick_row.addWidget(button)
            self.quick_buttons[key] = button
        quick_row.addStretch(1)
        promise_box = QWidget()
        promise_layout = QVBoxLayout(promise_box)
        promise_layout.setContentsMargins(0, 0, 0, 0)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.promised)
        edit_row.addStretch(1)
        promise_layout.addLayout(edit_row)
        promise_layout.addLayout(quick_row)
        self.form.addRow(self.tr("Reply promised by"), promise_box)
        self._fields["promised_at"] = self.promised

        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save complaint"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)
        self.resize(680, 520)
        self.guest.setFocus()

    def choose_promise(self, key: str) -> None:
        now = self._desk.clock.now()
        when = {
            "30min": lambda: now + timedelta(minutes=30),
            "2h": lambda: now + timedelta(hours=2),
            "shift": lambda: end_of_shift(now),
            "tomorrow": lambda: tomorrow_at_ten(now),
        }[key]()
        self.promised.setDateTime(to_qdatetime(when))
        self.promised.setStyleSheet("")

    def promised_at(self) -> datetime | None:
        if self.promised.dateTime() <= self.promised.minimumDateTime():
            return None
        return _from_edit(self.promised)

    def submit(self) -> None:
        view = run_op(
            self,
            lambda: complaint_service.intake(
                self._desk,
                self._actor,
                received_at=_from_edit(self.received),
                channel=self.channel.currentData(),
                guest_name=self.guest.text(),
                room=self.room.text(),
                contact=self.contact.text(),
                category=self.category.currentData(),
                severity=self.severity.currentData(),
                text=self.text.toPlainText(),
                promised_at=self.promised_at(),
            ),
            on_error=self.show_error,
        )
        if view is None:
            return
        self.result_complaint = view
        self.saved.emit(view)
        self.accept()


# -- the steps ---------------------------------------------------------------------------------------
def _note_field(placeholder: str = "", text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setObjectName("stepNote")
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
    return edit


class StepDialog(FormDialog):
    """One step of a complaint's life. Subclasses add their fields and what they pass on."""

    action: Action

    def __init__(
        self, desk: Desk, actor: Actor, complaint: ComplaintView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.complaint = complaint
        self.result_view: ComplaintView | None = None
        self.conflict = False
        self.setObjectName(f"step_{self.action.value}")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            complaint_step_label(self.action.value)
        )
        self.resize(540, 300)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)

    def values(self) -> dict:
        return {"note": self.note.toPlainText()}

    def _error(self, exc: DeskError) -> bool:
        if isinstance(exc, ConflictError | NotFound):
            # Shown as a message; the page then reloads with the complaint as it now is.
            self.conflict = True
            return False
        return self.show_error(exc)

    def submit(self) -> None:
        values = self.values()
        view = run_op(
            self,
            lambda: complaint_service.act(
                self._desk,
                self._actor,
                self.complaint.id,
                self.action.value,
                expected_version=self.complaint.version,
                **values,
            ),
            on_error=self._error,
        )
        if view is not None:
            self.result_view = view
            self.accept()
        elif self.conflict:
            self.reject()


class AcknowledgeDialog(StepDialog):
    action = Action.ACKNOWLEDGE

    def __init__(self, desk, actor, complaint, parent=None) -> None:
        super().__init__(desk, actor, complaint, parent)
        self.setWindowTitle(self.tr("Acknowledge complaint #{num}").format(num=complaint.num))
        self.note = self.add_field(
            "note",
            self.tr("Note"),
            _note_field(text=self.tr("The guest was told that we are dealing with the complaint.")),
        )


class _PersonStep(StepDialog):
    """Assign or escalate: a person chosen from a list, and a note."""

    supervisors_only = False
    person_field = "assignee"

    def _people(self, label: str) -> QComboBox:
        self.person = self.add_field(self.person_field, label, QComboBox())
        self.person.setObjectName("stepPerson")
        people = (
            run_op(
                self,
                lambda: complaint_service.assignable_people(
                    self._desk, self._actor, supervisors_only=self.supervisors_only
                ),
            )
            or []
        )
        for person_id, name in people:
            self.person.addItem(name, person_id)
        return self.person


class AssignDialog(_PersonStep):
    action = Action.ASSIGN

    def __init__(self, desk, actor, complaint, parent=None) -> None:
        super().__init__(desk, actor, complaint, parent)
        self.setWindowTitle(self.tr("Assign complaint #{num}").format(num=complaint.num))
        self._people(self.tr("Assign to"))
        if complaint.assignee_id:
            self.person.setCurrentIndex(max(0, self.person.findData(complaint.assignee_id)))
        self.note = self.add_field(
            "note", self.tr("Note"), _note_field(self.tr("What should they do, and by when?"))
        )
        self._auto_note = ""
        self.person.currentIndexChanged.connect(self._suggest_note)
        self._suggest_note()

    def _suggest_note(self) -> None:
        """Until the clerk writes their own note, it says who the complaint was given to."""
        if self.note.toPlainText() != self._auto_note:
            return
        self._auto_note = (
            self.tr("Complaint given to {name}.").format(name=self.person.currentText())
            if self.person.count()
            else ""
        )
        self.note.setPlainText(self._auto_note)

    def values(self) -> dict:
        return {"note": self.note.toPlainText(), "assignee_id": self.person.currentData()}


class EscalateDialog(_PersonStep):
    action = Action.ESCALATE
    supervisors_only = True
    person_field = "escalate_to"

    def __init__(self, desk, actor, complaint, parent=None) -> None:
        super().__init__(desk, actor, complaint, parent)
        self.setWindowTitle(self.tr("Escalate complaint #{num}").format(num=complaint.num))
        self._people(self.tr("Escalate to"))
        self.note = self.add_field(
            "note",
            self.tr("Reason"),
            _note_field(self.tr("Why a supervisor must take it (amount, severity, guest…)")),
        )

    def values(self) -> dict:
        return {"note": self.note.toPlainText(), "escalate_to_id": self.person.currentData()}


class ReplyDialog(StepDialog):
    action = Action.REPLY

    def __init__(self, desk, actor, complaint, parent=None) -> None:
        super().__init__(desk, actor, complaint, parent)
        self.setWindowTitle(
            self.tr("Reply to the guest, complaint #{num}").format(num=complaint.num)
        )
        self.note = self.add_field(
            "note",
            self.tr("What the guest was told"),
            _note_field(self.tr("The answer given to the guest, and how (call, visit, e-mail)")),
        )


class ResolveDialog(StepDialog):
    action = Action.RESOLVE

    def __init__(self, desk, actor, complaint, parent=None) -> None:
        super().__init__(desk, actor, complaint, parent)
        self.setWindowTitle(self.tr("Resolve complaint #{num}").format(num=complaint.num))
        if actor.role is Role.CLERK:
            settings = (
                run_op(self, lambda: settings_service.get_settings(desk))
                or settings_service.Settings()
            )
            self.set_intro(
                self.tr(
                    "You may settle compensation up to {limit}. Above it, or for a "
                    "high-severity complaint, escalate to a supervisor first."
                ).format(limit=format_money(settings.authority_limit))
            )
        self.outcome = self.add_field(
            "outcome",
            self.tr("Outcome"),
            _note_field(self.tr("How the complaint was resolved; this goes into the duty log")),
        )
        self.outcome.setObjectName("stepOutcome")
        # The outcome is also the step's note in the log and the history.
        self._fields["note"] = self.outcome
        self.compensation = self.add_field("compensation", self.tr("Compensation"), QLineEdit())
        self.compensation.setObjectName("stepCompensation")
        self.compensation.setPlaceholderText(self.tr("Amount, e.g. 150 or 99.50; empty if none"))
        self.kind = self.add_field(
            "compensation_kind", self.tr("Kind of compensation"), QComboBox()
        )
        self.kind.setObjectName("stepCompensationKind")
        self.kind.setEditable(True)
        for text in (
            "",
            self.tr("Refund"),
            self.tr("Discount"),
            self.tr("Voucher"),
            self.tr("Free service"),
            self.tr("Room upgrade"),
            self.tr("Gift"),
        ):
            self.kind.addItem(text)

    def values(self) -> dict:
        outcome = self.outcome.toPlainText()
        return {
            "note": outcome,
            "outcome": outcome,
            "compensation": self.compensation.text(),
            "compensation_kind": self.kind.currentText(),
        }


class FollowUpDialog(StepDialog):
    action = Action.FOLLOW_UP

    def __init__(self, desk, actor, complaint, parent=None) -> None:
        super().__init__(desk, actor, complaint, parent)
        self.setWindowTitle(self.tr("Follow-up call, complaint #{num}").format(num=complaint.num))
        self.reached = self.add_field("reached", self.tr("Guest reached"), QComboBox())
        self.reached.setObjectName("stepReached")
        self.reached.addItem(self.tr("Yes, we spoke with the guest"), True)
        self.reached.addItem(self.tr("No, the guest could not be reached"), False)
        self.satisfaction = self.add_field("satisfaction", self.tr("Satisfaction"), QComboBox())
        self.satisfaction.setObjectName("stepSatisfaction")
        self.satisfaction.addItem(self.tr("— ask the guest —"), None)
        for score, text in (
            (5, self.tr("5 — very satisfied")),
            (4, self.tr("4 — satisfied")),
            (3, self.tr("3 — neither")),
            (2, self.tr("2 — dissatisfied")),
            (1, self.tr("1 — very dissatisfied")),
        ):
            self.satisfaction.addItem(text, score)
        self.note = self.add_field(
            "note", self.tr("Comment"), _note_field(self.tr("What the guest said"))
        )
        self.reached.currentIndexChanged.connect(self._reached_changed)

    def _reached_changed(self) -> None:
        self.satisfaction.setEnabled(bool(self.reached.currentData()))

    def values(self) -> dict:
        reached = bool(self.reached.currentData())
        return {
            "note": self.note.toPlainText(),
            "reached": reached,
            "satisfaction": self.satisfaction.currentData() if reached else None,
        }


class CloseDialog(StepDialog):
    action = Action.CLOSE

    def __init__(self, desk, actor, complaint, parent=None) -> None:
        super().__init__(desk, actor, complaint, parent)
        self.setWindowTitle(self.tr("Close complaint #{num}").format(num=complaint.num))
        self.note = self.add_field(
            "note",
            self.tr("Note"),
            _note_field(text=self.tr("Closed after the follow-up call; nothing remains to do.")),
        )


class ReopenDialog(StepDialog):
    action = Action.REOPEN

    def __init__(self, desk, actor, complaint, parent=None) -> None:
        super().__init__(desk, actor, complaint, parent)
        self.setWindowTitle(self.tr("Reopen complaint #{num}").format(num=complaint.num))
        self.note = self.add_field(
            "note", self.tr("Reason"), _note_field(self.tr("Why the complaint is opened again"))
        )
        # The guest is owed a reply again: a new promise, two hours ahead unless changed.
        self.promised = self.add_field(
            "promised_at", self.tr("New reply promised by"), QDateTimeEdit()
        )
        self.promised.setObjectName("reopenPromised")
        self.promised.setCalendarPopup(True)
        self.promised.setDateTime(to_qdatetime(desk.clock.now() + timedelta(hours=2)))

    def values(self) -> dict:
        return {**super().values(), "promised_at": _from_edit(self.promised)}


STEP_DIALOGS: dict[Action, type[StepDialog]] = {
    Action.ACKNOWLEDGE: AcknowledgeDialog,
    Action.ASSIGN: AssignDialog,
    Action.ESCALATE: EscalateDialog,
    Action.REPLY: ReplyDialog,
    Action.RESOLVE: ResolveDialog,
    Action.FOLLOW_UP: FollowUpDialog,
    Action.CLOSE: CloseDialog,
    Action.REOPEN: ReopenDialog,
}


# -- the complaint's page ----------------------------------------------------------------------------
class ComplaintDialog(QDialog):
    """A complaint in full: its fields, its history, and a button per step its state allows."""

    changed = Signal(object)  # ComplaintView as it now is

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
            self, lambda: complaint_service.complaint_detail(self._desk, self._actor, self._id)
        )
        if detail is None:
            return
        self.detail = detail
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
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setObjectName(name)
        return label

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
            return self.tr("To {name}").format(name=values.get("escalated_to", ""))
        if action == Action.RESOLVE.value:
            amount = Decimal(values.get("compensation") or "0")
            if not amount and not values.get("kind"):
                return self.tr("No compensation")
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

    # -- steps ---------------------------------------------------------------------------------
    def start_step(self, action: Action) -> StepDialog | None:
        """Open the step's form (window-modal, not a nested event loop)."""
        c = self.complaint
        if c is None or self.step_dialog is not None:
            return None
        dialog = STEP_DIALOGS[action](self._desk, self._actor, c, self)
        dialog.finished.connect(self._step_finished)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _step_finished(self, _result: int) -> None:
        dialog = self.step_dialog
        self.step_dialog = None
        if dialog is None:
            return
        if dialog.result_view is not None or dialog.conflict:
            self.load()
            view = dialog.result_view or self.complaint
            if view is not None:
                self.changed.emit(view)
        dialog.deleteLater()
