"""Lost and found: registering found items, guests' reports, matches, returns and disposals.

Every movement is one transaction that changes the book, journals it and writes a duty-log entry
linking to the item, so the log stays the one chronological record of the desk. Item numbers
(LF-<year>-<seq>) are decided under the journal lock: two stations registering at the same
moment get consecutive numbers, and a failed registration leaves no gap.

The log sentences are templates from ``domain.lostfound.LOG_TEMPLATES``; the window passes them
translated (``phrases``), with the names of disposal methods and identity documents, so the log
reads in the desk's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, or_, select, true

from desk_app.domain import lostfound as rules
from desk_app.domain.chain import canonical
from desk_app.domain.errors import ConflictError, NotFound, ValidationError
from desk_app.domain.log import Category, validate_entry
from desk_app.domain.lostfound import (
    Decision,
    DisposalMethod,
    FinderKind,
    IdDocument,
    ItemState,
    MatchReason,
    MatchSide,
    ReportState,
    RetentionPolicy,
)
from desk_app.domain.roles import Capability
from desk_app.domain.search import parse_query
from desk_app.domain.signature import Signature, strokes_to_json, validate_signature
from desk_app.services.desk import Actor, Desk, require, writer
from desk_app.services.log import next_entry_num, write_entry
from desk_app.services.settings import read_setting
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.paging import before_cursor
from desk_app.store.search import LF_ITEM_SEARCH, LF_REPORT_SEARCH, search_condition
from desk_app.store.tables import (
    lf_disposal,
    lf_item,
    lf_photo,
    lf_report,
    lf_return,
    person,
    setting,
)
from desk_app.store.types import new_id

PAGE_SIZE = 100
POLICY_KEY = "lostfound_policy"
Phrases = Mapping[str, str]


# --------------------------------------------------------------------------------------------
# What the window gets back
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemView:
    id: str
    num: int
    number: str  # LF-2026-00042
    found_at: datetime
    found_place: str
    finder_kind: FinderKind
    finder_name: str
    description: str
    category: str
    valuables: bool
    storage_place: str
    state: ItemState
    registered_at: datetime
    registered_by_name: str
    station: str
    version: int
    dispose_after: datetime
    due: bool  # held past its retention

    @property
    def cursor(self) -> tuple[datetime, int]:
        return (self.found_at, self.num)


@dataclass(frozen=True)
class ReportView:
    id: str
    num: int
    reported_at: datetime
    guest_name: str
    contact: str
    room: str
    lost_from: datetime
    lost_until: datetime
    lost_place: str
    description: str
    category: str
    state: ReportState
    item_id: str | None
    item_number: str | None
    closed_at: datetime | None
    close_note: str | None
    recorded_by_name: str
    station: str
    version: int

    @property
    def cursor(self) -> tuple[datetime, int]:
        return (self.reported_at, self.num)


@dataclass(frozen=True)
class PhotoView:
    id: str
    mime: str
    added_at: datetime
    added_by_name: str


@dataclass(frozen=True)
class ReturnView:
    id: str
    returned_at: datetime
    claimant_name: str
    claimant_contact: str
    id_document: IdDocument
    id_last_four: str
    returned_by_name: str
    signature: str  # strokes, JSON
    signature_png: bytes
    station: str


@dataclass(frozen=True)
class DisposalView:
    id: str
    proposed_at: datetime
    proposed_by_id: str
    proposed_by_name: str
    method: DisposalMethod
    note: str
    decision: Decision | None
    decided_at: datetime | None
    decided_by_name: str | None
    decision_note: str | None


@dataclass(frozen=True)
class ItemDetail:
    item: ItemView
    photos: list[PhotoView] = field(default_factory=list)
    returned: ReturnView | None = None
    disposals: list[DisposalView] = field(default_factory=list)
    reports: list[ReportView] = field(default_factory=list)  # linked to it

    @property
    def pending_disposal(self) -> DisposalView | None:
        for d in self.disposals:
            if d.decision is None:
                return d
        return None


@dataclass(frozen=True)
class ItemMatch:
    item: ItemView
    reason: MatchReason


@dataclass(frozen=True)
class ReportMatch:
    report: ReportView
    reason: MatchReason


@dataclass(frozen=True)
class ItemFilter:
    since: datetime | None = None
    until: datetime | None = None
    states: frozenset[ItemState] | None = None  # None: any
    category: str | None = None
    valuables_only: bool = False
    due_only: bool = False  # held past retention, no disposal proposed yet
    awaiting_approval: bool = False
    search: str = ""


@dataclass(frozen=True)
class ReportFilter:
    since: datetime | None = None
    until: datetime | None = None
    states: frozenset[ReportState] | None = None
    category: str | None = None
    search: str = ""


@dataclass(frozen=True)
class ItemPage:
    rows: list[ItemView]
    next_cursor: tuple[datetime, int] | None


@dataclass(frozen=True)
class ReportPage:
    rows: list[ReportView]
    next_cursor: tuple[datetime, int] | None


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------

_registrar = person.alias("registrar")
_recorder = person.alias("recorder")
_linked = lf_item.alias("linked_item")
_ITEM_STATE = {s.value: s for s in ItemState}
_REPORT_STATE = {s.value: s for s in ReportState}
_FINDER = {k.value: k for k in FinderKind}
_MAX_NUM = select(func.max(lf_item.c.num))
_MAX_REPORT_NUM = select(func.max(lf_report.c.num))
_MAX_SEQ = select(func.max(lf_item.c.seq)).where(lf_item.c.year == bindparam("year"))


def read_policy(conn: Connection) -> RetentionPolicy:
    return rules.policy_from_json(read_setting(conn, POLICY_KEY))


def _item_select():
    return (
        select(lf_item, _registrar.c.name.label("registered_by_name"))
        .select_from(lf_item)
        .join(_registrar, _registrar.c.id == lf_item.c.registered_by_id)
    )


def _item_view(row, policy: RetentionPolicy, now: datetime) -> ItemView:
    state = _ITEM_STATE[row.state]
    dispose_after = policy.dispose_after(row.found_at, row.category, row.valuables)
    return ItemView(
        id=row.id,
        num=row.num,
        number=rules.item_number(row.year, row.seq),
        found_at=row.found_at,
        found_place=row.found_place,
        finder_kind=_FINDER[row.finder_kind],
        finder_name=row.finder_name,
        description=row.description,
        category=row.category,
        valuables=row.valuables,
        storage_place=row.storage_place,
        state=state,
        registered_at=row.registered_at,
        registered_by_name=row.registered_by_name,
        station=row.station,
        version=row.version,
        dispose_after=dispose_after,
        due=state is ItemState.STORED and now >= dispose_after,
    )


def _report_select():
    return (
        select(
            lf_report,
            _recorder.c.name.label("recorded_by_name"),
            _linked.c.year.label("item_year"),
            _linked.c.seq.label("item_seq"),
        )
        .select_from(lf_report)
        .join(_recorder, _recorder.c.id == lf_report.c.recorded_by_id)
        .outerjoin(_linked, _linked.c.id == lf_report.c.item_id)
    )


def _report_view(row) -> ReportView:
    return ReportView(
        id=row.id,
        num=row.num,
        reported_at=row.reported_at,
        guest_name=row.guest_name,
        contact=row.contact,
        room=row.room,
        lost_from=row.lost_from,
        lost_until=row.lost_until,
        lost_place=row.lost_place,
        description=row.description,
        category=row.category,
        state=_REPORT_STATE[row.state],
        item_id=row.item_id,
        item_number=rules.item_number(row.item_year, row.item_seq) if row.item_id else None,
        closed_at=row.closed_at,
        close_note=row.close_note,
        recorded_by_name=row.recorded_by_name,
        station=row.station,
        version=row.version,
    )


def _load_item(conn: Connection, item_id: str, policy: RetentionPolicy, now: datetime):
    row = conn.execute(_item_select().where(lf_item.c.id == item_id)).first()
    if row is None:
        raise NotFound("No such found item.")
    return _item_view(row, policy, now)


def _load_report(conn: Connection, report_id: str) -> ReportView:
    row = conn.execute(_report_select().where(lf_report.c.id == report_id)).first()
    if row is None:
        raise NotFound("No such lost-item report.")
    return _report_view(row)


def _due_condition(policy: RetentionPolicy, now: datetime):
    """Held past retention, as one indexed range (state, found_at) narrowed per category."""
    c = lf_item.c
    known = [cat.code for cat in policy.categories]
    shortest = min(
        [cat.retention_days for cat in policy.categories] + [rules.DEFAULT_RETENTION_DAYS]
    )
    terms = []
    for cat in policy.categories:
        plain = policy.days_for(cat.code, False)
        valuable = policy.days_for(cat.code, True)
        terms.append(
            and_(
                c.category == cat.code,
                c.valuables.is_(False),
                c.found_at <= now - timedelta(days=plain),
            )
        )
        terms.append(
            and_(
                c.category == cat.code,
                c.valuables.is_(True),
                c.found_at <= now - timedelta(days=valuable),
            )
        )
    terms.append(
        and_(
            c.category.not_in(known),
            c.found_at <= now - timedelta(days=max(rules.DEFAULT_RETENTION_DAYS, 0)),
        )
    )
    return and_(
        c.state == ItemState.STORED.value,
        c.found_at <= now - timedelta(days=shortest),
        or_(*terms),
    )


def get_policy(desk: Desk) -> RetentionPolicy:
    with desk.db.read() as conn:
        return read_policy(conn)


def list_items(
    desk: Desk,
    actor: Actor,
    flt: ItemFilter | None = None,
    *,
    before: tuple[datetime, int] | None = None,
    limit: int = PAGE_SIZE,
) -> ItemPage:
    """Newest found first, one keyset page at a time."""
    flt = flt or ItemFilter()
    now = desk.clock.now()
    c = lf_item.c
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        policy = read_policy(conn)
        conds = []
        if flt.since is not None:
            conds.append(c.found_at >= flt.since)
        if flt.until is not None:
            conds.append(c.found_at < flt.until)
        if flt.states:
            conds.append(c.state.in_(sorted(s.value for s in flt.states)))
        if flt.category:
            conds.append(c.category == flt.category)
        if flt.valuables_only:
            conds.append(c.valuables.is_(True))
        if flt.due_only:
            conds.append(_due_condition(policy, now))
        if flt.awaiting_approval:
            conds.append(c.state == ItemState.DISPOSAL_PROPOSED.value)
        query = parse_query(flt.search)
        if query is not None:
            exact = rules.parse_item_number(query.text)
            if exact is not None:
                conds.append(and_(c.year == exact[0], c.seq == exact[1]))
            else:
                conds.append(search_condition(desk.db.dialect, LF_ITEM_SEARCH, query))
        if before is not None:
            conds.append(before_cursor(c.found_at, c.num, before))
        stmt = (
            _item_select()
            .where(and_(true(), *conds))
            .order_by(c.found_at.desc(), c.num.desc())
            .limit(limit + 1)
        )
        rows = conn.execute(stmt).all()
    views = [_item_view(r, policy, now) for r in rows[:limit]]
    more = len(rows) > limit
    return ItemPage(views, views[-1].cursor if more and views else None)


def list_reports(
    desk: Desk,
    actor: Actor,
    flt: ReportFilter | None = None,
    *,
    before: tuple[datetime, int] | None = None,
    limit: int = PAGE_SIZE,
) -> ReportPage:
    flt = flt or ReportFilter()
    c = lf_report.c
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        conds = []
        if flt.since is not None:
            conds.append(c.reported_at >= flt.since)
        if flt.until is not None:
            conds.append(c.reported_at < flt.until)
        if flt.states:
            conds.append(c.state.in_(sorted(s.value for s in flt.states)))
        if flt.category:
            conds.append(c.category == flt.category)
        query = parse_query(flt.search)
        if query is not None:
            conds.append(search_condition(desk.db.dialect, LF_REPORT_SEARCH, query))
        if before is not None:
            conds.append(before_cursor(c.reported_at, c.num, before))
        stmt = (
            _report_select()
            .where(and_(true(), *conds))
            .order_by(c.reported_at.desc(), c.num.desc())
            .limit(limit + 1)
        )
        rows = conn.execute(stmt).all()
    views = [_report_view(r) for r in rows[:limit]]
    more = len(rows) > limit
    return ReportPage(views, views[-1].cursor if more and views else None)


def find_by_number(desk: Desk, actor: Actor, text: str) -> ItemView | None:
    """A scanned or typed tag number, or None when the text is not one or no item has it."""
    parsed = rules.parse_item_number(text)
    if parsed is None:
        return None
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        row = conn.execute(
            _item_select().where(lf_item.c.year == parsed[0], lf_item.c.seq == parsed[1])
        ).first()
        return _item_view(row, read_policy(conn), desk.clock.now()) if row else None


def _detail(conn: Connection, item_id: str, now: datetime) -> ItemDetail:
    policy = read_policy(conn)
    item = _load_item(conn, item_id, policy, now)
    adder = person.alias("adder")
    photos = [
        PhotoView(r.id, r.mime, r.added_at, r.name)
        for r in conn.execute(
            select(lf_photo.c.id, lf_photo.c.mime, lf_photo.c.added_at, adder.c.name)
            .join(adder, adder.c.id == lf_photo.c.added_by_id)
            .where(lf_photo.c.item_id == item_id)
            .order_by(lf_photo.c.position)
        )
    ]
    giver = person.alias("giver")
    ret = conn.execute(
        select(lf_return, giver.c.name.label("returned_by_name"))
        .join(giver, giver.c.id == lf_return.c.returned_by_id)
        .where(lf_return.c.item_id == item_id)
    ).first()
    returned = (
        ReturnView(
            id=ret.id,
            returned_at=ret.returned_at,
            claimant_name=ret.claimant_name,
            claimant_contact=ret.claimant_contact,
            id_document=IdDocument(ret.id_document),
            id_last_four=ret.id_last_four,
            returned_by_name=ret.returned_by_name,
            signature=ret.signature,
            signature_png=bytes(ret.signature_png),
            station=ret.station,
        )
        if ret
        else None
    )
    proposer = person.alias("proposer")
    decider = person.alias("decider")
    disposals = [
        DisposalView(
            id=r.id,
            proposed_at=r.proposed_at,
            proposed_by_id=r.proposed_by_id,
            proposed_by_name=r.proposer_name,
            method=DisposalMethod(r.method),
            note=r.note,
            decision=Decision(r.decision) if r.decision else None,
            decided_at=r.decided_at,
            decided_by_name=r.decider_name,
            decision_note=r.decision_note,
        )
        for r in conn.execute(
            select(
                lf_disposal,
                proposer.c.name.label("proposer_name"),
                decider.c.name.label("decider_name"),
            )
            .join(proposer, proposer.c.id == lf_disposal.c.proposed_by_id)
            .outerjoin(decider, decider.c.id == lf_disposal.c.decided_by_id)
            .where(lf_disposal.c.item_id == item_id)
            .order_by(lf_disposal.c.proposed_at, lf_disposal.c.version)
        )
    ]
    reports = [
        _report_view(r)
        for r in conn.execute(
            _report_select().where(lf_report.c.item_id == item_id).order_by(lf_report.c.reported_at)
        )
    ]
    return ItemDetail(item, photos, returned, disposals, reports)


def item_detail(desk: Desk, actor: Actor, item_id: str) -> ItemDetail:
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return _detail(conn, item_id, desk.clock.now())


def report_detail(desk: Desk, actor: Actor, report_id: str) -> ReportView:
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return _load_report(conn, report_id)


def photo_data(desk: Desk, actor: Actor, photo_id: str) -> bytes:
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        data = conn.execute(select(lf_photo.c.data).where(lf_photo.c.id == photo_id)).scalar()
    if data is None:
        raise NotFound("No such photo.")
    return bytes(data)


def due_count(desk: Desk) -> int:
    """Items held past retention with no disposal proposed: the desk's own to-do."""
    now = desk.clock.now()
    with desk.db.read() as conn:
        policy = read_policy(conn)
        return conn.execute(
            select(func.count()).select_from(lf_item).where(_due_condition(policy, now))
        ).scalar_one()


