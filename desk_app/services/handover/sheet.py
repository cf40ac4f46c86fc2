"""The handover sheet itself: compiled live from every book while a draft, read back exactly
as sealed afterwards. The reports print it as it comes from here.

"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from desk_app.domain.book_lines import BookLine
from desk_app.domain.errors import NotFound
from desk_app.domain.handover import counts as counting
from desk_app.domain.handover.rules import (
    HandoverSheet,
    HandoverState,
    Meaning,
    Section,
    Signer,
    is_takeover,
)
from desk_app.domain.keys import KeyState
from desk_app.domain.local_name import LocalName
from desk_app.domain.roles import Capability
from desk_app.domain.signature import Signature, strokes_to_json
from desk_app.services.complaints import views as complaints_views
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.handover.views import (
    HandoverPolicy,
    HandoverView,
    load_handover,
    read_policy,
)
from desk_app.services.keys import views as keys_views
from desk_app.services.log import views as log_views
from desk_app.services.supervision.sheet_sections import after_seal
from desk_app.store.tables import handover, handover_signature, person


def _all_entries(desk: Desk, actor: Actor, start: datetime, end: datetime) -> list:
    rows, cursor = [], None
    flt = log_views.LogFilter(since=start, until=end)
    while True:
        page = log_views.list_entries(desk, actor, flt, after=cursor)
        rows += page.rows
        cursor = page.next_cursor
        if cursor is None:
            return list(reversed(rows))  # the shift in the order it happened


def compile_sections(
    desk: Desk, actor: Actor, view: HandoverView, policy: HandoverPolicy
) -> tuple[Section, ...]:
    """Every book's part of the shift, as plain tables (the reports print them as they are)."""
    start, end = view.shift_start, view.shift_end
    entries = _all_entries(desk, actor, start, end)
    # The important entries are the flagged rows (red): no column repeating "No" on the others.
    log_section = Section(
        "log",
        ("num", "at", "category", "room", "text", "author"),
        tuple(
            (e.num, e.at, e.category.value, e.room, e.line or e.text, e.author_name)
            for e in entries
        ),
        flagged=tuple(i for i, e in enumerate(entries) if e.important),
        coded=("category",),
    )
    follow_ups = log_views.open_follow_ups(desk, actor)
    follow_up_section = Section(
        "follow_ups",
        ("num", "due", "text", "owner"),
        tuple((f.entry_num, f.due_at, f.entry_text, f.owner_name) for f in follow_ups),
        flagged=tuple(i for i, f in enumerate(follow_ups) if f.overdue),
    )
    opened = complaints_views.list_complaints(
        desk, actor, complaints_views.ComplaintFilter(since=start, until=end), limit=500
    ).rows
    # Opened during the shift, then those settled during it, then those still awaiting a reply.
    listed = list(reversed(opened))
    for more in (
        complaints_views.settled_between(desk, actor, start, end),
        complaints_views.open_complaints(desk, actor),
    ):
        shown = {c.id for c in listed}
        listed += [c for c in more if c.id not in shown]
    complaint_section = Section(
        "complaints",
        ("num", "received", "guest", "room", "category", "status", "promised"),
        tuple(
            (
                c.num,
                c.received_at,
                c.guest_name,
                c.room,
                c.category.value,
                c.status.value,
                c.promised_at,
            )
            for c in listed
        ),
        flagged=tuple(i for i, c in enumerate(listed) if c.overdue),
        coded=("category", "status"),
    )
    lostfound_section = Section(
        "lostfound",
        ("at", "text", "author"),
        tuple((e.at, e.line or e.text, e.author_name) for e in entries if e.lf_item_id),
    )
    out = [k for k in keys_views.board(desk, actor) if k.state is KeyState.OUT]
    keys_section = Section(
        "keys_out",
        ("code", "label", "holder", "since", "expected_back"),
        tuple((k.code, k.label, k.holder_name, k.out_since, k.expected_back) for k in out),
        flagged=tuple(i for i, k in enumerate(out) if k.overdue),
    )
    count = keys_views.last_count(desk, actor)
    board_rows: tuple[tuple, ...] = ()
    flagged_count: tuple[int, ...] = ()
    if count is not None and count.at >= start:
        board_rows = (
            (
                count.at,
                count.expected,
                count.present,
                ", ".join(count.missing),
                ", ".join(count.unexpected),
                ", ".join(count.unknown),
            ),
        )
        flagged_count = () if count.matches else (0,)
    board_section = Section(
        "board_count",
        ("at", "expected", "present", "missing", "unexpected", "unknown"),
        board_rows,
        flagged=flagged_count,
    )
    draft = view.draft
    count_rows, count_flags = counting.count_rows(
        policy.count_items, draft.counts, draft.not_counted, _expected_counts(desk, view)
    )
    counts_section = Section(
        "counts",
        counting.COUNT_COLUMNS,
        count_rows,
        flagged=count_flags,
        names=policy.local_names(policy.count_items),
    )
    checklist_section = Section(
        "checklist",
        ("item", "ok"),
        tuple((item, draft.checklist.get(item, False)) for item in policy.checklist),
        flagged=tuple(
            i for i, item in enumerate(policy.checklist) if not draft.checklist.get(item, False)
        ),
        names=policy.local_names(policy.checklist),
    )
    discrepancy_section = Section(
        "discrepancies",
        ("what", "expected", "found", "note"),
        tuple((d.what, d.expected, d.found, d.note) for d in draft.discrepancies),
        flagged=tuple(range(len(draft.discrepancies))),
    )
    remarks_section = Section("remarks", ("text",), ((draft.remarks,),) if draft.remarks else ())
    return (
        log_section,
        follow_up_section,
        complaint_section,
        lostfound_section,
        keys_section,
        board_section,
        counts_section,
        checklist_section,
        discrepancy_section,
        remarks_section,
    )


