"""The shift handover: a draft compiled from every book, two signatures, then a seal.

The outgoing clerk starts a handover for the shift in progress; a draft is kept in the database,
so a crash between the two signatures leaves a draft that resumes. The incoming clerk reviews,
counts and accepts; that second signature seals the sheet in the same transaction: the sheet's
content is stored as canonical JSON with SHA-256 over it and the journal head, and never changes
again. After the seal a backup is taken and the journal anchor rewritten (SQLite).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from typing import Any

from sqlalchemy import Connection, func, select

from desk_app.domain import handover as rules
from desk_app.domain.chain import canonical
from desk_app.domain.errors import NotFound, ValidationError
from desk_app.domain.handover import (
    HandoverSheet,
    HandoverState,
    Meaning,
    Section,
    Signer,
)
from desk_app.domain.keys import KeyState
from desk_app.domain.roles import Capability
from desk_app.domain.signature import Signature, strokes_to_json, validate_signature
from desk_app.services import accounts, complaints, keys, log
from desk_app.services.desk import Actor, Desk, movement, require
from desk_app.services.settings import put_setting, read_setting
from desk_app.store.backup import backup_database
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.tables import handover, handover_signature, person
from desk_app.store.types import new_id

POLICY_KEY = "handover_policy"
DEFAULT_COUNT_ITEMS = ("Cash float", "Blank room key cards", "Guest umbrellas")
DEFAULT_CHECKLIST = (
    "Desk tidy and clean",
    "Printer paper and forms stocked",
    "Phones and radios charged",
    "Safe closed and locked",
)


@dataclass(frozen=True)
class HandoverPolicy:
    """A manager's settings: the property's name on the sheet, the shift pattern, what is counted
    and what the desk checklist asks."""

    property_name: str = ""
    shift_starts: tuple[time, ...] = rules.DEFAULT_SHIFT_STARTS
    count_items: tuple[str, ...] = DEFAULT_COUNT_ITEMS
    checklist: tuple[str, ...] = DEFAULT_CHECKLIST

    def as_json(self) -> dict:
        return {
            "property": self.property_name,
            "shift_starts": [t.strftime("%H:%M") for t in self.shift_starts],
            "count_items": list(self.count_items),
            "checklist": list(self.checklist),
        }


def policy_from_json(data: dict | None) -> HandoverPolicy:
    if not data:
        return HandoverPolicy()
    return HandoverPolicy(
        property_name=str(data.get("property", "")),
        shift_starts=tuple(time.fromisoformat(t) for t in data.get("shift_starts", []))
        or rules.DEFAULT_SHIFT_STARTS,
        count_items=tuple(data.get("count_items", DEFAULT_COUNT_ITEMS)),
        checklist=tuple(data.get("checklist", DEFAULT_CHECKLIST)),
    )


@dataclass(frozen=True)
class Discrepancy:
    what: str
    expected: str
    found: str
    note: str = ""


@dataclass(frozen=True)
class Draft:
    """What the clerks enter while reviewing."""

    counts: dict[str, int | None] = field(default_factory=dict)
    checklist: dict[str, bool] = field(default_factory=dict)
    discrepancies: tuple[Discrepancy, ...] = ()
    remarks: str = ""

    def as_json(self) -> str:
        return canonical(
            {
                "counts": self.counts,
                "checklist": self.checklist,
                "discrepancies": [d.__dict__ for d in self.discrepancies],
                "remarks": self.remarks,
            }
        )


def _draft_from(text: str) -> Draft:
    data = json.loads(text or "{}")
    return Draft(
        counts=dict(data.get("counts", {})),
        checklist={k: bool(v) for k, v in data.get("checklist", {}).items()},
        discrepancies=tuple(Discrepancy(**d) for d in data.get("discrepancies", [])),
        remarks=data.get("remarks", ""),
    )


@dataclass(frozen=True)
class HandoverView:
    id: str
    num: int
    station: str
    shift_start: datetime
    shift_end: datetime
    outgoing_id: str
    outgoing_name: str
    incoming_id: str | None
    incoming_name: str | None
    state: HandoverState
    draft: Draft
    seal: str | None
    sealed_at: datetime | None
    version: int


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------

_outgoing = person.alias("outgoing")
_incoming = person.alias("incoming")


def read_policy(conn: Connection) -> HandoverPolicy:
    return policy_from_json(read_setting(conn, POLICY_KEY))


def get_policy(desk: Desk) -> HandoverPolicy:
    with desk.db.read() as conn:
        return read_policy(conn)


def _select():
    return (
        select(
            handover,
            _outgoing.c.name.label("outgoing_name"),
            _incoming.c.name.label("incoming_name"),
        )
        .join(_outgoing, _outgoing.c.id == handover.c.outgoing_id)
        .outerjoin(_incoming, _incoming.c.id == handover.c.incoming_id)
    )


def _view(row) -> HandoverView:
    return HandoverView(
        id=row.id,
        num=row.num,
        station=row.station,
        shift_start=row.shift_start,
        shift_end=row.shift_end,
        outgoing_id=row.outgoing_id,
        outgoing_name=row.outgoing_name,
        incoming_id=row.incoming_id,
        incoming_name=row.incoming_name,
        state=HandoverState(row.state),
        draft=_draft_from(row.draft),
        seal=row.seal,
        sealed_at=row.sealed_at,
        version=row.version,
    )


def _load(conn: Connection, handover_id: str) -> HandoverView:
    row = conn.execute(_select().where(handover.c.id == handover_id)).first()
    if row is None:
        raise NotFound("No such handover sheet.")
    return _view(row)


def get_handover(desk: Desk, actor: Actor, handover_id: str) -> HandoverView:
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return _load(conn, handover_id)


def open_draft(desk: Desk, actor: Actor) -> HandoverView | None:
    """This station's handover that is not yet sealed, if any: it resumes after a crash."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        row = conn.execute(
            _select()
            .where(
                handover.c.station == desk.station,
                handover.c.state != HandoverState.SEALED.value,
            )
            .order_by(handover.c.shift_start.desc())
            .limit(1)
        ).first()
        return _view(row) if row else None


