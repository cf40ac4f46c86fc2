"""Complaints: intake, each step of their life, the register, and the overdue promises.

Every step is one transaction that changes the complaint, appends its history event and writes a
duty-log entry of category complaint linking to it, so the log stays the one chronological book.
A step names the version it was decided on; if another station moved the complaint meanwhile the
step is refused and the caller shown the complaint as it now is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, or_, select, true

from desk_app.domain import complaints as rules
from desk_app.domain.chain import canonical
from desk_app.domain.complaints import (
    Action,
    Channel,
    ComplaintCategory,
    Severity,
    Status,
)
from desk_app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desk_app.domain.log import Category, validate_entry
from desk_app.domain.roles import Capability, Role, can
from desk_app.domain.search import parse_query
from desk_app.services.desk import Actor, Desk, require, writer
from desk_app.services.log import next_entry_num, write_entry
from desk_app.services.settings import get_settings, read_setting
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.paging import before_cursor
from desk_app.store.search import COMPLAINT_SEARCH, search_condition
from desk_app.store.tables import complaint, complaint_event, person
from desk_app.store.types import new_id

PAGE_SIZE = 100


@dataclass(frozen=True)
class ComplaintView:
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


@dataclass(frozen=True)
class ComplaintEventView:
    at: datetime
    actor_name: str
    action: str
    from_status: Status | None
    to_status: Status
    note: str
    data: str | None


@dataclass(frozen=True)
class ComplaintDetail:
    complaint: ComplaintView
    events: list[ComplaintEventView] = field(default_factory=list)


@dataclass(frozen=True)
class ComplaintFilter:
    since: datetime | None = None
    until: datetime | None = None
    statuses: frozenset[Status] | None = None  # None: any
    overdue_only: bool = False
    category: ComplaintCategory | None = None
    severity: Severity | None = None
    assignee_id: str | None = None
    search: str = ""


@dataclass(frozen=True)
class ComplaintPage:
    rows: list[ComplaintView]
    next_cursor: tuple[datetime, int] | None


_assignee = person.alias("assignee")
_escalated = person.alias("escalated_to")
_creator = person.alias("creator")
_MAX_NUM = select(func.max(complaint.c.num))
_BY_ID = select(complaint).where(complaint.c.id == bindparam("complaint_id"))
_ACTIVE_PERSON = select(person.c.id, person.c.name, person.c.role, person.c.active).where(
    person.c.id == bindparam("person_id")
)


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


def _load(conn: Connection, complaint_id: str, now: datetime) -> ComplaintView | None:
    row = conn.execute(_select().where(complaint.c.id == complaint_id)).first()
    return _view(row, now) if row else None


# --------------------------------------------------------------------------------------------
# Connection-level writes, shared by the services below and the demo generator (as
# ``services.log.write_entry`` is): every rule of intake and of each step is applied here, once.
# The caller holds the write transaction and its ``JournalWriter`` (taken first, so numbers and
# checks are decided under the journal lock) and flushes the writer.
# --------------------------------------------------------------------------------------------


def _write_log(
    conn: Connection,
    w: JournalWriter,
    *,
    complaint_row: Mapping[str, Any],
    text: str,
    actor_id: str,
    station: str,
    at: datetime,
    num: int | None,
) -> str:
    """The step, written into the duty log as an entry of category complaint linking to it."""
    draft = validate_entry(
        category=Category.COMPLAINT.value,
        text=text,
        room=complaint_row["room"],
        party=complaint_row["guest_name"],
        now=at,
    )
    if num is None:
        num = next_entry_num(conn)
    entry_id, _follow_up = write_entry(
        conn,
        w,
        draft=draft,
        author_id=actor_id,
        station=station,
        at=at,
        num=num,
        complaint_id=complaint_row["id"],
    )
    return entry_id


def _write_event(
    conn: Connection,
    w: JournalWriter,
    *,
    complaint_id: str,
    actor_id: str,
    action: str,
    from_status: Status | None,
    to_status: Status,
    note: str,
    data: dict | None,
    at: datetime,
    version: int,
) -> None:
    insert_journaled(
        conn,
        w,
        complaint_event,
        {
            "id": new_id(),
            "complaint_id": complaint_id,
            # The complaint's version after the step: the history's order, even within a second.
            "version": version,
            "at": at,
            "actor_id": actor_id,
            "action": action,
            "from_status": from_status.value if from_status else None,
            "to_status": to_status.value,
            "note": note,
            "data": canonical(data) if data else None,
        },
        at,
    )


def write_intake(
    conn: Connection,
    w: JournalWriter,
    *,
    draft: rules.ComplaintDraft,
    actor_id: str,
    station: str,
    at: datetime,
    num: int | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    """Insert a validated complaint, its "intake" history event and its duty-log entry.

    ``num`` and ``log_num`` are the register's and the log's next numbers; None reads them (a
    caller writing many rows in one transaction counts them itself). Returns the row as stored.
    """
    if num is None:
        num = (conn.execute(_MAX_NUM).scalar() or 0) + 1
    row: dict[str, Any] = {
        "id": new_id(),
        "num": num,
        "received_at": draft.received_at,
        "channel": draft.channel.value,
        "guest_name": draft.guest_name,
        "room": draft.room,
        "contact": draft.contact,
        "category": draft.category.value,
        "severity": draft.severity.value,
        "text": draft.text,
        "promised_at": draft.promised_at,
        "status": Status.RECEIVED.value,
        "assignee_id": None,
        "escalated_to_id": None,
        "reply_owed": True,
        "first_reply_at": None,
        "resolved_at": None,
        "closed_at": None,
        "outcome": None,
        "compensation_cents": None,
        "compensation_kind": None,
        "resolved_by_id": None,
        "follow_up_reached": None,
        "satisfaction": None,
        "created_by_id": actor_id,
        "station": station,
        "version": 1,
    }
    insert_journaled(conn, w, complaint, row, at)
    _write_event(
        conn,
        w,
        complaint_id=row["id"],
        actor_id=actor_id,
        action="intake",
        from_status=None,
        to_status=Status.RECEIVED,
        note=draft.text,
        data={"promised_at": draft.promised_at.isoformat()},
        at=at,
        version=1,
    )
    _write_log(
        conn,
        w,
        complaint_row=row,
        text=draft.text,
        actor_id=actor_id,
        station=station,
        at=at,
        num=log_num,
    )
    return row


def _person(conn: Connection, person_id: str | None, field_name: str):
    if not person_id:
        raise ValidationError("Choose a person.", field=field_name)
    row = conn.execute(_ACTIVE_PERSON, {"person_id": person_id}).first()
    if row is None:
        raise ValidationError("That person does not exist.", field=field_name)
    if not row.active:
        raise ValidationError(
            "{name} is no longer active; choose someone on the staff.",
            field=field_name,
            name=row.name,
        )
    return row


def parse_action(action: str | Action) -> Action:
    try:
        return Action(action)
    except ValueError:
        raise ValidationError("Unknown step: {action}.", field="action", action=action) from None


def write_step(
    conn: Connection,
    w: JournalWriter,
    *,
    complaint_id: str,
    action: str | Action,
    expected_version: int,
    actor_id: str,
    role: Role,
    station: str,
    at: datetime,
    note: str,
    limit: Decimal | None = None,
    assignee_id: str | None = None,
    escalate_to_id: str | None = None,
    outcome: str | None = None,
    compensation: str | Decimal | None = None,
    compensation_kind: str | None = None,
    reached: bool | None = None,
    satisfaction: int | None = None,
    promised_at: datetime | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    """One step of a complaint's life: every rule checked, then the complaint updated, its history
    event and its duty-log entry written. Refused (and nothing written by it) when the complaint
    is no longer at ``expected_version``, the step makes no sense from its state, or a rule of the
    step is broken. ``role`` is the actor's role as the caller checked it; ``limit`` the authority
    limit (None reads the setting). Returns the complaint's row as now stored.
    """
    step = parse_action(action)
    note = rules.require_text(
        note, "note", "Write a note for this step: it goes into the duty log."
    )
    current = conn.execute(_BY_ID, {"complaint_id": complaint_id}).first()
    if current is None:
        raise NotFound("No such complaint.")
    if current.version != expected_version:
        raise ConflictError(
            "Complaint #{num} was changed at another station meanwhile; "
            "it is shown as it is now. Look again before acting.",
            num=current.num,
        )
    status = Status(current.status)
    target = rules.next_status(status, step)
    changes: dict[str, Any] = {
        "status": target.value,
        "version": current.version + 1,
        "reply_owed": rules.reply_owed_after(step, current.reply_owed),
    }
    data: dict[str, Any] = {}
    if step is Action.ASSIGN:
        who = _person(conn, assignee_id, "assignee")
        changes["assignee_id"] = who.id
        data["assignee"] = who.name
    elif step is Action.ESCALATE:
        who = _person(conn, escalate_to_id, "escalate_to")
        if Role(who.role) is Role.CLERK:
            raise ValidationError("Escalate to a supervisor or a manager.", field="escalate_to")
        changes["escalated_to_id"] = who.id
        data["escalated_to"] = who.name
    elif step is Action.REPLY:
        if current.first_reply_at is None:
            changes["first_reply_at"] = at
    elif step is Action.RESOLVE:
        amount = rules.parse_money(compensation)
        rules.check_settlement(
            role,
            Severity(current.severity),
            amount,
            get_limit(conn) if limit is None else limit,
        )
        if amount > 0 and not (compensation_kind or "").strip():
            raise ValidationError(
                "Say what the compensation is (refund, discount, voucher…).",
                field="compensation_kind",
            )
        changes.update(
            outcome=rules.require_text(outcome, "outcome", "Write how the complaint was resolved."),
            # A complaint resolved again after a reopening adds to what was already given: the
            # register and the analysis count every settlement (each one is in the history).
            compensation_cents=(current.compensation_cents or 0) + rules.to_cents(amount),
            compensation_kind=(compensation_kind or "").strip() or None,
            resolved_at=at,
            resolved_by_id=actor_id,
        )
        if current.first_reply_at is None:
            changes["first_reply_at"] = at
        data.update(compensation=str(amount), kind=changes["compensation_kind"])
    elif step is Action.FOLLOW_UP:
        was_reached = bool(reached)
        changes["follow_up_reached"] = was_reached
        changes["satisfaction"] = rules.validate_satisfaction(satisfaction, was_reached)
        data.update(reached=was_reached, satisfaction=changes["satisfaction"])
    elif step is Action.CLOSE:
        changes["closed_at"] = at
    elif step is Action.REOPEN:
        # Reopened, the guest is owed a reply again: a new promise, or it would be overdue at once.
        promise = rules.validate_new_promise(promised_at, at)
        changes.update(
            closed_at=None,
            resolved_at=None,
            follow_up_reached=None,
            satisfaction=None,
            promised_at=promise,
        )
        data["promised_at"] = promise.isoformat()
    row = update_journaled(conn, w, complaint, dict(current._mapping), changes, at)
    _write_event(
        conn,
        w,
        complaint_id=complaint_id,
        actor_id=actor_id,
        action=step.value,
        from_status=status,
        to_status=target,
        note=note,
        data=data or None,
        at=at,
        version=changes["version"],
    )
    _write_log(
        conn,
        w,
        complaint_row=row,
        text=note,
        actor_id=actor_id,
        station=station,
        at=at,
        num=log_num,
    )
    return row


# --------------------------------------------------------------------------------------------
# Use cases: one transaction each.
# --------------------------------------------------------------------------------------------


def intake(
    desk: Desk,
    actor: Actor,
    *,
    received_at: datetime | None = None,
    channel: str,
    guest_name: str,
    room: str = "",
    contact: str = "",
    category: str,
    severity: str,
    text: str,
    promised_at: datetime | None,
) -> ComplaintView:
    """Record a complaint while the guest waits. The promised reply time is mandatory."""
    now = desk.clock.now()
    draft = rules.validate_intake(
        received_at=received_at or now,
        channel=channel,
        guest_name=guest_name,
        room=room,
        contact=contact,
        category=category,
        severity=severity,
        text=text,
        promised_at=promised_at,
        now=now,
    )
    with desk.db.write() as conn:
        w = writer(conn, desk, actor)  # the journal lock first: numbers and checks under it
        require(conn, actor, Capability.KEEP_LOG)
        row = write_intake(conn, w, draft=draft, actor_id=actor.id, station=desk.station, at=now)
        w.flush()
        view = _load(conn, row["id"], now)
    assert view is not None
    return view


def act(
    desk: Desk,
    actor: Actor,
    complaint_id: str,
    action: str,
    *,
    expected_version: int,
    note: str,
    assignee_id: str | None = None,
    escalate_to_id: str | None = None,
    outcome: str | None = None,
    compensation: str | Decimal | None = None,
    compensation_kind: str | None = None,
    reached: bool | None = None,
    satisfaction: int | None = None,
    promised_at: datetime | None = None,
) -> ComplaintView:
    """One step of the complaint's life. ``note`` is what the log and the history say of it;
    ``promised_at`` is the new promise a reopened complaint needs."""
    now = desk.clock.now()
    # Plain input mistakes are told before the journal lock is taken (write_step checks again).
    parse_action(action)
    rules.require_text(note, "note", "Write a note for this step: it goes into the duty log.")
    with desk.db.write() as conn:
        w = writer(conn, desk, actor)
        role = require(conn, actor, Capability.KEEP_LOG)
        write_step(
            conn,
            w,
            complaint_id=complaint_id,
            action=action,
            expected_version=expected_version,
            actor_id=actor.id,
            role=role,
            station=desk.station,
            at=now,
            note=note,
            assignee_id=assignee_id,
            escalate_to_id=escalate_to_id,
            outcome=outcome,
            compensation=compensation,
            compensation_kind=compensation_kind,
            reached=reached,
            satisfaction=satisfaction,
            promised_at=promised_at,
        )
        w.flush()
        view = _load(conn, complaint_id, now)
    assert view is not None
    return view


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
        view = _load(conn, complaint_id, now)
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
    return ComplaintDetail(complaint=view, events=events)


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
