"""A record's review notes, on its page: what supervisors wrote on it while reviewing a day
("visible to everyone on that record afterwards, never changing it"). One widget for every page
that shows one (a log entry, a complaint, a key, a found item, a guest's loss report), so the
rule of how a note reads lives in one place.

Each note is a line in blue under the record, in plain text (a note is shown as written: "<b>"
is text), selectable to copy. The block is hidden while the record has none, so a page without
notes looks as it always did. The page hands it the window's Changes: a note written at another
counter shows without reopening the page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.supervision import review
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.labels import format_datetime

NOTE_STYLE = "color: #1e4f9c;"  # blue: a supervisor's word beside the record, not the record


class ReviewNotes(QWidget):
    """The notes on one record (``kind`` as :data:`desk_app.services.supervision.review.RECORD_KINDS`),
    oldest first; hidden when there are none."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        record_kind: str,
        record_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk, self._actor = desk, actor
        self._kind, self._id = record_kind, str(record_id)
        self.setObjectName("reviewNotes")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self._layout.setSpacing(2)
        self.labels: list[QLabel] = []
        self.refresh()

    def refresh(self) -> None:
        """Read the record's notes again (anyone signed in may)."""
        notes = run_op(self, lambda: review.notes_on(self._desk, self._actor, self._kind, self._id))
        for label in self.labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.labels = []
        for note in notes or ():
            label = QLabel(
                self.tr("Review note by {name}, {at}: {text}").format(
                    name=note.by, at=format_datetime(note.at), text=note.text
                )
            )
            label.setObjectName("reviewNote")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet(NOTE_STYLE)
            self._layout.addWidget(label)
            self.labels.append(label)
        if not self.labels:
            self.hide()
        elif self.parentWidget() is not None:  # a widget with no parent shown would be a window
            self.show()

    def apply_changes(self, changes: Changes) -> None:
        """A note written here or at another counter: read them again."""
        if changes.touches("supervision"):
            self.refresh()