def _expected_counts(desk: Desk, view: HandoverView) -> dict[str, int]:
    """What this station's last sealed sheet before this one handed over: what the counts of
    this one are expected to be."""
    with desk.db.read() as conn:
        content = conn.execute(
            select(handover.c.content)
            .where(
                handover.c.station == view.station,
                handover.c.state == HandoverState.SEALED.value,
                handover.c.num < view.num,
            )
            .order_by(handover.c.num.desc())
            .limit(1)
        ).scalar()
    if not content:
        return {}
    return counting.counted_on(sheet_from_content(content, ()).section("counts"))


def signers_of(conn: Connection, handover_id: str) -> tuple[Signer, ...]:
    rows = conn.execute(
        select(handover_signature, person.c.name, person.c.role)
        .join(person, person.c.id == handover_signature.c.person_id)
        .where(handover_signature.c.handover_id == handover_id)
        .order_by(handover_signature.c.at)
    ).all()
    # Handed over, then accepted: the sheet's order, whatever the clocks say.
    rows = sorted(rows, key=lambda r: r.meaning != Meaning.HANDED_OVER.value)
    return tuple(
        Signer(
            name=r.name,
            role=r.role,
            meaning=Meaning(r.meaning),
            at=r.at,
            png=bytes(r.png),
            strokes_sha256=_sha(r.strokes),
        )
        for r in rows
    )


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_sheet(view: HandoverView, sections, signers, policy: HandoverPolicy) -> HandoverSheet:
    draft = view.draft
    # Someone else than the rostered clerk takes over: the sheet says who was rostered and why.
    taken_over = is_takeover(draft.rostered_ids, view.incoming_id)
    return HandoverSheet(
        number=view.num,
        station=view.station,
        property_name=policy.property_name,
        shift_start=view.shift_start,
        shift_end=view.shift_end,
        outgoing=view.outgoing_name,
        incoming=view.incoming_name or "",
        sections=sections,
        signers=signers,
        state=view.state,
        seal=view.seal,
        sealed_at=view.sealed_at,
        rostered=", ".join(p[1] for p in draft.rostered) if taken_over else "",
        takeover_reason=draft.takeover_reason if taken_over else "",
    )


