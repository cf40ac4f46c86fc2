"""A book opened only to be read (a backup, an archive) in a window of its own: the main window
itself — every dock, search, record page and printout — with a bar above the docks saying what it
is. It keeps no layout (the station's is the live window's) and closes rather than locks: its PIN
could not be checked without writing into the file, and a book left open on a locked desk would
show what the lock hides. The live window locking closes it too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolBar

from desk_app.services.desk import Actor, Desk
from desk_app.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from desk_app.config import Preferences


class ReadOnlyWindow(MainWindow):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        prefs: Preferences,
        language: str,
        parent: MainWindow,
        *,
        name: str,
        title: str,
        banner: str,
        style: str,
    ) -> None:
        """``name`` makes the object names (``{name}Window``, ``{name}Banner``)."""
        super().__init__(desk, actor, prefs, language, parent)
        self.setObjectName(f"{name}Window")
        self.ask_before_closing = False
        self.idle.limit_seconds = parent.idle.limit_seconds  # the live book's lock time
        self.setWindowTitle(title)
        self.banner = QLabel(banner)
        self.banner.setObjectName(f"{name}Banner")
        self.banner.setStyleSheet(style)
        # Above the docks, where it cannot be missed or moved away.
        bar = QToolBar(self)
        bar.setObjectName(f"{name}BannerBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        bar.addWidget(self.banner)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        db = desk.db
        self.destroyed.connect(lambda *_: db.dispose())
        parent.lock_action.triggered.connect(self.close)

    def save_layout(self) -> None:
        """The station's layout is the live window's: this one keeps none."""

    def lock(self) -> None:
        """Closed rather than locked (see the module's docstring)."""
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().closeEvent(event)
        if event.isAccepted():
            self.desk.db.dispose()
            self.deleteLater()
