"""The Roster dock: tabs, the first the station's months (where each is, who drafted and who
approved it); other parts of the roster add theirs with ``add_tab`` (who is on duty, requests).

Enter or a double click opens a month's grid; "Next month" opens next month's, saved or not.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roster.month import RosterState, next_month
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.roster import views as roster_views
from desk_app.services.roster.views import MonthSummary
from desk_app.ui.common.book_table import fit_columns_to_samples, read_only_table
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.roster.labels import month_title, roster_state_label

COL_MONTH, COL_STATE, COL_DRAFTED, COL_APPROVED, COL_APPROVED_AT = range(5)
STATE_TEXT = {
    RosterState.DRAFT: "#8a6d00",
    RosterState.SUBMITTED: "#1565c0",
    RosterState.APPROVED: "#1b5e20",
}
_Index = QModelIndex | QPersistentModelIndex


class MonthsModel(QAbstractTableModel):
    """This station's months, newest first (a few dozen in years: read whole)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[MonthSummary] = []

    def set_rows(self, rows: list[MonthSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> MonthSummary | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_MONTH: month_title(row.year, row.month),
                COL_STATE: roster_state_label(row.state),
                COL_DRAFTED: row.drafted_by,
                COL_APPROVED: row.approved_by,
                COL_APPROVED_AT: format_datetime(row.approved_at) if row.approved_at else "",
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE:
            return QColor(STATE_TEXT[row.state])
        return None

    def headerData(  # noqa: N802 - Qt name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Month"),
            self.tr("State"),
            self.tr("Drafted by"),
            self.tr("Approved by"),
            self.tr("Approved at"),
        )[section]


class MonthsTab(QWidget):
    """The station's months and the buttons to open one."""

    open_month = Signal(int, int)  # year, month

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.model = MonthsModel(self)
        self.table = read_only_table(self, self.model, "rosterMonths")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        fit_columns_to_samples(
            self,
            self.table,
            {
                COL_MONTH: "September 0000",
                COL_STATE: "Submitted to the manager",
                COL_DRAFTED: "Olga Ivanova / Ольга Иванова",
                COL_APPROVED: "Olga Ivanova / Ольга Иванова",
            },
        )
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("rosterOpenMonth")
        self.open_button.clicked.connect(self.open_selected)
        self.next_button = QPushButton(self.tr("&Next month"))
        self.next_button.setObjectName("rosterNextMonth")
        self.next_button.setToolTip(self.tr("Open next month's roster, to draft it or to read it"))
        self.next_button.clicked.connect(self.open_next)
        self.empty = QLabel(self.tr("No month's roster yet: start with next month."))
        self.empty.setObjectName("rosterMonthsEmpty")
        self.empty.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        """The months read again, the selected one kept."""
        current = self.model.row_at(self.table.currentIndex().row())
        rows = run_op(self, lambda: roster_views.list_months(self._desk, self._actor))
        if rows is None:
            return
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        for i, row in enumerate(rows):
            if current is not None and (row.year, row.month) == (current.year, current.month):
                self.table.selectRow(i)
                break

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_month.emit(row.year, row.month)

    def open_selected(self) -> None:
        self._open_index(self.table.currentIndex())

    def open_next(self) -> None:
        self.open_month.emit(*next_month(self._desk.clock.now().astimezone().date()))


class RosterPanel(QWidget):
    """Content of the Roster dock: a tab per part of the roster."""

    open_month = Signal(int, int)  # year, month

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._seen: Changes | None = None  # the last Changes read: told twice, read once
        self.tabs = QTabWidget()
        self.tabs.setObjectName("rosterTabs")
        self.months = MonthsTab(desk, actor)
        self.months.open_month.connect(self.open_month)
        self.add_tab(self.months, self.tr("Months"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Another part of the roster's tab (who is on duty, requests); its index."""
        return self.tabs.addTab(widget, title)

    def apply_changes(self, changes: Changes) -> None:
        """The months read again when the roster or its people changed, here or elsewhere (a
        tab added with ``add_tab`` listens for itself)."""
        if changes is self._seen or not changes.touches("roster", "people"):
            return
        self._seen = changes
        self.months.reload()
