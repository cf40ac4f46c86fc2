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

from PySide6.QtCore import QCoreApplication

from desk_app.services.backups import BackupRow
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.shell.main_window import MainWindow
from desk_app.ui.shell.read_only_window import ReadOnlyWindow

if TYPE_CHECKING:
    from desk_app.config import Preferences

BANNER_STYLE = "background: #fff3cd; color: #5d4200; padding: 2px 8px; font-weight: bold;"


class BackupWindow(ReadOnlyWindow):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        prefs: Preferences,
        language: str,
        backup: BackupRow,
        parent: MainWindow,
    ) -> None:
        made = format_datetime(backup.made_at) if backup.made_at else backup.path.name
        super().__init__(
            desk,
            actor,
            prefs,
            language,
            parent,
            name="backup",
            title=QCoreApplication.translate(
                "BackupWindow", "DutyDesk — backup of {made} (read-only)"
            ).format(made=made),
            banner=QCoreApplication.translate(
                "BackupWindow", "Read-only: the book as it was {made}. Nothing can be written here."
            ).format(made=made),
            style=BANNER_STYLE,
        )


def open_backup_window(window: MainWindow, backup: BackupRow, desk: Desk) -> BackupWindow:
    """The backup, opened (``backups_service.open_backup``, beside the window: decompressing a
    big one takes seconds), in a read-only window beside ``window``."""
    try:
        opened = BackupWindow(desk, window.actor, window.prefs, window.language, backup, window)
    except BaseException:
        desk.db.dispose()
        raise
    opened.show()
    return opened
