"""What every book's dock filters with: a search box that searches as the clerk types, the
filter applied to a lazily loaded table model, and the list of people to filter by.

One behaviour for the four docks: the same pause before a search runs, the same Enter, the same
"anyone" at the top of the people list with former staff kept (their records keep their name).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk_app.services import accounts
from desk_app.services.desk import Desk
from desk_app.ui.common.errors import run_op

SEARCH_DELAY_MS = 250  # typing pauses this long before the table is searched


def search_as_you_type(
    owner: QObject,
    box: QLineEdit,
    apply: Callable[[], None],
    on_enter: Callable[[], None] | None = None,
) -> QTimer:
    """Search a moment after the typing stops; Enter searches at once (or does ``on_enter``,
    e.g. open what a scanner typed). The timer is returned so that applying stops it."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(apply)
    box.textChanged.connect(timer.start)
    box.returnPressed.connect(on_enter or apply)
    return timer


def apply_filter(owner: QWidget, model: Any, flt: Any, timer: QTimer) -> None:
    """Give a keyset model its new filter (it reloads from the first page), unless unchanged."""
    timer.stop()
    if flt != model.filter:
        run_op(owner, lambda: model.set_filter(flt))


class PeopleCombo(QComboBox):
    """Everyone who ever worked the desk, after a first item meaning "anyone"."""

    def __init__(self, desk: Desk, anyone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._anyone = anyone
        self.reload()

    def reload(self) -> None:
        """Read the people again (someone was added), keeping who was chosen; no signal."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._anyone, None)
        people = run_op(self, lambda: accounts.list_people(self._desk, include_inactive=True))
        for p in people or []:
            self.addItem(p.name, p.id)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)
