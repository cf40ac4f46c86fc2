"""The found-item book and the guests' lost reports as tables: keyset pages fetched as the view
scrolls, never the whole book.

An item held past its retention is due for disposal: its whole row is red and bold, and
``mark_due`` turns rows red as the clock passes their date, without a reload.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from desk_app.domain.lostfound.categories import RetentionPolicy
from desk_app.domain.lostfound.rules import ItemState
from desk_app.services.desk import Actor, Desk
from desk_app.services.lostfound import views as lostfound_views
from desk_app.services.lostfound.views import ItemFilter, ItemView, ReportFilter, ReportView
from desk_app.ui.common.keyset_model import KeysetTableModel
from desk_app.ui.common.labels import format_datetime, format_time
from desk_app.ui.log.model import OVERDUE_COLOR
from desk_app.ui.lostfound.labels import (
    category_label,
    disposal_method_label,
    item_state_label,
    report_state_label,
)

# The description comes last: it takes the width the others leave, and is never squeezed.
(
    COL_NUMBER,
    COL_FOUND,
    COL_CATEGORY,
    COL_VALUABLES,
    COL_FOUND_PLACE,
    COL_STORAGE,
    COL_STATE,
    # Who proposed the disposal and how: beside the state, on the list awaiting approval only
    # (the dock hides them otherwise).
    COL_PROPOSED_BY,
    COL_METHOD,
    COL_DUE,
    COL_DESCRIPTION,
) = range(11)

(
    RCOL_NUM,
    RCOL_REPORTED,
    RCOL_GUEST,
    RCOL_ROOM,
    RCOL_STATE,
    RCOL_ITEM,
    RCOL_CATEGORY,
    RCOL_LOST,
    RCOL_PLACE,
    RCOL_DESCRIPTION,
) = range(10)

ITEM_ROLE = Qt.ItemDataRole.UserRole + 4
REPORT_ROLE = Qt.ItemDataRole.UserRole + 5
VALUABLES_MARK = "◆"

_Index = QModelIndex | QPersistentModelIndex


def one_line(text: str) -> str:
    """A description typed over several lines, shown in one table cell."""
    return " ".join(text.split())


class _PolicyModel:
    """Category names come from the manager's policy (their own names, or translated ones)."""

    _desk: Desk
    _policy: RetentionPolicy | None = None

    def policy(self) -> RetentionPolicy:
        if self._policy is None:
            self._policy = lostfound_views.get_policy(self._desk)
        return self._policy

    def _category(self, code: str) -> str:
        return category_label(code, self.policy())


