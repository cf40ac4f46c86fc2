"""Saying once that a newer DutyDesk upgraded the book it opened.

Opening an older book backs it up and migrates it (``store/database.py``); the handle keeps what
was done. The start remembers it in this workstation's preferences at once, so the notice waits
for a sign-in even if the first start ends at the sign-in dialog; the first window opened on that
book then shows it, and forgets it. Later starts find the book current and say nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app import __version__
from desk_app.config import Preferences
from desk_app.services.desk import Desk

PENDING_KEY = "upgrade_notices"


def remember_upgrade(prefs: Preferences, desk: Desk) -> None:
    """Keep the notice of the upgrade the opening just made, if it made one."""
    upgrade = getattr(desk.db, "upgraded", None)
    if upgrade is None:
        return
    notices = dict(prefs.get(PENDING_KEY, {}))
    notices[desk.url] = {
        "from": upgrade.from_revision,
        "to": upgrade.to_revision,
        "backup": str(upgrade.backup) if upgrade.backup is not None else None,
        "version": __version__,
    }
    prefs.set(PENDING_KEY, notices)


def notice_text(notice: dict) -> str:
    said = QCoreApplication.translate(
        "UpgradeNotice",
        "DutyDesk {version} upgraded this book from schema {old} to {new}. Everything in it "
        "was kept; nothing needs to be done.",
    ).format(version=notice.get("version", ""), old=notice.get("from") or "?", new=notice["to"])
    if notice.get("backup"):
        return (
            said
            + "\n\n"
            + QCoreApplication.translate(
                "UpgradeNotice", "A backup of the book as it was before is at:\n{path}"
            ).format(path=notice["backup"])
        )
    return (
        said
        + "\n\n"
        + QCoreApplication.translate(
            "UpgradeNotice",
            "The book is on a database server: its own backups keep the book as it was before.",
        )
    )


def show_pending_upgrade(parent: QWidget, prefs: Preferences, url: str) -> QMessageBox | None:
    """The notice waiting for this book, shown over ``parent`` (not blocking it) and forgotten."""
    notices = dict(prefs.get(PENDING_KEY, {}))
    notice = notices.pop(url, None)
    if notice is None:
        return None
    prefs.set(PENDING_KEY, notices)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("UpgradeNotice", "The book was upgraded"),
        notice_text(notice),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("upgradeNotice")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
