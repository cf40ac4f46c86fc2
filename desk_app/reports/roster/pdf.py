"""The month's roster as the paper 排班表: an A4 landscape PDF (reportlab); no Qt.

A :class:`~desk_app.reports.roster.values.RosterSheet` in, PDF bytes out, its words from
``labels`` (:mod:`desk_app.reports.roster.words`). The page: the title (the form's name and the
month), the property and station, the month's state as a badge; a month not approved carries a
red banner under the title and a pale NOT APPROVED across every page. Then the grid: people down,
the days of the month across (the day's number over its weekday's initial, weekends shaded), each
cell the shift's code on the shift's colour, leave in its own letter framed, off in a pale
letter; each person's hours in the month at the right; under the people a row per shift with the
number rostered each day against the minimum, a gap in red. A grid longer than a page goes on
over the next with its header repeated. Then the legend (each shift's code, colour, hours), who
drafted, submitted and approved the month and when, and the changes since approval (when, what,
who asked, who approved, the cells changed, why). Every page has a footer: station, month, page N
of M. The text is set in the embedded ``DeskSans`` font: Chinese, Russian and English alike.

A person's own month on one page is :mod:`desk_app.reports.roster.person_pdf`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desk_app.domain.roster.month import RosterState
from desk_app.domain.roster.pattern import LEAVE, OFF
from desk_app.reports.files import atomic_write_bytes
from desk_app.reports.pdf_fonts import pdf_text, register_fonts
from desk_app.reports.pdf_parts import layout_style
from desk_app.reports.roster import pdf_style as ps
from desk_app.reports.roster.pdf_style import L, Styles, para
from desk_app.reports.roster.values import RosterSheet
from desk_app.reports.roster.words import (
    cell_text,
    change_text,
    hours_text,
    month_text,
    sheet_labels,
    shift_text,
    time_text,
    title_text,
    weekday_text,
)

__all__ = ["render_roster_pdf", "write_roster_pdf"]

PAGE = landscape(A4)
WIDTH = PAGE[0] - 2 * ps.MARGIN
NAME_W = 38 * mm
HOURS_W = 11 * mm
ROW_H = 4.5 * mm
HEAD_H = 4.2 * mm
CELL_SIZE = 7.0
NAME_SIZE = 7.5


def state_badge(sheet: RosterSheet, st: Styles, labels: Mapping[str, str] | None) -> Table:
    colour = {
        RosterState.APPROVED: ps.APPROVED,
        RosterState.SUBMITTED: ps.SUBMITTED,
    }.get(sheet.state, ps.DRAFT)
    return ps.badge(L(labels, f"state:{sheet.state.value}"), colour, st, 52 * mm)


def _subtitle(sheet: RosterSheet, labels: Mapping[str, str] | None) -> str:
    parts = []
    if sheet.property_name.strip():
        parts.append(f"{L(labels, 'property')}: {sheet.property_name.strip()}")
    parts.append(f"{L(labels, 'station')}: {sheet.station}")
    return "  ·  ".join(parts)


def not_approved_banner(
    sheet: RosterSheet, st: Styles, labels: Mapping[str, str] | None, width: float
) -> Table:
    lines = [f"{L(labels, 'not_approved')}: {L(labels, 'not_approved_note')}"]
    if sheet.sent_back_reason.strip() and sheet.state is RosterState.DRAFT:
        lines.append(L(labels, "sent_back", reason=" ".join(sheet.sent_back_reason.split())))
    banner = Table([[para("\n".join(lines), st.banner)]], colWidths=[width], hAlign="LEFT")
    banner.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, ps.DRAFT),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FDECEA")),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return banner


# --- the grid ----------------------------------------------------------------------------------


def _grid(sheet: RosterSheet, font: str, labels: Mapping[str, str] | None) -> Table:
    days = sheet.days
    day_w = (WIDTH - NAME_W - HOURS_W) / len(days)
    weekend = [i for i, d in enumerate(days) if d.weekday() >= 5]
    first, last = 1, len(days)  # the days' columns
    hours_col = last + 1
    rows: list[list] = [
        [L(labels, "name"), *(str(d.day) for d in days), L(labels, "hours")],
        ["", *(pdf_text(weekday_text(labels, d)) for d in days), ""],
    ]
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), font, CELL_SIZE),
        ("ALIGN", (first, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0.5),
        ("LEFTPADDING", (0, 0), (0, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("BACKGROUND", (0, 0), (-1, 1), ps.SHADE),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (hours_col, 0), (hours_col, 1)),
        ("FONT", (first, 1), (last, 1), font, 6),
        ("TEXTCOLOR", (first, 1), (last, 1), ps.GREY),
        ("BOX", (0, 0), (-1, -1), 0.75, ps.GREY),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, ps.GRID),
        ("LINEBELOW", (0, 1), (-1, 1), 0.75, ps.GREY),
        ("LINEAFTER", (0, 0), (0, -1), 0.75, ps.GREY),
        ("LINEBEFORE", (hours_col, 0), (hours_col, -1), 0.75, ps.GREY),
    ]
    for i in weekend:
        commands.append(("BACKGROUND", (first + i, 0), (first + i, 1), ps.WEEKEND))

    name_room = NAME_W - 3
    for r, person in enumerate(sheet.people, start=2):
        name = pdf_text(" ".join(person.name.split()))
        size = ps.fitted_size(name, font, NAME_SIZE, 6.0, name_room)
        row: list = [ps.cut(name, font, size, name_room)]
        commands.append(("FONTSIZE", (0, r), (0, r), size))
        for i, code in enumerate(person.cells):
            col = first + i
            row.append(pdf_text(cell_text(labels, code)))
            shift = sheet.shift(code)
            if shift is not None:
                commands.append(("BACKGROUND", (col, r), (col, r), ps.shift_colour(shift.colour)))
            elif code == LEAVE:
                commands += [
                    ("TEXTCOLOR", (col, r), (col, r), ps.LEAVE_TEXT),
                    ("BOX", (col, r), (col, r), 0.9, ps.LEAVE_BORDER),
                ]
            else:
                commands.append(("TEXTCOLOR", (col, r), (col, r), ps.OFF_TEXT))
                if i in weekend:
                    commands.append(("BACKGROUND", (col, r), (col, r), ps.WEEKEND_TINT))
        row.append(hours_text(labels, person.hours))
        rows.append(row)
    commands.append(("ALIGN", (hours_col, 2), (hours_col, -1), "RIGHT"))
    commands.append(("RIGHTPADDING", (hours_col, 2), (hours_col, -1), 2))

    start = len(rows)
    for coverage in sheet.coverage:
        r = len(rows)
        caption = L(labels, "coverage_row", code=coverage.code, minimum=coverage.minimum)
        rows.append([ps.cut(caption, font, CELL_SIZE, name_room), *map(str, coverage.counts), ""])
        shift = sheet.shift(coverage.code)
        if shift is not None:
            commands.append(("BACKGROUND", (0, r), (0, r), ps.shift_colour(shift.colour)))
        for i in range(len(days)):
            if coverage.gap(i):
                commands += [
                    ("BACKGROUND", (first + i, r), (first + i, r), ps.GAP),
                    ("TEXTCOLOR", (first + i, r), (first + i, r), ps.GAP_TEXT),
                ]
    if sheet.coverage:
        commands.append(("LINEABOVE", (0, start), (-1, start), 1.0, ps.GREY))
    heights = [HEAD_H, HEAD_H * 0.85] + [ROW_H] * (len(rows) - 2)
    grid = Table(
        rows,
        colWidths=[NAME_W, *([day_w] * len(days)), HOURS_W],
        rowHeights=heights,
        repeatRows=2,
        hAlign="LEFT",
    )
    grid.setStyle(TableStyle(commands))
    return grid


# --- under the grid ----------------------------------------------------------------------------


def legend(
    sheet: RosterSheet,
    font: str,
    st: Styles,
    labels: Mapping[str, str] | None,
    per_row: int = 4,
    width: float = WIDTH,
) -> list[Flowable]:
    """The shifts' swatches and hours, then off and leave, ``per_row`` to a row."""
    items: list[tuple[str, list[tuple], str]] = []
    for shift in sheet.shifts:
        hours = L(labels, "shift_hours", hours=hours_text(labels, shift.hours))
        items.append(
            (
                shift.code,
                [("BACKGROUND", (0, 0), (0, 0), ps.shift_colour(shift.colour))],
                f"{shift_text(labels, shift)} · {hours}",
            )
        )
    items.append(
        (
            cell_text(labels, LEAVE),
            [("TEXTCOLOR", (0, 0), (0, 0), ps.LEAVE_TEXT)],
            L(labels, "leave"),
        )
    )
    items.append(
        (cell_text(labels, OFF), [("TEXTCOLOR", (0, 0), (0, 0), ps.OFF_TEXT)], L(labels, "off"))
    )
    swatch = 6 * mm
    text_w = (width - per_row * (swatch + 3 * mm)) / per_row
    cells: list[list] = []
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), font, 8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    row: list = []
    for n, (code, paint, words) in enumerate(items):
        col = (n % per_row) * 2
        r = n // per_row
        row += [pdf_text(code), para(words, st.cell)]
        commands += [
            ("ALIGN", (col, r), (col, r), "CENTER"),
            ("BOX", (col, r), (col, r), 0.5, ps.GREY),
            ("LEFTPADDING", (col + 1, r), (col + 1, r), 4),
            *[(k, (col, r), (col, r), *rest) for k, _a, _b, *rest in paint],
        ]
        if len(row) == 2 * per_row:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (2 * per_row - len(row)))
    table = Table(
        cells, colWidths=[swatch, text_w + 3 * mm] * per_row, rowHeights=swatch, hAlign="LEFT"
    )
    table.setStyle(layout_style(*commands))
    return [para(L(labels, "legend"), st.heading), Spacer(1, 1.5 * mm), table]


