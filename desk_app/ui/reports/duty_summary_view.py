"""The duty report's first page in the window: its title by the period and the totals per book.

The same blocks as the printed first page (:mod:`desk_app.reports.duty_report.summary`), one box per
book; a total that wants attention (something overdue, a discrepancy) in red. The sign-off is
for paper: the window does not show it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.handover.rules import DutyReport
from desk_app.reports.duty_report.summary import SummaryBlock, report_title, summary_blocks

_COLUMNS = 3
FLAGGED_STYLE = "color: #B03A2E; font-weight: bold;"


class DutySummaryView(QScrollArea):
    """The totals of a made report, one box per book, three to a row."""

    def __init__(
        self, report: DutyReport, labels: Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportSummaryPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = QLabel(report_title(report, labels, None))
        self.title.setObjectName("reportTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        self.boxes: dict[str, QGroupBox] = {}
        for n, block in enumerate(summary_blocks(report.summary, labels)):
            box = self._box(block)
            self.boxes[block.key] = box
            grid.addWidget(box, n // _COLUMNS, n % _COLUMNS, Qt.AlignmentFlag.AlignTop)
        for column in range(_COLUMNS):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(body)

    @staticmethod
    def _box(block: SummaryBlock) -> QGroupBox:
        box = QGroupBox(block.title)
        box.setObjectName(f"summary_{block.key}")
        rows = QGridLayout(box)
        rows.setColumnStretch(0, 1)
        for r, line in enumerate(block.lines):
            caption = QLabel(line.caption)
            value = QLabel(line.text)
            for label in (caption, value):
                label.setTextFormat(Qt.TextFormat.PlainText)
                if line.flagged:
                    label.setStyleSheet(FLAGGED_STYLE)
            if line.indent:
                caption.setContentsMargins(16, 0, 0, 0)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setObjectName(f"value_{block.key}_{r}")
            rows.addWidget(caption, r, 0)
            rows.addWidget(value, r, 1)
        return box
