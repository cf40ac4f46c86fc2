"""The complaint workbooks, written from plain dataclasses and read back with openpyxl (no Qt)."""

from __future__ import annotations

import io
import os
import time
import zipfile
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PIL import Image as PILImage

from desk_app.domain.complaints import (
    UNSETTLED_KEY,
    AnalysisRow,
    Channel,
    ComplaintAnalysis,
    ComplaintCategory,
    RegisterRow,
    Severity,
    Status,
)
from desk_app.domain.errors import StorageError
from desk_app.reports import complaints_xlsx
from desk_app.reports.complaints_xlsx import (
    ANALYSIS_COLUMNS,
    CHART_WIDTH,
    REGISTER_COLUMNS,
    write_analysis_xlsx,
    write_register_xlsx,
)


@pytest.fixture(autouse=True)
def moscow(monkeypatch: pytest.MonkeyPatch):
    """Local time for the workbook's times: UTC+3, no daylight saving."""
    monkeypatch.setenv("TZ", "Europe/Moscow")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


ANALYSIS_LABELS = {
    "sheet": "Анализ жалоб",
    "title": "Анализ жалоб по категориям",
    "key": "Категория",
    "count": "Жалобы",
    "overdue": "Просрочено",
    "overdue_rate": "Доля просроченных",
    "median_first_reply_minutes": "Медиана до первого ответа, мин",
    "median_resolution_hours": "Медиана до решения, ч",
    "compensation_total": "Компенсации",
    "satisfaction_avg": "Средняя оценка",
    "total": "Итого",
    "key:noise": "Шум",
    "key:billing": "账单",
}


def _analysis(group_by: str = "category", keys=("noise", "billing")) -> ComplaintAnalysis:
    rows = [
        AnalysisRow(keys[0], 2, 1, 0.5, 60.0, 3.5, Decimal("700.50"), 3.0),
        AnalysisRow(keys[1], 3, 0, 0.0, None, None, Decimal("0.00"), None),
    ]
    total = AnalysisRow("total", 5, 1, 0.2, 60.0, 3.5, Decimal("700.50"), 3.0)
    return ComplaintAnalysis(group_by=group_by, since=None, until=None, rows=rows, total=total)


def test_analysis_workbook(tmp_path: Path):
    path = tmp_path / "анализ 分析.xlsx"
    write_analysis_xlsx(_analysis(), path, ANALYSIS_LABELS)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Анализ жалоб"]
    assert wb.properties.title == "Анализ жалоб по категориям"
    ws = wb.active
    # The title row first, naming what (and, as the caller words it, which period) it is.
    assert ws["A1"].value == "Анализ жалоб по категориям" and ws["A1"].font.bold
    assert ws["B1"].value is None
    header = [c.value for c in ws[2]]
    assert header == [ANALYSIS_LABELS[name] for name, _fmt in ANALYSIS_COLUMNS]
    assert all(c.font.bold for c in ws[2])
    assert [c.value for c in ws[3]] == ["Шум", 2, 1, 0.5, 60, 3.5, 700.5, 3]
    assert [c.value for c in ws[4]] == ["账单", 3, 0, 0, None, None, 0, None]
    assert [c.value for c in ws[5]] == ["Итого", 5, 1, 0.2, 60, 3.5, 700.5, 3]
    assert ws["D3"].number_format == "0.0%"
    assert ws["G3"].number_format == "#,##0.00"
    assert ws["A5"].font.bold
    assert ws.freeze_panes == "A3"  # title and header stay in view
    assert ws.auto_filter.ref == "A2:H4"  # the total row stays out of sorting and filtering
    assert ws._images == []  # no chart given, none placed
    widths = [ws.column_dimensions[c].width for c in "ABCDEFGH"]
    assert all(6 <= w <= 60 for w in widths)
    # A header like "Медиана до первого ответа, мин" is wider than its numbers.
    assert ws.column_dimensions["E"].width >= len(ANALYSIS_LABELS["median_first_reply_minutes"])
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (width, height), "#4a78b5").save(out, "PNG")
    return out.getvalue()


def test_analysis_workbook_carries_the_chart_beside_the_table(tmp_path: Path):
    path = tmp_path / "chart.xlsx"
    picture = _png(960, 520)
    write_analysis_xlsx(_analysis(), path, ANALYSIS_LABELS, chart_png=picture)
    ws = openpyxl.load_workbook(path).active
    (image,) = ws._images
    anchor = image.anchor._from
    # Beside the table (column J: one empty column after H), level with its header.
    assert (anchor.col, anchor.row) == (9, 1)  # zero-based
    # Shown CHART_WIDTH pixels wide (9525 EMU a pixel), its proportions kept.
    size = image.anchor.ext
    assert (size.width / 9525, size.height / 9525) == (CHART_WIDTH, round(520 * CHART_WIDTH / 960))
    with zipfile.ZipFile(path) as book:
        media = [n for n in book.namelist() if n.startswith("xl/media/")]
        assert len(media) == 1 and book.read(media[0]) == picture  # the PNG as drawn
    assert ws["A1"].value == "Анализ жалоб по категориям"


