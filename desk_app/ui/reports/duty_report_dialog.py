"""The duty report from the window: the supervisor's morning review of every book.

Two local days (both included; yesterday and today by default, so the night shift is in it) make
the report; its first tab is the summary (the totals per book, as on the printed first page),
then each section is a tab with its rows, red where flagged (important entries, overdue
complaints). From there it is printed (the print preview), saved as PDF or as a workbook, the
same files ``desk-app export report`` writes, in the window's language.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.clock import local_days
from desk_app.domain.errors import DeskError
from desk_app.domain.handover.rules import DutyReport
from desk_app.reports.duty_report.pdf import render_duty_report_pdf
from desk_app.reports.duty_report.xlsx import write_duty_report_xlsx
from desk_app.services import duty_report as duty_report_service
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common import pdf_print
from desk_app.ui.common.busy import busy_cursor
from desk_app.ui.common.date_field import DateField
from desk_app.ui.common.errors import error_text, run_op
from desk_app.ui.common.export_bar import ExportBar
from desk_app.ui.common.forms import ERROR_STYLE, FIELD_ERROR_STYLE
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.common.save_as import save_workbook_as
from desk_app.ui.common.section_rows import open_record_over
from desk_app.ui.handover.labels import handover_labels
from desk_app.ui.reports.report_tabs import clear_tabs, fill_report_tabs


class DutyReportDialog(QDialog):
    """Choose the days, make the report, read it, print it or save it."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_page: QDialog | None = None  # a row's record, opened over the report
        self.desk = desk
        self.actor = actor
        self.labels = handover_labels()
        self.report: DutyReport | None = None
        self._pdf: tuple[str, bytes] | None = None  # the language it was made in, the PDF
        self.setObjectName("dutyReportDialog")
        self.setWindowTitle(self.tr("Duty report"))
        self.resize(1000, 680)

        today = QDate(desk.clock.now().astimezone().date())
        self.date_from = DateField(today.addDays(-1))
        self.date_from.setObjectName("reportFrom")
        self.date_to = DateField(today)
        self.date_to.setObjectName("reportTo")
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._period_changed)
        self.make_button = QPushButton(self.tr("&Make report"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&To (included):"))
        to_label.setBuddy(self.date_to)
        period = QHBoxLayout()
        # Aligned at the top: a date field grows a line down to say why a typed day was refused.
        top = Qt.AlignmentFlag.AlignTop
        period.addWidget(from_label, 0, top)
        period.addWidget(self.date_from, 0, top)
        period.addWidget(to_label, 0, top)
        period.addWidget(self.date_to, 0, top)
        period.addWidget(self.make_button, 0, top)
        period.addStretch(1)
        self.period_error = QLabel()
        self.period_error.setObjectName("periodError")
        self.period_error.setStyleSheet(ERROR_STYLE)
        self.period_error.setWordWrap(True)
        self.period_error.hide()

        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportSections")

        self.export_bar = ExportBar(self.print_report, self.save_pdf, self.save_excel, self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.period_error)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.export_bar)
        self._show(None)
        self.date_from.setFocus()

    # -- the period ----------------------------------------------------------------------------

    def period(self) -> tuple[datetime, datetime]:
        """From the start of the first day to the end of the last, local days."""
        first = self.date_from.date().toPython()
        last = self.date_to.date().toPython()
        return local_days(first, last)

    def _period_changed(self) -> None:
        self.period_error.hide()
        for edit in (self.date_from, self.date_to):
            edit.edit.setStyleSheet("")

    def _show_period_error(self, exc: DeskError) -> bool:
        if exc.field != "period":
            return False
        self.period_error.setText(error_text(exc))
        self.period_error.show()
        for edit in (self.date_from, self.date_to):
            edit.edit.setStyleSheet(FIELD_ERROR_STYLE)
        self.date_to.setFocus()
        return True

    # -- making and showing --------------------------------------------------------------------

    def make(self) -> DutyReport | None:
        """The report of the days shown; None (nothing made) while a typed day is refused."""
        for edit in (self.date_from, self.date_to):
            edit.read_typed()
        refused = next((e for e in (self.date_from, self.date_to) if e.error_text()), None)
        if refused is not None:
            refused.setFocus()
            return None
        self._period_changed()
        start, end = self.period()
        with busy_cursor():
            report = run_op(
                self,
                lambda: duty_report_service.duty_report(self.desk, self.actor, start, end),
                self._show_period_error,
            )
        if report is not None:
            self._show(report)
        return report

    def _show(self, report: DutyReport | None) -> None:
        self.report = report
        self._pdf = None
        clear_tabs(self.tabs)
        self.export_bar.set_ready(report is not None, report is not None)
        if report is None:
            self.summary.setText(self.tr("Choose the days and make the report."))
            return
        self.summary.setText(
            self.tr("{property} · {station} · {start} – {end} · made {at} by {who}").format(
                property=report.property_name,
                station=report.station,
                start=format_datetime(report.period_start),
                end=format_datetime(report.period_end),
                at=format_datetime(report.made_at),
                who=report.made_by,
            )
        )
        # The first page's totals first, as on paper; then a tab per section.
        fill_report_tabs(self.tabs, report, self.labels, self.open_record)

    def open_record(self, kind: str, ref: object) -> None:
        """The report stays as made (it is what prints); the window's docks show what changed."""
        if self.record_page is None:
            self.record_page = open_record_over(
                self, self.desk, self.actor, kind, ref, self._record_closed
            )

    def _record_closed(self, _written: Changes) -> None:
        self.record_page = None  # what it wrote, the window told the docks

    # -- printing and saving -------------------------------------------------------------------

    def _file_name(self, suffix: str) -> str:
        first = self.date_from.date().toPython()
        last = self.date_to.date().toPython()
        base = self.tr("duty-report-{first}-{last}").format(
            first=f"{first:%Y%m%d}", last=f"{last:%Y%m%d}"
        )
        return f"{base}.{suffix}"

    def pdf(self) -> bytes | None:
        """The report on A4 pages, laid out once however often it is printed or saved."""
        if self.report is None:
            return None
        language = self.export_bar.language()
        if self._pdf is None or self._pdf[0] != language:
            report, labels = self.report, self.export_bar.labels(handover_labels)
            with busy_cursor():
                pdf = run_op(self, lambda: render_duty_report_pdf(report, labels))
            self._pdf = None if pdf is None else (language, pdf)
        return None if self._pdf is None else self._pdf[1]

    def print_report(self) -> None:
        pdf = self.pdf()
        if pdf is not None:
            pdf_print.print_pdf(self, pdf, self.windowTitle())

    def save_pdf(self) -> Path | None:
        pdf = self.pdf()
        if pdf is None:
            return None
        return pdf_print.save_pdf_as(self, pdf, self._file_name("pdf"))

    def save_excel(self) -> Path | None:
        if self.report is None:
            return None
        report, labels = self.report, self.export_bar.labels(handover_labels)

        def write(path: Path) -> None:
            with busy_cursor():
                write_duty_report_xlsx(path, report, labels)

        return save_workbook_as(self, self._file_name("xlsx"), write)
