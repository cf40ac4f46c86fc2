"""The duty report as PDF (reportlab); no Qt.

The report (:func:`render_duty_report_pdf`) has a cover header (property, station, period, made
by, made at) and the same section tables and footer as the handover sheet; the page furniture it
shares with the sheet is in :mod:`desk_app.reports.handover_pdf`. Words come from ``labels`` (see
:mod:`desk_app.reports.tables`); times must be aware and print in ``tz``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desk_app.domain.handover import DutyReport
from desk_app.reports.files import atomic_write_bytes
from desk_app.reports.handover_pdf import _facts, _footer, _render, _title_row
from desk_app.reports.handover_pdf_sections import _add_sections, _Layout
from desk_app.reports.handover_pdf_style import _L, _PORTRAIT, _frame_width, _Styles
from desk_app.reports.pdf_fonts import pdf_text, register_fonts
from desk_app.reports.tables import time_text

__all__ = ["render_duty_report_pdf", "write_duty_report_pdf"]


def render_duty_report_pdf(
    report: DutyReport, labels: Mapping[str, str] | None = None, tz: tzinfo | None = None
) -> bytes:
    """The daily duty report as an A4 PDF: a cover header, then every section's table."""
    font = register_fonts()
    st = _Styles(font)

    def L(key: str, **fields: object) -> str:  # noqa: N802
        return _L(labels, key, **fields)

    period = (
        f"{time_text(report.period_start, tz, labels)} → {time_text(report.period_end, tz, labels)}"
    )
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
                    (L("made_at"), time_text(report.made_at, tz, labels)),
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
