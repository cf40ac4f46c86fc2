"""What the roster's window does to a month: save the draft, submit it, send it back, approve it.

A month changes by typing only while it is a draft; once submitted it waits for the manager, and
once approved it changes only through an approved leave or swap (:mod:`.requests`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import Connection, select

from desk_app.domain.errors import ConflictError, NotFound, ValidationError
from desk_app.domain.roles import Capability
from desk_app.domain.roster.checks import Concern
from desk_app.domain.roster.month import (
    Roster,
    RosterAction,
    RosterState,
    check_editable,
    check_leave_kept,
    next_state,
)
from desk_app.domain.roster.policy import pattern_as_json
from desk_app.domain.text import lines
from desk_app.services.desk import Actor, Desk
from desk_app.services.roster.policy import desk_pattern, read_policy
from desk_app.services.roster.views import (
    MonthView,
    active_people,
    load_month,
    month_row,
    roster_of,
)
from desk_app.services.roster.writes import insert_month, update_month, write_cells, write_event
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.tables import person


def _check_version(row, version: int | None) -> None:
    if version is not None and row.version != version:
        raise ConflictError(
            "Someone else changed this month's roster meanwhile. Open it again to see their "
            "changes."
        )


def _check_people(conn: Connection, people: Sequence[str], row) -> tuple[str, ...]:
    """Each once; someone new on the month must be active (someone already on it may stay until
    the supervisor moves their shifts)."""
    people = tuple(people)
    if len(set(people)) != len(people):
        raise ValidationError("Someone is on the month twice.", field="people")
    already = set(json.loads(row.people)) if row is not None else set()
    active = {p.id for p in active_people(conn)}
    known = set(conn.execute(select(person.c.id).where(person.c.id.in_(people))).scalars())
    for p in people:
        if p not in known or (p not in already and p not in active):
            raise ValidationError(
                "Only active clerks and supervisors can be on the roster.", field="people"
            )
    return people


def save_month(
    desk: Desk,
    actor: Actor,
    year: int,
    month: int,
    *,
    people: Sequence[str],
    cells: Iterable[tuple[str, date, str]],
    version: int | None,
) -> MonthView:
    """The draft as the grid holds it (all its people and cells); ``version`` is the one the grid
    was opened at (None for a month never saved)."""
    cells = list(cells)
    with unit_of_work(desk, actor, Capability.DRAFT_ROSTER) as work:
        conn, w, at = work.conn, work.journal, work.by["at"]
        row = month_row(conn, desk.station, year, month)
        if row is None and version is not None:
            raise ConflictError("This month's roster is no longer there. Open it again.")
        if row is not None:
            if version is None:
                raise ConflictError(
                    "Someone else started this month's roster meanwhile. Open it again."
                )
            _check_version(row, version)
            check_editable(row.state)
        policy = read_policy(conn)
        people = _check_people(conn, people, row)
        before = roster_of(conn, row, policy) if row is not None else None
        pattern = before.pattern if before is not None else desk_pattern(conn, policy)
        roster = Roster(year, month, pattern, people).with_cells(cells)
        check_leave_kept(before, roster)
        if row is None:
            stored = insert_month(conn, w, desk.station, roster, actor.id, at)
            write_event(conn, w, stored["id"], action="drafted", by=actor.id, at=at)
            write_cells(conn, w, stored["id"], roster, at)
        else:
            changed = write_cells(conn, w, row.id, roster, at)
            heading = {
                "people": json.dumps(list(people)),
                "pattern": json.dumps(pattern_as_json(pattern)),
            }
            heading = {k: v for k, v in heading.items() if getattr(row, k) != v}
            if heading or changed:
                # "Drafted by" names whoever saved the draft last, with the time.
                update_month(
                    conn, w, row, {**heading, "drafted_by": actor.id, "drafted_at": at}, at
                )
        return load_month(conn, desk.station, year, month)


# The month's history says what happened, in the past tense, as roster_event.action.
_EVENT = {
    RosterAction.SUBMIT: "submitted",
    RosterAction.SEND_BACK: "sent_back",
    RosterAction.APPROVE: "approved",
}


def _step(
    desk: Desk,
    actor: Actor,
    year: int,
    month: int,
    action: RosterAction,
    *,
    version: int,
    reason: str = "",
    accept_warnings: bool = False,
) -> MonthView:
    capability = (
        Capability.DRAFT_ROSTER if action is RosterAction.SUBMIT else Capability.APPROVE_ROSTER
    )
    reason = lines(reason, "reason")
    with unit_of_work(desk, actor, capability) as work:
        conn, w, at = work.conn, work.journal, work.by["at"]
        row = month_row(conn, desk.station, year, month)
        if row is None:
            raise NotFound("This month has no roster yet: fill it in and save it first.")
        _check_version(row, version)
        to = next_state(RosterState(row.state), action, work.role, reason)
        changes: dict[str, object] = {"state": to.value}
        if action is RosterAction.SUBMIT:
            view = load_month(conn, desk.station, year, month)
            doubles = [w_ for w_ in view.warnings if w_.concern is Concern.DOUBLE]
            if doubles:
                raise ValidationError(
                    "Someone is in two shifts at once ({count}): correct the month first.",
                    field="warnings",
                    count=len(doubles),
                )
            if view.warnings and not accept_warnings:
                raise ValidationError(
                    "The month has {count} warnings. Look at them, then submit it as it is.",
                    field="warnings",
                    count=len(view.warnings),
                )
            changes |= {"submitted_by": actor.id, "submitted_at": at, "sent_back_reason": None}
        elif action is RosterAction.SEND_BACK:
            changes |= {"sent_back_reason": reason}
        else:
            changes |= {"approved_by": actor.id, "approved_at": at}
        update_month(conn, w, row, changes, at)
        write_event(conn, w, row.id, action=_EVENT[action], by=actor.id, at=at, reason=reason)
        return load_month(conn, desk.station, year, month)


def submit_month(
    desk: Desk,
    actor: Actor,
    year: int,
    month: int,
    *,
    version: int,
    accept_warnings: bool = False,
) -> MonthView:
    """The supervisor hands the draft to the manager (gaps and short rest may be accepted on
    purpose; a double shift never)."""
    return _step(
        desk,
        actor,
        year,
        month,
        RosterAction.SUBMIT,
        version=version,
        accept_warnings=accept_warnings,
    )


def send_back_month(
    desk: Desk, actor: Actor, year: int, month: int, *, version: int, reason: str
) -> MonthView:
    return _step(desk, actor, year, month, RosterAction.SEND_BACK, version=version, reason=reason)


def approve_month(desk: Desk, actor: Actor, year: int, month: int, *, version: int) -> MonthView:
    """Published and locked, with the pattern it was drafted with (kept if the desk's changes)."""
    return _step(desk, actor, year, month, RosterAction.APPROVE, version=version)
