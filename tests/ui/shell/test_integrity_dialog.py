"""Admin → Verify the book: a supervisor checks the whole book and a printed sheet at the
window; a cut tail is named in red, in the list and in the status bar."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.services.log import commands as log_commands
from desk_app.store.anchor import read_anchor
from desk_app.ui.shell.integrity_dialog import IntegrityDialog
from tests.sealing import seal_a_sheet
from tests.tamper import cut_from
from tests.ui.helpers import type_text


def _pins():
    return {"clerk": "2222", "manager": "111111"}


def test_clerks_do_not_get_it(window):
    assert not window.integrity_action.isEnabled()


def test_the_whole_book_checks_and_a_cut_is_listed(qtbot, ui_desk, people, messages):
    clerk, manager = people["clerk"], people["manager"]
    log_commands.record_entry(ui_desk, clerk, category="note", text="Смена принята")
    last = log_commands.record_entry(ui_desk, clerk, category="security", text="Посторонний в холле")
    dialog = IntegrityDialog(ui_desk, manager)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    dialog.wait_for_check()
    assert dialog.report.ok
    assert "The book is whole" in dialog.verdict.text()
    assert dialog.problems.isHidden()

    ui_desk.db.anchors.flush()
    cut_from(ui_desk.db.sqlite_path, last.id)  # the newest entry cut, its journal rows too
    dialog.report = None
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    dialog.wait_for_check()
    assert not dialog.report.ok
    assert "Problems found" in dialog.verdict.text()
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert items and all("end of the journal is missing" in t for t in items)
    assert any(str(ui_desk.db.sqlite_path) in t for t in items)
    assert messages.errors == []


def test_a_printed_sheet_is_checked_and_nonsense_is_said_beside_the_field(
    qtbot, ui_desk, people, messages
):
    clerk, manager = people["clerk"], people["manager"]
    log_commands.record_entry(ui_desk, clerk, category="note", text="Смена прошла спокойно")
    sheet = seal_a_sheet(ui_desk, clerk, manager, _pins())
    dialog = IntegrityDialog(ui_desk, manager)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.seal_field, "12345")
    QTest.keyClick(dialog.seal_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.sheet_error.isHidden(), timeout=30_000)
    dialog.wait_for_check()
    assert "64 characters" in dialog.sheet_error.text()

    dialog.seal_field.clear()
    type_text(dialog.seal_field, f"DUTYDESK-SEAL:{sheet.num}:{sheet.seal}")
    assert dialog.sheet_error.isHidden()  # typing again clears the message
    QTest.keyClick(dialog.seal_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.sheet_result is not None, timeout=30_000)
    dialog.wait_for_check()
    assert dialog.sheet_result.ok
    assert f"Sheet no. {sheet.num} is in the book" in dialog.sheet_verdict.text()
    assert messages.errors == []


def test_the_status_bar_says_when_the_book_is_shorter_than_its_anchor(
    qtbot, window, ui_desk, people
):
    clerk = people["clerk"]
    log_commands.record_entry(ui_desk, clerk, category="note", text="x")
    window.lock()  # locking anchors the head at once
    anchor = read_anchor(ui_desk.db.anchors.places[0].path)
    assert anchor is not None and anchor.seq == ui_desk.db.anchors.flush().seq
    assert window.anchor_status.isHidden()
    with sqlite3.connect(ui_desk.db.sqlite_path) as raw:
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("DELETE FROM journal WHERE seq = (SELECT max(seq) FROM journal)")
    raw.close()
    ui_desk.db.anchors.flush()  # the next write's anchor finds the chain shorter, and stays
    window.refresh_status()
    assert not window.anchor_status.isHidden()
    assert "shorter" in window.anchor_status.text()
    assert "Verify the book" in window.anchor_status.toolTip()


def test_closing_the_page_stops_a_running_check(qtbot, ui_desk, people, messages, monkeypatch):
    """The lock closes dialogs: a long check must not hold the window (nor outlive it)."""
    import time

    from desk_app.services import integrity

    steps = []

    def slow_check(desk, actor, progress):
        for i in range(600):  # a minute, unless stopped
            progress(i, 600)
            steps.append(i)
            time.sleep(0.1)
        raise AssertionError("the check was not stopped")

    monkeypatch.setattr(integrity, "check_book", slow_check)
    dialog = IntegrityDialog(ui_desk, people["manager"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(steps) >= 2, timeout=10_000)
    started = time.monotonic()
    dialog.reject()
    assert time.monotonic() - started < 3
    assert not dialog._job.isRunning()
    assert messages.errors == []
