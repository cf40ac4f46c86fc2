"""Supervision → Inspections…: the inspections of a month (a clerk sees their own), newest first,
with their kind, the clerks, who inspected, failed items and the acknowledgement. Enter opens one
(every item, its answer and note, a failed one's cause and correction and its follow-up's state);
Acknowledge… takes a waiting one to the clerk's PIN (an inspection left for later)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Capability, can
from desk_app.domain.supervision.inspection import Acknowledgement
from desk_app.services.desk import Actor, Desk
from desk_app.services.supervision import inspection_views
from desk_app.services.supervision.inspection_views import InspectionView
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.roster.labels import month_title
from desk_app.ui.supervision.acknowledge import AcknowledgeDialog
from desk_app.ui.supervision.inspection_detail import InspectionDetailDialog
from desk_app.ui.supervision.labels import ack_label, kind_label

ID_ROLE = Qt.ItemDataRole.UserRole


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    after = date(year + (month == 12), month % 12 + 1, 1)
    return first, after - timedelta(days=1)


class InspectionsPage(QDialog):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.actor = desk, actor
        self.views: list[InspectionView] = []
        self.form: QDialog | None = None
        self.setObjectName("inspectionsPage")
        self.setWindowTitle(self.tr("Inspections"))
        self.month = QComboBox()
        self.month.setObjectName("inspectionsMonth")
        today = desk.clock.now().astimezone().date()
        for back in range(0, 25):
            y, m = today.year, today.month - back
            while m <= 0:
                y, m = y - 1, m + 12
            self.month.addItem(month_title(y, m), (y, m))
        self.month.currentIndexChanged.connect(lambda _i: self.load())
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("inspectionsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Clerks"),
                self.tr("Inspected by"),
                self.tr("Failed"),
                self.tr("Acknowledgement"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellActivated.connect(lambda row, _c: self.open_row(row))
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_row(row))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No inspection in this month."))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        self.ack_button = QPushButton(self.tr("&Acknowledge…"))
        self.ack_button.setObjectName("inspectionsAcknowledge")
        self.ack_button.setVisible(can(actor.role, Capability.INSPECT))
        self.ack_button.clicked.connect(self.acknowledge_selected)
        for button in (self.open_button, self.ack_button):
            button.setAutoDefault(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.ack_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(1000, 560)
        self.load()
        self.table.setFocus()

    def load(self) -> None:
        year, month = self.month.currentData()
        first, last = _month_bounds(year, month)
        views = run_op(
            self, lambda: inspection_views.list_inspections(self.desk, self.actor, first, last)
        )
        self.views = views or []
        self.table.setRowCount(len(self.views))
        for row, v in enumerate(self.views):
            values = (
                str(v.num),
                format_datetime(v.at),
                kind_label(v.kind),
                ", ".join(v.clerk_names),
                v.inspector_name,
                str(v.failed),
                ack_label(v.ack_state),
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, v.id)
                if col == 5 and v.failed:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, col, item)
        self.empty.setVisible(not self.views)
        if self.views:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> InspectionView | None:
        row = self.table.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _update_buttons(self) -> None:
        view = self.selected()
        self.open_button.setEnabled(view is not None)
        self.ack_button.setEnabled(view is not None and view.ack_state is Acknowledgement.PENDING)

    def open_row(self, row: int) -> QDialog | None:
        if not 0 <= row < len(self.views) or self.form is not None:
            return None
        return self._open(InspectionDetailDialog(self.views[row], self))

    def acknowledge_selected(self) -> QDialog | None:
        view = self.selected()
        if view is None or not self.ack_button.isEnabled() or self.form is not None:
            return None
        return self._open(AcknowledgeDialog(self.desk, self.actor, view, self))

    def _open(self, dialog: QDialog) -> QDialog:
        self.form = dialog

        def finished(result: int) -> None:
            self.form = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.load()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
