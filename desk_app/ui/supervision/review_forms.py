"""The daily review's small forms: a note on a row, and the day marked reviewed with a comment."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desk_app.services.desk import Actor, Desk
from desk_app.services.supervision import review
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import format_date
from desk_app.ui.common.write_op import write_op


def _text_box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumWidth(420)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 5 + 12)
    return box


class NoteDialog(FormDialog):
    """A supervisor's note on one row: kept beside the record, shown to whoever opens it."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        day: date,
        record: tuple[str, str],
        what: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewNoteDialog")
        self.setWindowTitle(self.tr("Review note"))
        self._call = lambda: review.add_note(
            desk,
            actor,
            day=day,
            record_kind=record[0],
            record_id=record[1],
            text=self.text.toPlainText(),
        )
        self.set_intro(
            self.tr(
                "On {what}. Everyone who opens the record reads the note; it changes nothing in it."
            ).format(what=what)
        )
        self.text = _text_box("reviewNoteText")
        self.add_field("note", self.tr("&Note:"), self.text)
        self.note = None
        self.text.setFocus()

    def submit(self) -> None:
        self.note = write_op(self, self._call).failure(self.show_error).run()
        if self.note is not None:
            self.accept()


class MarkReviewedDialog(FormDialog):
    """The day marked reviewed, once; a comment for the duty report (optional)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        day: date,
        notes: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("markReviewedDialog")
        self.setWindowTitle(self.tr("Day reviewed"))
        self.set_intro(
            self.tr(
                "Mark {day} reviewed: every book of every station read. It stays reviewed; a "
                "later word is a note on a row. Notes written: {notes}."
            ).format(day=format_date(day), notes=notes)
        )
        self.comment = _text_box("reviewComment")
        self.add_field("comment", self.tr("&Comment:"), self.comment)
        self._call = lambda: review.mark_reviewed(desk, actor, day, self.comment.toPlainText())
        self.state = None
        self.comment.setFocus()

    def submit(self) -> None:
        self.state = write_op(self, self._call).failure(self.show_error).run()
        if self.state is not None:
            self.accept()
