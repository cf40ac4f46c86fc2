"""The signed shift handover sheet and the daily duty report as PDF (reportlab); no Qt.

Plain dataclasses in (:mod:`desk_app.domain.handover`), PDF bytes out. Text is set in the
embedded ``DeskSans`` font (:mod:`desk_app.reports.pdf_fonts`), so Chinese, Russian and English
print alike on any reader.

The handover sheet (:func:`render_handover_pdf`) is A4 portrait: a header with the property,
station, sheet number, shift window (local start and end, each with its date, so a night shift
reads 23:00 → 07:00 of the next day), outgoing → incoming clerk and the state; a sheet that is
not sealed carries a DRAFT banner under the header and a DRAFT watermark on every page. Then
every section as a table (its header row repeated on each page it runs over; flagged rows, such
as an overdue follow-up or a discrepancy, on a light red ground in bold with a red bar at the
left; a section too wide for a portrait page gets landscape pages), then the signatures (each
signer's drawn signature with name, role, time and the meaning of the signature, an empty box for
a signature still missing) and the seal: its 64 hex digits, the journal entry and hash it was
made at, the time of sealing, and a QR code of ``DUTYDESK-SEAL:<number>:<seal>`` (ASCII). Every
page has a footer: station, sheet number and "Page N of M".

The duty report (:func:`render_duty_report_pdf`) has a cover header (property, station, period,
made by, made at) and the same section tables and footer.

The words come from ``labels``: the keys and their English defaults are
:data:`HANDOVER_LABELS` (documented in :mod:`desk_app.reports.tables`): fixed captions such as
``handover_title``, ``draft_banner``, ``meaning:handed_over``, ``seal``, ``page``, and open keys
``section:{key}``, ``column:{name}`` and ``{column}:{value}`` for coded values. Times must be
aware; they print as ``YYYY-MM-DD HH:MM`` in ``tz`` (default: this computer's zone).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.domain.handover import (
    DutyReport,
    HandoverSheet,
    HandoverState,
    Meaning,
    Section,
    Signer,
)
from desk_app.reports.files import atomic_write_bytes
from desk_app.reports.pdf_fonts import pdf_text, register_fonts
from desk_app.reports.pdf_pages import numbered_canvas
from desk_app.reports.tables import (
    HANDOVER_LABEL_KEYS,
    HANDOVER_LABELS,
    cell_text,
    coded_text,
    column_title,
    label,
    section_title,
    time_text,
)

__all__ = [
    "HANDOVER_LABELS",
    "HANDOVER_LABEL_KEYS",
    "SEAL_QR_PREFIX",
    "render_duty_report_pdf",
    "render_handover_pdf",
    "seal_payload",
    "write_duty_report_pdf",
    "write_handover_pdf",
]

SEAL_QR_PREFIX = "DUTYDESK-SEAL"

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
_CELL_PAD = 3.0
_MAX_TOKEN = 38 * mm  # a longer word is broken rather than widen its column further
_QR_SIZE = 32 * mm
_QR_LEVEL = "M"
_QR_QUIET_MODULES = 4


def _frame_width(pagesize: tuple[float, float]) -> float:
    return pagesize[0] - 2 * _MARGIN


# --- words -------------------------------------------------------------------------------------


def _has_cjk(text: str) -> bool:
    return any(unicodedata.east_asian_width(ch) in ("W", "F") for ch in text)


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
    if _has_cjk(text):
        style = ParagraphStyle(f"{style.name}-cjk", style, wordWrap="CJK")
    return (_BoldParagraph if bold else Paragraph)(body, style)


def _L(labels: Mapping[str, str] | None, key: str, **fields: object) -> str:  # noqa: N802
    return pdf_text(label(labels, key, **fields))


def _cut(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


# --- section tables ----------------------------------------------------------------------------


class _Column:
    """What a column needs: room for its widest line (natural) and for its longest unbreakable
    piece (minimum); right-aligned when it holds numbers only."""

    def __init__(self, font: str, header: str, texts: Sequence[str], unbreakable: bool, numeric):
        head_words = header.split() or [header]
        self.minimum = max(_token_width(w, font, 7.5) for w in head_words)
        self.natural = max(_line_width(header, font, 7.5), self.minimum)
        for text in texts:
            self.natural = max(self.natural, _line_width(text, font, _CELL_SIZE))
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


def _token_width(token: str, font: str, size: float) -> float:
    if _has_cjk(token):  # Chinese breaks between any two characters
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
    width: float,
    st: _Styles,
) -> Table:
    flagged = {i for i in section.flagged if 0 <= i < len(body)}
    data: list[list] = [[_para(h, st.cell_head) for h in headers]]
    for r, row in enumerate(body):
        bold = r in flagged
        data.append(
            [
                _para(text, st.cell_right if columns[i].numeric else st.cell, bold=bold)
                for i, text in enumerate(row)
            ]
        )
    table = Table(
        data,
        colWidths=_widths(columns, width),
        repeatRows=1,
        splitInRow=1,  # a very long remark may run over a page
        hAlign="LEFT",
    )
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, _GRID),
        ("BOX", (0, 0), (-1, -1), 0.6, _GREY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, _GREY),
    ]
    for r in sorted(flagged):
        style += [
            ("BACKGROUND", (0, r + 1), (-1, r + 1), _FLAG_FILL),
            ("LINEBEFORE", (0, r + 1), (0, r + 1), 3, _FLAG_BAR),
        ]
    table.setStyle(TableStyle(style))
    return table


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
                _empty_box(empty, st, layout.width),
                Spacer(1, 6 * mm),
            ]
            continue
        headers, body, columns = _section_columns(section, font, labels, tz)
        layout.orient(_needs_landscape(columns))
        table = _section_table(section, headers, body, columns, layout.width, st)
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


# --- header ------------------------------------------------------------------------------------


def _layout_style(*extra: tuple) -> TableStyle:
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


def _badge(text: str, colour, st: _Styles, width: float) -> Table:
    badge = Table([[_para(text, st.badge)]], colWidths=[width])
    badge.setStyle(
        _layout_style(
            ("BACKGROUND", (0, 0), (-1, -1), colour),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        )
    )
    return badge


def _title_row(title: str, subtitle: str, badge: Table | None, st: _Styles) -> Table:
    width = _frame_width(_PORTRAIT)
    badge_w = 48 * mm if badge is not None else 0
    row = Table(
        [[[_para(title, st.title), _para(subtitle, st.subtitle)], badge or ""]],
        colWidths=[width - badge_w, badge_w],
    )
    row.setStyle(_layout_style(("VALIGN", (1, 0), (1, 0), "MIDDLE")))
    return row


def _facts(cells: Sequence[Sequence[tuple[str, str]]], widths: Sequence[float], st: _Styles):
    """A grid of caption over value."""
    data = [
        [[_para(caption, st.caption), _para(value, st.value)] for caption, value in row]
        for row in cells
    ]
    grid = Table(data, colWidths=list(widths), hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.75, _GREY),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, _GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return grid


def _handover_header(
    sheet: HandoverSheet, st: _Styles, labels: Mapping[str, str] | None, tz: tzinfo | None
) -> list[Flowable]:
    def L(key: str, **fields: object) -> str:  # noqa: N802
        return _L(labels, key, **fields)

    sealed = sheet.state is HandoverState.SEALED
    state = L(f"sheet_state:{sheet.state.value}")
    badge = _badge(
        state if sealed else L("draft_watermark"), _SEALED if sealed else _DRAFT, st, 48 * mm
    )
    title = _title_row(
        L("handover_title"), f"{L('number')} {sheet.number} · {sheet.station}", badge, st
    )
    shift = f"{time_text(sheet.shift_start, tz)} → {time_text(sheet.shift_end, tz)}"
    handover = L("handover", outgoing=sheet.outgoing or "—", incoming=sheet.incoming or "—")
    width = _frame_width(_PORTRAIT)
    facts = _facts(
        [
            [
                (L("property"), sheet.property_name),
                (L("station"), sheet.station),
                (L("number"), str(sheet.number)),
            ],
            [
                (L("shift"), shift),
                (f"{L('outgoing')} → {L('incoming')}", handover),
                (L("state"), state),
            ],
        ],
        [72 * mm, 68 * mm, width - 140 * mm],
        st,
    )
    story: list[Flowable] = [title, Spacer(1, 4 * mm), facts]
    if not sealed:
        story += [Spacer(1, 3 * mm), _banner(L("draft_banner"), st, width)]
    story.append(Spacer(1, 7 * mm))
    return story


def _banner(text: str, st: _Styles, width: float) -> Table:
    banner = Table([[_para(text, st.banner, bold=True)]], colWidths=[width], hAlign="LEFT")
    banner.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, _DRAFT),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FDECEA")),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return banner


# --- signatures and seal -----------------------------------------------------------------------


def _signature_image(png: bytes, width: float, height: float) -> Image | None:
    """The drawn signature scaled to fit ``width`` x ``height``, its proportions kept."""
    if not png:
        return None
    w, h = ImageReader(io.BytesIO(png)).getSize()
    scale = min(width / w, height / h)
    return Image(io.BytesIO(png), width=w * scale, height=h * scale)


def _slots(signers: Sequence[Signer]) -> list[tuple[Meaning, Signer | None]]:
    """One place per meaning, in signing order, empty until signed; any further signer after."""
    slots: list[tuple[Meaning, Signer | None]] = []
    rest = list(signers)
    for meaning in Meaning:
        signer = next((g for g in rest if g.meaning is meaning), None)
        if signer is not None:
            rest.remove(signer)
        slots.append((meaning, signer))
    slots += [(g.meaning, g) for g in rest]
    return slots


def _signatures(
    sheet: HandoverSheet, st: _Styles, labels: Mapping[str, str] | None, tz: tzinfo | None
) -> Table:
    width = _frame_width(_PORTRAIT)
    gap = 10 * mm
    col_w = (width - gap) / 2
    box_h = 28 * mm
    cells = []
    for meaning, signer in _slots(sheet.signers):
        caption = _para(_L(labels, f"meaning:{meaning.value}"), st.meaning, bold=True)
        if signer is None:
            picture: object = _para(_L(labels, "not_signed"), st.unsigned)
            who = [_para("", st.value)]
        else:
            picture = _signature_image(signer.png, col_w - 8 * mm, box_h - 6 * mm) or ""
            who = [
                _para(signer.name, st.value),
                _para(f"{_L(labels, 'role')}: {coded_text(labels, 'role', signer.role)}", st.small),
                _para(f"{_L(labels, 'signed_at')}: {time_text(signer.at, tz)}", st.small),
            ]
        box = Table([[picture]], colWidths=[col_w], rowHeights=[box_h])
        box.setStyle(
            _layout_style(
                ("BOX", (0, 0), (-1, -1), 0.75, _GREY),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            )
        )
        cells.append([caption, Spacer(1, 1.5 * mm), box, Spacer(1, 1.5 * mm), *who])
    rows = []
    for i in range(0, len(cells), 2):
        pair = cells[i : i + 2]
        rows.append([pair[0], "", pair[1] if len(pair) > 1 else ""])
    table = Table(rows, colWidths=[col_w, gap, col_w], hAlign="LEFT")
    table.setStyle(_layout_style(("BOTTOMPADDING", (0, 0), (-1, -2), 5 * mm)))
    return table


def seal_payload(sheet: HandoverSheet) -> str:
    """What the seal's QR code holds: ``DUTYDESK-SEAL:<number>:<seal>`` (ASCII)."""
    if not sheet.seal:
        raise ValueError("the sheet is not sealed")
    payload = f"{SEAL_QR_PREFIX}:{sheet.number}:{sheet.seal}"
    if not payload.isascii() or not payload.isprintable():
        raise ValueError(f"a seal is hex digits, not {sheet.seal!r}")
    return payload


