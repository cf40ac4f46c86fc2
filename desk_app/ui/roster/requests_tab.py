"""The Roster dock's Requests tab: leave and swaps, those waiting first, then those decided.

A clerk sees the requests they asked or are the colleague of, and may withdraw theirs while they
wait; a supervisor sees the station's, approves (naming covers) or rejects with a reason. Every
write goes through ``write_op``; the list reads again when the roster or its people change, here
or at another counter, keeping the selected request.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Capability, can
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.roster import request_views, requests
from desk_app.services.roster.request_views import RequestKind, RequestState, RequestView
from desk_app.ui.common.book_table import fit_columns_to_samples, read_only_table
from desk_app.ui.common.errors import messenger, run_op
from desk_app.ui.common.labels import format_date, format_datetime
from desk_app.ui.common.write_op import window_of, write_op
from desk_app.ui.roster.request_dialogs import (
    ApproveDialog,
    LeaveDialog,
    RejectDialog,
    SwapDialog,
    days_text,
    kind_label,
    request_state_label,
)

(
    COL_NUM,
    COL_KIND,
    COL_STATE,
    COL_ASKER,
    COL_DAYS,
    COL_OTHERS,
    COL_REASON,
    COL_DECISION,
) = range(8)
STATE_TEXT = {
    RequestState.ASKED: "#8a6d00",
    RequestState.APPROVED: "#1b5e20",
    RequestState.REJECTED: "#c62828",
    RequestState.WITHDRAWN: "#616161",
}
_Index = QModelIndex | QPersistentModelIndex


def _one_line(text: str) -> str:
    return " ".join(text.split())


class RequestsModel(QAbstractTableModel):
    """The requests as the service lists them (waiting first): a few hundred at most."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[RequestView] = []

    def set_rows(self, rows: list[RequestView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RequestView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 8

    def _others(self, r: RequestView) -> str:
        if r.colleague:
            return r.colleague
        return ", ".join(
            self.tr("{name} on {day}").format(name=name, day=format_date(day))
            for day, name in r.covers
        )

    def _decision(self, r: RequestView) -> str:
        if r.state is RequestState.ASKED or not r.decided_by:
            return ""
        by, at = r.decided_by, format_datetime(r.decided_at)
        if r.decision_reason:
            return self.tr("{by}, {at}: {reason}").format(
                by=by, at=at, reason=_one_line(r.decision_reason)
            )
        return self.tr("{by}, {at}").format(by=by, at=at)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column not in (
                COL_OTHERS,
                COL_REASON,
                COL_DECISION,
            ):
                return None
            return {
                COL_NUM: str(r.num),
                COL_KIND: kind_label(r.kind),
                COL_STATE: request_state_label(r.state),
                COL_ASKER: r.asker,
                COL_DAYS: days_text(r),
                COL_OTHERS: self._others(r),
                COL_REASON: _one_line(r.reason)
                if role == Qt.ItemDataRole.DisplayRole
                else r.reason,
                COL_DECISION: self._decision(r),
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE:
            return QColor(STATE_TEXT[r.state])
        if role == Qt.ItemDataRole.FontRole and r.state is RequestState.ASKED:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(  # noqa: N802 - Qt name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."),
            self.tr("Request"),
            self.tr("State"),
            self.tr("Asked by"),
            self.tr("Days"),
            self.tr("Colleague / covers"),
            self.tr("Reason"),
            self.tr("Decided"),
        )[section]


class RequestsTab(QWidget):
    """The requests and the buttons each reader may use. ``keep(slot, dialog)`` hands an opened
    form to the controller's pages (hidden by the lock screen, one at a time) and answers False
    when it may not open now (the window locked): the form is then dropped, not shown."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        keep: Callable[[str, QDialog], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk, self._actor = desk, actor
        self._keep = keep
        self._seen: Changes | None = None
        self.decides = can(actor.role, Capability.DRAFT_ROSTER)
        self.model = RequestsModel(self)
        self.table = read_only_table(self, self.model, "rosterRequests")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.approve_selected())
        fit_columns_to_samples(
            self,
            self.table,
            {
                COL_NUM: "0000",
                # The longest of the words these columns show, in the reader's language.
                COL_KIND: max((kind_label(k) for k in RequestKind), key=len),
                COL_STATE: max((request_state_label(s) for s in RequestState), key=len),
                COL_ASKER: "Ольга Смирнова",
                COL_DAYS: "00 Sep 0000 – 00 Sep 0000",
                COL_OTHERS: "Ольга Смирнова",
                COL_REASON: "M" * 16,
            },
        )
        self.leave_button = self._button(self.tr("Ask for &leave…"), "rosterAskLeave")
        self.leave_button.clicked.connect(self.ask_leave)
        self.swap_button = self._button(self.tr("Ask for a s&wap…"), "rosterAskSwap")
        self.swap_button.clicked.connect(self.ask_swap)
        self.approve_button = self._button(self.tr("A&pprove…"), "rosterApproveRequest")
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button = self._button(self.tr("&Reject…"), "rosterRejectRequest")
        self.reject_button.clicked.connect(self.reject_selected)
        self.withdraw_button = self._button(self.tr("&Withdraw"), "rosterWithdrawRequest")
        self.withdraw_button.setToolTip(self.tr("Take back your request while it waits"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.mine = QCheckBox(self.tr("&Mine only"))
        self.mine.setObjectName("rosterRequestsMine")
        self.mine.toggled.connect(lambda _on: self.reload())
        for widget in (self.approve_button, self.reject_button, self.mine):
            widget.setVisible(self.decides)
        self.waiting = QLabel()
        self.waiting.setObjectName("rosterRequestsWaiting")
        self.empty = QLabel(self.tr("No requests yet."))
        self.empty.setObjectName("rosterRequestsEmpty")
        buttons = QHBoxLayout()
        for widget in (
            self.leave_button,
            self.swap_button,
            self.approve_button,
            self.reject_button,
            self.withdraw_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.waiting)
        buttons.addWidget(self.mine)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.reload()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    # -- reading ---------------------------------------------------------------------------------

    def selected(self) -> RequestView | None:
        return self.model.row_at(self.table.currentIndex().row())

    def reload(self) -> None:
        """The requests read again, the selected one kept."""
        current = self.selected()
        rows = run_op(
            self,
            lambda: request_views.list_requests(
                self._desk, self._actor, mine=self.decides and self.mine.isChecked()
            ),
        )
        if rows is None:
            return
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        waiting = sum(r.state is RequestState.ASKED for r in rows)
        self.waiting.setText(self.tr("Waiting: {count}").format(count=waiting) if waiting else "")
        for i, row in enumerate(rows):
            if current is not None and row.id == current.id:
                self.table.setCurrentIndex(self.model.index(i, 0))
                self.table.selectRow(i)
                break
        self._update_buttons()

    def apply_changes(self, changes: Changes) -> None:
        """Read again when the roster or its people changed (told twice, read once)."""
        if changes is self._seen or not changes.touches("roster", "people"):
            return
        self._seen = changes
        self.reload()

    def _update_buttons(self) -> None:
        r = self.selected()
        waiting = r is not None and r.state is RequestState.ASKED
        party = r is not None and self._actor.id in (r.asker_id, r.colleague_id)
        self.approve_button.setEnabled(waiting and not party)
        self.reject_button.setEnabled(waiting and not party)
        self.withdraw_button.setEnabled(waiting and r is not None and r.asker_id == self._actor.id)

    # -- the forms -------------------------------------------------------------------------------

    def _open(self, slot: str, dialog: QDialog) -> QDialog | None:
        if self._keep is not None and not self._keep(slot, dialog):
            dialog.deleteLater()
            return None
        dialog.open()
        return dialog

    def _parent(self) -> QWidget:
        return window_of(self) or self

    def ask_leave(self) -> QDialog | None:
        """Roster → Ask for leave…"""
        return self._open("request", LeaveDialog(self._desk, self._actor, self._parent()))

    def ask_swap(self) -> QDialog | None:
        """Roster → Ask for a swap…"""
        return self._open("request", SwapDialog(self._desk, self._actor, self._parent()))

    def approve_selected(self) -> QDialog | None:
        r = self.selected()
        if r is None or not self.approve_button.isEnabled() or not self.decides:
            return None
        return self._open("request", ApproveDialog(self._desk, self._actor, r, self._parent()))

    def reject_selected(self) -> QDialog | None:
        r = self.selected()
        if r is None or not self.reject_button.isEnabled() or not self.decides:
            return None
        return self._open("request", RejectDialog(self._desk, self._actor, r, self._parent()))

    def withdraw_selected(self) -> None:
        r = self.selected()
        if r is None or not self.withdraw_button.isEnabled():
            return
        if not messenger.confirm(self, self.tr("Withdraw request {num}?").format(num=r.num)):
            return
        write_op(self, lambda: requests.withdraw_request(self._desk, self._actor, r.id)).success(
            lambda _r: self.reload()
        ).run()
