"""Who is on duty at this desk now and who comes next, read from the approved roster, and what the
window reminds of around it: this month's roster not approved, or next month's (from the 20th),
the handover due (接班人员提前15分钟到岗), and an incoming clerk who has not come (值班人不得离岗:
whom to call, read by :func:`not_arrived`; the log entry written once by
:func:`record_not_arrived`, a command the window runs).

Wall-clock roster times become instants one way, :func:`desk_app.domain.clock.local_instant` (the
desk's zone with each instant's own offset), so a summer-time night changes no shift.

Only approved months count: a draft is not yet the roster. "Now" is read from a few indexed rows
(the month rows of yesterday to tomorrow, at most two, and those days' cells), so the status bar
may ask every minute.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, and_, bindparam, or_, select

from desk_app.domain.book_lines import BookLine, instant_value
from desk_app.domain.book_lines import line as book_line
from desk_app.domain.clock import LOCAL_ZONE, local_instant
from desk_app.domain.handover.rules import (
    HandoverState,
    ShiftWindow,
    previous_window,
    shift_window,
)
from desk_app.domain.log import Category, program_entry
from desk_app.domain.roles import Capability, Role, can
from desk_app.domain.roster.duty import Duty, on_duty
from desk_app.domain.roster.month import Roster, RosterState, next_month
from desk_app.domain.roster.pattern import OFF
from desk_app.domain.roster.policy import pattern_from_json
from desk_app.domain.roster.reminder import roster_reminder as reminder_rule
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.handover.views import read_policy as read_handover_policy
from desk_app.services.log.writes import next_entry_num, write_entry
from desk_app.services.roster.policy import read_policy
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.roster_tables import roster_cell, roster_month
from desk_app.store.tables import handover, log_entry, person, staff_member

NOT_ARRIVED = "roster.incoming_not_arrived"


class DutyPerson(Value):
    id: str
    name: str


class Supervisor(Value):
    id: str
    name: str
    phone: str = ""  # from the staff directory when it has a member of that name

    @property
    def to_call(self) -> str:
        return f"{self.name} ({self.phone})" if self.phone else self.name


class ShiftDuty(Value):
    code: str
    start: datetime  # aware, this computer's (the desk's) zone
    end: datetime
    people: tuple[DutyPerson, ...]  # rostered on the shift, in the roster's order
    # Whom to call: the supervisors rostered on the shift, else those rostered that day, else the
    # desk's active supervisors.
    supervisors: tuple[Supervisor, ...]


class OnDutyView(Value):
    now: ShiftDuty | None  # None: no approved roster covers this moment
    next: ShiftDuty | None


class RosterReminder(Value):
    """This month's roster is not approved (red), or next month's is not yet (from the reminder
    day; red after the due day)."""

    year: int
    month: int
    state: RosterState | None  # None: not even drafted
    overdue: bool
    due_day: int
    current: bool = False  # the month already running


class HandoverDue(Value):
    """The shift change is near and its sheet not sealed yet."""

    at: datetime  # the change, local
    lead_minutes: int  # how early the incoming clerk comes (the policy's, 15 by default)


class NotArrived(Value):
    """The incoming clerk has not accepted the handover by the shift change plus the grace."""

    change_at: datetime  # the shift change (the new shift's start), local
    expected: tuple[DutyPerson, ...]
    call: tuple[Supervisor, ...]
    recorded: bool  # the log already says so (written once per change and station)


# -- now and next -------------------------------------------------------------------------------


def _local(at: datetime) -> datetime:
    """The desk's wall clock (naive) for an aware instant."""
    return at.astimezone().replace(tzinfo=None)


def _aware(wall: datetime) -> datetime:
    """A wall-clock time of the desk as an aware datetime in its zone (that instant's offset)."""
    return local_instant(wall)


def _phone_of(who):
    """A person's phone: a member of the staff directory of the same name (people who sign in
    have no phone of their own); the index on the member's name serves it."""
    return and_(staff_member.c.name == who.c.name, staff_member.c.active.is_(True))