def awaiting_approval_count(desk: Desk) -> int:
    with desk.db.read() as conn:
        return conn.execute(
            select(func.count())
            .select_from(lf_item)
            .where(lf_item.c.state == ItemState.DISPOSAL_PROPOSED.value)
        ).scalar_one()


# --------------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------------


def _item_side(row) -> MatchSide:
    return MatchSide.of(
        row.id, row.category, row.found_place, row.description, row.found_at, row.found_at
    )


def _report_side(row) -> MatchSide:
    place = " ".join(p for p in (row.lost_place, row.room) if p)
    return MatchSide.of(row.id, row.category, place, row.description, row.lost_from, row.lost_until)


_HELD = (ItemState.STORED.value, ItemState.DISPOSAL_PROPOSED.value)


def _items_for(conn: Connection, report_row, now: datetime) -> list[ItemMatch]:
    start, end = rules.candidate_window_for_report(report_row.lost_from, report_row.lost_until)
    c = lf_item.c
    rows = conn.execute(
        _item_select().where(
            c.state.in_(_HELD),
            c.found_at >= start,
            c.found_at <= end,
        )
    ).all()
    target = _report_side(report_row)
    by_id = {r.id: r for r in rows}
    ranked = rules.rank((target, _item_side(r), r.id) for r in rows)
    policy = read_policy(conn)
    return [ItemMatch(_item_view(by_id[i], policy, now), reason) for i, reason in ranked]


