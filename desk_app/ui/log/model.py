"""The duty-log table: keyset pages fetched as the view scrolls, never the whole book."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk_app.services.desk import Actor, Desk
from desk_app.services.log import views as log_views
from desk_app.services.log.views import EntryView, FollowUpState, LogFilter
from desk_app.ui.common.forms import RED
from desk_app.ui.common.keyset_model import KeysetTableModel
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.log.labels import category_label, follow_up_label

COL_NUM, COL_TIME, COL_CATEGORY, COL_ROOM, COL_TEXT, COL_WHO, COL_FOLLOW_UP = range(7)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

OVERDUE_COLOR = QColor(RED)
AMENDED_COLOR = QColor("#8a8a8a")

_Index = QModelIndex | QPersistentModelIndex


class LogTableModel(KeysetTableModel[EntryView]):
    def __init__(
        self, desk: Desk, actor: Actor, parent=None, page_size: int = log_views.PAGE_SIZE
    ) -> None:
        super().__init__([], LogFilter(), page_size, parent)
        self._desk = desk
        self._actor = actor
        self._headers = [
            self.tr("#"),
            self.tr("Time"),
            self.tr("Category"),
            self.tr("Room / place"),
            self.tr("Text"),
            self.tr("Who"),
            self.tr("Follow-up"),
        ]
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        # The first page is fetched now: a view painted before the event loop runs shows rows.
        self.fetchMore(QModelIndex())

    def fetch_page(self, flt: LogFilter, after, limit: int):
        page = log_views.list_entries(self._desk, self._actor, flt, after=after, limit=limit)
        return page.rows, page.next_cursor

    def add_new_entry(self, entry: EntryView) -> None:
        """Show a just-written entry at the top at once, without reloading the page."""
        if self.filter != LogFilter():
            self.reload()
            return
        self.insert_first(entry)
        if entry.amends_num is not None or entry.follow_up_state is not FollowUpState.NONE:
            self.refresh_links()

    def refresh_links(self) -> None:
        """An amendment or a closing changes how earlier rows look; reload what is shown."""
        self.refresh()

    def mark_overdue(self) -> None:
        """The clock moved: follow-ups past due turn red without a reload."""
        now = self._desk.clock.now()
        for i, row in enumerate(self._rows):
            if (
                row.follow_up_state is FollowUpState.OPEN
                and row.follow_up_due
                and row.follow_up_due < now
            ):
                self.replace_row(i, replace(row, follow_up_state=FollowUpState.OVERDUE))

    def entry_at(self, row: int) -> EntryView | None:
        return self.row_at(row)

    def _display(self, row: int, entry: EntryView) -> tuple[str, ...]:
        def make() -> tuple[str, str]:
            follow = follow_up_label(entry.follow_up_state)
            if entry.follow_up_state in (FollowUpState.OPEN, FollowUpState.OVERDUE):
                follow = self.tr("{state}: {owner}, due {due}").format(
                    state=follow,
                    owner=entry.follow_up_owner_name or "",
                    due=format_datetime(entry.follow_up_due),
                )
            return (format_datetime(entry.at), follow)

        return self.cached_texts(row, make)

    def _text(self, entry: EntryView) -> str:
        text = entry.text
        if entry.amended_by_num is not None:
            text = self.tr("[amended by #{num}] {text}").format(num=entry.amended_by_num, text=text)
        elif entry.amends_num is not None:
            text = self.tr("[amends #{num}] {text}").format(num=entry.amends_num, text=text)
        if entry.important:
            text = "★ " + text
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NUM:
                return str(entry.num)
            if col == COL_TIME:
                return self._display(index.row(), entry)[0]
            if col == COL_CATEGORY:
                return category_label(entry.category)
            if col == COL_ROOM:
                return entry.room
            if col == COL_TEXT:
                return self._text(entry)
            if col == COL_WHO:
                return entry.author_name
            if col == COL_FOLLOW_UP:
                return self._display(index.row(), entry)[1]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_TEXT:
                return entry.text if len(entry.text) > 60 else None
            if col == COL_FOLLOW_UP:
                return self._display(index.row(), entry)[1] or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.follow_up_state is FollowUpState.OVERDUE and col in (
                COL_FOLLOW_UP,
                COL_TEXT,
                COL_NUM,
            ):
                return QBrush(OVERDUE_COLOR)
            if entry.amended_by_num is not None:
                return QBrush(AMENDED_COLOR)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if entry.amended_by_num is not None:
                return self._italic
            if entry.important or entry.follow_up_state is FollowUpState.OVERDUE:
                return self._bold
            return None
        if role == ENTRY_ROLE:
            return entry
        return None
