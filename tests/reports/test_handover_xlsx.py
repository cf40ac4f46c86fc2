"""The handover sheet and the duty report as workbooks, read back with openpyxl (no Qt): sheet
names, real date-times, the seal, both signature pictures on the summary, flagged rows, headers,
and a failed export that leaves nothing behind."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from desk_app.domain.errors import StorageError
from desk_app.domain.handover.rules import Section
from desk_app.reports.handover.xlsx import sheet_titles, write_handover_xlsx
from tests.reports.test_handover_pdf import (
    BEIJING,
    JOURNAL_HASH,
    LABELS_ZH_RU,
    LOG_TEXTS,
    draft_sheet,
    sample_sheet,
)

SECTION_SHEETS = [
    "Shift log",
    "Open follow-ups",
    "Complaints",
    "Lost and found",
    "Keys out",
    "Keys on the board",
    "Counts",
    "Desk checklist",
    "Remarks",
]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    path = tmp_path_factory.mktemp("xlsx") / "交接班 42.xlsx"
    write_handover_xlsx(path, sample_sheet(), tz=BEIJING)
    return openpyxl.load_workbook(path)


def _facts(ws) -> dict[str, object]:
    """The summary's caption → value rows."""
    facts = {}
    for caption, value in ws.iter_rows(min_row=3, max_col=2, values_only=True):
        if caption is None:
            break
        facts[caption] = value
    return facts


def test_sheet_names(workbook: openpyxl.Workbook):
    assert workbook.sheetnames == ["Summary", *SECTION_SHEETS]
    assert workbook.properties.creator == "DutyDesk"
    assert workbook.properties.title == "Shift handover log 42"


def test_summary_facts_seal_and_real_times(workbook: openpyxl.Workbook):
    ws = workbook["Summary"]
    assert ws["A1"].value == "Shift handover log · Sheet no. 42"
    facts = _facts(ws)
    sheet = sample_sheet()
    assert facts["Property"] == "Grand Hotel 大酒店"
    assert facts["Station"] == "前台 1 / Стойка 1"
    assert facts["Sheet no."] == 42
    # The night shift on the desk's clock (Beijing), as real date-times.
    assert facts["Shift start"] == datetime(2026, 3, 14, 23, 0)
    assert facts["Shift end"] == datetime(2026, 3, 15, 7, 0)
    assert facts["Outgoing"] == "王芳" and facts["Incoming"] == "Мария Иванова"
    assert facts["State"] == "Signed and sealed"
    assert facts["Seal"] == sheet.seal and len(sheet.seal) == 64
    assert facts["Journal entry"] == 1234
    assert facts["Journal hash"] == JOURNAL_HASH
    assert facts["Sealed at"] == datetime(2026, 3, 15, 6, 58)
    times = [c for row in ws.iter_rows(min_row=3, max_col=2) for c in row if c.is_date]
    assert len(times) == 3 and all(c.number_format == "d mmm yyyy hh:mm" for c in times)


def test_signers_with_their_pictures(workbook: openpyxl.Workbook):
    ws = workbook["Summary"]
    header_row = next(
        r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == "Name"
    )
    assert [ws.cell(row=header_row, column=c).value for c in range(1, 6)] == [
        "Name",
        "Role",
        "Meaning",
        "Signed at",
        "Signature",
    ]
    assert ws.cell(row=header_row, column=1).font.bold
    rows = [
        [ws.cell(row=r, column=c).value for c in range(1, 5)]
        for r in (header_row + 1, header_row + 2)
    ]
    assert rows == [
        ["王芳", "Front desk clerk", "Handed over", datetime(2026, 3, 15, 6, 55)],
        ["Мария Иванова", "Старший администратор", "Accepted", datetime(2026, 3, 15, 6, 58)],
    ]
    images = ws._images
    assert len(images) == 2
    anchors = sorted((i.anchor._from.row, i.anchor._from.col) for i in images)
    assert anchors == [(header_row, 4), (header_row + 1, 4)]  # zero-based: column E, each row
    for image in images:
        picture = Image.open(io.BytesIO(image._data()))
        assert picture.format == "PNG" and picture.size == (360, 120)
        # Shown at the row's height: 180 x 60 pixels (9525 EMU a pixel).
        assert (image.anchor.ext.width, image.anchor.ext.height) == (180 * 9525, 60 * 9525)
    assert ws.row_dimensions[header_row + 1].height >= 45


