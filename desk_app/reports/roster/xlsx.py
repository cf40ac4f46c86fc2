"""The month's roster as an Excel workbook (openpyxl); no Qt.

Three sheets, their names in the printout's language:

- the roster: the title, property, station and state, who drafted, submitted and approved the
  month and when (NOT APPROVED in red on a month not approved); then the grid as on paper: people
  down, the days across (the day's number over its weekday's initial, weekends shaded), each cell
  the shift's code on the shift's colour, leave framed in its own letter, off pale; each person's
  hours; a row per shift with the number rostered each day against the minimum, gaps in red. The
  header and names stay in view when scrolling; the page prints landscape, one page wide;
- the legend: each shift's code on its colour, start, end and hours, then leave and off;
- the changes since approval: when, what, who asked, who approved, the cells changed, why.

Times are real Excel date-times on the desk's clock (``tz``) in the language's pattern; hours are
numbers. Written atomically (``StorageError``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desk_app.domain.roster.pattern import LEAVE, OFF
from desk_app.domain.wide_text import display_width
from desk_app.formats import excel_datetime_format, language_of
from desk_app.reports.files import atomic_write
from desk_app.reports.handover.xlsx import sheet_titles
from desk_app.reports.roster.values import RosterSheet
from desk_app.reports.roster.words import (
    cell_text,
    change_text,
    label,
    sheet_labels,
    title_text,
    weekday_text,
)

__all__ = ["write_roster_xlsx"]

_TITLE = Font(bold=True, size=14)
_HEADING = Font(bold=True)
_CAPTION = Font(color="555555")
_REFUSED = Font(bold=True, color="B03A2E")
_HEADER_FILL = PatternFill("solid", fgColor="E4E9EE")
_WEEKEND_FILL = PatternFill("solid", fgColor="CDD5DE")
_WEEKEND_TINT = PatternFill("solid", fgColor="F3F5F8")
_GAP_FILL = PatternFill("solid", fgColor="C0392B")
_GAP_FONT = Font(bold=True, color="FFFFFF")
_OFF_FONT = Font(color="9AA3AD")
_LEAVE_FONT = Font(bold=True, color="8E2C6A")
_THIN = Side(style="thin", color="B8C0C8")
_CELL_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_LEAVE_SIDE = Side(style="medium", color="8E2C6A")
_LEAVE_BORDER = Border(left=_LEAVE_SIDE, right=_LEAVE_SIDE, top=_LEAVE_SIDE, bottom=_LEAVE_SIDE)
_CENTRE = Alignment(horizontal="center", vertical="center")
_TOP_WRAPPED = Alignment(vertical="top", wrap_text=True)
_DAY_WIDTH = 4.6
_HOURS_FORMAT = "0.##"
_TIME_FORMAT = "hh:mm"
_TIME_COLUMN = 12  # above the grid: a name spans the day columns before, its time from here


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour.lstrip("#").upper())


def _excel_time(moment: datetime | None, tz: tzinfo | None) -> datetime | None:
    """An aware time as Excel keeps it: wall-clock time on the desk's clock, no zone."""
    if moment is None:
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive time {moment!r}: times must carry their zone")
    return moment.astimezone(tz).replace(tzinfo=None)