def approval_block(
    sheet: RosterSheet,
    st: Styles,
    labels: Mapping[str, str] | None,
    tz: tzinfo | None,
    width: float,
) -> Table:
    """Drafted by, submitted by, approved by: each name over its date; NOT APPROVED in red."""
    columns = []
    for key, name, at in (
        ("drafted_by", sheet.drafted_by, sheet.drafted_at),
        ("submitted_by", sheet.submitted_by, sheet.submitted_at),
        ("approved_by", sheet.approved_by, sheet.approved_at),
    ):
        block = [para(L(labels, key), st.caption)]
        if key == "approved_by" and not sheet.approved:
            block.append(para(L(labels, "not_approved"), st.refused))
        else:
            block += [para(name or "—", st.value), para(time_text(labels, at, tz), st.small)]
        columns.append(block)
    col_w = width / 3
    table = Table([columns], colWidths=[col_w] * 3, hAlign="LEFT")
    table.setStyle(
        layout_style(
            ("LINEABOVE", (0, 0), (-1, 0), 0.75, ps.GREY),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return table


def changes_table(
    sheet: RosterSheet,
    font: str,
    st: Styles,
    labels: Mapping[str, str] | None,
    tz: tzinfo | None,
    width: float,
) -> list[Flowable]:
    """The changes since approval, oldest first; "None" when there were none. (The heading does
    not stay alone at a page's foot: it is kept with what follows by the caller.)"""
    heading = para(L(labels, "changes"), st.heading)
    if not sheet.changes:
        return [heading, Spacer(1, 1.5 * mm), para(L(labels, "no_changes"), st.small)]
    keys = ("change_at", "change_kind", "asked_by", "decided_by", "what_changed", "why")
    shares = (0.12, 0.11, 0.13, 0.13, 0.29, 0.22)
    rows: list[list] = [[para(L(labels, k), st.caption) for k in keys]]
    for change in sheet.changes:
        rows.append(
            [
                para(time_text(labels, change.at, tz), st.cell),
                para(L(labels, f"change:{change.kind}"), st.cell),
                para(change.asked_by or "—", st.cell),
                para(change.approved_by or "—", st.cell),
                para(change_text(labels, change), st.cell),
                para(change.reason, st.cell),
            ]
        )
    table = Table(rows, colWidths=[width * s for s in shares], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), ps.SHADE),
                ("BOX", (0, 0), (-1, -1), 0.75, ps.GREY),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, ps.GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [heading, Spacer(1, 1.5 * mm), table]


# --- the document ------------------------------------------------------------------------------


def render_roster_pdf(
    sheet: RosterSheet, labels: Mapping[str, str] | None = None, tz: tzinfo | None = None
) -> bytes:
    """The month's roster as an A4 landscape PDF (see the module)."""
    labels = sheet_labels(labels, sheet)
    font = register_fonts()
    st = Styles(font)
    title = pdf_text(title_text(labels, sheet))
    story: list[Flowable] = [
        ps.title_row(title, _subtitle(sheet, labels), state_badge(sheet, st, labels), st, WIDTH),
        Spacer(1, 2.5 * mm),
    ]
    if not sheet.approved:
        story += [not_approved_banner(sheet, st, labels, WIDTH), Spacer(1, 2.5 * mm)]
    story += [
        _grid(sheet, font, labels),
        Spacer(1, 1.5 * mm),
        para(L(labels, "gap_note"), st.small),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                *legend(sheet, font, st, labels),
                Spacer(1, 5 * mm),
                approval_block(sheet, st, labels, tz, WIDTH),
            ]
        ),
    ]
    if sheet.approved or sheet.changes:
        story += [
            Spacer(1, 5 * mm),
            KeepTogether(changes_table(sheet, font, st, labels, tz, WIDTH)),
        ]
    month = pdf_text(month_text(labels, sheet.year, sheet.month))
    left = f"{L(labels, 'station')}: {pdf_text(sheet.station)}  ·  {month}"
    return ps.render(
        story,
        PAGE,
        font,
        title=title,
        subject=f"{sheet.station} {sheet.year}-{sheet.month:02d}",
        draw_footer=ps.footer(font, left, labels),
        on_page=None if sheet.approved else ps.watermark(font, L(labels, "not_approved")),
    )


def write_roster_pdf(
    path: Path,
    sheet: RosterSheet,
    labels: Mapping[str, str] | None = None,
    tz: tzinfo | None = None,
) -> None:
    """:func:`render_roster_pdf` into ``path``, written atomically (``StorageError``)."""
    atomic_write_bytes(Path(path), render_roster_pdf(sheet, labels, tz))
