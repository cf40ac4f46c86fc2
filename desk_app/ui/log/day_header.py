"""The log dock's day header: above the table, the day of the row at the top of the view and,
once a supervisor reviewed that day, who did and when ("Reviewed by Olga Smirnova, 15 Mar 2026
09:41"; the comment in its tooltip). A day not reviewed says only its name: the clerks are not
nagged, and the supervisors have their reminder in the status bar.

The table is a keyset list fetched page by page as it scrolls; the header asks who reviewed the
days of each page once, when the page arrives, and remembers the answer (a day not reviewed
too), so start-up pays for one page's days, never for the book. A review written here or at
another counter (Changes touching "supervision") reads the loaded days again, in one call.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QWidget

from desk_app.domain.errors import DeskError
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.supervision import review
from desk_app.services.supervision.review import ReviewState
from desk_app.ui.common.labels import format_date, format_datetime
from desk_app.ui.log.model import LogTableModel

REVIEWED_STYLE = "color: #1e7b34;"  # green, as the review page's "reviewed by"


class DayHeader(QWidget):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        table: QTableView,
        model: LogTableModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk, self._actor = desk, actor
        self._table, self._model = table, model
        self._reviews: dict[date, ReviewState | None] = {}  # None: asked, not reviewed
        self.setObjectName("logDayHeader")
        self.day_label = QLabel()
        self.day_label.setObjectName("logDay")
        font = self.day_label.font()
        font.setBold(True)
        self.day_label.setFont(font)
        self.review_label = QLabel()
        self.review_label.setObjectName("logDayReview")
        self.review_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label.setStyleSheet(REVIEWED_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.day_label)
        layout.addSpacing(12)
        layout.addWidget(self.review_label, 1)
        # Shown once the view has settled: while rows arrive or the view scrolls, the row at its
        # top is known only after the view has laid itself out again.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.show_top)
        model.rowsInserted.connect(self._rows_loaded)
        model.modelReset.connect(self._show_later)
        table.verticalScrollBar().valueChanged.connect(self._show_later)
        self._rows_loaded(QModelIndex(), 0, model.rowCount() - 1)  # the first page, read already

    def _show_later(self, *_signal_args: object) -> None:
        """Not the timer's start itself: valueChanged's value would be taken for its interval."""
        self._later.start()

    # -- reading ----------------------------------------------------------------------------------

    def _day_of(self, row: int) -> date | None:
        entry = self._model.entry_at(row)
        return entry.at.astimezone().date() if entry is not None else None

    def _ask(self, days: set[date]) -> None:
        """One call for these days; each remembered, reviewed or not."""
        if not days:
            return
        try:
            found = review.reviews_on(self._desk, self._actor, days)
        except DeskError:
            return  # the log's own page read says what is wrong; the header stays quiet
        for day in days:
            self._reviews[day] = found.get(day)

    def _rows_loaded(self, _parent: QModelIndex, first: int, last: int) -> None:
        days = {self._day_of(r) for r in range(first, last + 1)} - {None}
        self._ask({d for d in days if d not in self._reviews})
        self._show_later()

    def apply_changes(self, changes: Changes) -> None:
        """A day reviewed here or at another counter: the loaded days read again."""
        if not changes.touches("supervision"):
            return
        days = {self._day_of(r) for r in range(self._model.rowCount())} - {None}
        self._reviews.clear()
        self._ask(days)
        self._show_later()

    # -- showing ----------------------------------------------------------------------------------

    def show_top(self) -> None:
        """The day of the row at the top of the view, and its review."""
        row = self._table.rowAt(0)
        day = self._day_of(row if row >= 0 else 0)
        if day is None:
            self.day_label.clear()
            self.review_label.clear()
            self.review_label.setToolTip("")
            return
        self.day_label.setText(
            self.tr("{weekday} {date}", "the log's day header").format(
                weekday=QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat),
                date=format_date(day),
            )
        )
        state = self._reviews.get(day)
        if state is None:
            self.review_label.clear()
            self.review_label.setToolTip("")
            return
        self.review_label.setText(
            self.tr("Reviewed by {name}, {at}").format(
                name=state.reviewed_by, at=format_datetime(state.reviewed_at)
            )
        )
        self.review_label.setToolTip(
            self.tr("Comment: {comment}").format(comment=state.comment) if state.comment else ""
        )
