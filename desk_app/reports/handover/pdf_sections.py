"""The sections of the handover sheet and of the duty report, each as a table.

Both documents print their sections the same way, and this is the largest part of either: column
widths fitted to what the columns hold (a long unbreakable word is broken rather than widen its
column without end), numbers right-aligned, the header row repeated on every page a table runs
over, flagged rows (an overdue follow-up, a discrepancy) on a light red ground in bold with a red
bar at the left, a section too wide for a portrait page on landscape pages, and an empty section
as a box that says so. The documents themselves are assembled in
:mod:`desk_app.reports.handover.pdf`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo
from decimal import Decimal
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.domain.handover.rules import Section
from desk_app.domain.wide_text import has_wide
from desk_app.reports.handover.pdf_style import (
    _CELL_SIZE,
    _FLAG_BAR,
    _FLAG_FILL,
    _GREY,
    _GRID,
    _LANDSCAPE,
    _PORTRAIT,
    _SHADE,
    _frame_height,
    _frame_width,
    _para,
    _Styles,
)
from desk_app.reports.paged_table import CellBox, PagedTable
from desk_app.reports.pdf_fonts import pdf_text
from desk_app.reports.pdf_wrap import wrap_lines
from desk_app.reports.tables import cell_text, column_title, label, section_title

# Sections the clerks write: empty, they had none to note ("None"), not "nothing to hand over".
NONE_WHEN_EMPTY = ("discrepancies", "remarks")

_CELL_PAD = 3.0
_CELL_TOP, _CELL_BOTTOM = 2.5, 3.5
_PLAIN_LINES = 30  # a cell of more lines is a paragraph, which a page break may split
_MAX_TOKEN = 38 * mm  # a longer word is broken rather than widen its column further


class _Column:
    """What a column needs: room for its widest line (natural) and for its longest unbreakable
    piece (minimum); right-aligned when it holds numbers only."""

    def __init__(self, font: str, header: str, texts: Sequence[str], unbreakable: bool, numeric):
        head_words = header.split() or [header]
        self.minimum = max(_token_width(w, font, 7.5) for w in head_words)
        self.natural = max(_line_width(header, font, 7.5), self.minimum)
        for text in texts:
            whole = _line_width(text, font, _CELL_SIZE)
            self.natural = max(self.natural, whole)
            if 2 * whole <= self.minimum and "\n" not in text:
                continue  # no piece of it can count wider than twice its line (_token_width)
            if unbreakable:
                piece = max(
                    (stringWidth(line, font, _CELL_SIZE) for line in text.splitlines()), default=0
                )
            else:
                piece = max((_token_width(w, font, _CELL_SIZE) for w in text.split()), default=0)
            self.minimum = max(self.minimum, piece)
        self.minimum = min(self.minimum, _MAX_TOKEN) + 2 * _CELL_PAD + 1
        self.natural = max(self.natural + 2 * _CELL_PAD + 1, self.minimum)
        self.numeric = numeric
        # Text that wraps: such a column takes the room a table has to spare.
        self.flexible = not unbreakable and self.natural > self.minimum + 1


def _line_width(text: str, font: str, size: float) -> float:
    return max((stringWidth(line, font, size) for line in text.splitlines()), default=0)


@lru_cache(maxsize=1 << 16)  # a month's report measures the same few thousand words again and again
def _token_width(token: str, font: str, size: float) -> float:
    if has_wide(token):  # Chinese breaks between any two characters
        return max(stringWidth(ch, font, size) for ch in token) * 2
    return stringWidth(token, font, size)


def _widths(columns: Sequence[_Column], width: float) -> list[float]:
    """Column widths for ``width``: with room to spare, each column gets what its widest line
    needs and the columns of wrapping text share the rest (a table of short values only stays
    narrow); else each gets its minimum and the rest is shared in proportion to what each still
    needs; when even the minimums do not fit, they shrink."""
    minimum = sum(c.minimum for c in columns)
    natural = sum(c.natural for c in columns)
    if natural <= width:
        flexible = sum(c.natural for c in columns if c.flexible)
        if not flexible:
            return [c.natural for c in columns]
        spare = width - natural
        return [c.natural + (c.natural * spare / flexible if c.flexible else 0) for c in columns]
    if minimum >= width:
        return [c.minimum * width / minimum for c in columns]
    need = natural - minimum
    spare = width - minimum
    return [c.minimum + (c.natural - c.minimum) * spare / need for c in columns]


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _section_columns(
    section: Section,
    font: str,
    labels: Mapping[str, str] | None,
    tz: tzinfo | None,
) -> tuple[list[str], list[list[str]], list[_Column]]:
    n = len(section.columns)
    headers = [pdf_text(column_title(labels, name)) for name in section.columns]
    rows = [tuple(row[:n]) + (None,) * (n - len(row)) for row in section.rows]
    body = [
        [pdf_text(cell_text(section, i, value, labels, tz)) for i, value in enumerate(row)]
        for row in rows
    ]
    columns = []
    for i, name in enumerate(section.columns):
        values = [row[i] for row in rows if row[i] is not None]
        coded = name in section.coded
        numeric = bool(values) and not coded and all(_is_number(v) for v in values)
        unbreakable = not coded and all(_is_number(v) or isinstance(v, datetime) for v in values)
        columns.append(_Column(font, headers[i], [r[i] for r in body], unbreakable, numeric))
    return headers, body, columns


def _needs_landscape(columns: Sequence[_Column]) -> bool:
    return sum(c.minimum for c in columns) > _frame_width(_PORTRAIT)


def _section_table(
    section: Section,
    headers: list[str],
    body: list[list[str]],
    columns: list[_Column],
    layout: _Layout,
    st: _Styles,
) -> PagedTable:
    flagged = {i for i in section.flagged if 0 <= i < len(body)}
    widths = _widths(columns, layout.width)
    font, size = st.cell.fontName, st.cell.fontSize
    room = [w - 2 * _CELL_PAD - 0.01 for w in widths]
    rows: list[list] = []
    for r, row in enumerate(body):
        bold = r in flagged
        cells: list = []
        for i, text in enumerate(row):
            lines = None if bold else wrap_lines(text, font, size, room[i])
            if lines is not None and len(lines) <= _PLAIN_LINES:
                cells.append("\n".join(lines))  # broken once here, drawn as it is
            else:  # drawn heavier, or so long it may run over a page: a paragraph
                style = st.cell_right if columns[i].numeric else st.cell
                cells.append(_para(text, style, bold=bold))
        rows.append(cells)
    base = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 1), (-1, -1), font, size, st.cell.leading),
        *(("ALIGN", (i, 1), (i, -1), "RIGHT") for i, c in enumerate(columns) if c.numeric),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), _CELL_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _CELL_BOTTOM),
        ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, _GRID),
        ("BOX", (0, 0), (-1, -1), 0.6, _GREY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, _GREY),
    ]
    marked = sorted(flagged)

    def style(first: int, last: int) -> list[tuple]:
        """A page's table: rows ``first`` to ``last`` of the body under the header (row 0)."""
        commands = list(base)
        for r in marked[bisect_left(marked, first) : bisect_left(marked, last)]:
            at = r - first + 1
            commands += [
                ("BACKGROUND", (0, at), (-1, at), _FLAG_FILL),
                ("LINEBEFORE", (0, at), (0, at), 3, _FLAG_BAR),
            ]
        return commands

    box = CellBox(_CELL_PAD, _CELL_PAD, _CELL_TOP, _CELL_BOTTOM, st.cell.leading)
    header = [_para(h, st.cell_head) for h in headers]
    return PagedTable(header, rows, widths, box, style, layout.height)


