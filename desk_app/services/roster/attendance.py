"""Attendance at this desk: the approved roster against the sign-ins and handover sheets of a day or
a month (the definitions are in :mod:`desk_app.domain.roster.attendance`).

One read transaction reads only the period's rows and a day either side (the night before the
first day, the morning after the last): the sign-ins by time (``ix_sign_in_at``), the station's
sheets by shift start (``ix_handover_station_shift_start``) with their signatures, the months'
rosters. Only an approved month's roster is compared with: a month not yet approved has no
rostered shifts, and the period says so (``approved``).

Whose sign-ins count: the people on the rosters read, every clerk, and whoever handed over or
accepted a sheet; a manager or a supervisor off the roster who signs in is visiting.

Who may read it: supervisors and managers (``Capability.DRAFT_ROSTER``).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, select

from desk_app.domain.handover.rules import Meaning
from desk_app.domain.roles import Capability, Role
from desk_app.domain.roster.attendance import (
    AttendancePeriod,
    AttendanceRules,
    HandoverRecord,
    PlannedShift,
    SignIn,
    attendance,
    desk_shifts,
    local_moment,
    planned_shifts,
    summary,
)
from desk_app.domain.roster.month import RosterState, month_days
from desk_app.domain.roster.pattern import ShiftPattern
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.roster.policy import desk_pattern, read_policy
from desk_app.services.roster.views import month_row, roster_of
from desk_app.store.tables import handover, handover_signature, person, sign_in

_DAY = timedelta(days=1)


def attendance_day(desk: Desk, actor: Actor, day: date) -> AttendancePeriod:
    """The shifts starting on ``day`` at this desk: rostered and what happened, extra shifts."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.DRAFT_ROSTER)
        return read_attendance(conn, desk.station, day, day, desk.clock.now())


def attendance_month(desk: Desk, actor: Actor, year: int, month: int) -> AttendancePeriod:
    """Every shift of the month at this desk, and the month per person (the roster's people in
    its order, then anyone who worked an extra shift)."""
    days = month_days(year, month)
    with desk.db.read() as conn:
        require(conn, actor, Capability.DRAFT_ROSTER)
        return read_attendance(conn, desk.station, days[0], days[-1], desk.clock.now())


def _months(first: date, last: date) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    day = first
    while day <= last:
        if (day.year, day.month) not in out:
            out.append((day.year, day.month))
        day += _DAY
    return out


def read_attendance(
    conn: Connection, station: str, first: date, last: date, now: datetime
) -> AttendancePeriod:
    """The days ``first`` to ``last`` (a day or a month) of ``station``."""
    policy = read_policy(conn)
    rules = AttendanceRules(policy.grace_minutes, policy.handover_lead_minutes)
    before, after = first - _DAY, last + _DAY
    days = tuple(first + timedelta(days=i) for i in range((last - first).days + 1))
    reach = {before, *days}
    planned: list[PlannedShift] = []
    people: list[str] = []  # the period's rosters' people, in order
    rostered: set[str] = set()
    approved = True
    pattern: ShiftPattern | None = None
    for year, month in _months(before, last):
        in_period = (year, month) in {(d.year, d.month) for d in days}
        row = month_row(conn, station, year, month)
        if row is None or RosterState(row.state) is not RosterState.APPROVED:
            approved = approved and not in_period
            continue
        roster = roster_of(conn, row, policy)
        planned += planned_shifts(roster, [d for d in roster.days if d in reach])
        rostered.update(roster.people)
        if in_period:
            people += [p for p in roster.people if p not in people]
            pattern = roster.pattern
    windows = desk_shifts(pattern or desk_pattern(conn, policy), [before, *days, after])
    lo = local_moment(before, time(0))
    hi = local_moment(after + _DAY, time(0))
    sheets = _handovers(conn, station, lo, hi)
    signed = conn.execute(
        select(sign_in.c.person_id, sign_in.c.at).where(
            sign_in.c.at >= lo, sign_in.c.at < hi, sign_in.c.station == station
        )
    ).all()
    everyone = {r.person_id for r in signed} | rostered
    everyone |= {p for h in sheets for p in (h.outgoing, h.incoming) if p}
    known = _people(conn, everyone)
    tracked = rostered | {p for p, (_n, role) in known.items() if role == Role.CLERK.value}
    tracked |= {p for h in sheets for p in (h.outgoing, h.incoming) if p}
    rows = attendance(
        planned,
        windows,
        [SignIn(r.person_id, r.at) for r in signed if r.person_id in tracked],
        sheets,
        days=days,
        now=now,
        rules=rules,
    )
    return AttendancePeriod(
        station=station,
        first=first,
        last=last,
        approved=approved,
        rows=tuple(rows),
        people=tuple(summary(rows, people)),
        names={p: name for p, (name, _role) in known.items()},
        grace_minutes=rules.grace_minutes,
    )


def _handovers(conn: Connection, station: str, lo: datetime, hi: datetime) -> list[HandoverRecord]:
    """The station's sheets of shifts starting from a day before ``lo`` (a night's sheet) to
    ``hi``, with the times of their two signatures."""
    rows = conn.execute(
        select(
            handover.c.id,
            handover.c.shift_start,
            handover.c.shift_end,
            handover.c.outgoing_id,
            handover.c.incoming_id,
        ).where(
            handover.c.station == station,
            handover.c.shift_start >= lo - _DAY,
            handover.c.shift_start < hi,
        )
    ).all()
    signed: dict[tuple[str, str], datetime] = {}
    ids = [r.id for r in rows]
    for chunk in range(0, len(ids), 500):
        for s in conn.execute(
            select(
                handover_signature.c.handover_id,
                handover_signature.c.meaning,
                handover_signature.c.at,
            ).where(handover_signature.c.handover_id.in_(ids[chunk : chunk + 500]))
        ):
            signed[(s.handover_id, s.meaning)] = s.at
    accepted = Meaning.ACCEPTED.value
    return [
        HandoverRecord(
            r.shift_start,
            r.shift_end,
            r.outgoing_id,
            r.incoming_id,
            signed.get((r.id, Meaning.HANDED_OVER.value)),
            signed.get((r.id, accepted)),
        )
        for r in rows
    ]


def _people(conn: Connection, ids: set[str]) -> dict[str, tuple[str, str]]:
    """Name and role of each person named."""
    wanted = sorted(i for i in ids if i)
    out: dict[str, tuple[str, str]] = {}
    for chunk in range(0, len(wanted), 500):
        rows = conn.execute(
            select(person.c.id, person.c.name, person.c.role).where(
                person.c.id.in_(wanted[chunk : chunk + 500])
            )
        )
        out.update({r.id: (r.name, r.role) for r in rows})
    return out
