"""Roster settings (a manager's): each shift's code and colour (its hours come from the shift
starts of Handover settings), the month's rules the grid warns about, and the times around a shift
change (the handover reminder, the grace before "incoming clerk not arrived")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Capability, can
from desk_app.domain.roster.checks import RosterRules
from desk_app.domain.roster.pattern import ShiftPattern
from desk_app.domain.roster.policy import LIMITS, RosterPolicy
from desk_app.services.desk import Actor, Desk
from desk_app.services.roster import policy as roster_policy
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.write_op import write_op


class _ShiftRow(QWidget):
    """One shift: its hours, the letter typed in the grid, its colour."""

    def __init__(self, hours: str, code: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(hours)
        label.setMinimumWidth(110)
        self.code = QLineEdit(code)
        self.code.setMaxLength(1)
        self.code.setFixedWidth(40)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("Code of the shift {hours}").format(hours=hours))
        self.paint = QPushButton(self.tr("Colour…"))
        self.paint.clicked.connect(self._choose)
        self._show()
        layout.addWidget(label)
        layout.addWidget(self.code)
        layout.addWidget(self.paint)
        layout.addStretch(1)

    def _show(self) -> None:
        self.code.setStyleSheet(f"background: {self.colour}; color: black; font-weight: bold")

    def _choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Colour of the shift"))
        if chosen.isValid():
            self.colour = chosen.name().upper()
            self._show()


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    if suffix:
        box.setSuffix(suffix)
    return box


class RosterSettingsDialog(FormDialog):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.policy: RosterPolicy | None = None
        self.setObjectName("rosterSettings")
        self.setWindowTitle(self.tr("Roster settings"))
        self.set_intro(
            self.tr(
                "The shifts come from the start times in Handover settings; give each a letter "
                "to type in the month's grid and a colour. O is a day off and L is leave. A month "
                "already approved keeps the shifts it was approved with."
            )
        )
        loaded = run_op(
            self, lambda: (roster_policy.get_policy(desk), roster_policy.get_pattern(desk))
        )
        current, pattern = loaded or (RosterPolicy(), ShiftPattern(()))
        shifts = QWidget()
        rows = QVBoxLayout(shifts)
        rows.setContentsMargins(0, 0, 0, 0)
        self.shift_rows: list[_ShiftRow] = []
        for shift in pattern.shifts:
            hours = f"{shift.start:%H:%M}–{shift.end:%H:%M}"
            row = _ShiftRow(hours, shift.code, shift.colour)
            self.shift_rows.append(row)
            rows.addWidget(row)
        rules = current.rules
        self.min_per_shift = _spin(*LIMITS["min_per_shift"], rules.min_per_shift)
        self.min_rest = QDoubleSpinBox()
        self.min_rest.setRange(*LIMITS["min_rest_hours"])
        self.min_rest.setDecimals(1)
        self.min_rest.setValue(rules.min_rest_hours)
        self.min_rest.setSuffix(self.tr(" h"))
        self.max_hours = _spin(
            *LIMITS["max_month_hours"], round(rules.max_month_hours), self.tr(" h")
        )
        self.lead = _spin(
            *LIMITS["handover_lead_minutes"], current.handover_lead_minutes, self.tr(" min")
        )
        self.grace = _spin(*LIMITS["grace_minutes"], current.grace_minutes, self.tr(" min"))
        self.reminder_day = _spin(*LIMITS["reminder_day"], current.reminder_day)
        self.due_day = _spin(*LIMITS["due_day"], current.due_day)
        self.add_field("codes", self.tr("&Shifts:"), shifts)
        self.add_field("min_per_shift", self.tr("&Clerks needed per shift:"), self.min_per_shift)
        self.add_field("min_rest_hours", self.tr("Least &rest between shifts:"), self.min_rest)
        self.add_field("max_month_hours", self.tr("Most &hours in a month:"), self.max_hours)
        self.add_field(
            "handover_lead_minutes", self.tr("Handover &reminder before the change:"), self.lead
        )
        self.add_field("grace_minutes", self.tr("&Grace after the change:"), self.grace)
        self.add_field(
            "reminder_day", self.tr("Ask for next month's roster &from day:"), self.reminder_day
        )
        self.add_field("due_day", self.tr("Next month's roster &due by day:"), self.due_day)
        manager = can(actor.role, Capability.CHANGE_SETTINGS)
        for widget in (
            *self.shift_rows,
            self.min_per_shift,
            self.min_rest,
            self.max_hours,
            self.lead,
            self.grace,
            self.reminder_day,
            self.due_day,
        ):
            widget.setEnabled(manager)
        if self.shift_rows:
            self.shift_rows[0].code.setFocus()

    def edited_policy(self) -> RosterPolicy:
        return RosterPolicy(
            codes=tuple(row.code.text() for row in self.shift_rows),
            colours=tuple(row.colour for row in self.shift_rows),
            rules=RosterRules(
                min_per_shift=self.min_per_shift.value(),
                min_rest_hours=self.min_rest.value(),
                max_month_hours=float(self.max_hours.value()),
            ),
            handover_lead_minutes=self.lead.value(),
            grace_minutes=self.grace.value(),
            reminder_day=self.reminder_day.value(),
            due_day=self.due_day.value(),
        )

    def submit(self) -> None:
        if not can(self._actor.role, Capability.CHANGE_SETTINGS):
            return
        policy = (
            write_op(
                self,
                lambda: roster_policy.set_policy(self._desk, self._actor, self.edited_policy()),
            )
            .failure(self.show_error)
            .run()
        )
        if policy is None:
            return
        self.policy = policy
        self.accept()
