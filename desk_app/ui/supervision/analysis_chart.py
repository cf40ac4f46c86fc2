"""The inspection analysis's charts (QtCharts, as the complaint analysis): bars lying down, names on
the left in the table's order, the worst first; a fail rate on a percent axis, counts on a whole
number axis. And a chart as a PNG for the workbook.

The words (the bar sets' names, each bar's name) come from the dialog, which translates them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor

from desk_app.ui.common.chart_picture import chart_png as picture_of
from desk_app.ui.complaints.analysis_chart import value_ceiling

FAILED_COLOR = QColor("#c0392b")
COUNT_COLOR = QColor("#4a78b5")
EXPORT_SIZE = (960, 520)
# A name longer than this many characters is cut with "…" under its bar (the table has it whole):
# a checklist item's words may run to 120.
NAME_CHARS = 48


def short_name(name: str) -> str:
    name = " ".join(name.split())
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1].rstrip() + "…"


def distinct(names: Sequence[str]) -> list[str]:
    """The names as a category axis needs them: each once (Qt drops a repeated one, and its bar
    would take the next one's name); a repeat gets " (2)", " (3)"."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def percent_ceiling(top: float) -> tuple[int, int]:
    """(the axis's maximum in percent, its tick count) for a highest share ``top`` (0 to 1): a
    round step above it, never past 100 %."""
    if top >= 0.9:
        return 100, 11
    ceiling, ticks = value_ceiling(max(1, math.ceil(top * 100)))
    return min(ceiling, 100), ticks


class BarChart:
    """Horizontal bars: one set per ``(name, values, colour)`` in ``sets``, a bar group per name
    in ``names`` (the first at the top). ``percent``: the values are shares, drawn as %.
    ``cut``: the caller kept only the first rows, and says so under the chart."""

    def __init__(
        self,
        names: Sequence[str],
        sets: Sequence[tuple[str, Sequence[float], QColor]],
        *,
        percent: bool,
        cut: bool = False,
    ) -> None:
        self.cut = cut  # fewer bars than the table has rows (the first ones shown)
        self.names = distinct([short_name(n) for n in names])[
            ::-1
        ]  # lying down, the first is drawn lowest
        chart = self.chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setVisible(len(sets) > 1)
        series = QHorizontalBarSeries()
        top = 0.0
        for name, values, colour in reversed(sets):  # the legend then reads in ``sets``' order
            bars = QBarSet(name)
            bars.setColor(colour)
            shown = [v * 100 if percent else float(v) for v in values][::-1]
            bars.append(shown)
            series.append(bars)
            top = max([top, *values])
        chart.addSeries(series)
        chart.legend().setReverseMarkers(True)
        self.axis = QBarCategoryAxis()
        self.axis.append(self.names)
        self.values = QValueAxis()
        if percent:
            ceiling, ticks = percent_ceiling(top)
            self.values.setLabelFormat("%d%%")
        else:
            ceiling, ticks = value_ceiling(int(top))
            self.values.setLabelFormat("%d")
        self.values.setRange(0, ceiling)
        self.values.setTickCount(ticks)
        chart.addAxis(self.axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(self.axis)
        series.attachAxis(self.values)


def chart_png(chart: BarChart, size: tuple[int, int] = EXPORT_SIZE) -> bytes:
    """The chart drawn into a PNG of ``size`` pixels (for the workbook), off screen, on white."""
    return picture_of(chart.chart, size)
