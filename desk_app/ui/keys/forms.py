"""What the key book's small forms share, kept apart so that each form's module can import it
without importing the others: a dialog sized to its wrapped text, and the base of the issue,
report and restore forms (Ctrl+Enter saves, ``saved`` says which key, ``changes`` what was
written).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from desk_app.services.changes import NOTHING, Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.keys.views import KeyView
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.write_op import write_op


def fit_width(dialog: QDialog, width: int) -> None:
    """``width`` wide and as tall as its wrapped lines need at that width (long in Russian)."""
    layout = dialog.layout()
    height = dialog.sizeHint().height()
    if layout.hasHeightForWidth():
        height = max(height, layout.heightForWidth(width))
    dialog.resize(width, height)


class _KeyForm(FormDialog):
    """What the key forms share: Ctrl+Enter saves; the key named in the intro."""

    saved = Signal(object)  # KeyView

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.result_key: KeyView | None = None
        self.changes: Changes = NOTHING  # what the form wrote (a page over which it opened reads)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)

    def _write(self, call: Callable[[], KeyView]) -> KeyView | None:
        """The form's movement through the window's one runner; a refusal shown in the form."""
        op = write_op(self, call).failure(self.show_error)
        view = op.run()
        self.changes = self.changes | op.changes
        return view

    def _done(self, view: KeyView | None) -> None:
        if view is None:
            return
        self.result_key = view
        self.saved.emit(view)
        self.accept()

    def clear_error(self) -> None:
        self.error.hide()
        for w in self._fields.values():
            w.setStyleSheet("")
