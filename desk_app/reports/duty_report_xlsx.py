"""The duty report as an Excel workbook (openpyxl); no Qt.

A summary sheet (property, station, period, made by, made at), then a sheet per section, made
with the sheet builders of :mod:`desk_app.reports.handover_xlsx`; written atomically
(``StorageError``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from pathlib import Path

from openpyxl import Workbook

from desk_app.domain.handover import DutyReport
from desk_app.reports.handover_xlsx import (
    _excel_time,
    _save,
    _section_sheets,
    _summary,
    sheet_titles,
)
from desk_app.reports.tables import label

__all__ = ["write_duty_report_xlsx"]


def write_duty_report_xlsx(
    path: Path,
    report: DutyReport,
    labels: Mapping[str, str] | None = None,
    tz: tzinfo | None = None,
) -> None:
    """The duty report as a workbook: a summary, then a sheet per section."""

    def build() -> Workbook:
        wb = Workbook()
        wb.properties.creator = "DutyDesk"
        wb.properties.title = label(labels, "duty_report_title")
        summary = sheet_titles([label(labels, "summary")])[0]
        _summary(
            wb,
            summary,
            label(labels, "duty_report_title"),
            [
                (label(labels, "property"), report.property_name),
                (label(labels, "station"), report.station),
                (label(labels, "period_start"), _excel_time(report.period_start, tz)),
                (label(labels, "period_end"), _excel_time(report.period_end, tz)),
                (label(labels, "made_by"), report.made_by),
                (label(labels, "made_at"), _excel_time(report.made_at, tz)),
            ],
        )
        _section_sheets(wb, report.sections, label(labels, "report_empty"), summary, labels, tz)
        return wb

    _save(path, build, labels)
