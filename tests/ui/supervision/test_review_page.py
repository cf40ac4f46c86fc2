"""Supervision → Review a day, as a supervisor works it from the keyboard: the day's log on its
tab, Enter on a row opens the entry (marked read by the reviewer), Ctrl+N a note on it (shown on
the record afterwards), Ctrl+Return marks the day reviewed with a comment; a clerk's entry from
yesterday is the day to review."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QTableWidget

from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.services.supervision import review
from desk_app.ui.shell.main_window import MainWindow
from desk_app.ui.supervision.review_forms import MarkReviewedDialog, NoteDialog
from desk_app.ui.supervision.review_page import ReviewPage


def test_review_a_day_from_the_keyboard(qtbot, ui_desk, people, supervisor, prefs, messages):
    clerk = people["clerk"]
    entry = log_commands.record_entry(ui_desk, clerk, category="note", text="1203 漏水，已报修")
    window = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(window)
    window.show()
    page = ReviewPage(ui_desk, supervisor, window)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    today = ui_desk.clock.now().astimezone().date()
    page.day_field.setDate(QDate(today))
    assert page.day_review is not None and page.day_review.day == today
    assert "not reviewed yet" in page.state.text()
    # The log's tab: the first section after the summary.
    page.tabs.setCurrentIndex(1)
    table = page.tabs.currentWidget()
    assert isinstance(table, QTableWidget) and table.rowCount() >= 1
    table.setFocus()
    table.setCurrentCell(0, 0)
    assert any("漏水" in (table.item(0, c).text()) for c in range(table.columnCount()))
    # Ctrl+N: a note on the row.
    QTest.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    note = page.form
    assert isinstance(note, NoteDialog)
    note.text.setPlainText("跟进维修")
    note.submit()
    assert page.form is None and page.notes.count() == 1
    assert [n.text for n in review.notes_on(ui_desk, clerk, "entry", entry.id)] == ["跟进维修"]
    # Enter opens the entry, marked read by the supervisor.
    table = page.tabs.currentWidget()
    table.setFocus()
    table.setCurrentCell(0, 0)
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert page.record_page is not None
    notes = page.record_page.findChildren(QLabel, "reviewNote")
    assert len(notes) == 1  # the note shows on the entry's page
    assert supervisor.name in notes[0].text() and "跟进维修" in notes[0].text()
    page.record_page.reject()
    readers = log_views.entry_detail(ui_desk, supervisor, entry.id).read_by
    assert supervisor.name in [r.name for r in readers]
    # Ctrl+Return: the day reviewed, with a comment; then it cannot be marked again.
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    QTest.keyClick(page.tabs.currentWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    done = page.form
    assert isinstance(done, MarkReviewedDialog)
    QTest.keyClicks(done.comment, "All handled.")
    done.submit()
    assert "reviewed by Ольга Смирнова" in page.state.text() and "All handled." in page.state.text()
    assert not page.done_button.isEnabled()
    assert page.mark_reviewed() is None


def test_it_opens_on_the_oldest_day_still_to_review(
    qtbot, ui_desk, people, supervisor, prefs, messages
):
    log_commands.record_entry(ui_desk, people["clerk"], category="note", text="Quiet night.")
    ui_desk.clock.set(ui_desk.clock.now() + timedelta(days=2))
    window = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(window)
    page = ReviewPage(ui_desk, supervisor, window)
    qtbot.addWidget(page)
    today = ui_desk.clock.now().astimezone().date()
    assert page.pending.count() == 2
    assert page.day == today - timedelta(days=2)


def test_the_supervision_menu_opens_the_review_for_supervisors_only(
    qtbot, ui_desk, people, supervisor, prefs, messages
):
    window = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(window)
    assert window.supervision.review_action.isEnabled()
    assert window.supervision.review_action.shortcut().toString() == "Ctrl+Shift+V"
    window.supervision.review_action.trigger()
    page = window.supervision.review_page
    assert isinstance(page, ReviewPage)
    assert page in window.open_dialogs()
    page.reject()
    clerks = MainWindow(ui_desk, people["clerk"], prefs, "en")
    qtbot.addWidget(clerks)
    assert not clerks.supervision.review_action.isEnabled()
    assert clerks.supervision.open_review() is None


def test_the_status_bar_reminds_of_days_to_review_from_the_review_time(
    qtbot, ui_desk, people, supervisor, prefs, messages
):
    log_commands.record_entry(ui_desk, people["clerk"], category="note", text="Quiet night.")
    start = ui_desk.clock.now().astimezone()
    ui_desk.clock.set(start.replace(hour=9, minute=0) + timedelta(days=1))
    window = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(window)
    item = window.review_reminder.item
    assert item.isHidden()  # before 09:30
    ui_desk.clock.set(start.replace(hour=9, minute=45) + timedelta(days=1))
    window.review_reminder.refresh()
    assert not item.isHidden() and "Review" in item.text()
    item.clicked.emit()
    page = window.supervision.review_page
    assert isinstance(page, ReviewPage) and page.day == start.date()
    review.mark_reviewed(ui_desk, supervisor, start.date())
    window.review_reminder.refresh()
    assert item.isHidden()
    page.reject()
    clerks = MainWindow(ui_desk, people["clerk"], prefs, "en")
    qtbot.addWidget(clerks)
    assert clerks.review_reminder.item.isHidden()


def test_the_manager_sets_when_yesterdays_review_is_due(qtbot, ui_desk, people, supervisor, messages):
    from datetime import time

    from desk_app.services.supervision import policy
    from desk_app.ui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ui_desk, people["manager"], "en")
    qtbot.addWidget(dialog)
    assert dialog.review_time.time().toString("HH:mm") == "09:30"
    dialog.review_time.setTime(dialog.review_time.time().fromString("10:15", "HH:mm"))
    dialog.submit()
    assert policy.get_review_time(ui_desk) == time(10, 15)
    theirs = SettingsDialog(ui_desk, supervisor, "en")
    qtbot.addWidget(theirs)
    assert not theirs.review_time.isEnabled()
