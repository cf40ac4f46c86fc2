"""The complaint register as read: its pages, one complaint with its history, the promises
overdue or due soon, who a complaint may go to, the authority limit and who may analyse.

Nothing here writes or takes the journal lock: the steps that do are in
:mod:`desk_app.services.complaints.commands` (their writers in ``complaints.writes``).
A page of the register is a keyset page, newest first, with names joined for its rows only.

"""

from __future__ import annotations

import json
from dataclasses import field
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import Connection, and_, func, or_, select, true

from desk_app.domain import complaints as rules
from desk_app.domain.complaints import (
    Action,
    Channel,
    ComplaintCategory,
    SettlementProposal,
    Severity,
    Status,
)
from desk_app.domain.errors import NotFound, PermissionDenied
from desk_app.domain.roles import Capability, Role, can
from desk_app.domain.search import parse_query
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.settings import get_settings, read_setting
from desk_app.store.paging import before_cursor
from desk_app.store.search import COMPLAINT_SEARCH, search_condition
from desk_app.store.tables import complaint, complaint_event, person

PAGE_SIZE = 100


class ComplaintView(Value):
    id: str
    num: int
    received_at: datetime
    channel: Channel
    guest_name: str
    room: str
    contact: str
    category: ComplaintCategory
    severity: Severity
    text: str
    promised_at: datetime
    status: Status
    overdue: bool
    reply_owed: bool
    assignee_id: str | None
    assignee_name: str | None
    escalated_to_name: str | None
    first_reply_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    outcome: str | None
    compensation: Decimal
    compensation_kind: str | None
    follow_up_reached: bool | None
    satisfaction: int | None
    created_by_name: str
    station: str
    version: int

    @property
    def cursor(self) -> tuple[datetime, int]:
        return (self.received_at, self.num)

    @property
    def allowed_actions(self) -> list[Action]:
        return rules.allowed_actions(self.status)


class ComplaintEventView(Value):
    at: datetime
    actor_name: str
    action: str
    from_status: Status | None
    to_status: Status
    note: str
    data: str | None


class ComplaintDetail(Value):
    complaint: ComplaintView
    events: list[ComplaintEventView] = field(default_factory=list)
    # The settlement the latest escalation proposed, until the complaint is resolved or reopened.
    proposal: SettlementProposal | None = None


def pending_proposal(events: list[ComplaintEventView]) -> SettlementProposal | None:
    """The settlement proposed with the latest escalation and not yet acted on."""
    proposal = None
    for event in events:
        if event.action == Action.ESCALATE.value:
            data = json.loads(event.data) if event.data else {}
            found = data.get("proposal")
            proposal = SettlementProposal.from_data(found) if found else None
        elif event.action in (Action.RESOLVE.value, Action.REOPEN.value):
            proposal = None
    return proposal


class ComplaintFilter(Value):
    since: datetime | None = None
    until: datetime | None = None
    statuses: frozenset[Status] | None = None  # None: any
    overdue_only: bool = False
    category: ComplaintCategory | None = None
    severity: Severity | None = None
    assignee_id: str | None = None
    search: str = ""


class ComplaintPage(Value):
    rows: list[ComplaintView]
    next_cursor: tuple[datetime, int] | None


_assignee = person.alias("assignee")
_escalated = person.alias("escalated_to")
_creator = person.alias("creator")


def _select():
    c = complaint.c
    return (
        select(
            complaint,
            _assignee.c.name.label("assignee_name"),
            _escalated.c.name.label("escalated_to_name"),
            _creator.c.name.label("created_by_name"),
        )
        .select_from(complaint)
        .join(_creator, _creator.c.id == c.created_by_id)
        .outerjoin(_assignee, _assignee.c.id == c.assignee_id)
        .outerjoin(_escalated, _escalated.c.id == c.escalated_to_id)
    )


