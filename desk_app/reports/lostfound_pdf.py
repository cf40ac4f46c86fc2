"""Lost-and-found printouts as PDF (reportlab): item tags and the return slip.

Plain dataclasses in, PDF bytes out; no Qt. Text is set in the embedded ``DeskSans`` font
(:mod:`desk_app.reports.pdf_fonts`), so Chinese, Russian and English print alike on any reader.

Tags (:func:`render_tags`) come in three sizes (:class:`LabelSize`): one tag per page for a label
printer (62 x 29 mm, 50 x 30 mm; the page is exactly the label), or an A4 sheet of 3 x 8 stickers
of 70 x 37 mm filled in order, further pages when there are more. A tag carries the item's number
as a QR code (the payload is exactly the number) and as large text, the time found, the
category, the storage place, a VALUABLES mark for valuables, and as much of the description as
fits (cut with "…"). A return slip (:func:`render_return_slip`) is one A4 form: the item, the
claimant, the declaration, the claimant's drawn signature, the clerk, station and reference.

The caller passes the words: ``labels`` maps the keys of :data:`PDF_LABELS` to the reader's
language; a missing key prints the English default shown there. Keys whose default has
``{placeholders}`` are templates: a translation must keep them (when it does not, the English
default is used). The keys:

- tags: ``tag_found`` ("Found {time}"), ``tag_storage`` ("Stored: {place}"), ``valuables_mark``
  ("VALUABLES", also on the slip);
- slip: ``slip_title``, ``item``, ``claimant``, ``number``, ``description``, ``category``,
  ``valuables``, ``yes``, ``no``, ``found_at``, ``found_place``, ``found_by``,
  ``storage_place``, ``claimant_name``, ``claimant_contact``, ``identity``, ``returned_by``,
  ``returned_at``, ``declaration``, ``signature``, ``handed_over_by``, ``station``,
  ``reference``, ``page`` ("Page {page} of {pages}").

Times must be aware; they print as ``YYYY-MM-DD HH:MM`` in ``tz`` (default: this computer's
local zone). Identity is printed as the document's type and its last four characters only
("Passport ···1234").
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.reports.files import atomic_write_bytes
from desk_app.reports.pdf_fonts import pdf_text, register_fonts
from desk_app.reports.pdf_pages import numbered_canvas

__all__ = [
    "PDF_LABELS",
    "PDF_LABEL_KEYS",
    "ItemTag",
    "LabelSize",
    "ReturnSlip",
    "render_return_slip",
    "render_tags",
    "write_return_slip_pdf",
    "write_tags_pdf",
]

PDF_LABELS: Mapping[str, str] = MappingProxyType(
    {
        # tags
        "tag_found": "Found {time}",
        "tag_storage": "Stored: {place}",
        "valuables_mark": "VALUABLES",
        # return slip
        "slip_title": "Lost property return slip",
        "item": "Item",
        "claimant": "Claimant",
        "number": "Number",
        "description": "Description",
        "category": "Category",
        "valuables": "Valuables",
        "yes": "Yes",
        "no": "No",
        "found_at": "Time found",
        "found_place": "Place found",
        "found_by": "Found by",
        "storage_place": "Storage place",
        "claimant_name": "Name",
        "claimant_contact": "Contact",
        "identity": "Identity checked",
        "returned_by": "Returned by",
        "returned_at": "Time returned",
        "declaration": "I confirm I have received the item described above.",
        "signature": "Claimant's signature",
        "handed_over_by": "Handed over by",
        "station": "Station",
        "reference": "Reference",
        "page": "Page {page} of {pages}",
    }
)
"""Every caption the PDFs print: key -> English default (translate the values)."""

PDF_LABEL_KEYS: tuple[str, ...] = tuple(PDF_LABELS)

TIME_FORMAT = "%Y-%m-%d %H:%M"
ELLIPSIS = "…"
ID_MASK = "···"


class LabelSize(StrEnum):
    LABEL_62x29 = "62x29"
    LABEL_50x30 = "50x30"
    A4_SHEET = "a4"


@dataclass(frozen=True)
class ItemTag:
    number: str  # "LF-2026-00042": ASCII, and exactly the QR code's payload
    found_at: datetime  # aware
    category: str  # in the reader's language
    storage_place: str
    valuables: bool
    description: str  # any length, any script: cut to fit


@dataclass(frozen=True)
class ReturnSlip:
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


# --- words and times ---------------------------------------------------------------------------


def _label(labels: Mapping[str, str] | None, key: str, **fields: str) -> str:
    """The caption for ``key`` in the reader's language, its ``{fields}`` filled in."""
    default = PDF_LABELS[key]
    text = (labels or {}).get(key) or default
    if fields:
        try:
            text = text.format(**fields)
        except (KeyError, IndexError, ValueError):
            text = default.format(**fields)  # a translation lost a placeholder
    return pdf_text(text)


