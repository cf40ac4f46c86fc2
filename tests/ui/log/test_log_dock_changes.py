"""The duty-log dock when something is written elsewhere: read again only when the log changed,
the clerk's row still selected and the table where it was scrolled; its own quick entry shown
once, without reading the book again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desk_app.services.changes import changes_since, journal_head
from desk_app.services.desk import open_desk
from desk_app.services.keys import commands as keys_commands
from desk_app.services.log import commands as log_commands
from desk_app.ui.log import model as lm
from desk_app.ui.log.dock import LogPanel
from tests.ui.helpers import shown, type_text


class Host(QWidget):
    """What the main window is to a dock here: the one that says what was written."""

    changes_applied = Signal(object)


@pytest.fixture
def second_desk(tmp_path: Path, ui_desk):
    """The same book open at another counter."""
    desk = open_desk(str(tmp_path / "ui.sqlite"), station="Front desk 2")
    desk.clock = ui_desk.clock
    yield desk
    desk.db.dispose()


def _docked(qtbot, desk, actor) -> tuple[Host, LogPanel]:
    host = Host()
    panel = LogPanel(desk, actor, host)
    QVBoxLayout(host).addWidget(panel)
    host.changes_applied.connect(panel.apply_changes)
    shown(qtbot, host).resize(900, 420)
    return host, panel


def test_a_log_write_elsewhere_keeps_the_row_and_the_scroll(
    qtbot, ui_desk, people, second_desk, messages
):
    clerk = people["clerk"]
    for i in range(150):  # more than a page
        log_commands.record_entry(ui_desk, clerk, category="note", text=f"Round {i}")
    _host, panel = _docked(qtbot, ui_desk, clerk)
    table = panel.table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(panel.model.index(2, lm.COL_TEXT)).center(),
    )
    for _ in range(3):
        QTest.keyClick(table, Qt.Key.Key_PageDown)
    chosen = panel.selected_entry()
    scroll = table.verticalScrollBar().value()
    assert chosen is not None and chosen.text != "Round 149" and scroll > 0
    rows = panel.model.rowCount()
    seen = journal_head(ui_desk)

    # The other counter adds a key to the board, then writes in the log.
    keys_commands.add_key(
        second_desk,
        people["manager"],
        code="K-1",
        label="Room 1",
        key_type="room",
        hook_row=1,
        hook_col=1,
    )
    keys_only = changes_since(ui_desk, clerk, seen)
    new = log_commands.record_entry(second_desk, clerk, category="note", text="Taxi for 1208")
    logged = changes_since(ui_desk, clerk, keys_only.head)
    assert keys_only.books == {"keys"} and logged.books == {"log"}

    panel.apply_changes(keys_only)  # not the log's: nothing is read again
    assert panel.model.rowCount() == rows
    assert panel.model.entry_at(0).text == "Round 149"

    panel.apply_changes(logged)
    assert panel.model.entry_at(0).id == new.id  # read again: the new entry on top
    assert panel.selected_entry().id == chosen.id  # the clerk's row still selected
    assert table.verticalScrollBar().value() == scroll  # the table where it was
    assert messages.errors == []


def test_the_quick_entry_shows_its_entry_once_without_reading_the_book(
    qtbot, ui_desk, people, messages
):
    """The window hands the quick entry's Changes back to the dock: the entry is shown by the
    line that saved it, not read again (a page of a busy book) nor shown twice."""
    clerk = people["clerk"]
    host, panel = _docked(qtbot, ui_desk, clerk)
    handed = []
    host.changes_applied.connect(handed.append)
    fetched = []
    fetch_page = panel.model.fetch_page
    panel.model.fetch_page = lambda *a: fetched.append(a) or fetch_page(*a)

    type_text(panel.quick.room, "512")
    type_text(panel.quick.text, "Wake-up call 06:30")
    QTest.keyClick(panel.quick.text, Qt.Key.Key_Return)

    assert [c.books for c in handed] == [{"log"}]  # the window was told
    assert fetched == []  # the dock did not read the book again
    shown_rows = [panel.model.entry_at(i).text for i in range(panel.model.rowCount())]
    assert shown_rows == ["Wake-up call 06:30"]
    assert messages.errors == []
