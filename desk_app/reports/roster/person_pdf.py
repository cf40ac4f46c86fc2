"""One person's month on one A4 page (reportlab); no Qt.

What a clerk pins up or takes home: their name and the month as the title, the desk and the
month's state (NOT APPROVED in red on a month not yet approved), then the month as a calendar, a
week a row from Monday, each day with its number, the shift's code on the shift's colour and its
hours ("20:00–08:00"), leave and off in words; then the shifts and hours of the month, the legend,
who drafted and approved the month, and the changes since approval that touched this person. It
always fits one page: a long list of changes makes the page's content smaller, never a second page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import timedelta, tzinfo
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from desk_app.domain.roster.pattern import LEAVE
from desk_app.reports.files import atomic_write_bytes
from desk_app.reports.pdf_fonts import pdf_text, register_fonts
from desk_app.reports.roster import pdf_style as ps
from desk_app.reports.roster.pdf import (
    approval_block,
    changes_table,
    legend,
    not_approved_banner,
    state_badge,
)
from desk_app.reports.roster.pdf_style import L, Styles, para
from desk_app.reports.roster.values import PersonRow, RosterSheet
from desk_app.reports.roster.words import (
    cell_text,
    hours_text,
    label,
    month_text,
    sheet_labels,
    shift_text,
    weekday_text,
)

__all__ = ["render_person_pdf", "write_person_pdf"]

PAGE = A4
WIDTH = PAGE[0] - 2 * ps.MARGIN
HEIGHT = PAGE[1] - 2 * ps.MARGIN - ps.FOOTER
DAY_H = 22 * mm


def _calendar(
    sheet: RosterSheet, row: PersonRow, font: str, st: Styles, labels: Mapping[str, str] | None
) -> Table:
    days = sheet.days
    col_w = WIDTH / 7
    code_style = ParagraphStyle("code", st.value, fontSize=15, leading=18, alignment=TA_CENTER)
    time_style = ParagraphStyle("time", st.small, fontSize=7.5, leading=9, alignment=TA_CENTER)
    number_style = ParagraphStyle("number", st.small, fontSize=8, leading=10)
    monday = days[0] - timedelta(days=days[0].weekday())
    weeks = (days[-1] - monday).days // 7 + 1
    header = [pdf_text(weekday_text(labels, monday + timedelta(days=i))) for i in range(7)]
    rows: list[list] = [header]
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, 0), font, 8),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), ps.SHADE),
        ("BACKGROUND", (5, 0), (6, 0), ps.WEEKEND),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.75, ps.GREY),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, ps.GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for week in range(weeks):
        cells: list = []
        for weekday in range(7):
            day = monday + timedelta(days=7 * week + weekday)
            r, c = week + 1, weekday
            if day.month != sheet.month:
                cells.append("")
                commands.append(("BACKGROUND", (c, r), (c, r), ps.WEEKEND_TINT))
                continue
            code = row.cells[day.day - 1]
            shift = sheet.shift(code)
            if shift is not None:
                below = shift_text(labels, shift)
                commands.append(("BACKGROUND", (c, r), (c, r), ps.shift_colour(shift.colour)))
                style = code_style
            elif code == LEAVE:
                below = L(labels, "leave")
                commands.append(("BOX", (c, r), (c, r), 1.2, ps.LEAVE_BORDER))
                style = ParagraphStyle("leave", code_style, textColor=ps.LEAVE_TEXT)
            else:
                below = L(labels, "off")
                style = ParagraphStyle("off", code_style, textColor=ps.OFF_TEXT)
            cells.append(
                [
                    para(str(day.day), number_style),
                    para(cell_text(labels, code), style),
                    Spacer(1, 0.5 * mm),
                    para(below, time_style),
                ]
            )
        rows.append(cells)
    table = Table(rows, colWidths=[col_w] * 7, rowHeights=[5.5 * mm] + [DAY_H] * weeks)
    table.setStyle(TableStyle(commands))
    return table


def _own_changes(sheet: RosterSheet, name: str) -> RosterSheet:
    """The month with only the changes that touched ``name``, and only their cells of ``name``."""
    wanted = " ".join(name.split())
    kept = []
    for change in sheet.changes:
        cells = tuple(c for c in change.cells if " ".join(c.person.split()) == wanted)
        asked = " ".join(change.asked_by.split()) == wanted
        if cells or asked:
            kept.append(replace(change, cells=cells))
    return replace(sheet, changes=tuple(kept))


def render_person_pdf(
    sheet: RosterSheet,
    name: str,
    labels: Mapping[str, str] | None = None,
    tz: tzinfo | None = None,
) -> bytes:
    """``name``'s month (as stored in the sheet) on one A4 page; ``LookupError`` when the month
    has no row of that name."""
    labels = sheet_labels(labels, sheet)
    row = sheet.person(name)
    font = register_fonts()
    st = Styles(font)
    month = pdf_text(month_text(labels, sheet.year, sheet.month))
    title = L(labels, "person_heading", name=" ".join(row.name.split()), month=month)
    subtitle = "  ·  ".join(
        part
        for part in (
            L(labels, "roster_title"),
            sheet.property_name.strip(),
            f"{L(labels, 'station')}: {sheet.station}",
        )
        if part
    )
    total = label(labels, "person_total", shifts=row.shifts, hours=hours_text(labels, row.hours))
    story: list[Flowable] = [
        ps.title_row(title, subtitle, state_badge(sheet, st, labels), st, WIDTH),
        Spacer(1, 3 * mm),
    ]
    if not sheet.approved:
        story += [not_approved_banner(sheet, st, labels, WIDTH), Spacer(1, 3 * mm)]
    story += [
        _calendar(sheet, row, font, st, labels),
        Spacer(1, 2 * mm),
        para(total, st.heading),
        Spacer(1, 4 * mm),
        *legend(sheet, font, st, labels, per_row=2, width=WIDTH),
        Spacer(1, 5 * mm),
        approval_block(sheet, st, labels, tz, WIDTH),
    ]
    mine = _own_changes(sheet, row.name)
    if sheet.approved or mine.changes:
        story += [Spacer(1, 5 * mm), *changes_table(mine, font, st, labels, tz, WIDTH)]
    fitted = KeepInFrame(WIDTH, HEIGHT, story, mode="shrink")
    left = f"{L(labels, 'station')}: {pdf_text(sheet.station)}  ·  {month}"
    return ps.render(
        [fitted],
        PAGE,
        font,
        title=title,
        subject=f"{sheet.station} {sheet.year}-{sheet.month:02d} {row.name}",
        draw_footer=ps.footer(font, left, labels),
        on_page=None if sheet.approved else ps.watermark(font, L(labels, "not_approved")),
    )


def write_person_pdf(
    path: Path,
    sheet: RosterSheet,
    name: str,
    labels: Mapping[str, str] | None = None,
    tz: tzinfo | None = None,
) -> None:
    """:func:`render_person_pdf` into ``path``, written atomically (``StorageError``)."""
    atomic_write_bytes(Path(path), render_person_pdf(sheet, name, labels, tz))
