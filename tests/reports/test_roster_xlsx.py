"""The month's roster as a workbook: the grid with the shifts' fills, leave and off distinct, each
person's hours, the coverage rows with gaps in red, who approved and when as a real time; the
legend and the changes since approval on their own sheets, in the language asked."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk_app.domain.errors import StorageError
from desk_app.domain.roster.month import RosterState
from desk_app.reports.roster.xlsx import write_roster_xlsx
from tests.reports.test_roster_pdf import BEIJING, RU, ZH, sample_sheet


def _values(ws) -> list:
    return [c.value for row in ws.iter_rows() for c in row if c.value is not None]


def _find(ws, value):
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == value:
                return cell
    raise AssertionError(f"{value!r} not on {ws.title}")


def test_the_grid_with_its_fills(tmp_path: Path):
    target = tmp_path / "roster.xlsx"
    sheet = sample_sheet(people=40)
    write_roster_xlsx(target, sheet, ZH, tz=BEIJING)
    book = load_workbook(target)
    assert [ws.title for ws in book.worksheets] == ["排班表", "班次说明", "变更"]
    grid = book.worksheets[0]
    assert grid["A1"].value == "2026年3月 前台排班表"
    name = _find(grid, "王芳")
    row = name.row
    cells = [grid.cell(row=row, column=2 + i) for i in range(31)]
    assert [c.value for c in cells[:4]] == ["D", "N", "休", "休"]
    assert cells[0].fill.fgColor.rgb.endswith("F6D776")
    assert cells[1].fill.fgColor.rgb.endswith("8FB8ED")
    assert cells[9].value == "假" and cells[9].border.left.style == "medium"
    assert grid.cell(row=row, column=33).value == sheet.person("王芳").hours
    for n in range(7, 41):
        _find(grid, f"Clerk {n:02d} 员工")
    assert _find(grid, "Мария Иванова")
    # The header: day numbers over the weekdays' initials.
    header = _find(grid, "姓名").row
    assert grid.cell(row=header, column=2).value == 1
    assert grid.cell(row=header + 1, column=2).value == "日"  # 1 March 2026 is a Sunday
    assert grid.freeze_panes == f"B{header + 2}"


def test_approval_and_coverage_gaps(tmp_path: Path):
    target = tmp_path / "roster.xlsx"
    write_roster_xlsx(target, sample_sheet(), tz=BEIJING)
    grid = load_workbook(target).worksheets[0]
    approved = _find(grid, "Approved by")
    assert grid.cell(row=approved.row, column=2).value == "Ольга Петрова"
    when = grid.cell(row=approved.row, column=12)
    assert when.value == datetime(2026, 2, 24, 16, 15) and when.is_date
    assert when.number_format == "d mmm yyyy hh:mm"
    day_row = _find(grid, "D ≥ 2").row
    gaps = [c for c in grid[day_row][1:32] if c.value is not None and c.value < 2]
    assert gaps and all(c.fill.fgColor.rgb.endswith("C0392B") for c in gaps)


def test_a_draft_says_not_approved(tmp_path: Path):
    target = tmp_path / "roster.xlsx"
    write_roster_xlsx(target, sample_sheet(state=RosterState.DRAFT), RU, tz=BEIJING)
    book = load_workbook(target)
    assert "НЕ УТВЕРЖДЁН" in _values(book.worksheets[0])
    assert book.worksheets[2]["A2"].value == "None"


def test_legend_and_changes(tmp_path: Path):
    target = tmp_path / "roster.xlsx"
    write_roster_xlsx(target, sample_sheet(), RU, tz=BEIJING)
    book = load_workbook(target)
    legend, changes = book.worksheets[1], book.worksheets[2]
    assert legend.title == "Смены"
    assert [legend["A2"].value, legend["B2"].value, legend["C2"].value] == ["D", time(8), time(20)]
    assert legend["D3"].value == 12
    assert legend["A2"].fill.fgColor.rgb.endswith("F6D776")
    assert {"О", "В"} <= set(_values(legend))
    assert changes.title == "Изменения"
    assert changes["A2"].value == datetime(2026, 3, 8, 9, 0)
    assert changes["A2"].number_format == "dd.mm.yyyy hh:mm"
    assert changes["B3"].value == "Обмен сменами"
    assert "Мария Иванова, 20.03.2026: N → В" in changes["E3"].value
    assert changes["F2"].value == "家中有事 (family matter)"


def test_written_atomically(tmp_path: Path):
    with pytest.raises(StorageError):
        write_roster_xlsx(tmp_path / "missing" / "r.xlsx", sample_sheet())
    assert list(tmp_path.iterdir()) == []


def test_a_shift_written_as_the_readers_off_letter_keeps_off_distinct(tmp_path: Path):
    """A Russian desk whose evening shift is В (вечер): off prints as O, not as a second В."""
    from dataclasses import replace

    from desk_app.reports.roster.values import ShiftLegend

    sheet = sample_sheet()
    evening = ShiftLegend("В", time(8), time(20), "#F6D776")
    rows = tuple(
        replace(r, cells=tuple("В" if c == "D" else c for c in r.cells)) for r in sheet.people
    )
    sheet = replace(sheet, shifts=(evening, sheet.shifts[1]), people=rows)
    target = tmp_path / "roster.xlsx"
    write_roster_xlsx(target, sheet, RU, tz=BEIJING)
    grid = load_workbook(target).worksheets[0]
    row = _find(grid, "Мария Иванова").row
    cells = [grid.cell(row=row, column=2 + i).value for i in range(4)]
    assert cells == ["N", "O", "O", "В"]
    # Leave keeps the reader's О: no shift is written so.
    assert grid.cell(row=_find(grid, "王芳").row, column=11).value == "О"
