"""A manager's acts on an account that are final or hurt, each asking before it is done: a role
changed (with the reason, which the duty log keeps) and an account deactivated, which first lists
what the person still holds (keys out, open follow-ups, open complaints) and hands it all to
another active person in the same step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from desk_app.domain.roles import Role
from desk_app.services import accounts, people_admin
from desk_app.services.accounts import PersonView
from desk_app.services.desk import Actor, Desk
from desk_app.services.holdings import Holdings
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import format_datetime, role_label
from desk_app.ui.common.write_op import write_op
from desk_app.ui.complaints.labels import complaint_status_label


def _reason_edit(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)  # a few lines, not the rest
    return edit


class ChangeRoleDialog(FormDialog):
    """Clerk, supervisor or manager: what the person may do changes at once, and the duty log
    says who changed it, from what, to what, and why."""

    def __init__(
        self, desk: Desk, actor: Actor, person: PersonView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._person = person
        self.result_person: PersonView | None = None
        self.setObjectName("changeRoleDialog")
        self.setWindowTitle(self.tr("Change the role of {name}").format(name=person.name))
        self.set_intro(
            self.tr(
                "{name} is now: {role}. The new role applies from their next action; a longer "
                "PIN is asked at their next sign-in if the new role needs one."
            ).format(name=person.name, role=role_label(person.role))
        )
        self.role = self.add_field("role", self.tr("New role"), QComboBox())
        self.role.setObjectName("newRole")
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        others = [i for i in range(self.role.count()) if self.role.itemData(i) != person.role.value]
        self.role.setCurrentIndex(others[0] if others else 0)
        self.reason = self.add_field(
            "reason",
            self.tr("Reason"),
            _reason_edit("roleReason", self.tr("Why: it goes into the duty log.")),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change role"))
        self.resize(460, self.sizeHint().height())

    def submit(self) -> None:
        self.result_person = (
            write_op(
                self,
                lambda: people_admin.change_role(
                    self._desk,
                    self._actor,
                    self._person.id,
                    role=self.role.currentData(),
                    reason=self.reason.toPlainText(),
                ),
            )
            .failure(self.show_error)
            .run()
        )
        if self.result_person is not None:
            self.accept()


class DeactivateDialog(FormDialog):
    """Deactivating someone who still holds things: what they hold, who takes it over, why.
    One step hands it all over and closes the account (all or nothing)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        person: PersonView,
        held: Holdings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._person = person
        self.done_with: people_admin.Deactivated | None = None
        self.setObjectName("deactivateDialog")
        self.setWindowTitle(self.tr("Deactivate {name}").format(name=person.name))
        self.set_intro(
            self.tr(
                "{name} still holds what is listed below. Choose who takes it all over: the keys "
                "are recorded as issued to them, the follow-ups and complaints become theirs. "
                "Then the account is deactivated; {name} can no longer sign in, and their "
                "records keep their name."
            ).format(name=person.name)
        )
        self.held = QListWidget()
        self.held.setObjectName("heldItems")
        for text in self.held_lines(held):
            self.held.addItem(text)
        self.held.setMinimumHeight(self.held.sizeHintForRow(0) * min(8, held.count) + 8)
        self.add_field("held", self.tr("Held"), self.held)
        self.to_person = self.add_field("to_person", self.tr("Hand over to"), QComboBox())
        self.to_person.setObjectName("handOverTo")
        people = run_op(self, lambda: accounts.list_people(desk)) or []
        # A complaint escalated to them goes to someone it may be escalated to.
        escalated = any(c.escalated for c in held.complaints)
        for p in people:
            if p.id != person.id and not (escalated and p.role is Role.CLERK):
                self.to_person.addItem(
                    self.tr("{name} ({role})").format(name=p.name, role=role_label(p.role)), p.id
                )
        self.reason = self.add_field(
            "reason",
            self.tr("Reason"),
            _reason_edit("handOverReason", self.tr("Why: it goes into the duty log.")),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Hand over and deactivate")
        )
        # As wide as the longest line held (a key's label and return time), within the screen.
        widest = max(
            (self.held.fontMetrics().horizontalAdvance(t) for t in self.held_lines(held)), default=0
        )
        self.resize(min(max(560, widest + 260), 1000), self.sizeHint().height())

    def held_lines(self, held: Holdings) -> list[str]:
        lines = []
        for k in held.keys:
            back = format_datetime(k.expected_back) if k.expected_back else "—"
            lines.append(
                self.tr("Key {code} ({label}), back by {back}").format(
                    code=k.code, label=k.label, back=back
                )
            )
        for f in held.follow_ups:
            lines.append(
                self.tr("Follow-up of entry #{num}, due {due}: {text}").format(
                    num=f.entry_num, due=format_datetime(f.due_at), text=f.text
                )
            )
        for c in held.complaints:
            if c.escalated:
                text = self.tr("Complaint #{num}, escalated to them: {guest}").format(
                    num=c.num, guest=c.guest_name
                )
            else:
                text = self.tr("Complaint #{num} ({status}): {guest}").format(
                    num=c.num, status=complaint_status_label(c.status), guest=c.guest_name
                )
            lines.append(text)
        return lines

    def submit(self) -> None:
        self.done_with = (
            write_op(
                self,
                lambda: people_admin.hand_over_and_deactivate(
                    self._desk,
                    self._actor,
                    self._person.id,
                    to_person_id=self.to_person.currentData() or "",
                    reason=self.reason.toPlainText(),
                ),
            )
            .failure(self.show_error)
            .run()
        )
        if self.done_with is not None:
            self.accept()
