"""Issuing a key: the longest of the key forms and the only one with rules of its own (staff or
an outside holder with the identity seen, quick return times, a PIN and a time limit for a
restricted key), so it has a module to itself rather than sitting among the shorter forms.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from desk_app.domain.errors import DeskError, NotFound
from desk_app.domain.keys import HolderKind, IdDocument, KeyPolicy, normalize_code
from desk_app.services import accounts
from desk_app.services import staff as staff_service
from desk_app.services.desk import Actor, Desk
from desk_app.services.handover.views import HandoverPolicy
from desk_app.services.handover.views import get_policy as get_handover_policy
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.services.keys.views import KeyView
from desk_app.ui.common.datetime_field import DateTimeField
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FIELD_ERROR_STYLE, OVERDUE_STYLE, time_with_choices
from desk_app.ui.common.labels import format_time, role_label
from desk_app.ui.common.staff_labels import member_text
from desk_app.ui.complaints.intake import end_of_shift, tomorrow_at_ten
from desk_app.ui.keys.forms import _KeyForm, fit_width
from desk_app.ui.keys.labels import holder_kind_label, key_id_document_label, key_type_label

DEFAULT_LOAN_HOURS = 2
ISSUE_FORM_WIDTH = 640


def _from_edit(edit: DateTimeField) -> datetime:
    """The moment typed (``ValidationError`` beside the field if it cannot be read)."""
    value = edit.value()
    assert value is not None  # a required field is never empty
    return value


class IssueKeyDialog(_KeyForm):
    """A key handed to a named person, with what it is for and when it comes back."""

    def __init__(self, desk: Desk, actor: Actor, code: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.setObjectName("issueKeyDialog")
        self.key: KeyView | None = run_op(self, lambda: keys_views.find_key(desk, actor, code))
        self._code = self.key.code if self.key else normalize_code(code)
        self.policy: KeyPolicy = run_op(self, lambda: keys_views.get_policy(desk)) or KeyPolicy()
        shifts = run_op(self, lambda: get_handover_policy(desk)) or HandoverPolicy()
        self._shift_starts = shifts.shift_starts
        restricted = bool(self.key and self.key.restricted)
        self.allowed = not restricted or self.policy.may_issue_restricted(actor.role)
        self.setWindowTitle(self.tr("Issue key {code}").format(code=self._code))
        if self.key is not None:
            intro = self.tr("{code} — {label}. Hook {hook}, {type}.").format(
                code=self.key.code,
                label=self.key.label,
                hook=self.key.hook,
                type=key_type_label(self.key.key_type),
            )
            if restricted and not self.allowed:
                intro = self.tr("{key} Restricted key.").format(key=intro)
            elif restricted:
                intro = self.tr(
                    "{key} Restricted key: confirm with your PIN; it must be back within "
                    "{hours} hours."
                ).format(key=intro, hours=self.policy.restricted_hours)
            self.set_intro(intro)

        # Taken by: a desk account, a member of the staff directory (housekeeping, engineering,
        # security... people without a sign-in) or someone from outside (a name).
        self.holder_kind = QComboBox()
        self.holder_kind.setObjectName("holderKind")
        for kind in HolderKind:
            self.holder_kind.addItem(holder_kind_label(kind), kind.value)
        self.staff = QComboBox()
        self.staff.setObjectName("holderStaff")
        self.staff.setPlaceholderText(self.tr("Choose who takes the key"))
        for p in run_op(self, lambda: accounts.list_people(desk)) or []:
            self.staff.addItem(p.name, p.id)
        self.staff.setCurrentIndex(-1)
        self.member = self._member_picker()
        self.outside_name = QLineEdit()
        self.outside_name.setObjectName("holderName")
        self.outside_name.setPlaceholderText(self.tr("Name of the person who takes the key"))
        self.holder_stack = QStackedWidget()
        self.holder_stack.addWidget(self.staff)
        self.holder_stack.addWidget(self.member)
        self.holder_stack.addWidget(self.outside_name)
        self.holder_stack.setSizePolicy(self.outside_name.sizePolicy())
        holder_row = QWidget()
        holder_layout = QHBoxLayout(holder_row)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.holder_kind)
        holder_layout.addWidget(self.holder_stack, 1)
        self.form.addRow(self.tr("Taken by"), holder_row)
        self._fields["holder"] = self.staff
        self._fields["holder_name"] = self.outside_name
        self.holder_kind.currentIndexChanged.connect(self._holder_kind_changed)

        self.company = self.add_field("company", self.tr("Company"), QLineEdit())
        self.company.setObjectName("holderCompany")
        self.company.setPlaceholderText(self.tr("Contractor's firm, if any"))
        self.id_document = self.add_field("id_document", self.tr("Identity checked"), QComboBox())
        self.id_document.setObjectName("holderDocument")
        self.id_document.setPlaceholderText(self.tr("Which document did you see?"))
        for doc in IdDocument:
            self.id_document.addItem(key_id_document_label(doc), doc.value)
        self.id_document.setCurrentIndex(-1)
        self.id_last_four = self.add_field(
            "id_last_four", self.tr("Last four characters"), QLineEdit()
        )
        self.id_last_four.setObjectName("holderIdTail")
        self.id_last_four.setMaxLength(4)
        self.id_last_four.setMaximumWidth(self.fontMetrics().horizontalAdvance("WWWW") + 24)
        self._outside_rows = (self.company, self.id_document, self.id_last_four)

        # What for: typed, or one of the usual reasons.
        self.purpose = QComboBox()
        self.purpose.setObjectName("keyPurpose")
        self.purpose.setEditable(True)
        self.purpose.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for text in (
            self.tr("Cleaning"),
            self.tr("Repair / maintenance"),
            self.tr("Room check"),
            self.tr("Guest locked out"),
            self.tr("Delivery"),
            self.tr("Contractor's work"),
        ):
            self.purpose.addItem(text)
        self.purpose.setCurrentIndex(-1)
        self.purpose.lineEdit().setPlaceholderText(self.tr("What is the key for? Type or choose"))
        self.add_field("purpose", self.tr("Purpose"), self.purpose)

        # Back by: a quick choice or a typed time.
        now = desk.clock.now()
        self.expected_back = DateTimeField(field="expected_back")
        self.expected_back.setObjectName("expectedBack")
        back_box, self.quick_buttons = time_with_choices(
            self.expected_back,
            (
                ("1h", self.tr("+&1 h"), self.tr("In an hour (Alt+1)")),
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
            self.choose_back,
            "back",
        )
        self.form.addRow(self.tr("Back by"), back_box)
        self._fields["expected_back"] = self.expected_back
        if restricted:
            limit = now + timedelta(hours=self.policy.restricted_hours)
            for key, button in self.quick_buttons.items():
                if self._back_for(key) > limit:
                    button.setEnabled(False)
                    button.setToolTip(
                        self.tr("A restricted key must come back within {hours} hours.").format(
                            hours=self.policy.restricted_hours
                        )
                    )
        self.choose_back("2h")

        self.pin = QLineEdit()
        self.pin.setObjectName("issuerPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 12) + 24)
        self.pin.setPlaceholderText(self.tr("Your PIN"))
        if restricted:
            self.add_field("pin", self.tr("Your PIN"), self.pin)
        else:
            self.pin.hide()

        # A role that may not issue a restricted key is told at once, before typing anything.
        self.refusal = QLabel()
        self.refusal.setObjectName("restrictedRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(OVERDUE_STYLE)
        self.refusal.hide()
        self.layout().insertWidget(1, self.refusal)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Issue key"))
        if not self.allowed:
            self.refusal.setText(
                self.tr(
                    "Your role ({role}) may not issue restricted keys. Ask a supervisor or "
                    "the manager to issue {code}."
                ).format(role=role_label(actor.role), code=self._code)
            )
            self.refusal.show()
            ok.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            # Nothing to fill in: the form is not shown at all.
            for row in range(self.form.rowCount()):
                self.form.setRowVisible(row, False)
        elif self.key is None:
            self.show_error(
                NotFound("No key has the code {code}.", field="code", code=self._code or "—")
            )
            ok.setEnabled(False)
        self._holder_kind_changed(initial=True)
        fit_width(self, ISSUE_FORM_WIDTH)
        self.staff.setFocus()

    # -- holder --------------------------------------------------------------------------------
    def _member_picker(self) -> QComboBox:
        """The staff directory's active members, each with department and badge; typing any of
        them (a name, "housekeeping", a badge number) narrows the list."""
        picker = QComboBox()
        picker.setObjectName("holderMember")
        picker.setEditable(True)
        picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        members = run_op(self, lambda: staff_service.list_members(self._desk, self._actor)) or []
        for m in members:
            picker.addItem(member_text(m.name, m.department, m.department_other, m.badge), m.id)
        picker.setCurrentIndex(-1)
        picker.lineEdit().setPlaceholderText(
            self.tr("Type a name, department or badge")
            if members
            else self.tr("The staff directory is empty: add people in Admin → Staff directory")
        )
        completer = QCompleter(picker.model(), picker)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        picker.setCompleter(completer)
        return picker

    def member_id(self) -> str | None:
        """The member chosen: the current item, or the one whose text was typed in full."""
        text = self.member.currentText().strip()
        index = self.member.currentIndex()
        if index >= 0 and self.member.itemText(index) == text:
            return self.member.itemData(index)
        found = self.member.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.member.itemData(found) if found >= 0 and text else None

    def _holder_picker(self) -> QWidget:
        return {
            HolderKind.STAFF.value: self.staff,
            HolderKind.DIRECTORY.value: self.member,
            HolderKind.OUTSIDE.value: self.outside_name,
        }[self.holder_kind.currentData()]

    def _holder_kind_changed(self, *_args, initial: bool = False) -> None:
        outside = self.holder_kind.currentData() == HolderKind.OUTSIDE.value
        picker = self._holder_picker()
        self.holder_stack.setCurrentWidget(picker)
        # A refusal "Choose the member of staff" marks the list the clerk is looking at.
        self._fields["holder"] = self.member if picker is self.member else self.staff
        if self.allowed:
            for w in self._outside_rows:
                self.form.setRowVisible(w, outside)
        self.setTabOrder(self.holder_kind, picker)
        if not initial:
            # As tall as the rows shown need, never narrower than it opened: a member's line
            # (name, department, badge) is long, and would be cut.
            fit_width(self, max(ISSUE_FORM_WIDTH, self.layout().minimumSize().width()))

    def choose_staff(self, person_id: str) -> None:
        self.holder_kind.setCurrentIndex(self.holder_kind.findData(HolderKind.STAFF.value))
        self.staff.setCurrentIndex(self.staff.findData(person_id))

    def choose_member(self, member_id: str) -> None:
        self.holder_kind.setCurrentIndex(self.holder_kind.findData(HolderKind.DIRECTORY.value))
        self.member.setCurrentIndex(self.member.findData(member_id))

    def choose_outside(self) -> None:
        self.holder_kind.setCurrentIndex(self.holder_kind.findData(HolderKind.OUTSIDE.value))

    # -- back by -------------------------------------------------------------------------------
    def _back_for(self, key: str) -> datetime:
        now = self._desk.clock.now()
        return {
            "1h": lambda: now + timedelta(hours=1),
            "2h": lambda: now + timedelta(hours=DEFAULT_LOAN_HOURS),
            "shift": lambda: end_of_shift(now, self._shift_starts),
            "tomorrow": lambda: tomorrow_at_ten(now),
        }[key]()

    def choose_back(self, key: str) -> None:
        self.expected_back.setDateTime(self._back_for(key))
        self.expected_back.setStyleSheet("")

    # -- saving --------------------------------------------------------------------------------
    def submit(self) -> None:
        if not self.allowed:
            return
        kind = self.holder_kind.currentData()
        staff = kind == HolderKind.STAFF.value
        member = kind == HolderKind.DIRECTORY.value
        known = staff or member  # no company nor identity document for the house's own people
        view = self._write(
            lambda: keys_commands.issue_key(
                self._desk,
                self._actor,
                self._code,
                holder_kind=kind,
                holder_id=self.staff.currentData() if staff else None,
                holder_name="" if known else self.outside_name.text(),
                staff_member_id=self.member_id() if member else None,
                company="" if known else self.company.text(),
                id_document=None if known else self.id_document.currentData(),
                id_last_four=None if known else self.id_last_four.text(),
                purpose=self.purpose.currentText(),
                expected_back=_from_edit(self.expected_back),
                pin=self.pin.text() if self.key is not None and self.key.restricted else None,
            )
        )
        if view is None and self.key is not None and self.key.restricted:
            self.pin.clear()
        self._done(view)

    def show_error(self, exc: DeskError) -> bool:
        super().show_error(exc)
        if exc.field == "holder" and self.holder_kind.currentData() == HolderKind.OUTSIDE.value:
            self.outside_name.setStyleSheet(FIELD_ERROR_STYLE)
            self.outside_name.setFocus()
        return True