def _qr_drawing(value: str, size: float) -> Drawing:
    widget = QrCodeWidget(
        value, barLevel=_QR_LEVEL, barBorder=_QR_QUIET_MODULES, barWidth=size, barHeight=size
    )
    drawing = Drawing(size, size)
    drawing.add(widget)
    return drawing


def _grouped(digest: str, group: int = 8, per_line: int = 4) -> str:
    """Hex in groups of ``group``, ``per_line`` groups a line: easy to read out and compare."""
    groups = [digest[i : i + group] for i in range(0, len(digest), group)]
    lines = [" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]
    return "\n".join(lines)


def _seal_block(
    sheet: HandoverSheet, st: _Styles, labels: Mapping[str, str] | None, tz: tzinfo | None
) -> Table:
    width = _frame_width(_PORTRAIT)

    def L(key: str) -> str:  # noqa: N802
        return _L(labels, key)

    if not sheet.seal or sheet.state is not HandoverState.SEALED:
        text = [_para(L("seal"), st.caption), _para(L("not_sealed"), st.banner, bold=True)]
        block = Table([[text]], colWidths=[width], hAlign="LEFT")
        block.setStyle(_seal_style())
        return block
    text: list[Flowable] = [
        _para(L("seal"), st.caption),
        Spacer(1, 1 * mm),
        _para(_grouped(sheet.seal), st.seal),
        Spacer(1, 1 * mm),
        _para(L("seal_note"), st.small),
        Spacer(1, 2.5 * mm),
    ]
    facts = []
    if sheet.sealed_at is not None:
        facts.append(f"{L('sealed_at')}: {time_text(sheet.sealed_at, tz)}")
    if sheet.journal_seq is not None:
        facts.append(f"{L('journal_seq')}: {sheet.journal_seq}")
    if facts:
        text.append(_para("   ·   ".join(facts), st.value))
    if sheet.journal_hash:
        text += [
            Spacer(1, 1 * mm),
            _para(f"{L('journal_hash')}: {sheet.journal_hash}", st.hash),
        ]
    qr = _qr_drawing(seal_payload(sheet), _QR_SIZE)
    block = Table([[text, qr]], colWidths=[width - _QR_SIZE - 4 * mm, _QR_SIZE + 4 * mm])
    block.hAlign = "LEFT"
    block.setStyle(_seal_style(("VALIGN", (1, 0), (1, 0), "MIDDLE")))
    return block


def _seal_style(*extra: tuple) -> TableStyle:
    return TableStyle(
        [
            ("BOX", (0, 0), (-1, -1), 0.75, _GREY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            *extra,
        ]
    )


# --- pages -------------------------------------------------------------------------------------


def _footer(font: str, left: str, labels: Mapping[str, str] | None):
    def draw(canvas: Canvas, page: int, pages: int) -> None:
        width = canvas._pagesize[0]
        rule = _MARGIN + _FOOTER - 4 * mm
        line = rule - 4.5 * mm
        size = 8
        canvas.saveState()
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.5)
        canvas.line(_MARGIN, rule, width - _MARGIN, rule)
        canvas.setFillColor(_GREY)
        canvas.setFont(font, size)
        page_text = _L(labels, "page", page=page, pages=pages)
        canvas.drawRightString(width - _MARGIN, line, page_text)
        room = width - 2 * _MARGIN - stringWidth(page_text, font, size) - 8 * mm
        canvas.drawString(_MARGIN, line, _cut(left, font, size, room))
        canvas.restoreState()

    return draw


def _watermark(font: str, text: str):
    """A large pale word across every page, under the content."""

    def draw(canvas: Canvas, _doc) -> None:
        width, height = canvas._pagesize
        diagonal = (width**2 + height**2) ** 0.5
        size = min(150.0, 0.6 * diagonal / max(stringWidth(text, font, 1), 1))
        canvas.saveState()
        canvas.setFillColor(_DRAFT)
        canvas.setFillAlpha(0.09)
        canvas.setFont(font, size)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(54.7 if height > width else 35.3)
        canvas.drawCentredString(0, -size * 0.35, text)
        canvas.restoreState()

    return draw


def _render(
    story: list[Flowable],
    font: str,
    title: str,
    subject: str,
    footer: Callable[[Canvas, int, int], None],
    on_page=None,
) -> bytes:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=_PORTRAIT,
        title=title,
        author="DutyDesk",
        creator="DutyDesk",
        subject=subject,
        initialFontName=font,
        pageCompression=1,
    )
    templates = []
    for name, size in (("portrait", _PORTRAIT), ("wide", _LANDSCAPE)):
        frame = Frame(
            _MARGIN,
            _MARGIN + _FOOTER,
            _frame_width(size),
            size[1] - 2 * _MARGIN - _FOOTER,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )
        kwargs = {"onPage": on_page} if on_page else {}
        templates.append(PageTemplate(name, [frame], pagesize=size, **kwargs))
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


