"""The look the handover PDFs share: the A4 page and its frame, the palette, the paragraph styles,
and the paragraph itself (Chinese wrapped between any two characters, "bold" drawn in a font that
has no bold face).

It is its own module so that the section tables (:mod:`desk_app.reports.handover.pdf_sections`),
the signatures and seal (:mod:`desk_app.reports.handover.pdf_signatures`) and the page furniture
(:mod:`desk_app.reports.handover.pdf`) draw alike without importing one another. Private to
those three: the names keep their leading underscore.
"""

from __future__ import annotations

from collections.abc import Mapping
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from desk_app.domain.wide_text import has_wide
from desk_app.reports.pdf_fonts import pdf_text
from desk_app.reports.tables import label

_MARGIN = 15 * mm
_FOOTER = 11 * mm  # below the text frame: a rule, then station, number and page
_PORTRAIT = A4
_LANDSCAPE = landscape(A4)

_GREY = colors.HexColor("#555555")
_RULE = colors.HexColor("#9AA3AD")
_GRID = colors.HexColor("#B8C0C8")
_SHADE = colors.HexColor("#E4E9EE")
_FLAG_FILL = colors.HexColor("#F9D3D0")
_FLAG_BAR = colors.HexColor("#C0392B")
_DRAFT = colors.HexColor("#B03A2E")
_SEALED = colors.HexColor("#1E6B3A")

_CELL_SIZE = 8.0


def _frame_width(pagesize: tuple[float, float]) -> float:
    return pagesize[0] - 2 * _MARGIN


def _frame_height(pagesize: tuple[float, float]) -> float:
    return pagesize[1] - 2 * _MARGIN - _FOOTER


# --- words -------------------------------------------------------------------------------------


class _Styles:
    def __init__(self, font: str) -> None:
        base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=12.5)
        self.value = base
        self.title = ParagraphStyle("title", base, fontSize=17, leading=22)
        self.subtitle = ParagraphStyle("subtitle", base, fontSize=10, leading=13, textColor=_GREY)
        self.heading = ParagraphStyle(
            "heading", base, fontSize=11.5, leading=15, spaceBefore=0, spaceAfter=0
        )
        self.caption = ParagraphStyle("caption", base, fontSize=7.5, leading=9.5, textColor=_GREY)
        self.cell = ParagraphStyle("cell", base, fontSize=_CELL_SIZE, leading=10)
        self.cell_right = ParagraphStyle("cell-right", self.cell, alignment=TA_RIGHT)
        self.cell_head = ParagraphStyle("cell-head", self.cell, fontSize=7.5, leading=9.5)
        self.empty = ParagraphStyle("empty", base, fontSize=9, leading=12, textColor=_GREY)
        self.unsigned = ParagraphStyle("unsigned", self.empty, alignment=1)
        self.banner = ParagraphStyle("banner", base, fontSize=10, leading=13, textColor=_DRAFT)
        self.badge = ParagraphStyle(
            "badge", base, fontSize=10, leading=12, textColor=colors.white, alignment=1
        )
        self.meaning = ParagraphStyle("meaning", base, fontSize=10.5, leading=13)
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=_GREY)
        self.seal = ParagraphStyle("seal", base, fontSize=10, leading=13.5)
        self.hash = ParagraphStyle("hash", base, fontSize=6.5, leading=8.5, textColor=_GREY)


class _BoldParagraph(Paragraph):
    """A paragraph drawn heavier: the font has no bold face, so the glyphs are filled and
    stroked with a thin outline of their own colour (PDF text render mode 2)."""

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.style.textColor)
        canvas.setLineWidth(self.style.fontSize * 0.045)
        canvas._code.append("2 Tr")  # text state lives in the graphics state: q ... Q undoes it
        super().draw()
        canvas.restoreState()


def _para(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    """A paragraph of plain ``text`` (escaped, its line breaks kept), wrapped the way its script
    wraps: between any two characters for Chinese, at spaces otherwise."""
    text = pdf_text(text)
    body = "<br/>".join(escape(" ".join(line.split())) for line in text.splitlines())
    if has_wide(text):
        style = ParagraphStyle(f"{style.name}-cjk", style, wordWrap="CJK")
    return (_BoldParagraph if bold else Paragraph)(body, style)


def _L(labels: Mapping[str, str] | None, key: str, **fields: object) -> str:  # noqa: N802
    return pdf_text(label(labels, key, **fields))


# --- tables that only place things -------------------------------------------------------------