# Built once: on a path the status bar asks every minute (and the bench times), building the
# statements cost more than running them.
_MONTHS = select(
    roster_month.c.id,
    roster_month.c.year,
    roster_month.c.month,
    roster_month.c.pattern,
    roster_month.c.people,
).where(
    roster_month.c.station == bindparam("station"),
    roster_month.c.state == RosterState.APPROVED.value,
    or_(
        and_(roster_month.c.year == bindparam("y1"), roster_month.c.month == bindparam("m1")),
        and_(roster_month.c.year == bindparam("y2"), roster_month.c.month == bindparam("m2")),
    ),
)
_CELLS = (
    select(
        roster_cell.c.month_id,
        roster_cell.c.person_id,
        roster_cell.c.day,
        roster_cell.c.code,
        person.c.name,
        person.c.role,
        staff_member.c.phone,
    )
    .join(person, person.c.id == roster_cell.c.person_id)
    .outerjoin(staff_member, _phone_of(person))
    .where(
        roster_cell.c.month_id.in_(bindparam("months", expanding=True)),
        roster_cell.c.day.in_(bindparam("days", expanding=True)),
        roster_cell.c.code != OFF,
    )
)


def _approved_rosters(conn: Connection, station: str, days: Iterable[date]):
    """The approved months of ``days`` (at most two) as Rosters holding only those days' cells,
    and each person's (name, role, phone) for the cells read."""
    days = sorted(set(days))
    (y1, m1), (y2, m2) = (days[0].year, days[0].month), (days[-1].year, days[-1].month)
    rows = conn.execute(_MONTHS, {"station": station, "y1": y1, "m1": m1, "y2": y2, "m2": m2})
    rows = rows.all()
    if not rows:
        return {}, {}
    cells = conn.execute(
        _CELLS, {"months": [r.id for r in rows], "days": [d.isoformat() for d in days]}
    ).all()
    who = {c.person_id: (c.name, c.role, c.phone or "") for c in cells}
    rosters = {}
    for r in rows:
        mine = {
            (c.person_id, date.fromisoformat(c.day)): c.code for c in cells if c.month_id == r.id
        }
        rosters[(r.year, r.month)] = Roster(
            r.year,
            r.month,
            pattern_from_json(json.loads(r.pattern)),
            tuple(json.loads(r.people)),
            mine,
        )
    return rosters, who


def _supervisors_of(duty: Duty, rosters: dict, who: dict) -> list[str]:
    def supervisors(ids: Iterable[str]) -> list[str]:
        return [p for p in dict.fromkeys(ids) if p in who and who[p][1] == Role.SUPERVISOR.value]

    on_shift = supervisors(duty.people)
    if on_shift:
        return on_shift
    day = duty.start.date()
    roster = rosters.get((day.year, day.month))
    if roster is None:
        return []
    return supervisors(p for p in roster.people if roster.cell(p, day) != OFF)


def read_on_duty(conn: Connection, station: str, at: datetime) -> OnDutyView:
    """Who is on duty at ``station`` at the instant ``at`` and who comes next (a few indexed
    reads: the approved month rows of yesterday to tomorrow and those days' cells)."""
    wall = _local(at)
    today = wall.date()
    rosters, who = _approved_rosters(
        conn, station, (today - timedelta(days=1), today, today + timedelta(days=1))
    )
    if not rosters:
        return OnDutyView(None, None)
    now, after = on_duty(rosters, wall)
    duties = [d for d in (now, after) if d is not None]
    chosen = [_supervisors_of(d, rosters, who) for d in duties]
    if duties and not all(chosen):
        fallback = conn.execute(
            select(person.c.id, person.c.name, staff_member.c.phone)
            .outerjoin(staff_member, _phone_of(person))
            .where(person.c.active.is_(True), person.c.role == Role.SUPERVISOR.value)
        ).all()
        fallback.sort(key=lambda r: (r.name.casefold(), r.id))  # alike on both engines
        who.update({r.id: (r.name, Role.SUPERVISOR.value, r.phone or "") for r in fallback})
        chosen = [ids or list(dict.fromkeys(r.id for r in fallback)) for ids in chosen]

    def shown(duty: Duty, supervisors: list[str]) -> ShiftDuty:
        return ShiftDuty(
            code=duty.shift.code,
            start=_aware(duty.start),
            end=_aware(duty.end),
            people=tuple(DutyPerson(p, who[p][0]) for p in duty.people),
            supervisors=tuple(Supervisor(s, who[s][0], who[s][2]) for s in supervisors),
        )

    views = [shown(d, s) for d, s in zip(duties, chosen, strict=True)]
    return OnDutyView(
        views[0] if now is not None else None, views[1] if after is not None else None
    )


