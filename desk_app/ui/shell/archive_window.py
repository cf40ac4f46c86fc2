"""Desk → Open archive…: an archive in a window of its own, to look something up in the years it
holds.

It is the main window itself — every book's dock, search, record pages and printouts — on the
archive opened read-only (nothing is written in the file or beside it), in the name of the person
signed in, with their role in the book (an archive holds the people of its years, not today's:
services/archive_open.py). Anything that would write is refused with the read-only message. A bar
above the docks says which years it holds; like a backup's window it keeps no layout of its own
and closes rather than locks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desk_app.domain.roles import Capability, can
from desk_app.services import archive as archive_service
from desk_app.services import archive_open
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import run_op
from desk_app.ui.shell.main_window import MainWindow
from desk_app.ui.shell.read_only_window import ReadOnlyWindow

if TYPE_CHECKING:
    from desk_app.config import Preferences

BANNER_STYLE = "background: #e3f2fd; color: #0d3c61; padding: 2px 8px; font-weight: bold;"


def years_text(years: str) -> str:
    """The years an archive holds as the banner names them: "2022", or "2022–2023"."""
    first, _, last = years.partition("-")
    return first if last in ("", first) else f"{first}–{last}"


class ArchiveWindow(ReadOnlyWindow):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        prefs: Preferences,
        language: str,
        years: str,
        path: Path,
        parent: MainWindow,
    ) -> None:
        span = years_text(years)
        super().__init__(
            desk,
            actor,
            prefs,
            language,
            parent,
            name="archive",
            title=QCoreApplication.translate(
                "ArchiveWindow", "DutyDesk — archive {years}: {file} (read-only)"
            ).format(years=span, file=path.name),
            banner=QCoreApplication.translate(
                "ArchiveWindow", "Archive: {years}. Read-only: nothing can be written here."
            ).format(years=span),
            style=BANNER_STYLE,
        )


def choose_archive(window: MainWindow) -> Path | None:
    info = run_op(window, lambda: archive_service.archive_info(window.desk, None))
    start = str(info.folder) if info is not None and info.folder is not None else ""
    chosen, _filter = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("Archive", "Open an archive"),
        start,
        QCoreApplication.translate(
            "Archive", "DutyDesk archives (*-archive-*.sqlite);;All files (*)"
        ),
    )
    return Path(chosen) if chosen else None


def open_archive_window(window: MainWindow, path: Path | None = None) -> ArchiveWindow | None:
    """The archive at ``path`` (asked for when None) in a read-only window beside ``window``;
    None when none was chosen or it cannot be opened (said)."""
    if window.locked or not can(window.actor.role, Capability.REVIEW_LOG):
        return None
    path = path or choose_archive(window)
    if path is None:
        return None
    opened = run_op(window, lambda: archive_open.open_archive(window.desk, window.actor, path))
    if opened is None:
        return None
    try:
        shown = ArchiveWindow(
            opened.desk, window.actor, window.prefs, window.language, opened.years, path, window
        )
    except BaseException:
        opened.desk.db.dispose()
        raise
    shown.show()
    return shown