def _roster_sheet(
    ws: Worksheet, sheet: RosterSheet, labels: Mapping[str, str] | None, tz: tzinfo | None
) -> None:
    stamp = excel_datetime_format(language_of(labels))
    ws.cell(row=1, column=1, value=title_text(labels, sheet)).font = _TITLE
    facts: list[tuple[str, object, bool]] = [
        (label(labels, "property"), sheet.property_name, False),
        (label(labels, "station"), sheet.station, False),
        (label(labels, "state"), label(labels, f"state:{sheet.state.value}"), False),
    ]
    row = 3
    name_width = 0
    for caption, value, _ in facts:
        ws.cell(row=row, column=1, value=caption).font = _CAPTION
        ws.cell(row=row, column=2, value=value)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=_TIME_COLUMN - 1)
        name_width = max(name_width, display_width(caption))
        row += 1
    for key, name, at in (
        ("drafted_by", sheet.drafted_by, sheet.drafted_at),
        ("submitted_by", sheet.submitted_by, sheet.submitted_at),
        ("approved_by", sheet.approved_by, sheet.approved_at),
    ):
        ws.cell(row=row, column=1, value=label(labels, key)).font = _CAPTION
        name_width = max(name_width, display_width(label(labels, key)))
        if key == "approved_by" and not sheet.approved:
            ws.cell(row=row, column=2, value=label(labels, "not_approved")).font = _REFUSED
        else:
            ws.cell(row=row, column=2, value=name or None)
            when = ws.cell(row=row, column=_TIME_COLUMN, value=_excel_time(at, tz))
            when.number_format = stamp
            ws.merge_cells(
                start_row=row, start_column=_TIME_COLUMN, end_row=row, end_column=_TIME_COLUMN + 5
            )
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=_TIME_COLUMN - 1)
        row += 1
    if not sheet.approved:
        note = ws.cell(row=row, column=1, value=label(labels, "not_approved_note"))
        note.font = _REFUSED
        row += 1
        if sheet.sent_back_reason.strip():
            reason = label(labels, "sent_back", reason=" ".join(sheet.sent_back_reason.split()))
            ws.cell(row=row, column=1, value=reason).font = _REFUSED
            row += 1

    days = sheet.days
    first, hours_col = 2, len(days) + 2
    head = row + 1
    ws.cell(row=head, column=1, value=label(labels, "name")).font = _HEADING
    ws.cell(row=head, column=hours_col, value=label(labels, "hours")).font = _HEADING
    for i, day in enumerate(days):
        fill = _WEEKEND_FILL if day.weekday() >= 5 else _HEADER_FILL
        for r, value in ((head, day.day), (head + 1, weekday_text(labels, day))):
            cell = ws.cell(row=r, column=first + i, value=value)
            cell.fill, cell.alignment, cell.border = fill, _CENTRE, _CELL_BORDER
    for col in (1, hours_col):
        for r in (head, head + 1):
            ws.cell(row=r, column=col).fill = _HEADER_FILL
    r = head + 2
    for person in sheet.people:
        ws.cell(row=r, column=1, value=person.name).border = _CELL_BORDER
        name_width = max(name_width, display_width(person.name))
        for i, code in enumerate(person.cells):
            cell = ws.cell(row=r, column=first + i, value=cell_text(labels, code))
            cell.alignment, cell.border = _CENTRE, _CELL_BORDER
            shift = sheet.shift(code)
            if shift is not None:
                cell.fill = _fill(shift.colour)
            elif code == LEAVE:
                cell.font, cell.border = _LEAVE_FONT, _LEAVE_BORDER
            else:
                cell.font = _OFF_FONT
                if days[i].weekday() >= 5:
                    cell.fill = _WEEKEND_TINT
        hours = ws.cell(row=r, column=hours_col, value=person.hours)
        hours.number_format, hours.border = _HOURS_FORMAT, _CELL_BORDER
        r += 1
    for coverage in sheet.coverage:
        caption = label(labels, "coverage_row", code=coverage.code, minimum=coverage.minimum)
        head_cell = ws.cell(row=r, column=1, value=caption)
        head_cell.font = _HEADING
        shift = sheet.shift(coverage.code)
        if shift is not None:
            head_cell.fill = _fill(shift.colour)
        for i, count in enumerate(coverage.counts):
            cell = ws.cell(row=r, column=first + i, value=count)
            cell.alignment, cell.border = _CENTRE, _CELL_BORDER
            if coverage.gap(i):
                cell.fill, cell.font = _GAP_FILL, _GAP_FONT
        r += 1
    if sheet.coverage:
        ws.cell(row=r, column=1, value=label(labels, "gap_note")).font = _CAPTION

    ws.freeze_panes = ws.cell(row=head + 2, column=first)
    ws.column_dimensions["A"].width = max(12, min(40, name_width + 2))
    for i in range(len(days)):
        ws.column_dimensions[get_column_letter(first + i)].width = _DAY_WIDTH
    ws.column_dimensions[get_column_letter(hours_col)].width = max(
        7, display_width(label(labels, "hours")) + 2
    )
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{head}:{head + 1}"