def on_duty_now(desk: Desk, actor: Actor, at: datetime | None = None) -> OnDutyView:
    """This station's shift now and the next one, with who is rostered and whom to call."""
    with desk.db.read() as conn:
        require(conn, actor)
        return read_on_duty(conn, desk.station, at or desk.clock.now())


def rostered_incoming(
    conn: Connection, station: str, window: ShiftWindow, outgoing_id: str
) -> tuple[tuple[str, str], ...]:
    """The active people (id, name) the approved roster names to take over from the clerk who
    starts a handover in ``window`` (the shift in progress): those of the next shift; or, when
    the outgoing clerk stayed past the end of their own shift (the incoming clerk came late and
    the sheet covers the shift now running), those of the shift now running. The outgoing clerk
    is left out."""
    now = read_on_duty(conn, station, window.start).now
    before = read_on_duty(conn, station, window.start - timedelta(minutes=1)).now
    stayed = (
        now is not None
        and before is not None
        and now.start == window.start
        and any(p.id == outgoing_id for p in before.people)
        and not any(p.id == outgoing_id for p in now.people)
    )
    shift = now if stayed else read_on_duty(conn, station, window.end).now
    if shift is None or shift.start != (window.start if stayed else window.end):
        return ()
    ids = [p.id for p in shift.people if p.id != outgoing_id]
    if not ids:
        return ()
    active = set(
        conn.execute(
            select(person.c.id).where(person.c.id.in_(ids), person.c.active.is_(True))
        ).scalars()
    )
    return tuple((p.id, p.name) for p in shift.people if p.id in active)


# -- reminders ----------------------------------------------------------------------------------


def roster_reminder(desk: Desk, actor: Actor, today: date | None = None) -> RosterReminder | None:
    """For those who draft or approve the roster (supervisors and managers): this month's while it
    is not approved (red), else next month's from the policy's reminder day until it is approved,
    overdue after the due day (每月25日前); the rule is
    :func:`desk_app.domain.roster.reminder.roster_reminder`."""
    today = today or _local(desk.clock.now()).date()
    with desk.db.read() as conn:
        role = require(conn, actor)
        if not can(role, Capability.DRAFT_ROSTER):
            return None
        policy = read_policy(conn)
        (y1, m1), (y2, m2) = (today.year, today.month), next_month(today)
        rows = conn.execute(
            select(roster_month.c.year, roster_month.c.month, roster_month.c.state).where(
                roster_month.c.station == desk.station,
                or_(
                    and_(roster_month.c.year == y1, roster_month.c.month == m1),
                    and_(roster_month.c.year == y2, roster_month.c.month == m2),
                ),
            )
        ).all()
    states = {(r.year, r.month): RosterState(r.state) for r in rows}
    found = reminder_rule(
        today,
        states.get((y1, m1)),
        states.get((y2, m2)),
        reminder_day=policy.reminder_day,
        due_day=policy.due_day,
    )
    if found is None:
        return None
    return RosterReminder(
        found.year, found.month, found.state, found.overdue, policy.due_day, found.current
    )


def _accepted(conn: Connection, station: str, before: ShiftWindow) -> bool:
    """The handover at the end of the shift ``before`` is accepted: a sheet of ``station`` for
    that change is sealed (the incoming clerk's acceptance seals it) since the shift's middle. A
    sheet started only after the change covers the new shift: its start counts too, and its end
    (sealed early in that shift) does not count for the change after it."""
    change = before.end
    found = conn.execute(
        select(handover.c.id)
        .where(
            handover.c.sealed_at >= before.start + (before.end - before.start) / 2,
            handover.c.station == station,
            handover.c.state == HandoverState.SEALED.value,
            or_(handover.c.shift_end == change, handover.c.shift_start == change),
        )
        .limit(1)
    ).first()
    return found is not None


