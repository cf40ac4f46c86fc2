"""Reading leave and swap requests: the list the Requests tab shows, and for a leave about to be
approved, each shift it takes away with those who may cover it (free and rested)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Connection, or_, select

from desk_app.domain.errors import NotFound, ValidationError
from desk_app.domain.roles import Capability, Role, can
from desk_app.domain.roster.changes import cover_candidates, needs_cover
from desk_app.domain.roster.month import Roster, RosterState
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.names import names_of
from desk_app.services.roster.policy import read_policy
from desk_app.services.roster.views import month_row, roster_of
from desk_app.store.roster_tables import roster_request


class RequestKind(StrEnum):
    LEAVE = "leave"
    SWAP = "swap"


class RequestState(StrEnum):
    ASKED = "asked"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class RequestView(Value):
    id: str
    num: int
    kind: RequestKind
    state: RequestState
    asker_id: str
    asker: str  # the name
    first_day: date  # leave: the first day; swap: the asker's day
    last_day: date  # leave: the last day; swap: the colleague's day
    reason: str
    asked_at: datetime
    colleague_id: str | None = None
    colleague: str = ""
    confirmed_at: datetime | None = None
    decided_by: str = ""
    decided_at: datetime | None = None
    decision_reason: str = ""
    covers: tuple[tuple[date, str], ...] = ()  # (day, the cover's name), by day
    version: int = 1

    @property
    def days(self) -> tuple[date, ...]:
        """A leave's days, or a swap's two days (one when it is a swap on one day)."""
        if self.kind is RequestKind.SWAP:
            return tuple(sorted({self.first_day, self.last_day}))
        span = (self.last_day - self.first_day).days + 1
        return tuple(self.first_day + timedelta(days=i) for i in range(span))


class LeaveShift(Value):
    """A shift a leave takes away: who may cover it, and whether one must be named (nobody else
    works it)."""

    day: date
    code: str
    needs_cover: bool
    candidates: tuple[tuple[str, str], ...]  # (person id, name), in the roster's order


def request_row(conn: Connection, station: str, request_id: str):
    row = conn.execute(
        select(roster_request).where(
            roster_request.c.id == request_id, roster_request.c.station == station
        )
    ).first()
    if row is None:
        raise NotFound("No such request.")
    return row


def _view(row, names: dict[str, str]) -> RequestView:
    covers = json.loads(row.covers) if row.covers else {}
    return RequestView(
        id=row.id,
        num=row.num,
        kind=RequestKind(row.kind),
        state=RequestState(row.state),
        asker_id=row.asker_id,
        asker=names.get(row.asker_id, ""),
        first_day=date.fromisoformat(row.first_day),
        last_day=date.fromisoformat(row.last_day),
        reason=row.reason,
        asked_at=row.asked_at,
        colleague_id=row.colleague_id,
        colleague=names.get(row.colleague_id or "", ""),
        confirmed_at=row.confirmed_at,
        decided_by=names.get(row.decided_by or "", ""),
        decided_at=row.decided_at,
        decision_reason=row.decision_reason or "",
        covers=tuple((date.fromisoformat(d), names.get(p, "")) for d, p in sorted(covers.items())),
        version=row.version,
    )


def views_of(conn: Connection, rows) -> list[RequestView]:
    rows = list(rows)
    ids = [i for r in rows for i in (r.asker_id, r.colleague_id, r.decided_by)]
    ids += [p for r in rows if r.covers for p in json.loads(r.covers).values()]
    names = names_of(conn, ids)
    return [_view(r, names) for r in rows]


def list_requests(
    desk: Desk,
    actor: Actor,
    *,
    state: RequestState | str | None = None,
    mine: bool = False,
    decided_limit: int = 300,
) -> list[RequestView]:
    """This station's requests: those still asked first (oldest first, the order to decide them
    in), then the decided ones, newest first (the last ``decided_limit``). A clerk sees only the
    requests they ask or are the colleague of; ``mine`` narrows a supervisor's list the same way."""
    with desk.db.read() as conn:
        role = require(conn, actor, Capability.KEEP_LOG)
        stmt = select(roster_request).where(roster_request.c.station == desk.station)
        if mine or not can(role, Capability.DRAFT_ROSTER):
            stmt = stmt.where(
                or_(
                    roster_request.c.asker_id == actor.id, roster_request.c.colleague_id == actor.id
                )
            )
        if state is not None:
            stmt = stmt.where(roster_request.c.state == RequestState(state).value)
        asked = RequestState.ASKED.value
        pending = conn.execute(
            stmt.where(roster_request.c.state == asked).order_by(roster_request.c.num)
        ).all()
        decided = conn.execute(
            stmt.where(roster_request.c.state != asked)
            .order_by(roster_request.c.num.desc())
            .limit(decided_limit)
        ).all()
        return views_of(conn, [*pending, *decided])


