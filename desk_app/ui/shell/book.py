"""What every book's controller has: the window it serves, who is signed in, and the forms and
pages it has open.

A book's controller (``ui/<book>/controller.py``) owns the book's dock, its menu and its pages:
the window composes one per book and knows none of their dialogs. Forms and pages are
window-modal (``open()``, not ``exec()``): one of each at a time, forgotten and deleted when
closed, hidden by the lock screen with what was typed in them and shown again after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from desk_app.ui.shell.main_window import MainWindow


class OpenPages:
    """A controller's open forms and pages, one per slot (``"intake"``, ``"page"`` …)."""

    def __init__(self) -> None:
        self._open: dict[str, QDialog] = {}

    def get(self, slot: str) -> QDialog | None:
        return self._open.get(slot)

    def keep(self, slot: str, dialog: QDialog, closed: Callable[[], object] | None = None) -> None:
        """Keep ``dialog`` in ``slot`` until it finishes; then forget and delete it, and call
        ``closed``."""
        self._open[slot] = dialog

        def finished(_result: int) -> None:
            if self._open.get(slot) is dialog:
                del self._open[slot]
            dialog.deleteLater()
            if closed is not None:
                closed()

        dialog.finished.connect(finished)

    def dialogs(self) -> list[QDialog]:
        """The open ones and, after each, the dialogs open over it (a step's form, a tag to
        print, a photo, a record of a sheet ...), parents before children."""
        found: list[QDialog] = []
        for dialog in self._open.values():
            found.append(dialog)
            found.extend(d for d in dialog.findChildren(QDialog) if d.isVisible())
        return found


class BookController(QObject):
    """The base of a book's controller: its window, the desk and actor, its open pages."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.desk = window.desk
        self.actor = window.actor
        self.pages = OpenPages()

    def open_dialogs(self) -> list[QDialog]:
        """What the lock screen hides (with what was typed) and shows again after it."""
        return self.pages.dialogs()

    def _may_open(self, slot: str) -> bool:
        return not self.window.locked and self.pages.get(slot) is None
