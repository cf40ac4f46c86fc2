"""The month grid on a hand-made roster (no database): a week filled from the keyboard, a
selection filled with one letter, off and leave, undo and redo, coverage red under a gap, hours
over the maximum, a month that is not a draft refusing keys with the reason."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk_app.domain.roster.checks import RosterRules
from desk_app.domain.roster.month import Roster
from desk_app.domain.roster.pattern import pattern_from_starts
from desk_app.ui.roster.grid import RosterGrid
from desk_app.ui.roster.grid_model import (
    CODE_ROLE,
    SHORT_FILL,
    CoverageModel,
    RosterGridModel,
    same_grid,
)
from tests.ui.helpers import shown

PATTERN = pattern_from_starts([time(8), time(20)])  # D 08-20, N 20-08
PEOPLE = ("p1", "p2", "p3")
NAMES = {"p1": "Иван Петров", "p2": "李娜", "p3": "Anna Smith"}


@pytest.fixture
def grid(qtbot):
    model = RosterGridModel()
    roster = Roster(2026, 12, PATTERN, PEOPLE, leave=frozenset({("p3", date(2026, 12, 24))}))
    roster = roster.with_cells([("p3", date(2026, 12, 24), "L")])
    model.load(roster, NAMES, RosterRules(min_per_shift=1, max_month_hours=48))
    view = shown(qtbot, RosterGrid(model))
    view.resize(1100, 300)
    view.setFocus()
    said: list[str] = []
    view.said.connect(said.append)
    view.said_lines = said
    return view


def _codes(model: RosterGridModel, person: str, first: int, last: int) -> list[str]:
    return [model.roster.cell(person, date(2026, 12, d)) for d in range(first, last + 1)]


def test_a_week_typed_from_the_keyboard_moves_right_and_undoes(grid):
    model = grid.grid
    grid.select_cell(model.index(0, 0))
    QTest.keyClicks(grid, "dnoodnd")  # any case
    assert _codes(model, "p1", 1, 7) == ["D", "N", "O", "O", "D", "N", "D"]
    assert grid.currentIndex().column() == 7
    assert model.dirty
    assert model.index(0, 0).data() == "D" and model.index(0, 0).data(CODE_ROLE) == "D"
    # The hours column: 5 shifts of 12 h.
    assert model.index(0, model.hours_column).data() == "60"
    # Arrows move; Delete makes a day off without moving.
    QTest.keyClick(grid, Qt.Key.Key_Left)
    QTest.keyClick(grid, Qt.Key.Key_Delete)
    assert model.roster.cell("p1", date(2026, 12, 7)) == "O"
    assert grid.currentIndex().column() == 6
    model.undo()
    assert model.roster.cell("p1", date(2026, 12, 7)) == "D"
    model.redo()
    assert model.roster.cell("p1", date(2026, 12, 7)) == "O"
    while model.can_undo:
        model.undo()
    assert not model.dirty and same_grid(model.roster, model.saved)


def test_the_last_day_goes_on_to_the_next_person(grid):
    model = grid.grid
    grid.select_cell(model.index(0, 30))
    QTest.keyClicks(grid, "nd")
    assert model.roster.cell("p1", date(2026, 12, 31)) == "N"
    assert model.roster.cell("p2", date(2026, 12, 1)) == "D"


def test_a_selection_is_filled_by_one_letter(grid):
    model = grid.grid
    selection = QItemSelection(model.index(0, 9), model.index(1, 13))
    grid.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QTest.keyClick(grid, Qt.Key.Key_N)
    assert _codes(model, "p1", 10, 14) == ["N"] * 5
    assert _codes(model, "p2", 10, 14) == ["N"] * 5
    assert len(grid.selectionModel().selectedIndexes()) == 10  # kept, for another letter
    QTest.keyClick(grid, Qt.Key.Key_O)
    assert _codes(model, "p2", 10, 14) == ["O"] * 5


def test_leave_and_unknown_codes_are_refused_in_words(grid):
    model = grid.grid
    grid.select_cell(model.index(0, 0))
    QTest.keyClick(grid, Qt.Key.Key_L)
    assert model.roster.cell("p1", date(2026, 12, 1)) == "O"
    assert "approved leave request" in grid.said_lines[-1]
    QTest.keyClick(grid, Qt.Key.Key_X)
    assert "X is not a shift" in grid.said_lines[-1]
    # A day of leave is not typed over.
    grid.select_cell(model.index(2, 23))
    QTest.keyClick(grid, Qt.Key.Key_D)
    assert model.roster.cell("p3", date(2026, 12, 24)) == "L"
    assert "stays leave" in grid.said_lines[-1]


def test_coverage_is_red_under_a_gap_and_hours_over_the_maximum(grid):
    model = grid.grid
    cover = CoverageModel(model)
    grid.select_cell(model.index(0, 0))
    QTest.keyClicks(grid, "dddd")  # 48 h: at the maximum
    assert cover.index(0, 0).data() == "1/1"
    assert cover.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # Tue 1 Dec: no tint
    assert cover.index(1, 0).data() == "0/1"
    assert cover.index(1, 0).data(Qt.ItemDataRole.BackgroundRole).color() == QColor(SHORT_FILL)
    hours = model.index(0, model.hours_column)
    assert hours.data() == "48" and hours.data(Qt.ItemDataRole.BackgroundRole) is None
    QTest.keyClick(grid, Qt.Key.Key_D)
    assert hours.data() == "60"
    assert hours.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(SHORT_FILL)


def test_a_month_not_in_draft_is_not_typed_into(grid):
    model = grid.grid
    grid.editable = False
    grid.locked_reason = "This month is approved: it changes by leave or a swap."
    grid.select_cell(model.index(0, 0))
    QTest.keyClick(grid, Qt.Key.Key_D)
    QTest.keyClick(grid, Qt.Key.Key_Delete)
    assert model.roster.cell("p1", date(2026, 12, 1)) == "O"
    assert grid.said_lines[-1] == grid.locked_reason
    assert not model.dirty


def test_headers_show_day_weekday_and_names(grid):
    model = grid.grid
    assert model.headerData(0, Qt.Orientation.Horizontal) == "1\nT"  # Tuesday 1 Dec 2026
    assert model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.BackgroundRole)
    assert model.headerData(1, Qt.Orientation.Vertical) == "李娜"
    assert model.columnCount() == 32


def test_a_shift_by_its_number_or_through_an_input_method(qtbot):
    from PySide6.QtGui import QInputMethodEvent

    chinese = pattern_from_starts([time(8), time(20)], codes=("早", "夜"))
    model = RosterGridModel()
    model.load(Roster(2026, 12, chinese, PEOPLE), NAMES, RosterRules())
    view = shown(qtbot, RosterGrid(model))
    view.select_cell(model.index(0, 0))
    QTest.keyClicks(view, "120")
    event = QInputMethodEvent()
    event.setCommitString("夜早")
    QApplication.sendEvent(view, event)
    assert _codes(model, "p1", 1, 5) == ["早", "夜", "O", "夜", "早"]
    said = []
    view.said.connect(said.append)
    view.select_cell(model.index(0, 0))
    QTest.keyClicks(view, "7")  # two shifts: 7 is nobody's number and clears nothing
    assert _codes(model, "p1", 1, 1) == ["早"]
    assert said and "0" in said[-1]
