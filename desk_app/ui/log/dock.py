"""The duty-log dock: quick entry on top, filters, the day at the top of the view (and who
reviewed it), and the lazy table of the book."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.log import CATEGORY_ORDER, Category
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.log.views import EntryView, LogFilter
from desk_app.ui.common.book_table import book_table, refresh_in_place
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.filters import PeopleCombo, apply_filter, search_as_you_type
from desk_app.ui.common.period_filter import PeriodFilter
from desk_app.ui.log import model as lm
from desk_app.ui.log.day_header import DayHeader
from desk_app.ui.log.labels import category_label
from desk_app.ui.log.quick_entry import QuickEntry


class LogPanel(QWidget):
    """Content of the duty-log dock."""

    open_entry = Signal(str)  # entry id

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.quick = QuickEntry(desk, actor)

        self.period = PeriodFilter("filterPeriod")
        self.category = QComboBox()
        self.category.setObjectName("filterCategory")
        self.category.addItem(self.tr("All categories"), None)
        for cat in CATEGORY_ORDER:
            self.category.addItem(category_label(cat), cat.value)
        self.who = PeopleCombo(desk, self.tr("Anyone"))
        self.who.setObjectName("filterWho")
        self.open_only = QCheckBox(self.tr("Open follow-ups only"))
        self.open_only.setObjectName("filterOpen")
        self.search = QLineEdit()
        self.search.setObjectName("filterSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search text, room, party (Ctrl+F)"))
        self.count = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.period)
        filters.addWidget(self.category)
        filters.addWidget(self.who)
        filters.addWidget(self.open_only)
        filters.addWidget(self.search, 1)

        self.model = lm.LogTableModel(desk, actor, self)
        self.table = book_table(self, self.model, "logTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(lm.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        widths = {
            lm.COL_NUM: fm.horizontalAdvance("0000000") + 12,
            lm.COL_TIME: fm.horizontalAdvance("00.00.0000 00:00 PM") + 16,
            lm.COL_CATEGORY: fm.horizontalAdvance("Incident / emergency") + 8,
            lm.COL_ROOM: fm.horizontalAdvance("Restaurant 2F") + 12,
            lm.COL_WHO: fm.horizontalAdvance("Александра Иванова") + 8,
            lm.COL_FOLLOW_UP: fm.horizontalAdvance("Overdue: Александра, due 00.00.00 00:00") + 8,
        }
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)
        self.day_header = DayHeader(desk, actor, self.table, self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.quick)
        layout.addLayout(filters)
        layout.addWidget(self.day_header)
        layout.addWidget(self.table, 1)

        self._search_timer = search_as_you_type(self, self.search, self.apply_filter)
        self.period.changed.connect(self.apply_filter)
        self.category.currentIndexChanged.connect(self.apply_filter)
        self.who.currentIndexChanged.connect(self.apply_filter)
        self.open_only.toggled.connect(self.apply_filter)
        self.quick.saved.connect(self._saved)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        QShortcut(
            QKeySequence("Ctrl+F"), self, context=Qt.ShortcutContext.WindowShortcut
        ).activated.connect(self._focus_search)
        self.reload_people()

    def reload_people(self) -> None:
        self.who.reload()
        self.quick.reload_people()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_filter(self) -> LogFilter:
        since, until = self.period.bounds(self._desk.clock.now())
        category = self.category.currentData()
        return LogFilter(
            since=since,
            until=until,
            category=Category(category) if category else None,
            author_id=self.who.currentData(),
            open_follow_ups_only=self.open_only.isChecked(),
            search=self.search.text(),
        )

    def apply_filter(self) -> None:
        apply_filter(self, self.model, self.current_filter(), self._search_timer)

    def refresh(self) -> None:
        refresh_in_place(self.table, self.model, lambda: run_op(self, self.model.refresh_links))

    def apply_changes(self, changes: Changes) -> None:
        """A write here or at another station: the people lists read again when people changed,
        the table when the log did (every book that writes the log journals its entry), the
        selected row and the scroll kept; the day header when a day was reviewed. The quick entry's own save is shown by ``_saved``
        without reading the book again, so its Changes are left alone."""
        if changes.touches("people"):
            self.reload_people()
        if changes.touches("log") and not self.quick.writing:
            self.refresh()
        self.day_header.apply_changes(changes)

    def _saved(self, entry: EntryView) -> None:
        self.model.add_new_entry(entry)
        self.table.scrollToTop()

    def _activated(self, index) -> None:
        entry = self.model.entry_at(index.row())
        if entry is not None:
            self.open_entry.emit(entry.id)

    def selected_entry(self) -> EntryView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None
