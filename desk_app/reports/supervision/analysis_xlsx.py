"""The inspection analysis as an Excel workbook (openpyxl): the summary's figures, then one sheet
per table (per clerk and month, fail rate by item, by clerk, and, from the command line, every
inspection of the month), each under a title row naming the period, its chart's picture beside
it when the window drew one.

The words come in the :class:`~desk_app.reports.supervision.analysis_values.AnalysisPrint`,
already in the printout's language; counts stay numbers, shares numbers shown as percentages,
times real Excel date-times in the language's pattern, so the manager can sort, filter and sum.
Written as the complaint workbooks are (``complaints_xlsx.save_workbook``): nothing partial is
ever left behind.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desk_app.domain.wide_text import display_width
from desk_app.formats import excel_datetime_format, language_of
from desk_app.reports.complaints_xlsx import excel_datetime, save_workbook
from desk_app.reports.handover.xlsx import sheet_titles
from desk_app.reports.supervision.analysis_values import (
    COUNT,
    SHARE,
    TEXT,
    TIME,
    AnalysisPrint,
    AnalysisTable,
)

__all__ = ["write_analysis_xlsx"]

PERCENT_FORMAT = "0.0%"
MIN_WIDTH = 6
MAX_WIDTH = 60
# A chart's picture on its sheet, in pixels (the PNG is scaled to it, keeping its proportions).
CHART_WIDTH = 720
_TITLE_FONT = Font(bold=True, size=13)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
_HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
_ALERT_FONT = Font(bold=True, color="C0392B")


def _number_format(kind: str, language: str) -> str | None:
    if kind == COUNT:
        return "0"
    if kind == SHARE:
        return PERCENT_FORMAT
    if kind == TIME:
        return excel_datetime_format(language)
    return None


def _width(value: Any, kind: str) -> int:
    if value is None:
        return 0
    if kind == TIME:
        return 17
    if kind == SHARE:
        return 7
    return display_width(str(value)) + 1


def _cell(ws, value: Any, kind: str, language: str, font: Font | None = None) -> Any:
    if isinstance(value, datetime):
        value = excel_datetime(value)
    fmt = _number_format(kind, language)
    if value is None or (fmt is None and font is None):
        return value
    cell = WriteOnlyCell(ws, value=value)
    if fmt is not None and not isinstance(value, str):
        cell.number_format = fmt
    if font is not None:
        cell.font = font
    return cell


def _title(ws, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.font = _TITLE_FONT
    return cell


def _picture(png: bytes) -> Image:
    image = Image(io.BytesIO(png))
    if image.width > CHART_WIDTH:
        image.height = round(image.height * CHART_WIDTH / image.width)
        image.width = CHART_WIDTH
    return image


def _summary_sheet(wb: Workbook, name: str, print_: AnalysisPrint, language: str) -> None:
    ws = wb.create_sheet(name)
    ws.column_dimensions["A"].width = max(
        [MIN_WIDTH, *(display_width(f.label) + 2 for f in print_.summary)]
    )
    ws.column_dimensions["B"].width = 12
    ws.append([_title(ws, print_.title)])
    ws.append([])
    for figure in print_.summary:
        font = _ALERT_FONT if figure.alert else None
        ws.append(
            [
                _cell(ws, figure.label, TEXT, language, font),
                _cell(ws, figure.value, figure.kind, language, font),
            ]
        )


def _table_sheet(
    wb: Workbook, name: str, title: str, table: AnalysisTable, language: str, chart: bytes | None
) -> None:
    ws = wb.create_sheet(name)
    widths = [display_width(h) + 2 for h in table.headings]
    for row in table.rows:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], _width(value, table.kinds[i]))
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(MIN_WIDTH, min(MAX_WIDTH, width))
    last = get_column_letter(len(table.headings))
    ws.freeze_panes = "A3"  # under the title and the header
    ws.auto_filter.ref = f"A2:{last}{len(table.rows) + 2}"
    if chart:
        ws.add_image(_picture(chart), f"{get_column_letter(len(table.headings) + 2)}2")
    ws.append([_title(ws, title)])
    header = []
    for text in table.headings:
        cell = WriteOnlyCell(ws, value=text)
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN
        header.append(cell)
    ws.append(header)
    for row in table.rows:
        ws.append([_cell(ws, v, table.kinds[i], language) for i, v in enumerate(row)])
    if not table.rows and table.empty:
        ws.append([table.empty])


def write_analysis_xlsx(
    path: Path, print_: AnalysisPrint, charts: Mapping[str, bytes] | None = None
) -> None:
    """The summary sheet, then a sheet per table (``charts[table.key]`` beside its table)."""
    language = language_of(print_.labels)
    names = sheet_titles([print_.summary_name, *(t.name for t in print_.tables)])
    labels = {**print_.labels, "title": print_.title}

    def fill(wb: Workbook) -> None:
        _summary_sheet(wb, names[0], print_, language)
        for name, table in zip(names[1:], print_.tables, strict=True):
            chart = (charts or {}).get(table.key)
            _table_sheet(wb, name, print_.title, table, language, chart)

    save_workbook(path, labels, fill)
