"""The complaints register's use cases: intake and each step of a complaint.

Every step is one unit of work that changes the complaint, appends its history event and writes a
duty-log entry linking to it (the writers in ``complaints.writes``); the reads are in
``complaints.views``.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from desk_app.domain import complaints as rules
from desk_app.domain.roles import Capability
from desk_app.services import accounts
from desk_app.services.complaints.views import ComplaintView, load_complaint
from desk_app.services.complaints.writes import parse_action, write_intake, write_step
from desk_app.services.desk import Actor, Desk
from desk_app.services.unit_of_work import unit_of_work

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
    # the journal lock first: numbers and checks under it
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        conn, w = work.conn, work.journal
        row = write_intake(conn, w, draft=draft, actor_id=actor.id, station=desk.station, at=now)
        view = load_complaint(conn, row["id"], now)
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
    pin: str | None = None,
) -> ComplaintView:
    """One step of the complaint's life. ``note`` is what the log and the history say of it;
    ``promised_at`` is the new promise a reopened complaint needs. An escalation may carry the
    settlement proposed (``outcome``, ``compensation``, ``compensation_kind``: what a clerk typed
    and may not settle). ``pin`` is the actor's PIN confirming a settlement above the authority
    limit: checked as signing in checks it (a wrong one counts towards the lock-out and is refused
    with ``AuthenticationFailed``)."""
    now = desk.clock.now()
    # Plain input mistakes are told before the journal lock is taken (write_step checks again).
    parse_action(action)
    rules.require_text(note, "note", "Write a note for this step: it goes into the duty log.")
    pin_confirmed = False
    if pin:
        # Its own transaction: a wrong PIN is counted even though the step is refused.
        accounts.confirm_pin(desk, actor, pin)
        pin_confirmed = True
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        conn, w = work.conn, work.journal
        role = work.role
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
            pin_confirmed=pin_confirmed,
        )
        view = load_complaint(conn, complaint_id, now)
    assert view is not None
    return view
