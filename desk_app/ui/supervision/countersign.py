"""A supervisor countersigns a sealed handover sheet (交接班检查) from the Handover history: the
countersignatures already made, a note and the supervisor's PIN. Kept after the seal in a row of
its own, never changing the sheet; the sheet shows and prints it (a section after its own)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from desk_app.services.desk import Actor, Desk
from desk_app.services.supervision import countersign as countersign_service
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.common.write_op import write_op


class CountersignDialog(FormDialog):
    def __init__(
        self, desk: Desk, actor: Actor, handover_id: str, num: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self.handover_id = desk, actor, handover_id
        self.countersigned = None
        self.setObjectName("countersignDialog")
        self.setWindowTitle(self.tr("Countersign sheet No. {num}").format(num=num))
        before = (
            run_op(self, lambda: countersign_service.countersigns(desk, actor, handover_id)) or ()
        )
        lines = [
            self.tr(
                "You checked the sealed sheet: your note, confirmed by your PIN, is kept beside "
                "it and printed with it; the sheet and its seal stay as they are."
            )
        ]
        for c in before:
            lines.append(
                self.tr("Countersigned by {name}, {at}: {note}").format(
                    name=c.by, at=format_datetime(c.at), note=c.note
                )
            )
        self.set_intro("\n".join(lines))
        self.note = QPlainTextEdit()
        self.note.setObjectName("countersignNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.pin = QLineEdit()
        self.pin.setObjectName("countersignPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("note", self.tr("&Note:"), self.note)
        self.add_field("pin", self.tr("Your &PIN:"), self.pin)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Countersign"))
        self.resize(560, self.height())
        self.note.setFocus()

    def submit(self) -> None:
        note, pin = self.note.toPlainText(), self.pin.text()
        self.pin.clear()
        self.countersigned = (
            write_op(
                self,
                lambda: countersign_service.countersign(
                    self.desk, self.actor, self.handover_id, note=note, pin=pin
                ),
            )
            .failure(self.show_error)
            .run()
        )
        if self.countersigned is not None:
            self.accept()
