"""A month's inspections in one PDF (``desk-app export inspections --pdf``): the analysis first
(the summary's figures, then per clerk and month, the fail rate by item and by clerk, a bar
beside each rate so the worst stand out on paper as in the window's chart), then every
inspection record on a page of its own, drawn as the window prints one
(:func:`~desk_app.reports.supervision.inspection_pdf.inspection_page`), its acknowledgement and
seal included.

Plain values in (:mod:`~desk_app.reports.supervision.analysis_values`), words already in the
printout's language; numbers and times written in that language's formats.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from desk_app.formats import format_datetime, format_integer, format_percent, language_of
from desk_app.reports.files import atomic_write_bytes
from desk_app.reports.pdf_fonts import pdf_text, register_fonts
from desk_app.reports.pdf_parts import layout_style
from desk_app.reports.roster import pdf_style as ps
from desk_app.reports.roster.pdf_style import Styles, para
from desk_app.reports.supervision.analysis_values import (
    COUNT,
    SHARE,
    TEXT,
    TIME,
    AnalysisPrint,
    AnalysisTable,
)
from desk_app.reports.supervision.inspection_pdf import (
    FAILED,
    HEADER_FILL,
    WIDTH,
    FooterMark,
    InspectionSheet,
    inspection_page,
    marked_footer,
)

__all__ = ["render_inspections_pdf", "write_inspections_pdf"]

BAR = colors.HexColor("#C0392B")
BAR_WIDTH = 40 * mm
# Of the page's width: a table's first column (a clerk, an item), and another of words (a month).
NAME_SHARE = 0.42
TEXT_SHARE = 0.18


class _RateBar(Flowable):
    """A share drawn as a bar, the table's highest share (``top``) the column's full width: the
    rates of a month are small, and what matters is which are worst."""

    def __init__(
        self, share: float, top: float, width: float = BAR_WIDTH, height: float = 3 * mm
    ) -> None:
        super().__init__()
        self.share = max(0.0, min(1.0, share / top)) if top > 0 else 0.0
        self.width, self.height = width, height

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        if self.share:
            self.canv.setFillColor(BAR)
            self.canv.rect(0, 0, self.width * self.share, self.height, stroke=0, fill=1)


def _text(value: Any, kind: str, language: str) -> str:
    if value is None:
        return ""
    if kind == COUNT:
        return format_integer(int(value), language)
    if kind == SHARE:
        return format_percent(value, language)
    if kind == TIME and isinstance(value, datetime):
        return format_datetime(value, language)
    return str(value)


def _figures(print_: AnalysisPrint, st: Styles, language: str) -> Table:
    alert = ParagraphStyle("alert", st.value, textColor=FAILED)
    number = ParagraphStyle("number", st.value, alignment=2)
    alert_number = ParagraphStyle("alert-number", alert, alignment=2)
    data = [
        [
            para(f.label, alert if f.alert else st.value),
            para(_text(f.value, f.kind, language), alert_number if f.alert else number),
        ]
        for f in print_.summary
    ]
    table = Table(data, colWidths=[0.45 * WIDTH, 0.15 * WIDTH], hAlign="LEFT")
    table.setStyle(
        layout_style(
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, ps.GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
        )
    )
    return table


def _widths(kinds: tuple[str, ...], bars: bool) -> list[float]:
    """The first column (a name) wide, another text column (a month) narrower, the figures
    sharing the rest; the bar's column last."""
    bar = BAR_WIDTH + 4 * mm if bars else 0
    texts = [k == TEXT for k in kinds[1:]]
    room = WIDTH - NAME_SHARE * WIDTH - bar - sum(texts) * TEXT_SHARE * WIDTH
    figure = room / max(len(texts) - sum(texts), 1)
    return (
        [NAME_SHARE * WIDTH]
        + [TEXT_SHARE * WIDTH if t else figure for t in texts]
        + ([bar] if bars else [])
    )


def _table(table: AnalysisTable, st: Styles, language: str) -> list[Flowable]:
    heading = para(table.name, st.heading)
    if not table.rows:
        return [heading, Spacer(1, 1 * mm), para(table.empty, st.small)]
    number = ParagraphStyle("cell-number", st.cell, alignment=2)
    head_number = ParagraphStyle("caption-number", st.caption, alignment=2)
    bars = SHARE in table.kinds
    rate = table.kinds.index(SHARE) if bars else -1
    top = max((float(row[rate] or 0) for row in table.rows), default=0.0) if bars else 0.0
    data: list[list[Any]] = [
        [
            para(h, st.caption if k in (TEXT, TIME) else head_number)
            for h, k in zip(table.headings, table.kinds, strict=True)
        ]
        + ([""] if bars else [])
    ]
    for row in table.rows:
        cells: list[Any] = [
            para(_text(v, k, language), st.cell if k in (TEXT, TIME) else number)
            for v, k in zip(row, table.kinds, strict=True)
        ]
        if bars:
            cells.append(_RateBar(float(row[rate] or 0), top))
        data.append(cells)
    grid = Table(data, colWidths=_widths(table.kinds, bars), repeatRows=1, hAlign="LEFT")
    grid.setStyle(
        layout_style(
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, ps.GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return [heading, Spacer(1, 1.5 * mm), grid]


def render_inspections_pdf(print_: AnalysisPrint, records: Sequence[InspectionSheet]) -> bytes:
    """The analysis (as many pages as its tables take), then each record on its own page."""
    font = register_fonts()
    st = Styles(font)
    language = language_of(print_.labels)
    story: list[Flowable] = [
        FooterMark(print_.footer),
        para(print_.title, st.title),
        Spacer(1, 3 * mm),
        _figures(print_, st, language),
    ]
    for table in print_.tables:
        story += [Spacer(1, 6 * mm), *_table(table, st, language)]
    for record in records:
        story += [PageBreak(), *inspection_page(record, st)]
    return ps.render(
        story,
        A4,
        font,
        pdf_text(print_.title),
        pdf_text(print_.footer),
        marked_footer(font, print_.labels),
    )


def write_inspections_pdf(
    path: Path, print_: AnalysisPrint, records: Sequence[InspectionSheet]
) -> None:
    atomic_write_bytes(path, render_inspections_pdf(print_, records))
