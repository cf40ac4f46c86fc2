"""The month's steps beside the grid: the manager sending a month back with the reason, and the
month's history (drafted, submitted, sent back, approved, then each leave and swap since, with
who asked, who approved, when, why and which cells)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.roster.month import next_month
from desk_app.services.roster.views import RosterEventView
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import format_date, format_datetime
from desk_app.ui.roster.labels import cell_label, month_title, roster_action_label


class SendBackDialog(FormDialog):
    """The manager's reason for sending the month back; ``send(reason)`` writes it (its error
    shown beside the reason)."""

    def __init__(self, title: str, send: Callable[[str], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rosterSendBackDialog")
        self.setWindowTitle(self.tr("Send the roster back"))
        self.set_intro(
            self.tr("{month}: say what the supervisor should change.").format(month=title)
        )
        self._send = send
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("sendBackReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(self.fontMetrics().height() * 5)
        self.add_field("reason", self.tr("&Reason"), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send &back"))
        self.reason.setFocus()

    def submit(self) -> None:
        if self._send(self.reason.toPlainText()):
            self.accept()

    def failed(self, exc: DeskError) -> bool:
        return self.show_error(exc)


def _event_item(event: RosterEventView) -> QTreeWidgetItem:
    who = event.by
    if event.asked_by and event.asked_by != event.by:
        who = QCoreApplication.translate("RosterHistory", "{by} (asked by {asked})").format(
            by=event.by, asked=event.asked_by
        )
    step = roster_action_label(event.action)
    if event.request_num is not None:
        step = QCoreApplication.translate("RosterHistory", "{step} (request {num})").format(
            step=step, num=event.request_num
        )
    item = QTreeWidgetItem([format_datetime(event.at), step, who, event.reason])
    item.setToolTip(3, event.reason)
    for cell in event.cells:
        item.addChild(
            QTreeWidgetItem(
                [
                    "",
                    format_date(cell.day),
                    cell.person,
                    QCoreApplication.translate("RosterHistory", "{before} → {after}").format(
                        before=cell_label(cell.before), after=cell_label(cell.after)
                    ),
                ]
            )
        )
    return item


class HistoryDialog(QDialog):
    """A month's history, oldest first; each change's cells under it."""

    def __init__(
        self, year: int, month: int, events: list[RosterEventView], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterHistoryDialog")
        self.setWindowTitle(
            self.tr("Roster history — {month}").format(month=month_title(year, month))
        )
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("rosterHistory")
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Step"), self.tr("By"), self.tr("Reason / change")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        for event in events:
            self.tree.addTopLevelItem(_event_item(event))
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        layout.addWidget(self.tree, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(820, 480)


class MonthChooser(FormDialog):
    """Roster → Month…: next month chosen already for those who draft it (Enter opens it), this
    month for a clerk (the roster they work by); or another from two years back to half a year
    ahead."""

    def __init__(self, today: date, drafts: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterMonthChooser")
        self.setWindowTitle(self.tr("Open a month's roster"))
        # Wide enough for its title in any language (a window manager elides it otherwise).
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.windowTitle()) + 160)
        self.month = QComboBox()
        self.month.setObjectName("rosterMonthChoice")
        year, month = today.year, today.month
        months = [(year + (month - 1 + k) // 12, (month - 1 + k) % 12 + 1) for k in range(-24, 7)]
        for y, m in reversed(months):
            self.month.addItem(month_title(y, m), y * 100 + m)
        y, m = next_month(today) if drafts else (today.year, today.month)
        self.month.setCurrentIndex(self.month.findData(y * 100 + m))
        self.add_field("month", self.tr("&Month"), self.month)
        self.chosen: tuple[int, int] | None = None
        self.month.setFocus()

    def submit(self) -> None:
        self.chosen = divmod(self.month.currentData(), 100)
        self.accept()
