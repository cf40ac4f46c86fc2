"""An inspection record on one A4 page (reportlab; no Qt): its title and who, when, which kind;
every item of its own checklist with the answer, the note and, for a failed one, the cause and
the correction with who makes it and by when; the comment; the clerk's acknowledgement or their
remark; the seal. A long list makes the page's content smaller, never a second page.

The window hands it a :class:`InspectionSheet` whose words are already in the printout's
language, as it does the handover sheet's labels. :func:`inspection_page` is the page's content
alone, so a month's export (``inspections_pdf.py``) draws every record the same way, one page
each, in one document; each page's footer names its own record (:class:`FooterMark`).
"""

from __future__ import annotations

from dataclasses import field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table

from desk_app.domain.value import Value
from desk_app.reports.files import atomic_write_bytes
from desk_app.reports.pdf_fonts import pdf_text, register_fonts
from desk_app.reports.pdf_parts import layout_style
from desk_app.reports.roster import pdf_style as ps
from desk_app.reports.roster.pdf_style import Styles, para

__all__ = [
    "FooterMark",
    "InspectionRow",
    "InspectionSheet",
    "inspection_page",
    "marked_footer",
    "render_inspection_pdf",
    "write_inspection_pdf",
]

WIDTH = A4[0] - 2 * ps.MARGIN
HEIGHT = A4[1] - 2 * ps.MARGIN - ps.FOOTER
FAILED = colors.HexColor("#C0392B")
HEADER_FILL = colors.HexColor("#EEF1F4")


class InspectionRow(Value):
    number: int
    item: str
    answer: str
    note: str = ""
    correction: str = ""  # cause and correction, who and by when, in words
    failed: bool = False


class InspectionSheet(Value):
    title: str  # "Inspection No. 12"
    subtitle: str  # kind, time, station, who inspected whom
    state: str  # "Acknowledged", "Declined", "Waiting for the clerk"
    headings: tuple[str, str, str, str]  # item, answer, note, correction
    rows: tuple[InspectionRow, ...]
    comment: str = ""
    acknowledgement: str = ""  # who acknowledged (or declined) and when, the remark
    seal: str = ""  # "Seal: …" in words, empty when not sealed
    footer: str = ""
    labels: dict[str, str] = field(default_factory=dict)  # "page" and "language" for the footer


class FooterMark(Flowable):
    """Takes no room; where it is drawn, the page's footer (:func:`marked_footer`) names
    ``text`` from then on. The numbered canvas keeps each page's state until the page count is
    known, so every page remembers the mark in force on it."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._desk_footer = self.text  # type: ignore[attr-defined]


def marked_footer(font: str, labels: dict[str, str]):
    """The footer of a document of several parts: the last :class:`FooterMark`'s words on the
    left, the page number on the right."""

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        ps.footer(font, getattr(canvas, "_desk_footer", ""), labels)(canvas, page, pages)

    return draw


def render_inspection_pdf(sheet: InspectionSheet) -> bytes:
    font = register_fonts()
    return ps.render(
        inspection_page(sheet, Styles(font)),
        A4,
        font,
        pdf_text(sheet.title),
        pdf_text(sheet.subtitle),
        marked_footer(font, sheet.labels),
    )


def inspection_page(sheet: InspectionSheet, st: Styles) -> list[Flowable]:
    """The record's page: its footer's mark, then everything shrunk to fit one page."""
    sealed = bool(sheet.seal)
    badge = ps.badge(sheet.state, ps.APPROVED if sealed else ps.DRAFT, st, 52 * mm)
    failed_style = ParagraphStyle("failed", st.cell, textColor=FAILED)
    widths = [0.28 * WIDTH, 0.16 * WIDTH, 0.20 * WIDTH, 0.36 * WIDTH]
    data = [[para(h, st.caption) for h in sheet.headings]]
    for row in sheet.rows:
        style = failed_style if row.failed else st.cell
        data.append(
            [
                para(f"{row.number}. {row.item}", style),
                para(row.answer, style),
                para(row.note, style),
                para(row.correction, style),
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        layout_style(
            ("GRID", (0, 0), (-1, -1), 0.4, ps.RULE),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        )
    )
    body = [
        ps.title_row(sheet.title, sheet.subtitle, badge, st, WIDTH),
        Spacer(1, 4 * mm),
        table,
    ]
    if sheet.comment:
        body += [Spacer(1, 3 * mm), para(sheet.comment, st.value)]
    if sheet.acknowledgement:
        body += [Spacer(1, 4 * mm), para(sheet.acknowledgement, st.heading)]
    if sheet.seal:
        body += [Spacer(1, 2 * mm), para(sheet.seal, st.small)]
    return [FooterMark(sheet.footer), KeepInFrame(WIDTH, HEIGHT, body, mode="shrink")]


def write_inspection_pdf(path: Path, sheet: InspectionSheet) -> None:
    atomic_write_bytes(path, render_inspection_pdf(sheet))
