"""The period every book is filtered by: a choice of common spans, or two dates."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from desk_app.domain.clock import local_days, local_midnight
from desk_app.ui.common.date_field import DateField

ALL, TODAY, LAST_12H, LAST_7D, LAST_30D, DATES = range(6)


class PeriodFilter(QWidget):
    """A combo of spans; "Dates…" shows two date edits. ``changed`` on any change."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None, default_days: int = 7) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName(name)
        for label in (
            self.tr("All time"),
            self.tr("Today"),
            self.tr("Last 12 hours"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
            self.tr("Dates…"),
        ):
            self.combo.addItem(label)
        # Compact: a refused day pops up under the field; the filter bar has no room for a line.
        self.date_from = DateField(QDate.currentDate().addDays(-default_days), compact=True)
        self.date_from.setObjectName(f"{name}From")
        self.date_to = DateField(QDate.currentDate(), compact=True)
        self.date_to.setObjectName(f"{name}To")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignTop)
        for edit in (self.date_from, self.date_to):
            edit.hide()
            edit.dateChanged.connect(self.changed)
            layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        self.combo.currentIndexChanged.connect(self._chosen)

    def _chosen(self) -> None:
        dates = self.combo.currentIndex() == DATES
        self.date_from.setVisible(dates)
        self.date_to.setVisible(dates)
        self.changed.emit()

    def bounds(self, now: datetime) -> tuple[datetime | None, datetime | None]:
        """(since, until) for ``now``; days are local days, both chosen dates included."""
        chosen = self.combo.currentIndex()
        local_now = now.astimezone()
        if chosen == TODAY:
            return local_midnight(local_now.date()), None
        if chosen in (LAST_12H, LAST_7D, LAST_30D):
            span = {LAST_12H: timedelta(hours=12), LAST_7D: timedelta(days=7)}.get(
                chosen, timedelta(days=30)
            )
            return now - span, None
        if chosen == DATES:
            since, until = local_days(
                self.date_from.date().toPython(), self.date_to.date().toPython()
            )
            return since, until
        return None, None