def _legend_sheet(ws: Worksheet, sheet: RosterSheet, labels: Mapping[str, str] | None) -> None:
    headers = [label(labels, k) for k in ("code", "start", "end", "hours", "legend")]
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col, value=text)
        cell.font, cell.fill = _HEADING, _HEADER_FILL
    r = 2
    for shift in sheet.shifts:
        code = ws.cell(row=r, column=1, value=shift.code)
        code.fill, code.alignment = _fill(shift.colour), _CENTRE
        for col, value in ((2, shift.start), (3, shift.end)):
            ws.cell(row=r, column=col, value=value).number_format = _TIME_FORMAT
        ws.cell(row=r, column=4, value=shift.hours).number_format = _HOURS_FORMAT
        r += 1
    for code, key, font in ((LEAVE, "leave", _LEAVE_FONT), (OFF, "off", _OFF_FONT)):
        cell = ws.cell(row=r, column=1, value=cell_text(labels, code))
        cell.font, cell.alignment = font, _CENTRE
        ws.cell(row=r, column=5, value=label(labels, key))
        r += 1
    for col, text in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(8, display_width(text) + 3)
    ws.column_dimensions["E"].width = max(
        [12] + [display_width(label(labels, k)) + 3 for k in ("leave", "off", "legend")]
    )
    ws.freeze_panes = "A2"


def _changes_sheet(
    ws: Worksheet, sheet: RosterSheet, labels: Mapping[str, str] | None, tz: tzinfo | None
) -> None:
    keys = ("change_at", "change_kind", "asked_by", "decided_by", "what_changed", "why")
    widths = [display_width(label(labels, k)) for k in keys]
    for col, key in enumerate(keys, start=1):
        cell = ws.cell(row=1, column=col, value=label(labels, key))
        cell.font, cell.fill = _HEADING, _HEADER_FILL
    stamp = excel_datetime_format(language_of(labels))
    for r, change in enumerate(sheet.changes, start=2):
        values = (
            _excel_time(change.at, tz),
            label(labels, f"change:{change.kind}"),
            change.asked_by,
            change.approved_by,
            change_text(labels, change),
            change.reason,
        )
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            cell.alignment = _TOP_WRAPPED
            if isinstance(value, datetime):
                cell.number_format = stamp
                widths[col - 1] = max(widths[col - 1], 18)
            elif isinstance(value, str):
                widths[col - 1] = max(widths[col - 1], display_width(value))
    if not sheet.changes:
        ws.cell(row=2, column=1, value=label(labels, "no_changes")).font = _CAPTION
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(8, min(60, width + 2))
    ws.freeze_panes = "A2"


def write_roster_xlsx(
    path: Path,
    sheet: RosterSheet,
    labels: Mapping[str, str] | None = None,
    tz: tzinfo | None = None,
) -> None:
    """The month's roster as a workbook: the grid, the legend, the changes since approval."""
    labels = sheet_labels(labels, sheet)

    def write(f) -> None:
        wb = Workbook()
        wb.properties.creator = "DutyDesk"
        wb.properties.title = title_text(labels, sheet)
        names = sheet_titles([label(labels, f"sheet:{k}") for k in ("roster", "legend", "changes")])
        grid = wb.active
        grid.title = names[0]
        _roster_sheet(grid, sheet, labels, tz)
        _legend_sheet(wb.create_sheet(names[1]), sheet, labels)
        _changes_sheet(wb.create_sheet(names[2]), sheet, labels, tz)
        wb.save(f)

    atomic_write(Path(path), write)
