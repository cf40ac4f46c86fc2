"""The duty report as an Excel workbook (openpyxl); no Qt.

The first sheet ("Summary") is the report's first page: its title by the period, the facts
(property, station, from, to, made by, made at), the totals per book
(:mod:`desk_app.reports.duty_report.summary`: counts as numbers, a total that wants attention on light
red) and the supervisor's sign-off (name, date, signature, each a bordered blank). Then a sheet
per section, made with the sheet builders of :mod:`desk_app.reports.handover.xlsx`. Every
column is sized to the widest text it shows (a Chinese character counts two, a time its
language's pattern), so nothing is cut or shown as "###"; written atomically (``StorageError``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desk_app.domain.handover.rules import DutyReport
from desk_app.domain.wide_text import display_width
from desk_app.formats import format_datetime, language_of
from desk_app.reports.duty_report.summary import report_title, summary_blocks, summary_label
from desk_app.reports.handover.xlsx import _excel_time, _save, _section_sheets, _set, sheet_titles
from desk_app.reports.tables import label, made_by

__all__ = ["write_duty_report_xlsx"]


_TITLE_FONT = Font(bold=True, size=14)
_HEADING_FONT = Font(bold=True, size=12)
_CAPTION_FONT = Font(color="555555")
_BLOCK_FONT = Font(bold=True)
_BLOCK_FILL = PatternFill("solid", fgColor="DDE3EA")
_FLAG_FILL = PatternFill("solid", fgColor="F9D3D0")
_FLAG_FONT = Font(bold=True)
_INDENTED = Alignment(vertical="top", indent=2)
_BLANK = Border(bottom=Side(style="thin", color="555555"))
_SIGN_ROW_PT = 36  # room to sign by hand on a printed summary
_SIGN_BLANK_WIDTH = 36  # the blank's width in characters, whatever the values above
_MIN_WIDTH = 8
_MAX_WIDTH = 70  # a seal's 64 hex digits on one line


def _shown_width(value: Any, aware: datetime | None, language: str) -> int:
    """The room ``value`` takes as Excel shows it: a time in the language's pattern."""
    if value is None:
        return 0
    if aware is not None:
        return display_width(format_datetime(aware, language))
    return display_width(str(value))


def _summary_sheet(
    ws: Worksheet,
    title: str,
    report: DutyReport,
    labels: Mapping[str, str] | None,
    tz: tzinfo | None,
) -> None:
    """The first sheet: title, facts, totals per book and the sign-off."""
    language = language_of(labels)
    ws.title = title
    ws.sheet_view.showGridLines = False
    widths = [0, 0]  # column A: captions; B: values
    row = 1
    ws.cell(row=row, column=1, value=report_title(report, labels, tz)).font = _TITLE_FONT

    def put(caption: str, value: Any, aware: datetime | None = None) -> Any:
        nonlocal row
        ws.cell(row=row, column=1, value=caption).font = _CAPTION_FONT
        cell = _set(ws, row, 2, value, _MAX_WIDTH)
        widths[0] = max(widths[0], display_width(caption))
        widths[1] = max(widths[1], _shown_width(value, aware, language))
        row += 1
        return cell

    row = 3
    for caption, value, aware in _facts(report, labels, tz):
        put(caption, value, aware)

    row += 1
    ws.cell(row=row, column=1, value=summary_label(labels, "summary_heading")).font = _HEADING_FONT
    row += 1
    for block in summary_blocks(report.summary, labels):
        for col in (1, 2):
            ws.cell(row=row, column=col).fill = _BLOCK_FILL
        ws.cell(row=row, column=1, value=block.title).font = _BLOCK_FONT
        widths[0] = max(widths[0], display_width(block.title) + 1)  # bold runs wider
        row += 1
        for line in block.lines:
            value = line.value if isinstance(line.value, int) else line.text
            caption_cell = ws.cell(row=row, column=1)
            cell = put(line.caption, value)
            if line.indent:
                caption_cell.alignment = _INDENTED
                widths[0] = max(widths[0], display_width(line.caption) + 3)
            if line.flagged:
                for c in (caption_cell, cell):
                    c.fill, c.font = _FLAG_FILL, _FLAG_FONT
        row += 1

    ws.cell(row=row, column=1, value=summary_label(labels, "sign_off")).font = _HEADING_FONT
    row += 1
    for key in ("sign_name", "sign_date", "sign_signature"):
        caption = summary_label(labels, key)
        ws.cell(row=row, column=1, value=caption).font = _CAPTION_FONT
        ws.cell(row=row, column=1).alignment = Alignment(vertical="bottom")
        ws.cell(row=row, column=2).border = _BLANK
        ws.row_dimensions[row].height = _SIGN_ROW_PT
        widths[0] = max(widths[0], display_width(caption))
        row += 1
    widths[1] = max(widths[1], _SIGN_BLANK_WIDTH)
    _size(ws, widths)


def _facts(
    report: DutyReport, labels: Mapping[str, str] | None, tz: tzinfo | None
) -> list[tuple[str, Any, datetime | None]]:
    return [
        (label(labels, "property"), report.property_name, None),
        (label(labels, "station"), report.station, None),
        (
            label(labels, "period_start"),
            _excel_time(report.period_start, tz),
            report.period_start.astimezone(tz),
        ),
        (
            label(labels, "period_end"),
            _excel_time(report.period_end, tz),
            report.period_end.astimezone(tz),
        ),
        (label(labels, "made_by"), made_by(report, labels), None),
        (label(labels, "made_at"), _excel_time(report.made_at, tz), report.made_at.astimezone(tz)),
    ]


def _size(ws: Worksheet, widths: Sequence[int]) -> None:
    """Each column as wide as its widest text, with a little room either side."""
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(
            _MIN_WIDTH, min(_MAX_WIDTH, width + 3)
        )


def write_duty_report_xlsx(
    path: Path,
    report: DutyReport,
    labels: Mapping[str, str] | None = None,
    tz: tzinfo | None = None,
) -> None:
    """The duty report as a workbook: the summary (totals and sign-off), then a sheet per
    section."""

    def build() -> Workbook:
        wb = Workbook()
        wb.properties.creator = "DutyDesk"
        wb.properties.title = report_title(report, labels, tz)
        summary = sheet_titles([label(labels, "summary")])[0]
        _summary_sheet(wb.active, summary, report, labels, tz)
        _section_sheets(wb, report.sections, label(labels, "report_empty"), summary, labels, tz)
        return wb

    _save(path, build, labels)
