"""The table view every book shows its lazy model in, the wiring of its load errors, and a
reload that keeps the clerk's place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desk_app.ui.common.errors import show_error
from desk_app.ui.common.keyset_model import KeysetTableModel


def book_table(owner: QWidget, model: KeysetTableModel, name: str) -> QTableView:
    """A read-only, row-selecting table of ``model``; a page that fails to load is shown, parented
    to ``owner`` (now, if the first page already failed)."""
    model.load_failed.connect(lambda exc: show_error(owner, exc))
    if model.last_error is not None:
        QTimer.singleShot(0, owner, lambda: show_error(owner, model.last_error))
    return read_only_table(owner, model, name)


def read_only_table(owner: QWidget, model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only table of ``model``: one row selected at a time, rows as high as a line."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(owner.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def refresh_in_place(
    table: QTableView, model: KeysetTableModel, refresh: Callable[[], object]
) -> None:
    """Reload ``model`` as far as it is shown and put the view back as the clerk left it: the
    same record current and selected (found by its id among the rows read again), the same
    scroll position. Another station's write must not make the row being read jump away."""
    current = table.currentIndex()
    row = model.row_at(current.row()) if current.isValid() else None
    key = getattr(row, "id", None)
    column = max(current.column(), 0)
    scroll = table.verticalScrollBar().value()
    refresh()
    if key is not None:
        for i in range(model.rowCount()):
            if getattr(model.row_at(i), "id", None) == key:
                table.setCurrentIndex(model.index(i, column))
                table.selectRow(i)
                break
    table.verticalScrollBar().setValue(scroll)


def fit_columns_to_samples(owner: QWidget, table: QTableView, widths: dict[int, str]) -> None:
    """Columns wide enough for a sample text (in bold, with room) and their translated header."""
    fm = QFontMetrics(owner.font())
    bold = QFont(owner.font())
    bold.setBold(True)
    bfm = QFontMetrics(bold)
    model = table.model()
    for col, sample in widths.items():
        header = model.headerData(col, Qt.Orientation.Horizontal) or ""
        table.setColumnWidth(
            col, max(bfm.horizontalAdvance(sample) + 16, fm.horizontalAdvance(header) + 24)
        )