def test_by_who_settled_the_unsettled_row_has_its_words(tmp_path: Path):
    path = tmp_path / "staff.xlsx"
    analysis = _analysis("staff", ("Ivan Supervisor", UNSETTLED_KEY))
    write_analysis_xlsx(analysis, path, {**ANALYSIS_LABELS, "unsettled": "Не урегулированы"})
    ws = openpyxl.load_workbook(path).active
    assert [ws["A3"].value, ws["A4"].value] == ["Ivan Supervisor", "Не урегулированы"]
    write_analysis_xlsx(analysis, path, {})
    assert openpyxl.load_workbook(path).active["A3"].value == "Not settled yet"


def test_analysis_by_day_has_real_dates_and_untranslated_keys_fall_back(tmp_path: Path):
    path = tmp_path / "days.xlsx"
    write_analysis_xlsx(_analysis("day", ("2026-11-23", "2026-11-24")), path, {})
    ws = openpyxl.load_workbook(path).active
    # No title given: no title row, the header first.
    assert [c.value for c in ws[1]] == [name for name, _fmt in ANALYSIS_COLUMNS]
    assert ws["A2"].value == datetime(2026, 11, 23)
    assert ws["A2"].is_date
    assert ws["A2"].number_format == "d mmm yyyy"  # English when the labels name no language
    assert ws["A4"].value == "Total"
    week = tmp_path / "weeks.xlsx"
    write_analysis_xlsx(_analysis("week", ("2026-W47", "2026-W48")), week, {})
    assert openpyxl.load_workbook(week).active["A2"].value == "2026-W47"


def _register_row(num: int, **kw) -> RegisterRow:
    values = dict(
        num=num,
        id=f"00000000-0000-0000-0000-{num:012d}",
        received_at=datetime(2026, 11, 23, 21, 30, tzinfo=UTC),  # 00:30 on the 24th in Moscow
        channel=Channel.PHONE,
        guest_name="Иванов Пётр",
        room="712",
        contact="+7 900 000-00-00",
        category=ComplaintCategory.NOISE,
        severity=Severity.HIGH,
        text="Шумно за стеной.\n隔壁房间很吵，客人要求换房。",
        promised_at=datetime(2026, 11, 23, 22, 0, tzinfo=UTC),
        status=Status.CLOSED,
        overdue=False,
        assignee_name="王芳",
        escalated_to_name=None,
        first_reply_at=datetime(2026, 11, 23, 21, 45, tzinfo=UTC),
        resolved_at=datetime(2026, 11, 24, 1, 0, tzinfo=UTC),
        resolved_by_name="王芳",
        outcome="Переселили в 815",
        compensation=Decimal("1500.50"),
        compensation_kind="скидка",
        follow_up_reached=True,
        satisfaction=4,
        closed_at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        created_by_name="Мария",
        station="Front desk 1",
    )
    values.update(kw)
    return RegisterRow(**values)


REGISTER_LABELS = {
    "sheet": "投诉登记",
    "num": "编号",
    "received_at": "受理时间",
    "guest_name": "客人",
    "status": "状态",
    "status:closed": "已关闭",
    "category:noise": "噪音",
    "channel:phone": "电话",
}


