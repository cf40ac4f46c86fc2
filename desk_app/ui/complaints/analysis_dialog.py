"""Complaint analysis (supervisors and managers): a bar chart beside the table of every figure,
grouped by category, day, week, month or staff member over a period of local dates, and the
analysis or the whole complaint register exported to Excel.

The figures and their definitions come from ``services.complaint_analysis``; this module only
chooses, shows and translates. The workbooks are written by ``reports.complaints_xlsx`` with the
column titles and value names translated here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app import formats
from desk_app.domain.clock import local_days
from desk_app.domain.complaints import UNSETTLED_KEY, ComplaintAnalysis
from desk_app.reports.complaints_xlsx import write_analysis_xlsx, write_register_xlsx
from desk_app.services.complaints import analysis as complaints_analysis
from desk_app.services.desk import Actor, Desk
from desk_app.translators import current_language
from desk_app.ui.common.busy import busy_cursor
from desk_app.ui.common.date_field import DateField
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.print_language import PrintLanguageBox
from desk_app.ui.common.save_as import ask_save_path
from desk_app.ui.complaints.analysis_chart import AnalysisChart, chart_png
from desk_app.ui.complaints.analysis_model import OVERDUE_COLOR, AnalysisModel
from desk_app.ui.complaints.labels import category_value_label, coded_value_labels

# A chart with more bars than this cannot be read (a month of days fits); it shows the latest
# (periods) or the largest (staff) that many, and says so. The table always has every row.
MAX_BARS = 31
DEFAULT_DAYS = 30


class ComplaintAnalysisDialog(QDialog):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.analysis: ComplaintAnalysis | None = None
        self.setWindowTitle(self.tr("Complaint analysis"))
        self.setObjectName("complaintAnalysisDialog")

        self.group_by = QComboBox()
        self.group_by.setObjectName("analysisGroupBy")
        for key, text in self._groupings():
            self.group_by.addItem(text, key)
        self.counts_against = QComboBox()
        self.counts_against.setObjectName("analysisCountsAgainst")
        self.counts_against.addItem(self.tr("the one who took it"), "taken")
        self.counts_against.addItem(self.tr("the one who settled it"), "settled")
        today = desk.clock.now().astimezone().date()
        self.date_from = self._date_edit("analysisFrom", today - timedelta(days=DEFAULT_DAYS - 1))
        self.date_to = self._date_edit("analysisTo", today)

        controls = QHBoxLayout()
        for text, widget in (
            (self.tr("&Group by:"), self.group_by),
            (self.tr("Counts &against:"), self.counts_against),
            (self.tr("&From:"), self.date_from),
            (self.tr("&To:"), self.date_to),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            if widget is self.counts_against:
                self.counts_against_label = label
            # At the top: a date field grows a line down to say why a typed day was refused.
            controls.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
            controls.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
            controls.addSpacing(12)
        controls.addStretch(1)

        self.chart = QChart()
        self.drawn: AnalysisChart | None = None
        self._weeks_span_years = False
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("analysisChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(420, 320)
        self.chart_view.installEventFilter(self)

        self.model = AnalysisModel(self)
        self.table = QTableView()
        self.table.setObjectName("analysisTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)

        self.note = QLabel()
        self.note.setObjectName("analysisNote")
        self.note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("analysisStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.export_analysis_button = QPushButton(self.tr("Export &analysis…"))
        self.export_analysis_button.setObjectName("exportAnalysis")
        self.export_analysis_button.clicked.connect(lambda: self.export_analysis())
        self.export_register_button = QPushButton(self.tr("Export &register…"))
        self.export_register_button.setObjectName("exportRegister")
        self.export_register_button.clicked.connect(lambda: self.export_register())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_analysis_button)
        buttons.addWidget(self.export_register_button)
        self.print_language = PrintLanguageBox()
        language_label = QLabel(self.tr("Printout language:"))
        language_label.setBuddy(self.print_language)
        buttons.addSpacing(12)
        buttons.addWidget(language_label)
        buttons.addWidget(self.print_language)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1240, 640)

        self.group_by.currentIndexChanged.connect(self.refresh)
        self.counts_against.currentIndexChanged.connect(self.refresh)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        self.refresh()

    # ---- choosing -------------------------------------------------------------------------

    def _groupings(self) -> list[tuple[str, str]]:
        return [
            ("category", self.tr("Category")),
            ("day", self.tr("Day")),
            ("week", self.tr("Week")),
            ("month", self.tr("Month")),
            ("staff", self.tr("Staff member")),
        ]

    def _date_edit(self, name: str, day: date) -> DateField:
        edit = DateField(day)
        edit.setObjectName(name)
        return edit

    def set_grouping(self, group_by: str) -> None:
        self.group_by.setCurrentIndex(self.group_by.findData(group_by))

    def set_period(self, first: date, last: date) -> None:
        """Local dates, both included."""
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    def period(self) -> tuple[datetime, datetime]:
        """(since, until) for the services: local midnight of the first day to after the last."""
        first = self.date_from.date().toPython()
        last = self.date_to.date().toPython()
        if last < first:
            first, last = last, first
        return local_days(first, last)

    def current_grouping(self) -> str:
        return self.group_by.currentData()

    def current_counts_against(self) -> str:
        """By staff, whom a complaint counts against: "taken" or "settled"."""
        return self.counts_against.currentData()

    def set_counts_against(self, view: str) -> None:
        self.counts_against.setCurrentIndex(self.counts_against.findData(view))

    # ---- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        since, until = self.period()
        group_by, against = self.current_grouping(), self.current_counts_against()
        by_staff = group_by == "staff"
        self.counts_against.setVisible(by_staff)
        self.counts_against_label.setVisible(by_staff)
        with busy_cursor():
            result = run_op(
                self,
                lambda: complaints_analysis.analyse(
                    self._desk,
                    self._actor,
                    group_by=group_by,
                    since=since,
                    until=until,
                    counts_against=against,
                ),
            )
        self.analysis = result
        self.model.set_analysis(result, self.key_label, self.headers())
        self._draw(result)
        self._fit_table()
        enabled = result is not None
        self.export_analysis_button.setEnabled(enabled)
        self.export_register_button.setEnabled(enabled)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_table()
        self._fit_labels()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """The chart resized (the window, or the splitter moved): its names stand up or lie."""
        if watched is self.chart_view and event.type() == QEvent.Type.Resize:
            self._fit_labels()
        return super().eventFilter(watched, event)

    def _fit_labels(self) -> None:
        if self.drawn is not None:
            self.drawn.fit_labels(self.chart_view.width())

    def _fit_table(self) -> None:
        """The table as wide as its columns (the chart takes the rest), never below the chart's
        minimum width."""
        self.table.resizeColumnsToContents()
        want = (
            self.table.horizontalHeader().length()
            + self.table.verticalScrollBar().sizeHint().width()
            + 2 * self.table.frameWidth()
        )
        total = sum(self.splitter.sizes()) or self.splitter.width()
        if total <= 0:
            return
        table = min(want, max(total - self.chart_view.minimumWidth(), 0))
        self.splitter.setSizes([total - table, table])

    def headers(self) -> list[str]:
        """The columns' titles; a line break where a title is long (the table's header)."""
        key = dict(self._groupings())[self.current_grouping()]
        if self.current_grouping() == "staff":
            key = (
                self.tr("Settled by")
                if self.current_counts_against() == "settled"
                else self.tr("Taken in by")
            )
        return [
            key,
            self.tr("Complaints"),
            self.tr("Overdue"),
            self.tr("Overdue\nrate"),
            self.tr("First reply,\nmedian (min)"),
            self.tr("Resolution,\nmedian (h)"),
            self.tr("Compensation"),
            self.tr("Satisfaction\n(1-5)"),
        ]

    def key_label(self, key: str, short: bool = False) -> str:
        """A row's key in the reader's language: a category's name, a local date, a period, a
        person. ``short``: a week as the chart writes it under its bar."""
        group_by = self.analysis.group_by if self.analysis else self.current_grouping()
        loc = QLocale()
        if group_by == "category":
            return category_value_label(key)
        if group_by == "day":
            return formats.format_date(date.fromisoformat(key), current_language())
        if group_by == "week":
            year, week = key.split("-W")
            if short and not self._weeks_span_years:
                return self.tr("W{week}", "a week under a chart's bar").format(week=int(week))
            if short:
                return self.tr("W{week} {year}", "a week under a chart's bar").format(
                    week=int(week), year=year
                )
            return self.tr("Week {week}, {year}").format(week=int(week), year=year)
        if group_by == "staff" and key == UNSETTLED_KEY:
            return self.tr("Not settled yet")
        if group_by == "month":
            year, month = key.split("-")
            name = loc.standaloneMonthName(int(month), QLocale.FormatType.ShortFormat)
            return self.tr("{month} {year}", "month and year").format(month=name, year=year)
        return key

    @property
    def horizontal_bars(self) -> bool:
        """Categories and people read best as a list: bars lie down, names on the left."""
        return self.analysis is not None and self.analysis.group_by in ("category", "staff")

    def _chart_rows(self, analysis: ComplaintAnalysis) -> list:
        """The rows the chart can show: the latest periods or the people with the most."""
        rows = analysis.rows
        if len(rows) <= MAX_BARS:
            return rows
        return rows[:MAX_BARS] if analysis.group_by == "staff" else rows[-MAX_BARS:]

    def make_chart(self, analysis: ComplaintAnalysis) -> AnalysisChart:
        """The analysis's chart, in the language in force (the window's, or a printout's)."""
        rows = self._chart_rows(analysis)
        self._weeks_span_years = len({r.key[:4] for r in rows}) > 1
        return AnalysisChart(
            rows,
            [self.key_label(r.key, short=True) for r in rows],
            horizontal=analysis.group_by in ("category", "staff"),
            counts_name=self.tr("Complaints"),
            overdue_name=self.tr("Overdue"),
            overdue_color=OVERDUE_COLOR,
        )

    def _draw(self, analysis: ComplaintAnalysis | None) -> None:
        self.note.setText("")
        self.note.hide()
        if analysis is not None and len(analysis.rows) > MAX_BARS:
            if analysis.group_by == "staff":
                self.note.setText(
                    self.tr(
                        "The chart shows the {count} people with the most complaints; "
                        "the table has everyone."
                    ).format(count=MAX_BARS)
                )
            else:
                self.note.setText(
                    self.tr(
                        "The chart shows the last {count} periods; the table has all of them. "
                        "Group by a longer period to see more in the chart."
                    ).format(count=MAX_BARS)
                )
            self.note.show()
        self.drawn = self.make_chart(analysis) if analysis is not None else None
        chart = self.drawn.chart if self.drawn is not None else QChart()
        old, self.chart = self.chart, chart
        self.chart_view.setChart(chart)
        old.deleteLater()
        self._fit_labels()

    # ---- exporting ------------------------------------------------------------------------

    def _ask_path(self, title: str, suggested: str) -> Path | None:
        return ask_save_path(self, title, suggested, self.tr("Excel workbook (*.xlsx)"), ".xlsx")

    def _period_slug(self) -> str:
        first = self.date_from.date().toPython()
        last = self.date_to.date().toPython()
        return f"{min(first, last):%Y%m%d}-{max(first, last):%Y%m%d}"

    def _title(self) -> str:
        """The workbook's title row, naming the period (and, by staff, whom it counts against)."""
        if self.current_grouping() != "staff":
            return self.tr("Complaint analysis, {first} – {last}")
        if self.current_counts_against() == "settled":
            return self.tr("Complaint analysis by who settled each complaint, {first} – {last}")
        return self.tr("Complaint analysis by who took each complaint in, {first} – {last}")

    def export_labels(self) -> dict[str, str]:
        """Column titles and value names for the workbooks, in the chosen language."""
        first, last = (self.date_from.date().toPython(), self.date_to.date().toPython())
        language = current_language()
        one_line = [" ".join(h.split()) for h in self.headers()]
        titles = dict(zip(AnalysisModel.COLUMNS, one_line, strict=True))
        labels = {
            **titles,
            "total": self.tr("Total"),
            "unsettled": self.tr("Not settled yet"),
            "sheet": self.tr("Complaint analysis"),
            "title": self._title().format(
                first=formats.format_date(min(first, last), language),
                last=formats.format_date(max(first, last), language),
            ),
            formats.LANGUAGE_KEY: language,  # dates in the workbook follow the words
            "num": self.tr("No."),
            "id": self.tr("Record id"),
            "received_at": self.tr("Received"),
            "channel": self.tr("Channel"),
            "guest_name": self.tr("Guest"),
            "room": self.tr("Room / unit"),
            "contact": self.tr("Contact"),
            "category": self.tr("Category"),
            "severity": self.tr("Severity"),
            "text": self.tr("Complaint"),
            "promised_at": self.tr("Reply promised by"),
            "status": self.tr("Status"),
            "assignee_name": self.tr("Assigned to"),
            "escalated_to_name": self.tr("Escalated to"),
            "first_reply_at": self.tr("First reply"),
            "resolved_at": self.tr("Resolved"),
            "resolved_by_name": self.tr("Resolved by"),
            "outcome": self.tr("Outcome"),
            "compensation": titles["compensation_total"],
            "compensation_kind": self.tr("Kind of compensation"),
            "follow_up_reached": self.tr("Guest reached on follow-up call"),
            "satisfaction": titles["satisfaction_avg"],
            "closed_at": self.tr("Closed"),
            "created_by_name": self.tr("Taken in by"),
            "station": self.tr("Station"),
        }
        labels.update(coded_value_labels())
        return labels

    def export_analysis(self, path: Path | None = None) -> bool:
        """Write the analysis on screen to ``path`` (asked for when None). True when written."""
        if self.analysis is None:
            return False
        if path is None:
            path = self._ask_path(
                self.tr("Export analysis"),
                f"complaint-analysis-{self.current_grouping()}-{self._period_slug()}.xlsx",
            )
            if path is None:
                return False
        analysis = self.analysis
        # The words and the chart's picture in the printout's language.
        labels, picture = self.print_language.labels(
            lambda: (self.export_labels(), chart_png(self.make_chart(analysis)))
        )
        return self._export(
            path, lambda: write_analysis_xlsx(analysis, path, labels, chart_png=picture)
        )

    def export_register(self, path: Path | None = None) -> bool:
        """Write every complaint received in the period to ``path``. True when written."""
        if path is None:
            path = self._ask_path(
                self.tr("Export register"), f"complaints-{self._period_slug()}.xlsx"
            )
            if path is None:
                return False
        since, until = self.period()

        def register_labels() -> dict[str, str]:
            labels = self.export_labels()
            labels["sheet"] = self.tr("Complaints")
            labels["title"] = self.tr("Complaint register")
            return labels

        labels = self.print_language.labels(register_labels)

        def write() -> None:
            rows = complaints_analysis.register_rows(
                self._desk, self._actor, since=since, until=until
            )
            write_register_xlsx(rows, path, labels)

        return self._export(path, write)

    def _export(self, path: Path, write: Callable[[], None]) -> bool:
        self.status.setText("")
        with busy_cursor():
            done = run_op(self, lambda: write() or True)
        if done:
            self.status.setText(self.tr("Saved to {path}").format(path=str(path)))
        return bool(done)
