"""The duty report as PDF (reportlab); no Qt.

The report (:func:`render_duty_report_pdf`) opens with a summary page: the title by its period
("Duty report · 6 Dec 2026", or first – last day), a header (property, station, period, made by,
made at), the totals per book (:mod:`desk_app.reports.duty_report.summary`; a total that wants
attention, such as something overdue, on light red) and a sign-off line for the supervisor's
name, the date and the signature. Then every section's table from a new page, with the same
footer as the handover sheet; the page furniture it shares with the sheet is in
:mod:`desk_app.reports.handover.pdf`. Words come from ``labels`` (see
:mod:`desk_app.reports.tables` and :data:`~desk_app.reports.duty_report.summary.DUTY_SUMMARY_LABELS`);
times must be aware and print in ``tz``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from desk_app.domain.duty_summary import report_days
from desk_app.domain.handover.rules import DutyReport
from desk_app.reports.duty_report.summary import (
    SummaryBlock,
    period_text,
    report_title,
    summary_blocks,
    summary_label,
)
from desk_app.reports.files import atomic_write_bytes
from desk_app.reports.handover.pdf import _facts, _footer, _render, _title_row
from desk_app.reports.handover.pdf_sections import _add_sections, _Layout
from desk_app.reports.handover.pdf_style import (
    _FLAG_BAR,
    _FLAG_FILL,
    _GREY,
    _GRID,
    _L,
    _PORTRAIT,
    _SHADE,
    _frame_width,
    _para,
    _Styles,
)
from desk_app.reports.pdf_fonts import pdf_text, register_fonts
from desk_app.reports.pdf_parts import layout_style
from desk_app.reports.tables import made_by, time_text

__all__ = ["render_duty_report_pdf", "write_duty_report_pdf"]


_BLOCK_COLUMNS = 3
_BLOCK_GAP = 5 * mm


def _block_table(block: SummaryBlock, st: _Styles, width: float) -> Table:
    """One book's totals: its name on a grey band, then caption and value a row. A value in
    words too long to sit beside its caption (a rating) goes on a line of its own under it."""
    font, size, padding = st.cell.fontName, st.cell.fontSize, 8
    counts = [
        stringWidth(pdf_text(x.text), font, size) for x in block.lines if isinstance(x.value, int)
    ]
    value_w = min(max(14 * mm, max(counts, default=0) + padding), width * 0.4)
    caption_w = width - value_w
    rows: list[list] = [[_para(block.title, st.cell, bold=True), ""]]
    style: list[tuple] = [("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (-1, 0), _SHADE)]
    for line in block.lines:
        caption = _para(pdf_text(line.caption), st.small if line.indent else st.cell)
        value = _para(pdf_text(line.text), st.cell_right, bold=line.flagged)
        first = len(rows)
        text_w = stringWidth(pdf_text(line.text), font, size) + padding
        words_w = stringWidth(pdf_text(line.caption), font, size) + padding
        if isinstance(line.value, int) or (text_w <= value_w and words_w <= caption_w):
            rows.append([caption, value])
        elif words_w + text_w <= width:
            # Both on one line, the value as wide as it needs.
            beside = Table([[caption, value]], colWidths=[width - 8 - text_w, text_w])
            beside.setStyle(layout_style())
            rows.append([beside, ""])
            style.append(("SPAN", (0, first), (1, first)))
        else:
            rows += [[caption, ""], [value, ""]]
            style += [
                ("SPAN", (0, first), (1, first)),
                ("SPAN", (0, first + 1), (1, first + 1)),
            ]
        last = len(rows) - 1
        if line.indent:
            style.append(("LEFTPADDING", (0, first), (0, last), 12))
        if line.flagged:
            style += [
                ("BACKGROUND", (0, first), (-1, last), _FLAG_FILL),
                ("LINEBEFORE", (0, first), (0, last), 2.5, _FLAG_BAR),
            ]
    table = Table(rows, colWidths=[caption_w, value_w], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.75, _GREY),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, _GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *style,
            ]
        )
    )
    return table


def _blocks_grid(blocks: Sequence[SummaryBlock], st: _Styles, width: float) -> Table:
    """The books' blocks side by side, :data:`_BLOCK_COLUMNS` to a row, a gap between."""
    column = (width - (_BLOCK_COLUMNS - 1) * _BLOCK_GAP) / _BLOCK_COLUMNS
    tables = [_block_table(b, st, column) for b in blocks]
    rows = []
    for first in range(0, len(tables), _BLOCK_COLUMNS):
        row: list[Flowable | str] = []
        for i in range(_BLOCK_COLUMNS):
            if i:
                row.append("")  # the gap
            row.append(tables[first + i] if first + i < len(tables) else "")
        rows.append(row)
    widths = [column if i % 2 == 0 else _BLOCK_GAP for i in range(2 * _BLOCK_COLUMNS - 1)]
    grid = Table(rows, colWidths=widths, hAlign="LEFT")
    grid.setStyle(layout_style(("BOTTOMPADDING", (0, 0), (-1, -1), _BLOCK_GAP)))
    return grid


