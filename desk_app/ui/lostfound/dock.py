"""The lost-and-found dock: the found-item book and the guests' lost reports, on two tabs.

Each tab has its button, filters, a search box and the lazy table. A tag's QR code scanned into
the item search box arrives as its number and Enter (``LF-2026-00042⏎``): the item's page opens at
once, or the dock says plainly that no item has that number.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.lostfound.categories import sort_categories
from desk_app.domain.lostfound.rules import (
    DisposalMethod,
    ItemState,
    ReportState,
    parse_item_number,
)
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.lostfound import views as lostfound_views
from desk_app.services.lostfound.views import (
    POLICY_KEY,
    ItemFilter,
    ItemView,
    ReportFilter,
    ReportView,
)
from desk_app.ui.common.book_table import book_table, refresh_in_place
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.filters import apply_filter, search_as_you_type
from desk_app.ui.common.forms import OVERDUE_STYLE
from desk_app.ui.common.period_filter import PeriodFilter
from desk_app.ui.lostfound import models as lm
from desk_app.ui.lostfound.labels import (
    category_choices,
    category_label,
    disposal_method_label,
    item_state_label,
    report_state_label,
)

NOTICE_MS = 15_000


def _size_columns(
    owner: QWidget, table: QTableView, widths: dict[int, str], *, bold: bool, pad: int = 14
) -> None:
    """Columns wide enough for a sample text (and their translated header), in the bold font due
    rows are drawn with (if any are), so nothing is clipped."""
    font = QFont(owner.font())
    font.setBold(bold)
    fm = QFontMetrics(font)
    model = table.model()
    for col, sample in widths.items():
        header = model.headerData(col, Qt.Orientation.Horizontal) or ""
        table.setColumnWidth(
            col, max(fm.horizontalAdvance(sample) + pad, fm.horizontalAdvance(header) + 24)
        )


class LostFoundPanel(QWidget):
    """Content of the lost-and-found dock."""

    register_requested = Signal()
    report_requested = Signal()
    open_item = Signal(str)  # item id
    open_report = Signal(str)  # report id

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.tabs = QTabWidget()
        self.tabs.setObjectName("lostFoundTabs")
        self.tabs.addTab(self._build_items_tab(), self.tr("Found items"))
        self.tabs.addTab(self._build_reports_tab(), self.tr("Lost reports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tabs)
        self.reload_categories()

    # -- construction --------------------------------------------------------------------------
    def _build_items_tab(self) -> QWidget:
        self.register_button = QPushButton(self.tr("Register found item…"))
        self.register_button.setObjectName("registerFoundItem")
        self.register_button.setToolTip(self.tr("Register an item found on the premises"))
        self.register_button.clicked.connect(self.register_requested)
        self.item_search = QLineEdit()
        self.item_search.setObjectName("itemSearch")
        self.item_search.setClearButtonEnabled(True)
        self.item_search.setPlaceholderText(
            self.tr("Search description, place, finder — or scan a tag (LF-2026-00042)")
        )
        self.item_state = QComboBox()
        self.item_state.setObjectName("itemState")
        self.item_state.addItem(self.tr("All states"), None)
        for state in (
            ItemState.STORED,
            ItemState.RETURNED,
            ItemState.DISPOSED,
            ItemState.DISPOSAL_PROPOSED,
        ):
            self.item_state.addItem(item_state_label(state), frozenset({state}))
        self.item_category = QComboBox()
        self.item_category.setObjectName("itemCategory")
        self.valuables_only = QCheckBox(self.tr("Valuables only"))
        self.valuables_only.setObjectName("itemValuablesOnly")
        self.due_only = QCheckBox(self.tr("Due for disposal"))
        self.due_only.setObjectName("itemDueOnly")
        self.due_only.setToolTip(self.tr("Held past the retention period, no disposal proposed"))
        self.awaiting_only = QCheckBox(self.tr("Awaiting approval"))
        self.awaiting_only.setObjectName("itemAwaitingApproval")
        self.awaiting_only.setToolTip(self.tr("Disposals a supervisor has still to approve"))
        self.item_period = PeriodFilter("itemPeriod", default_days=30)
        # What a scan or a search found (or did not): one line, never a box mid-conversation.
        self.notice = QLabel()
        self.notice.setObjectName("lostFoundNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(OVERDUE_STYLE)
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.hide)

        top = QHBoxLayout()
        top.addWidget(self.register_button)
        top.addWidget(self.item_search, 1)
        filters = QHBoxLayout()
        for w in (
            self.item_state,
            self.item_category,
            self.valuables_only,
            self.due_only,
            self.awaiting_only,
            self.item_period,
        ):
            filters.addWidget(w)
        filters.addStretch(1)

        self.item_model = lm.ItemTableModel(self._desk, self._actor, self)
        self.item_table = book_table(self, self.item_model, "itemTable")
        # The description, last, takes what the other columns leave.
        self.item_table.horizontalHeader().setStretchLastSection(True)
        _size_columns(
            self,
            self.item_table,
            {
                lm.COL_NUMBER: "LF-0000-00000",
                lm.COL_FOUND: "00.00.0000 00:00 PM",
                lm.COL_CATEGORY: "Money and valuables",
                lm.COL_FOUND_PLACE: "Restaurant 2F",
                lm.COL_STORAGE: "Safe, shelf 2",
                lm.COL_VALUABLES: lm.VALUABLES_MARK,
                # The longest of the words these columns show, in the reader's language.
                lm.COL_STATE: max((item_state_label(s) for s in ItemState), key=len),
                lm.COL_DUE: "Due since 00.00.0000 00:00 PM",
                lm.COL_PROPOSED_BY: "Александра Иванова",
                lm.COL_METHOD: max((disposal_method_label(m) for m in DisposalMethod), key=len),
            },
            bold=True,
        )
        self._show_proposals()

        self._item_timer = search_as_you_type(
            self, self.item_search, self.apply_item_filter, self._item_search_entered
        )
        for combo in (self.item_state, self.item_category):
            combo.currentIndexChanged.connect(self.apply_item_filter)
        for box in (self.valuables_only, self.due_only, self.awaiting_only):
            box.toggled.connect(self.apply_item_filter)
        self.item_period.changed.connect(self.apply_item_filter)
        self.item_table.doubleClicked.connect(self._item_activated)
        self.item_table.activated.connect(self._item_activated)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.item_table, 1)
        return tab

    def _build_reports_tab(self) -> QWidget:
        self.report_button = QPushButton(self.tr("Guest reports a loss…"))
        self.report_button.setObjectName("reportLoss")
        self.report_button.setToolTip(self.tr("Record what a guest has lost"))
        self.report_button.clicked.connect(self.report_requested)
        self.report_search = QLineEdit()
        self.report_search.setObjectName("reportSearch")
        self.report_search.setClearButtonEnabled(True)
        self.report_search.setPlaceholderText(self.tr("Search guest, room, contact, description"))
        self.report_state = QComboBox()
        self.report_state.setObjectName("reportState")
        self.report_state.addItem(self.tr("All states"), None)
        self.report_state.addItem(
            self.tr("Not closed"), frozenset({ReportState.OPEN, ReportState.LINKED})
        )
        for state in ReportState:
            self.report_state.addItem(report_state_label(state), frozenset({state}))
        self.report_category = QComboBox()
        self.report_category.setObjectName("reportCategory")
        self.report_period = PeriodFilter("reportPeriod", default_days=30)

        top = QHBoxLayout()
        top.addWidget(self.report_button)
        top.addWidget(self.report_search, 1)
        filters = QHBoxLayout()
        for w in (self.report_state, self.report_category, self.report_period):
            filters.addWidget(w)
        filters.addStretch(1)

        self.report_model = lm.ReportTableModel(self._desk, self._actor, self)
        self.report_table = book_table(self, self.report_model, "reportTable")
        self.report_table.horizontalHeader().setStretchLastSection(True)
        _size_columns(
            self,
            self.report_table,
            {
                lm.RCOL_NUM: "00000",
                lm.RCOL_REPORTED: "00.00.0000 00:00 PM",
                lm.RCOL_GUEST: "Александра Иванова",
                lm.RCOL_ROOM: "1208, +7 912 000-00",
                lm.RCOL_LOST: "00.00.0000 00:00 PM – 00:00 PM",
                lm.RCOL_PLACE: "Restaurant",
                lm.RCOL_CATEGORY: "Money and valuables",
                lm.RCOL_STATE: "Possible match",
                lm.RCOL_ITEM: "LF-0000-00000",
            },
            bold=False,
        )

        self._report_timer = search_as_you_type(self, self.report_search, self.apply_report_filter)
        for combo in (self.report_state, self.report_category):
            combo.currentIndexChanged.connect(self.apply_report_filter)
        self.report_period.changed.connect(self.apply_report_filter)
        self.report_table.doubleClicked.connect(self._report_activated)
        self.report_table.activated.connect(self._report_activated)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.report_table, 1)
        return tab

    def reload_categories(self) -> None:
        """The category filters list the categories of the manager's policy (retired ones too:
        old items still carry them)."""
        policy = run_op(self, lambda: lostfound_views.get_policy(self._desk))
        if policy is None:
            return
        retired = [c for c in sort_categories(policy.categories) if not c.active]
        for combo in (self.item_category, self.report_category):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All categories"), None)
            for code, label in category_choices(policy):
                combo.addItem(label, code)
            for c in retired:  # old items still carry them
                combo.addItem(
                    self.tr("{category} (retired)").format(category=category_label(c)), c.code
                )
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    # -- filters -------------------------------------------------------------------------------
    def item_filter(self) -> ItemFilter:
        since, until = self.item_period.bounds(self._desk.clock.now())
        return ItemFilter(
            since=since,
            until=until,
            states=self.item_state.currentData(),
            category=self.item_category.currentData(),
            valuables_only=self.valuables_only.isChecked(),
            due_only=self.due_only.isChecked(),
            awaiting_approval=self.awaiting_only.isChecked(),
            search=self.item_search.text(),
        )

    def report_filter(self) -> ReportFilter:
        since, until = self.report_period.bounds(self._desk.clock.now())
        return ReportFilter(
            since=since,
            until=until,
            states=self.report_state.currentData(),
            category=self.report_category.currentData(),
            search=self.report_search.text(),
        )

    def apply_item_filter(self) -> None:
        self._show_proposals()
        apply_filter(self, self.item_model, self.item_filter(), self._item_timer)

    def _show_proposals(self) -> None:
        """Who proposed and how: columns of the list of disposals awaiting approval only."""
        proposed = frozenset({ItemState.DISPOSAL_PROPOSED})
        awaiting = self.awaiting_only.isChecked() or self.item_state.currentData() == proposed
        for col in (lm.COL_PROPOSED_BY, lm.COL_METHOD):
            self.item_table.setColumnHidden(col, not awaiting)

    def apply_report_filter(self) -> None:
        apply_filter(self, self.report_model, self.report_filter(), self._report_timer)

    def refresh(self) -> None:
        for table, model in (
            (self.item_table, self.item_model),
            (self.report_table, self.report_model),
        ):
            refresh_in_place(table, model, lambda m=model: run_op(self, m.refresh))

    def apply_changes(self, changes: Changes) -> None:
        """A write, here or at another station: both tables are read again when the book was
        written (each keeping its selected row and its scroll position), the category filters
        first when the manager changed the categories; nothing otherwise."""
        policy = POLICY_KEY in changes.ids("setting")
        if policy:
            self.reload_categories()
        if policy or changes.touches("lostfound"):
            self.refresh()

    def time_passed(self) -> None:
        """The clock moved: shown items past their retention turn red; the "due" list, which
        depends on the time, is read again."""
        if self.due_only.isChecked():
            run_op(self, self.item_model.refresh)
        else:
            self.item_model.mark_due()

    # -- search and scan -----------------------------------------------------------------------
    def focus_item_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.item_search.setFocus()
        self.item_search.selectAll()

    def focus_report_search(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.report_search.setFocus()
        self.report_search.selectAll()

    def _item_search_entered(self) -> None:
        """Enter in the item search: a tag number (typed or scanned) opens that item's page."""
        text = self.item_search.text().strip()
        self.apply_item_filter()
        if parse_item_number(text) is None:
            self.notice.hide()
            return
        item = run_op(self, lambda: lostfound_views.find_by_number(self._desk, self._actor, text))
        # The next scan replaces this one instead of being appended to it.
        self.item_search.selectAll()
        if item is None:
            self.show_notice(
                self.tr("No found item has the number {number}.").format(number=text.upper())
            )
            return
        self.notice.hide()
        self.select_item(item.id)
        self.open_item.emit(item.id)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self._notice_timer.start()

    @property
    def notice_text(self) -> str:
        return "" if self.notice.isHidden() else self.notice.text()

    # -- rows ----------------------------------------------------------------------------------
    def show_item(self, item_id: str) -> None:
        """A just-written item, selected on its tab (the window has refreshed the book)."""
        self.tabs.setCurrentIndex(0)
        self.select_item(item_id)

    def show_report(self, report_id: str) -> None:
        self.tabs.setCurrentIndex(1)
        self.select_report(report_id)

    def select_item(self, item_id: str) -> None:
        row = self.item_model.row_of(item_id)
        if row >= 0:
            self.item_table.selectRow(row)
            self.item_table.scrollTo(self.item_model.index(row, 0))

    def select_report(self, report_id: str) -> None:
        row = self.report_model.row_of(report_id)
        if row >= 0:
            self.report_table.selectRow(row)
            self.report_table.scrollTo(self.report_model.index(row, 0))

    def selected_item(self) -> ItemView | None:
        rows = self.item_table.selectionModel().selectedRows()
        return self.item_model.item_at(rows[0].row()) if rows else None

    def selected_report(self) -> ReportView | None:
        rows = self.report_table.selectionModel().selectedRows()
        return self.report_model.report_at(rows[0].row()) if rows else None

    def _item_activated(self, index) -> None:
        item = self.item_model.item_at(index.row())
        if item is not None:
            self.open_item.emit(item.id)

    def _report_activated(self, index) -> None:
        report = self.report_model.report_at(index.row())
        if report is not None:
            self.open_report.emit(report.id)
