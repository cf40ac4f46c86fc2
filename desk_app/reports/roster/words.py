"""The roster printouts' words, shared by the PDFs and the workbook: the captions and their English
defaults (:data:`ROSTER_LABELS`), and how a month, a day, a cell, a shift's hours and a change
read.

The caller passes the words: ``labels`` maps the keys below to the reader's language
(``ui/roster/print_labels.py`` makes them with the program's translations); a missing key prints
the English default. Keys whose default has ``{placeholders}`` are templates: a translation must
keep them (when it does not, the English default is used). The keys:

- the month: ``roster_title`` (the paper form's title, 排班表), ``heading`` ("{title}: {month}"),
  ``month_year`` ("{month} {year}"), ``month:1`` .. ``month:12``, ``weekday:0`` (Monday) ..
  ``weekday:6``, ``property``, ``station``, ``state`` and ``state:draft``, ``state:submitted``,
  ``state:approved``;
- the grid: ``name``, ``hours``, ``on_duty``, ``coverage_row`` ("{code} ≥ {minimum}"),
  ``gap_note``, ``cell:O`` and ``cell:L`` (the letters of off and leave in a cell), ``off``,
  ``leave``;
- the legend: ``legend``, ``shift_time`` ("{start}–{end}"), ``shift_hours`` ("{hours} h");
- approval: ``drafted_by``, ``submitted_by``, ``approved_by``, ``not_approved`` (the watermark
  and the banner's first words), ``not_approved_note``, ``sent_back`` ("Sent back: {reason}");
- changes since approval: ``changes``, ``no_changes``, ``change_at``, ``change_kind``,
  ``asked_by``, ``decided_by``, ``what_changed``, ``why``, ``change:leave``, ``change:swap``
  (open: ``change:{kind}``), ``cell_change`` ("{name}, {day}: {before} → {after}");
- a person's month: ``person_heading`` ("{name}: {month}"), ``person_total``
  ("{shifts} shifts, {hours} h"), ``day``, ``shift``, ``time``;
- the workbook: ``sheet:roster``, ``sheet:legend``, ``sheet:changes``, ``code``, ``start``,
  ``end``, ``colour``;
- every page: ``page`` ("Page {page} of {pages}").

The printout's language is ``labels["language"]``: dates, times and numbers print in its formats
(``desk_app.formats``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, tzinfo
from types import MappingProxyType
from typing import Any

from desk_app.domain.roster.pattern import LEAVE, OFF, off_leave_letter
from desk_app.formats import format_date, format_datetime, format_decimal, language_of
from desk_app.reports.captions import caption
from desk_app.reports.roster.values import CellChange, RosterChange, RosterSheet, ShiftLegend

__all__ = [
    "ROSTER_LABELS",
    "ROSTER_LABEL_KEYS",
    "cell_text",
    "sheet_labels",
    "change_text",
    "day_text",
    "hours_text",
    "label",
    "month_text",
    "shift_text",
    "time_text",
    "title_text",
    "weekday_text",
]

_MONTHS = (
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
)

ROSTER_LABELS: Mapping[str, str] = MappingProxyType(
    {
        # the month
        "roster_title": "Duty roster",
        "heading": "{title}: {month}",
        "month_year": "{month} {year}",
        **{f"month:{i}": name for i, name in enumerate(_MONTHS, start=1)},
        **{f"weekday:{i}": initial for i, initial in enumerate("MTWTFSS")},
        "property": "Property",
        "station": "Station",
        "state": "State",
        "state:draft": "Draft",
        "state:submitted": "Submitted to the manager",
        "state:approved": "Approved",
        # the grid
        "name": "Name",
        "hours": "Hours",
        "on_duty": "On duty",
        "coverage_row": "{code} ≥ {minimum}",
        "gap_note": "Red: fewer on the shift than the minimum",
        "cell:" + OFF: "O",
        "cell:" + LEAVE: "L",
        "off": "Off",
        "leave": "Leave",
        # the legend
        "legend": "Shifts",
        "shift_time": "{start}–{end}",
        "shift_hours": "{hours} h",
        # approval
        "drafted_by": "Drafted by",
        "submitted_by": "Submitted by",
        "approved_by": "Approved by",
        "not_approved": "NOT APPROVED",
        "not_approved_note": "This roster is not approved by the manager: it may still change.",
        "sent_back": "Sent back: {reason}",
        # changes since approval
        "changes": "Changes since approval",
        "no_changes": "None",
        "change_at": "When",
        "change_kind": "Change",
        "asked_by": "Asked by",
        "decided_by": "Approved by",
        "what_changed": "What changed",
        "why": "Why",
        "change:leave": "Leave approved",
        "change:swap": "Swap approved",
        "cell_change": "{name}, {day}: {before} → {after}",
        # a person's month
        "person_heading": "{name}: {month}",
        "person_total": "{shifts} shifts, {hours} h",
        "day": "Day",
        "shift": "Shift",
        "time": "Time",
        # the workbook
        "sheet:roster": "Roster",
        "sheet:legend": "Legend",
        "sheet:changes": "Changes",
        "code": "Code",
        "start": "Start",
        "end": "End",
        "colour": "Colour",
        # every page
        "page": "Page {page} of {pages}",
    }
)
"""Every caption the roster's printouts print: key -> English default (translate the values)."""