# A page converts a hundred rows: look the enums up rather than call them (several times faster).
_STATUS = {s.value: s for s in Status}
_CHANNEL = {c.value: c for c in Channel}
_CATEGORY = {c.value: c for c in ComplaintCategory}
_SEVERITY = {s.value: s for s in Severity}
_NO_MONEY = rules.from_cents(0)


def _view(row, now: datetime) -> ComplaintView:
    status = _STATUS[row.status]
    cents = row.compensation_cents
    return ComplaintView(
        id=row.id,
        num=row.num,
        received_at=row.received_at,
        channel=_CHANNEL[row.channel],
        guest_name=row.guest_name,
        room=row.room,
        contact=row.contact,
        category=_CATEGORY[row.category],
        severity=_SEVERITY[row.severity],
        text=row.text,
        promised_at=row.promised_at,
        status=status,
        overdue=rules.is_overdue(row.reply_owed, row.promised_at, now),
        reply_owed=row.reply_owed,
        assignee_id=row.assignee_id,
        assignee_name=row.assignee_name,
        escalated_to_name=row.escalated_to_name,
        first_reply_at=row.first_reply_at,
        resolved_at=row.resolved_at,
        closed_at=row.closed_at,
        outcome=row.outcome,
        compensation=rules.from_cents(cents) if cents else _NO_MONEY,
        compensation_kind=row.compensation_kind,
        follow_up_reached=row.follow_up_reached,
        satisfaction=row.satisfaction,
        created_by_name=row.created_by_name,
        station=row.station,
        version=row.version,
    )


def load_complaint(conn: Connection, complaint_id: str, now: datetime) -> ComplaintView | None:
    row = conn.execute(_select().where(complaint.c.id == complaint_id)).first()
    return _view(row, now) if row else None


def get_limit(conn: Connection) -> Decimal:
    value = read_setting(conn, "authority_limit")
    return Decimal(value) if value is not None else rules.DEFAULT_AUTHORITY_LIMIT


def list_complaints(
    desk: Desk,
    actor: Actor,
    flt: ComplaintFilter = ComplaintFilter(),
    *,
    after: tuple[datetime, int] | None = None,
    limit: int = PAGE_SIZE,
) -> ComplaintPage:
    """One keyset page of the register, newest first; names joined for the page's rows only."""
    now = desk.clock.now()
    c = complaint.c
    conds = []
    if flt.since is not None:
        conds.append(c.received_at >= flt.since)
    if flt.until is not None:
        conds.append(c.received_at < flt.until)
    if flt.statuses is not None:
        conds.append(c.status.in_(sorted(s.value for s in flt.statuses)))
    if flt.overdue_only:
        conds.append(_awaiting())
        conds.append(c.promised_at < now)
    if flt.category is not None:
        conds.append(c.category == flt.category.value)
    if flt.severity is not None:
        conds.append(c.severity == flt.severity.value)
    if flt.assignee_id is not None:
        conds.append(c.assignee_id == flt.assignee_id)
    query = parse_query(flt.search)
    if query is not None:
        conds.append(search_condition(desk.db.dialect, COMPLAINT_SEARCH, query))
    if after is not None:
        conds.append(before_cursor(c.received_at, c.num, after))
    order = (c.received_at.desc(), c.num.desc())
    page = select(c.num).where(and_(true(), *conds)).order_by(*order).limit(limit + 1)
    stmt = _select().where(c.num.in_(page.scalar_subquery())).order_by(*order)
    with desk.db.read() as conn:
        require(conn, actor)
        rows = [_view(r, now) for r in conn.execute(stmt)]
    more = len(rows) > limit
    rows = rows[:limit]
    return ComplaintPage(rows=rows, next_cursor=rows[-1].cursor if more and rows else None)


def complaint_id_of(desk: Desk, actor: Actor, num: int) -> str:
    """The complaint numbered ``num``: printed sheets and reports name complaints by number."""
    with desk.db.read() as conn:
        require(conn, actor)
        complaint_id = conn.execute(select(complaint.c.id).where(complaint.c.num == num)).scalar()
    if complaint_id is None:
        raise NotFound("There is no complaint no. {num}.", num=num)
    return complaint_id


