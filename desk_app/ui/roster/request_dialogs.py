"""The forms of leave and swaps: asking for leave (days and why), asking for a swap (my shift, the
colleague, their day, their PIN typed by them, why), a supervisor approving (for a leave, who covers
each shift it takes away, from those free and rested) or rejecting with a reason.

Each writes through ``write_op``; what the service refuses is shown beside its field, what was
typed stays.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.people import PIN_MAX_LENGTH
from desk_app.domain.roles import Capability, can
from desk_app.domain.roster.month import next_month
from desk_app.domain.roster.pattern import LEAVE, OFF
from desk_app.services.desk import Actor, Desk
from desk_app.services.roster import request_views, requests
from desk_app.services.roster import views as roster_views
from desk_app.services.roster.request_views import (
    LeaveShift,
    RequestKind,
    RequestState,
    RequestView,
)
from desk_app.services.roster.views import MonthView
from desk_app.ui.common.date_field import DateField
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FIELD_ERROR_STYLE, FormDialog
from desk_app.ui.common.labels import format_date
from desk_app.ui.common.write_op import write_op


def kind_label(kind: RequestKind) -> str:
    return {
        RequestKind.LEAVE: QCoreApplication.translate("Labels", "Leave", "a roster request"),
        RequestKind.SWAP: QCoreApplication.translate("Labels", "Swap", "a roster request"),
    }[RequestKind(kind)]


def request_state_label(state: RequestState) -> str:
    return {
        RequestState.ASKED: QCoreApplication.translate("Labels", "Waiting", "a roster request"),
        RequestState.APPROVED: QCoreApplication.translate("Labels", "Approved", "a roster request"),
        RequestState.REJECTED: QCoreApplication.translate("Labels", "Rejected", "a roster request"),
        RequestState.WITHDRAWN: QCoreApplication.translate(
            "Labels", "Withdrawn", "a roster request"
        ),
    }[RequestState(state)]


def days_text(request: RequestView) -> str:
    """A leave's days ("5 Apr 2026 – 6 Apr 2026"), a swap's day or two days ("… ⇄ …")."""
    first, last = format_date(request.first_day), format_date(request.last_day)
    if request.first_day == request.last_day:
        return first
    if request.kind is RequestKind.SWAP:
        return QCoreApplication.translate("Labels", "{mine} ⇄ {theirs}", "a swap's days").format(
            mine=first, theirs=last
        )
    return QCoreApplication.translate("Labels", "{first} – {last}", "days of leave").format(
        first=first, last=last
    )


def _reason_field(name: str, dialog: FormDialog) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setObjectName(name)
    field.setTabChangesFocus(True)
    line = dialog.fontMetrics().height()
    field.setMinimumHeight(line * 4)
    field.setMaximumHeight(line * 7)
    return field


def _widen(dialog: FormDialog) -> None:
    """Wide enough for a request's sentence on a line or two, in every language."""
    dialog.resize(dialog.fontMetrics().horizontalAdvance("M") * 36, 1)


def _today(desk: Desk) -> date:
    return desk.clock.now().astimezone().date()


