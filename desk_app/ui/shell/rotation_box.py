"""The Backups window's rotation: how many backups are kept, in four numbers (the manager's).

Every backup of the last days (each handover's), then the newest of each of so many days, weeks
and months (:mod:`desk_app.domain.backup_rotation`). A setting of the book, like the second
folder: every station's rotation keeps the same. Others see the numbers, greyed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desk_app.domain.backup_rotation import LIMITS, RotationPolicy
from desk_app.domain.errors import DeskError
from desk_app.services import backups as backups_service
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import error_text
from desk_app.ui.common.forms import ERROR_STYLE
from desk_app.ui.common.write_op import write_op


class RotationBox(QGroupBox):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        manager: bool,
        changed: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._changed = changed
        self.setTitle(self.tr("Backups kept"))
        self.setObjectName("rotationBox")
        labels = {
            "recent_days": self.tr("Every backup of the last days:"),
            "daily": self.tr("Then one a day, for days:"),
            "weekly": self.tr("One a week, for weeks:"),
            "monthly": self.tr("One a month, for months:"),
        }
        self.spins: dict[str, QSpinBox] = {}
        grid = QGridLayout(self)
        for index, (name, text) in enumerate(labels.items()):
            spin = QSpinBox()
            spin.setObjectName(f"rotation_{name}")
            spin.setRange(0, LIMITS[name])
            spin.setEnabled(manager)
            self.spins[name] = spin
            grid.addWidget(QLabel(text), index // 2, (index % 2) * 2)
            grid.addWidget(spin, index // 2, (index % 2) * 2 + 1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("rotationSave")
        self.save_button.setEnabled(manager)
        self.save_button.clicked.connect(self.save)
        self.note = QLabel(
            self.tr(
                "The newest backup is always kept, and so is a backup holding entries the book "
                "no longer has. Older ones are removed as the next backup is made."
            )
        )
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("rotationError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        grid.addWidget(self.save_button, 0, 4, 2, 1)
        grid.addWidget(self.note, 2, 0, 1, 5)
        grid.addWidget(self.error, 3, 0, 1, 5)

    def show_policy(self, policy: RotationPolicy) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(policy, name))

    def policy(self) -> RotationPolicy:
        return RotationPolicy(**{name: spin.value() for name, spin in self.spins.items()})

    def save(self) -> None:
        self.error.hide()
        policy = self.policy()
        op = write_op(
            self, lambda: backups_service.set_rotation(self._desk, self._actor, policy)
        ).failure(self._failed)
        op.run()
        if op.failed is None:
            self._changed()

    def _failed(self, exc: DeskError) -> bool:
        self.error.setText(error_text(exc))
        self.error.show()
        return True
