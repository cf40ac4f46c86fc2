"""The status bar's word on the anchors: silent while the chain reaches every anchor, red when
it does not (entries were removed, or a backup restored over the book) or when an anchor could
not be written. Reading it costs nothing: the keeper found it at opening or at its last write."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QWidget

from desk_app.services import integrity
from desk_app.services.desk import Desk
from desk_app.ui.common.forms import OVERDUE_STYLE
from desk_app.ui.common.labels import format_datetime


def _when(iso: str | None) -> str:
    """The anchor's time as the window shows times (it is kept as ISO text in UTC)."""
    try:
        return format_datetime(datetime.fromisoformat(iso)) if iso else "?"
    except ValueError:
        return iso or "?"


class AnchorStatus(QLabel):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusAnchor")
        self.setStyleSheet(OVERDUE_STYLE)
        self.setContentsMargins(6, 0, 12, 0)
        self._desk = desk
        self.hide()

    def refresh(self, state: integrity.AnchorState | None = None) -> None:
        state = state or integrity.anchor_state(self._desk)
        if state.ok:
            self.hide()
            return
        if state.error is not None:
            self.setText(self.tr("Journal anchor not written"))
            self.setToolTip(
                self.tr(
                    "The journal's anchor could not be written ({error}). The book is saved; "
                    "tell whoever looks after this computer."
                ).format(error=state.error)
            )
        elif state.refused in ("longer", "other-chain"):
            self.setText(self.tr("Book shorter than its anchor"))
            self.setToolTip(
                self.tr(
                    "The anchor in {place} says the book had reached journal row {seq} ({at}); "
                    "the book no longer matches it: entries were removed, or an older copy was "
                    "put in its place. Run Admin → Verify the book and tell the manager."
                ).format(place=state.place, seq=state.refused_seq, at=_when(state.refused_at))
            )
        else:
            self.setText(self.tr("Anchor does not fit the book"))
            self.setToolTip(
                self.tr(
                    "The anchor in {place} is damaged or belongs to another database. Run "
                    "Admin → Verify the book and tell the manager."
                ).format(place=state.place)
            )
        self.show()
