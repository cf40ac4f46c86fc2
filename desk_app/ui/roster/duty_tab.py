"""The Roster dock's "On duty" tab: the shift now and the next one at this desk, who is rostered
on each, and the supervisor to call (with a phone when the staff directory has one).

Shown from the status bar's read (``DutyStatus.on_duty_read``: every minute and whenever a write
touches the roster, a handover, the people or the settings): one read for both, no timer here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk_app.services.roster import duty
from desk_app.ui.common.forms import ERROR_STYLE
from desk_app.ui.common.labels import format_date, format_time


def shift_text(shift: duty.ShiftDuty) -> str:
    """ "D 08:00–20:00 (14 Mar 2026)": the shift's code, its hours and the day it starts."""
    return QCoreApplication.translate(
        "RosterDuty", "{code} {start}–{end} ({day})", "a shift on duty"
    ).format(
        code=shift.code,
        start=format_time(shift.start),
        end=format_time(shift.end),
        day=format_date(shift.start),
    )


class ShiftBox(QGroupBox):
    """One shift: its hours, the clerks rostered, the supervisor to call."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.shift = QLabel()
        self.people = QLabel()
        self.call = QLabel()
        for label in (self.shift, self.people, self.call):
            label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Shift:"), self.shift)
        form.addRow(self.tr("Rostered:"), self.people)
        form.addRow(self.tr("Supervisor to call:"), self.call)

    def show_shift(self, shift: duty.ShiftDuty | None) -> None:
        if shift is None:
            self.shift.setText(self.tr("No approved roster for this time"))
            self.people.setText("—")
            self.call.setText("—")
            return
        self.shift.setText(shift_text(shift))
        self.people.setText(", ".join(p.name for p in shift.people) or self.tr("Nobody"))
        self.call.setText(", ".join(s.to_call for s in shift.supervisors) or "—")


class DutyTab(QWidget):
    """Now and next at this desk, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterDutyTab")
        self.view: duty.OnDutyView | None = None
        self.now = ShiftBox(self.tr("On duty now"), "dutyNowBox")
        self.next = ShiftBox(self.tr("Next shift"), "dutyNextBox")
        self.error = QLabel()
        self.error.setObjectName("dutyTabError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        boxes = QHBoxLayout()
        boxes.addWidget(self.now, 1)
        boxes.addWidget(self.next, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.show_view(duty.OnDutyView(None, None))

    def show_view(self, view: duty.OnDutyView) -> None:
        """Now and next as the status bar just read them."""
        self.view = view
        self.error.hide()
        self.now.show_shift(view.now)
        self.next.show_shift(view.next)

    def show_error(self, text: str) -> None:
        """The read failed: said on the tab, not in a box every minute."""
        self.error.setText(text)
        self.error.show()
