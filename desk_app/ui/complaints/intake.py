"""Taking a complaint while the guest waits: one form from the keyboard, Tab through the fields,
a quick choice for the promised reply time (Alt+3: +30 min, Alt+2: +2 h, Alt+E: end of shift,
Alt+M: tomorrow 10:00), Ctrl+Enter saves. Errors show next to their field; nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desk_app.domain.complaints import Channel, ComplaintCategory, Severity
from desk_app.domain.handover.rules import shift_window
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.complaints.views import ComplaintView
from desk_app.services.desk import Actor, Desk
from desk_app.services.handover.views import HandoverPolicy, get_policy
from desk_app.ui.common.datetime_field import DateTimeField
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog, time_with_choices
from desk_app.ui.common.labels import format_time
from desk_app.ui.common.write_op import write_op
from desk_app.ui.complaints.labels import channel_label, complaint_category_label, severity_label


def end_of_shift(now: datetime, shift_starts: Sequence[time]) -> datetime:
    """When the shift in progress ends: the next of the desk's shift starts (Handover settings)
    after ``now`` — the same shifts the handover sheet is compiled for."""
    return shift_window(now, shift_starts, now.astimezone().tzinfo).end


def tomorrow_at_ten(now: datetime) -> datetime:
    local = now.astimezone()
    return datetime.combine(local.date() + timedelta(days=1), time(10)).astimezone()


def _from_edit(edit: DateTimeField) -> datetime:
    """The moment typed (``ValidationError`` beside the field if it cannot be read)."""
    value = edit.value()
    assert value is not None  # a required field is never empty
    return value


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
        self._shift_starts = (
            run_op(self, lambda: get_policy(desk)) or HandoverPolicy()
        ).shift_starts

        self.received = self.add_field(
            "received_at", self.tr("Received"), DateTimeField(now, field="received_at")
        )
        self.received.setObjectName("intakeReceived")
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
        self.promised = DateTimeField(
            optional=True, field="promised_at", empty_text=self.tr("— choose a time —")
        )
        self.promised.setObjectName("intakePromised")
        promise_box, self.quick_buttons = time_with_choices(
            self.promised,
            (
                ("30min", self.tr("+&30 min"), self.tr("In half an hour (Alt+3)")),
                ("2h", self.tr("+&2 h"), self.tr("In two hours (Alt+2)")),
                (
                    "shift",
                    self.tr("&End of shift ({time})").format(
                        time=format_time(end_of_shift(now, self._shift_starts))
                    ),
                    self.tr("When this shift ends (Alt+E)"),
                ),
                (
                    "tomorrow",
                    self.tr("To&morrow {time}").format(time=format_time(tomorrow_at_ten(now))),
                    self.tr("Tomorrow at 10:00 (Alt+M)"),
                ),
            ),
            self.choose_promise,
            "promise",
        )
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
            "shift": lambda: end_of_shift(now, self._shift_starts),
            "tomorrow": lambda: tomorrow_at_ten(now),
        }[key]()
        self.promised.setDateTime(when)
        self.promised.setStyleSheet("")

    def promised_at(self) -> datetime | None:
        """The promise typed or chosen; None while the clerk has chosen none."""
        return self.promised.value()

    def submit(self) -> None:
        write_op(
            self,
            lambda: complaints_commands.intake(
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
        ).success(self._saved).failure(self.show_error).run()

    def _saved(self, view: ComplaintView) -> None:
        self.result_complaint = view
        self.saved.emit(view)
        self.accept()
