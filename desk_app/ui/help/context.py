"""F1 anywhere: the user guide opens at the page of what has focus.

The main window's Help → User guide action carries F1 and answers while the window itself is
active. A dialog over it (modal or not) is another window, where the window's shortcut does not
reach; an event filter on the application takes F1 there. Both ask :func:`page_for_widget`, which
walks up from the focused widget to the first objectName (or class name) the guide knows.

The help window is one per main window. Opened over a modal dialog, it becomes that dialog's child
window, since a modal dialog blocks every window that is not its own; when the dialog goes, the
help window goes back to the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desk_app.ui.help.pages import INDEX, page_for_name

if TYPE_CHECKING:
    from desk_app.ui.help.window import HelpWindow

HELP_WINDOW = "helpWindow"


def _names(widget: QWidget) -> tuple[str, str]:
    cls = type(widget).__name__
    return widget.objectName(), cls[:1].lower() + cls[1:]


def page_for_widget(widget: QWidget | None) -> str:
    """The page for a widget: its own name's, else its parents' (a dialog's, a dock's)."""
    while widget is not None:  # up to the main window, which has no page: the contents
        for name in _names(widget):
            page = page_for_name(name)
            if page is not None:
                return page
        widget = widget.parentWidget()
    return INDEX


class HelpKey(QObject):
    """F1 in any window of the application but the main one (whose action has it). It watches
    the application's events once the window has been shown (``MainWindow.watch_input``)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._help: HelpWindow | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F1 and not event.modifiers():
            if not isinstance(watched, QWidget) or not self._answers_for(watched):
                return False
            self.open_for(watched)
            return True
        if kind == QEvent.Type.Hide and self._help is not None and watched is self._help.parent():
            self._back_to_window()
        return False

    def _answers_for(self, widget: QWidget) -> bool:
        """F1 in a dialog of this window; not in the help itself, nor in the window (its action)."""
        top = widget.window()
        if top is self.window or top.objectName() == HELP_WINDOW or self.window.isHidden():
            return False
        if getattr(self.window, "locked", False):
            return False
        owner = top
        while owner is not None and owner is not self.window:
            owner = owner.parentWidget()
        return owner is self.window or QApplication.activeModalWidget() is top

    # -- opening -------------------------------------------------------------------------------
    def open_for(self, widget: QWidget | None = None) -> HelpWindow:
        """The guide at the page of ``widget`` (the focused widget when None)."""
        if widget is None:
            widget = QApplication.focusWidget()
        return self.open_page(page_for_widget(widget))

    def open_page(self, page: str) -> HelpWindow:
        from desk_app.ui.help.window import HelpWindow

        if self._help is None:
            self._help = HelpWindow(self.window.language, self.window)
            self._help.setObjectName(HELP_WINDOW)
            self._help.destroyed.connect(self._forget)
        modal = QApplication.activeModalWidget()
        owner = modal if modal is not None and modal is not self._help else self.window
        self._move_to(owner)
        self._help.show_page(page)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()
        return self._help

    @property
    def help_window(self) -> HelpWindow | None:
        return self._help

    def _move_to(self, owner: QWidget) -> None:
        assert self._help is not None
        if self._help.parentWidget() is owner:
            return
        shown, geometry = self._help.isVisible(), self._help.geometry()
        self._help.setParent(owner, Qt.WindowType.Window)
        if shown:
            self._help.setGeometry(geometry)
            self._help.show()

    def _back_to_window(self) -> None:
        """The dialog the help was opened over is closing: the help stays, with the window."""
        self._move_to(self.window)

    def _forget(self) -> None:
        self._help = None


def install_help_key(window: QMainWindow) -> HelpKey:
    return HelpKey(window)
