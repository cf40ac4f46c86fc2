"""The handover history dock: past sheets, newest first; double-click opens one.

Another station's signature or seal shows here on the window's clock tick: the dock compares a
three-number stamp of the sheets (one small read) and reloads only when it moved, keeping the
selected sheet selected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.handover.rules import HandoverState
from desk_app.domain.roles import Capability, can
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.handover import views as handover_views
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.handover.labels import state_label

PAGE_SIZE = 100
ID_ROLE = Qt.ItemDataRole.UserRole


class HandoverHistoryPanel(QWidget):
    """Every handover sheet of the desk; ``open_requested(id)`` on double-click or Enter."""

    open_requested = Signal(str)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self._last_num: int | None = None
        self._stamp: tuple[int, int, int] | None = None
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("handoverHistoryTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Shift start"),
                self.tr("Outgoing"),
                self.tr("Incoming"),
                self.tr("State"),
                self.tr("Sealed at"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open_row(row))
        self.table.cellActivated.connect(lambda row, _col: self._open_row(row))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.more_button = QPushButton(self.tr("Show &older"))
        self.more_button.clicked.connect(self.load_more)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        # A supervisor's check of a sealed sheet (交接班检查), not of one they signed.
        self.countersign_button = QPushButton(self.tr("&Countersign…"))
        self.countersign_button.setObjectName("countersignButton")
        self.countersign_button.setVisible(can(actor.role, Capability.INSPECT))
        self.countersign_button.clicked.connect(self.countersign_selected)
        self.countersign_page = None
        self._views: dict[str, handover_views.HandoverView] = {}
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.countersign_button)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        selected = self.selected_id()
        shown = max(self.table.rowCount(), PAGE_SIZE)
        self._stamp = run_op(self, lambda: handover_views.history_stamp(self.desk, self.actor))
        self.table.setRowCount(0)
        self._last_num = None
        self.load_more()
        while self.table.rowCount() < shown and self.more_button.isEnabled():
            self.load_more()
        if selected is not None:
            rows = [r for r, i in enumerate(self.ids()) if i == selected]
            if rows:
                self.table.selectRow(rows[0])
        self._update_buttons()

    def apply_changes(self, changes: Changes) -> None:
        """A sheet started, signed or sealed, here or at another station: the sheets read again,
        the selected one kept and the table where it was scrolled."""
        if changes.touches("handover"):
            scroll = self.table.verticalScrollBar().value()
            self.reload()
            self.table.verticalScrollBar().setValue(scroll)

    def poll(self) -> None:
        """Reload when any station started, signed or sealed a sheet since the last look."""
        stamp = run_op(self, lambda: handover_views.history_stamp(self.desk, self.actor))
        if stamp is not None and stamp != self._stamp:
            self.reload()

    def selected_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def load_more(self) -> None:
        rows = run_op(
            self,
            lambda: handover_views.list_handovers(self.desk, self.actor, self._last_num, PAGE_SIZE),
        )
        if rows is None:
            return
        for view in rows:
            self._add(view)
        if rows:
            self._last_num = rows[-1].num
        self.more_button.setEnabled(len(rows) == PAGE_SIZE)

    def _update_buttons(self) -> None:
        view = self._views.get(self.selected_id() or "")
        self.countersign_button.setEnabled(
            view is not None
            and view.state is HandoverState.SEALED
            and self.actor.id not in (view.outgoing_id, view.incoming_id)
        )

    def countersign_selected(self):
        """The selected sealed sheet countersigned (a note and the supervisor's PIN)."""
        from desk_app.ui.supervision.countersign import CountersignDialog

        view = self._views.get(self.selected_id() or "")
        if view is None or not self.countersign_button.isEnabled() or self.countersign_page:
            return None
        dialog = CountersignDialog(self.desk, self.actor, view.id, view.num, self)

        def finished(_result: int) -> None:
            self.countersign_page = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self.countersign_page = dialog
        dialog.open()
        return dialog

    def _add(self, view: handover_views.HandoverView) -> None:
        self._views[view.id] = view
        row = self.table.rowCount()
        self.table.insertRow(row)
        sealed = view.state is HandoverState.SEALED
        values = (
            str(view.num),
            format_datetime(view.shift_start),
            view.outgoing_name,
            view.incoming_name or "",
            state_label(view.state),
            format_datetime(view.sealed_at) if sealed else "",
        )
        for col, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, view.id)
            self.table.setItem(row, col, item)

    def ids(self) -> list[str]:
        return [self.table.item(r, 0).data(ID_ROLE) for r in range(self.table.rowCount())]

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self._open_row(row)

    def _open_row(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_requested.emit(item.data(ID_ROLE))
