"""A table over a book too large to load: keyset pages fetched as the view scrolls.

Subclasses say how to fetch one page (``fetch_page``) and how to show a row (``data``); this class
keeps the rows loaded so far, the cursor of the next page, and a per-row cache of formatted texts
(formatting dates is the costly part of painting).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desk_app.domain.errors import DeskError

Row = TypeVar("Row")
_Index = QModelIndex | QPersistentModelIndex


class KeysetTableModel(QAbstractTableModel, Generic[Row]):
    # A page that could not be read (account deactivated, database gone): the view's owner shows
    # it; the model stops asking until it is reloaded, instead of failing on every scroll.
    load_failed = Signal(object)

    def __init__(self, headers: Sequence[str], initial_filter: Any, page_size: int, parent=None):
        super().__init__(parent)
        self.last_error: DeskError | None = None
        self._headers = list(headers)
        self._filter = initial_filter
        self._page_size = page_size
        self._rows: list[Row] = []
        self._texts: dict[int, tuple[str, ...]] = {}
        self._cursor: Any = None
        self._more = True

    def fetch_page(self, flt: Any, after: Any, limit: int) -> tuple[list[Row], Any]:
        """One page after ``after``: its rows and the next cursor (None when it was the last)."""
        raise NotImplementedError

    # -- loading -------------------------------------------------------------------------------
    @property
    def filter(self) -> Any:
        return self._filter

    def set_filter(self, flt: Any) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._texts = {}
        self._cursor = None
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        """Something was written: reload as many rows as were shown, so the view keeps its place."""
        shown = len(self._rows)
        self.reload()
        while len(self._rows) < shown and self.canFetchMore():
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        try:
            rows, cursor = self.fetch_page(self._filter, self._cursor, self._page_size)
        except DeskError as exc:
            self._more = False
            self.last_error = exc
            self.load_failed.emit(exc)
            return
        self.last_error = None
        self._more = cursor is not None
        self._cursor = cursor
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def insert_first(self, row: Row) -> None:
        """A row just written shows at the top at once, without reloading the page."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self._texts = {}
        self.endInsertRows()

    def replace_row(self, i: int, row: Row) -> None:
        self._rows[i] = row
        self._texts.pop(i, None)
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self._headers) - 1))

    def row_at(self, i: int) -> Row | None:
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def cached_texts(self, i: int, make) -> tuple[str, ...]:
        texts = self._texts.get(i)
        if texts is None:
            texts = self._texts[i] = make()
        return texts

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