def _window(conn: Connection, at: datetime) -> tuple[ShiftWindow, ShiftWindow]:
    """The shift ``at`` falls in and the one before it, by the handover's shift starts."""
    starts = read_handover_policy(conn).shift_starts
    window = shift_window(at, starts, LOCAL_ZONE)
    before = previous_window(window, starts, LOCAL_ZONE)

    def plain(w: ShiftWindow) -> ShiftWindow:
        # Each end with its own fixed offset: two times of one tzinfo subtract by wall clock.
        return ShiftWindow(w.start.astimezone(), w.end.astimezone())

    return plain(window), plain(before)


def handover_due(desk: Desk, actor: Actor, at: datetime | None = None) -> HandoverDue | None:
    """The next shift change when it is at most the policy's lead time away (15 minutes by
    default) and its sheet is not sealed yet; for the clerk on duty (anyone who keeps the desk
    when no roster is approved) and any signed-in supervisor."""
    at = at or desk.clock.now()
    with desk.db.read() as conn:
        role = require(conn, actor, Capability.KEEP_LOG)
        lead_minutes = read_policy(conn).handover_lead_minutes
        lead = timedelta(minutes=lead_minutes)
        window = _window(conn, at)[0]
        change = window.end
        if change - at > lead:
            return None
        if role is not Role.SUPERVISOR:
            now = read_on_duty(conn, desk.station, at).now
            on_duty_here = now is not None and any(p.id == actor.id for p in now.people)
            keeps_desk = role is Role.CLERK and (now is None or not now.people)
            if not (on_duty_here or keeps_desk):
                return None
        if _accepted(conn, desk.station, window):
            return None
    return HandoverDue(change.astimezone(), lead_minutes)


# -- the incoming clerk not arrived -------------------------------------------------------------


def _already_written(conn: Connection, station: str, change: datetime) -> bool:
    start = instant_value(change)
    rows = conn.execute(
        select(log_entry.c.message_values).where(
            log_entry.c.at >= change,
            log_entry.c.message == NOT_ARRIVED,
            log_entry.c.station == station,
        )
    ).scalars()
    return any(BookLine.decode(NOT_ARRIVED, v).values.get("start") == start for v in rows)


def _not_arrived(conn: Connection, desk: Desk, actor: Actor, at: datetime):
    """(change, the shift now) when its rostered clerks have not accepted by the change plus the
    grace; None otherwise (no approved roster, nobody rostered, the actor one of them)."""
    grace = timedelta(minutes=read_policy(conn).grace_minutes)
    window, before = _window(conn, at)
    change = window.start
    if at < change + grace:
        return None
    now = read_on_duty(conn, desk.station, at).now
    if now is None or now.start != change or not now.people:
        return None
    if any(p.id == actor.id for p in now.people):
        return None  # the incoming clerk is here, signed in
    if _accepted(conn, desk.station, before):
        return None
    return change, now


def _line(change: datetime, now: ShiftDuty) -> BookLine:
    return book_line(
        NOT_ARRIVED,
        incoming=", ".join(p.name for p in now.people),
        start=change,
        call=", ".join(s.to_call for s in now.supervisors) or "—",
    )


def not_arrived(desk: Desk, actor: Actor, at: datetime | None = None) -> NotArrived | None:
    """After the shift change plus the grace time, while nobody accepted the handover of this
    station for it: who is expected and whom to call, and whether the log says so already. A read:
    the window then runs :func:`record_not_arrived` once."""
    at = at or desk.clock.now()
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        found = _not_arrived(conn, desk, actor, at)
        if found is None:
            return None
        change, now = found
        recorded = _already_written(conn, desk.station, change)
    return NotArrived(change.astimezone(), now.people, now.supervisors, recorded)


def record_not_arrived(desk: Desk, actor: Actor, at: datetime | None = None) -> bool:
    """Write in the log, once per change and station, that the incoming clerk has not arrived (an
    important entry, 值班人不得离岗); True when this call wrote it, False when it was already
    written or nobody is late any more."""
    at = at or desk.clock.now()
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        # Under the journal lock: another station (or a second window) may have just written it.
        found = _not_arrived(work.conn, desk, actor, at)
        if found is None:
            return False
        change, now = found
        if _already_written(work.conn, desk.station, change):
            return False
        draft = replace(
            program_entry(category=Category.NOTE, line=_line(change, now)), important=True
        )
        write_entry(
            work.conn,
            work.journal,
            draft=draft,
            author_id=actor.id,
            station=desk.station,
            at=work.by["at"],
            num=next_entry_num(work.conn),
        )
    return True
