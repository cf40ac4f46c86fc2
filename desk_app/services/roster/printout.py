"""A month's roster as its printouts print it (:class:`~desk_app.reports.roster.values.RosterSheet`):
the grid, hours and coverage of the month as stored, who drafted, submitted and approved it, and the
changes since approval from its history; the property's name from the handover settings.

The month and its history are read in one read transaction, so the grid and the changes listed
under it agree. A month never saved prints as a blank form (every day off, the desk's active
clerks), marked not approved.

Who may print it: anyone at the desk (the roster is read by every clerk). With no actor, the command
line prints it: whoever runs ``desk-app --db FILE export roster`` already holds the database file
(the same reasoning as :mod:`desk_app.services.duty_report`).
"""

from __future__ import annotations

from collections.abc import Sequence

from desk_app.domain.roles import Capability
from desk_app.domain.roster.checks import coverage, month_hours
from desk_app.domain.roster.month import RosterState
from desk_app.reports.roster.values import (
    CellChange,
    CoverageRow,
    PersonRow,
    RosterChange,
    RosterSheet,
    ShiftLegend,
)
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.handover.views import read_policy as read_handover_policy
from desk_app.services.roster.views import MonthView, RosterEventView, history_of, load_month

# The history's steps of the way to approval; every other step of an approved month changed it.
_FLOW_STEPS = frozenset({"drafted", "submitted", "sent_back", "approved"})


def roster_sheet(
    desk: Desk, actor: Actor | None, year: int, month: int, station: str | None = None
) -> RosterSheet:
    """The month of ``station`` (default: this desk's) as its printouts print it. ``actor`` None:
    the command line."""
    with desk.db.read() as conn:
        if actor is not None:
            require(conn, actor, Capability.KEEP_LOG)
        view = load_month(conn, station or desk.station, year, month)
        history = history_of(conn, view.id) if view.id else []
        property_name = read_handover_policy(conn).property_name
    return sheet_of(view, history, property_name)


def changes_since_approval(
    state: RosterState, history: Sequence[RosterEventView]
) -> list[RosterEventView]:
    """The steps after the month's last approval that changed it (leave, swaps), oldest first;
    none while the month is not approved."""
    if RosterState(state) is not RosterState.APPROVED:
        return []
    approvals = [i for i, e in enumerate(history) if e.action == "approved"]
    after = history[approvals[-1] + 1 :] if approvals else history
    return [e for e in after if e.action not in _FLOW_STEPS]


def sheet_of(
    view: MonthView, history: Sequence[RosterEventView], property_name: str = ""
) -> RosterSheet:
    """The printout's value of a month read (:func:`~desk_app.services.roster.views.load_month`)
    and its history."""
    roster = view.roster
    days = roster.days
    counts = coverage(roster)
    minimum = view.policy.rules.min_per_shift
    people = tuple(
        PersonRow(
            name=view.names.get(person, ""),
            cells=tuple(roster.cell(person, day) for day in days),
            hours=month_hours(roster, person),
        )
        for person in roster.people
    )
    return RosterSheet(
        station=view.station,
        property_name=property_name,
        year=view.year,
        month=view.month,
        state=view.state,
        shifts=tuple(ShiftLegend(s.code, s.start, s.end, s.colour) for s in roster.pattern.shifts),
        people=people,
        coverage=tuple(
            CoverageRow(s.code, tuple(counts.get((day, s.code), 0) for day in days), minimum)
            for s in roster.pattern.shifts
        ),
        drafted_by=view.drafted_by,
        drafted_at=view.drafted_at,
        submitted_by=view.submitted_by,
        submitted_at=view.submitted_at,
        approved_by=view.approved_by,
        approved_at=view.approved_at,
        sent_back_reason=view.sent_back_reason,
        changes=tuple(
            RosterChange(
                at=e.at,
                kind=e.action,
                asked_by=e.asked_by,
                approved_by=e.by,
                reason=e.reason,
                cells=tuple(CellChange(c.person, c.day, c.before, c.after) for c in e.cells),
            )
            for e in changes_since_approval(view.state, history)
        ),
    )
