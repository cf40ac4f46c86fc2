"""The discrepancies the incoming clerk notes on the handover sheet: a table to type into.

Each row says what, what was expected, what was found, and a note. The table is as high as its
rows (the sheet scrolls, not the table); empty rows are left out of the draft.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk_app.reports.tables import column_title
from desk_app.services.handover.views import Discrepancy
from desk_app.ui.common.fitted import FittedTable
from desk_app.ui.common.forms import error_label

DISCREPANCY_COLUMNS = ("what", "expected", "found", "note")


class DiscrepanciesBox(QGroupBox):
    """The discrepancies table, its Add and Remove buttons, and its error."""

    def __init__(self, title: str, labels: dict[str, str]) -> None:
        super().__init__(title)
        self.table = FittedTable(0, len(DISCREPANCY_COLUMNS))
        self.table.setObjectName("discrepancyTable")
        self.table.setHorizontalHeaderLabels([column_title(labels, c) for c in DISCREPANCY_COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        # The sheet's own words (their translations were made in the sheet's context).
        self.add_button = QPushButton(
            QCoreApplication.translate("HandoverDialog", "&Add discrepancy")
        )
        self.remove_button = QPushButton(
            QCoreApplication.translate("HandoverDialog", "Re&move selected")
        )
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add())
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def add(self, d: Discrepancy | None = None) -> None:
        """A row for ``d``, or an empty one to type into (its first cell opened)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (d.what, d.expected, d.found, d.note) if d else ("", "", "", "")
        for col, text in enumerate(values):
            self.table.setItem(row, col, QTableWidgetItem(text))
        if d is None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)

    def fill(self, found: tuple[Discrepancy, ...]) -> None:
        self.table.setRowCount(0)
        for d in found:
            self.add(d)

    def values(self) -> tuple[Discrepancy, ...]:
        """The rows typed, blank ones left out."""
        found = []
        for row in range(self.table.rowCount()):
            texts = [
                (self.table.item(row, c).text() if self.table.item(row, c) else "")
                for c in range(len(DISCREPANCY_COLUMNS))
            ]
            if any(t.strip() for t in texts):
                found.append(Discrepancy(*(t.strip() for t in texts)))
        return tuple(found)
