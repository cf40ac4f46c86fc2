"""Key-board hooks show their whole label: a long one wraps (the rows grow to the longest label the
board holds, up to four lines), what is longer still ends in "…" with the label in the tooltip.
Hooks cut "ключ от этажа 2 (горничные)" to "ключ о…" and "2楼楼层钥匙（客房部）" to "2楼楼层…"
on a 16-column board at 1366 px."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.ui.keys import board as kb

# Labels as the demo's boards have them, the three languages in turn; a 16-hook first row.
LABELS = [
    "2楼楼层钥匙（客房部）",
    "ключ от этажа 2 (горничные)",
    "Floor 2 key (engineering)",
    "бельевая, 2 этаж",
    "запасной ключ от люкса 1801",
    "1801套房备用钥匙",
    "Suite 1808 spare key",
    "мастер-ключ №1",
    "万能钥匙 1号",
    "Minivan keys (Buick GL8)",
    "ключ от денежного ящика",
    "客用自行车锁钥匙",
    "Umbrella stand lock",
    "ключ от электрокара",
    "Radio 1",
]
TOO_LONG = "Ключ от технического помещения на крыше, вход через лестницу Б"


def _whole(lines: list[str]) -> str:
    return "".join(lines).replace(" ", "")


def _board(qtbot, desk, manager, labels, code: str, key_type: str, width: int, height: int):
    """A board of ``width`` x ``height`` showing one key a label along the first row, coded
    ``code`` formatted with its column."""
    for col, label in enumerate(labels, start=1):
        keys_commands.add_key(
            desk,
            manager,
            code=code.format(col=col),
            label=label,
            key_type=key_type,
            hook_row=1,
            hook_col=col,
        )
    board = kb.KeyBoard()
    qtbot.addWidget(board)
    board.resize(width, height)
    board.show()
    board.set_keys(keys_views.board(desk, manager))
    QApplication.processEvents()
    return board


def test_long_labels_wrap_and_are_not_cut_on_a_1366_screen(qtbot, ui_desk, people):
    manager = people["manager"]
    labels = [*LABELS, TOO_LONG]
    # The keys dock of a maximised window on a 1366 px screen.
    board = _board(qtbot, ui_desk, manager, labels, "FH-{col:02d}", "floor", 1340, 400)

    view = board.view
    assert board.model.columnCount() == 16
    cell_width = view.horizontalHeader().sectionSize(0)
    assert cell_width * 16 <= view.viewport().width()  # the whole row in sight, no scrolling
    lines = board.delegate.label_line_count
    assert lines == kb.MAX_LABEL_LINES
    assert view.verticalHeader().sectionSize(0) == kb.hook_height(view.font(), lines)
    width = kb.label_width(cell_width)
    for key in keys_views.board(ui_desk, manager):
        shown = kb.label_lines(key.label, kb.label_font(view.font()), width, lines)
        assert len(shown) <= lines
        if key.label == TOO_LONG:
            assert shown[-1].endswith("…")
            tip = board.model.data(board.model.index_of(key.code), Qt.ItemDataRole.ToolTipRole)
            assert TOO_LONG in tip
        else:
            assert _whole(shown) == key.label.replace(" ", ""), shown
    image = board.grab()
    assert not image.isNull()
    if shots := os.environ.get("DESK_SHOTS"):
        image.save(str(Path(shots) / "key_board_labels.png"))


def test_a_board_of_short_labels_keeps_its_rows_low(qtbot, ui_desk, people):
    labels = ("Radio 1", "Room 101", "库房")
    board = _board(qtbot, ui_desk, people["manager"], labels, "K-{col}", "room", 800, 300)
    assert board.delegate.label_line_count == 1