class LeaveDialog(FormDialog):
    """Ask for leave: first and last day, why. A supervisor may enter it for someone else (the
    shifts of someone leaving the desk given away with covers)."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._actor = desk, actor
        self.done_request: RequestView | None = None
        self.setObjectName("rosterLeaveDialog")
        _widen(self)
        self.setWindowTitle(self.tr("Ask for leave"))
        self.set_intro(
            self.tr(
                "A supervisor approves the leave and names who covers your shifts. Until then "
                "the roster does not change."
            )
        )
        self.person: QComboBox | None = None
        if can(actor.role, Capability.DRAFT_ROSTER):
            self.person = QComboBox()
            self.person.setObjectName("leavePerson")
            self.person.addItem(self.tr("Myself ({name})").format(name=actor.name), actor.id)
            people = run_op(self, lambda: roster_views.roster_people(desk, actor)) or []
            for p in people:
                if p.id != actor.id:
                    self.person.addItem(p.name, p.id)
            self.add_field("person", self.tr("&For"), self.person)
        tomorrow = _today(desk) + timedelta(days=1)
        self.first = DateField(tomorrow, field="first")
        self.first.setObjectName("leaveFirst")
        self.last = DateField(tomorrow, field="last")
        self.last.setObjectName("leaveLast")
        self.first.dateChanged.connect(self._first_changed)
        self.add_field("first", self.tr("&From"), self.first)
        self.add_field("last", self.tr("&To (included)"), self.last)
        self.reason = _reason_field("leaveReason", self)
        self.add_field("reason", self.tr("&Reason"), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Ask"))
        self.first.setFocus()

    def _first_changed(self) -> None:
        first, last = self.first.date(), self.last.date()
        if first.isValid() and (not last.isValid() or last < first):
            self.last.setDate(first)

    def submit(self) -> None:
        person = self.person.currentData() if self.person is not None else None

        def ask() -> RequestView:
            return requests.ask_leave(
                self._desk,
                self._actor,
                first=self.first.day(),
                last=self.last.day(),
                reason=self.reason.toPlainText(),
                person_id=person,
            )

        self.done_request = write_op(self, ask).failure(self.show_error).run()
        if self.done_request is not None:
            self.accept()


class SwapDialog(FormDialog):
    """Ask for a swap: one of my shifts ahead, the colleague, their day (the same day when they
    take my shift on their day off), their PIN typed by them, why."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._actor = desk, actor
        self.done_request: RequestView | None = None
        self.setObjectName("rosterSwapDialog")
        _widen(self)
        self.setWindowTitle(self.tr("Ask for a swap"))
        self.set_intro(
            self.tr(
                "Give one of your shifts to a colleague, or change it for one of theirs. Your "
                "colleague types their PIN here to agree; a supervisor then decides."
            )
        )
        today = _today(desk)
        self._months: dict[tuple[int, int], MonthView] = {}
        for year, month in ((today.year, today.month), next_month(today)):
            view = run_op(self, lambda y=year, m=month: roster_views.open_month(desk, actor, y, m))
            if view is not None and view.id is not None:
                self._months[(year, month)] = view
        self.my_day = QComboBox()
        self.my_day.setObjectName("swapMyDay")
        for view in self._months.values():
            for day in view.roster.days:
                code = view.roster.cell(actor.id, day)
                if day >= today and view.roster.pattern.shift(code) is not None:
                    self.my_day.addItem(
                        self.tr("{day}, shift {code}").format(day=format_date(day), code=code),
                        day,
                    )
        if not self.my_day.count():
            self.my_day.setPlaceholderText(self.tr("You have no shift ahead on a saved roster"))
        self.add_field("asker_day", self.tr("&My shift"), self.my_day)
        self.colleague = QComboBox()
        self.colleague.setObjectName("swapColleague")
        people = run_op(self, lambda: roster_views.roster_people(desk, actor)) or []
        for p in people:
            if p.id != actor.id:
                self.colleague.addItem(p.name, p.id)
        self.add_field("colleague", self.tr("&Colleague"), self.colleague)
        first = self.my_day.currentData() or today
        self.their_day = DateField(first, field="colleague_day")
        self.their_day.setObjectName("swapTheirDay")
        self.their_day.setToolTip(
            self.tr("The same day as yours when your colleague is off then and takes your shift")
        )
        self.add_field("colleague_day", self.tr("&Their day"), self.their_day)
        self.their_cell = QLabel()
        self.their_cell.setObjectName("swapTheirCell")
        self.form.addRow("", self.their_cell)
        self.pin = QLineEdit()
        self.pin.setObjectName("swapColleaguePin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_MAX_LENGTH)
        self.pin.setPlaceholderText(self.tr("Typed by your colleague"))
        self.pin.setMaximumWidth(
            self.fontMetrics().horizontalAdvance(self.pin.placeholderText()) + 32
        )
        self.add_field("colleague_pin", self.tr("Their &PIN"), self.pin)
        self.reason = _reason_field("swapReason", self)
        self.add_field("reason", self.tr("&Reason"), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Ask"))
        self._shown_day = first
        self.my_day.currentIndexChanged.connect(self._my_day_changed)
        self.colleague.currentIndexChanged.connect(self._show_their_cell)
        self.their_day.dateChanged.connect(self._show_their_cell)
        self._show_their_cell()
        self.my_day.setFocus()

    def _my_day_changed(self) -> None:
        """Their day follows mine while it was the same (a swap on one day)."""
        day = self.my_day.currentData()
        if day is not None and self.their_day.day() == self._shown_day:
            self.their_day.setDate(day)
        self._shown_day = day
        self._show_their_cell()

    def _show_their_cell(self) -> None:
        """What the colleague has on their day, as the roster says now."""
        who, name = self.colleague.currentData(), self.colleague.currentText()
        day = self.their_day.date().toPython() if self.their_day.date().isValid() else None
        view = self._months.get((day.year, day.month)) if day is not None else None
        if who is None or view is None or who not in view.roster.people:
            self.their_cell.setText("")
            return
        code = view.roster.cell(who, day)
        if code == OFF:
            text = self.tr("{name} is off that day.")
        elif code == LEAVE:
            text = self.tr("{name} is on leave that day.")
        else:
            text = self.tr("{name} works shift {code} that day.")
        self.their_cell.setText(text.format(name=name, code=code))

    def submit(self) -> None:
        def ask() -> RequestView:
            return requests.ask_swap(
                self._desk,
                self._actor,
                asker_day=self.my_day.currentData(),
                colleague_id=self.colleague.currentData() or "",
                colleague_day=self.their_day.day(),
                colleague_pin=self.pin.text(),
                reason=self.reason.toPlainText(),
            )

        self.done_request = write_op(self, ask).failure(self._failed).run()
        if self.done_request is not None:
            self.accept()

    def _failed(self, exc: DeskError) -> bool:
        if exc.field == "colleague_pin":
            self.pin.clear()
        return self.show_error(exc)


def request_text(request: RequestView) -> str:
    """One sentence on what is asked, for the decision's forms."""
    if request.kind is RequestKind.LEAVE:
        return QCoreApplication.translate(
            "RosterRequests", "Request {num}: {asker} asks for leave, {days}."
        ).format(num=request.num, asker=request.asker, days=days_text(request))
    if request.first_day == request.last_day:
        return QCoreApplication.translate(
            "RosterRequests",
            "Request {num}: {colleague} takes {asker}'s shift on {day} (confirmed by PIN).",
        ).format(
            num=request.num,
            asker=request.asker,
            colleague=request.colleague,
            day=format_date(request.first_day),
        )
    return QCoreApplication.translate(
        "RosterRequests",
        "Request {num}: {asker} gives their shift on {mine} to {colleague} and takes theirs on "
        "{theirs} (confirmed by PIN).",
    ).format(
        num=request.num,
        asker=request.asker,
        colleague=request.colleague,
        mine=format_date(request.first_day),
        theirs=format_date(request.last_day),
    )


class ApproveDialog(FormDialog):
    """A supervisor approves: for a leave, a cover chosen for each shift it takes away (offered
    from those free and rested; one is needed where nobody else works the shift)."""

    def __init__(
        self, desk: Desk, actor: Actor, request: RequestView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk, self._actor, self._request = desk, actor, request
        self.done_request: RequestView | None = None
        self.setObjectName("rosterApproveDialog")
        _widen(self)
        self.setWindowTitle(
            self.tr("Approve leave")
            if request.kind is RequestKind.LEAVE
            else self.tr("Approve swap")
        )
        intro = [
            self.tr("{request}\nReason: {reason}").format(
                request=request_text(request), reason=request.reason
            )
        ]
        self.covers: dict[date, QComboBox] = {}
        shifts: list[LeaveShift] = []
        if request.kind is RequestKind.LEAVE:
            shifts = (
                run_op(
                    self,
                    lambda: request_views.leave_shifts(desk, actor, request.id),
                    self.show_error,
                )
                or []
            )
            if not shifts:
                intro.append(self.tr("The leave takes away no shift."))
            else:
                intro.append(self.tr("Choose who covers each shift the leave takes away."))
        self.set_intro("\n".join(intro))  # whole sentences, one a line
        for shift in shifts:
            combo = QComboBox()
            combo.setObjectName(f"cover_{shift.day.isoformat()}")
            if shift.needs_cover:
                combo.setPlaceholderText(
                    self.tr("Choose who covers")
                    if shift.candidates
                    else self.tr("Nobody is free and rested")
                )
            else:
                combo.addItem(self.tr("No cover (others work this shift)"), None)
            for person_id, name in shift.candidates:
                combo.addItem(name, person_id)
            combo.setCurrentIndex(-1 if shift.needs_cover else 0)
            label = self.tr("{day}, shift {code}").format(
                day=format_date(shift.day), code=shift.code
            )
            if shift.needs_cover:
                label = self.tr("{shift} (needs a cover)").format(shift=label)
            self.form.addRow(label, combo)
            self.covers[shift.day] = combo
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("A&pprove"))

    def chosen_covers(self) -> dict[date, str]:
        return {d: c.currentData() for d, c in self.covers.items() if c.currentData()}

    def show_error(self, exc: DeskError) -> bool:
        super().show_error(exc)
        for combo in self.covers.values():
            combo.setStyleSheet("")
        day = exc.params.get("day")
        if exc.field == "covers" and day:
            combo = self.covers.get(date.fromisoformat(str(day)))
            if combo is not None:
                combo.setStyleSheet(FIELD_ERROR_STYLE)
                combo.setFocus()
        return True

    def submit(self) -> None:
        request = self._request
        self.done_request = (
            write_op(
                self,
                lambda: requests.approve_request(
                    self._desk,
                    self._actor,
                    request.id,
                    covers=self.chosen_covers(),
                    version=request.version,
                ),
            )
            .failure(self.show_error)
            .run()
        )
        if self.done_request is not None:
            self.accept()


class RejectDialog(FormDialog):
    """A supervisor turns a request down, saying why (the asker reads it in their list)."""

    def __init__(
        self, desk: Desk, actor: Actor, request: RequestView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk, self._actor, self._request = desk, actor, request
        self.done_request: RequestView | None = None
        self.setObjectName("rosterRejectDialog")
        _widen(self)
        self.setWindowTitle(self.tr("Reject request"))
        self.set_intro(
            self.tr("{request}\nReason: {reason}").format(
                request=request_text(request), reason=request.reason
            )
        )
        self.reason = _reason_field("rejectReason", self)
        self.add_field("reason", self.tr("&Why not"), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Reject"))
        self.reason.setFocus()

    def submit(self) -> None:
        request = self._request
        self.done_request = (
            write_op(
                self,
                lambda: requests.reject_request(
                    self._desk,
                    self._actor,
                    request.id,
                    reason=self.reason.toPlainText(),
                    version=request.version,
                ),
            )
            .failure(self.show_error)
            .run()
        )
        if self.done_request is not None:
            self.accept()