# --- the handover sheet ------------------------------------------------------------------------


def render_handover_pdf(
    sheet: HandoverSheet, labels: Mapping[str, str] | None = None, tz: tzinfo | None = None
) -> bytes:
    """The handover sheet as an A4 PDF: header, sections, signatures and seal (see the module)."""
    font = register_fonts()
    st = _Styles(font)
    layout = _Layout()
    layout.story += _handover_header(sheet, st, labels, tz)
    _add_sections(layout, sheet.sections, _L(labels, "empty"), font, st, labels, tz)
    layout.orient(False)
    layout.story.append(
        KeepTogether(
            [
                _para(_L(labels, "signatures"), st.heading),
                Spacer(1, 2.5 * mm),
                _signatures(sheet, st, labels, tz),
                Spacer(1, 5 * mm),
                _seal_block(sheet, st, labels, tz),
            ]
        )
    )
    sealed = sheet.state is HandoverState.SEALED
    footer = _footer(
        font,
        f"{_L(labels, 'station')}: {pdf_text(sheet.station)}  ·  "
        f"{_L(labels, 'number')} {sheet.number}",
        labels,
    )
    return _render(
        layout.story,
        font,
        title=f"{_L(labels, 'handover_title')} {sheet.number}",
        subject=f"{sheet.station} {sheet.number}",
        footer=footer,
        on_page=None if sealed else _watermark(font, _L(labels, "draft_watermark")),
    )