def matches_for_report(desk: Desk, actor: Actor, report_id: str) -> list[ItemMatch]:
    """Found items still held that may be what the guest lost, best first."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        row = conn.execute(select(lf_report).where(lf_report.c.id == report_id)).first()
        if row is None:
            raise NotFound("No such lost-item report.")
        return _items_for(conn, row, desk.clock.now())


def matches_for_item(desk: Desk, actor: Actor, item_id: str) -> list[ReportMatch]:
    """Open reports the found item may answer, best first."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        item = conn.execute(select(lf_item).where(lf_item.c.id == item_id)).first()
        if item is None:
            raise NotFound("No such found item.")
        lost_until_from, lost_from_to = rules.candidate_window_for_item(item.found_at)
        c = lf_report.c
        rows = conn.execute(
            _report_select().where(
                c.state == ReportState.OPEN.value,
                c.lost_until >= lost_until_from,
                c.lost_from <= lost_from_to,
            )
        ).all()
    side = _item_side(item)
    by_id = {r.id: r for r in rows}
    ranked = rules.rank((_report_side(r), side, r.id) for r in rows)
    return [ReportMatch(_report_view(by_id[i]), reason) for i, reason in ranked]


# --------------------------------------------------------------------------------------------
# Writing: connection-level writers shared with the demo generator, then the use cases.
# --------------------------------------------------------------------------------------------