# --------------------------------------------------------------------------------------------
# Compiling the sheet
# --------------------------------------------------------------------------------------------


def _all_entries(desk: Desk, actor: Actor, start: datetime, end: datetime) -> list:
    rows, cursor = [], None
    flt = log.LogFilter(since=start, until=end)
    while True:
        page = log.list_entries(desk, actor, flt, after=cursor)
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
    log_section = Section(
        "log",
        ("num", "at", "category", "room", "text", "author", "important"),
        tuple(
            (e.num, e.at, e.category.value, e.room, e.text, e.author_name, e.important)
            for e in entries
        ),
        flagged=tuple(i for i, e in enumerate(entries) if e.important),
        coded=("category",),
    )
    follow_ups = log.open_follow_ups(desk, actor)
    follow_up_section = Section(
        "follow_ups",
        ("num", "due", "text", "owner"),
        tuple((f.entry_num, f.due_at, f.entry_text, f.owner_name) for f in follow_ups),
        flagged=tuple(i for i, f in enumerate(follow_ups) if f.overdue),
    )
    opened = complaints.list_complaints(
        desk, actor, complaints.ComplaintFilter(since=start, until=end), limit=500
    ).rows
    outstanding = complaints.open_complaints(desk, actor)
    opened_ids = {c.id for c in opened}
    listed = list(reversed(opened)) + [c for c in outstanding if c.id not in opened_ids]
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
        tuple((e.at, e.text, e.author_name) for e in entries if e.lf_item_id),
    )
    out = [k for k in keys.board(desk, actor) if k.state is KeyState.OUT]
    keys_section = Section(
        "keys_out",
        ("code", "label", "holder", "since", "expected_back"),
        tuple((k.code, k.label, k.holder_name, k.out_since, k.expected_back) for k in out),
        flagged=tuple(i for i, k in enumerate(out) if k.overdue),
    )
    count = keys.last_count(desk, actor)
    count_rows = ()
    flagged_count: tuple[int, ...] = ()
    if count is not None and count.at >= start:
        count_rows = (
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
        count_rows,
        flagged=flagged_count,
    )
    draft = view.draft
    counts_section = Section(
        "counts",
        ("item", "counted"),
        tuple((item, draft.counts.get(item)) for item in policy.count_items),
        flagged=tuple(
            i for i, item in enumerate(policy.count_items) if draft.counts.get(item) is None
        ),
    )
    checklist_section = Section(
        "checklist",
        ("item", "ok"),
        tuple((item, draft.checklist.get(item, False)) for item in policy.checklist),
        flagged=tuple(
            i for i, item in enumerate(policy.checklist) if not draft.checklist.get(item, False)
        ),
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


def _signers(conn: Connection, handover_id: str) -> tuple[Signer, ...]:
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
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _sheet(view: HandoverView, sections, signers, policy: HandoverPolicy) -> HandoverSheet:
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
    )