def test_section_sheets_headers_values_and_flags(workbook: openpyxl.Workbook):
    log = workbook["Shift log"]
    assert [c.value for c in log[1]] == ["Time", "Clerk", "Category", "Room", "Text"]
    assert all(c.font.bold and c.fill.fgColor.rgb.endswith("DDE3EA") for c in log[1])
    assert log.freeze_panes == "A2"
    assert log.auto_filter.ref == "A1:E61"
    assert log.max_row == 61
    assert log["A2"].value == datetime(2026, 3, 14, 23, 0) and log["A2"].is_date
    assert log["B3"].value == "Мария Иванова"
    assert log["E2"].value == f"{LOG_TEXTS[0]} #1"
    assert log["E3"].value == f"{LOG_TEXTS[1]} #2"
    assert log["D2"].value is None and log["D3"].value == "1007"
    assert 40 <= log.column_dimensions["E"].width <= 60
    assert log.column_dimensions["A"].width >= 16

    follow_ups = workbook["Open follow-ups"]
    overdue, other = follow_ups[2], follow_ups[3]
    assert [c.value for c in overdue][1:] == ["1205", "回电客人确认空调维修结果", "王芳", "overdue"]
    assert all(c.fill.fgColor.rgb.endswith("F9D3D0") and c.font.bold for c in overdue)
    assert not any(c.font.bold for c in other)
    assert other[0].fill.fill_type is None

    counts = workbook["Counts"]
    assert [c.value for c in counts[2]] == [
        "Cash float (CNY)",
        2000,
        1950,
        -50,
        "差额 50 元，已报告值班经理",
    ]
    assert counts["A2"].fill.fgColor.rgb.endswith("F9D3D0")
    checklist = workbook["Desk checklist"]
    assert [c.value for c in checklist[4]][:2] == ["Emergency torch charged", False]
    assert checklist["B2"].value is True
    complaints = workbook["Complaints"]
    assert complaints["H3"].value is None  # no promised time
    assert complaints["H2"].value == datetime(2026, 3, 15, 1, 0)
    assert complaints["J2"].value is True

    empty = workbook["Lost and found"]
    assert [c.value for c in empty[1]] == ["Number", "Found at", "Description"]
    assert empty["A2"].value == "Nothing to hand over"
    remarks = workbook["Remarks"]
    assert remarks["A2"].value.startswith("夜班总体平稳。\n")
    assert remarks["A2"].alignment.wrap_text


def test_translated_words(tmp_path: Path):
    path = tmp_path / "sheet.xlsx"
    labels = dict(
        LABELS_ZH_RU,
        summary="Сводка",
        **{"section:complaints": "Жалобы: гости/номера [*?]", "section:counts": "Сводка"},
    )
    write_handover_xlsx(path, sample_sheet(), labels, tz=BEIJING)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:4] == [
        "Сводка",
        "交接班日志",
        "Открытые поручения",
        "Жалобы гости номера",
    ]
    assert "Сводка (2)" in wb.sheetnames  # a section named like the summary
    log = wb["交接班日志"]
    assert [c.value for c in log[1]][:3] == ["时间", "Clerk", "Категория"]
    assert log["C2"].value == "客人" and log["C3"].value == "Техническое"


def test_sheet_titles_are_what_excel_accepts():
    long = "Очень длинное название раздела для передачи смены"
    names = sheet_titles(["Keys: in/out", long, long, "History", "", "summary"], taken=["Summary"])
    assert names[0] == "Keys in out"
    assert names[1] == long[:31].rstrip() and len(names[1]) <= 31
    assert names[2].endswith(" (2)") and len(names[2]) <= 31
    assert names[3] == "History (2)"
    assert names[4] == "Sheet"
    assert names[5] == "summary (2)"


def test_draft_sheet(tmp_path: Path):
    path = tmp_path / "draft.xlsx"
    write_handover_xlsx(path, draft_sheet(), tz=BEIJING)
    ws = openpyxl.load_workbook(path)["Summary"]
    facts = _facts(ws)
    assert facts["State"] == "Draft"
    assert facts["Seal"] == "Not sealed"
    assert facts["Sealed at"] is None and facts["Journal entry"] is None
    assert ws._images == []


def test_a_short_row_is_padded_and_a_long_one_cut(tmp_path: Path):
    section = Section("keys_out", ("key", "holder"), rows=(("MK-01",), ("MK-02", "Ольга", "x")))
    path = tmp_path / "sheet.xlsx"
    write_handover_xlsx(path, sample_sheet(sections=(section,)), tz=BEIJING)
    ws = openpyxl.load_workbook(path)["Keys out"]
    assert [[c.value for c in row] for row in ws.iter_rows(min_row=2)] == [
        ["MK-01", None],
        ["MK-02", "Ольга"],
    ]


def test_failed_exports_raise_and_leave_nothing(tmp_path: Path):
    with pytest.raises(StorageError):
        write_handover_xlsx(tmp_path / "missing" / "sheet.xlsx", sample_sheet())
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "blocker").write_text("x")
    with pytest.raises(StorageError):
        write_handover_xlsx(tmp_path / "blocker" / "sheet.xlsx", sample_sheet())
    # A naive time is a bug in the caller: raised as it is, and still nothing is left.
    with pytest.raises(ValueError):
        write_handover_xlsx(
            tmp_path / "sheet.xlsx", sample_sheet(shift_start=datetime(2026, 3, 14, 23, 0))
        )
    assert [p.name for p in tmp_path.iterdir()] == ["blocker"]
