"""The open-items dock: every open follow-up across shifts, soonest due first, overdue in red;
beside them, every complaint still awaiting a reply, soonest promise first, overdue in red."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.changes import Changes
from desk_app.services.complaints import views as complaints_views
from desk_app.services.complaints.views import ComplaintView
from desk_app.services.desk import Actor, Desk
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.services.log.views import FollowUpView
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import OVERDUE_STYLE, FormDialog
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.common.write_op import write_op
from desk_app.ui.complaints.labels import complaint_category_label, complaint_status_label
from desk_app.ui.log.labels import category_label
from desk_app.ui.log.model import OVERDUE_COLOR

FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 2
COMPLAINT_ROLE = Qt.ItemDataRole.UserRole + 3


class CloseFollowUpDialog(FormDialog):
    def __init__(
        self, desk: Desk, actor: Actor, item: FollowUpView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._item = item
        self.setWindowTitle(self.tr("Close follow-up of entry #{num}").format(num=item.entry_num))
        self.set_intro(item.entry_text)
        self.text = self.add_field("text", "", QPlainTextEdit())
        self.text.setObjectName("closeText")
        self.text.setPlaceholderText(
            self.tr("What was done? This is written to the log as a new entry.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close follow-up"))
        self.resize(480, 260)

    def submit(self) -> None:
        write_op(
            self,
            lambda: log_commands.close_follow_up(
                self._desk,
                self._actor,
                self._item.id,
                text=self.text.toPlainText(),
                expected_version=self._item.version,
            ),
        ).success(lambda _entry: self.accept()).failure(self.show_error).run()


class OpenItemsPanel(QWidget):
    open_entry = Signal(str)
    open_complaint = Signal(str)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._items: list[FollowUpView] = []
        self._complaints: list[ComplaintView] = []
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Due"),
                self.tr("#"),
                self.tr("Category"),
                self.tr("Room / place"),
                self.tr("Text"),
                self.tr("Owner"),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("openItemsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("openItemsSummary")
        self.close_button = QPushButton(self.tr("Close follow-up…"))
        self.close_button.setObjectName("closeFollowUp")
        self.close_button.clicked.connect(self.close_selected)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.close_button)
        follow_ups = QWidget()
        left = QVBoxLayout(follow_ups)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(top)
        left.addWidget(self.table)

        self.complaint_model = QStandardItemModel(0, 6, self)
        self.complaint_model.setHorizontalHeaderLabels(
            [
                self.tr("Reply promised by"),
                self.tr("#"),
                self.tr("Guest"),
                self.tr("Room / unit"),
                self.tr("Category"),
                self.tr("Status"),
            ]
        )
        self.complaint_table = QTableView()
        self.complaint_table.setObjectName("openComplaintsTable")
        self.complaint_table.setModel(self.complaint_model)
        self.complaint_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.complaint_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.complaint_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complaint_table.verticalHeader().hide()
        self.complaint_table.setWordWrap(False)
        header = self.complaint_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The guest's name gives way when the dock is narrow, not the status at the end
        # ("Assigned, o…"); the row's tooltip tells the complaint.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.complaint_summary = QLabel()
        self.complaint_summary.setObjectName("openComplaintsSummary")
        complaints = QWidget()
        right = QVBoxLayout(complaints)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.complaint_summary)
        right.addWidget(self.complaint_table)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(follow_ups)
        self.splitter.addWidget(complaints)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.splitter)
        self.table.doubleClicked.connect(self._activated)
        self.complaint_table.doubleClicked.connect(self._complaint_activated)
        self.complaint_table.activated.connect(self._complaint_activated)
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        """The follow-ups read again when the log changed, the complaints when they did (a
        complaint's step writes the log too); each table keeps its selected row and scroll."""
        if not changes.touches("log", "complaints"):
            return
        tables = (
            (self.table, lambda: self._items),
            (self.complaint_table, lambda: self._complaints),
        )
        kept = []
        for table, rows in tables:
            current, shown = table.currentIndex(), rows()
            key = shown[current.row()].id if 0 <= current.row() < len(shown) else None
            kept.append((key, max(current.column(), 0), table.verticalScrollBar().value()))
        if changes.touches("log"):
            self.refresh()  # the complaints too
        else:
            self.refresh_complaints()
        for (table, rows), (key, column, scroll) in zip(tables, kept, strict=True):
            for i, row in enumerate(rows()):
                if row.id == key:
                    table.setCurrentIndex(table.model().index(i, column))
                    table.selectRow(i)
                    break
            table.verticalScrollBar().setValue(scroll)

    def refresh(self) -> None:
        items = run_op(self, lambda: log_views.open_follow_ups(self._desk, self._actor))
        if items is None:
            return
        self._items = items
        self.model.removeRows(0, self.model.rowCount())
        bold = QFont()
        bold.setBold(True)
        for item in items:
            cells = [
                QStandardItem(format_datetime(item.due_at)),
                QStandardItem(str(item.entry_num)),
                QStandardItem(category_label(item.entry_category)),
                QStandardItem(item.room),
                QStandardItem(item.entry_text),
                QStandardItem(item.owner_name),
            ]
            for cell in cells:
                cell.setData(item, FOLLOW_UP_ROLE)
                if item.overdue:
                    cell.setForeground(QBrush(OVERDUE_COLOR))
                    cell.setFont(bold)
            cells[4].setToolTip(item.entry_text)
            self.model.appendRow(cells)
        overdue = sum(1 for i in items if i.overdue)
        self.summary.setText(
            self.tr("{open} open, {overdue} overdue").format(open=len(items), overdue=overdue)
        )
        self.close_button.setEnabled(bool(items))
        self.refresh_complaints()

    def refresh_complaints(self) -> None:
        complaints = run_op(
            self, lambda: complaints_views.open_complaints(self._desk, self._actor)
        )
        if complaints is None:
            return
        self._complaints = complaints
        self.complaint_model.removeRows(0, self.complaint_model.rowCount())
        bold = QFont()
        bold.setBold(True)
        red = QBrush(OVERDUE_COLOR)
        for c in complaints:
            status = complaint_status_label(c.status)
            if c.overdue:
                status = self.tr("{status}, overdue").format(status=status)
            cells = [
                QStandardItem(format_datetime(c.promised_at)),
                QStandardItem(str(c.num)),
                QStandardItem(c.guest_name),
                QStandardItem(c.room),
                QStandardItem(complaint_category_label(c.category)),
                QStandardItem(status),
            ]
            for cell in cells:
                cell.setData(c, COMPLAINT_ROLE)
                cell.setToolTip(c.text)
                if c.overdue:
                    cell.setForeground(red)
                    cell.setFont(bold)
            self.complaint_model.appendRow(cells)
        overdue = sum(1 for c in complaints if c.overdue)
        self.complaint_summary.setText(
            self.tr("Complaints awaiting a reply: {open}, overdue: {overdue}").format(
                open=len(complaints), overdue=overdue
            )
        )
        self.complaint_summary.setStyleSheet(OVERDUE_STYLE if overdue else "")

    def complaint_at(self, row: int) -> ComplaintView | None:
        return self._complaints[row] if 0 <= row < len(self._complaints) else None

    def selected(self) -> FollowUpView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return self._items[0] if len(self._items) == 1 else None
        return self.model.item(rows[0].row(), 0).data(FOLLOW_UP_ROLE)

    def close_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        # Closed through write_op: the window's changes_applied reads this dock again.
        CloseFollowUpDialog(self._desk, self._actor, item, self).exec()

    def _activated(self, index) -> None:
        item = self.model.item(index.row(), 0).data(FOLLOW_UP_ROLE)
        self.open_entry.emit(item.entry_id)

    def _complaint_activated(self, index) -> None:
        complaint = self.complaint_at(index.row())
        if complaint is not None:
            self.open_complaint.emit(complaint.id)