def _time(moment: datetime, tz: tzinfo | None) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive time {moment!r}: times must carry their zone")
    return moment.astimezone(tz).strftime(TIME_FORMAT)


def _one_line(text: str) -> str:
    return pdf_text(" ".join(text.split()))


def _identity(document: str, last_four: str) -> str:
    digits = "".join(last_four.split())[-4:]
    document = _one_line(document)
    if not digits:
        return document
    return f"{document} {ID_MASK}{digits}".strip()


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _has_cjk(text: str) -> bool:
    return any(_is_wide(ch) for ch in text)


# --- fitting text into a box (tags) ------------------------------------------------------------

# Punctuation that must not start a line: it stays with the character before it.
_NO_LINE_START = set("，。、；：！？）》」』】〉”’,.;:!?)]}…%％·")


def _units(text: str) -> list[tuple[str, bool]]:
    """Where ``text`` may break: (unit, space before it). A CJK character is a unit of its own,
    other scripts break at spaces; closing punctuation sticks to what precedes it."""
    units: list[tuple[str, bool]] = []
    word = ""
    word_space = False
    space = False  # whitespace since the last unit

    def flush() -> None:
        nonlocal word
        if word:
            units.append((word, word_space))
            word = ""

    for ch in text:
        if ch.isspace():
            flush()
            space = True
        elif ch in _NO_LINE_START and not space and (word or units):
            if word:
                word += ch
            else:
                units[-1] = (units[-1][0] + ch, units[-1][1])
        elif _is_wide(ch):
            flush()
            units.append((ch, space and bool(units)))
            space = False
        else:
            if not word:
                word_space = space and bool(units)
                space = False
            word += ch
    flush()
    return units


def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def _with_ellipsis(text: str, font: str, size: float, width: float) -> str:
    """As much of ``text`` as fits ``width`` followed by "…"."""
    keep = text
    while keep and _width(keep.rstrip() + ELLIPSIS, font, size) > width:
        keep = keep[:-1]
    return keep.rstrip() + ELLIPSIS


