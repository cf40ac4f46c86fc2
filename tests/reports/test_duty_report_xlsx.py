"""The duty report as a workbook, read back with openpyxl (no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from desk_app.domain.errors import StorageError
from desk_app.domain.wide_text import display_width
from desk_app.formats import format_datetime
from desk_app.reports.duty_report.xlsx import write_duty_report_xlsx
from tests.reports.test_duty_report_pdf import _days
from tests.reports.test_handover_pdf import BEIJING, sample_report
from tests.reports.test_handover_xlsx import _facts


def test_duty_report(tmp_path: Path):
    path = tmp_path / "отчёт.xlsx"
    write_duty_report_xlsx(path, sample_report(), tz=BEIJING)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Summary", "Shift log", "Open follow-ups", "Lost and found"]
    facts = _facts(wb["Summary"])
    assert facts["From"] == datetime(2026, 3, 14, 7, 0)
    assert facts["To"] == datetime(2026, 3, 15, 7, 0)
    assert facts["Made by"] == "Мария Иванова"
    assert facts["Made at"] == datetime(2026, 3, 15, 7, 30)
    assert wb["Shift log"].max_row == 13
    assert wb["Open follow-ups"]["A2"].fill.fgColor.rgb.endswith("F9D3D0")
    assert wb["Lost and found"]["A2"].value == "Nothing recorded"


def test_a_failed_export_raises_and_leaves_nothing(tmp_path: Path):
    with pytest.raises(StorageError):
        write_duty_report_xlsx(tmp_path / "missing" / "report.xlsx", sample_report())
    assert list(tmp_path.iterdir()) == []


# --- the summary sheet and the columns -----------------------------------------------------------


def _summary_rows(ws) -> dict[str, object]:
    return {a: b for a, b in ws.iter_rows(min_row=3, max_col=2, values_only=True) if a is not None}


def test_the_summary_sheet_has_the_title_totals_and_sign_off(tmp_path: Path):
    path = tmp_path / "report.xlsx"
    write_duty_report_xlsx(path, _days(12, 3), tz=BEIJING)
    wb = openpyxl.load_workbook(path)
    ws = wb["Summary"]
    assert ws["A1"].value == "Duty report · 12 Mar 2026 – 14 Mar 2026"
    assert wb.properties.title == ws["A1"].value
    rows = _summary_rows(ws)
    assert rows["Entries"] == 46 and rows["Important"] == 3
    assert rows["Opened"] == 4 and rows["Settled"] == 3 and rows["Overdue now"] == 1
    assert rows["Guest satisfaction"] == "4.3 of 5 (3 rated)"
    assert (rows["Found items in"], rows["Returned to owners"], rows["Disposed of"]) == (5, 2, 1)
    assert rows["Movements"] == 1200 and rows["Keys overdue now"] == 2
    assert rows["Sheets sealed"] == 6 and rows["Discrepancies noted"] == 1
    captions = [c.value for c in ws["A"]]
    for book in ("Duty log", "Complaints", "Lost and found", "Keys", "Handovers"):
        assert book in captions
    overdue = captions.index("Overdue now") + 1
    assert ws.cell(overdue, 2).fill.fgColor.rgb.endswith("F9D3D0")
    assert not ws.cell(overdue + 1, 2).fill.fgColor.rgb.endswith("F9D3D0")
    sign = captions.index("Reviewed by the supervisor") + 1
    assert captions[sign : sign + 3] == ["Name", "Date", "Signature"]
    for r in range(sign + 1, sign + 4):
        assert ws.cell(r, 2).border.bottom.style == "thin"
        assert ws.row_dimensions[r].height >= 30


def _shown(cell, language: str) -> str:
    """What Excel shows in ``cell``: a time in the language's pattern."""
    value = cell.value
    if isinstance(value, datetime):
        return format_datetime(value.replace(tzinfo=UTC), language, UTC)
    if isinstance(value, bool):
        return "FALSE"
    return str(value)


@pytest.mark.parametrize("language", ["en", "zh_CN", "ru"])
def test_every_column_is_wide_enough_for_what_it_shows(tmp_path: Path, language: str):
    """Excel cuts text at a filled neighbour and shows "###" for a time or number too wide."""
    labels = {
        "language": language,
        "summary": {"zh_CN": "汇总", "ru": "Сводка"}.get(language, "Summary"),
        "found_returned": {"zh_CN": "已归还失主", "ru": "Возвращено владельцам"}.get(
            language, "Returned to owners"
        ),
        "column:text": {"zh_CN": "内容", "ru": "Содержание записи"}.get(language, "Text"),
    }
    path = tmp_path / "report.xlsx"
    write_duty_report_xlsx(path, _days(12, 3), labels, tz=BEIJING)
    wb = openpyxl.load_workbook(path)
    cut = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None or (cell.alignment and cell.alignment.wrap_text):
                    continue
                beside = ws.cell(cell.row, cell.column + 1).value
                if isinstance(cell.value, str) and beside is None:
                    continue  # text runs on over an empty cell (a title, a note); numbers do not
                width = ws.column_dimensions[cell.column_letter].width
                need = display_width(_shown(cell, language)) + (
                    3 if cell.alignment and cell.alignment.indent else 0
                )
                if need + 1 > width:
                    cut.append((ws.title, cell.coordinate, _shown(cell, language), width))
    assert cut == []
