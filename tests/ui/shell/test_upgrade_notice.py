"""A newer DutyDesk opening an older book: it backs the book up, migrates it (as before) and says
so once, after the first sign-in, with the schema revisions and where the backup is.

The book is ``tests/store/data/book_made_at_0007.sqlite.gz``: a demo of a few days made by the
program at revision 0007 (its people and PINs are the demo's)."""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.config import Preferences
from desk_app.services.desk import close_desk, open_desk
from desk_app.store.migrate import HEAD_REVISION
from desk_app.ui.shell.upgrade_notice import PENDING_KEY, remember_upgrade, show_pending_upgrade

OLD_BOOK = Path(__file__).resolve().parents[2] / "store" / "data" / "book_made_at_0007.sqlite.gz"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def old_book(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    with gzip.open(OLD_BOOK) as source, path.open("wb") as out:
        shutil.copyfileobj(source, out)
    return path


def test_opening_an_older_book_keeps_what_the_upgrade_did(old_book: Path):
    desk = open_desk(str(old_book))
    try:
        upgrade = desk.db.upgraded
        assert upgrade is not None
        assert (upgrade.from_revision, upgrade.to_revision) == ("0007", HEAD_REVISION)
        assert upgrade.backup is not None and upgrade.backup.is_file()
        assert upgrade.backup.parent == old_book.parent / "backups"
        assert "before-upgrade" in upgrade.backup.name
    finally:
        close_desk(desk)
    again = open_desk(str(old_book))
    try:
        assert again.db.upgraded is None  # current now: nothing to say
    finally:
        close_desk(again)


def test_the_window_says_it_once(qtbot, old_book: Path, tmp_path: Path):
    prefs = Preferences(tmp_path / "prefs.json")
    desk = open_desk(str(old_book))
    try:
        remember_upgrade(prefs, desk)
        backup = desk.db.upgraded.backup
    finally:
        close_desk(desk)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    box = show_pending_upgrade(window, prefs, desk.url)
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.parent() is window and box.objectName() == "upgradeNotice"
    assert "from schema 0007 to " + HEAD_REVISION in box.text()
    assert str(backup) in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    # Once: the same start, the next start on this workstation, a start finding the book current.
    assert show_pending_upgrade(window, prefs, desk.url) is None
    assert show_pending_upgrade(window, Preferences(prefs.path), desk.url) is None
    assert Preferences(prefs.path).get(PENDING_KEY) == {}


def test_a_start_ended_at_the_sign_in_keeps_the_notice_for_the_next(
    qtbot, old_book: Path, tmp_path: Path
):
    prefs = Preferences(tmp_path / "prefs.json")
    first = open_desk(str(old_book))  # upgraded here; nobody signs in
    remember_upgrade(prefs, first)
    close_desk(first)
    second = open_desk(str(old_book))  # current now
    later = Preferences(prefs.path)
    remember_upgrade(later, second)
    close_desk(second)
    window = QWidget()
    qtbot.addWidget(window)
    box = show_pending_upgrade(window, later, second.url)
    assert box is not None and "0007" in box.text()
    box.close()
    assert show_pending_upgrade(window, later, second.url) is None


def test_another_book_s_notice_waits_for_its_own_window(qtbot, old_book: Path, tmp_path: Path):
    prefs = Preferences(tmp_path / "prefs.json")
    desk = open_desk(str(old_book))
    remember_upgrade(prefs, desk)
    close_desk(desk)
    window = QWidget()
    qtbot.addWidget(window)
    assert show_pending_upgrade(window, prefs, "sqlite:////elsewhere/other.sqlite") is None
    assert desk.url in prefs.get(PENDING_KEY)


@pytest.mark.slow
def test_the_real_start_says_it_once_after_the_sign_in(old_book: Path, tmp_path: Path):
    """The program itself, as a desk PC starts it after installing a newer build: the smoke start
    signs in and prints the message box it acknowledges (desk_app/ui/shell/smoke.py)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESK_DATA_DIR": str(tmp_path / "data"),
        "DESK_CONFIG_DIR": str(tmp_path / "config"),
        "SMOKE_PIN": "111111",
    }
    command = [sys.executable, "-m", "desk_app", "--db", str(old_book), "--lang", "en"]
    command += ["smoke", "--person", "Wang Li", "--pin-from-env", "SMOKE_PIN"]

    def start() -> list[str]:
        done = subprocess.run(
            command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout.splitlines()

    first = start()
    said = [line for line in first if line.startswith("smoke: message:")]
    assert len(said) == 1, first
    assert f"upgraded this book from schema 0007 to {HEAD_REVISION}" in said[0]
    assert "signed-in window shown as Wang Li" in "\n".join(first)
    backups = list((old_book.parent / "backups").glob("*before-upgrade*"))
    assert len(backups) == 1
    assert str(backups[0]) in "\n".join(first)  # named in the message
    second = start()
    assert not [line for line in second if line.startswith("smoke: message:")], second