class _Layout:
    """The story so far and the orientation of its current page."""

    def __init__(self) -> None:
        self.story: list[Flowable] = []
        self.wide = False

    def orient(self, wide: bool) -> None:
        if wide != self.wide:
            self.story += [NextPageTemplate("wide" if wide else "portrait"), PageBreak()]
            self.wide = wide

    @property
    def width(self) -> float:
        return _frame_width(_LANDSCAPE if self.wide else _PORTRAIT)

    @property
    def height(self) -> float:
        return _frame_height(_LANDSCAPE if self.wide else _PORTRAIT)


def _add_sections(
    layout: _Layout,
    sections: Sequence[Section],
    empty: str,
    font: str,
    st: _Styles,
    labels: Mapping[str, str] | None,
    tz: tzinfo | None,
) -> None:
    for section in sections:
        heading = _para(section_title(labels, section.key), st.heading)
        if not section.rows or not section.columns:
            layout.story += [
                CondPageBreak(20 * mm),
                heading,
                Spacer(1, 1.5 * mm),
                _empty_box(
                    label(labels, "none") if section.key in NONE_WHEN_EMPTY else empty,
                    st,
                    layout.width,
                ),
                Spacer(1, 6 * mm),
            ]
            continue
        headers, body, columns = _section_columns(section, font, labels, tz)
        layout.orient(_needs_landscape(columns))
        table = _section_table(section, headers, body, columns, layout, st)
        # A heading never ends a page: with less room than a few rows, it starts the next one.
        layout.story += [CondPageBreak(35 * mm), heading, Spacer(1, 1.5 * mm), table]
        layout.story.append(Spacer(1, 6 * mm))


def _empty_box(text: str, st: _Styles, width: float) -> Table:
    box = Table([[_para(text, st.empty)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, _GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box
