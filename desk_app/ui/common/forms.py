"""The one shape of every small dialog: a form, an error line under it, OK and Cancel.

Errors are shown next to the field they name (``DeskError.field``) and the typed values stay, so
a correction is one keystroke away.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.ui.common.errors import error_text

# One red for errors and for promises that have passed, everywhere in the window.
RED = "#c62828"
ERROR_STYLE = f"color: {RED};"
FIELD_ERROR_STYLE = f"border: 1px solid {RED};"
OVERDUE_STYLE = f"color: {RED}; font-weight: bold;"


def error_label() -> QLabel:
    """A message in red, hidden until there is something to say; plain text (it may quote what a
    guest or a clerk wrote)."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def clear_field_error(widget: QWidget, error: QLabel) -> None:
    """The field is no longer in error: its red frame and its message go."""
    widget.setStyleSheet("")
    error.hide()


def field_error_style(widget: QWidget) -> str:
    """The red frame for a field in error. A box of fields gets it around itself alone: a plain
    style sheet on a container would frame every label and field inside it too."""
    if isinstance(widget, QGroupBox):
        name = widget.objectName() or "fieldInError"
        widget.setObjectName(name)
        return f"QGroupBox#{name} {{ {FIELD_ERROR_STYLE} }}"
    return FIELD_ERROR_STYLE


class FormDialog(QDialog):
    """A dialog with a form, an error line under it, and OK/Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        # Intros may quote what a guest or clerk wrote: shown as written, never as HTML.
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.hide()
        layout = QVBoxLayout(self)
        # Wrapped text (long in Russian) must push the dialog taller, never squeeze the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {}

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()
        self.fit_height()

    def fit_height(self) -> None:
        """Tall enough for its wrapped texts at its width. A window's layout honours the height
        a wrapped label needs at the minimum width only, so a long Russian intro or error at
        the dialog's real width was cut off, its fields squeezed flat."""
        layout = self.layout()
        layout.activate()
        needed = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.fit_height()

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        self.form.addRow(label, widget)
        self._fields[key] = widget
        return widget

    def show_error(self, exc: DeskError) -> bool:
        self.error.setText(error_text(exc))
        self.error.show()
        self.fit_height()
        for w in self._fields.values():
            w.setStyleSheet("")
        target = self._fields.get(exc.field or "")
        if target is not None:
            target.setStyleSheet(FIELD_ERROR_STYLE)
            target.setFocus()
        return True

    def submit(self) -> None:  # pragma: no cover - every subclass defines it
        raise NotImplementedError


def time_with_choices(
    edit: QWidget,
    choices: Iterable[tuple[str, str, str]],
    choose: Callable[[str], None],
    name_prefix: str,
) -> tuple[QWidget, dict[str, QPushButton]]:
    """A date-time field with quick choices under it (+1 h, end of shift, tomorrow…), each a
    button with an Alt key: the clerk sets a promise or a return time without the calendar.
    ``choices`` are (key, button text, tooltip); a button calls ``choose(key)``."""
    buttons: dict[str, QPushButton] = {}
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for key, text, tip in choices:
        button = QPushButton(text)
        button.setObjectName(f"{name_prefix}_{key}")
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False, key=key: choose(key))
        row.addWidget(button)
        buttons[key] = button
    row.addStretch(1)
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    edit_row = QHBoxLayout()
    edit_row.addWidget(edit)
    edit_row.addStretch(1)
    layout.addLayout(edit_row)
    layout.addLayout(row)
    return box, buttons
