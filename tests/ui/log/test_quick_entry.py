"""The receptionist's path: type, Enter, see the row at the top; errors next to the field."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk_app.domain.log import Category
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.ui.common.forms import FIELD_ERROR_STYLE
from desk_app.ui.log import model as lm
from tests.ui.helpers import type_text


def test_enter_saves_and_shows_the_entry_on_top(qtbot, window, ui_desk, people):
    quick = window.log_panel.quick
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # Alt+4: incident
    assert quick.category.currentData() == Category.INCIDENT.value
    type_text(quick.room, "1208")
    type_text(quick.party, "张先生")
    type_text(quick.text, "卫生间漏水, вызвали сантехника")
    QTest.keyClick(quick.text, Qt.Key.Key_Return)

    model = window.log_panel.model
    top = model.entry_at(0)
    assert top is not None
    assert top.text == "卫生间漏水, вызвали сантехника"
    assert top.room == "1208" and top.party == "张先生"
    assert top.category is Category.INCIDENT
    assert model.data(model.index(0, lm.COL_WHO)) == "Иван Петров"
    assert quick.text.text() == ""  # cleared for the next call
    stored = log_views.list_entries(ui_desk, people["clerk"]).rows
    assert [e.text for e in stored] == ["卫生间漏水, вызвали сантехника"]


def test_empty_text_is_refused_next_to_the_field(qtbot, window, ui_desk, people, messages):
    quick = window.log_panel.quick
    type_text(quick.room, "305")
    QTest.keyClick(quick.room, Qt.Key.Key_Return)
    assert not quick.error.isHidden()
    assert "empty" in quick.error.text()
    assert quick.room.text() == "305"  # nothing typed is lost
    assert log_views.list_entries(ui_desk, people["clerk"]).rows == []
    assert messages.errors == []


def commit_text(widget, text: str) -> None:
    """What an input method (or a paste) hands a line edit: the keyboard path drops a NUL."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_a_nul_is_refused_beside_the_field_and_the_typed_text_stays(
    qtbot, window, ui_desk, people, messages
):
    quick = window.log_panel.quick
    type_text(quick.room, "1208")
    type_text(quick.text, "Leak\u202e in")  # a bidi override typed as a key, removed on save
    commit_text(quick.text, "\x00")
    type_text(quick.text, " bathroom")
    typed = "Leak\u202e in\x00 bathroom"
    assert quick.text.text() == typed
    QTest.keyClick(quick.text, Qt.Key.Key_Return)

    assert not quick.error.isHidden()
    assert "cannot be stored" in quick.error.text()
    assert quick.text.styleSheet() == FIELD_ERROR_STYLE  # beside the text, not the room
    assert quick.room.styleSheet() == ""
    assert quick.text.text() == typed and quick.room.text() == "1208"  # nothing typed is lost
    assert log_views.list_entries(ui_desk, people["clerk"]).rows == []
    assert messages.errors == []  # no box mid-conversation

    quick.text.setCursorPosition(typed.index("\x00") + 1)
    QTest.keyClick(quick.text, Qt.Key.Key_Backspace)  # the clerk deletes what was refused
    QTest.keyClick(quick.text, Qt.Key.Key_Return)
    assert quick.error.isHidden()
    stored = log_views.list_entries(ui_desk, people["clerk"]).rows
    assert [(e.text, e.room) for e in stored] == [("Leak in bathroom", "1208")]


def test_follow_up_due_in_the_past_is_refused(qtbot, window, ui_desk, people):
    quick = window.log_panel.quick
    quick.follow_up.setChecked(True)
    past = ui_desk.clock.now() - timedelta(hours=3)
    from desk_app.ui.common.labels import to_qdatetime

    quick.due.setDateTime(to_qdatetime(past))
    type_text(quick.text, "Call back the guest")
    QTest.keyClick(quick.text, Qt.Key.Key_Return)
    assert "past" in quick.error.text()
    assert quick.text.text() == "Call back the guest"
    assert log_views.list_entries(ui_desk, people["clerk"]).rows == []


def test_search_finds_two_character_chinese(qtbot, window, ui_desk, people):
    for text in ("1208房间漏水", "Гость просит полотенца", "Guest asked for a taxi"):
        log_commands.record_entry(ui_desk, people["clerk"], category="note", text=text)
    panel = window.log_panel
    panel.refresh()
    type_text(panel.search, "漏水")
    panel.apply_filter()
    assert panel.model.rowCount() == 1
    assert panel.model.entry_at(0).text == "1208房间漏水"
    panel.search.clear()
    type_text(panel.search, "ПОЛОТ")
    panel.apply_filter()
    assert [panel.model.entry_at(i).text for i in range(panel.model.rowCount())] == [
        "Гость просит полотенца"
    ]


