"""The signed shift handover sheet as an Excel workbook (openpyxl).

Plain dataclasses in (:mod:`desk_app.domain.handover.rules`), a file out; no Qt.

The handover workbook (:func:`write_handover_xlsx`) starts with a "Summary" sheet: the property,
station, sheet number, shift start and end, outgoing and incoming clerk, state, the seal, the
journal entry and hash it was made at and the time of sealing, one caption and value a row; then
the signers (name, role, meaning, time) with each drawn signature as a picture beside its row.
Then one sheet per section, named by the section's title (at most 31 characters, characters
Excel refuses replaced, made unique): its header row bold on a grey ground and frozen, an
autofilter over the table, flagged rows (an overdue follow-up, a discrepancy) bold on light red,
an empty section with a note under its header. The duty report's workbook
(:mod:`desk_app.reports.duty_report.xlsx`) reuses the summary and section sheets made here.

The words come from ``labels``: the keys and their English defaults are
:data:`HANDOVER_LABELS` (documented in :mod:`desk_app.reports.tables`): fixed captions such as
``summary`` (the first sheet's name), ``signers``, ``seal``, ``meaning:accepted``, and open keys
``section:{key}``, ``column:{name}`` and ``{column}:{value}`` for coded values.

Times are real Excel date-times: naive, on the clock of ``tz`` (default: this computer's zone),
with a ``yyyy-mm-dd hh:mm`` format; yes/no are Excel booleans (Excel shows them in its own
language); columns are sized to their content. A workbook is written to a temporary file in the
target folder, then renamed over the target: a failed export (``StorageError``) leaves neither a
partial file nor the temporary one.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date, datetime, tzinfo
from enum import Enum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XlImage
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, OneCellAnchor
from openpyxl.drawing.xdr import XDRPositiveSize2D
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.units import pixels_to_EMU
from openpyxl.worksheet.worksheet import Worksheet
from PIL import Image as PilImage

from desk_app.book_text import render
from desk_app.domain.book_lines import BookLine
from desk_app.domain.handover.rules import HandoverSheet, HandoverState, Section
from desk_app.domain.wide_text import display_width
from desk_app.formats import excel_date_format, excel_datetime_format, language_of
from desk_app.reports.files import atomic_write
from desk_app.reports.tables import (
    coded_text,
    column_title,
    label,
    local_time,
    section_title,
)

__all__ = ["sheet_titles", "write_handover_xlsx"]

DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
MIN_WIDTH = 6
MAX_WIDTH = 60
SUMMARY_WIDTH = 70  # the summary's values: a seal's 64 hex digits on one line
SIGNATURE_HEIGHT_PX = 60  # the drawn signature's height on the summary
SIGNATURE_MAX_WIDTH_PX = 220
_ROW_HEIGHT_PT = SIGNATURE_HEIGHT_PX * 0.75 + 6  # a signer's row, the picture inside it

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
_HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
_FLAG_FILL = PatternFill("solid", fgColor="F9D3D0")
_FLAG_FONT = Font(bold=True)
_TITLE_FONT = Font(bold=True, size=14)
_CAPTION_FONT = Font(color="555555")
_NOTE_FONT = Font(italic=True, color="777777")
_TOP = Alignment(vertical="top")
_WRAPPED = Alignment(vertical="top", wrap_text=True)
_MIDDLE = Alignment(vertical="center")

_ILLEGAL_SHEET_CHARS = str.maketrans({ch: " " for ch in "[]:*?/\\"})
_RESERVED_SHEET_NAMES = {"history"}  # Excel keeps it for itself
_MAX_SHEET_NAME = 31


def _excel_time(moment: datetime, tz: tzinfo | None) -> datetime:
    """An aware time as Excel keeps it: wall-clock time on the desk's clock, no zone."""
    return local_time(moment, tz).replace(tzinfo=None)


def sheet_titles(titles: Sequence[str], taken: Sequence[str] = ()) -> list[str]:
    """Names Excel accepts for sheets titled ``titles``: at most 31 characters, none of
    ``[]:*?/\\``, not blank, and unique (Excel compares them without case) among themselves and
    ``taken``; a repeated name gets " (2)", " (3)"... within the 31 characters."""
    used = {t.casefold() for t in taken} | _RESERVED_SHEET_NAMES
    names = []
    for title in titles:
        base = " ".join(title.translate(_ILLEGAL_SHEET_CHARS).split()).strip("'").strip()
        base = base[:_MAX_SHEET_NAME].rstrip() or "Sheet"
        name, n = base, 1
        while name.casefold() in used:
            n += 1
            suffix = f" ({n})"
            name = base[: _MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
        used.add(name.casefold())
        names.append(name)
    return names


# --- cells -------------------------------------------------------------------------------------


def _value(section: Section, column: int, value: Any, labels, tz) -> Any:
    """A section's value as Excel keeps it: a real date-time, a boolean, a number, or text."""
    name = section.columns[column]
    if value is None:
        return None
    if name in section.coded:
        return coded_text(labels, name, value)
    named = section.local_name(value)  # a counted item or a check, named per language
    if named is not None:
        return named.in_language(language_of(labels))
    if isinstance(value, datetime):
        return _excel_time(value, tz)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool | int | float | date):
        return value
    if isinstance(value, BookLine):  # a line the program wrote, in the workbook's language
        return render(value, language_of(labels))
    return str(value)


