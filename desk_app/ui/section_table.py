"""A section of a handover sheet or duty report (plain rows) as a read-only Qt table."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desk_app.domain.handover import Section
from desk_app.reports.tables import cell_text, column_title
from desk_app.ui.forms import RED

MAX_COLUMN_WIDTH = 140  # pixels: a name or a label column, wrapped beyond it


def section_table(
    section: Section, labels: dict[str, str], rows_shown: int | None = 8
) -> QTableWidget:
    """A section as a read-only table, its flagged rows in red. ``rows_shown``: the table is
    just that many rows high (sections stacked in a scrolling sheet); None: it takes the room
    its layout gives it."""
    table = QTableWidget(len(section.rows), len(section.columns))
    table.setObjectName(f"section_{section.key}")
    table.setHorizontalHeaderLabels([column_title(labels, c) for c in section.columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    red = QBrush(QColor(RED))
    for r, row in enumerate(section.rows):
        for c, value in enumerate(row):
            text = cell_text(section, c, value, labels, None)
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # a long text is cut in its cell; the whole of it on hover
            if r in section.flagged:
                item.setForeground(red)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    # Each column as wide as its contents, but no short column so wide (a long name) that the
    # text is squeezed; the user may still widen any of them.
    table.resizeColumnsToContents()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for c in range(len(section.columns)):
        header.resizeSection(c, min(header.sectionSize(c), MAX_COLUMN_WIDTH))
    if "text" in section.columns:  # the long column takes the room left, not a scroll bar
        header.setSectionResizeMode(section.columns.index("text"), QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    if rows_shown is None:
        return table
    rows_shown = max(1, min(len(section.rows), rows_shown))
    table.setFixedHeight(
        header.sizeHint().height()
        + rows_shown * table.verticalHeader().defaultSectionSize()
        + table.horizontalScrollBar().sizeHint().height()
        + 6
    )
    return table