class ItemTableModel(_PolicyModel, KeysetTableModel[ItemView]):
    def __init__(
        self, desk: Desk, actor: Actor, parent=None, page_size: int = lostfound_views.PAGE_SIZE
    ) -> None:
        super().__init__([], ItemFilter(), page_size, parent)
        self._desk = desk
        self._actor = actor
        self._bold = QFont()
        self._bold.setBold(True)
        self._red = QBrush(OVERDUE_COLOR)
        headers = {
            COL_NUMBER: self.tr("Number"),
            COL_FOUND: self.tr("Found"),
            COL_CATEGORY: self.tr("Category"),
            COL_VALUABLES: self.tr("Valuables"),
            COL_FOUND_PLACE: self.tr("Found where"),
            COL_STORAGE: self.tr("Stored at"),
            COL_STATE: self.tr("State"),
            COL_DUE: self.tr("Disposal"),
            COL_PROPOSED_BY: self.tr("Proposed by"),
            COL_METHOD: self.tr("Method"),
            COL_DESCRIPTION: self.tr("Description"),
        }
        self._headers = [headers[c] for c in range(len(headers))]
        # The first page is fetched now: a view painted before the event loop runs shows rows.
        self.fetchMore(QModelIndex())

    def fetch_page(self, flt: ItemFilter, after, limit: int):
        page = lostfound_views.list_items(self._desk, self._actor, flt, before=after, limit=limit)
        return page.rows, page.next_cursor

    def reload(self) -> None:
        self._policy = None  # a manager may have renamed a category or changed a retention
        super().reload()

    def mark_due(self) -> int:
        """The clock moved: items held past their retention turn red. Returns how many."""
        now = self._desk.clock.now()
        turned = 0
        for i, row in enumerate(self._rows):
            if not row.due and row.state is ItemState.STORED and now >= row.dispose_after:
                self.replace_row(i, replace(row, due=True))
                turned += 1
        return turned

    def item_at(self, row: int) -> ItemView | None:
        return self.row_at(row)

    def row_of(self, item_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.id == item_id:
                return i
        return -1

    def _cells(self, row: int, item: ItemView) -> tuple[str, ...]:
        def make() -> tuple[str, ...]:
            if item.due:
                disposal = self.tr("Due since {date}").format(
                    date=format_datetime(item.dispose_after)
                )
            elif item.state in (ItemState.STORED, ItemState.DISPOSAL_PROPOSED):
                disposal = self.tr("After {date}").format(date=format_datetime(item.dispose_after))
            else:
                disposal = ""
            return (format_datetime(item.found_at), one_line(item.description), disposal)

        return self.cached_texts(row, make)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NUMBER:
                return item.number
            if col == COL_FOUND:
                return self._cells(index.row(), item)[0]
            if col == COL_CATEGORY:
                return self._category(item.category)
            if col == COL_DESCRIPTION:
                return self._cells(index.row(), item)[1]
            if col == COL_FOUND_PLACE:
                return item.found_place
            if col == COL_STORAGE:
                return item.storage_place
            if col == COL_VALUABLES:
                return VALUABLES_MARK if item.valuables else ""
            if col == COL_STATE:
                return item_state_label(item.state)
            if col == COL_DUE:
                return self._cells(index.row(), item)[2]
            if col == COL_PROPOSED_BY:
                return item.proposed_by_name
            if col == COL_METHOD:
                method = item.proposed_method
                return disposal_method_label(method) if method is not None else ""
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_VALUABLES and item.valuables:
                return self.tr("Money or valuables: kept longer, returned with extra care")
            if col == COL_DUE and item.due:
                return self.tr("Held past its retention: propose a disposal")
            return item.description
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_VALUABLES:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._red if item.due else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if item.due else None
        if role == ITEM_ROLE:
            return item
        return None


class ReportTableModel(_PolicyModel, KeysetTableModel[ReportView]):
    def __init__(
        self, desk: Desk, actor: Actor, parent=None, page_size: int = lostfound_views.PAGE_SIZE
    ) -> None:
        super().__init__([], ReportFilter(), page_size, parent)
        self._desk = desk
        self._actor = actor
        headers = {
            RCOL_NUM: self.tr("#"),
            RCOL_REPORTED: self.tr("Reported"),
            RCOL_GUEST: self.tr("Guest"),
            RCOL_ROOM: self.tr("Room / contact"),
            RCOL_STATE: self.tr("State"),
            RCOL_ITEM: self.tr("Found item"),
            RCOL_CATEGORY: self.tr("Category"),
            RCOL_LOST: self.tr("Lost when"),
            RCOL_PLACE: self.tr("Lost where"),
            RCOL_DESCRIPTION: self.tr("Description"),
        }
        self._headers = [headers[c] for c in range(len(headers))]
        self.fetchMore(QModelIndex())

    def fetch_page(self, flt: ReportFilter, after, limit: int):
        page = lostfound_views.list_reports(self._desk, self._actor, flt, before=after, limit=limit)
        return page.rows, page.next_cursor

    def reload(self) -> None:
        self._policy = None
        super().reload()

    def report_at(self, row: int) -> ReportView | None:
        return self.row_at(row)

    def row_of(self, report_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.id == report_id:
                return i
        return -1

    def _lost_when(self, r: ReportView) -> str:
        start = r.lost_from.astimezone()
        end = r.lost_until.astimezone()
        if start == end:
            return format_datetime(r.lost_from)
        if start.date() == end.date():
            return self.tr("{start} – {end}").format(
                start=format_datetime(r.lost_from), end=format_time(r.lost_until)
            )
        return self.tr("{start} – {end}").format(
            start=format_datetime(r.lost_from), end=format_datetime(r.lost_until)
        )

    def _room_contact(self, r: ReportView) -> str:
        if r.room and r.contact:
            return self.tr("{room}, {contact}").format(room=r.room, contact=r.contact)
        return r.room or r.contact

    def _cells(self, row: int, r: ReportView) -> tuple[str, ...]:
        return self.cached_texts(
            row,
            lambda: (
                format_datetime(r.reported_at),
                self._lost_when(r),
                one_line(r.description),
                self._room_contact(r),
            ),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == RCOL_NUM:
                return str(r.num)
            if col == RCOL_REPORTED:
                return self._cells(index.row(), r)[0]
            if col == RCOL_GUEST:
                return r.guest_name
            if col == RCOL_ROOM:
                return self._cells(index.row(), r)[3]
            if col == RCOL_LOST:
                return self._cells(index.row(), r)[1]
            if col == RCOL_PLACE:
                return r.lost_place
            if col == RCOL_CATEGORY:
                return self._category(r.category)
            if col == RCOL_DESCRIPTION:
                return self._cells(index.row(), r)[2]
            if col == RCOL_STATE:
                return report_state_label(r.state)
            if col == RCOL_ITEM:
                return r.item_number or ""
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == RCOL_LOST:
                return self._cells(index.row(), r)[1]
            if col == RCOL_ROOM:
                return self._cells(index.row(), r)[3] or None
            if r.close_note:
                return self.tr("{description}\nClosed: {note}").format(
                    description=r.description, note=r.close_note
                )
            return r.description
        if role == REPORT_ROLE:
            return r
        return None
