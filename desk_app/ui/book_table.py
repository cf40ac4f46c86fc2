"""The table view every book shows its lazy model in, and the wiring of its load errors."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desk_app.ui.errors import show_error
from desk_app.ui.keyset_model import KeysetTableModel


def book_table(owner: QWidget, model: KeysetTableModel, name: str) -> QTableView:
    """A read-only, row-selecting table of ``model``; a page that fails to load is shown, parented
    to ``owner`` (now, if the first page already failed)."""
    model.load_failed.connect(lambda exc: show_error(owner, exc))
    if model.last_error is not None:
        QTimer.singleShot(0, owner, lambda: show_error(owner, model.last_error))
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