def sheet(desk: Desk, actor: Actor, handover_id: str) -> HandoverSheet:
    """The sheet as it stands: compiled live while a draft; once sealed, exactly as sealed."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        view = load_handover(conn, handover_id)
        signers = signers_of(conn, handover_id)
        row = conn.execute(
            select(handover.c.content, handover.c.journal_seq, handover.c.journal_hash).where(
                handover.c.id == handover_id
            )
        ).one()
        policy = read_policy(conn)
        added = after_seal(conn, handover_id)
    if view.state is HandoverState.SEALED:
        return _as_sealed(view, row, signers, added)
    live = build_sheet(view, compile_sections(desk, actor, view, policy), signers, policy)
    return replace(live, after_seal=added)


def sealed_sheet(desk: Desk, handover_id: str | None = None) -> HandoverSheet:
    """A sealed sheet for export from the command line (``desk-app export handover``): the
    latest, or the one named. Only sealed sheets leave this way, and exactly as sealed; whoever
    runs the command already holds the database file, so no sign-in is asked."""
    with desk.db.read() as conn:
        stmt = select(handover.c.id).where(handover.c.state == HandoverState.SEALED.value)
        if handover_id is not None:
            stmt = stmt.where(handover.c.id == handover_id)
        found = conn.execute(stmt.order_by(handover.c.sealed_at.desc()).limit(1)).scalar()
        if found is None:
            raise NotFound(
                "No sealed handover sheet with that id."
                if handover_id
                else "No handover sheet has been sealed yet."
            )
        view = load_handover(conn, found)
        row = conn.execute(
            select(handover.c.content, handover.c.journal_seq, handover.c.journal_hash).where(
                handover.c.id == found
            )
        ).one()
        signers = signers_of(conn, found)
        added = after_seal(conn, found)
    return _as_sealed(view, row, signers, added)


def _as_sealed(
    view: HandoverView, row, signers: tuple[Signer, ...], added: tuple[Section, ...] = ()
) -> HandoverSheet:
    """The sheet exactly as sealed (its stored content), with its seal and the journal head;
    what supervisors added beside it (checks, countersignatures, review notes) after the seal,
    which does not cover them."""
    sealed = sheet_from_content(row.content, signers)
    return replace(
        sealed,
        after_seal=added,
        state=view.state,
        seal=view.seal,
        sealed_at=view.sealed_at,
        journal_seq=row.journal_seq,
        journal_hash=row.journal_hash,
    )


def _parse(value: Any) -> Any:
    if isinstance(value, dict) and "line" in value:
        return BookLine(value["line"], value.get("values") or {})
    if isinstance(value, str) and len(value) >= 20 and value.endswith("Z") and value[10] == "T":
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


def sheet_from_content(content: str, signers: tuple[Signer, ...]) -> HandoverSheet:
    """A sealed sheet read back from what was sealed (the same content, byte for byte)."""
    data = json.loads(content)
    sections = tuple(
        Section(
            s["key"],
            tuple(s["columns"]),
            tuple(tuple(_parse(v) for v in row) for row in s["rows"]),
            tuple(s["flagged"]),
            tuple(s["coded"]),
            tuple(LocalName.of(n) for n in s.get("names", ())),
        )
        for s in data["sections"]
    )
    start, end = (_parse(t) for t in data["shift"])
    rostered = data.get("rostered") or {}
    return HandoverSheet(
        number=data["number"],
        station=data["station"],
        property_name=data["property"],
        shift_start=start,
        shift_end=end,
        outgoing=data["outgoing"],
        incoming=data["incoming"],
        sections=sections,
        signers=signers,
        rostered=rostered.get("names", ""),
        takeover_reason=rostered.get("reason", ""),
    )


def strokes_digest(signature: Signature) -> str:
    return _sha(strokes_to_json(signature))