def _width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return len(DATETIME_FORMAT)
    if isinstance(value, date):
        return len(DATE_FORMAT)
    if isinstance(value, bool):
        return 5
    return display_width(str(value))


def _size_columns(ws: Worksheet, widths: Sequence[float], largest: int = MAX_WIDTH) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(MIN_WIDTH, min(largest, width))


def _header(ws: Worksheet, row: int, headers: Sequence[str]) -> None:
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=row, column=col, value=text)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGN


def _set(ws: Worksheet, row: int, col: int, value: Any, wrap_at: int) -> Any:
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    if isinstance(value, str) and ("\n" in value or display_width(value) > wrap_at):
        cell.alignment = _WRAPPED
    else:
        cell.alignment = _TOP
    return cell


def _section_sheet(
    wb: Workbook,
    name: str,
    section: Section,
    empty: str,
    labels: Mapping[str, str] | None,
    tz: tzinfo | None,
) -> None:
    ws = wb.create_sheet(name)
    n = len(section.columns)
    headers = [column_title(labels, c) for c in section.columns]
    padded = [tuple(row[:n]) + (None,) * (n - len(row)) for row in section.rows]
    rows = [[_value(section, i, v, labels, tz) for i, v in enumerate(row)] for row in padded]
    widths = [display_width(h) + 3 for h in headers]  # room for the filter's button
    for row in rows:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], _width(value) + 2)
    _size_columns(ws, widths)
    _header(ws, 1, headers)
    ws.freeze_panes = "A2"
    if n:
        ws.auto_filter.ref = f"A1:{get_column_letter(n)}{len(rows) + 1}"
    flagged = set(section.flagged)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = _set(ws, r + 2, c + 1, value, min(widths[c], MAX_WIDTH))
            if r in flagged:
                cell.fill = _FLAG_FILL
                cell.font = _FLAG_FONT
    if not rows:
        ws.cell(row=2, column=1, value=empty).font = _NOTE_FONT


# --- the summary -------------------------------------------------------------------------------


def _facts(ws: Worksheet, first_row: int, facts: Sequence[tuple[str, Any]]) -> int:
    """Caption and value, a row each, from ``first_row``; returns the next free row."""
    row = first_row
    for caption, value in facts:
        ws.cell(row=row, column=1, value=caption).font = _CAPTION_FONT
        ws.cell(row=row, column=1).alignment = _TOP
        _set(ws, row, 2, value, SUMMARY_WIDTH)
        row += 1
    return row


def _signature_picture(png: bytes) -> XlImage | None:
    """The drawn signature as a picture of the summary's row height, its proportions kept."""
    if not png:
        return None
    with PilImage.open(io.BytesIO(png)) as image:
        w, h = image.size
    scale = min(SIGNATURE_HEIGHT_PX / h, SIGNATURE_MAX_WIDTH_PX / w)
    picture = XlImage(io.BytesIO(png))
    picture.width, picture.height = max(1, round(w * scale)), max(1, round(h * scale))
    return picture


def _anchor(picture: XlImage, row: int, column: int, inset_px: int = 3) -> None:
    """Place ``picture`` in the cell at ``row``, ``column`` (1-based), a little in from its
    top-left corner, at its own size."""
    picture.anchor = OneCellAnchor(
        _from=AnchorMarker(
            col=column - 1,
            colOff=pixels_to_EMU(inset_px),
            row=row - 1,
            rowOff=pixels_to_EMU(inset_px),
        ),
        ext=XDRPositiveSize2D(pixels_to_EMU(picture.width), pixels_to_EMU(picture.height)),
    )


def _summary(
    wb: Workbook,
    title: str,
    heading: str,
    facts: Sequence[tuple[str, Any]],
) -> tuple[Worksheet, int]:
    """The first sheet: a heading, then the facts; returns it and its next free row."""
    ws = wb.active
    ws.title = title
    ws.cell(row=1, column=1, value=heading).font = _TITLE_FONT
    next_row = _facts(ws, 3, facts)
    widths = [
        max((display_width(c) for c, _v in facts), default=0) + 2,
        max((_width(v) for _c, v in facts), default=0) + 2,
    ]
    _size_columns(ws, widths, SUMMARY_WIDTH)
    ws.sheet_view.showGridLines = False
    return ws, next_row