def write_handover_pdf(
    path: Path,
    sheet: HandoverSheet,
    labels: Mapping[str, str] | None = None,
    tz: tzinfo | None = None,
) -> None:
    """:func:`render_handover_pdf` into ``path``, written atomically (``StorageError``)."""
    atomic_write_bytes(Path(path), render_handover_pdf(sheet, labels, tz))


# --- the duty report ---------------------------------------------------------------------------


def render_duty_report_pdf(
    report: DutyReport, labels: Mapping[str, str] | None = None, tz: tzinfo | None = None
) -> bytes:
    """The daily duty report as an A4 PDF: a cover header, then every section's table."""
    font = register_fonts()
    st = _Styles(font)

    def L(key: str, **fields: object) -> str:  # noqa: N802
        return _L(labels, key, **fields)

    period = f"{time_text(report.period_start, tz)} → {time_text(report.period_end, tz)}"
    width = _frame_width(_PORTRAIT)
    layout = _Layout()
    layout.story += [
        _title_row(L("duty_report_title"), f"{report.property_name} · {report.station}", None, st),
        Spacer(1, 4 * mm),
        _facts(
            [
                [
                    (L("property"), report.property_name),
                    (L("station"), report.station),
                    (L("period"), period),
                ],
                [
                    (L("made_by"), report.made_by),
                    (L("made_at"), time_text(report.made_at, tz)),
                    ("", ""),
                ],
            ],
            [55 * mm, 53 * mm, width - 108 * mm],
            st,
        ),
        Spacer(1, 7 * mm),
    ]
    _add_sections(layout, report.sections, L("report_empty"), font, st, labels, tz)
    footer = _footer(font, f"{L('station')}: {pdf_text(report.station)}  ·  {period}", labels)
    return _render(
        layout.story,
        font,
        title=f"{L('duty_report_title')} {period}",
        subject=report.station,
        footer=footer,
    )


def write_duty_report_pdf(
    path: Path,
    report: DutyReport,
    labels: Mapping[str, str] | None = None,
    tz: tzinfo | None = None,
) -> None:
    """:func:`render_duty_report_pdf` into ``path``, written atomically (``StorageError``)."""
    atomic_write_bytes(Path(path), render_duty_report_pdf(report, labels, tz))
