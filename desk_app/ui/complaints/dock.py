"""The complaints dock: "New complaint", filters, a search box, the lazy register, and reminders.

A reminder is shown once per complaint whose promised reply time is near (the lead time is a
setting): a highlighted line at the top of the dock, each line a link to the complaint, never a
box popping up mid-conversation.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.complaints import (
    AWAITING_REPLY,
    OPEN,
    ComplaintCategory,
    Severity,
    Status,
)
from desk_app.services.changes import Changes
from desk_app.services.complaints.views import ComplaintFilter, ComplaintView
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.book_table import book_table, refresh_in_place
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.filters import PeopleCombo, apply_filter, search_as_you_type
from desk_app.ui.common.labels import format_datetime, format_time
from desk_app.ui.common.period_filter import PeriodFilter
from desk_app.ui.complaints import model as cm
from desk_app.ui.complaints.labels import (
    complaint_category_label,
    complaint_status_label,
    severity_label,
)

BANNER_STYLE = (
    "QFrame#complaintReminder { background: #fff3cd; border: 1px solid #e0a800;"
    " border-radius: 3px; }"
)


def widest_datetime(fm: QFontMetrics) -> int:
    """The width of the widest date and time of the language ("28 Sep 2026 22:58",
    "28.09.2026 22:58"): an English sample with AM/PM wasted ~35 px twice in Chinese and
    Russian, which pushed the Assigned column off a 1366 px screen."""
    return max(
        fm.horizontalAdvance(format_datetime(datetime(2026, month, 28, 22, 58, tzinfo=UTC)))
        for month in range(1, 13)
    )


class ComplaintsPanel(QWidget):
    """Content of the complaints dock."""

    new_requested = Signal()
    open_complaint = Signal(str)  # complaint id

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._reminded: set[str] = set()
        self._dismissed: set[str] = set()
        self._due: list[ComplaintView] = []

        self.new_button = QPushButton(self.tr("New complaint…"))
        self.new_button.setObjectName("newComplaint")
        self.new_button.setToolTip(self.tr("Take a complaint (Ctrl+Shift+C)"))
        self.new_button.clicked.connect(self.new_requested)
        self.search = QLineEdit()
        self.search.setObjectName("complaintSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search guest, room, contact, text"))

        self.state = QComboBox()
        self.state.setObjectName("complaintState")
        self.state.addItem(self.tr("All states"), None)
        self.state.addItem(self.tr("Open"), OPEN)
        self.state.addItem(self.tr("Awaiting a reply"), AWAITING_REPLY)
        for status in Status:
            self.state.addItem(complaint_status_label(status), frozenset({status}))
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setObjectName("complaintOverdueOnly")
        self.category = QComboBox()
        self.category.setObjectName("complaintCategory")
        self.category.addItem(self.tr("All categories"), None)
        for category in ComplaintCategory:
            self.category.addItem(complaint_category_label(category), category.value)
        self.severity = QComboBox()
        self.severity.setObjectName("complaintSeverity")
        self.severity.addItem(self.tr("Any severity"), None)
        for severity in Severity:
            self.severity.addItem(severity_label(severity), severity.value)
        self.assignee = PeopleCombo(desk, self.tr("Anyone assigned"))
        self.assignee.setObjectName("complaintAssignee")
        self.period = PeriodFilter("complaintPeriod", default_days=30)

        # The reminder banner: hidden until a promise is near.
        self.banner = QFrame()
        self.banner.setObjectName("complaintReminder")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("complaintReminderText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        self.banner_text.linkActivated.connect(self.open_complaint)
        dismiss = QToolButton()
        dismiss.setObjectName("dismissReminder")
        dismiss.setText("✕")
        dismiss.setAutoRaise(True)
        dismiss.setToolTip(self.tr("Hide these reminders"))
        dismiss.clicked.connect(self.dismiss_reminders)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 4, 4)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search, 1)
        filters = QHBoxLayout()
        for w in (
            self.state,
            self.overdue_only,
            self.category,
            self.severity,
            self.assignee,
            self.period,
        ):
            filters.addWidget(w)
        filters.addStretch(1)

        self.model = cm.ComplaintTableModel(desk, actor, self)
        self.table = book_table(self, self.model, "complaintTable")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # Overdue rows are bold: measure with the bold font so they are not clipped.
        bold = QFont(self.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        widths = {
            cm.COL_NUM: fm.horizontalAdvance("000000") + 12,
            cm.COL_RECEIVED: widest_datetime(fm) + 16,
            cm.COL_CHANNEL: fm.horizontalAdvance("Walk-in ") + 16,
            cm.COL_GUEST: fm.horizontalAdvance("Александра Иванова") + 12,
            cm.COL_ROOM: fm.horizontalAdvance("Restaurant 2F") + 12,
            cm.COL_CATEGORY: fm.horizontalAdvance("Food and drink") + 12,
            cm.COL_SEVERITY: fm.horizontalAdvance("Medium ") + 16,
            cm.COL_STATUS: fm.horizontalAdvance("Acknowledged, overdue") + 16,
            cm.COL_PROMISED: widest_datetime(fm) + 16,
        }
        for col, width in widths.items():
            # The words of this language (every status, category...) and a translated header
            # longer than the sample must stay readable too.
            longest = max(
                (fm.horizontalAdvance(text) + 16 for text in self.model.column_texts(col)),
                default=0,
            )
            header_width = fm.horizontalAdvance(
                self.model.headerData(col, Qt.Orientation.Horizontal)
            )
            self.table.setColumnWidth(col, max(width, longest, header_width + 24))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)

        self._search_timer = search_as_you_type(self, self.search, self.apply_filter)
        for combo in (self.state, self.category, self.severity, self.assignee):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.period.changed.connect(self.apply_filter)
        self.overdue_only.toggled.connect(self.apply_filter)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.reload_people()

    def reload_people(self) -> None:
        self.assignee.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- filter --------------------------------------------------------------------------------
    def current_filter(self) -> ComplaintFilter:
        since, until = self.period.bounds(self._desk.clock.now())
        category = self.category.currentData()
        severity = self.severity.currentData()
        return ComplaintFilter(
            since=since,
            until=until,
            statuses=self.state.currentData(),
            overdue_only=self.overdue_only.isChecked(),
            category=ComplaintCategory(category) if category else None,
            severity=Severity(severity) if severity else None,
            assignee_id=self.assignee.currentData(),
            search=self.search.text(),
        )

    def apply_filter(self) -> None:
        apply_filter(self, self.model, self.current_filter(), self._search_timer)

    def refresh(self) -> None:
        refresh_in_place(self.table, self.model, lambda: run_op(self, self.model.refresh))

    def apply_changes(self, changes: Changes) -> None:
        """A write, here or at another station: the register is read again when complaints were
        written (the selected complaint and the scroll position kept), the assignee filter's list
        when people were; nothing otherwise."""
        if changes.touches("people"):
            self.reload_people()
        if changes.touches("complaints"):
            self.refresh()

    def select_complaint(self, complaint_id: str) -> None:
        row = self.model.row_of(complaint_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _activated(self, index) -> None:
        complaint = self.model.complaint_at(index.row())
        if complaint is not None:
            self.open_complaint.emit(complaint.id)

    def selected_complaint(self) -> ComplaintView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.complaint_at(rows[0].row()) if rows else None

    # -- reminders -----------------------------------------------------------------------------
    def remind(self, due: list[ComplaintView]) -> list[ComplaintView]:
        """Show the promises about to expire; return those reminded for the first time."""
        self._due = due
        fresh = [c for c in due if c.id not in self._reminded]
        self._reminded.update(c.id for c in fresh)
        self._show_banner()
        return fresh

    def dismiss_reminders(self) -> None:
        self._dismissed.update(c.id for c in self._due)
        self._show_banner()

    def _show_banner(self) -> None:
        shown = [c for c in self._due if c.id not in self._dismissed]
        if not shown:
            self.banner.hide()
            return
        lines = []
        for c in shown:
            line = self.tr("Reply promised by {time}: complaint #{num}, {guest}").format(
                time=format_time(c.promised_at), num=c.num, guest=c.guest_name
            )
            lines.append(f'<a href="{html.escape(c.id)}">{html.escape(line)}</a>')
        self.banner_text.setText("<br>".join(lines))
        self.banner.show()

    @property
    def reminder_text(self) -> str:
        """The banner as plain text (what a user reads), or "" when hidden."""
        if self.banner.isHidden():
            return ""
        doc = QTextDocument()
        doc.setHtml(self.banner_text.text())
        return doc.toPlainText()
