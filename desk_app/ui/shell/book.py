"""What every book's controller has: the window it serves, who is signed in, and the forms and
pages it has open.

A book's controller (``ui/<book>/controller.py``) owns the book's dock, its menu and its pages:
the window composes one per book and knows none of their dialogs. Forms and pages are
window-modal (``open()``, not ``exec()``): one of each at a time, forgotten and deleted when
closed, hidden by the lock screen with what was typed in them and shown again after it.

A book whose dock waits behind the log's tab builds its panel when the dock is first shown or
the panel first asked for (``add_lazy_dock``, ``build_panel``): start-up builds, imports and reads
only what the first window shows (issue 19).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QWidget

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
        self._panel: Any = None
        self.dock: QDockWidget

    # -- the dock's panel ----------------------------------------------------------------------
    @property
    def panel(self) -> Any:
        """The book's panel in its dock; a lazy dock's is built here when first asked for."""
        if self._panel is None:
            placeholder = self.dock.widget()
            self._panel = self.build_panel()
            self.dock.setWidget(self._panel)
            if placeholder is not None:
                placeholder.deleteLater()
        return self._panel

    @panel.setter
    def panel(self, panel: QWidget) -> None:
        self._panel = panel

    @property
    def built(self) -> bool:
        """Whether the panel exists yet (a lazy dock not yet shown: what it would show is read
        from the book when it is built, so nothing needs telling before)."""
        return self._panel is not None

    def build_panel(self) -> QWidget:
        """A lazy dock's panel, with its signals connected (``add_lazy_dock``)."""
        raise NotImplementedError

    def add_lazy_dock(self, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        """The book's dock, empty until it is first shown or its panel first asked for."""
        self.dock = self.window.add_dock(name, title, QWidget(), area)
        self.dock.visibilityChanged.connect(self._dock_visible)
        return self.dock

    def _dock_visible(self, visible: bool) -> None:
        if visible and self._panel is None:
            _ = self.panel

    def open_dialogs(self) -> list[QDialog]:
        """What the lock screen hides (with what was typed) and shows again after it."""
        return self.pages.dialogs()

    def _may_open(self, slot: str) -> bool:
        return not self.window.locked and self.pages.get(slot) is None
