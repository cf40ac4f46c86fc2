"""Review a day: a complaint's row opened from the review is marked read by the supervisor (ticked,
greyed, counted in "Rows read"), and a note written on it shows on the complaint's page, to the
clerks too; the key's and the lost-and-found pages show their notes the same way."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QTableWidget

from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.keys import commands as keys_commands
from desk_app.services.log import commands as log_commands
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.supervision import review
from desk_app.ui.complaints.page import ComplaintDialog
from desk_app.ui.keys.page import KeyPage
from desk_app.ui.lostfound.item_page import ItemPage
from desk_app.ui.lostfound.report_page import ReportPage
from desk_app.ui.shell.main_window import MainWindow
from desk_app.ui.supervision.review_forms import NoteDialog
from desk_app.ui.supervision.review_page import READ_COLOR, READ_MARK, ReviewPage
from tests.ui.conftest import found_in_the_lobby


def _complaint(desk, clerk):
    return complaints_commands.intake(
        desk,
        clerk,
        channel="walk_in",
        guest_name="Иван Петров",
        room="1208",
        contact="+7 912 555-12-34",
        category="maintenance",
        severity="medium",
        text="Кондиционер не работает",
        promised_at=desk.clock.now() + timedelta(hours=2),
    )


def _tab(page: ReviewPage, key: str) -> QTableWidget:
    assert page.day_review is not None
    keys = [s.key for s in page.day_review.report.sections]
    page.tabs.setCurrentIndex(keys.index(key) + 1)  # the summary is first
    table = page.tabs.currentWidget()
    assert isinstance(table, QTableWidget)
    return table


def _notes(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel, "reviewNote")]


def test_a_complaint_row_read_and_noted_from_the_review(
    qtbot, ui_desk, people, supervisor, prefs, messages
):
    clerk = people["clerk"]
    complaint = _complaint(ui_desk, clerk)
    log_commands.record_entry(ui_desk, clerk, category="note", text="Quiet night.")
    window = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(window)
    window.show()
    page = ReviewPage(ui_desk, supervisor, window)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    assert page.day == ui_desk.clock.now().astimezone().date() - timedelta(days=1)
    page.day_field.setDate(ui_desk.clock.now().astimezone().date())
    rows = sum(
        len(s.rows)
        for s in page.day_review.report.sections
        if s.key in ("duty_log", "complaints", "key_movements", "handovers", "inspections")
    )
    assert page.progress.text() == f"Rows read: 0 of {rows}"
    table = _tab(page, "complaints")
    assert table.verticalHeader().isHidden()
    # Ctrl+N: a note on the complaint's row.
    table.setFocus()
    table.setCurrentCell(0, 0)
    QTest.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    note = page.form
    assert isinstance(note, NoteDialog)
    note.text.setPlainText("Call the guest back after 18:00.")
    note.submit()
    assert page.form is None
    # Enter opens the complaint, its note on it; the row is read.
    table = _tab(page, "complaints")
    table.setFocus()
    table.setCurrentCell(0, 0)
    QTest.keyClick(table, Qt.Key.Key_Return)
    opened = page.record_page
    assert isinstance(opened, ComplaintDialog)
    assert _notes(opened) == [
        f"Review note by {supervisor.name}, {_at(page)}: Call the guest back after 18:00."
    ]
    assert table.verticalHeaderItem(0).text() == READ_MARK
    assert not table.verticalHeader().isHidden()
    assert table.item(0, 2).foreground().color() == READ_COLOR
    assert page.progress.text() == f"Rows read: 1 of {rows}"
    today = page.day_review.day
    assert ("complaint", complaint.num) in review.review_day(ui_desk, supervisor, today).read
    opened.reject()
    # Opened again: nothing more written, still read once read again from the book.
    page.load()
    table = _tab(page, "complaints")
    assert table.verticalHeaderItem(0).text() == READ_MARK
    assert page.progress.text() == f"Rows read: 1 of {rows}"
    # A clerk opening the complaint reads the note too.
    theirs = ComplaintDialog(ui_desk, clerk, complaint.id)
    qtbot.addWidget(theirs)
    assert [n for n in _notes(theirs) if "Call the guest back" in n]
    assert not messages.errors


def _at(page: ReviewPage) -> str:
    from desk_app.ui.common.labels import format_datetime

    return format_datetime(page.day_review.notes[0].at)


def test_the_other_pages_show_their_notes_and_read_new_ones(
    qtbot, ui_desk, people, supervisor, messages
):
    clerk, manager = people["clerk"], people["manager"]
    today = ui_desk.clock.now().astimezone().date()
    keys_commands.add_key(
        ui_desk, manager, code="F12", label="Floor 12", key_type="floor", hook_row=1, hook_col=1
    )
    key = keys_commands.issue_key(
        ui_desk,
        clerk,
        "F12",
        holder_kind="staff",
        holder_id=clerk.id,
        purpose="Housekeeping",
        expected_back=ui_desk.clock.now() + timedelta(hours=2),
    )
    item = found_in_the_lobby(
        ui_desk,
        clerk,
        hours_ago=1,
        description="Чёрный зонт",
        category="valuables",
        valuables=False,
        storage_place="A-1",
    )
    key_page = KeyPage(ui_desk, clerk, key.id)
    item_page = ItemPage(ui_desk, clerk, item.id)
    for shown_page in (key_page, item_page):
        qtbot.addWidget(shown_page)
        shown_page.show()
        assert shown_page.findChild(QLabel, "reviewNote") is None
        assert shown_page.notes.isHidden()
    for kind, record_id, text in (("key", key.id, "Key back late."), ("lf_item", item.id, "Ok.")):
        review.add_note(
            ui_desk, supervisor, day=today, record_kind=kind, record_id=record_id, text=text
        )
    # What the window tells an open page once the notes are written (here or at another counter).
    from desk_app.services.changes import Changes

    written = Changes.of_rows(1, [("review_note", "x")])
    key_page.apply_changes(written)
    item_page.apply_changes(written)
    assert [n.endswith("Key back late.") for n in _notes(key_page)] == [True]
    assert [n.endswith("Ok.") for n in _notes(item_page)] == [True]
    assert not key_page.notes.isHidden() and not item_page.notes.isHidden()
    assert not messages.errors


def test_a_loss_report_shows_its_note(qtbot, ui_desk, people, supervisor, messages):
    clerk = people["clerk"]
    today = ui_desk.clock.now().astimezone().date()
    now = ui_desk.clock.now()
    report = lostfound_commands.report_lost(
        ui_desk,
        clerk,
        guest_name="Анна Кузнецова",
        contact="+7 900 000-00-00",
        room="815",
        lost_from=now - timedelta(hours=6),
        lost_until=now - timedelta(hours=1),
        lost_place="Ресторан",
        description="Синий шарф",
        category="valuables",
    )
    review.add_note(
        ui_desk,
        supervisor,
        day=today,
        record_kind="lf_report",
        record_id=report.id,
        text="Ask the restaurant.",
    )
    page = ReportPage(ui_desk, clerk, report.id)
    qtbot.addWidget(page)
    assert [n.endswith("Ask the restaurant.") for n in _notes(page)] == [True]
    assert not messages.errors
