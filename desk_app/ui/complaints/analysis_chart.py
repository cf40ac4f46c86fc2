"""The complaint analysis's bar chart: counts and overdue per group, its value axis a little above
the tallest bar, its names standing up when they would not fit side by side, and the chart as a
PNG for the exported workbook.

The words (the bar sets' names, each bar's label) come from the dialog, which translates them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFontMetrics

from desk_app.domain.complaints import AnalysisRow
from desk_app.ui.common.chart_picture import chart_png as picture_of

COUNT_COLOR = QColor("#4a78b5")
# Value axis: at most this many steps, each 1, 2 or 5 times a power of ten (whole complaints).
MAX_STEPS = 10
# The tallest bar stays this share of the axis below its top, at least one complaint.
HEADROOM = 0.08
# Side by side, a name needs this much room beyond its own width to be read apart from the next.
LABEL_GAP = 8
EXPORT_SIZE = (960, 520)


def value_ceiling(top: int) -> tuple[int, int]:
    """(the value axis's maximum, its tick count) for a tallest bar of ``top`` complaints: a round
    number above the bar (never at it), in whole steps of 1, 2 or 5 times a power of ten."""
    wanted = top + max(1, math.ceil(top * HEADROOM))
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            steps = math.ceil(wanted / step)
            if steps <= MAX_STEPS:
                return steps * step, steps + 1
        magnitude *= 10


def labels_fit(labels: Sequence[str], metrics: QFontMetrics, width: float) -> bool:
    """Whether the names, side by side under ``width`` pixels of bars, each fit their bar's slot."""
    if not labels:
        return True
    slot = width / len(labels)
    return max(metrics.horizontalAdvance(label) for label in labels) + LABEL_GAP <= slot


class AnalysisChart:
    """One chart of the analysis's rows (a new ``QChart`` each time: a reused one keeps stale axes
    until the event loop runs)."""

    def __init__(
        self,
        rows: Sequence[AnalysisRow],
        names: Sequence[str],
        *,
        horizontal: bool,
        counts_name: str,
        overdue_name: str,
        overdue_color: QColor,
    ) -> None:
        self.horizontal = horizontal
        self.names = list(names)
        chart = self.chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        if horizontal:  # the first row at the top, as in the table
            rows, self.names = list(rows)[::-1], self.names[::-1]
        counts = QBarSet(counts_name)
        counts.setColor(COUNT_COLOR)
        overdue = QBarSet(overdue_name)
        overdue.setColor(overdue_color)
        counts.append([float(r.count) for r in rows])
        overdue.append([float(r.overdue) for r in rows])
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(overdue if horizontal else counts)
        series.append(counts if horizontal else overdue)
        chart.addSeries(series)
        self.axis = QBarCategoryAxis()
        self.axis.append(self.names)
        values = self.values = QValueAxis()
        top, ticks = value_ceiling(max((r.count for r in rows), default=0))
        values.setRange(0, top)
        values.setTickCount(ticks)
        values.setLabelFormat("%d")
        if horizontal:
            chart.addAxis(self.axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        else:
            # Standing up, a name needs its font's height, not its length: never elide it.
            self.axis.setTruncateLabels(False)
            chart.addAxis(self.axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(self.axis)
        series.attachAxis(values)
        # Lying down, the first set is drawn lowest: overdue under its count, legend in order.
        chart.legend().setReverseMarkers(horizontal)

    def fit_labels(self, width: float) -> None:
        """Names under the bars stand up when, side by side, they would run into each other
        within ``width`` pixels (the chart's width; the value axis takes some of it)."""
        if self.horizontal:
            return
        plot = max(width - 60, 1)  # the value axis's numbers and the margins
        fits = labels_fit(self.names, QFontMetrics(self.axis.labelsFont()), plot)
        self.axis.setLabelsAngle(0 if fits else -90)

    @property
    def labels_standing(self) -> bool:
        return self.axis.labelsAngle() != 0


def chart_png(chart: AnalysisChart, size: tuple[int, int] = EXPORT_SIZE) -> bytes:
    """The chart drawn into a PNG of ``size`` pixels (for the workbook), off screen; its
    labels laid for that width first."""
    chart.fit_labels(size[0])
    return picture_of(chart.chart, size)
