"""A section of a handover sheet or duty report (plain rows) as a read-only Qt table.

On the handover sheet the sections are stacked in one scrolling page, so each table shows all
its rows and has no scroll bar of its own (a wheel turned over a table scrolls the sheet, not
the table): it is exactly as high as its rows, which wrap their text. The long text column
(an entry's text) takes the width the others leave; the others are as wide as what they hold.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desk_app.domain.handover.rules import Section
from desk_app.reports.tables import cell_text, column_title
from desk_app.ui.common.fitted import FittedTable
from desk_app.ui.common.forms import RED

MAX_COLUMN_WIDTH = 220  # pixels: a name or a label column, wrapped beyond it
WRAP_AT = 260  # pixels: a column whose text is wider than this takes the room left, wrapped
MIN_WRAP_WIDTH = 240  # the wrapping column is never squeezed below this: the sheet scrolls
# Columns of free text, in the order they are preferred to take the room left.
TEXT_COLUMNS = ("text", "note", "not_counted", "what", "label", "guest", "promised")


def fit_columns(table: QTableWidget, names: tuple[str, ...]) -> None:
    """Each column as wide as what it holds (at most :data:`MAX_COLUMN_WIDTH`, wrapped beyond);
    the free-text column, if one is that long, takes the width left. Without one, the table is
    as wide as its columns, not stretched across the page."""
    header = table.horizontalHeader()
    table.resizeColumnsToContents()
    natural = [header.sectionSize(c) for c in range(len(names))]
    wrap = next(
        (
            names.index(n)
            for n in TEXT_COLUMNS
            if n in names and (n == "text" or natural[names.index(n)] > WRAP_AT)
        ),
        None,
    )
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    fixed = 0
    for c, width in enumerate(natural):
        if c != wrap:
            header.resizeSection(c, min(width, MAX_COLUMN_WIDTH))
            fixed += header.sectionSize(c)
    frame = 2 * table.frameWidth()
    if wrap is None:
        table.setMaximumWidth(fixed + frame)
    else:
        header.setSectionResizeMode(wrap, QHeaderView.ResizeMode.Stretch)
        table.setMaximumWidth(16_777_215)
    table.setMinimumWidth(fixed + frame + (MIN_WRAP_WIDTH if wrap is not None else 0))


class _RowFitter(QObject):
    """Rows as high as their wrapped text at the width the table is shown at: a tab's table is
    made narrower than it is shown, so rows measured then are far too tall (one line of text in
    a row six lines high). Measured again, once, after each resize."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(table.resizeRowsToContents)
        table.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False


def section_table(
    section: Section, labels: dict[str, str], rows_shown: int | None = 8
) -> QTableWidget:
    """A section as a read-only table, its flagged rows in red and bold. By default every row
    is shown and the table has no scroll bar (sections stacked in a scrolling sheet); with
    ``rows_shown`` None it takes the room its layout gives it and scrolls itself (a tab)."""
    fitted = rows_shown is not None
    rows, columns = len(section.rows), len(section.columns)
    table = FittedTable(rows, columns) if fitted else QTableWidget(rows, columns)
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
            item.setToolTip(text)
            if isinstance(value, int) and not isinstance(value, bool):  # numbers to the right
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r in section.flagged:
                item.setForeground(red)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    fit_columns(table, section.columns)
    if not fitted:
        table.setMaximumWidth(16_777_215)
        table.setMinimumWidth(0)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeRowsToContents()
        _RowFitter(table)
    return table
