"""People and roles (manager): add, change a role, deactivate (handing over what the person still
holds) or reactivate, set a new PIN. Never delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.people import PIN_MAX_LENGTH, pin_min_length
from desk_app.domain.roles import Role
from desk_app.services import accounts, holdings
from desk_app.services.accounts import PersonView
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import messenger, run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import format_datetime, role_label
from desk_app.ui.common.write_op import write_op
from desk_app.ui.shell.account_dialogs import pin_field
from desk_app.ui.shell.person_dialogs import ChangeRoleDialog, DeactivateDialog

PERSON_ROLE = Qt.ItemDataRole.UserRole + 3


class AddPersonDialog(FormDialog):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.setWindowTitle(self.tr("Add a person"))
        self.name = self.add_field("name", self.tr("Name"), QLineEdit())
        self.name.setObjectName("personName")
        self.role = self.add_field("role", self.tr("Role"), QComboBox())
        self.role.setObjectName("personRole")
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.pin = self.add_field("pin", self._pin_label(), pin_field("personPin"))
        self.pin_repeat = self.add_field(
            "pin_repeat", self.tr("PIN again"), pin_field("personPinRepeat")
        )
        self.role.currentIndexChanged.connect(
            lambda: self.form.labelForField(self.pin).setText(self._pin_label())
        )

    def _pin_label(self) -> str:
        """Supervisors and managers need longer PINs than clerks: the label says the chosen role's."""
        role = Role(self.role.currentData() or Role.CLERK.value)
        return self.tr("PIN ({min}-{max} digits)").format(
            min=pin_min_length(role), max=PIN_MAX_LENGTH
        )

    def submit(self) -> None:
        write_op(
            self,
            lambda: accounts.add_person(
                self._desk,
                self._actor,
                name=self.name.text(),
                role=self.role.currentData(),
                pin=self.pin.text(),
                pin_repeat=self.pin_repeat.text(),
            ),
        ).success(lambda _person: self.accept()).failure(self.show_error).run()


class ResetPinDialog(FormDialog):
    def __init__(
        self, desk: Desk, actor: Actor, person: PersonView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._person = person
        self.setWindowTitle(self.tr("New PIN for {name}").format(name=person.name))
        self.pin = self.add_field("pin", self.tr("New PIN"), pin_field("newPin"))
        self.pin_repeat = self.add_field(
            "pin_repeat", self.tr("New PIN again"), pin_field("newPinRepeat")
        )

    def submit(self) -> None:
        write_op(
            self,
            lambda: accounts.reset_pin(
                self._desk,
                self._actor,
                self._person.id,
                pin=self.pin.text(),
                pin_repeat=self.pin_repeat.text(),
            ),
        ).success(lambda _result: self.accept()).failure(self.show_error).run()


class PeopleDialog(QDialog):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.setWindowTitle(self.tr("People"))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("State")])
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("addPerson")
        self.toggle_button = QPushButton(self.tr("Deactivate"))
        self.toggle_button.setObjectName("togglePerson")
        self.pin_button = QPushButton(self.tr("New PIN…"))
        self.role_button = QPushButton(self.tr("Change role…"))
        self.role_button.setObjectName("changeRole")
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.role_button, self.toggle_button, self.pin_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_person)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.pin_button.clicked.connect(self.reset_pin)
        self.role_button.clicked.connect(self.change_role)
        close.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()
        self.resize(520, 380)

    def refresh(self) -> None:
        people = run_op(self, lambda: accounts.list_people(self._desk, include_inactive=True)) or []
        self.model.removeRows(0, self.model.rowCount())
        now = self._desk.clock.now()
        for p in people:
            if not p.active:
                state = self.tr("Deactivated")
            elif p.locked_until and p.locked_until > now:
                state = self.tr("Locked until {time}").format(time=format_datetime(p.locked_until))
            else:
                state = self.tr("Active")
            cells = [QStandardItem(p.name), QStandardItem(role_label(p.role)), QStandardItem(state)]
            for c in cells:
                c.setData(p, PERSON_ROLE)
                if not p.active:
                    c.setForeground(QBrush(QColor("#8a8a8a")))
            self.model.appendRow(cells)
        self._selection_changed()

    def selected(self) -> PersonView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row(), 0).data(PERSON_ROLE) if rows else None

    def _selection_changed(self, *_args) -> None:
        person = self.selected()
        self.toggle_button.setEnabled(person is not None)
        self.pin_button.setEnabled(person is not None and person.active)
        self.role_button.setEnabled(
            person is not None and person.active and person.id != self._actor.id
        )
        if person is not None:
            self.toggle_button.setText(
                self.tr("Deactivate") if person.active else self.tr("Reactivate")
            )

    def add_person(self) -> None:
        if AddPersonDialog(self._desk, self._actor, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def toggle_active(self) -> None:
        person = self.selected()
        if person is None:
            return
        if person.active:
            self.deactivate(person)
            return
        write_op(
            self, lambda: accounts.reactivate_person(self._desk, self._actor, person.id)
        ).success(lambda _result: self.refresh()).run()

    def deactivate(self, person: PersonView) -> None:
        """Final for the person: asked first. Someone who still holds keys, follow-ups or
        complaints is shown what, and hands it all to another person in the same step."""
        held = run_op(self, lambda: holdings.person_holdings(self._desk, self._actor, person.id))
        if held is None:
            return
        if held:
            dialog = DeactivateDialog(self._desk, self._actor, person, held, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.refresh()
            dialog.deleteLater()
            return
        question = self.tr(
            "Deactivate {name}? They can no longer sign in; their records keep their name."
        ).format(name=person.name)
        if not messenger.confirm(self, question):
            return
        write_op(
            self, lambda: accounts.deactivate_person(self._desk, self._actor, person.id)
        ).success(lambda _result: self.refresh()).run()

    def change_role(self) -> None:
        person = self.selected()
        if person is None or not person.active:
            return
        dialog = ChangeRoleDialog(self._desk, self._actor, person, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
        dialog.deleteLater()

    def reset_pin(self) -> None:
        person = self.selected()
        if person is not None and ResetPinDialog(self._desk, self._actor, person, self).exec():
            self.refresh()
