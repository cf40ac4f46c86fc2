"""Locking the window when nobody has touched it for a while, and the screen that unlocks it.

The log is confidential: a locked window hides every dock, and only the signed-in person's PIN
(or another person signing in) brings them back.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.errors import DeskError
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import error_text
from desk_app.ui.common.forms import ERROR_STYLE
from desk_app.ui.common.write_op import write_op
from desk_app.ui.shell.account_dialogs import pin_field

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Watches the whole application's input; says ``idle`` once per quiet period."""

    idle = Signal()

    def __init__(self, limit_seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit_seconds = limit_seconds
        self._last = time.monotonic()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() in _ACTIVITY:
            self.touch()
        return False

    def touch(self) -> None:
        self._last = time.monotonic()
        self._fired = False

    def check(self) -> None:
        if not self._fired and time.monotonic() - self._last >= self.limit_seconds:
            self._fired = True
            self.idle.emit()


class LockScreen(QWidget):
    unlocked = Signal()
    switch_requested = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.setObjectName("lockScreen")
        title = QLabel(self.tr("DutyDesk is locked"))
        font = title.font()
        font.setPointSize(font.pointSize() + 6)
        title.setFont(font)
        who = QLabel(
            self.tr("Signed in: {name}. Enter your PIN to continue.").format(name=actor.name)
        )
        self.pin = pin_field("unlockPin")
        self.pin.setMaximumWidth(220)
        self.pin.returnPressed.connect(self.unlock)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        unlock = QPushButton(self.tr("Unlock"))
        unlock.setObjectName("unlockButton")
        unlock.clicked.connect(self.unlock)
        switch = QPushButton(self.tr("Sign in as someone else…"))
        switch.setObjectName("switchButton")
        switch.clicked.connect(self.switch_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pin)
        row.addWidget(unlock)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (title, who):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(row)
        layout.addWidget(self.error, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(switch, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _show_error(self, exc: DeskError) -> bool:
        self.error.setText(error_text(exc))
        self.error.show()
        return True

    def unlock(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        ok = (
            write_op(self, lambda: accounts.confirm_pin(self._desk, self._actor, pin) or True)
            .failure(self._show_error)
            .run()
        )
        if ok:
            self.error.hide()
            self.unlocked.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.pin.setFocus()
