"""Where the handover sheet says what is wrong: beside the field at fault, and, when a
signature was refused, beside the button that was pressed too.

The sheet is long: the button is at the bottom, the counts half a screen up. A refusal is said
beside the button (where the clerk is looking), the field at fault is framed red with its own
message, gets the focus (its text selected, kept as typed) and is scrolled into view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QWidget

from desk_app.domain.errors import DeskError, ValidationError
from desk_app.ui.common.errors import error_text
from desk_app.ui.common.forms import clear_field_error, field_error_style
from desk_app.ui.handover.signature_block import SignatureBlock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea

    from desk_app.ui.handover.counts import CountsBox


class SheetMessages:
    """The handover dialog's messages (a mixin: it reads the dialog's fields)."""

    counts_box: CountsBox
    scroll: QScrollArea
    body: QWidget
    error: QLabel
    outgoing_block: SignatureBlock
    incoming_block: SignatureBlock
    _field_errors: dict[str, tuple[QWidget | None, QLabel]]

    def _clear_errors(self) -> None:
        for widget, label in self._field_errors.values():
            if widget is not None:
                widget.setStyleSheet("")
            label.hide()
        for row in self.counts_box.rows.values():
            row.box.setStyleSheet("")
            row.reason.setStyleSheet("")
        for block in (self.outgoing_block, self.incoming_block):
            clear_field_error(block.signature, block.signature_error)
            clear_field_error(block.pin, block.pin_error)
            block.refusal.hide()
            if block.statement is not None:
                clear_field_error(block.statement, block.statement_error)

    def _show_error(self, exc: DeskError, block: SignatureBlock | None = None) -> bool:
        """Beside the field it names (a count: that item's box); a signature's or PIN's beside
        the block being signed. When a signature was refused, the refusal is said beside its
        button too."""
        targets = dict(self._field_errors)
        if exc.field == "counts":
            item = exc.params.get("item")
            targets["counts"] = (self.counts_box.field_for(item), self.counts_box.error)
            if item in self.counts_box.rows:  # named as the reader names it
                shown = self.counts_box.rows[item].name.text()
                exc = ValidationError(exc.template, exc.field, **{**exc.params, "item": shown})
        if block is not None:
            targets["signature"] = (block.signature, block.signature_error)
            targets["signer"] = (None, block.signature_error)
            targets["pin"] = (block.pin, block.pin_error)
        self._show_text(exc.field or "", error_text(exc), targets, block)
        return True

    def _show_text(
        self,
        field: str,
        text: str,
        targets: dict[str, tuple[QWidget | None, QLabel]] | None = None,
        block: SignatureBlock | None = None,
    ) -> None:
        widget, label = (targets or self._field_errors).get(field, (None, self.error))
        label.setText(text)
        label.show()
        if block is not None:
            block.refuse(self._refusal(block, text))
        if widget is not None:
            widget.setStyleSheet(field_error_style(widget))
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()  # kept as typed; typing again replaces it
        # The field last: it ends in view, with its message, wherever the button was.
        self._scroll_to(block.refusal if block is not None else None, label, widget)

    def _refusal(self, block: SignatureBlock, text: str) -> str:
        if block is self.incoming_block:
            return QCoreApplication.translate("HandoverDialog", "Not sealed: {reason}").format(
                reason=text
            )
        return QCoreApplication.translate("HandoverDialog", "Not handed over: {reason}").format(
            reason=text
        )

    def _scroll_to(self, *widgets: QWidget | None) -> None:
        """The sheet is long: a message may be far above the button that was pressed. The
        label just shown gets its place first (the layouts' pending requests, now), then the
        sheet scrolls to each widget in turn, the last one surely in view."""
        for _nesting in range(4):  # a request settled in a box posts one for its parent
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        room = self.scroll.viewport().height()
        for shown in widgets:
            if shown is None or not self.body.isAncestorOf(shown):
                continue
            box = shown.parentWidget()
            while box is not None and not isinstance(box, QGroupBox):
                box = box.parentWidget()
            if box is not None and box is not shown and box.height() < room - 40:
                self.scroll.ensureWidgetVisible(box, 20, 20)  # with its title, when it fits
            self.scroll.ensureWidgetVisible(shown, 20, 40)
