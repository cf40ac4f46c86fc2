"""First start, signing in, and the PIN fields they share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLayout,
    QLineEdit,
    QWidget,
)

from desk_app.domain.people import PIN_MAX_LENGTH, pin_min_length
from desk_app.domain.roles import Role
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.write_op import write_op


def pin_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
    )
    field.setMaxLength(PIN_MAX_LENGTH)
    return field


class SetupDialog(FormDialog):
    """A new database: the manager's account and this station's name. No default passwords."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.created = None
        # The manager, signed in with the PIN just typed twice: not asked for it a third time.
        self.actor: Actor | None = None
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
        self.pin = self.add_field(
            "pin",
            self.tr("PIN ({min}-{max} digits)").format(
                min=pin_min_length(Role.MANAGER), max=PIN_MAX_LENGTH
            ),
            pin_field("setupPin"),
        )
        self.pin_repeat = self.add_field(
            "pin_repeat", self.tr("PIN again"), pin_field("setupPinRepeat")
        )
        self.resize(520, 0)

    def submit(self) -> None:
        self._desk.station = " ".join(self.station.text().split())
        pin = self.pin.text()
        created = (
            write_op(
                self,
                lambda: accounts.create_first_manager(
                    self._desk,
                    name=self.name.text(),
                    pin=pin,
                    pin_repeat=self.pin_repeat.text(),
                ),
            )
            .failure(self.show_error)
            .run()
        )
        if created is not None:
            self.created = created
            # Signed in as anyone is, through the service (the sign-in is recorded); should it
            # fail, the window asks for the PIN as at any start.
            self.actor = write_op(
                self, lambda: accounts.sign_in(self._desk, person_id=created.id, pin=pin)
            ).run()
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
            write_op(self, lambda: accounts.register_station(self._desk))
            .failure(self.show_error)
            .run()
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
        # As big as its content, and no bigger: a resizable dialog got a window manager's resize
        # handle, an empty strip under the buttons. It still grows to an error shown under the
        # fields (the layout sets the size again whenever its content changes).
        self.person.setMinimumWidth(240)
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def submit(self) -> None:
        pin = self.pin.text()
        actor = (
            write_op(
                self,
                lambda: accounts.sign_in(
                    self._desk, person_id=self.person.currentData() or "", pin=pin
                ),
            )
            .failure(self.show_error)
            .run()
        )
        self.pin.clear()
        if actor is not None and actor.pin_change_due:
            # A PIN shorter than the role now needs: a new one first, or no signing in.
            change = ChangePinDialog(self._desk, actor, pin, self)
            actor = change.actor if change.exec() == QDialog.DialogCode.Accepted else None
            self.pin.setFocus()
        if actor is not None:
            self.actor = actor
            self.accept()


class ChangePinDialog(FormDialog):
    """Signed in with a PIN shorter than the role now needs: a new PIN, twice. The old one was
    just typed to sign in, so it is not asked again."""

    def __init__(
        self, desk: Desk, actor: Actor, old_pin: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._old_pin = old_pin
        self._signed_in = actor
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Choose a new PIN"))
        self.set_intro(
            self.tr(
                "Your PIN is shorter than your role now needs. Choose a new PIN of at least "
                "{min} digits to sign in."
            ).format(min=pin_min_length(actor.role))
        )
        self.pin = self.add_field("pin", self.tr("New PIN"), pin_field("newOwnPin"))
        self.pin_repeat = self.add_field(
            "pin_repeat", self.tr("New PIN again"), pin_field("newOwnPinRepeat")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change PIN and sign in")
        )
        self.pin.setFocus()
        self.resize(420, 0)

    def submit(self) -> None:
        actor = (
            write_op(
                self,
                lambda: accounts.change_own_pin(
                    self._desk,
                    self._signed_in,
                    old_pin=self._old_pin,
                    pin=self.pin.text(),
                    pin_repeat=self.pin_repeat.text(),
                ),
            )
            .failure(self.show_error)
            .run()
        )
        if actor is None:
            self.pin.clear()
            self.pin_repeat.clear()
            self.pin.setFocus()
            return
        self.actor = actor
        self.accept()
