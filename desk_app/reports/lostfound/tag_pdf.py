"""The tag stuck on a found item, as PDF: its number as a QR code and as large text, the time
found, the category, the storage place, the valuables mark and as much of the description as
fits, on a label printer's label or an A4 sheet of stickers (:func:`render_tags`).

It holds everything only the tags need: the label sizes and sheet geometry, and the setting of
text into a small box (lines broken between CJK characters or at spaces, the font fitted to the
width, the last line cut with "…"). What the return slip shares with it is in
:mod:`desk_app.reports.lostfound.pdf_style`.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from types import MappingProxyType

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.domain.value import Value
from desk_app.domain.wide_text import is_wide
from desk_app.reports.files import atomic_write_bytes
from desk_app.reports.lostfound.label_size import LabelSize
from desk_app.reports.lostfound.pdf_style import (
    _check_number,
    _cut,
    _label,
    _one_line,
    _qr_drawing,
    _time,
    _width,
    _with_ellipsis,
)
from desk_app.reports.pdf_fonts import register_fonts
from desk_app.reports.pdf_pages import DeskCanvas


class ItemTag(Value):
    number: str  # "LF-2026-00042": ASCII, and exactly the QR code's payload
    found_at: datetime  # aware
    category: str  # in the reader's language
    storage_place: str
    valuables: bool
    description: str  # any length, any script: cut to fit


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
        elif is_wide(ch):
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


# --- tags --------------------------------------------------------------------------------------


class _Sheet(Value):
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
    column.fitted(
        _label(labels, "tag_found", time=_time(tag.found_at, tz, labels)), _TAG_LINE_MAX - 0.5
    )
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
    # No page may name a font the PDF does not carry (the QR drawing's default font included).
    canvas = DeskCanvas(buffer, pagesize=sheet.page, pageCompression=1)
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
