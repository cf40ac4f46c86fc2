"""Widgets as tall as what they hold, for a page that scrolls once.

The handover sheet is one long page in one scroll area. A table or a text box with a scroll bar
of its own inside it is a trap: the wheel turned over it scrolls the table, not the page, and a
table cut to a few rows hides the rest. These grow with their content instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QPlainTextEdit,
    QSizePolicy,
    QTableWidget,
)

REMARK_LINES = 3  # an empty remarks box is this many lines high


class FittedTable(QTableWidget):
    """A table as high as its rows, without scroll bars: the page around it scrolls."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Rows as high as their wrapped text, measured again whenever the columns change.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._fit_later())
        self.model().rowsInserted.connect(lambda *_: self._fit_later())
        self.model().rowsRemoved.connect(lambda *_: self._fit_later())
        self.model().dataChanged.connect(lambda *_: self._fit_later())
        self._fit_pending = False
        self.fit_height()

    def _fit_later(self) -> None:
        """Once the layout has settled: many changes at once are measured once."""
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self.fit_height)

    def content_height(self) -> int:
        header = self.horizontalHeader()
        head = 0 if header.isHidden() else header.sizeHint().height()
        rows = self.verticalHeader().length()
        if self.rowCount() == 0:  # an editable table shows room for its first row
            rows = self.verticalHeader().defaultSectionSize()
        return head + rows + 2 * self.frameWidth()

    def fit_height(self) -> None:
        self._fit_pending = False
        self.resizeRowsToContents()
        height = self.content_height()
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_later()  # wrapped rows grow or shrink with the width

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt name
        event.ignore()  # nothing to scroll here: the sheet scrolls


class GrowingTextEdit(QPlainTextEdit):
    """A text box as high as its lines (at least :data:`REMARK_LINES`), without a scroll bar."""

    def __init__(self) -> None:
        super().__init__()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self.fit_height())
        self.fit_height()

    def fit_height(self) -> None:
        lines = max(REMARK_LINES, int(self.document().documentLayout().documentSize().height()))
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        height = (
            lines * line
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 2
        )
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.fit_height()  # lines wrap again at the new width

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt name
        event.ignore()  # the page scrolls
