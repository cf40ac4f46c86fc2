"""The look the roster's PDFs share: the palette, the paragraph styles, a paragraph wrapped the way
its script wraps, one line cut to a width, the state's badge, the footer, the pale watermark of a
month not approved, and the document build.

Its own module so that the month's grid (:mod:`desk_app.reports.roster.pdf`) and a person's month
(:mod:`desk_app.reports.roster.person_pdf`) draw alike without importing one another.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table

from desk_app.domain.wide_text import has_wide
from desk_app.formats import format_integer, language_of
from desk_app.reports.pdf_fonts import pdf_text
from desk_app.reports.pdf_pages import numbered_canvas
from desk_app.reports.pdf_parts import layout_style
from desk_app.reports.roster.words import label

MARGIN = 10 * mm
FOOTER = 9 * mm  # below the frame: a rule, then station, month and page

GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9AA3AD")
GRID = colors.HexColor("#B8C0C8")
SHADE = colors.HexColor("#E4E9EE")
WEEKEND = colors.HexColor("#CDD5DE")
WEEKEND_TINT = colors.HexColor("#F3F5F8")
GAP = colors.HexColor("#C0392B")
GAP_TEXT = colors.white
OFF_TEXT = colors.HexColor("#9AA3AD")
LEAVE_FILL = colors.HexColor("#FFFFFF")
LEAVE_TEXT = colors.HexColor("#8E2C6A")
LEAVE_BORDER = colors.HexColor("#8E2C6A")
DRAFT = colors.HexColor("#B03A2E")
APPROVED = colors.HexColor("#1E6B3A")
SUBMITTED = colors.HexColor("#9A6700")


def L(labels: Mapping[str, str] | None, key: str, **fields: object) -> str:  # noqa: N802
    return pdf_text(label(labels, key, **fields))


def shift_colour(hex_colour: str) -> colors.Color:
    try:
        return colors.HexColor(hex_colour)
    except (ValueError, TypeError):
        return colors.white


class Styles:
    def __init__(self, font: str) -> None:
        base = ParagraphStyle("base", fontName=font, fontSize=9, leading=11.5)
        self.value = base
        self.title = ParagraphStyle("title", base, fontSize=16, leading=20)
        self.subtitle = ParagraphStyle("subtitle", base, fontSize=9.5, leading=12, textColor=GREY)
        self.heading = ParagraphStyle("heading", base, fontSize=11, leading=14)
        self.caption = ParagraphStyle("caption", base, fontSize=7.5, leading=9.5, textColor=GREY)
        self.cell = ParagraphStyle("cell", base, fontSize=8, leading=10)
        self.small = ParagraphStyle("small", base, fontSize=7.5, leading=9.5, textColor=GREY)
        self.banner = ParagraphStyle("banner", base, fontSize=10, leading=13, textColor=DRAFT)
        self.badge = ParagraphStyle(
            "badge", base, fontSize=10, leading=12, textColor=colors.white, alignment=1
        )
        self.refused = ParagraphStyle("refused", base, fontSize=10, leading=13, textColor=DRAFT)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain ``text`` (escaped, its line breaks kept), wrapped between any two
    characters for Chinese, at spaces otherwise."""
    text = pdf_text(text)
    body = "<br/>".join(escape(" ".join(line.split())) for line in text.splitlines())
    if has_wide(text):
        style = ParagraphStyle(f"{style.name}-cjk", style, wordWrap="CJK")
    return Paragraph(body, style)


def cut(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line: whole when it fits, else as much as fits followed by "…"."""
    text = pdf_text(" ".join(text.split()))
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fitted_size(text: str, font: str, size: float, smallest: float, width: float) -> float:
    """The largest size from ``size`` down to ``smallest`` at which ``text`` fits ``width``."""
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def badge(text: str, colour, st: Styles, width: float) -> Table:
    table = Table([[para(text, st.badge)]], colWidths=[width])
    table.setStyle(
        layout_style(
            ("BACKGROUND", (0, 0), (-1, -1), colour),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        )
    )
    return table


def title_row(title: str, subtitle: str, state: Table, st: Styles, width: float) -> Table:
    badge_w = 52 * mm
    row = Table(
        [[[para(title, st.title), para(subtitle, st.subtitle)], state]],
        colWidths=[width - badge_w, badge_w],
    )
    row.setStyle(layout_style(("VALIGN", (1, 0), (1, 0), "MIDDLE")))
    return row


def footer(font: str, left: str, labels: Mapping[str, str] | None):
    def draw(canvas: Canvas, page: int, pages: int) -> None:
        width = canvas._pagesize[0]
        rule = MARGIN + FOOTER - 3 * mm
        line = rule - 4 * mm
        size = 7.5
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, rule, width - MARGIN, rule)
        canvas.setFillColor(GREY)
        canvas.setFont(font, size)
        language = language_of(labels)
        page_text = L(
            labels,
            "page",
            page=format_integer(page, language),
            pages=format_integer(pages, language),
        )
        canvas.drawRightString(width - MARGIN, line, page_text)
        room = width - 2 * MARGIN - stringWidth(page_text, font, size) - 8 * mm
        canvas.drawString(MARGIN, line, cut(left, font, size, room))
        canvas.restoreState()

    return draw


def watermark(font: str, text: str):
    """A large pale word across every page: a roster not approved."""

    def draw(canvas: Canvas, _doc) -> None:
        width, height = canvas._pagesize
        diagonal = (width**2 + height**2) ** 0.5
        size = min(110.0, 0.55 * diagonal / max(stringWidth(text, font, 1), 1))
        canvas.saveState()
        canvas.setFillColor(DRAFT)
        canvas.setFillAlpha(0.08)
        canvas.setFont(font, size)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(54.7 if height > width else 35.3)
        canvas.drawCentredString(0, -size * 0.35, text)
        canvas.restoreState()

    return draw


def render(
    story: list[Flowable],
    pagesize: tuple[float, float],
    font: str,
    title: str,
    subject: str,
    draw_footer: Callable[[Canvas, int, int], None],
    on_page=None,
) -> bytes:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        title=title,
        author="DutyDesk",
        creator="DutyDesk",
        subject=subject,
        initialFontName=font,
        pageCompression=1,
    )
    frame = Frame(
        MARGIN,
        MARGIN + FOOTER,
        pagesize[0] - 2 * MARGIN,
        pagesize[1] - 2 * MARGIN - FOOTER,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    kwargs = {"onPage": on_page} if on_page else {}
    doc.addPageTemplates([PageTemplate("roster", [frame], pagesize=pagesize, **kwargs)])
    doc.build(story, canvasmaker=numbered_canvas(draw_footer))
    return buffer.getvalue()
