"""The complaint register as a table: keyset pages fetched as the view scrolls.

A complaint whose promised reply time has passed without a reply is overdue: its whole row is red
and bold, and ``mark_overdue`` turns rows red as the clock passes their promise, without a reload.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from desk_app.domain.complaints import (
    AWAITING_REPLY,
    Channel,
    ComplaintCategory,
    Severity,
    Status,
)
from desk_app.services.complaints import views as complaints_views
from desk_app.services.complaints.views import ComplaintFilter, ComplaintView
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.keyset_model import KeysetTableModel
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.complaints.labels import (
    channel_label,
    complaint_category_label,
    complaint_status_label,
    severity_label,
)
from desk_app.ui.log.model import OVERDUE_COLOR

(
    COL_NUM,
    COL_RECEIVED,
    COL_CHANNEL,
    COL_GUEST,
    COL_ROOM,
    COL_CATEGORY,
    COL_SEVERITY,
    COL_STATUS,
    COL_PROMISED,
    COL_ASSIGNEE,
) = range(10)
COMPLAINT_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


class ComplaintTableModel(KeysetTableModel[ComplaintView]):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        parent=None,
        page_size: int = complaints_views.PAGE_SIZE,
    ) -> None:
        super().__init__([], ComplaintFilter(), page_size, parent)
        self._desk = desk
        self._actor = actor
        self._bold = QFont()
        self._bold.setBold(True)
        self._red = QBrush(OVERDUE_COLOR)
        self._headers = [
            self.tr("#"),
            self.tr("Received"),
            self.tr("Channel"),
            self.tr("Guest"),
            self.tr("Room / unit"),
            self.tr("Category"),
            self.tr("Severity"),
            self.tr("Status"),
            self.tr("Reply promised by"),
            self.tr("Assigned to"),
        ]
        # The first page is fetched now: a view painted before the event loop runs shows rows.
        self.fetchMore(QModelIndex())

    def fetch_page(self, flt: ComplaintFilter, after, limit: int):
        page = complaints_views.list_complaints(
            self._desk, self._actor, flt, after=after, limit=limit
        )
        return page.rows, page.next_cursor

    def update_complaint(self, view: ComplaintView) -> None:
        """One complaint changed: repaint its row in place if it is shown."""
        for i, row in enumerate(self._rows):
            if row.id == view.id:
                self.replace_row(i, view)
                return

    def mark_overdue(self) -> int:
        """The clock moved: promises that passed without a reply turn red. Returns how many."""
        now = self._desk.clock.now()
        turned = 0
        for i, row in enumerate(self._rows):
            if not row.overdue and row.reply_owed and row.promised_at < now:
                self.replace_row(i, replace(row, overdue=True))
                turned += 1
        return turned

    def complaint_at(self, row: int) -> ComplaintView | None:
        return self.row_at(row)

    def row_of(self, complaint_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.id == complaint_id:
                return i
        return -1

    def _time_texts(self, row: int, c: ComplaintView) -> tuple[str, ...]:
        return self.cached_texts(
            row, lambda: (format_datetime(c.received_at), format_datetime(c.promised_at))
        )

    def column_texts(self, col: int) -> list[str]:
        """Every word a column of words (channel, category, severity, status) can show, in the
        current language: the dock sizes those columns to the longest, not to an English sample
        ("Передано старшему, просрочено" was cut)."""
        if col == COL_CHANNEL:
            return [channel_label(channel) for channel in Channel]
        if col == COL_CATEGORY:
            return [complaint_category_label(category) for category in ComplaintCategory]
        if col == COL_SEVERITY:
            return [severity_label(severity) for severity in Severity]
        if col == COL_STATUS:
            plain = [complaint_status_label(status) for status in Status]
            overdue = [
                self.tr("{status}, overdue").format(status=complaint_status_label(status))
                for status in AWAITING_REPLY
            ]
            return plain + overdue
        return []

    def _status(self, c: ComplaintView) -> str:
        status = complaint_status_label(c.status)
        if c.overdue:
            return self.tr("{status}, overdue").format(status=status)
        return status

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NUM:
                return str(c.num)
            if col == COL_RECEIVED:
                return self._time_texts(index.row(), c)[0]
            if col == COL_CHANNEL:
                return channel_label(c.channel)
            if col == COL_GUEST:
                return c.guest_name
            if col == COL_ROOM:
                return c.room
            if col == COL_CATEGORY:
                return complaint_category_label(c.category)
            if col == COL_SEVERITY:
                return severity_label(c.severity)
            if col == COL_STATUS:
                return self._status(c)
            if col == COL_PROMISED:
                return self._time_texts(index.row(), c)[1]
            if col == COL_ASSIGNEE:
                return c.assignee_name or ""
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.text
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._red if c.overdue else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if c.overdue else None
        if role == COMPLAINT_ROLE:
            return c
        return None