def _signers(
    ws: Worksheet,
    row: int,
    sheet: HandoverSheet,
    labels: Mapping[str, str] | None,
    tz: tzinfo | None,
) -> None:
    """The signers' table from ``row`` on, each drawn signature beside its row."""
    row += 1
    ws.cell(row=row, column=1, value=label(labels, "signers")).font = Font(bold=True, size=12)
    row += 1
    headers = [
        label(labels, key) for key in ("signer", "role", "meaning", "signed_at", "signature")
    ]
    _header(ws, row, headers)
    # The facts above already sized columns A and B.
    widths = [
        max(ws.column_dimensions[get_column_letter(i + 1)].width or MIN_WIDTH, display_width(h) + 2)
        for i, h in enumerate(headers)
    ]
    for signer in sheet.signers:
        row += 1
        values = [
            signer.name,
            coded_text(labels, "role", signer.role),
            label(labels, f"meaning:{signer.meaning.value}"),
            _excel_time(signer.at, tz),
        ]
        for col, value in enumerate(values, start=1):
            _set(ws, row, col, value, MAX_WIDTH).alignment = _MIDDLE
            widths[col - 1] = max(widths[col - 1], _width(value) + 2)
        picture = _signature_picture(signer.png)
        if picture is not None:
            _anchor(picture, row=row, column=5)
            ws.add_image(picture)
            ws.row_dimensions[row].height = max(_ROW_HEIGHT_PT, picture.height * 0.75 + 6)
            # Column width in characters of about 7 pixels.
            widths[4] = max(widths[4], (picture.width + 6) / 7 + 1)
    _size_columns(ws, widths, SUMMARY_WIDTH)


def _handover_facts(
    sheet: HandoverSheet, labels: Mapping[str, str] | None, tz: tzinfo | None
) -> list[tuple[str, Any]]:
    def L(key: str) -> str:  # noqa: N802
        return label(labels, key)

    sealed = sheet.state is HandoverState.SEALED and bool(sheet.seal)
    return [
        (L("property"), sheet.property_name),
        (L("station"), sheet.station),
        (L("number"), sheet.number),
        (L("shift_start"), _excel_time(sheet.shift_start, tz)),
        (L("shift_end"), _excel_time(sheet.shift_end, tz)),
        (L("outgoing"), sheet.outgoing),
        (L("incoming"), sheet.incoming),
        *(
            [
                (
                    L("rostered"),
                    label(
                        labels,
                        "takeover",
                        rostered=sheet.rostered,
                        incoming=sheet.incoming or "—",
                        reason=sheet.takeover_reason,
                    ),
                )
            ]
            if sheet.rostered
            else []
        ),
        (L("state"), L(f"sheet_state:{sheet.state.value}")),
        (L("seal"), sheet.seal if sealed else L("not_sealed")),
        (L("journal_seq"), sheet.journal_seq),
        (L("journal_hash"), sheet.journal_hash),
        (L("sealed_at"), None if sheet.sealed_at is None else _excel_time(sheet.sealed_at, tz)),
    ]


def _section_sheets(
    wb: Workbook,
    sections: Sequence[Section],
    empty: str,
    summary: str,
    labels: Mapping[str, str] | None,
    tz: tzinfo | None,
) -> None:
    names = sheet_titles([section_title(labels, s.key) for s in sections], taken=[summary])
    for name, section in zip(names, sections, strict=True):
        _section_sheet(wb, name, section, empty, labels, tz)


def _localize_dates(wb: Workbook, labels: Mapping[str, str] | None) -> None:
    """Every date and time cell shown in the printout's language's pattern (``desk_app.formats``):
    the cells stay real dates that sort and filter; only their display follows the language."""
    language = language_of(labels)
    stamp, day = excel_datetime_format(language), excel_date_format(language)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.number_format == DATETIME_FORMAT:
                    cell.number_format = stamp
                elif cell.number_format == DATE_FORMAT:
                    cell.number_format = day


def _save(path: Path, build, labels: Mapping[str, str] | None = None) -> None:
    """Build the workbook and write it atomically; the folder is checked before any work. Dates
    display in ``labels``' language."""

    def write(f) -> None:
        wb = build()
        _localize_dates(wb, labels)
        wb.save(f)

    atomic_write(Path(path), write)


# --- the workbook -------------------------------------------------------------------------


def write_handover_xlsx(
    path: Path,
    sheet: HandoverSheet,
    labels: Mapping[str, str] | None = None,
    tz: tzinfo | None = None,
) -> None:
    """The handover sheet as a workbook: summary with signers and seal, a sheet per section."""

    def build() -> Workbook:
        wb = Workbook()
        wb.properties.creator = "DutyDesk"
        wb.properties.title = f"{label(labels, 'handover_title')} {sheet.number}"
        summary = sheet_titles([label(labels, "summary")])[0]
        ws, next_row = _summary(
            wb,
            summary,
            f"{label(labels, 'handover_title')} · {label(labels, 'number')} {sheet.number}",
            _handover_facts(sheet, labels, tz),
        )
        _signers(ws, next_row, sheet, labels, tz)
        sections = (*sheet.sections, *sheet.after_seal)  # a sheet each, the unsealed ones last
        _section_sheets(wb, sections, label(labels, "empty"), summary, labels, tz)
        return wb

    _save(path, build, labels)