def _phrase(phrases: Phrases | None, key: str, fallback: str) -> str:
    return (phrases or {}).get(key) or fallback


def _log(
    conn: Connection,
    w: JournalWriter,
    *,
    kind: str,
    phrases: Phrases | None,
    item_id: str | None,
    room: str,
    party: str,
    actor_id: str,
    station: str,
    at: datetime,
    log_num: int | None,
    category: Category = Category.NOTE,
    **values: Any,
) -> None:
    text = rules.log_text(kind, phrases, **{k: str(v) for k, v in values.items()})
    draft = validate_entry(
        category=category.value,
        text=text[:4000],
        room=room[: rules.SHORT_MAX_LENGTH],
        party=party[: rules.SHORT_MAX_LENGTH],
        now=at,
    )
    write_entry(
        conn,
        w,
        draft=draft,
        author_id=actor_id,
        station=station,
        at=at,
        num=log_num if log_num is not None else next_entry_num(conn),
        lf_item_id=item_id,
    )


def _short_text(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def write_item(
    conn: Connection,
    w: JournalWriter,
    *,
    draft: rules.ItemDraft,
    actor_id: str,
    station: str,
    at: datetime,
    year: int,
    phrases: Phrases | None = None,
    num: int | None = None,
    seq: int | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    if num is None:
        num = (conn.execute(_MAX_NUM).scalar() or 0) + 1
    if seq is None:
        seq = rules.next_seq(conn.execute(_MAX_SEQ, {"year": year}).scalar())
    row: dict[str, Any] = {
        "id": new_id(),
        "num": num,
        "year": year,
        "seq": seq,
        "found_at": draft.found_at,
        "found_place": draft.found_place,
        "finder_kind": draft.finder_kind.value,
        "finder_id": draft.finder_id,
        "finder_name": draft.finder_name,
        "description": draft.description,
        "category": draft.category,
        "valuables": draft.valuables,
        "storage_place": draft.storage_place,
        "state": ItemState.STORED.value,
        "registered_at": at,
        "registered_by_id": actor_id,
        "station": station,
        "version": 1,
    }
    insert_journaled(conn, w, lf_item, row, at)
    _log(
        conn,
        w,
        kind="found",
        phrases=phrases,
        item_id=row["id"],
        room=draft.found_place,
        party=draft.finder_name,
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        number=rules.item_number(year, seq),
        description=_short_text(draft.description),
        storage=draft.storage_place,
    )
    return row


def write_photo(
    conn: Connection,
    w: JournalWriter,
    *,
    item_id: str,
    data: bytes,
    mime: str,
    actor_id: str,
    at: datetime,
    position: int,
) -> str:
    photo_id = new_id()
    insert_journaled(
        conn,
        w,
        lf_photo,
        {
            "id": photo_id,
            "item_id": item_id,
            "position": position,
            "added_at": at,
            "added_by_id": actor_id,
            "mime": mime,
            "data": data,
        },
        at,
    )
    return photo_id


def write_report(
    conn: Connection,
    w: JournalWriter,
    *,
    draft: rules.ReportDraft,
    actor_id: str,
    station: str,
    at: datetime,
    phrases: Phrases | None = None,
    num: int | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    if num is None:
        num = (conn.execute(_MAX_REPORT_NUM).scalar() or 0) + 1
    row: dict[str, Any] = {
        "id": new_id(),
        "num": num,
        "reported_at": at,
        "guest_name": draft.guest_name,
        "contact": draft.contact,
        "room": draft.room,
        "lost_from": draft.lost_from,
        "lost_until": draft.lost_until,
        "lost_place": draft.lost_place,
        "description": draft.description,
        "category": draft.category,
        "state": ReportState.OPEN.value,
        "item_id": None,
        "closed_at": None,
        "close_note": None,
        "recorded_by_id": actor_id,
        "station": station,
        "version": 1,
    }
    insert_journaled(conn, w, lf_report, row, at)
    _log(
        conn,
        w,
        kind="report",
        phrases=phrases,
        item_id=None,
        room=draft.room or draft.lost_place,
        party=draft.guest_name,
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        category=Category.REQUEST,
        guest=draft.guest_name,
        description=_short_text(draft.description),
    )
    return row


def _item_row(conn: Connection, item_id: str, expected_version: int | None) -> dict[str, Any]:
    row = conn.execute(select(lf_item).where(lf_item.c.id == item_id)).first()
    if row is None:
        raise NotFound("No such found item.")
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(
            "Another station changed this item a moment ago. Look at it again and retry."
        )
    return dict(row._mapping)


def _report_row(conn: Connection, report_id: str, expected_version: int | None) -> dict[str, Any]:
    row = conn.execute(select(lf_report).where(lf_report.c.id == report_id)).first()
    if row is None:
        raise NotFound("No such lost-item report.")
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(
            "Another station changed this report a moment ago. Look at it again and retry."
        )
    return dict(row._mapping)


def _number(row: Mapping[str, Any]) -> str:
    return rules.item_number(row["year"], row["seq"])


def write_link(
    conn: Connection,
    w: JournalWriter,
    *,
    report: dict[str, Any],
    item: dict[str, Any],
    actor_id: str,
    station: str,
    at: datetime,
    phrases: Phrases | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    if report["state"] == ReportState.CLOSED.value:
        raise ValidationError("This report is closed.", field="report")
    if item["state"] not in _HELD:
        raise ValidationError(
            "This item is no longer held (now: {state}).", field="state", state=item["state"]
        )
    new = update_journaled(
        conn,
        w,
        lf_report,
        report,
        {
            "state": ReportState.LINKED.value,
            "item_id": item["id"],
            "version": report["version"] + 1,
        },
        at,
    )
    _log(
        conn,
        w,
        kind="link",
        phrases=phrases,
        item_id=item["id"],
        room=report["room"] or report["lost_place"],
        party=report["guest_name"],
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        number=_number(item),
        guest=report["guest_name"],
    )
    return new


def write_return(
    conn: Connection,
    w: JournalWriter,
    *,
    item: dict[str, Any],
    draft: rules.ReturnDraft,
    signature: Signature,
    actor_id: str,
    station: str,
    at: datetime,
    report_id: str | None = None,
    phrases: Phrases | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    rules.check_can_return(_ITEM_STATE[item["state"]])
    # A disposal waiting for approval is moot once the owner has the item.
    for pending in conn.execute(
        select(lf_disposal).where(
            lf_disposal.c.item_id == item["id"], lf_disposal.c.decision.is_(None)
        )
    ).all():
        update_journaled(
            conn,
            w,
            lf_disposal,
            dict(pending._mapping),
            {
                "decision": Decision.WITHDRAWN.value,
                "decided_at": at,
                "decided_by_id": actor_id,
                "decision_note": "",
                "version": pending.version + 1,
            },
            at,
        )
    ret = {
        "id": new_id(),
        "item_id": item["id"],
        "returned_at": at,
        "claimant_name": draft.claimant_name,
        "claimant_contact": draft.claimant_contact,
        "id_document": draft.id_document.value,
        "id_last_four": draft.id_last_four,
        "returned_by_id": actor_id,
        "signature": strokes_to_json(signature),
        "signature_png": signature.png,
        "report_id": report_id,
        "station": station,
    }
    insert_journaled(conn, w, lf_return, ret, at)
    update_journaled(
        conn,
        w,
        lf_item,
        item,
        {"state": ItemState.RETURNED.value, "version": item["version"] + 1},
        at,
    )
    # Reports the item answered are done with.
    for r in conn.execute(
        select(lf_report).where(
            lf_report.c.item_id == item["id"], lf_report.c.state != ReportState.CLOSED.value
        )
    ).all():
        update_journaled(
            conn,
            w,
            lf_report,
            dict(r._mapping),
            {
                "state": ReportState.CLOSED.value,
                "closed_at": at,
                "close_note": _number(item),
                "version": r.version + 1,
            },
            at,
        )
    _log(
        conn,
        w,
        kind="return",
        phrases=phrases,
        item_id=item["id"],
        room=item["storage_place"],
        party=draft.claimant_name,
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        number=_number(item),
        claimant=draft.claimant_name,
        document=_phrase(phrases, f"document:{draft.id_document.value}", draft.id_document.value),
        tail=draft.id_last_four,
    )
    return ret


def write_proposal(
    conn: Connection,
    w: JournalWriter,
    *,
    item: dict[str, Any],
    method: DisposalMethod,
    note: str,
    due: bool,
    actor_id: str,
    station: str,
    at: datetime,
    phrases: Phrases | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    rules.check_can_propose(_ITEM_STATE[item["state"]], due)
    proposal = {
        "id": new_id(),
        "item_id": item["id"],
        "proposed_at": at,
        "proposed_by_id": actor_id,
        "method": method.value,
        "note": note,
        "decision": None,
        "decided_at": None,
        "decided_by_id": None,
        "decision_note": None,
        "version": 1,
    }
    insert_journaled(conn, w, lf_disposal, proposal, at)
    update_journaled(
        conn,
        w,
        lf_item,
        item,
        {"state": ItemState.DISPOSAL_PROPOSED.value, "version": item["version"] + 1},
        at,
    )
    _log(
        conn,
        w,
        kind="propose",
        phrases=phrases,
        item_id=item["id"],
        room=item["storage_place"],
        party="",
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        number=_number(item),
        method=_phrase(phrases, f"method:{method.value}", method.value),
        note=note,
    )
    return proposal


def write_decision(
    conn: Connection,
    w: JournalWriter,
    *,
    item: dict[str, Any],
    approve: bool,
    note: str,
    actor_id: str,
    station: str,
    at: datetime,
    phrases: Phrases | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    pending = conn.execute(
        select(lf_disposal).where(
            lf_disposal.c.item_id == item["id"], lf_disposal.c.decision.is_(None)
        )
    ).first()
    rules.check_can_decide(
        _ITEM_STATE[item["state"]], pending.proposed_by_id if pending else "", actor_id
    )
    assert pending is not None  # check_can_decide refuses a proposed item without one
    decision = Decision.APPROVED if approve else Decision.REJECTED
    new = update_journaled(
        conn,
        w,
        lf_disposal,
        dict(pending._mapping),
        {
            "decision": decision.value,
            "decided_at": at,
            "decided_by_id": actor_id,
            "decision_note": note,
            "version": pending.version + 1,
        },
        at,
    )
    state = ItemState.DISPOSED if approve else ItemState.STORED
    update_journaled(
        conn, w, lf_item, item, {"state": state.value, "version": item["version"] + 1}, at
    )
    method = DisposalMethod(pending.method)
    _log(
        conn,
        w,
        kind="approve" if approve else "reject",
        phrases=phrases,
        item_id=item["id"],
        room=item["storage_place"],
        party="",
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        number=_number(item),
        method=_phrase(phrases, f"method:{method.value}", method.value),
        note=note,
    )
    return new


def write_close_report(
    conn: Connection,
    w: JournalWriter,
    *,
    report: dict[str, Any],
    note: str,
    actor_id: str,
    station: str,
    at: datetime,
    phrases: Phrases | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    if report["state"] == ReportState.CLOSED.value:
        raise ValidationError("This report is closed.", field="report")
    new = update_journaled(
        conn,
        w,
        lf_report,
        report,
        {
            "state": ReportState.CLOSED.value,
            "closed_at": at,
            "close_note": note,
            "version": report["version"] + 1,
        },
        at,
    )
    _log(
        conn,
        w,
        kind="close_report",
        phrases=phrases,
        item_id=None,
        room=report["room"] or report["lost_place"],
        party=report["guest_name"],
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        category=Category.REQUEST,
        guest=report["guest_name"],
        note=note,
    )
    return new


def _clean_note(note: str | None, *, required: bool = False, field: str = "note") -> str:
    text = (note or "").strip()
    if required and not text:
        raise ValidationError("Say why, in a few words.", field=field)
    if len(text) > rules.DESCRIPTION_MAX_LENGTH:
        raise ValidationError(
            "The note is longer than {limit} characters.",
            field=field,
            limit=rules.DESCRIPTION_MAX_LENGTH,
        )
    return text


def register_item(
    desk: Desk,
    actor: Actor,
    *,
    found_at: datetime | None,
    found_place: str,
    finder_kind: str,
    finder_id: str | None = None,
    finder_name: str = "",
    description: str,
    category: str,
    valuables: bool = False,
    storage_place: str,
    photos: Sequence[bytes] = (),
    phrases: Phrases | None = None,
) -> ItemView:
    """A found item into the book, with its photos and a log entry, in one transaction."""
    now = desk.clock.now()
    mimes = [rules.validate_photo(p, i) for i, p in enumerate(photos)]
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        policy = read_policy(conn)
        draft = rules.validate_item(
            found_at=found_at,
            found_place=found_place,
            finder_kind=finder_kind,
            finder_id=finder_id,
            finder_name=finder_name,
            description=description,
            category=category,
            valuables=valuables,
            storage_place=storage_place,
            policy=policy,
            now=now,
        )
        if draft.finder_kind is FinderKind.STAFF:
            finder = conn.execute(
                select(person.c.name, person.c.active).where(person.c.id == draft.finder_id)
            ).first()
            if finder is None:
                raise ValidationError("Choose the member of staff who found it.", field="finder")
            draft = rules.ItemDraft(**{**draft.__dict__, "finder_name": finder.name})
        row = write_item(
            conn,
            w,
            draft=draft,
            actor_id=actor.id,
            station=desk.station,
            at=now,
            year=now.astimezone().year,
            phrases=phrases,
        )
        for position, (data, mime) in enumerate(zip(photos, mimes, strict=True), 1):
            write_photo(
                conn,
                w,
                item_id=row["id"],
                data=data,
                mime=mime,
                actor_id=actor.id,
                at=now,
                position=position,
            )
        w.flush()
        return _load_item(conn, row["id"], policy, now)


def add_photo(
    desk: Desk, actor: Actor, item_id: str, data: bytes, *, phrases: Phrases | None = None
) -> PhotoView:
    now = desk.clock.now()
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        item = _item_row(conn, item_id, None)
        count = conn.execute(
            select(func.count()).select_from(lf_photo).where(lf_photo.c.item_id == item_id)
        ).scalar_one()
        mime = rules.validate_photo(data, count)
        photo_id = write_photo(
            conn,
            w,
            item_id=item_id,
            data=data,
            mime=mime,
            actor_id=actor.id,
            at=now,
            position=count + 1,
        )
        _log(
            conn,
            w,
            kind="photo",
            phrases=phrases,
            item_id=item_id,
            room=item["storage_place"],
            party="",
            actor_id=actor.id,
            station=desk.station,
            at=now,
            log_num=None,
            number=_number(item),
        )
        w.flush()
    return PhotoView(photo_id, mime, now, actor.name)


def report_lost(
    desk: Desk,
    actor: Actor,
    *,
    guest_name: str,
    contact: str = "",
    room: str = "",
    lost_from: datetime | None,
    lost_until: datetime | None,
    lost_place: str = "",
    description: str,
    category: str,
    phrases: Phrases | None = None,
) -> ReportView:
    now = desk.clock.now()
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        draft = rules.validate_report(
            guest_name=guest_name,
            contact=contact,
            room=room,
            lost_from=lost_from,
            lost_until=lost_until,
            lost_place=lost_place,
            description=description,
            category=category,
            policy=read_policy(conn),
            now=now,
        )
        row = write_report(
            conn, w, draft=draft, actor_id=actor.id, station=desk.station, at=now, phrases=phrases
        )
        w.flush()
        return _load_report(conn, row["id"])


def link_match(
    desk: Desk,
    actor: Actor,
    report_id: str,
    item_id: str,
    *,
    expected_version: int | None = None,
    phrases: Phrases | None = None,
) -> ReportView:
    """The clerk judges that a found item is what the guest lost: the guest is to be told."""
    now = desk.clock.now()
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        report = _report_row(conn, report_id, expected_version)
        item = _item_row(conn, item_id, None)
        write_link(
            conn,
            w,
            report=report,
            item=item,
            actor_id=actor.id,
            station=desk.station,
            at=now,
            phrases=phrases,
        )
        w.flush()
        return _load_report(conn, report_id)


def unlink_match(
    desk: Desk,
    actor: Actor,
    report_id: str,
    *,
    expected_version: int | None = None,
    phrases: Phrases | None = None,
) -> ReportView:
    """The guest saw the item and it is not theirs: the report is open again."""
    now = desk.clock.now()
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        report = _report_row(conn, report_id, expected_version)
        if report["state"] != ReportState.LINKED.value or not report["item_id"]:
            raise ValidationError("This report is not linked to a found item.", field="report")
        item = _item_row(conn, report["item_id"], None)
        update_journaled(
            conn,
            w,
            lf_report,
            report,
            {"state": ReportState.OPEN.value, "item_id": None, "version": report["version"] + 1},
            now,
        )
        _log(
            conn,
            w,
            kind="unlink",
            phrases=phrases,
            item_id=item["id"],
            room=report["room"] or report["lost_place"],
            party=report["guest_name"],
            actor_id=actor.id,
            station=desk.station,
            at=now,
            log_num=None,
            number=_number(item),
            guest=report["guest_name"],
        )
        w.flush()
        return _load_report(conn, report_id)


def close_report(
    desk: Desk,
    actor: Actor,
    report_id: str,
    note: str,
    *,
    expected_version: int | None = None,
    phrases: Phrases | None = None,
) -> ReportView:
    """The guest no longer looks for it (found it themselves, gave up): say why."""
    now = desk.clock.now()
    text = _clean_note(note, required=True)
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        report = _report_row(conn, report_id, expected_version)
        write_close_report(
            conn,
            w,
            report=report,
            note=text,
            actor_id=actor.id,
            station=desk.station,
            at=now,
            phrases=phrases,
        )
        w.flush()
        return _load_report(conn, report_id)


def return_item(
    desk: Desk,
    actor: Actor,
    item_id: str,
    *,
    claimant_name: str,
    claimant_contact: str = "",
    id_document: str | None,
    id_last_four: str | None,
    identity_checked: bool,
    signature: Signature | None,
    report_id: str | None = None,
    expected_version: int | None = None,
    phrases: Phrases | None = None,
) -> ItemDetail:
    """Hand the item to its owner against an identity check and a signature drawn on screen."""
    now = desk.clock.now()
    draft = rules.validate_return(
        claimant_name=claimant_name,
        claimant_contact=claimant_contact,
        id_document=id_document,
        id_last_four=id_last_four,
        identity_checked=identity_checked,
    )
    sig = validate_signature(signature)
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        item = _item_row(conn, item_id, expected_version)
        if report_id is not None:
            _report_row(conn, report_id, None)
        write_return(
            conn,
            w,
            item=item,
            draft=draft,
            signature=sig,
            actor_id=actor.id,
            station=desk.station,
            at=now,
            report_id=report_id,
            phrases=phrases,
        )
        w.flush()
        return _detail(conn, item_id, now)


def propose_disposal(
    desk: Desk,
    actor: Actor,
    item_id: str,
    method: str,
    note: str = "",
    *,
    expected_version: int | None = None,
    phrases: Phrases | None = None,
) -> ItemDetail:
    """A clerk proposes what to do with an item whose retention has run out."""
    now = desk.clock.now()
    how = rules.validate_disposal_method(method)
    text = _clean_note(note)
    with desk.db.write() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        w = writer(conn, desk, actor)
        item = _item_row(conn, item_id, expected_version)
        policy = read_policy(conn)
        due = policy.is_due(item["found_at"], item["category"], item["valuables"], now)
        write_proposal(
            conn,
            w,
            item=item,
            method=how,
            note=text,
            due=due,
            actor_id=actor.id,
            station=desk.station,
            at=now,
            phrases=phrases,
        )
        w.flush()
        return _detail(conn, item_id, now)


def decide_disposal(
    desk: Desk,
    actor: Actor,
    item_id: str,
    *,
    approve: bool,
    note: str = "",
    expected_version: int | None = None,
    phrases: Phrases | None = None,
) -> ItemDetail:
    """A supervisor (never the proposer) approves, and only then is the item disposed of, or
    rejects, and it stays on the shelf."""
    now = desk.clock.now()
    text = _clean_note(note, required=not approve)
    with desk.db.write() as conn:
        require(conn, actor, Capability.APPROVE_DISPOSAL)
        w = writer(conn, desk, actor)
        item = _item_row(conn, item_id, expected_version)
        write_decision(
            conn,
            w,
            item=item,
            approve=approve,
            note=text,
            actor_id=actor.id,
            station=desk.station,
            at=now,
            phrases=phrases,
        )
        w.flush()
        return _detail(conn, item_id, now)


def set_policy(desk: Desk, actor: Actor, policy: RetentionPolicy) -> RetentionPolicy:
    """A manager's category list and retention periods."""
    clean = rules.validate_policy(policy)
    now = desk.clock.now()
    with desk.db.write() as conn:
        require(conn, actor, Capability.CHANGE_SETTINGS)
        w = writer(conn, desk, actor)
        encoded = canonical(clean.as_json())
        current = conn.execute(select(setting).where(setting.c.key == POLICY_KEY)).first()
        if current is None:
            insert_journaled(conn, w, setting, {"key": POLICY_KEY, "value": encoded}, now)
        elif current.value != encoded:
            update_journaled(conn, w, setting, dict(current._mapping), {"value": encoded}, now)
        w.flush()
        return read_policy(conn)


def new_category_code() -> str:
    return rules.CUSTOM_PREFIX + new_id()[:8]
