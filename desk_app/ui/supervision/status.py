"""The daily review's reminder in the status bar, for supervisors and managers: from the review
time (09:30 unless the manager set another) until yesterday is reviewed, "Review: yesterday"
in amber; red once an older day is waiting too. A click opens Review a day on the oldest. Read
every minute and whenever a review is written (here or at another counter)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Capability, can
from desk_app.services.changes import Changes
from desk_app.services.supervision import review
from desk_app.ui.common.errors import error_text
from desk_app.ui.common.forms import OVERDUE_STYLE
from desk_app.ui.common.labels import format_date
from desk_app.ui.shell.status_bar import ClickableItem

if TYPE_CHECKING:
    from desk_app.ui.shell.main_window import MainWindow

REFRESH_MS = 60_000
AMBER_STYLE = "color: #a35b00; font-weight: bold;"


class ReviewReminder(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.desk, self.actor = window.desk, window.actor
        self.days: list = []
        self.item = ClickableItem("statusReviewDue")
        self.item.hide()
        self.item.clicked.connect(window.supervision.open_review)
        if not can(self.actor.role, Capability.REVIEW_LOG) or self.desk.db.read_only:
            # Clerks are not reminded; nor is anyone in a backup or an archive, where no day
            # can be marked reviewed. No timer, no read.
            return
        window.status_bar.add_item(self.item, permanent=True)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        window.changes_applied.connect(self.apply_changes)
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("supervision", "settings"):
            self.refresh()

    def refresh(self) -> None:
        try:
            days = review.days_not_reviewed(self.desk, self.actor)
        except DeskError as exc:
            self.window.status_bar.showMessage(error_text(exc), REFRESH_MS)
            return
        self.days = days
        if not days:
            self.item.hide()
            return
        oldest = days[-1]
        if len(days) == 1:
            full = self.tr("Review {day} due").format(day=format_date(oldest))
        else:
            full = self.tr("Days to review: {count} (from {day})").format(
                count=len(days), day=format_date(oldest)
            )
        short = self.tr("Review: {count}", "status bar, short").format(count=len(days))
        tip = self.tr(
            "Read each day's books and mark the day reviewed (每日查阅当日值班记录). Click to open "
            "the oldest."
        )
        self.item.set_texts(full, short, tip)
        self.item.setStyleSheet(OVERDUE_STYLE if len(days) > 1 else AMBER_STYLE)
        self.item.show()
        self.window.status_bar.fit()
