"""Under the incoming clerk on the handover sheet: whom the roster names for the shift, and, when
someone else is chosen to take over, why (the sheet prints "Rostered: X; taken over by Y
because: ..."). Shown only when an approved roster names somebody.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from desk_app.domain.handover.rules import TAKEOVER_REASON_MAX_LENGTH, HandoverState, is_takeover
from desk_app.services.handover.views import HandoverView
from desk_app.ui.common.forms import clear_field_error, error_label


class TakeoverBox(QWidget):
    """The rostered incoming clerk(s), and the reason when another takes over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeoverBox")
        self.rostered_ids: tuple[str, ...] = ()
        self.incoming: QComboBox | None = None
        self.rostered = QLabel()
        self.rostered.setObjectName("rosteredLabel")
        self.rostered.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = QLineEdit()
        self.reason.setObjectName("takeoverReason")
        self.reason.setMaxLength(TAKEOVER_REASON_MAX_LENGTH)
        self.reason.setPlaceholderText(
            self.tr("Why someone else than the rostered clerk takes over")
        )
        self.error = error_label()
        self.reason.textEdited.connect(lambda _t: clear_field_error(self.reason, self.error))
        self.reason_caption = QLabel(self.tr("Reason:"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Rostered:"), self.rostered)
        layout.addRow(self.reason_caption, self.reason)
        layout.addRow(self.error)
        self.hide()

    def follow(self, incoming: QComboBox) -> None:
        """Asks for the reason as soon as someone else than the rostered clerk is chosen."""
        self.incoming = incoming
        incoming.currentIndexChanged.connect(lambda _i: self._show())

    def set_view(self, view: HandoverView) -> None:
        self.rostered_ids = view.draft.rostered_ids
        self.rostered.setText(", ".join(p[1] for p in view.draft.rostered))
        self.reason.setReadOnly(view.state is HandoverState.SEALED)
        self._show()

    def _show(self) -> None:
        self.setVisible(bool(self.rostered_ids))
        other = self.taken_over(self.incoming.currentData() if self.incoming else None)
        self.reason_caption.setVisible(other)
        self.reason.setVisible(other)
        if not other:
            clear_field_error(self.reason, self.error)

    def taken_over(self, chosen: str | None) -> bool:
        return is_takeover(self.rostered_ids, chosen)

    def value(self) -> str:
        """As typed: the service keeps it only when someone else takes over."""
        return self.reason.text()
