"""The daily duty report: every book over a period as plain sections, for the supervisor's
morning review (DESIGN rule 7) and for ``desk-app export report``.

Sections, each a :class:`~desk_app.domain.handover.rules.Section` the PDF and the workbook print as
they are:

- ``duty_log``: the period's entries in the order they happened; important ones flagged;
- ``complaints``: complaints received in the period; overdue ones flagged;
- ``lostfound``: lost-and-found movements (the log entries that link to a found item);
- ``key_movements``: every key issued, returned, lost, damaged or restored;
- ``handovers``: the handover sheets sealed in the period, with their seals;
- ``day_reviews``: each day of the period, who reviewed it and when (not reviewed: flagged);
- ``inspections``: the inspections made, failed items, acknowledgement, corrections still open.

And a :class:`~desk_app.domain.duty_summary.DutySummary`, the first page's totals per book:
entries by category, complaints opened / settled / overdue with the guests' satisfaction,
found items in / returned / disposed, key movements by kind and keys overdue, handovers sealed
and the discrepancies they noted.

Who may make it: a supervisor or a manager (``REVIEW_LOG``). With no actor, the command line
makes it: whoever runs ``desk-app --db FILE export report`` already holds the database file and
could read every row of it with any SQLite tool, so asking for a sign-in there would protect
nothing (the same reasoning as :func:`desk_app.services.handover.sheet.sealed_sheet`).

Everything is read in one read transaction with connection-level queries on indexed ranges
(``at``/``received_at``/``resolved_at``/``closed_at``/``found_at``/``returned_at``/
``decided_at``/``sealed_at``, and the overdue complaints by ``ix_complaint_reply_owed_promised_at``),
so the sections and totals agree with each other and a few days of a 3-year file never read a
whole table (``tests/services/test_duty_report_summary.py`` checks the plans). The one exception
is the key board (``key_asset``, a row per physical key, not a history): its overdue keys are
counted over it.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime

from sqlalchemy import Connection, Select, func, select

from desk_app.domain.book_lines import said
from desk_app.domain.complaints import is_overdue
from desk_app.domain.duty_summary import DutySummary
from desk_app.domain.handover.rules import (
    COMMAND_LINE,
    DutyReport,
    HandoverState,
    Section,
    check_report_period,
)
from desk_app.domain.keys import KeyState, Movement
from desk_app.domain.log import Category
from desk_app.domain.lostfound.rules import Decision
from desk_app.domain.roles import Capability
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.handover.views import read_policy
from desk_app.services.keys.views import MovementView, movements_between
from desk_app.services.supervision.report_sections import inspection_section, review_section
from desk_app.store.tables import (
    complaint,
    handover,
    key_asset,
    lf_disposal,
    lf_item,
    lf_return,
    log_entry,
    person,
)

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
            e.message,
            e.message_values,
            e.important,
            e.lf_item_id,
            person.c.name.label("author_name"),
        )
        .join(person, person.c.id == e.author_id)
        .where(e.at >= start, e.at < end)
        .order_by(e.at, e.num)
    ).all()


def log_sections(conn: Connection, start: datetime, end: datetime) -> tuple[Section, Section]:
    entries = _log_rows(conn, start, end)
    log_section = Section(
        "duty_log",
        # The important entries are the flagged rows (red): no column repeating "No" on the others.
        ("num", "at", "category", "room", "text", "author"),
        tuple(
            (
                r.num,
                r.at,
                r.category,
                r.room,
                said(r.text, r.message, r.message_values),
                r.author_name,
            )
            for r in entries
        ),
        flagged=tuple(i for i, r in enumerate(entries) if r.important),
        coded=("category",),
    )
    lostfound_section = Section(
        "lostfound",
        ("at", "text", "author"),
        tuple(
            (r.at, said(r.text, r.message, r.message_values), r.author_name)
            for r in entries
            if r.lf_item_id is not None
        ),
    )
    return log_section, lostfound_section


def complaint_section(conn: Connection, start: datetime, end: datetime, now: datetime) -> Section:
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


def _key_section(moves: list[MovementView]) -> Section:
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


def _sealed_rows(conn: Connection, start: datetime, end: datetime) -> list:
    h = handover.c
    return conn.execute(
        select(
            h.num,
            h.shift_start,
            h.shift_end,
            _outgoing.c.name.label("outgoing"),
            _incoming.c.name.label("incoming"),
            h.seal,
            h.content,
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


def _handover_section(rows: list) -> Section:
    return Section(
        "handovers",
        ("num", "shift_start", "shift_end", "outgoing", "incoming", "seal"),
        tuple((r.num, r.shift_start, r.shift_end, r.outgoing, r.incoming, r.seal) for r in rows),
    )


# --- the totals ----------------------------------------------------------------------------------


def summary_queries(start: datetime, end: datetime, now: datetime) -> dict[str, Select]:
    """The totals the sections' rows do not give, each one indexed range (see the module)."""
    c, i, r, d = complaint.c, lf_item.c, lf_return.c, lf_disposal.c
    count = func.count()
    return {
        "complaints_opened": select(count).where(c.received_at >= start, c.received_at < end),
        "complaints_settled": select(count).where(c.resolved_at >= start, c.resolved_at < end),
        "complaints_overdue": select(count).where(c.reply_owed.is_(True), c.promised_at < now),
        "satisfaction": select(func.count(c.satisfaction), func.avg(c.satisfaction)).where(
            c.closed_at >= start, c.closed_at < end
        ),
        "found_in": select(count).where(i.found_at >= start, i.found_at < end),
        "found_returned": select(count).where(r.returned_at >= start, r.returned_at < end),
        "found_disposed": select(count).where(
            d.decided_at >= start, d.decided_at < end, d.decision == Decision.APPROVED.value
        ),
        "keys_overdue": select(count).where(
            key_asset.c.state == KeyState.OUT.value, key_asset.c.expected_back < now
        ),
    }


