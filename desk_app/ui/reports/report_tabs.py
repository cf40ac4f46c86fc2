"""A duty report's pages as tabs: the summary first (the printed first page's totals), then a tab
per section with its rows, red where flagged, each row opening its record. Shared by the duty
report and the supervisor's daily review, which shows one day's report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from desk_app.domain.handover.rules import DutyReport
from desk_app.reports.tables import section_title
from desk_app.ui.common.busy import busy_cursor
from desk_app.ui.common.section_rows import open_rows, opens_records
from desk_app.ui.common.section_table import section_table
from desk_app.ui.reports.duty_summary_view import DutySummaryView


def clear_tabs(tabs: QTabWidget) -> None:
    while tabs.count():
        page = tabs.widget(0)
        tabs.removeTab(0)
        page.deleteLater()


def fill_report_tabs(
    tabs: QTabWidget,
    report: DutyReport,
    labels: dict[str, str],
    open_record: Callable[[str, object], object],
) -> None:
    clear_tabs(tabs)
    with busy_cursor():
        tabs.addTab(DutySummaryView(report, labels), labels["summary"])
        for section in report.sections:
            title = QCoreApplication.translate("DutyReportDialog", "{section} ({rows})").format(
                section=section_title(labels, section.key), rows=len(section.rows)
            )
            if section.rows:
                page: QWidget = section_table(section, labels, rows_shown=None)
                if opens_records(section):
                    open_rows(page, section, open_record)
            else:
                page = QLabel(labels["report_empty"])
                page.setAlignment(Qt.AlignmentFlag.AlignCenter)
                page.setEnabled(False)
            tabs.addTab(page, title)
