"""The keys dock when something is written elsewhere: read again only when keys moved (or
people changed), the selected movement still selected and the history where it was scrolled."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desk_app.domain.keys import KeyState
from desk_app.services.changes import changes_since, journal_head
from desk_app.services.desk import open_desk
from desk_app.services.keys import commands as keys_commands
from desk_app.services.log import commands as log_commands
from desk_app.ui.keys.dock import KeysPanel
from desk_app.ui.keys.models import HCOL_MOVEMENT
from tests.ui.helpers import shown


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


def _issue(desk, actor, code: str, holder_id: str):
    return keys_commands.issue_key(
        desk,
        actor,
        code,
        holder_kind="staff",
        holder_id=holder_id,
        purpose="Cleaning",
        expected_back=desk.clock.now() + timedelta(hours=2),
    )


def test_a_key_moved_elsewhere_keeps_the_row_and_the_scroll(
    qtbot, ui_desk, people, second_desk, messages
):
    manager, clerk = people["manager"], people["clerk"]
    for code, col in (("K-101", 1), ("K-102", 2)):
        keys_commands.add_key(
            ui_desk,
            manager,
            code=code,
            label=f"Room {code[2:]}",
            key_type="room",
            hook_row=1,
            hook_col=col,
        )
    for _ in range(25):  # 50 movements of K-101: more than the history shows at once
        _issue(ui_desk, manager, "K-101", clerk.id)
        keys_commands.return_key(ui_desk, manager, "K-101")
    panel = shown(qtbot, KeysPanel(ui_desk, clerk))
    panel.resize(900, 420)
    tab_bar = panel.tabs.tabBar()
    qtbot.mouseClick(
        tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(panel.TAB_HISTORY).center()
    )
    table = panel.history_table
    model = panel.history_model
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(model.index(1, HCOL_MOVEMENT)).center(),
    )
    for _ in range(2):
        QTest.keyClick(table, Qt.Key.Key_PageDown)
    chosen = model.movement_at(table.currentIndex().row())
    scroll = table.verticalScrollBar().value()
    assert chosen is not None and scroll > 0
    rows = model.rowCount()
    seen = journal_head(ui_desk)

    # The other counter issues K-102, then writes in the log.
    _issue(second_desk, manager, "K-102", clerk.id)
    moved = changes_since(ui_desk, clerk, seen)
    log_commands.record_entry(second_desk, clerk, category="note", text="Radio 2 charging")
    logged = changes_since(ui_desk, clerk, moved.head)
    assert moved.touches("keys") and logged.books == {"log"}

    panel.apply_changes(logged)  # not the keys': nothing is read again
    assert panel.key_by_code("K-102").state is KeyState.IN
    assert model.rowCount() == rows

    panel.apply_changes(moved)
    assert panel.key_by_code("K-102").state is KeyState.OUT
    assert panel.board.state_of("K-102") == "out"
    assert model.movement_at(0).key_code == "K-102"  # the new movement on top
    assert model.movement_at(table.currentIndex().row()).id == chosen.id  # still selected
    assert table.verticalScrollBar().value() == scroll  # the history where it was
    assert messages.errors == []


def test_a_key_taken_back_at_the_counter_is_read_once(qtbot, ui_desk, people, messages):
    """The dock reads the board again after its own return; the same Changes, handed back by
    the window, are not read a second time."""
    manager, clerk = people["manager"], people["clerk"]
    keys_commands.add_key(
        ui_desk, manager, code="K-101", label="Room 101", key_type="room", hook_row=1, hook_col=1
    )
    _issue(ui_desk, manager, "K-101", clerk.id)
    host = Host()
    panel = KeysPanel(ui_desk, clerk, host)
    QVBoxLayout(host).addWidget(panel)
    handed = []
    host.changes_applied.connect(handed.append)
    host.changes_applied.connect(panel.apply_changes)
    shown(qtbot, host)
    reads = []
    reload_board = panel.reload_board
    panel.reload_board = lambda: reads.append(1) or reload_board()

    QTest.keyClicks(panel.code, "K-101")
    QTest.keyClick(panel.code, Qt.Key.Key_Return)
    assert [c.books for c in handed] == [{"keys"}]  # the window was told
    assert panel.key_by_code("K-101").state is KeyState.IN
    assert panel.board.state_of("K-101") == "in"
    assert "back on hook" in panel.notice_text
    assert len(reads) == 1  # once, though both the window and the dock's own return said so
    assert messages.errors == []
