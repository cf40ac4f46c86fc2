"""The roster in the main window, beside the books: who is on duty now and who comes next (the
status bar, and the On duty tab from the same read), this month's roster not approved (red) or
next month's not yet (amber from the 20th, red after the 25th), for supervisors and managers (a
click opens the month), the handover due before a shift change (a notice in the status bar, never
a box), and, when the incoming clerk has not come by the change and its grace, a banner across the
window that the outgoing clerk may not leave and whom to call (值班人不得离岗), with the log entry
written once (a command run through write_op when the read says it is not written yet).

The window adds it in one line (``DutyStatus(window)``). It reads every minute and whenever a write
touches the roster, a handover, the people or the settings. The idle lock locks the window but
never ends the sign-in (it only hides the docks until the same person's PIN or another person
signs in), so the outgoing clerk stays signed in while the banner stands; the banner, above the
docks, shows on the lock screen too.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar

from desk_app.domain.errors import DeskError
from desk_app.services.changes import Changes
from desk_app.services.roster import duty
from desk_app.ui.common.errors import error_text
from desk_app.ui.common.forms import OVERDUE_STYLE
from desk_app.ui.common.labels import format_date, format_time
from desk_app.ui.common.write_op import write_op
from desk_app.ui.roster.duty_tab import shift_text
from desk_app.ui.roster.labels import month_title, roster_state_label
from desk_app.ui.shell.status_bar import ClickableItem, StatusItem

if TYPE_CHECKING:
    from desk_app.ui.shell.main_window import MainWindow

REFRESH_MS = 60_000
BOOKS = ("roster", "handover", "people", "settings")
AMBER_STYLE = "color: #a35b00; font-weight: bold;"
BANNER_STYLE = "QLabel { background: #c62828; color: white; font-weight: bold; padding: 5px 10px; }"


class DutyStatus(QObject):
    """The roster's items in the status bar and the banner of an incoming clerk not arrived."""

    # Each read of who is on duty (the On duty tab shows it: one read every minute, not two),
    # or the error text when it failed.
    on_duty_read = Signal(object)
    read_failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.desk, self.actor = window.desk, window.actor
        self.bar = bar = window.status_bar
        self.on_duty = StatusItem("statusOnDuty")
        self.reminder = ClickableItem("statusRosterReminder")
        self.handover_due = ClickableItem("statusHandoverDue")
        self.handover_due.setStyleSheet(AMBER_STYLE)
        for item in (self.on_duty, self.reminder, self.handover_due):
            item.hide()
        bar.add_item(self.on_duty)
        bar.add_item(self.handover_due, permanent=True)
        bar.add_item(self.reminder, permanent=True)
        self.reminder.clicked.connect(self.open_reminded_month)
        self.handover_due.clicked.connect(self.start_handover)

        self.banner_label = QLabel()
        self.banner_label.setObjectName("notArrivedLabel")
        self.banner_label.setStyleSheet(BANNER_STYLE)
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.banner = QToolBar(self.tr("Incoming clerk not arrived"))
        self.banner.setObjectName("notArrivedBanner")
        self.banner.setMovable(False)
        self.banner.setFloatable(False)
        self.banner.toggleViewAction().setVisible(False)  # not one to close from a menu
        self.banner.addWidget(self.banner_label)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.banner.hide()

        self.view: duty.OnDutyView | None = None
        self.reminded: duty.RosterReminder | None = None
        self.due_at: datetime | None = None
        self.not_arrived: duty.NotArrived | None = None
        self._record_failed_for: datetime | None = None  # the change whose entry failed once
        tab = getattr(getattr(window, "roster", None), "duty_tab", None)
        if tab is not None:
            self.on_duty_read.connect(tab.show_view)
            self.read_failed.connect(tab.show_error)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        window.changes_applied.connect(self.apply_changes)
        self.refresh()

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read who is on duty and the reminders (reads only). A failure is said in the status
        bar and on the On duty tab, not in a box every minute."""
        try:
            view = duty.on_duty_now(self.desk, self.actor)
            reminder = duty.roster_reminder(self.desk, self.actor)
            due = duty.handover_due(self.desk, self.actor)
            late = duty.not_arrived(self.desk, self.actor)
        except DeskError as exc:
            self.bar.showMessage(error_text(exc), REFRESH_MS)
            self.read_failed.emit(error_text(exc))
            return
        self.on_duty_read.emit(view)
        self.show_on_duty(view)
        if self.desk.db.read_only:
            # A backup or an archive: its roster's reminders are not today's desk's, and nothing
            # can be written into it (the live window records a clerk who has not arrived).
            reminder = due = late = None
        self.show_reminder(reminder)
        self.show_handover_due(due)
        self.show_not_arrived(late)
        self.bar.fit()
        if late is not None and not late.recorded:
            self.record_not_arrived(late)

    def record_not_arrived(self, late: duty.NotArrived) -> None:
        """The log entry, once per change (the log shows it at once: write_op announces it). Should
        it fail, the error is shown once for that change, and the write tried again each minute."""

        def failed(_exc: DeskError) -> bool:
            quiet = self._record_failed_for == late.change_at
            self._record_failed_for = late.change_at
            return quiet  # True: already shown for this change

        write_op(self.window, lambda: duty.record_not_arrived(self.desk, self.actor)).failure(
            failed
        ).run()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(*BOOKS):
            self.refresh()

    # -- showing -------------------------------------------------------------------------------
    def show_on_duty(self, view: duty.OnDutyView) -> None:
        self.view = view
        if view.now is None and view.next is None:
            self.on_duty.hide()
            return
        now = ", ".join(p.name for p in view.now.people) if view.now else ""
        now = now or self.tr("nobody rostered")
        full = short = self.tr("On duty: {people}").format(people=now)
        if view.next is not None:
            later = ", ".join(p.name for p in view.next.people) or self.tr("nobody rostered")
            full = self.tr("On duty: {people} · next at {time}: {later}").format(
                people=now, time=format_time(view.next.start), later=later
            )
        tips = []
        for caption, shift in ((self.tr("Now"), view.now), (self.tr("Next"), view.next)):
            if shift is None:
                continue
            tips.append(
                self.tr("{caption}: {shift}: {people}").format(
                    caption=caption,
                    shift=shift_text(shift),
                    people=", ".join(p.name for p in shift.people) or self.tr("nobody rostered"),
                )
            )
            if shift.supervisors:
                tips.append(
                    self.tr("Supervisor to call: {who}").format(
                        who=", ".join(s.to_call for s in shift.supervisors)
                    )
                )
        self.on_duty.set_texts(full, short, "\n".join(tips))
        self.on_duty.show()

    def show_reminder(self, reminder: duty.RosterReminder | None) -> None:
        self.reminded = reminder
        if reminder is None:
            self.reminder.hide()
            return
        month = month_title(reminder.year, reminder.month)
        today = self.desk.clock.now().astimezone().date()
        due = format_date(date(today.year, today.month, reminder.due_day))
        state = (
            roster_state_label(reminder.state)
            if reminder.state
            else self.tr("not started", "roster")
        )
        if reminder.current:
            full = self.tr("Roster for {month} not approved: the month has begun").format(
                month=month
            )
            short = self.tr("Roster overdue", "status bar, short")
            tip = self.tr(
                "This month's roster ({month}) is not approved: no shift counts as rostered until "
                "it is. It is now: {state}. Click to open it."
            ).format(month=month, state=state)
        else:
            if reminder.overdue:
                full = self.tr("Roster for {month} overdue: not approved").format(month=month)
                short = self.tr("Roster overdue", "status bar, short")
            else:
                full = self.tr("Roster for {month} not approved yet (due by {due})").format(
                    month=month, due=due
                )
                short = self.tr("Roster due", "status bar, short")
            tip = self.tr(
                "Next month's roster ({month}) is to be approved by {due}; it is now: {state}. "
                "Click to open it."
            ).format(month=month, due=due, state=state)
        self.reminder.set_texts(full, short, tip)
        self.reminder.setStyleSheet(OVERDUE_STYLE if reminder.overdue else AMBER_STYLE)
        self.reminder.show()

    def show_handover_due(self, due: duty.HandoverDue | None) -> None:
        self.due_at = due.at if due is not None else None
        if due is None:
            self.handover_due.hide()
            return
        time = format_time(due.at)
        self.handover_due.set_texts(
            self.tr("Handover due at {time}").format(time=time),
            self.tr("Handover {time}", "status bar, short").format(time=time),
            self.tr(
                "The shift changes at {time}: the incoming clerk comes {minutes} min early and "
                "takes over. Click to start the handover."
            ).format(time=time, minutes=due.lead_minutes),
        )
        self.handover_due.show()

    def show_not_arrived(self, late: duty.NotArrived | None) -> None:
        self.not_arrived = late
        if late is None:
            self.banner.hide()
            return
        call = ", ".join(s.to_call for s in late.call)
        self.banner_label.setText(
            self.tr(
                "Incoming clerk {incoming} has not arrived: you may not leave your post "
                "(值班人不得离岗). Call: supervisor {call}"
            ).format(incoming=", ".join(p.name for p in late.expected), call=call)
            if call
            else self.tr(
                "Incoming clerk {incoming} has not arrived: you may not leave your post "
                "(值班人不得离岗). Call a supervisor or the manager."
            ).format(incoming=", ".join(p.name for p in late.expected))
        )
        self.banner.show()

    # -- clicks --------------------------------------------------------------------------------
    def open_reminded_month(self) -> None:
        roster = getattr(self.window, "roster", None)
        if self.reminded is not None and roster is not None and not self.window.locked:
            roster.open_month(self.reminded.year, self.reminded.month)

    def start_handover(self) -> None:
        if not self.window.locked:
            self.window.handover.start_handover()