def _discrepancies(content: str | None) -> int:
    """The discrepancies a sealed sheet noted: the rows of its "discrepancies" section."""
    if not content:
        return 0
    sections = json.loads(content).get("sections", [])
    return sum(len(s.get("rows", [])) for s in sections if s.get("key") == "discrepancies")


def _summary(
    conn: Connection,
    start: datetime,
    end: datetime,
    now: datetime,
    log_section: Section,
    moves: list[MovementView],
    sealed: list,
) -> DutySummary:
    q = {k: conn.execute(stmt).one() for k, stmt in summary_queries(start, end, now).items()}
    categories = Counter(row[2] for row in log_section.rows)
    kinds = Counter(m.kind.value for m in moves)
    rated, average = q["satisfaction"]
    return DutySummary(
        entries=len(log_section.rows),
        important=len(log_section.flagged),
        entries_by_category=tuple(
            (cat.value, categories[cat.value]) for cat in Category if categories[cat.value]
        ),
        complaints_opened=q["complaints_opened"][0],
        complaints_settled=q["complaints_settled"][0],
        complaints_overdue=q["complaints_overdue"][0],
        satisfaction_average=None if not rated else float(average),
        satisfaction_count=rated,
        found_in=q["found_in"][0],
        found_returned=q["found_returned"][0],
        found_disposed=q["found_disposed"][0],
        key_movements=len(moves),
        key_movements_by_kind=tuple((k.value, kinds[k.value]) for k in Movement if kinds[k.value]),
        keys_overdue=q["keys_overdue"][0],
        handovers_sealed=len(sealed),
        discrepancies=sum(_discrepancies(r.content) for r in sealed),
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
        log_section, lostfound_section = log_sections(conn, start, end)
        moves = movements_between(conn, start, end)
        sealed = _sealed_rows(conn, start, end)
        sections = (
            log_section,
            complaint_section(conn, start, end, now),
            lostfound_section,
            _key_section(moves),
            _handover_section(sealed),
            # The days worked in the period: those its log has entries on.
            review_section(conn, (r[1].astimezone().date() for r in log_section.rows), now),
            inspection_section(conn, start, end, now),
        )
        summary = _summary(conn, start, end, now, log_section, moves, sealed)
    return DutyReport(
        station=desk.station,
        property_name=policy.property_name,
        period_start=start,
        period_end=end,
        made_at=now,
        made_by=actor.name if actor is not None else COMMAND_LINE,
        sections=sections,
        summary=summary,
    )
