"""First start, signing in, and the PIN fields they share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk
from desk_app.ui.errors import run_op
from desk_app.ui.forms import FormDialog


def pin_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
    )
    field.setMaxLength(12)
    return field


class SetupDialog(FormDialog):
    """A new database: the manager's account and this station's name. No default passwords."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.created = None
        self.setWindowTitle(self.tr("Set up DutyDesk"))
        self.set_intro(
            self.tr(
                "This is a new duty book. Create the manager's account: the manager adds the other "
                "people later. Name this station (this counter), as it will appear on every record."
            )
        )
        self.station = self.add_field("station", self.tr("Station name"), QLineEdit(desk.station))
        self.station.setObjectName("setupStation")
        self.name = self.add_field("name", self.tr("Manager's name"), QLineEdit())
        self.name.setObjectName("setupName")
        self.pin = self.add_field("pin", self.tr("PIN (4-12 digits)"), pin_field("setupPin"))
        self.pin_repeat = self.add_field(
            "pin_repeat", self.tr("PIN again"), pin_field("setupPinRepeat")
        )
        self.resize(520, 0)

    def submit(self) -> None:
        self._desk.station = " ".join(self.station.text().split())
        created = run_op(
            self,
            lambda: accounts.create_first_manager(
                self._desk,
                name=self.name.text(),
                pin=self.pin.text(),
                pin_repeat=self.pin_repeat.text(),
            ),
            on_error=self.show_error,
        )
        if created is not None:
            self.created = created
            self.accept()


class StationDialog(FormDialog):
    """This computer has not been named for this database yet."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setWindowTitle(self.tr("Name this station"))
        self.set_intro(
            self.tr("Give this counter a name; it is recorded on every entry written here.")
        )
        self.station = self.add_field("station", self.tr("Station name"), QLineEdit(desk.station))
        self.station.setObjectName("stationName")

    def submit(self) -> None:
        self._desk.station = " ".join(self.station.text().split())
        if (
            run_op(self, lambda: accounts.register_station(self._desk), on_error=self.show_error)
            is not None
        ):
            self.accept()


class LoginDialog(FormDialog):
    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        *,
        person_id: str | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self.actor: Actor | None = None
        self.setWindowTitle(title or self.tr("Sign in — {station}").format(station=desk.station))
        self.person = self.add_field("name", self.tr("Name"), QComboBox())
        self.person.setObjectName("loginPerson")
        self.person.setEditable(False)
        for p in run_op(self, lambda: accounts.list_people(desk)) or []:
            self.person.addItem(p.name, p.id)
        if person_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(person_id)))
        self.pin = self.add_field("pin", self.tr("PIN"), pin_field("loginPin"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.pin.setFocus()
        self.resize(380, 0)

    def submit(self) -> None:
        actor = run_op(
            self,
            lambda: accounts.sign_in(
                self._desk, person_id=self.person.currentData() or "", pin=self.pin.text()
            ),
            on_error=self.show_error,
        )
        self.pin.clear()
        if actor is not None:
            self.actor = actor
            self.accept()