def _sign_off(labels: Mapping[str, str] | None, st: _Styles, width: float) -> Flowable:
    """The supervisor's line: name, date and signature, each a blank over its caption."""

    def S(key: str) -> str:  # noqa: N802
        return pdf_text(summary_label(labels, key))

    gap = 8 * mm
    name_w, date_w = (width - 2 * gap) * 0.38, (width - 2 * gap) * 0.22
    sign_w = width - 2 * gap - name_w - date_w
    captions = [_para(S(k), st.caption) for k in ("sign_name", "sign_date", "sign_signature")]
    table = Table(
        [["", "", "", "", ""], [captions[0], "", captions[1], "", captions[2]]],
        colWidths=[name_w, gap, date_w, gap, sign_w],
        rowHeights=[16 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        layout_style(
            *(("LINEBELOW", (c, 0), (c, 0), 0.75, _GREY) for c in (0, 2, 4)),
            ("TOPPADDING", (0, 1), (-1, 1), 2),
        )
    )
    return KeepTogether([_para(S("sign_off"), st.heading), Spacer(1, 1 * mm), table])


def _summary_page(
    report: DutyReport, labels: Mapping[str, str] | None, st: _Styles, width: float
) -> list[Flowable]:
    return [
        _para(pdf_text(summary_label(labels, "summary_heading")), st.heading),
        Spacer(1, 2.5 * mm),
        _blocks_grid(summary_blocks(report.summary, labels), st, width),
        Spacer(1, 6 * mm),
        _sign_off(labels, st, width),
    ]


def render_duty_report_pdf(
    report: DutyReport, labels: Mapping[str, str] | None = None, tz: tzinfo | None = None
) -> bytes:
    """The duty report as an A4 PDF: the summary page, then every section's table."""
    font = register_fonts()
    st = _Styles(font)

    def L(key: str, **fields: object) -> str:  # noqa: N802
        return _L(labels, key, **fields)

    if report_days(report.period_start, report.period_end, tz) is not None:
        period = pdf_text(period_text(report, labels, tz))  # whole days: as the title names them
    else:
        start, end = (time_text(t, tz, labels) for t in (report.period_start, report.period_end))
        period = f"{start} → {end}"
    title = pdf_text(report_title(report, labels, tz))
    width = _frame_width(_PORTRAIT)
    layout = _Layout()
    layout.story += [
        _title_row(title, f"{report.property_name} · {report.station}", None, st),
        Spacer(1, 4 * mm),
        _facts(
            [
                [
                    (L("property"), report.property_name),
                    (L("station"), report.station),
                    (L("period"), period),
                ],
                [
                    (L("made_by"), made_by(report, labels)),
                    (L("made_at"), time_text(report.made_at, tz, labels)),
                    ("", ""),
                ],
            ],
            [55 * mm, 53 * mm, width - 108 * mm],
            st,
        ),
        Spacer(1, 7 * mm),
        *_summary_page(report, labels, st, width),
        PageBreak(),
    ]
    _add_sections(layout, report.sections, L("report_empty"), font, st, labels, tz)
    short = pdf_text(period_text(report, labels, tz))
    footer = _footer(font, f"{L('station')}: {pdf_text(report.station)}  ·  {short}", labels)
    return _render(
        layout.story,
        font,
        title=title,
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
