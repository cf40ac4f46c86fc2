"""Lost and found as the window reads it: views, lists, details, counts and matches.

Lists are keyset pages over indexed orders (found time, report time); the "due for disposal" list
is one indexed range narrowed per category, so it costs the same whatever the retention settings;
matching scores only the candidates in an indexed time window, never three years of items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, and_, func, or_, select, true

from desk_app.domain import lostfound as rules
from desk_app.domain.errors import NotFound
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
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.settings import read_setting
from desk_app.store.paging import before_cursor
from desk_app.store.search import LF_ITEM_SEARCH, LF_REPORT_SEARCH, search_condition
from desk_app.store.tables import (
    lf_disposal,
    lf_item,
    lf_photo,
    lf_report,
    lf_return,
    person,
)

PAGE_SIZE = 100
POLICY_KEY = "lostfound_policy"


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
ITEM_STATES = {s.value: s for s in ItemState}
_REPORT_STATE = {s.value: s for s in ReportState}
_FINDER = {k.value: k for k in FinderKind}


def read_policy(conn: Connection) -> RetentionPolicy:
    return rules.policy_from_json(read_setting(conn, POLICY_KEY))


def _item_select():
    return (
        select(lf_item, _registrar.c.name.label("registered_by_name"))
        .select_from(lf_item)
        .join(_registrar, _registrar.c.id == lf_item.c.registered_by_id)
    )


def _item_view(row, policy: RetentionPolicy, now: datetime) -> ItemView:
    state = ITEM_STATES[row.state]
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


def load_item(conn: Connection, item_id: str, policy: RetentionPolicy, now: datetime):
    row = conn.execute(_item_select().where(lf_item.c.id == item_id)).first()
    if row is None:
        raise NotFound("No such found item.")
    return _item_view(row, policy, now)


def load_report(conn: Connection, report_id: str) -> ReportView:
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


def load_detail(conn: Connection, item_id: str, now: datetime) -> ItemDetail:
    policy = read_policy(conn)
    item = load_item(conn, item_id, policy, now)
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
        return load_detail(conn, item_id, desk.clock.now())


def report_detail(desk: Desk, actor: Actor, report_id: str) -> ReportView:
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return load_report(conn, report_id)


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


HELD = (ItemState.STORED.value, ItemState.DISPOSAL_PROPOSED.value)


def _items_for(conn: Connection, report_row, now: datetime) -> list[ItemMatch]:
    start, end = rules.candidate_window_for_report(report_row.lost_from, report_row.lost_until)
    c = lf_item.c
    rows = conn.execute(
        _item_select().where(
            c.state.in_(HELD),
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
