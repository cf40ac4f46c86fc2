"""The daily duty report: every book over a period as plain sections, for the supervisor's
morning review (DESIGN rule 7) and for ``desk-app export report``.

Sections, each a :class:`~desk_app.domain.handover.Section` the PDF and the workbook print as
they are:

- ``duty_log``: the period's entries in the order they happened; important ones flagged;
- ``complaints``: complaints received in the period; overdue ones flagged;
- ``lostfound``: lost-and-found movements (the log entries that link to a found item);
- ``key_movements``: every key issued, returned, lost, damaged or restored;
- ``handovers``: the handover sheets sealed in the period, with their seals.

Who may make it: a supervisor or a manager (``REVIEW_LOG``). With no actor, the command line
makes it: whoever runs ``desk-app --db FILE export report`` already holds the database file and
could read every row of it with any SQLite tool, so asking for a sign-in there would protect
nothing (the same reasoning as :func:`desk_app.services.handover.sealed_sheet`).

Everything is read in one read transaction with connection-level queries on indexed ranges
(``at``/``received_at``/``sealed_at``), so the sections agree with each other.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, select

from desk_app.domain.complaints import is_overdue
from desk_app.domain.handover import DutyReport, HandoverState, Section, check_report_period
from desk_app.domain.roles import Capability
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.handover_views import read_policy
from desk_app.services.keys_views import movements_between
from desk_app.store.tables import complaint, handover, log_entry, person

COMMAND_LINE = "desk-app (command line)"

_outgoing = person.alias("outgoing")
_incoming = person.alias("incoming")


def _log_rows(conn: Connection, start: datetime, end: datetime) -> list:
    e = log_entry.c
    return conn.execute(
        select(
            e.num,
            e.at,
            e.category,
            e.room,
            e.text,
            e.important,
            e.lf_item_id,
            person.c.name.label("author_name"),
        )
        .join(person, person.c.id == e.author_id)
        .where(e.at >= start, e.at < end)
        .order_by(e.at, e.num)
    ).all()


def _log_sections(conn: Connection, start: datetime, end: datetime) -> tuple[Section, Section]:
    entries = _log_rows(conn, start, end)
    log_section = Section(
        "duty_log",
        ("num", "at", "category", "room", "text", "author", "important"),
        tuple(
            (r.num, r.at, r.category, r.room, r.text, r.author_name, bool(r.important))
            for r in entries
        ),
        flagged=tuple(i for i, r in enumerate(entries) if r.important),
        coded=("category",),
    )
    lostfound_section = Section(
        "lostfound",
        ("at", "text", "author"),
        tuple((r.at, r.text, r.author_name) for r in entries if r.lf_item_id is not None),
    )
    return log_section, lostfound_section


def _complaint_section(conn: Connection, start: datetime, end: datetime, now: datetime) -> Section:
    c = complaint.c
    rows = conn.execute(
        select(
            c.num,
            c.received_at,
            c.guest_name,
            c.room,
            c.category,
            c.status,
            c.promised_at,
            c.reply_owed,
        )
        .where(c.received_at >= start, c.received_at < end)
        .order_by(c.received_at, c.num)
    ).all()
    return Section(
        "complaints",
        ("num", "received", "guest", "room", "category", "status", "promised"),
        tuple(
            (r.num, r.received_at, r.guest_name, r.room, r.category, r.status, r.promised_at)
            for r in rows
        ),
        flagged=tuple(
            i for i, r in enumerate(rows) if is_overdue(r.reply_owed, r.promised_at, now)
        ),
        coded=("category", "status"),
    )


def _key_section(conn: Connection, start: datetime, end: datetime) -> Section:
    moves = movements_between(conn, start, end)
    return Section(
        "key_movements",
        ("at", "kind", "code", "label", "holder", "purpose", "expected_back"),
        tuple(
            (
                m.at,
                m.kind.value,
                m.key_code,
                m.key_label,
                m.holder_name,
                m.purpose,
                m.expected_back,
            )
            for m in moves
        ),
        coded=("kind",),
    )


def _handover_section(conn: Connection, start: datetime, end: datetime) -> Section:
    h = handover.c
    rows = conn.execute(
        select(
            h.num,
            h.shift_start,
            h.shift_end,
            _outgoing.c.name.label("outgoing"),
            _incoming.c.name.label("incoming"),
            h.seal,
        )
        .join(_outgoing, _outgoing.c.id == h.outgoing_id)
        .outerjoin(_incoming, _incoming.c.id == h.incoming_id)
        .where(
            h.state == HandoverState.SEALED.value,
            h.sealed_at >= start,
            h.sealed_at < end,
        )
        .order_by(h.sealed_at, h.num)
    ).all()
    return Section(
        "handovers",
        ("num", "shift_start", "shift_end", "outgoing", "incoming", "seal"),
        tuple((r.num, r.shift_start, r.shift_end, r.outgoing, r.incoming, r.seal) for r in rows),
    )


def duty_report(desk: Desk, actor: Actor | None, start: datetime, end: datetime) -> DutyReport:
    """Every book from ``start`` (inclusive) to ``end`` (exclusive). ``actor`` None: the
    command line (see the module's note); otherwise the actor needs ``REVIEW_LOG``."""
    check_report_period(start, end)
    now = desk.clock.now()
    with desk.db.read() as conn:
        if actor is not None:
            require(conn, actor, Capability.REVIEW_LOG)
        policy = read_policy(conn)
        log_section, lostfound_section = _log_sections(conn, start, end)
        sections = (
            log_section,
            _complaint_section(conn, start, end, now),
            lostfound_section,
            _key_section(conn, start, end),
            _handover_section(conn, start, end),
        )
    return DutyReport(
        station=desk.station,
        property_name=policy.property_name,
        period_start=start,
        period_end=end,
        made_at=now,
        made_by=actor.name if actor is not None else COMMAND_LINE,
        sections=sections,
    )
