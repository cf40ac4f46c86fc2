"""Complaints' writers: intake and each step of a complaint's life, inside the caller's unit of work.

Every step is one transaction that changes the complaint, appends its history event and writes a
duty-log entry of category complaint linking to it, so the log stays the one chronological book.
A step names the version it was decided on; if another station moved the complaint meanwhile the
step is refused and the caller shown the complaint as it now is.

The use cases that open the transaction are in ``complaints.commands`` and the reads in
``complaints.views``; the demo generator writes through these writers too.

"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, bindparam, func, select

from desk_app.domain import complaints as rules
from desk_app.domain.book_lines import line as book_line
from desk_app.domain.chain import canonical
from desk_app.domain.complaints import (
    Action,
    Severity,
    Status,
)
from desk_app.domain.errors import ConflictError, NotFound, ValidationError
from desk_app.domain.log import Category, program_entry
from desk_app.domain.roles import Role
from desk_app.services.complaints.views import get_limit
from desk_app.services.log.writes import next_entry_num, write_entry
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.tables import complaint, complaint_event, person
from desk_app.store.types import new_id

_MAX_NUM = select(func.max(complaint.c.num))
_BY_ID = select(complaint).where(complaint.c.id == bindparam("complaint_id"))
_ACTIVE_PERSON = select(person.c.id, person.c.name, person.c.role, person.c.active).where(
    person.c.id == bindparam("person_id")
)


# --------------------------------------------------------------------------------------------
# Connection-level writes, shared by the use cases (complaints.commands) and the demo generator
# (as ``services.log.writes.write_entry`` is): every rule of intake and of each step is applied
# here, once.
# The caller holds the write transaction and its ``JournalWriter`` (taken first, so numbers and
# checks are decided under the journal lock) and flushes the writer.
# --------------------------------------------------------------------------------------------


def _write_log(
    conn: Connection,
    w: JournalWriter,
    *,
    complaint_row: Mapping[str, Any],
    step: str,
    text: str,
    actor_id: str,
    station: str,
    at: datetime,
    num: int | None,
) -> str:
    """The step, written into the duty log as an entry of category complaint linking to it: the
    step's sentence in the reader's language with the clerk's note as typed."""
    draft = program_entry(
        category=Category.COMPLAINT,
        line=book_line(f"complaint.{step}", num=complaint_row["num"], note=text),
        room=complaint_row["room"],
        party=complaint_row["guest_name"],
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
        step="intake",
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
    pin_confirmed: bool = False,
) -> dict[str, Any]:
    """One step of a complaint's life: every rule checked, then the complaint updated, its history
    event and its duty-log entry written. Refused (and nothing written by it) when the complaint
    is no longer at ``expected_version``, the step makes no sense from its state, or a rule of the
    step is broken. ``role`` is the actor's role as the caller checked it; ``limit`` the authority
    limit (None reads the setting); ``pin_confirmed`` that the caller checked the actor's PIN (a
    settlement above the limit needs it). An escalation may carry the settlement proposed
    (``outcome``, ``compensation``, ``compensation_kind``), kept in its history event. Returns the
    complaint's row as now stored.
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
        proposal = rules.validate_proposal(outcome, compensation, compensation_kind)
        if proposal is not None:
            data["proposal"] = proposal.as_data()
    elif step is Action.REPLY:
        if current.first_reply_at is None:
            changes["first_reply_at"] = at
    elif step is Action.RESOLVE:
        amount = rules.parse_money(compensation)
        limit = get_limit(conn) if limit is None else limit
        rules.check_settlement(
            role, Severity(current.severity), amount, limit, pin_confirmed=pin_confirmed
        )
        kind = rules.validate_compensation_kind(compensation_kind, amount)
        changes.update(
            outcome=rules.require_text(outcome, "outcome", "Write how the complaint was resolved."),
            # A complaint resolved again after a reopening adds to what was already given: the
            # register and the analysis count every settlement (each one is in the history).
            compensation_cents=(current.compensation_cents or 0) + rules.to_cents(amount),
            compensation_kind=kind,
            resolved_at=at,
            resolved_by_id=actor_id,
        )
        if current.first_reply_at is None:
            changes["first_reply_at"] = at
        data.update(compensation=str(amount), kind=changes["compensation_kind"])
        if rules.settlement_needs_pin(role, amount, limit):
            data["confirmed_with_pin"] = True
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
        step=step.value,
        text=note,
        actor_id=actor_id,
        station=station,
        at=at,
        num=log_num,
    )
    return row
