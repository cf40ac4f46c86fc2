"""One small form per step of a complaint's life. A step names the version its page showed: if
another station acted first the step is refused, the user told, and the page reloads."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desk_app.domain import complaints as rules
from desk_app.domain.complaints import Action, NeedsEscalation, SettlementProposal
from desk_app.domain.errors import ConflictError, DeskError, NotFound
from desk_app.domain.roles import Role
from desk_app.services import settings as settings_service
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.complaints import views as complaints_views
from desk_app.services.complaints.views import ComplaintView
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.datetime_field import DateTimeField
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import format_money
from desk_app.ui.common.write_op import write_op
from desk_app.ui.complaints.intake import _from_edit
from desk_app.ui.complaints.labels import complaint_step_label


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
        op = write_op(
            self,
            lambda: complaints_commands.act(
                self._desk,
                self._actor,
                self.complaint.id,
                self.action.value,
                expected_version=self.complaint.version,
                **values,
            ),
        )
        if op.success(self._done).failure(self._error).run() is None and self.conflict:
            self.reject()

    def _done(self, view: ComplaintView) -> None:
        self.result_view = view
        self.accept()


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
                lambda: complaints_views.assignable_people(
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
    """Settle the complaint. A clerk refused above the authority limit (or for a high-severity
    complaint) is offered to escalate with what they typed, in one action; a supervisor or
    manager above the limit confirms with their PIN (the field shows once the amount is above)."""

    action = Action.RESOLVE

    def __init__(self, desk, actor, complaint, parent=None) -> None:
        super().__init__(desk, actor, complaint, parent)
        self.setWindowTitle(self.tr("Resolve complaint #{num}").format(num=complaint.num))
        settings = (
            run_op(self, lambda: settings_service.get_settings(desk)) or settings_service.Settings()
        )
        self.limit = settings.authority_limit
        if actor.role is Role.CLERK:
            self.set_intro(
                self.tr(
                    "You may settle compensation up to {limit}. Above it, or for a "
                    "high-severity complaint, escalate to a supervisor first."
                ).format(limit=format_money(self.limit))
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
        self.pin = self.add_field("pin", self.tr("Your PIN"), QLineEdit())
        self.pin.setObjectName("stepPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(
            self.tr("Above {limit}: confirm with your PIN").format(limit=format_money(self.limit))
        )
        self.form.setRowVisible(self.pin, False)
        self._pin_asked = False  # the service asked for it (the limit may have changed)
        self.compensation.textChanged.connect(self._amount_changed)
        self._escalation_row()

    # -- a supervisor's PIN ------------------------------------------------------------------------
    def _amount_changed(self) -> None:
        try:
            amount = rules.parse_money(self.compensation.text())
        except DeskError:
            return  # told when the step is taken
        needs = rules.settlement_needs_pin(self._actor.role, amount, self.limit)
        self.form.setRowVisible(self.pin, needs or self._pin_asked)

    @property
    def asks_pin(self) -> bool:
        return self.form.isRowVisible(self.pin)

    # -- a clerk's escalation with the amount --------------------------------------------------
    def _escalation_row(self) -> None:
        """Hidden until a clerk is refused: whom to, and the one button that escalates."""
        self.escalate_box = QWidget()
        self.escalate_box.setObjectName("escalateWithAmount")
        row = QHBoxLayout(self.escalate_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.escalate_to = QComboBox()
        self.escalate_to.setObjectName("escalateTo")
        self.escalate_button = QPushButton(self.tr("Escalate with this amount"))
        self.escalate_button.setObjectName("escalateWithAmountButton")
        self.escalate_button.setAutoDefault(False)
        self.escalate_button.clicked.connect(self.escalate_with_amount)
        row.addWidget(self.escalate_to, 1)
        row.addWidget(self.escalate_button)
        self.form.addRow(self.tr("Escalate to"), self.escalate_box)
        self.form.setRowVisible(self.escalate_box, False)

    def _offer_escalation(self) -> None:
        if Action.ESCALATE not in self.complaint.allowed_actions:
            return  # already with a supervisor: nothing to escalate to
        if not self.escalate_to.count():
            people = run_op(
                self,
                lambda: complaints_views.assignable_people(
                    self._desk, self._actor, supervisors_only=True
                ),
            )
            for person_id, name in people or []:
                self.escalate_to.addItem(name, person_id)
        self.form.setRowVisible(self.escalate_box, True)
        self.fit_height()

    def _escalation_note(self) -> str:
        """The escalation's line in the duty log: what is proposed, in the clerk's language."""
        money = rules.parse_money(self.compensation.text())
        kind = self.kind.currentText().strip() or "—"
        outcome = self.outcome.toPlainText().strip()
        amount = format_money(money)
        if money and outcome:
            return self.tr(
                "Escalated with the settlement proposed: {amount} ({kind}). Outcome: {outcome}"
            ).format(amount=amount, kind=kind, outcome=outcome)
        if money:
            return self.tr("Escalated with the settlement proposed: {amount} ({kind}).").format(
                amount=amount, kind=kind
            )
        if outcome:
            return self.tr(
                "Escalated for a supervisor to settle. Outcome proposed: {outcome}"
            ).format(outcome=outcome)
        return self.tr("Escalated for a supervisor to settle.")

    def escalate_with_amount(self) -> None:
        """One action: the complaint goes to the supervisor chosen, with the outcome, amount and
        kind typed kept on the escalation step."""
        outcome, amount, kind = (
            self.outcome.toPlainText(),
            self.compensation.text(),
            self.kind.currentText(),
        )
        person_id = self.escalate_to.currentData()
        op = write_op(
            self,
            lambda: complaints_commands.act(
                self._desk,
                self._actor,
                self.complaint.id,
                Action.ESCALATE.value,
                expected_version=self.complaint.version,
                note=self._escalation_note(),
                escalate_to_id=person_id,
                outcome=outcome,
                compensation=amount,
                compensation_kind=kind,
            ),
        )
        if op.success(self._done).failure(self._error).run() is None and self.conflict:
            self.reject()

    # -- shared ----------------------------------------------------------------------------------
    def prefill(self, proposal: SettlementProposal) -> None:
        """What the clerk proposed when escalating, ready to settle or change."""
        if proposal.outcome:
            self.outcome.setPlainText(proposal.outcome)
        if proposal.compensation:
            self.compensation.setText(str(proposal.compensation))
        if proposal.kind:
            self.kind.setCurrentText(proposal.kind)

    def _error(self, exc: DeskError) -> bool:
        if isinstance(exc, NeedsEscalation):
            self._offer_escalation()
        elif exc.field == "pin":  # asked for, or a wrong one: type it (again)
            self._pin_asked = True
            self.form.setRowVisible(self.pin, True)
            self.pin.clear()
        return super()._error(exc)

    def values(self) -> dict:
        outcome = self.outcome.toPlainText()
        values = {
            "note": outcome,
            "outcome": outcome,
            "compensation": self.compensation.text(),
            "compensation_kind": self.kind.currentText(),
        }
        if self.asks_pin and self.pin.text():
            values["pin"] = self.pin.text()
        return values


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
            "promised_at",
            self.tr("New reply promised by"),
            DateTimeField(desk.clock.now() + timedelta(hours=2), field="promised_at"),
        )
        self.promised.setObjectName("reopenPromised")

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
