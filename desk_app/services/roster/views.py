"""Reading the roster: a month as the grid shows it, its history, the people who may be on it."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

from desk_app.domain.roles import Capability, Role
from desk_app.domain.roster.checks import Warning, check
from desk_app.domain.roster.month import Roster, RosterState
from desk_app.domain.roster.pattern import LEAVE, OFF, recoded
from desk_app.domain.roster.policy import RosterPolicy, pattern_from_json
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.names import names_of
from desk_app.services.roster.policy import desk_pattern, read_policy
from desk_app.store.roster_tables import roster_cell, roster_event, roster_month, roster_request
from desk_app.store.tables import person

# Who may be on a roster: the counter's clerks and the supervisors who take shifts.
ROSTER_ROLES = (Role.CLERK.value, Role.SUPERVISOR.value)


class RosterPerson(Value):
    id: str
    name: str
    role: Role


class MonthView(Value):
    id: str | None  # None: never saved (a fresh draft with last month's people)
    station: str
    year: int
    month: int
    state: RosterState
    roster: Roster
    names: dict[str, str]  # person id -> name, for everyone the month names
    policy: RosterPolicy
    warnings: tuple[Warning, ...]
    drafted_by: str = ""
    drafted_at: datetime | None = None
    submitted_by: str = ""
    submitted_at: datetime | None = None
    approved_by: str = ""
    approved_at: datetime | None = None
    sent_back_reason: str = ""
    version: int = 0


class CellChange(Value):
    person: str  # the name
    day: date
    before: str
    after: str


class RosterEventView(Value):
    at: datetime
    by: str
    action: str  # drafted | submitted | sent_back | approved | leave | swap
    asked_by: str
    reason: str
    cells: tuple[CellChange, ...]
    request_num: int | None = None


def month_row(conn: Connection, station: str, year: int, month: int):
    return conn.execute(
        select(roster_month).where(
            roster_month.c.station == station,
            roster_month.c.year == year,
            roster_month.c.month == month,
        )
    ).first()


def cells_of(conn: Connection, month_id: str) -> dict[tuple[str, date], Any]:
    """The stored cell rows of a month by (person id, day)."""
    rows = conn.execute(select(roster_cell).where(roster_cell.c.month_id == month_id))
    return {(r.person_id, date.fromisoformat(r.day)): r for r in rows}


def roster_of(conn: Connection, row, policy: RosterPolicy | None = None) -> Roster:
    """A stored month as a domain value. A submitted or approved month keeps the pattern it was
    saved with; a draft follows the desk's pattern of today when it has as many shifts (its cells
    recoded by place, so a renamed letter or moved hours never lock a draft), else keeps its own."""
    stored = pattern_from_json(json.loads(row.pattern))
    pattern, codes = stored, {}
    if RosterState(row.state) is RosterState.DRAFT:
        desk = desk_pattern(conn, policy)
        carried = recoded(stored, desk)
        if carried is not None:
            pattern, codes = desk, carried
    cells = {
        k: codes.get(r.code, r.code) for k, r in cells_of(conn, row.id).items() if r.code != OFF
    }
    leave = frozenset(k for k, code in cells.items() if code == LEAVE)
    return Roster(row.year, row.month, pattern, tuple(json.loads(row.people)), cells, leave)


def active_people(conn: Connection) -> list[RosterPerson]:
    rows = conn.execute(
        select(person.c.id, person.c.name, person.c.role)
        .where(person.c.active.is_(True), person.c.role.in_(ROSTER_ROLES))
        .order_by(person.c.role, person.c.name)
    )
    return [RosterPerson(r.id, r.name, Role(r.role)) for r in rows]


def _previous(conn: Connection, station: str, year: int, month: int) -> Roster | None:
    year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    row = month_row(conn, station, year, month)
    return roster_of(conn, row) if row is not None else None


def load_month(conn: Connection, station: str, year: int, month: int) -> MonthView:
    """The month as the grid shows it; never saved: last month's people still active (else the
    desk's active clerks), every day off."""
    policy = read_policy(conn)
    row = month_row(conn, station, year, month)
    previous = _previous(conn, station, year, month)
    if row is None:
        active = active_people(conn)
        ids = {p.id for p in active}
        people = tuple(p for p in previous.people if p in ids) if previous else ()
        if not people:
            people = tuple(p.id for p in active if p.role is Role.CLERK)
        roster = Roster(year, month, desk_pattern(conn, policy), people)
        return MonthView(
            None,
            station,
            year,
            month,
            RosterState.DRAFT,
            roster,
            names_of(conn, people),
            policy,
            tuple(check(roster, policy.rules, previous)),
        )
    roster = roster_of(conn, row, policy)
    names = names_of(
        conn, (*roster.people, row.drafted_by, row.submitted_by or "", row.approved_by or "")
    )
    return MonthView(
        id=row.id,
        station=station,
        year=year,
        month=month,
        state=RosterState(row.state),
        roster=roster,
        names=names,
        policy=policy,
        warnings=tuple(check(roster, policy.rules, previous)),
        drafted_by=names.get(row.drafted_by, ""),
        drafted_at=row.drafted_at,
        submitted_by=names.get(row.submitted_by or "", ""),
        submitted_at=row.submitted_at,
        approved_by=names.get(row.approved_by or "", ""),
        approved_at=row.approved_at,
        sent_back_reason=row.sent_back_reason or "",
        version=row.version,
    )


