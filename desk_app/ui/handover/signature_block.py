"""A signature on a handover sheet: drawn on the pad, confirmed with the signer's own PIN, and,
for the incoming clerk, the statement that they have read the shift's important entries. Once
signed, the block shows the stored picture in place of the pad."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desk_app.ui.common.forms import clear_field_error, error_label
from desk_app.ui.common.signature_pad import SignatureField

PICTURE_WIDTH, PICTURE_HEIGHT = 320, 90  # a signed block's picture, in pixels
PAD_HEIGHT = 140


class SignatureBlock(QGroupBox):
    """A drawn signature, the signer's PIN and the button that signs; errors beside them."""

    def __init__(
        self,
        title: str,
        button_text: str,
        statement: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        # What the signer states besides the signature (the incoming clerk: "I have read...").
        self.statement: QCheckBox | None = QCheckBox(statement) if statement else None
        self.statement_error = error_label()
        self.signature = SignatureField()
        # Both blocks' pads the same size, whatever else a block holds.
        self.signature.pad.setFixedHeight(PAD_HEIGHT)
        self.signature_error = error_label()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin_error = error_label()
        self.sign_button = QPushButton(button_text)
        self.sign_button.setAutoDefault(False)
        # Why pressing the button did not sign: beside it, where the clerk is looking, whatever
        # field the message also stands beside.
        self.refusal = error_label()
        self.refusal.setObjectName("signRefusal")
        self.refusal.setWordWrap(True)
        button_row = QHBoxLayout()
        button_row.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignTop)
        button_row.addWidget(self.refusal, 1)
        self.signed_label = QLabel()
        self.signed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.signed_label.setWordWrap(True)
        self.signed_label.hide()
        self.picture = QLabel()
        self.picture.hide()
        self.pin_label = QLabel(self.tr("PIN:"))
        form = QFormLayout(self)
        form.addRow(self.picture)
        form.addRow(self.signature)
        form.addRow(self.signature_error)
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.pin_error)
        if self.statement is not None:
            self.statement.setObjectName("readImportantBox")
            self.statement.toggled.connect(
                lambda _on: clear_field_error(self.statement, self.statement_error)
            )
            form.addRow(self.statement)
            form.addRow(self.statement_error)
        form.addRow(button_row)
        form.addRow(self.signed_label)
        self.pin.returnPressed.connect(self.sign_button.click)  # PIN, then Enter signs
        self.signature.changed.connect(
            lambda: clear_field_error(self.signature, self.signature_error)
        )
        self.pin.textEdited.connect(lambda _t: clear_field_error(self.pin, self.pin_error))

    def set_signed(self, text: str) -> None:
        self.signature.setReadOnly(True)
        self.pin.setEnabled(False)
        self.sign_button.hide()
        self.refusal.hide()
        if self.statement is not None:
            self.statement.hide()
        self.signed_label.setText(text)
        self.signed_label.show()

    def show_picture(self, png: bytes) -> None:
        """The stored signature, as it will print, in place of the pad."""
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        # Within the block, whatever the pad's shape: a wide signature must not widen the sheet.
        self.picture.setPixmap(
            pixmap.scaled(
                QSize(PICTURE_WIDTH, PICTURE_HEIGHT),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.picture.show()
        self.signature.hide()
        self.pin.hide()
        self.pin_label.hide()

    def set_waiting(self, waiting: bool) -> None:
        for widget in (self.signature, self.pin, self.sign_button, self.statement):
            if widget is not None:
                widget.setEnabled(not waiting)

    def refuse(self, text: str) -> None:
        self.refusal.setText(text)
        self.refusal.show()

    def stated(self) -> bool:
        return self.statement is not None and self.statement.isChecked()
