"""Supervision → Inspection analysis… (supervisors and managers, issue 17 point 3): over a period of
local days, the inspections per clerk and month, the fail rate by item and by clerk, each a table
beside its bar chart; above them the period's figures: inspections, days reviewed on time as a
share, corrections open and overdue (in red). Export to Excel… writes the same tables, the charts
as pictures, in the printout's language.

The figures come from ``services.supervision.analysis``; the words from ``analysis_words``, which
the command line's ``export inspections`` shares, so the screen and the files say the same.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app import formats
from desk_app.reports.supervision.analysis_values import COUNT, SHARE, TEXT, AnalysisTable
from desk_app.reports.supervision.analysis_xlsx import write_analysis_xlsx
from desk_app.services.desk import Actor, Desk
from desk_app.services.supervision.analysis import InspectionAnalysis, inspection_analysis
from desk_app.translators import current_language
from desk_app.ui.common.busy import busy_cursor
from desk_app.ui.common.date_field import DateField
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import RED
from desk_app.ui.common.print_language import PrintLanguageBox
from desk_app.ui.common.save_as import ask_save_path
from desk_app.ui.supervision import analysis_words as words
from desk_app.ui.supervision.analysis_chart import COUNT_COLOR, FAILED_COLOR, BarChart, chart_png

# A chart with more bars than this cannot be read; it shows the first (the worst) that many and
# says so. The table always has every row.
MAX_BARS = 15
TABS = ("per_clerk_month", "by_item", "by_clerk")


def cell_text(value, kind: str) -> str:
    """A table's value in the reader's language (counts grouped, shares as percentages)."""
    if kind == COUNT:
        return formats.format_integer(int(value), current_language())
    if kind == SHARE:
        return formats.format_percent(value, current_language())
    return str(value)


class _Tab(QWidget):
    """One table beside its chart."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.table = QTableWidget(0, 0)
        self.table.setObjectName(f"analysisTable_{key}")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.chart: BarChart | None = None
        self.chart_view = QChartView(QChart())
        self.chart_view.setObjectName(f"analysisChart_{key}")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(420, 300)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart_view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.note)

    def show_table(self, table: AnalysisTable) -> None:
        self.table.clear()
        self.table.setColumnCount(len(table.headings))
        self.table.setHorizontalHeaderLabels(list(table.headings))
        self.table.setRowCount(len(table.rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(table.rows):
            for c, (value, kind) in enumerate(zip(row, table.kinds, strict=True)):
                item = QTableWidgetItem(cell_text(value, kind))
                if kind != TEXT:
                    item.setTextAlignment(right)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def show_chart(self, chart: BarChart | None) -> None:
        old = self.chart_view.chart()
        self.chart = chart
        self.chart_view.setChart(chart.chart if chart is not None else QChart())
        old.deleteLater()

    def fit(self) -> None:
        """The table as wide as its columns (at most half), the chart the rest."""
        want = (
            self.table.horizontalHeader().length()
            + self.table.verticalScrollBar().sizeHint().width()
            + 2 * self.table.frameWidth()
        )
        total = sum(self.splitter.sizes()) or self.splitter.width()
        if total > 0:
            table = min(want, max(total - self.chart_view.minimumWidth(), total // 2))
            self.splitter.setSizes([table, total - table])


class InspectionAnalysisDialog(QDialog):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._actor = desk, actor
        self.analysis: InspectionAnalysis | None = None
        self.setObjectName("inspectionAnalysisDialog")
        self.setWindowTitle(self.tr("Inspection analysis"))

        today = desk.clock.now().astimezone().date()
        self.date_from = DateField(today.replace(day=1))
        self.date_from.setObjectName("analysisFrom")
        self.date_to = DateField(today)
        self.date_to.setObjectName("analysisTo")
        controls = QHBoxLayout()
        for text, field in ((self.tr("&From:"), self.date_from), (self.tr("&To:"), self.date_to)):
            label = QLabel(text)
            label.setBuddy(field)
            # At the top: a date field grows a line down to say why a typed day was refused.
            controls.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
            controls.addWidget(field, 0, Qt.AlignmentFlag.AlignTop)
            controls.addSpacing(12)
        controls.addStretch(1)

        self.inspections_label = QLabel()
        self.inspections_label.setObjectName("analysisInspections")
        self.on_time_label = QLabel()
        self.on_time_label.setObjectName("analysisOnTime")
        self.open_label = QLabel()
        self.open_label.setObjectName("analysisOpen")
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("analysisOverdue")
        figures = QHBoxLayout()
        for label in (
            self.inspections_label,
            self.on_time_label,
            self.open_label,
            self.overdue_label,
        ):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            figures.addWidget(label)
            figures.addSpacing(24)
        figures.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("analysisTabs")
        self.pages = {key: _Tab(key) for key in TABS}
        for key in TABS:
            self.tabs.addTab(self.pages[key], "")
        self.tabs.currentChanged.connect(lambda _i: self._fit())

        self.status = QLabel()
        self.status.setObjectName("analysisStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export to &Excel…"))
        self.export_button.setObjectName("exportAnalysis")
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.print_language = PrintLanguageBox()
        language_label = QLabel(self.tr("Printout language:"))
        language_label.setBuddy(self.print_language)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addSpacing(12)
        buttons.addWidget(language_label)
        buttons.addWidget(self.print_language)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(figures)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1240, 640)

        self.date_from.dateChanged.connect(lambda _d: self.refresh())
        self.date_to.dateChanged.connect(lambda _d: self.refresh())
        self.refresh()

    # ---- the period ---------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        """The local days, first and last (included), in order whichever way they were typed."""
        first = self.date_from.date().toPython()
        last = self.date_to.date().toPython()
        return (first, last) if first <= last else (last, first)

    def set_period(self, first: date, last: date) -> None:
        for field, day in ((self.date_from, first), (self.date_to, last)):
            field.blockSignals(True)
            field.setDate(QDate(day.year, day.month, day.day))
            field.blockSignals(False)
        self.refresh()

    # ---- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        first, last = self.period()
        with busy_cursor():
            found = run_op(self, lambda: inspection_analysis(self._desk, self._actor, first, last))
        self.analysis = found
        self.export_button.setEnabled(found is not None)
        self.status.setText("")
        if found is None:
            for label in (
                self.inspections_label,
                self.on_time_label,
                self.open_label,
                self.overdue_label,
            ):
                label.setText("")
            return
        self.inspections_label.setText(words.inspections_text(found))
        self.on_time_label.setText(words.on_time_text(found))
        self.open_label.setText(words.open_text(found))
        self.overdue_label.setText(words.overdue_text(found))
        self.overdue_label.setStyleSheet(
            f"color: {RED}; font-weight: bold;" if found.corrections_overdue else ""
        )
        tables = self.tables(found)
        charts = self.make_charts(found)
        for index, key in enumerate(TABS):
            page = self.pages[key]
            self.tabs.setTabText(index, tables[key].name)
            page.show_table(tables[key])
            page.show_chart(charts[key])
            page.note.setVisible(charts[key].cut)
            page.note.setText(
                self.tr("The chart shows the first {count}; the table has all of them.").format(
                    count=MAX_BARS
                )
            )
        self._fit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, _Tab):
            page.fit()

    @staticmethod
    def tables(analysis: InspectionAnalysis) -> dict[str, AnalysisTable]:
        return {
            "per_clerk_month": words.per_clerk_month(analysis),
            "by_item": words.by_item(analysis),
            "by_clerk": words.by_clerk(analysis),
        }

    def make_charts(self, analysis: InspectionAnalysis) -> dict[str, BarChart]:
        """The three charts in the language in force (the window's, or a printout's)."""
        clerks: dict[str, list[int]] = {}
        for row in analysis.per_clerk_month:  # the period's total per clerk, months together
            total = clerks.setdefault(row.clerk, [0, 0])
            total[0] += row.inspections
            total[1] += row.failed_items
        people = list(clerks.items())[:MAX_BARS]
        items = analysis.by_item[:MAX_BARS]
        by_clerk = analysis.by_clerk[:MAX_BARS]
        rate = self.tr("Fail rate")
        return {
            "per_clerk_month": BarChart(
                [name for name, _ in people],
                [
                    (self.tr("Inspections"), [t[0] for _, t in people], COUNT_COLOR),
                    (self.tr("Failed items"), [t[1] for _, t in people], FAILED_COLOR),
                ],
                percent=False,
                cut=len(clerks) > MAX_BARS,
            ),
            "by_item": BarChart(
                [words.item_text(analysis, r.key) for r in items],
                [(rate, [r.rate for r in items], FAILED_COLOR)],
                percent=True,
                cut=len(analysis.by_item) > MAX_BARS,
            ),
            "by_clerk": BarChart(
                [r.key for r in by_clerk],
                [(rate, [r.rate for r in by_clerk], FAILED_COLOR)],
                percent=True,
                cut=len(analysis.by_clerk) > MAX_BARS,
            ),
        }

    # ---- exporting ----------------------------------------------------------------------------

    def export_excel(self, path: Path | None = None) -> bool:
        """The analysis on screen to ``path`` (asked for when None), in the printout's language,
        the charts beside their tables. True when written."""
        analysis = self.analysis
        if analysis is None:
            return False
        if path is None:
            first, last = self.period()
            path = ask_save_path(
                self,
                self.tr("Export to Excel"),
                f"inspection-analysis-{first:%Y%m%d}-{last:%Y%m%d}.xlsx",
                self.tr("Excel workbook (*.xlsx)"),
                ".xlsx",
            )
            if path is None:
                return False

        def build():
            charts = self.make_charts(analysis)
            pictures = {key: chart_png(chart) for key, chart in charts.items()}
            return words.analysis_print(analysis, self._desk.station), pictures

        printed, pictures = self.print_language.labels(build)
        self.status.setText("")
        with busy_cursor():
            done = run_op(self, lambda: write_analysis_xlsx(path, printed, pictures) or True)
        if done:
            self.status.setText(self.tr("Saved to {path}").format(path=str(path)))
        return bool(done)
