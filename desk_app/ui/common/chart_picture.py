"""A QtCharts chart drawn into a PNG, off screen, on white (for a workbook): the complaint
analysis and the inspection analysis put their charts beside their tables this way."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QPainter


def chart_png(chart: QChart, size: tuple[int, int]) -> bytes:
    """``chart`` drawn at ``size`` pixels; the view lets go of it afterwards, so it stays its
    owner's (the page's chart object), not the temporary view's."""
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setBackgroundBrush(QColor("white"))  # on paper: no window-grey frame around it
    view.resize(*size)
    picture = view.grab()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    buffer.close()
    view.setChart(QChart())
    view.deleteLater()
    return bytes(data.data())
