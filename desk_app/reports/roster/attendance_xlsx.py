"""A month's attendance as an Excel workbook (openpyxl); no Qt.

Two sheets, their names in the printout's language:

- the summary: the title (attendance and the month), the station, a note when the month's roster
  is not approved, then one row per person: shifts rostered and worked, hours rostered and worked,
  late, no-show, left early, extra shifts, and a total row;
- the days: every shift of the month in order, rostered or extra: the day, the shift and its
  times, the person, how it went (late and no-show rows shaded), signed in, accepted, handed
  over, released, the minutes late or early, the hours rostered and worked.

The caller passes the words: ``labels`` maps the keys of :data:`ATTENDANCE_LABELS` to the reader's
language; a missing key prints the English default; a translation of a template that loses its
``{placeholders}`` prints the default. ``labels["language"]`` gives the dates' format. Times are
real Excel date-times on the desk's clock (``tz``, default this computer's zone); hours and minutes
are numbers. Written atomically (``StorageError``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from pathlib import Path
from types import MappingProxyType
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desk_app.domain.roster.attendance import AttendancePeriod, Outcome, ShiftAttendance
from desk_app.domain.wide_text import display_width
from desk_app.formats import excel_date_format, excel_datetime_format, language_of
from desk_app.reports.captions import caption
from desk_app.reports.files import atomic_write
from desk_app.reports.handover.xlsx import sheet_titles

__all__ = ["ATTENDANCE_LABELS", "attendance_label", "write_attendance_xlsx"]

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

ATTENDANCE_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "attendance_title": "Attendance",
        "heading": "{title}: {month}",
        "month_year": "{month} {year}",
        **{f"month:{i}": name for i, name in enumerate(_MONTHS, start=1)},
        "station": "Station",
        "not_approved_note": "This month's roster is not approved: no shift counts as rostered.",
        "grace_note": "Late: arrived more than {minutes} min after the shift's start.",
        "sheet:summary": "Summary",
        "sheet:days": "Days",
        # the summary's columns
        "name": "Name",
        "shifts_rostered": "Shifts rostered",
        "shifts_worked": "Shifts worked",
        "hours_rostered": "Hours rostered",
        "hours_worked": "Hours worked",
        "late": "Late",
        "no_show": "No-show",
        "left_early": "Left early",
        "extra": "Extra shifts",
        "total": "Total",
        # the days' columns
        "day": "Day",
        "shift": "Shift",
        "start": "Start",
        "end": "End",
        "outcome": "Attendance",
        "signed_in": "Signed in",
        "accepted": "Accepted",
        "handed_over": "Handed over",
        "left": "Released",
        "late_minutes": "Minutes late",
        "early_minutes": "Minutes early",
        # how a shift went
        "outcome:on_time": "On time",
        "outcome:late": "Late",
        "outcome:no_show": "No-show",
        "outcome:pending": "Not yet",
        "outcome:extra": "Extra shift",
        "and_left_early": "{outcome}, left early",
    }
)
"""Every caption the workbook prints: key -> English default (translate the values)."""

_SUMMARY = (
    "shifts_rostered",
    "shifts_worked",
    "hours_rostered",
    "hours_worked",
    "late",
    "no_show",
    "left_early",
    "extra",
)
_DAYS = (
    "day",
    "shift",
    "start",
    "end",
    "name",
    "outcome",
    "signed_in",
    "accepted",
    "handed_over",
    "left",
    "late_minutes",
    "early_minutes",
    "hours_rostered",
    "hours_worked",
)
_TITLE = Font(bold=True, size=14)
_HEADING = Font(bold=True)
_CAPTION = Font(color="555555")
_WARNING = Font(bold=True, color="B03A2E")
_HEADER_FILL = PatternFill("solid", fgColor="E4E9EE")
_SHADE = {
    Outcome.LATE: PatternFill("solid", fgColor="FCE3C0"),
    Outcome.NO_SHOW: PatternFill("solid", fgColor="F5C6C1"),
    Outcome.EXTRA: PatternFill("solid", fgColor="D6E6F5"),
}
_EARLY_FILL = PatternFill("solid", fgColor="FFF2B3")
_WRAPPED = Alignment(vertical="top", wrap_text=True)
_HOURS_FORMAT = "0.##"


def attendance_label(labels: Mapping[str, str] | None, key: str, **fields: Any) -> str:
    """The caption for ``key`` in the reader's language, its ``{fields}`` filled in."""
    return caption(labels, key, ATTENDANCE_LABELS.get(key) or key, **fields)


def _title(labels: Mapping[str, str] | None, period: AttendancePeriod) -> str:
    month = attendance_label(
        labels,
        "month_year",
        month=attendance_label(labels, f"month:{period.first.month}"),
        year=period.first.year,
    )
    title = attendance_label(labels, "attendance_title")
    return attendance_label(labels, "heading", title=title, month=month)


def _excel_time(moment: datetime | None, tz: tzinfo | None) -> datetime | None:
    """An aware time as Excel keeps it: wall-clock time on the desk's clock, no zone."""
    if moment is None:
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive time {moment!r}: times must carry their zone")
    return moment.astimezone(tz).replace(tzinfo=None)