def complaint_detail(desk: Desk, actor: Actor, complaint_id: str) -> ComplaintDetail:
    now = desk.clock.now()
    stmt = (
        select(complaint_event, person.c.name.label("actor_name"))
        .join(person, person.c.id == complaint_event.c.actor_id)
        .where(complaint_event.c.complaint_id == complaint_id)
        .order_by(complaint_event.c.version)
    )
    with desk.db.read() as conn:
        require(conn, actor)
        view = load_complaint(conn, complaint_id, now)
        if view is None:
            raise NotFound("No such complaint.")
        events = [
            ComplaintEventView(
                at=r.at,
                actor_name=r.actor_name,
                action=r.action,
                from_status=Status(r.from_status) if r.from_status else None,
                to_status=Status(r.to_status),
                note=r.note,
                data=r.data,
            )
            for r in conn.execute(stmt)
        ]
    return ComplaintDetail(complaint=view, events=events, proposal=pending_proposal(events))


def _awaiting():
    """Still owed a reply (see domain.complaints.is_overdue)."""
    return complaint.c.reply_owed.is_(True)


def overdue_count(desk: Desk) -> int:
    now = desk.clock.now()
    with desk.db.read() as conn:
        return conn.execute(
            select(func.count())
            .select_from(complaint)
            .where(_awaiting(), complaint.c.promised_at < now)
        ).scalar_one()


def open_complaints(desk: Desk, actor: Actor) -> list[ComplaintView]:
    """Complaints still awaiting a reply, soonest promise first (the open-items view)."""
    now = desk.clock.now()
    stmt = _select().where(_awaiting()).order_by(complaint.c.promised_at)
    with desk.db.read() as conn:
        require(conn, actor)
        return [_view(r, now) for r in conn.execute(stmt)]


def settled_between(
    desk: Desk, actor: Actor, start: datetime, end: datetime
) -> list[ComplaintView]:
    """Complaints resolved or closed from ``start`` to ``end`` (the handover's "closed during
    the shift"), in the order they were settled; two index ranges, not a pass over them all."""
    now = desk.clock.now()
    c = complaint.c
    settled = or_(
        and_(c.resolved_at >= start, c.resolved_at < end),
        and_(c.closed_at >= start, c.closed_at < end),
    )
    stmt = _select().where(settled).order_by(func.coalesce(c.resolved_at, c.closed_at), c.num)
    with desk.db.read() as conn:
        require(conn, actor)
        return [_view(r, now) for r in conn.execute(stmt)]


def due_soon(desk: Desk, actor: Actor) -> list[ComplaintView]:
    """Promises that expire within the reminder lead time (a setting) and have no reply yet."""
    now = desk.clock.now()
    lead = timedelta(minutes=get_settings(desk).complaint_reminder_minutes)
    stmt = (
        _select()
        .where(_awaiting(), complaint.c.promised_at >= now, complaint.c.promised_at <= now + lead)
        .order_by(complaint.c.promised_at)
    )
    with desk.db.read() as conn:
        require(conn, actor)
        return [_view(r, now) for r in conn.execute(stmt)]


def assignable_people(
    desk: Desk, actor: Actor, *, supervisors_only: bool = False
) -> list[tuple[str, str]]:
    """(id, name) of active people a complaint may be given or escalated to."""
    stmt = (
        select(person.c.id, person.c.name).where(person.c.active.is_(True)).order_by(person.c.name)
    )
    if supervisors_only:
        stmt = stmt.where(person.c.role.in_([Role.SUPERVISOR.value, Role.MANAGER.value]))
    with desk.db.read() as conn:
        require(conn, actor)
        return [(r.id, r.name) for r in conn.execute(stmt)]


def require_analyst(conn: Connection, actor: Actor) -> None:
    role = require(conn, actor)
    if not can(role, Capability.ANALYSE_COMPLAINTS):
        raise PermissionDenied("Complaint analysis is for supervisors and managers.")