def sheet(desk: Desk, actor: Actor, handover_id: str) -> HandoverSheet:
    """The sheet as it stands: compiled live while a draft; once sealed, exactly as sealed."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        view = _load(conn, handover_id)
        signers = _signers(conn, handover_id)
        row = conn.execute(
            select(handover.c.content, handover.c.journal_seq, handover.c.journal_hash).where(
                handover.c.id == handover_id
            )
        ).one()
        policy = read_policy(conn)
    if view.state is HandoverState.SEALED:
        return replace(
            sheet_from_content(row.content, signers),
            state=view.state,
            seal=view.seal,
            sealed_at=view.sealed_at,
            journal_seq=row.journal_seq,
            journal_hash=row.journal_hash,
        )
    return _sheet(view, compile_sections(desk, actor, view, policy), signers, policy)


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
        view = _load(conn, found)
        row = conn.execute(
            select(handover.c.content, handover.c.journal_seq, handover.c.journal_hash).where(
                handover.c.id == found
            )
        ).one()
        signers = _signers(conn, found)
    return replace(
        sheet_from_content(row.content, signers),
        state=view.state,
        seal=view.seal,
        sealed_at=view.sealed_at,
        journal_seq=row.journal_seq,
        journal_hash=row.journal_hash,
    )


def _parse(value: Any) -> Any:
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
        )
        for s in data["sections"]
    )
    start, end = (_parse(t) for t in data["shift"])
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
    )


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def start_handover(desk: Desk, actor: Actor) -> HandoverView:
    """The outgoing clerk starts the handover of the shift in progress, or resumes the draft
    this station left (a crash between the signatures loses nothing)."""
    existing = open_draft(desk, actor)
    if existing is not None:
        return existing
    with movement(desk, actor, Capability.KEEP_LOG) as m:
        policy = read_policy(m.conn)
        now = m.by["at"]
        window = rules.shift_window(now, policy.shift_starts, now.astimezone().tzinfo)
        num = (m.conn.execute(select(func.max(handover.c.num))).scalar() or 0) + 1
        row = write_handover(
            m.conn,
            m.w,
            num=num,
            station=desk.station,
            shift_start=window.start,
            shift_end=window.end,
            outgoing_id=actor.id,
            at=now,
        )
    return get_handover(desk, actor, row["id"])


def save_draft(
    desk: Desk,
    actor: Actor,
    handover_id: str,
    draft: Draft,
    *,
    incoming_id: str | None = None,
) -> HandoverView:
    remarks = rules.clean_remarks(draft.remarks)
    for d in draft.discrepancies:
        if not d.what.strip():
            raise ValidationError("Say what each discrepancy is about.", field="discrepancies")
    with movement(desk, actor, Capability.KEEP_LOG) as m:
        row = m.conn.execute(select(handover).where(handover.c.id == handover_id)).first()
        if row is None:
            raise NotFound("No such handover sheet.")
        if row.state == HandoverState.SEALED.value:
            raise ValidationError("This handover is already sealed.", field="state")
        rules.check_signers(row.outgoing_id, incoming_id)
        changes = {
            "draft": replace(draft, remarks=remarks).as_json(),
            "incoming_id": incoming_id,
            "version": row.version + 1,
        }
        update_journaled(m.conn, m.w, handover, dict(row._mapping), changes, m.by["at"])
    return get_handover(desk, actor, handover_id)


def write_handover(
    conn: Connection,
    w: JournalWriter,
    *,
    num: int,
    station: str,
    shift_start: datetime,
    shift_end: datetime,
    outgoing_id: str,
    at: datetime,
    incoming_id: str | None = None,
    draft: Draft | None = None,
) -> dict[str, Any]:
    """A new sheet in the draft state (``start_handover``; the demo writes through it too)."""
    row = {
        "id": new_id(),
        "num": num,
        "station": station,
        "shift_start": shift_start,
        "shift_end": shift_end,
        "outgoing_id": outgoing_id,
        "incoming_id": incoming_id,
        "state": HandoverState.DRAFT.value,
        "draft": (draft or Draft()).as_json(),
        "content": None,
        "seal": None,
        "journal_seq": None,
        "journal_hash": None,
        "created_at": at,
        "sealed_at": None,
        "version": 1,
    }
    insert_journaled(conn, w, handover, row, at)
    return row


def write_signature(
    conn: Connection,
    w: JournalWriter,
    *,
    handover_id: str,
    person_id: str,
    meaning: Meaning,
    signature: Signature,
    at: datetime,
) -> None:
    """One signature (already validated) with its meaning; the caller checked who signs."""
    insert_journaled(
        conn,
        w,
        handover_signature,
        {
            "id": new_id(),
            "handover_id": handover_id,
            "person_id": person_id,
            "meaning": meaning.value,
            "at": at,
            "strokes": strokes_to_json(signature),
            "png": signature.png,
        },
        at,
    )


def write_seal(
    conn: Connection,
    w: JournalWriter,
    *,
    row: dict[str, Any],
    view: HandoverView,
    sections: tuple[Section, ...],
    policy: HandoverPolicy,
    incoming_id: str,
    at: datetime,
) -> dict[str, Any]:
    """Seal the sheet ``row`` (as stored) in this transaction: its content as canonical JSON with
    the signatures written so far, and SHA-256 over it and the journal head as it stands now.
    ``view`` gives the names printed on it. Returns the row as sealed."""
    signers = _signers(conn, row["id"])
    content = rules.sheet_content(_sheet(view, sections, signers, policy))
    seq, head = w.head  # the journal as it stands when the sheet is sealed
    changes = {
        "version": row["version"] + 1,
        "state": HandoverState.SEALED.value,
        "incoming_id": incoming_id,
        "content": content,
        "seal": rules.seal_of(content, head),
        "journal_seq": seq,
        "journal_hash": head,
        "sealed_at": at,
    }
    return update_journaled(conn, w, handover, row, changes, at)


def sign_handover(
    desk: Desk,
    signer: Actor,
    handover_id: str,
    *,
    meaning: str,
    pin: str,
    signature: Signature | None,
    read_important: bool = False,
) -> HandoverView:
    """A signature: drawn on the pad and confirmed with the signer's own PIN. The incoming
    clerk's acceptance seals the sheet.

    The incoming clerk must have read every important entry of the shift. On the sheet they are
    printed in red; ``read_important`` is the clerk's statement, signed with PIN and signature,
    that they read them there: the entries not yet marked are marked read by the clerk in the
    sealing transaction, as if each had been opened in the log."""
    try:
        what = Meaning(meaning)
    except ValueError:
        raise ValidationError("Unknown signature meaning.", field="meaning") from None
    sig = validate_signature(signature)
    # Its own transaction: a wrong PIN counts towards the lock-out.
    accounts.confirm_pin(desk, signer, pin)
    view = get_handover(desk, signer, handover_id)
    policy = get_policy(desk)
    rules.check_can_sign(view.state, what, signer.id, view.outgoing_id)
    sections: tuple[Section, ...] = ()
    unread: list[log.EntryView] = []
    if what is Meaning.ACCEPTED:
        unread = log.unread_important(desk, signer, since=view.shift_start)
        if unread and not read_important:
            raise ValidationError(
                "Important entries of the shift not marked read by you: {count}. Read them on the sheet (in red) and say so.",
                field="unread",
                count=len(unread),
            )
        rules.check_counts(policy.count_items, view.draft.counts)
        view = replace(view, incoming_id=signer.id, incoming_name=signer.name)
        sections = compile_sections(desk, signer, view, policy)
    with movement(desk, signer, Capability.KEEP_LOG) as m:
        row = m.conn.execute(select(handover).where(handover.c.id == handover_id)).one()
        if row.version != view.version:
            raise ValidationError(
                "The sheet changed while you were signing: look at it again.", field="state"
            )
        at = m.by["at"]
        write_signature(
            m.conn,
            m.w,
            handover_id=handover_id,
            person_id=signer.id,
            meaning=what,
            signature=sig,
            at=at,
        )
        if what is Meaning.HANDED_OVER:
            changes = {"version": row.version + 1, "state": HandoverState.HANDED_OVER.value}
            update_journaled(m.conn, m.w, handover, dict(row._mapping), changes, at)
        else:
            for entry in unread:
                log.write_read(m.conn, m.w, entry_id=entry.id, person_id=signer.id, at=at)
            write_seal(
                m.conn,
                m.w,
                row=dict(row._mapping),
                view=view,
                sections=sections,
                policy=policy,
                incoming_id=signer.id,
                at=at,
            )
    if what is Meaning.ACCEPTED and desk.db.sqlite_path is not None:
        # A copy of the books as they were sealed, and the journal head anchored outside.
        backup_database(desk.db, reason="handover")
    return get_handover(desk, signer, handover_id)


def set_policy(desk: Desk, actor: Actor, policy: HandoverPolicy) -> HandoverPolicy:
    starts = rules.validate_shift_starts(policy.shift_starts)
    items = rules.clean_policy_items(policy.count_items, "count_items")
    checks = rules.clean_policy_items(policy.checklist, "checklist")
    name = " ".join(policy.property_name.split())
    if len(name) > rules.MAX_POLICY_ITEM_LENGTH:
        raise ValidationError(
            "A name may have at most {limit} characters.",
            field="property",
            limit=rules.MAX_POLICY_ITEM_LENGTH,
        )
    clean = HandoverPolicy(name, starts, items, checks)
    with movement(desk, actor, Capability.CHANGE_SETTINGS) as m:
        put_setting(m.conn, m.w, POLICY_KEY, clean.as_json(), m.by["at"])
    return get_policy(desk)


def strokes_digest(signature: Signature) -> str:
    return _sha(strokes_to_json(signature))


def list_handovers(
    desk: Desk, actor: Actor, before: int | None = None, limit: int = 100
) -> list[HandoverView]:
    """Handover sheets, newest first: a keyset page of ``limit`` sheets numbered below
    ``before`` (None: from the newest)."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        stmt = _select().order_by(handover.c.num.desc()).limit(max(1, min(limit, 500)))
        if before is not None:
            stmt = stmt.where(handover.c.num < before)
        return [_view(r) for r in conn.execute(stmt)]


def history_stamp(desk: Desk, actor: Actor) -> tuple[int, int, int]:
    """What changes when any station starts, signs or seals a sheet: (newest number, signatures,
    sealed sheets). The history dock compares it on the clock's tick instead of reloading."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        newest, sealed = conn.execute(
            select(func.coalesce(func.max(handover.c.num), 0), func.count(handover.c.sealed_at))
        ).one()
        signatures = conn.execute(select(func.count()).select_from(handover_signature)).scalar_one()
    return int(newest), int(signatures), int(sealed)
