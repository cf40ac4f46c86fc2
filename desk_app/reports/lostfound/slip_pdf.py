"""The return slip signed when a found item goes back to its owner, as an A4 PDF
(:func:`render_return_slip`): the item, the claimant, the declaration, the claimant's drawn
signature, the clerk, and a footer with station, page and the return's reference.

It holds everything only the slip needs: the page and its styles, the facts table, the
signatures, the footer, and the masking of the claimant's identity document. What the tags share
with it is in :mod:`desk_app.reports.lostfound.pdf_style`.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import datetime, tzinfo
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.domain.value import Value
from desk_app.domain.wide_text import has_wide
from desk_app.formats import format_integer, language_of
from desk_app.reports.files import atomic_write_bytes
from desk_app.reports.lostfound.pdf_style import (
    _check_number,
    _cut,
    _label,
    _one_line,
    _qr_drawing,
    _time,
    _width,
)
from desk_app.reports.pdf_fonts import pdf_text, register_fonts
from desk_app.reports.pdf_pages import numbered_canvas
from desk_app.reports.pdf_parts import layout_style, signature_image

ID_MASK = "···"


class ReturnSlip(Value):
    station: str
    number: str
    description: str
    category: str
    valuables: bool
    found_at: datetime
    found_place: str
    found_by: str
    storage_place: str
    claimant_name: str
    claimant_contact: str
    id_document: str  # the document's type, translated ("Passport")
    id_last_four: str  # only the last four characters are ever printed
    returned_by: str
    returned_at: datetime
    signature_png: bytes
    reference: str  # the return record's id


# --- words -------------------------------------------------------------------------------------


def _identity(document: str, last_four: str) -> str:
    digits = "".join(last_four.split())[-4:]
    document = _one_line(document)
    if not digits:
        return document
    return f"{document} {ID_MASK}{digits}".strip()


# --- return slip -------------------------------------------------------------------------------

_MARGIN = 18 * mm
_FRAME_W = A4[0] - 2 * _MARGIN
_FOOTER = 14 * mm  # below the text frame: a rule, station and page, reference
_GREY = colors.HexColor("#555555")
_RULE = colors.HexColor("#999999")
_SHADE = colors.HexColor("#E8ECF0")


class _Styles:
    def __init__(self, font: str) -> None:
        base = ParagraphStyle("base", fontName=font, fontSize=10, leading=13)
        self.title = ParagraphStyle("title", base, fontSize=18, leading=23)
        self.number = ParagraphStyle("number", base, fontSize=16, leading=20)
        self.heading = ParagraphStyle("heading", base, fontSize=11, leading=14)
        self.caption = ParagraphStyle("caption", base, fontSize=8, leading=10.5, textColor=_GREY)
        self.value = base
        self.declaration = ParagraphStyle("declaration", base, fontSize=11.5, leading=16)
        self.small = ParagraphStyle("small", base, fontSize=9, leading=12)
        self.badge = ParagraphStyle("badge", base, fontSize=10, leading=12, textColor=colors.white)


def _para(text: str, style: ParagraphStyle, multiline: bool = False) -> Paragraph:
    """A paragraph of plain ``text`` (escaped), wrapped the way its script wraps."""
    text = pdf_text(text)
    if multiline:
        body = "<br/>".join(escape(" ".join(line.split())) for line in text.splitlines())
    else:
        body = escape(" ".join(text.split()))
    if has_wide(text):
        style = ParagraphStyle(f"{style.name}-cjk", style, wordWrap="CJK")
    return Paragraph(body, style)


def _badge(text: str, st: _Styles, font: str) -> Table:
    """White on black, as wide as its words: the valuables mark."""
    pad = 5
    width = _width(text, font, st.badge.fontSize) + 2 * pad + 1
    table = Table([[_para(text, st.badge)]], colWidths=[min(width, _FRAME_W / 2)])
    table.setStyle(
        layout_style(
            ("BACKGROUND", (0, 0), (-1, -1), colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    table.hAlign = "LEFT"
    return table


def _footer(font: str, slip: ReturnSlip, labels: Mapping[str, str] | None):
    """Station and the item's number, the page, and the return's reference, on every page."""

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        width = A4[0]
        rule = _MARGIN + _FOOTER - 4 * mm
        first = rule - 4.5 * mm
        canvas.saveState()
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.5)
        canvas.line(_MARGIN, rule, width - _MARGIN, rule)
        canvas.setFillColor(_GREY)
        size = 8
        canvas.setFont(font, size)
        language = language_of(labels)
        page_text = _label(
            labels,
            "page",
            page=format_integer(page, language),
            pages=format_integer(pages, language),
        )
        canvas.drawRightString(width - _MARGIN, first, page_text)
        room = _FRAME_W - _width(page_text, font, size) - 6 * mm
        station = f"{_label(labels, 'station')}: {_one_line(slip.station)}  ·  {slip.number}"
        canvas.drawString(_MARGIN, first, _cut(station, font, size, room))
        reference = f"{_label(labels, 'reference')}: {_one_line(slip.reference)}"
        canvas.setFont(font, 6.5)
        canvas.drawString(_MARGIN, first - 3.5 * mm, _cut(reference, font, 6.5, room))
        canvas.restoreState()

    return draw


def _slip_story(
    slip: ReturnSlip, font: str, labels: Mapping[str, str] | None, tz: tzinfo | None
) -> list:
    number = _check_number(slip.number)
    st = _Styles(font)

    def L(key: str) -> str:  # noqa: N802 - reads like a caption
        return _label(labels, key)

    # Title and number; the QR code on the right.
    qr_size = 30 * mm
    heading = [_para(L("slip_title"), st.title), Spacer(1, 3 * mm), _para(number, st.number)]
    if slip.valuables:
        heading += [Spacer(1, 2 * mm), _badge(L("valuables_mark"), st, font)]
    header = Table(
        [[heading, _qr_drawing(number, qr_size)]], colWidths=[_FRAME_W - qr_size, qr_size]
    )
    header.setStyle(layout_style())

    # The facts: the item on the left, the claimant on the right.
    item = [
        (L("number"), number),
        (L("category"), slip.category),
        (L("valuables"), L("yes") if slip.valuables else L("no")),
        (L("found_at"), _time(slip.found_at, tz, labels)),
        (L("found_place"), slip.found_place),
        (L("found_by"), slip.found_by),
        (L("storage_place"), slip.storage_place),
    ]
    claimant = [
        (L("claimant_name"), slip.claimant_name),
        (L("claimant_contact"), slip.claimant_contact),
        (L("identity"), _identity(slip.id_document, slip.id_last_four)),
        (L("returned_by"), slip.returned_by),
        (L("returned_at"), _time(slip.returned_at, tz, labels)),
    ]
    rows: list[list] = [[_para(L("item"), st.heading), "", _para(L("claimant"), st.heading), ""]]
    for i in range(max(len(item), len(claimant))):
        row: list = []
        for side in (item, claimant):
            if i < len(side):
                caption, value = side[i]
                row += [_para(caption, st.caption), _para(value, st.value)]
            else:
                row += ["", ""]
        rows.append(row)
    caption_w = 32 * mm
    value_w = _FRAME_W / 2 - caption_w
    facts = Table(rows, colWidths=[caption_w, value_w, caption_w, value_w], repeatRows=1)
    facts.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (2, 0), (3, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.75, colors.black),
                ("LINEAFTER", (1, 0), (1, -1), 0.75, colors.black),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, _RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 1), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )

    # The description may be long: a paragraph of its own, which may go on to the next page.
    description = [
        _para(L("description"), st.caption),
        Spacer(1, 1 * mm),
        _para(slip.description.strip() or "—", st.value, multiline=True),
    ]

    # The declaration and both signatures stay together: the claimant's drawn one in a box, the
    # clerk's name on a line, each with its time.
    gap = 12 * mm
    col_w = (_FRAME_W - gap) / 2
    box_h = 34 * mm
    signature = signature_image(slip.signature_png, col_w - 6 * mm, box_h - 6 * mm)
    returned_at = _time(slip.returned_at, tz, labels)
    signatures = Table(
        [
            [_para(L("signature"), st.caption), "", _para(L("handed_over_by"), st.caption)],
            [signature or "", "", ""],
            [
                [_para(slip.claimant_name, st.value), _para(returned_at, st.small)],
                "",
                [_para(slip.returned_by, st.value), _para(returned_at, st.small)],
            ],
        ],
        colWidths=[col_w, gap, col_w],
        rowHeights=[None, box_h, None],
    )
    signatures.setStyle(
        layout_style(
            ("BOX", (0, 1), (0, 1), 0.75, colors.black),
            ("LINEBELOW", (2, 1), (2, 1), 0.75, colors.black),
            ("ALIGN", (0, 1), (0, 1), "CENTER"),
            ("VALIGN", (0, 1), (0, 1), "MIDDLE"),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
            ("TOPPADDING", (0, 2), (-1, 2), 3),
        )
    )
    closing = KeepTogether([_para(L("declaration"), st.declaration), Spacer(1, 6 * mm), signatures])
    return [
        header,
        Spacer(1, 7 * mm),
        facts,
        Spacer(1, 5 * mm),
        *description,
        Spacer(1, 10 * mm),
        closing,
    ]


def render_return_slip(
    slip: ReturnSlip, labels: Mapping[str, str] | None = None, tz: tzinfo | None = None
) -> bytes:
    """The return slip as an A4 PDF (one page unless the description is very long)."""
    font = register_fonts()
    story = _slip_story(slip, font, labels, tz)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=f"{_label(labels, 'slip_title')} {slip.number}",
        author="DutyDesk",
        creator="DutyDesk",
        subject=slip.number,
        initialFontName=font,
        pageCompression=1,
    )
    frame = Frame(
        _MARGIN,
        _MARGIN + _FOOTER,
        _FRAME_W,
        A4[1] - 2 * _MARGIN - _FOOTER,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("slip", [frame])])
    doc.build(story, canvasmaker=numbered_canvas(_footer(font, slip, labels)))
    return buffer.getvalue()


def write_return_slip_pdf(
    path: Path, slip: ReturnSlip, labels: Mapping[str, str] | None = None, tz: tzinfo | None = None
) -> None:
    """:func:`render_return_slip` into ``path``, written atomically (``StorageError`` on failure)."""
    atomic_write_bytes(Path(path), render_return_slip(slip, labels, tz))