def get_request(desk: Desk, actor: Actor, request_id: str) -> RequestView:
    with desk.db.read() as conn:
        role = require(conn, actor, Capability.KEEP_LOG)
        row = request_row(conn, desk.station, request_id)
        if role is Role.CLERK and actor.id not in (row.asker_id, row.colleague_id):
            raise NotFound("No such request.")
        return views_of(conn, [row])[0]


def leave_months(first: date, last: date) -> list[tuple[int, int, list[date]]]:
    """A leave's days by month, in order: (year, month, days)."""
    found: dict[tuple[int, int], list[date]] = {}
    day = first
    while day <= last:
        found.setdefault((day.year, day.month), []).append(day)
        day += timedelta(days=1)
    return [(y, m, days) for (y, m), days in found.items()]


def month_text(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def leave_rosters(conn: Connection, station: str, row) -> list[tuple[object, Roster, list[date]]]:
    """The months a leave touches, as (month row, roster, days): each must have a roster (a draft
    or approved one) with the person on it (a leave on a month they are not on is refused: it
    would change nothing there, and be lost)."""
    policy = read_policy(conn)
    found = []
    for year, month, days in leave_months(
        date.fromisoformat(row.first_day), date.fromisoformat(row.last_day)
    ):
        stored = month_row(conn, station, year, month)
        if stored is None:
            raise ValidationError(
                "There is no roster for {month} yet: save its draft first, then decide the leave.",
                field="days",
                month=month_text(year, month),
                year=year,
                month_number=month,
            )
        roster = roster_of(conn, stored, policy)
        if row.asker_id not in roster.people:
            raise ValidationError(
                "{person} is not on the roster for {month}: add them to that month first, or turn"
                " the leave down.",
                field="days",
                person=names_of(conn, [row.asker_id]).get(row.asker_id, ""),
                month=month_text(year, month),
                year=year,
                month_number=month,
            )
        found.append((stored, roster, days))
    return found


def leave_shifts(desk: Desk, actor: Actor, request_id: str) -> list[LeaveShift]:
    """Each shift a leave takes away, by day, with the people free and rested to cover it."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.DRAFT_ROSTER)
        row = request_row(conn, desk.station, request_id)
        if row.kind != RequestKind.LEAVE.value:
            return []
        rules = read_policy(conn).rules
        shifts: list[tuple[date, str, bool, list[str]]] = []
        for stored, roster, days in leave_rosters(conn, desk.station, row):
            if RosterState(stored.state) is RosterState.SUBMITTED:
                continue
            for day in days:
                code = roster.cell(row.asker_id, day)
                if roster.pattern.shift(code) is None:
                    continue
                free = cover_candidates(roster, day, code, rules)
                shifts.append((day, code, needs_cover(roster, day, code, rules), free))
        names = names_of(conn, [p for *_rest, free in shifts for p in free])
    return [
        LeaveShift(day, code, needed, tuple((p, names.get(p, "")) for p in free))
        for day, code, needed, free in shifts
    ]


def cover_offers(desk: Desk, actor: Actor, request_id: str) -> dict[date, list[tuple[str, str]]]:
    """{day: [(person id, name)]} for each shift the leave takes away."""
    return {s.day: list(s.candidates) for s in leave_shifts(desk, actor, request_id)}
