"""The open-items dock: every open follow-up across shifts, soonest due first, overdue in red."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import log as log_service
from desk_app.services.desk import Actor, Desk
from desk_app.services.log import FollowUpView
from desk_app.ui.errors import run_op
from desk_app.ui.forms import FormDialog
from desk_app.ui.labels import category_label, format_datetime
from desk_app.ui.log_model import OVERDUE_COLOR

FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 2


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
        done = run_op(
            self,
            lambda: log_service.close_follow_up(
                self._desk,
                self._actor,
                self._item.id,
                text=self.text.toPlainText(),
                expected_version=self._item.version,
            ),
            on_error=self.show_error,
        )
        if done is not None:
            self.accept()


class OpenItemsPanel(QWidget):
    changed = Signal()
    open_entry = Signal(str)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._items: list[FollowUpView] = []
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.table.doubleClicked.connect(self._activated)
        self.refresh()

    def refresh(self) -> None:
        items = run_op(self, lambda: log_service.open_follow_ups(self._desk, self._actor))
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

    def selected(self) -> FollowUpView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return self._items[0] if len(self._items) == 1 else None
        return self.model.item(rows[0].row(), 0).data(FOLLOW_UP_ROLE)

    def close_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = CloseFollowUpDialog(self._desk, self._actor, item, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def _activated(self, index) -> None:
        item = self.model.item(index.row(), 0).data(FOLLOW_UP_ROLE)
        self.open_entry.emit(item.entry_id)
