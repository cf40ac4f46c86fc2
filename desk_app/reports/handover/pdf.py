"""The signed shift handover sheet as PDF (reportlab); no Qt.

Plain dataclasses in (:mod:`desk_app.domain.handover.rules`), PDF bytes out. Text is set in the
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
made at, the time of sealing, and a QR code of ``DUTYDESK-SEAL:<number>:<seal>`` (ASCII). After
the seal, under a line saying the seal does not cover them, what supervisors added: the handover
checks, the countersignatures, the review notes. Every
page has a footer: station, sheet number and "Page N of M".

The duty report (:mod:`desk_app.reports.duty_report.pdf`) reuses this module's page furniture
(title row, facts grid, footer, document build).

The words come from ``labels``: the keys and their English defaults are
:data:`HANDOVER_LABELS` (documented in :mod:`desk_app.reports.tables`): fixed captions such as
``handover_title``, ``draft_banner``, ``meaning:handed_over``, ``seal``, ``page``, and open keys
``section:{key}``, ``column:{name}`` and ``{column}:{value}`` for coded values. Times must be
aware; they print as ``YYYY-MM-DD HH:MM`` in ``tz`` (default: this computer's zone).

The parts: the section tables are in :mod:`desk_app.reports.handover.pdf_sections`, the
signatures and the seal in :mod:`desk_app.reports.handover.pdf_signatures`, the page geometry,
palette and paragraph styles they share in :mod:`desk_app.reports.handover.pdf_style`. This
module holds the page furniture (header, draft banner, footer, watermark) and builds the
document.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from datetime import tzinfo
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.domain.handover.rules import HandoverSheet, HandoverState
from desk_app.formats import format_integer, language_of
from desk_app.reports.files import atomic_write_bytes
from desk_app.reports.handover.pdf_sections import _add_sections, _Layout
from desk_app.reports.handover.pdf_signatures import _seal_block, _signatures
from desk_app.reports.handover.pdf_style import (
    _DRAFT,
    _FOOTER,
    _GREY,
    _GRID,
    _L,
    _LANDSCAPE,
    _MARGIN,
    _PORTRAIT,
    _RULE,
    _SEALED,
    _frame_height,
    _frame_width,
    _para,
    _Styles,
)
from desk_app.reports.pdf_fonts import pdf_text, register_fonts
from desk_app.reports.pdf_pages import numbered_canvas
from desk_app.reports.pdf_parts import layout_style
from desk_app.reports.tables import (
    time_text,
)

__all__ = ["render_handover_pdf", "write_handover_pdf"]



# --- header ------------------------------------------------------------------------------------


def _badge(text: str, colour, st: _Styles, width: float) -> Table:
    badge = Table([[_para(text, st.badge)]], colWidths=[width])
    badge.setStyle(
        layout_style(
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
    row.setStyle(layout_style(("VALIGN", (1, 0), (1, 0), "MIDDLE")))
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
    shift = f"{time_text(sheet.shift_start, tz, labels)} → {time_text(sheet.shift_end, tz, labels)}"
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
    if sheet.rostered:  # someone else than the rostered clerk took over
        takeover = L(
            "takeover",
            rostered=sheet.rostered,
            incoming=sheet.incoming or "—",
            reason=sheet.takeover_reason,
        )
        story += [Spacer(1, 2 * mm), _facts([[(L("rostered"), takeover)]], [width], st)]
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


# --- pages -------------------------------------------------------------------------------------


def _cut(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


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
        page_text = _L(
            labels,
            "page",
            page=format_integer(page, language_of(labels)),
            pages=format_integer(pages, language_of(labels)),
        )
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
            _frame_height(size),
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
    if sheet.after_seal:  # the supervisors' checks, countersignatures and notes: not sealed
        layout.story += [Spacer(1, 8 * mm), CondPageBreak(40 * mm)]
        layout.story += [_para(_L(labels, "after_seal"), st.subtitle), Spacer(1, 3 * mm)]
        _add_sections(layout, sheet.after_seal, _L(labels, "empty"), font, st, labels, tz)
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