def test_register_workbook(tmp_path: Path):
    rows = [
        _register_row(1),
        _register_row(
            2,
            status=Status.RECEIVED,
            overdue=True,
            assignee_name=None,
            first_reply_at=None,
            resolved_at=None,
            resolved_by_name=None,
            outcome=None,
            compensation=Decimal("0.00"),
            compensation_kind=None,
            follow_up_reached=None,
            satisfaction=None,
            closed_at=None,
            channel=Channel.WALK_IN,
        ),
    ]
    path = tmp_path / "register.xlsx"
    write_register_xlsx(rows, path, REGISTER_LABELS)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["投诉登记"]
    ws = wb.active
    header = [c.value for c in ws[1]]
    names = [name for name, _fmt in REGISTER_COLUMNS]
    assert header == [REGISTER_LABELS.get(n, n) for n in names]
    assert ws.max_row == 3
    first = dict(zip(names, (c for c in ws[2]), strict=True))
    # Times: real dates, local wall-clock time (Moscow is UTC+3), with a date format.
    assert first["received_at"].value == datetime(2026, 11, 24, 0, 30)
    assert first["received_at"].is_date
    assert first["received_at"].number_format == "d mmm yyyy hh:mm"
    assert first["closed_at"].value == datetime(2026, 11, 25, 12, 0)
    assert first["compensation"].value == 1500.5
    assert first["compensation"].number_format == "#,##0.00"
    assert first["status"].value == "已关闭"
    assert first["category"].value == "噪音"
    assert first["channel"].value == "电话"
    assert first["severity"].value == "high"  # no label given: the value itself
    assert first["text"].value == "Шумно за стеной.\n隔壁房间很吵，客人要求换房。"
    assert first["guest_name"].value == "Иванов Пётр"
    assert first["assignee_name"].value == "王芳"
    assert first["follow_up_reached"].value is True
    assert first["satisfaction"].value == 4
    second = dict(zip(names, (c for c in ws[3]), strict=True))
    assert second["channel"].value == "walk_in"
    assert second["overdue"].value is True
    assert second["first_reply_at"].value is None
    assert second["satisfaction"].value is None
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(names))}3"
    text_col = openpyxl.utils.get_column_letter(names.index("text") + 1)
    # The widest line is the Chinese one: 14 characters, each two columns wide.
    assert ws.column_dimensions[text_col].width >= 28
    assert ws[f"{text_col}2"].alignment.wrap_text


def test_long_text_is_capped_and_wrapped(tmp_path: Path):
    path = tmp_path / "long.xlsx"
    write_register_xlsx([_register_row(1, text="Очень " * 200)], path, {})
    ws = openpyxl.load_workbook(path).active
    text_col = openpyxl.utils.get_column_letter(
        [name for name, _fmt in REGISTER_COLUMNS].index("text") + 1
    )
    assert ws.column_dimensions[text_col].width == complaints_xlsx.MAX_WIDTH
    assert ws[f"{text_col}2"].value.rstrip() == ("Очень " * 200).rstrip()


def test_empty_register_has_its_header(tmp_path: Path):
    path = tmp_path / "empty.xlsx"
    write_register_xlsx([], path, REGISTER_LABELS)
    ws = openpyxl.load_workbook(path).active
    assert ws.max_row == 1
    assert ws["A1"].value == "编号"


def test_missing_folder_raises_and_leaves_nothing(tmp_path: Path):
    path = tmp_path / "no such folder" / "a.xlsx"
    with pytest.raises(StorageError) as caught:
        write_analysis_xlsx(_analysis(), path, ANALYSIS_LABELS)
    assert "does not exist" in str(caught.value)
    assert str(path.parent) in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_folder_that_is_a_file_raises(tmp_path: Path):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError):
        write_register_xlsx([_register_row(1)], blocker / "a.xlsx", {})
    assert [p.name for p in tmp_path.iterdir()] == ["blocker"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):  # root writes anywhere: act as if refused
            real_open = open

            def refusing_open(file, mode="r", *args, **kwargs):
                if "x" in mode and Path(file).parent == folder:
                    raise PermissionError(13, "Permission denied", str(file))
                return real_open(file, mode, *args, **kwargs)

            monkeypatch.setattr("builtins.open", refusing_open)
        with pytest.raises(StorageError) as caught:
            write_analysis_xlsx(_analysis(), folder / "a.xlsx", ANALYSIS_LABELS)
        monkeypatch.undo()
        assert "read-only" in str(caught.value)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_failure_while_writing_leaves_no_partial_file_and_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "register.xlsx"
    path.write_bytes(b"the previous export")

    def disk_full(self, f):
        f.write(b"PK partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(StorageError) as caught:
        write_register_xlsx([_register_row(1)], path, REGISTER_LABELS)
    assert "No space left on device" in str(caught.value)
    assert [p.name for p in tmp_path.iterdir()] == ["register.xlsx"]
    assert path.read_bytes() == b"the previous export"


def test_a_bug_while_writing_is_not_hidden_but_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def broken(self, f):
        f.write(b"PK partial")
        raise TypeError("a bug")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken)
    with pytest.raises(TypeError):
        write_analysis_xlsx(_analysis(), tmp_path / "a.xlsx", {})
    assert list(tmp_path.iterdir()) == []


def test_naive_times_are_refused(tmp_path: Path):
    with pytest.raises(ValueError):
        write_register_xlsx(
            [_register_row(1, received_at=datetime(2026, 1, 1, 9, 0))], tmp_path / "a.xlsx", {}
        )


def test_sheet_title_is_made_legal():
    title = complaints_xlsx._sheet_title("Жалобы: 2026/11 [все]? и ещё очень длинное название")
    assert len(title) <= 31
    assert not set(title) & set("[]:*?/\\")
    assert title.startswith("Жалобы 2026 11 все")