def test_table_loads_lazily_in_pages(qtbot, ui_desk, people, messages):
    for i in range(45):
        log_commands.record_entry(ui_desk, people["clerk"], category="note", text=f"entry {i}")
    model = lm.LogTableModel(ui_desk, people["clerk"], page_size=20)
    assert model.rowCount() == 20
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 45
    assert not model.canFetchMore()
    texts = [model.entry_at(i).text for i in range(45)]
    assert texts == [f"entry {i}" for i in reversed(range(45))]


def test_model_passes_qt_model_tester(qtmodeltester, ui_desk, people):
    for i in range(5):
        log_commands.record_entry(
            ui_desk, people["clerk"], category="call", text=f"call {i}", room="Lobby"
        )
    model = lm.LogTableModel(ui_desk, people["clerk"], page_size=3)
    qtmodeltester.check(model)


def test_a_page_that_cannot_be_read_is_told_once_not_on_every_scroll(
    qtbot, window, ui_desk, people, messages
):
    from desk_app.services import accounts

    accounts.deactivate_person(ui_desk, people["manager"], people["clerk"].id)
    model = window.log_panel.model
    model.reload()
    assert any("no longer active" in text for text in messages.errors)
    assert not model.canFetchMore()


def _focused(window):
    """The widget the next key goes to (the window's focus, active or not offscreen)."""
    return QApplication.focusWidget() or window.focusWidget()


def test_the_clerks_keys_in_readme_order(qtbot, window, ui_desk, people):
    """README: Ctrl+L to the line, Alt+n the category, Tab room → party → text, Enter saves; and
    the next entry starts where Ctrl+L lands. Keys go wherever the focus is, as a clerk types."""
    window.activateWindow()
    quick = window.log_panel.quick
    window.log_panel.table.setFocus()  # somewhere else in the window, as after a search

    QTest.keyClick(_focused(window), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert _focused(window) is quick.room  # the first field of the line, not the text
    QTest.keyClick(_focused(window), Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert quick.category.currentData() == Category.REPAIR.value
    assert _focused(window) is quick.room  # choosing the category does not move the typing
    type_text(_focused(window), "1208")
    QTest.keyClick(_focused(window), Qt.Key.Key_Tab)
    assert _focused(window) is quick.party
    type_text(_focused(window), "Иван Петрович")
    QTest.keyClick(_focused(window), Qt.Key.Key_Tab)
    assert _focused(window) is quick.text
    type_text(_focused(window), "Кран течёт, 水龙头漏水")
    QTest.keyClick(_focused(window), Qt.Key.Key_Return)

    stored = log_views.list_entries(ui_desk, people["clerk"]).rows
    assert [(e.category, e.room, e.party, e.text, e.important) for e in stored] == [
        (Category.REPAIR, "1208", "Иван Петрович", "Кран течёт, 水龙头漏水", False)
    ]
    assert (quick.room.text(), quick.party.text(), quick.text.text()) == ("", "", "")
    assert _focused(window) is quick.room  # ready for the next entry


def test_tab_after_the_text_never_lands_on_a_box(qtbot, window, ui_desk, people):
    """A space typed after Tab used to tick Important: the boxes and Save are off the Tab chain,
    reached by Ctrl+I, Ctrl+J and Enter."""
    quick = window.log_panel.quick
    quick.focus_line()
    chain = []
    widget = quick.room
    for _ in range(6):
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        widget = _focused(window)
        chain.append(widget)
    assert chain[:2] == [quick.party, quick.text]
    # After the text the focus leaves the line (to the filters under it): no box, no button.
    assert not {quick.important, quick.follow_up, quick.save_button} & set(chain)
    assert not quick.isAncestorOf(chain[2])

    QTest.keyClick(quick.text, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(quick.text, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert quick.important.isChecked() and quick.follow_up.isChecked()
    # A follow-up ticked: its owner and due time follow the text in the Tab chain.
    quick.text.setFocus()
    QTest.keyClick(quick.text, Qt.Key.Key_Tab)
    assert _focused(window) is quick.owner
