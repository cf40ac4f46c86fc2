"""Complaint analysis and complaint register as Excel workbooks (openpyxl).

The caller passes the words: ``labels`` maps each column's name to its title in the reader's
language, and may translate values too:

- ``labels[column]``: the header of that column (the column's name when missing);
- ``labels[f"{column}:{value}"]``: a coded value (``"category:noise"``, ``"status:closed"``,
  ``"key:noise"`` for the analysis's category keys); the value itself when missing;
- ``labels["unsettled"]``: by who settled it, the row of complaints nobody has resolved;
- ``labels["total"]``: the analysis's total row; ``labels["sheet"]``: the sheet's name;
  ``labels["title"]``: the workbook's title in its properties, and the analysis sheet's first row
  (it names the period).

The analysis sheet may carry its chart, a PNG the caller drew, beside the table.

Times are real Excel date-times: naive, in this computer's local time zone, with a date-time
number format; money is a number with two decimals; yes/no are Excel booleans (Excel shows them in
its own language). Header frozen, autofilter on, columns sized to their content.

A workbook is written to a temporary file in the target folder, flushed to disk, then renamed
over the target: a failed export leaves neither a partial file nor the temporary one, and an
existing file of that name is untouched until the new one is complete.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desk_app.domain.complaints import UNSETTLED_KEY, ComplaintAnalysis, RegisterRow
from desk_app.domain.wide_text import display_width
from desk_app.formats import excel_date_format, excel_datetime_format, language_of
from desk_app.reports.files import atomic_write

DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.0%"
ONE_DECIMAL = "0.0"
TWO_DECIMALS = "0.00"
MIN_WIDTH = 6
MAX_WIDTH = 60
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
_HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
_TOTAL_FONT = Font(bold=True)
_TITLE_FONT = Font(bold=True, size=13)
# The chart's picture on the sheet, in pixels (the PNG is scaled to it, keeping its proportions).
CHART_WIDTH = 720
_TEXT_ALIGN = Alignment(vertical="top", wrap_text=True)
_ILLEGAL_SHEET_CHARS = str.maketrans({ch: " " for ch in "[]:*?/\\"})


# (name, number format or None, coded: translate values through labels)
ANALYSIS_COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("key", None),
    ("count", "0"),
    ("overdue", "0"),
    ("overdue_rate", PERCENT_FORMAT),
    ("median_first_reply_minutes", ONE_DECIMAL),
    ("median_resolution_hours", ONE_DECIMAL),
    ("compensation_total", MONEY_FORMAT),
    ("satisfaction_avg", TWO_DECIMALS),
)

REGISTER_COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("num", "0"),
    ("received_at", DATETIME_FORMAT),
    ("channel", None),
    ("guest_name", None),
    ("room", None),
    ("contact", None),
    ("category", None),
    ("severity", None),
    ("text", None),
    ("promised_at", DATETIME_FORMAT),
    ("status", None),
    ("overdue", None),
    ("assignee_name", None),
    ("escalated_to_name", None),
    ("first_reply_at", DATETIME_FORMAT),
    ("resolved_at", DATETIME_FORMAT),
    ("resolved_by_name", None),
    ("outcome", None),
    ("compensation", MONEY_FORMAT),
    ("compensation_kind", None),
    ("follow_up_reached", None),
    ("satisfaction", "0"),
    ("closed_at", DATETIME_FORMAT),
    ("created_by_name", None),
    ("station", None),
    ("id", None),
)
_WRAPPED = {"text", "outcome"}


def excel_datetime(value: datetime) -> datetime:
    """An aware time as Excel keeps it: local wall-clock time, no zone."""
    if value.tzinfo is None:
        raise ValueError("report times must be timezone-aware")
    return value.astimezone().replace(tzinfo=None)


def _display_width(value: Any, number_format: str | None) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return len(DATETIME_FORMAT)
    if isinstance(value, date):
        return len(DATE_FORMAT)
    if isinstance(value, bool):
        return 5
    if isinstance(value, float | Decimal | int):
        text = f"{value:,.2f}" if number_format in (MONEY_FORMAT, TWO_DECIMALS) else f"{value}"
        return len(text) + 1
    # Chinese (and other wide) characters take two columns' worth of width.
    return display_width(str(value))


class _Sheet:
    """A write-only sheet: header, rows, then widths, frozen header and autofilter."""

    def __init__(
        self,
        wb: Workbook,
        title: str,
        columns: Sequence[tuple[str, str | None]],
        labels: dict[str, str],
        rows: list[list[Any]],
        total: list[Any] | None = None,
        formats: dict[str, str] | None = None,
        heading: str | None = None,
        picture: bytes | None = None,
    ) -> None:
        language = language_of(labels)
        shown_as = {  # dates stay real dates; they display in the workbook's language's pattern
            DATETIME_FORMAT: excel_datetime_format(language),
            DATE_FORMAT: excel_date_format(language),
        }
        self.formats = {
            name: shown_as.get(fmt, fmt)
            for name, fmt in ({name: fmt for name, fmt in columns} | (formats or {})).items()
        }
        names = [name for name, _fmt in columns]
        headers = [labels.get(name, name) for name in names]
        ws = wb.create_sheet(_sheet_title(title))
        widths = [_display_width(h, None) + 2 for h in headers]
        for row in [*rows, *([total] if total else [])]:
            for i, value in enumerate(row):
                widths[i] = max(widths[i], _display_width(value, self.formats[names[i]]) + 1)
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = max(MIN_WIDTH, min(MAX_WIDTH, width))
        top = 2 if heading else 1  # the header's row: under the heading row, if any
        ws.freeze_panes = f"A{top + 1}"
        last = get_column_letter(len(names))
        ws.auto_filter.ref = f"A{top}:{last}{len(rows) + top}"
        if picture:
            ws.add_image(_picture(picture), f"{get_column_letter(len(names) + 2)}{top}")
        if heading:
            cell = WriteOnlyCell(ws, value=heading)
            cell.font = _TITLE_FONT
            ws.append([cell])
        ws.append([self._header(ws, h) for h in headers])
        for row in rows:
            ws.append([self._cell(ws, names[i], v) for i, v in enumerate(row)])
        if total:
            ws.append([self._cell(ws, names[i], v, bold=True) for i, v in enumerate(total)])

    @staticmethod
    def _header(ws, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGN
        return cell

    def _cell(self, ws, name: str, value: Any, bold: bool = False) -> WriteOnlyCell | Any:
        fmt = self.formats[name]
        if value is None or (not bold and fmt is None and name not in _WRAPPED):
            return value  # a plain value: no style to store, the quickest cell to write
        cell = WriteOnlyCell(ws, value=value)
        if fmt is not None and not isinstance(value, str):
            cell.number_format = fmt
        if name in _WRAPPED:
            cell.alignment = _TEXT_ALIGN
        if bold:
            cell.font = _TOTAL_FONT
        return cell


def _picture(png: bytes) -> Image:
    image = Image(io.BytesIO(png))
    if image.width > CHART_WIDTH:
        image.height = round(image.height * CHART_WIDTH / image.width)
        image.width = CHART_WIDTH
    return image


def _sheet_title(text: str) -> str:
    title = " ".join(text.translate(_ILLEGAL_SHEET_CHARS).split()).strip("'")
    return title[:31] or "Sheet"


def _coded(labels: dict[str, str], column: str, value: Any) -> Any:
    if value is None:
        return None
    raw = value.value if isinstance(value, Enum) else value
    return labels.get(f"{column}:{raw}", str(raw))


def _local(value: datetime | None) -> datetime | None:
    return None if value is None else excel_datetime(value)


def write_analysis_xlsx(
    analysis: ComplaintAnalysis,
    path: Path,
    labels: dict[str, str],
    chart_png: bytes | None = None,
) -> None:
    """The analysis table under its title row (``labels["title"]``, the period named): one row per
    group, then the total row (bold, outside the filter); ``chart_png`` beside it."""

    def values(row, key: Any) -> list[Any]:
        return [
            key,
            row.count,
            row.overdue,
            row.overdue_rate,
            row.median_first_reply_minutes,
            row.median_resolution_hours,
            row.compensation_total,
            row.satisfaction_avg,
        ]

    def key_of(key: str) -> Any:
        if analysis.group_by == "day":
            return date.fromisoformat(key)  # a real date: sorts and filters as one in Excel
        if analysis.group_by == "staff" and key == UNSETTLED_KEY:
            return labels.get("unsettled", "Not settled yet")
        return _coded(labels, "key", key) if analysis.group_by == "category" else key

    table = [values(r, key_of(r.key)) for r in analysis.rows]
    total = values(analysis.total, labels.get("total", "Total"))

    def fill(wb: Workbook) -> None:
        _Sheet(
            wb,
            labels.get("sheet", "Analysis"),
            ANALYSIS_COLUMNS,
            labels,
            table,
            total=total,
            formats={"key": DATE_FORMAT} if analysis.group_by == "day" else None,
            heading=labels.get("title"),
            picture=chart_png,
        )

    save_workbook(path, labels, fill)


_CODED = {"channel", "category", "severity", "status"}
_TIMES = {"received_at", "promised_at", "first_reply_at", "resolved_at", "closed_at"}


def _register_getters(labels: dict[str, str]) -> list[Callable[[Any], Any]]:
    getters: list[Callable[[Any], Any]] = []
    for name, _fmt in REGISTER_COLUMNS:
        if name in _CODED:
            getters.append(lambda r, n=name: _coded(labels, n, getattr(r, n)))
        elif name in _TIMES:
            getters.append(lambda r, n=name: _local(getattr(r, n)))
        else:
            getters.append(lambda r, n=name: getattr(r, n))
    return getters


def write_register_xlsx(rows: Iterable[RegisterRow], path: Path, labels: dict[str, str]) -> None:
    """Every complaint, one row each, every field (``REGISTER_COLUMNS``), people by name."""
    getters = _register_getters(labels)
    table = [[get(r) for get in getters] for r in rows]
    save_workbook(
        path,
        labels,
        lambda wb: _Sheet(wb, labels.get("sheet", "Complaints"), REGISTER_COLUMNS, labels, table),
    )


def save_workbook(path: Path, labels: dict[str, str], fill: Callable[[Workbook], Any]) -> None:
    """Build the workbook (``fill`` adds its sheets) and write it with
    :func:`~desk_app.reports.files.atomic_write`: the folder is checked before any work is done,
    and whatever fails, neither a partial file nor the temporary one is left.
    """
    wb = Workbook(write_only=True)

    def write(f: BinaryIO) -> None:
        wb.properties.creator = "DutyDesk"
        if labels.get("title"):
            wb.properties.title = labels["title"]
        fill(wb)
        wb.save(f)

    try:
        atomic_write(path, write)
    except BaseException:
        _abandon(wb)
        raise


def _abandon(wb: Workbook) -> None:
    """Close the sheets' row streams (openpyxl keeps them in temporary files)."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        writer = getattr(ws, "_writer", None)
        with contextlib.suppress(Exception):
            if writer is not None:
                writer.cleanup()
