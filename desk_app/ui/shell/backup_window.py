"""Open read-only…: a backup in a window of its own, to look something up in the book as it was.

It is the main window itself — every book's dock, search and record pages — on the backup opened
read-only (SQLite's read-only, immutable open: nothing is written in the file or beside it), in
the name of the person signed in, who must have been a supervisor or manager in the book then.
Anything that would write is refused with the read-only message. It says what it is in its
title and in a bar above the docks, keeps no layout of its own (the station's is the live window's),
and closes rather than locks: its PIN could not be checked without writing into the backup, and
a backup left open on a locked desk would show what the lock hides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolBar

from desk_app.services import backups as backups_service
from desk_app.services.backups import BackupRow
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from desk_app.config import Preferences

BANNER_STYLE = "background: #fff3cd; color: #5d4200; padding: 2px 8px; font-weight: bold;"


class BackupWindow(MainWindow):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        prefs: Preferences,
        language: str,
        backup: BackupRow,
        parent: MainWindow,
    ) -> None:
        super().__init__(desk, actor, prefs, language, parent)
        self.setObjectName("backupWindow")
        self.ask_before_closing = False
        self.idle.limit_seconds = parent.idle.limit_seconds  # the live book's lock time
        made = format_datetime(backup.made_at) if backup.made_at else backup.path.name
        self.setWindowTitle(self.tr("DutyDesk — backup of {made} (read-only)").format(made=made))
        self.banner = QLabel(
            self.tr("Read-only: the book as it was {made}. Nothing can be written here.").format(
                made=made
            )
        )
        self.banner.setObjectName("backupBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        # Above the docks, where it cannot be missed or moved away.
        bar = QToolBar(self)
        bar.setObjectName("backupBannerBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        bar.addWidget(self.banner)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        db = desk.db
        self.destroyed.connect(lambda *_: db.dispose())
        # The live window locking (by hand or idle) closes this one too.
        parent.lock_action.triggered.connect(self.close)

    def save_layout(self) -> None:
        """The station's layout is the live window's: a backup's window keeps none."""

    def lock(self) -> None:
        """Closed rather than locked (see the module's docstring)."""
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().closeEvent(event)
        if event.isAccepted():
            self.desk.db.dispose()
            self.deleteLater()


def open_backup_window(window: MainWindow, backup: BackupRow) -> BackupWindow | None:
    """The backup in a read-only window beside ``window``; None when it cannot be opened (said)."""
    desk = run_op(
        window, lambda: backups_service.open_backup(window.desk, window.actor, backup.path)
    )
    if desk is None:
        return None
    try:
        opened = BackupWindow(desk, window.actor, window.prefs, window.language, backup, window)
    except BaseException:
        desk.db.dispose()
        raise
    opened.show()
    return opened
