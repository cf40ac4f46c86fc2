"""Lost and found as the window reads it: items and reports, their lists, the policy, counts.

Lists are keyset pages over indexed orders (found time, report time); the "due for disposal" list
is one indexed range narrowed per category, so it costs the same whatever the retention settings.
An item's detail is in ``lostfound.detail``, matching in ``lostfound.matching``.

"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import Connection, and_, func, or_, select, true

from desk_app.domain.errors import NotFound
from desk_app.domain.lostfound import categories, rules
from desk_app.domain.lostfound.categories import RetentionPolicy
from desk_app.domain.lostfound.rules import (
    DisposalMethod,
    FinderKind,
    ItemState,
    ReportState,
)
from desk_app.domain.roles import Capability
from desk_app.domain.search import parse_query
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.settings import read_setting
from desk_app.store.paging import before_cursor
from desk_app.store.search import LF_ITEM_SEARCH, LF_REPORT_SEARCH, search_condition
from desk_app.store.tables import (
    lf_disposal,
    lf_item,
    lf_report,
    person,
)

PAGE_SIZE = 100
POLICY_KEY = "lostfound_policy"


# --------------------------------------------------------------------------------------------
# What the window gets back
# --------------------------------------------------------------------------------------------


class ItemView(Value):
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
    # A disposal awaiting approval (in a list): who proposed it and how. Empty otherwise.
    proposed_by_name: str = ""
    proposed_method: DisposalMethod | None = None

    @property
    def cursor(self) -> tuple[datetime, int]:
        return (self.found_at, self.num)


class ReportView(Value):
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


class ItemFilter(Value):
    since: datetime | None = None
    until: datetime | None = None
    states: frozenset[ItemState] | None = None  # None: any
    category: str | None = None
    valuables_only: bool = False
    due_only: bool = False  # held past retention, no disposal proposed yet
    awaiting_approval: bool = False
    search: str = ""


class ReportFilter(Value):
    since: datetime | None = None
    until: datetime | None = None
    states: frozenset[ReportState] | None = None
    category: str | None = None
    search: str = ""


class ItemPage(Value):
    rows: list[ItemView]
    next_cursor: tuple[datetime, int] | None


class ReportPage(Value):
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
    return categories.policy_from_json(read_setting(conn, POLICY_KEY))


def item_select():
    return (
        select(lf_item, _registrar.c.name.label("registered_by_name"))
        .select_from(lf_item)
        .join(_registrar, _registrar.c.id == lf_item.c.registered_by_id)
    )


def item_view(row, policy: RetentionPolicy, now: datetime) -> ItemView:
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


def report_select():
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


def report_view(row) -> ReportView:
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
    row = conn.execute(item_select().where(lf_item.c.id == item_id)).first()
    if row is None:
        raise NotFound("No such found item.")
    return item_view(row, policy, now)


def load_report(conn: Connection, report_id: str) -> ReportView:
    row = conn.execute(report_select().where(lf_report.c.id == report_id)).first()
    if row is None:
        raise NotFound("No such lost-item report.")
    return report_view(row)


def _due_condition(policy: RetentionPolicy, now: datetime):
    """Held past retention, as one indexed range (state, found_at) narrowed per category."""
    c = lf_item.c
    known = [cat.code for cat in policy.categories]
    shortest = min(
        [cat.retention_days for cat in policy.categories] + [categories.DEFAULT_RETENTION_DAYS]
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
            c.found_at <= now - timedelta(days=max(categories.DEFAULT_RETENTION_DAYS, 0)),
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
            item_select()
            .where(and_(true(), *conds))
            .order_by(c.found_at.desc(), c.num.desc())
            .limit(limit + 1)
        )
        rows = conn.execute(stmt).all()
        views = _with_proposals(conn, [item_view(r, policy, now) for r in rows[:limit]])
    more = len(rows) > limit
    return ItemPage(views, views[-1].cursor if more and views else None)


def _with_proposals(conn: Connection, views: list[ItemView]) -> list[ItemView]:
    """The page's items awaiting approval with who proposed their disposal and how: one read
    of the page's pending proposals (by item, indexed), none when the page has no such item."""
    waiting = [v.id for v in views if v.state is ItemState.DISPOSAL_PROPOSED]
    if not waiting:
        return views
    d = lf_disposal.c
    proposals = {
        r.item_id: (r.name, DisposalMethod(r.method))
        for r in conn.execute(
            select(d.item_id, d.method, person.c.name)
            .join(person, person.c.id == d.proposed_by_id)
            .where(d.item_id.in_(waiting), d.decision.is_(None))
        )
    }
    return [
        replace(v, proposed_by_name=proposals[v.id][0], proposed_method=proposals[v.id][1])
        if v.id in proposals
        else v
        for v in views
    ]


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
            report_select()
            .where(and_(true(), *conds))
            .order_by(c.reported_at.desc(), c.num.desc())
            .limit(limit + 1)
        )
        rows = conn.execute(stmt).all()
    views = [report_view(r) for r in rows[:limit]]
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
            item_select().where(lf_item.c.year == parsed[0], lf_item.c.seq == parsed[1])
        ).first()
        return item_view(row, read_policy(conn), desk.clock.now()) if row else None


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


HELD = (ItemState.STORED.value, ItemState.DISPOSAL_PROPOSED.value)
