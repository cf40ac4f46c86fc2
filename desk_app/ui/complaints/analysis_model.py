"""The complaint analysis as a table: one row per group (a category, a day, a week, a month or a
staff member), then the total in bold; each figure in the reader's number format."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from desk_app import formats
from desk_app.domain.complaints import AnalysisRow, ComplaintAnalysis
from desk_app.translators import current_language
from desk_app.ui.common.forms import RED

OVERDUE_COLOR = QColor(RED)


class AnalysisModel(QAbstractTableModel):
    """The analysis's rows, then the total row in bold."""

    COLUMNS = (
        "key",
        "count",
        "overdue",
        "overdue_rate",
        "median_first_reply_minutes",
        "median_resolution_hours",
        "compensation_total",
        "satisfaction_avg",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AnalysisRow] = []
        self._total: AnalysisRow | None = None
        self._key_label: Callable[[str], str] = str
        self._headers: list[str] = list(self.COLUMNS)

    def set_analysis(
        self,
        analysis: ComplaintAnalysis | None,
        key_label: Callable[[str], str],
        headers: list[str],
    ) -> None:
        self.beginResetModel()
        self._rows = list(analysis.rows) if analysis else []
        self._total = analysis.total if analysis else None
        self._key_label = key_label
        self._headers = headers
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._total is not None else 0)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def row_at(self, row: int) -> tuple[AnalysisRow, bool]:
        if row < len(self._rows):
            return self._rows[row], False
        assert self._total is not None
        return self._total, True

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, is_total = self.row_at(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "key":
                return (
                    QCoreApplication.translate("ComplaintAnalysisDialog", "Total")
                    if is_total
                    else self._key_label(row.key)
                )
            return format_figure(column, getattr(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "key":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == "overdue" and row.overdue:
            return OVERDUE_COLOR
        return None


def format_figure(column: str, value) -> str:
    """A figure in the chosen language's number format; an em dash where there is none."""
    if value is None:
        return "—"
    language = current_language()
    if column in ("count", "overdue"):
        return formats.format_integer(int(value), language)
    if column == "overdue_rate":
        return formats.format_percent(value, language)
    if column == "compensation_total":
        return formats.format_money(Decimal(value), language)
    if column == "satisfaction_avg":
        return formats.format_decimal(value, 2, language)
    return formats.format_decimal(value, 1, language)