ROSTER_LABEL_KEYS: tuple[str, ...] = tuple(ROSTER_LABELS)


def label(labels: Mapping[str, str] | None, key: str, **fields: Any) -> str:
    """The caption for ``key`` in the reader's language, its ``{fields}`` filled in."""
    return caption(labels, key, ROSTER_LABELS.get(key) or key.partition(":")[2] or key, **fields)


def month_text(labels: Mapping[str, str] | None, year: int, month: int) -> str:
    """ "March 2026", "2026年3月", "Март 2026"."""
    return label(labels, "month_year", month=label(labels, f"month:{month}"), year=year)


def title_text(labels: Mapping[str, str] | None, sheet: RosterSheet) -> str:
    """The printout's title: the paper form's name and the month."""
    return label(
        labels,
        "heading",
        title=label(labels, "roster_title"),
        month=month_text(labels, sheet.year, sheet.month),
    )


def weekday_text(labels: Mapping[str, str] | None, day: date) -> str:
    return label(labels, f"weekday:{day.weekday()}")


def day_text(labels: Mapping[str, str] | None, day: date) -> str:
    return format_date(day, language_of(labels))


def time_text(labels: Mapping[str, str] | None, moment: datetime | None, tz: tzinfo | None) -> str:
    """A moment on the desk's clock in the printout's language; "" for none."""
    return format_datetime(moment, language_of(labels), tz) if moment is not None else ""


def hours_text(labels: Mapping[str, str] | None, hours: float) -> str:
    """Hours as a number: "168", "7.5" ("7,5" in Russian)."""
    places = 0 if float(hours).is_integer() else 1
    return format_decimal(hours, places, language_of(labels))


def _clock(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def shift_text(labels: Mapping[str, str] | None, shift: ShiftLegend) -> str:
    """ "08:00–20:00"."""
    return label(labels, "shift_time", start=_clock(shift.start), end=_clock(shift.end))


def sheet_labels(labels: Mapping[str, str] | None, sheet: RosterSheet) -> Mapping[str, str] | None:
    """``labels`` with the letters for off and leave that none of the sheet's shifts is written
    as (:func:`desk_app.domain.roster.pattern.off_leave_letter`): the printout's one fix-up."""
    if not labels:
        return labels
    codes = [s.code for s in sheet.shifts]
    fixed = dict(labels)
    for code in (OFF, LEAVE):
        key = f"cell:{code}"
        if key in fixed:
            fixed[key] = off_leave_letter(fixed[key], code, codes)
    return fixed


def cell_text(labels: Mapping[str, str] | None, code: str) -> str:
    """What a cell shows: a shift's own code; off and leave in the reader's letter."""
    if code in (OFF, LEAVE, ""):
        return label(labels, f"cell:{code or OFF}")
    return code


def change_text(labels: Mapping[str, str] | None, change: RosterChange) -> str:
    """The cells a change touched, one a line: "王芳, 2026-03-05: D → L"."""
    return "\n".join(_cell_change(labels, c) for c in change.cells)


def _cell_change(labels: Mapping[str, str] | None, cell: CellChange) -> str:
    return label(
        labels,
        "cell_change",
        name=cell.person,
        day=day_text(labels, cell.day),
        before=cell_text(labels, cell.before),
        after=cell_text(labels, cell.after),
    )