def open_month(
    desk: Desk, actor: Actor, year: int, month: int, station: str | None = None
) -> MonthView:
    """Anyone at the desk may read the roster (clerks see their shifts)."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return load_month(conn, station or desk.station, year, month)


def roster_people(desk: Desk, actor: Actor) -> list[RosterPerson]:
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return active_people(conn)


class MonthSummary(Value):
    year: int
    month: int
    state: RosterState
    drafted_by: str
    approved_by: str
    approved_at: datetime | None


def list_months(desk: Desk, actor: Actor, station: str | None = None) -> list[MonthSummary]:
    """This station's months, newest first (a few dozen rows a station in years)."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        rows = conn.execute(
            select(roster_month)
            .where(roster_month.c.station == (station or desk.station))
            .order_by(roster_month.c.year.desc(), roster_month.c.month.desc())
        ).all()
        names = names_of(conn, [i for r in rows for i in (r.drafted_by, r.approved_by or "")])
    return [
        MonthSummary(
            r.year,
            r.month,
            RosterState(r.state),
            names.get(r.drafted_by, ""),
            names.get(r.approved_by or "", ""),
            r.approved_at,
        )
        for r in rows
    ]


def month_history(
    desk: Desk, actor: Actor, year: int, month: int, station: str | None = None
) -> list[RosterEventView]:
    """The month's steps, oldest first: drafted, submitted, sent back, approved, then each leave
    and swap since (who asked, who approved, when, why, which cells)."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        row = month_row(conn, station or desk.station, year, month)
        return [] if row is None else history_of(conn, row.id)


def history_of(conn: Connection, month_id: str) -> list[RosterEventView]:
    """:func:`month_history` of a stored month, inside a read already open (the printout reads
    the month and its history in one)."""
    events = conn.execute(
        select(roster_event, roster_request.c.num)
        .outerjoin(roster_request, roster_request.c.id == roster_event.c.request_id)
        .where(roster_event.c.month_id == month_id)
        .order_by(roster_event.c.seq)
    ).all()
    cells = [json.loads(e.cells) if e.cells else [] for e in events]
    names = names_of(
        conn,
        [i for e in events for i in (e.by_id, e.asked_by or "")]
        + [c[0] for cs in cells for c in cs],
    )
    return [
        RosterEventView(
            at=e.at,
            by=names.get(e.by_id, ""),
            action=e.action,
            asked_by=names.get(e.asked_by or "", ""),
            reason=e.reason or "",
            cells=tuple(
                CellChange(names.get(p, ""), date.fromisoformat(d), before, after)
                for p, d, before, after in cs
            ),
            request_num=e.num,
        )
        for e, cs in zip(events, cells, strict=True)
    ]
