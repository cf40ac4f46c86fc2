"""Supervision → Checklist… (the manager's): the inspection checklist's items in order, each with
its words and how it is scored. Seed 004's items keep their code and read in each reader's
language unless the manager writes words of their own; an added item needs its words. Saving
makes a new version: inspections already made keep the list they were made on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Capability, can
from desk_app.domain.supervision.checklist import DEFAULT_CODES, Checklist, ChecklistItem, Scoring
from desk_app.services.desk import Actor, Desk
from desk_app.services.supervision import checklist as checklist_service
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.write_op import write_op
from desk_app.ui.supervision.labels import default_item_label

CODE_ROLE = Qt.ItemDataRole.UserRole


class ChecklistEditor(FormDialog):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.actor = desk, actor
        self.saved: Checklist | None = None
        self.setObjectName("checklistEditor")
        self.setWindowTitle(self.tr("Inspection checklist"))
        current = run_op(self, lambda: checklist_service.get_checklist(desk, actor))
        self.set_intro(
            self.tr(
                "The items a supervisor checks, in order (seed 004). An item of the seed reads in "
                "each reader's language unless you write words of your own. Saved, the list is a "
                "new version ({version} now): inspections already made keep theirs."
            ).format(version=current.version if current else 0)
        )
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("checklistItems")
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Scored")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        for item in current.items if current else ():
            self._append(item)
        buttons = QHBoxLayout()
        for text, name, slot in (
            (self.tr("&Add"), "checklistAdd", self.add_item),
            (self.tr("&Remove"), "checklistRemove", self.remove_item),
            (self.tr("&Up"), "checklistUp", lambda: self.move(-1)),
            (self.tr("&Down"), "checklistDown", lambda: self.move(1)),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.add_field("items", self.tr("&Items:"), box)
        manager = can(actor.role, Capability.CHANGE_SETTINGS)
        box.setEnabled(manager)
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(manager)
        self.resize(760, 560)

    def _append(self, item: ChecklistItem) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cell = QTableWidgetItem(item.text)
        cell.setData(CODE_ROLE, item.code)
        if item.code in DEFAULT_CODES:
            cell.setToolTip(default_item_label(item.code))
            if not item.text:
                cell.setText(default_item_label(item.code))
                cell.setData(Qt.ItemDataRole.UserRole + 1, cell.text())  # the default's words
        self.table.setItem(row, 0, cell)
        scoring = QComboBox()
        scoring.addItem(self.tr("Pass / fail"), Scoring.PASS_FAIL.value)
        scoring.addItem(self.tr("1 to 5"), Scoring.SCALE.value)
        scoring.setCurrentIndex(scoring.findData(item.scoring.value))
        self.table.setCellWidget(row, 1, scoring)

    def items(self) -> list[ChecklistItem]:
        found = []
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            code = cell.data(CODE_ROLE)
            text = cell.text().strip()
            if text and text == cell.data(Qt.ItemDataRole.UserRole + 1):
                text = ""  # the default's words unchanged: still read in each language
            scoring = self.table.cellWidget(row, 1).currentData()
            found.append(ChecklistItem(code, text, Scoring(scoring)))
        return found

    def add_item(self) -> None:
        taken = {self.table.item(r, 0).data(CODE_ROLE) for r in range(self.table.rowCount())}
        n = 1
        while f"item_{n}" in taken:
            n += 1
        self._append(ChecklistItem(f"item_{n}", ""))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_item(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        items = self.items()
        items[row], items[other] = items[other], items[row]
        self.table.setRowCount(0)
        for item in items:
            self._append(item)
        self.table.setCurrentCell(other, 0)

    def submit(self) -> None:
        items = self.items()
        self.saved = (
            write_op(self, lambda: checklist_service.save_checklist(self.desk, self.actor, items))
            .failure(self.show_error)
            .run()
        )
        if self.saved is not None:
            self.accept()