def _cut(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line: whole when it fits, else as much as fits followed by "…"."""
    if _width(text, font, size) <= width:
        return text
    return _with_ellipsis(text, font, size, width)


def _head(unit: str, font: str, size: float, width: float) -> str:
    """The longest start of ``unit`` that fits ``width`` (at least one character)."""
    n = 1
    while n < len(unit) and _width(unit[: n + 1], font, size) <= width:
        n += 1
    return unit[:n]


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """``text`` in at most ``max_lines`` lines of ``width``; the last ends with "…" when cut."""
    if max_lines <= 0:
        return []
    units = _units(_one_line(text))
    lines: list[str] = []
    line = ""
    i = 0
    while i < len(units) and len(lines) < max_lines:
        unit, space = units[i]
        candidate = f"{line} {unit}" if line and space else line + unit
        if _width(candidate, font, size) <= width:
            line = candidate
            i += 1
        elif line:
            lines.append(line)
            line = ""
        else:  # one unit wider than the line: broken between characters
            head = _head(unit, font, size, width)
            lines.append(head)
            if head == unit:
                i += 1
            else:
                units[i] = (unit[len(head) :], False)
    if i >= len(units):
        if line:
            lines.append(line)
        return lines
    lines[-1] = _with_ellipsis(lines[-1], font, size, width)
    return lines


def _fit_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    """The largest size up to ``largest`` at which ``text`` fits ``width`` (not below
    ``smallest``; the caller cuts what still does not fit)."""
    natural = _width(text, font, 1.0)
    if natural <= 0:
        return largest
    return max(smallest, min(largest, width / natural))


# --- QR code -----------------------------------------------------------------------------------

QR_LEVEL = "M"  # 15 % of the code may be scratched or creased
QR_QUIET_MODULES = 4  # the standard quiet zone, kept inside the drawing


def _qr_drawing(value: str, size: float) -> Drawing:
    """A ``size`` x ``size`` drawing of the QR code of ``value``, quiet zone included."""
    widget = QrCodeWidget(
        value,
        barLevel=QR_LEVEL,
        barBorder=QR_QUIET_MODULES,
        barWidth=size,
        barHeight=size,
    )
    drawing = Drawing(size, size)
    drawing.add(widget)
    return drawing


def _check_number(number: str) -> str:
    if not number or not number.isascii() or not number.isprintable():
        raise ValueError(f"an item number is printable ASCII, not {number!r}")
    return number


# --- tags --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sheet:
    """Where tags go on a page: a grid of cells, each with a blank margin inside."""

    page: tuple[float, float]
    cell: tuple[float, float]
    columns: int
    rows: int
    pad_x: float
    pad_y: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        """Bottom-left corner of cell ``index`` (row by row from the top-left), centred grid."""
        col, row = index % self.columns, index // self.columns
        left = (self.page[0] - self.columns * self.cell[0]) / 2
        top = (self.page[1] - self.rows * self.cell[1]) / 2
        return left + col * self.cell[0], self.page[1] - top - (row + 1) * self.cell[1]


SHEETS: Mapping[LabelSize, _Sheet] = MappingProxyType(
    {
        LabelSize.LABEL_62x29: _Sheet(
            (62 * mm, 29 * mm), (62 * mm, 29 * mm), 1, 1, 1.5 * mm, 1.5 * mm
        ),
        LabelSize.LABEL_50x30: _Sheet(
            (50 * mm, 30 * mm), (50 * mm, 30 * mm), 1, 1, 1.5 * mm, 1.5 * mm
        ),
        # 24 stickers of 70 x 37 mm (3 x 8); the margin inside each cell keeps text off the edges
        # a laser printer cannot reach.
        LabelSize.A4_SHEET: _Sheet(A4, (70 * mm, 37 * mm), 3, 8, 4 * mm, 4 * mm),
    }
)

_TAG_NUMBER_MAX = 15.0
_TAG_NUMBER_MIN = 7.0
_TAG_LINE_MAX = 7.5
_TAG_LINE_MIN = 5.5
_TAG_DESCRIPTION = 6.5
_LEADING = 1.2
# The font's ascent and descent as fractions of its size (wqy-microhei: 0.765 and 0.240).
_ASCENT = 0.80
_DESCENT = 0.24


class _Column:
    """Lines of text set from the top of a box downwards; nothing goes below its bottom."""

    def __init__(
        self, canvas: Canvas, font: str, x: float, top: float, width: float, bottom: float
    ):
        self.canvas = canvas
        self.font = font
        self.x = x
        self.y = top  # the top of the next line
        self.width = width
        self.bottom = bottom

    def room(self, size: float) -> bool:
        return self.y - size * (_ASCENT + _DESCENT) >= self.bottom - 0.01

    def line(self, text: str, size: float) -> None:
        if not text or not self.room(size):
            return
        self.canvas.setFont(self.font, size)
        self.canvas.drawString(
            self.x, self.y - size * _ASCENT, _cut(text, self.font, size, self.width)
        )
        self.y -= size * _LEADING

    def fitted(self, text: str, largest: float, smallest: float = _TAG_LINE_MIN) -> None:
        self.line(text, _fit_size(text, self.font, self.width, largest, smallest))

    def badge(self, text: str, size: float) -> None:
        """White text on a black band: the valuables mark."""
        pad = size * 0.3
        height = size * (_ASCENT + _DESCENT) + 2 * pad
        if not text or self.y - height < self.bottom - 0.01:
            return
        text = _cut(text, self.font, size, self.width - 2 * pad)
        c = self.canvas
        c.saveState()
        c.setFillColor(colors.black)
        c.rect(
            self.x,
            self.y - height,
            _width(text, self.font, size) + 2 * pad,
            height,
            stroke=0,
            fill=1,
        )
        c.setFillColor(colors.white)
        c.setFont(self.font, size)
        c.drawString(self.x + pad, self.y - pad - size * _ASCENT, text)
        c.restoreState()
        self.y -= height + size * 0.25

    def paragraph(self, text: str, size: float) -> None:
        """As many lines of ``text`` as there is room for, cut with "…"."""
        lines = 0
        y = self.y
        while y - size * (_ASCENT + _DESCENT) >= self.bottom - 0.01:
            lines += 1
            y -= size * _LEADING
        for piece in _wrap(text, self.font, size, self.width, lines):
            self.line(piece, size)


def _draw_tag(
    canvas: Canvas,
    font: str,
    tag: ItemTag,
    x: float,
    y: float,
    sheet: _Sheet,
    labels: Mapping[str, str] | None,
    tz: tzinfo | None,
) -> None:
    cell_w, cell_h = sheet.cell
    left, right = x + sheet.pad_x, x + cell_w - sheet.pad_x
    bottom, top = y + sheet.pad_y, y + cell_h - sheet.pad_y
    width, height = right - left, top - bottom
    number = _check_number(tag.number)
    gap = 0.5 * mm

    # Beside a QR code as tall as the tag, the number needs room for a readable size; on a
    # squarer tag it goes across the top instead, the QR code below it.
    side_text = width - height - gap
    across = _fit_size(number, font, side_text, _TAG_NUMBER_MAX, 0) < 10
    canvas.setFillColor(colors.black)
    if across:
        size = _fit_size(number, font, width, _TAG_NUMBER_MAX, _TAG_NUMBER_MIN)
        canvas.setFont(font, size)
        canvas.drawString(left, top - size * _ASCENT, _cut(number, font, size, width))
        qr_top = top - size * (_ASCENT + _DESCENT) - 0.3 * mm
        qr = qr_top - bottom
        renderPDF.draw(_qr_drawing(number, qr), canvas, left, bottom)
        column = _Column(canvas, font, left + qr + gap, qr_top, width - qr - gap, bottom)
    else:
        qr = height
        renderPDF.draw(_qr_drawing(number, qr), canvas, left, bottom)
        column = _Column(canvas, font, left + qr + gap, top, width - qr - gap, bottom)
        column.fitted(number, _TAG_NUMBER_MAX, _TAG_NUMBER_MIN)
        column.y -= 0.4 * mm
    column.fitted(_label(labels, "tag_found", time=_time(tag.found_at, tz)), _TAG_LINE_MAX - 0.5)
    column.fitted(_one_line(tag.category), _TAG_LINE_MAX)
    if tag.storage_place.strip():
        column.fitted(
            _label(labels, "tag_storage", place=_one_line(tag.storage_place)), _TAG_LINE_MAX
        )
    if tag.valuables:
        column.badge(_label(labels, "valuables_mark"), _TAG_LINE_MAX - 0.5)
    if tag.description.strip():
        column.paragraph(tag.description, _TAG_DESCRIPTION)


def render_tags(
    tags: Sequence[ItemTag],
    size: LabelSize,
    labels: Mapping[str, str] | None = None,
    tz: tzinfo | None = None,
    *,
    skip: int = 0,
) -> bytes:
    """The tags as a PDF. ``skip``: stickers already used on the first A4 sheet (filled in
    order, row by row); ignored for a label printer, which has one tag per page."""
    if not tags:
        raise ValueError("no tags to print")
    font = register_fonts()
    sheet = SHEETS[LabelSize(size)]
    skip = max(0, skip) % sheet.per_page if sheet.per_page > 1 else 0
    buffer = io.BytesIO()
    # The initial font too: no page may name a font the PDF does not carry.
    canvas = Canvas(buffer, pagesize=sheet.page, pageCompression=1, initialFontName=font)
    canvas.setAuthor("DutyDesk")
    canvas.setCreator("DutyDesk")
    canvas.setTitle(tags[0].number if len(tags) == 1 else f"{tags[0].number} … {tags[-1].number}")
    for n, tag in enumerate(tags):
        index = (n + skip) % sheet.per_page
        if n and index == 0:
            canvas.showPage()
        x, y = sheet.origin(index)
        _draw_tag(canvas, font, tag, x, y, sheet, labels, tz)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_tags_pdf(
    path: Path,
    tags: Sequence[ItemTag],
    size: LabelSize,
    labels: Mapping[str, str] | None = None,
    tz: tzinfo | None = None,
    *,
    skip: int = 0,
) -> None:
    """:func:`render_tags` into ``path``, written atomically (``StorageError`` on failure)."""
    atomic_write_bytes(Path(path), render_tags(tags, size, labels, tz, skip=skip))


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
    if _has_cjk(text):
        style = ParagraphStyle(f"{style.name}-cjk", style, wordWrap="CJK")
    return Paragraph(body, style)


def _cell_style(*extra: tuple) -> TableStyle:
    """No padding unless asked: tables used for layout line up with the text around them."""
    return TableStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *extra,
        ]
    )


def _badge(text: str, st: _Styles, font: str) -> Table:
    """White on black, as wide as its words: the valuables mark."""
    pad = 5
    width = _width(text, font, st.badge.fontSize) + 2 * pad + 1
    table = Table([[_para(text, st.badge)]], colWidths=[min(width, _FRAME_W / 2)])
    table.setStyle(
        _cell_style(
            ("BACKGROUND", (0, 0), (-1, -1), colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    table.hAlign = "LEFT"
    return table


def _signature_image(png: bytes, width: float, height: float) -> Image | None:
    """The drawn signature scaled to fit ``width`` x ``height``, its proportions kept."""
    if not png:
        return None
    w, h = ImageReader(io.BytesIO(png)).getSize()
    scale = min(width / w, height / h)
    return Image(io.BytesIO(png), width=w * scale, height=h * scale)


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
        page_text = _label(labels, "page", page=str(page), pages=str(pages))
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
    header.setStyle(_cell_style())

    # The facts: the item on the left, the claimant on the right.
    item = [
        (L("number"), number),
        (L("category"), slip.category),
        (L("valuables"), L("yes") if slip.valuables else L("no")),
        (L("found_at"), _time(slip.found_at, tz)),
        (L("found_place"), slip.found_place),
        (L("found_by"), slip.found_by),
        (L("storage_place"), slip.storage_place),
    ]
    claimant = [
        (L("claimant_name"), slip.claimant_name),
        (L("claimant_contact"), slip.claimant_contact),
        (L("identity"), _identity(slip.id_document, slip.id_last_four)),
        (L("returned_by"), slip.returned_by),
        (L("returned_at"), _time(slip.returned_at, tz)),
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
    signature = _signature_image(slip.signature_png, col_w - 6 * mm, box_h - 6 * mm)
    returned_at = _time(slip.returned_at, tz)
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
        _cell_style(
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