def _outcome_text(labels: Mapping[str, str] | None, row: ShiftAttendance) -> str:
    said = attendance_label(labels, f"outcome:{row.outcome.value}")
    return attendance_label(labels, "and_left_early", outcome=said) if row.left_early else said


def _header(ws: Worksheet, r: int, captions: list[str], widths: list[int]) -> None:
    for col, text in enumerate(captions, start=1):
        cell = ws.cell(row=r, column=col, value=text)
        cell.font, cell.fill, cell.alignment = _HEADING, _HEADER_FILL, _WRAPPED
        widths[col - 1] = max(widths[col - 1], min(display_width(text), 16))


def _sized(ws: Worksheet, widths: list[int]) -> None:
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(7, min(40, width + 2))


def _summary_sheet(
    ws: Worksheet, period: AttendancePeriod, labels: Mapping[str, str] | None
) -> None:
    ws.cell(row=1, column=1, value=_title(labels, period)).font = _TITLE
    ws.cell(row=2, column=1, value=attendance_label(labels, "station")).font = _CAPTION
    ws.cell(row=2, column=2, value=period.station)
    r = 3
    if not period.approved:
        ws.cell(
            row=r, column=1, value=attendance_label(labels, "not_approved_note")
        ).font = _WARNING
        r += 1
    note = attendance_label(labels, "grace_note", minutes=period.grace_minutes)
    ws.cell(row=r, column=1, value=note).font = _CAPTION
    head = r + 2
    widths = [10] * (len(_SUMMARY) + 1)
    _header(ws, head, [attendance_label(labels, k) for k in ("name", *_SUMMARY)], widths)
    r = head + 1
    for person in period.people:
        name = period.names.get(person.person, person.person)
        ws.cell(row=r, column=1, value=name)
        widths[0] = max(widths[0], display_width(name))
        for col, key in enumerate(_SUMMARY, start=2):
            cell = ws.cell(row=r, column=col, value=getattr(person, key))
            cell.number_format = _HOURS_FORMAT if key.startswith("hours") else "0"
            if key in ("late", "no_show", "left_early") and getattr(person, key):
                cell.font = _WARNING
        r += 1
    ws.cell(row=r, column=1, value=attendance_label(labels, "total")).font = _HEADING
    for col, key in enumerate(_SUMMARY, start=2):
        total = sum(getattr(p, key) for p in period.people)
        cell = ws.cell(
            row=r, column=col, value=round(total, 2) if isinstance(total, float) else total
        )
        cell.font = _HEADING
        cell.number_format = _HOURS_FORMAT if key.startswith("hours") else "0"
    _sized(ws, widths)
    ws.freeze_panes = ws.cell(row=head + 1, column=2)


def _days_sheet(
    ws: Worksheet, period: AttendancePeriod, labels: Mapping[str, str] | None, tz: tzinfo | None
) -> None:
    language = language_of(labels)
    stamp, day_format = excel_datetime_format(language), excel_date_format(language)
    widths = [8] * len(_DAYS)
    _header(ws, 1, [attendance_label(labels, k) for k in _DAYS], widths)
    for r, row in enumerate(period.rows, start=2):
        name = period.names.get(row.person, row.person)
        values = {
            "day": row.day,
            "shift": row.code,
            "start": _excel_time(row.start, tz),
            "end": _excel_time(row.end, tz),
            "name": name,
            "outcome": _outcome_text(labels, row),
            "signed_in": _excel_time(row.signed_in_at, tz),
            "accepted": _excel_time(row.accepted_at, tz),
            "handed_over": _excel_time(row.handed_over_at, tz),
            "left": _excel_time(row.left_at, tz),
            "late_minutes": row.late_minutes or None,
            "early_minutes": row.early_minutes or None,
            "hours_rostered": row.hours_rostered if row.rostered else None,
            "hours_worked": row.hours_worked,
        }
        shade = _SHADE.get(row.outcome) or (_EARLY_FILL if row.left_early else None)
        for col, key in enumerate(_DAYS, start=1):
            value = values[key]
            cell = ws.cell(row=r, column=col, value=value)
            if key == "day":
                cell.number_format = day_format
                widths[col - 1] = max(widths[col - 1], 11)
            elif isinstance(value, datetime):
                cell.number_format = stamp
                widths[col - 1] = max(widths[col - 1], 17)
            elif key.startswith("hours"):
                cell.number_format = _HOURS_FORMAT
            elif isinstance(value, str):
                widths[col - 1] = max(widths[col - 1], display_width(value))
            if shade is not None:
                cell.fill = shade
    _sized(ws, widths)
    ws.freeze_panes = "A2"
    if period.rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(_DAYS))}{len(period.rows) + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"


def write_attendance_xlsx(
    path: Path,
    period: AttendancePeriod,
    labels: Mapping[str, str] | None = None,
    tz: tzinfo | None = None,
) -> None:
    """The month's attendance as a workbook: the summary per person, then every day's shifts."""

    def write(f) -> None:
        wb = Workbook()
        wb.properties.creator = "DutyDesk"
        wb.properties.title = _title(labels, period)
        names = sheet_titles([attendance_label(labels, f"sheet:{k}") for k in ("summary", "days")])
        summary = wb.active
        summary.title = names[0]
        _summary_sheet(summary, period, labels)
        _days_sheet(wb.create_sheet(names[1]), period, labels, tz)
        wb.save(f)

    atomic_write(Path(path), write)
