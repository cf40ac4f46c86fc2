"""The duty log read: entries, pages, an entry's detail, follow-ups and what is unread."""

from __future__ import annotations

from dataclasses import field
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Connection, and_, func, select, true

from desk_app.book_text import entry_text
from desk_app.domain.book_lines import BookLine
from desk_app.domain.errors import NotFound
from desk_app.domain.log import Category
from desk_app.domain.search import parse_query
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.store.paging import before_cursor
from desk_app.store.search import log_search_condition
from desk_app.store.tables import entry_read, follow_up, log_entry, person, sign_in

# A page is a few screens of the table; the next one is fetched as the view scrolls.
PAGE_SIZE = 100


class FollowUpState(StrEnum):
    NONE = "none"
    OPEN = "open"
    OVERDUE = "overdue"
    CLOSED = "closed"


class EntryView(Value):
    id: str
    num: int
    at: datetime
    category: Category
    text: str
    room: str
    party: str
    important: bool
    author_id: str
    author_name: str
    station: str
    amends_num: int | None
    amended_by_num: int | None
    follow_up_id: str | None
    follow_up_state: FollowUpState
    follow_up_due: datetime | None
    follow_up_owner_name: str | None
    complaint_id: str | None = None  # a complaint step's entry links to the complaint
    lf_item_id: str | None = None  # and a found item's movement to the item
    key_id: str | None = None  # and a restricted key's loan, a key lost, to the key
    # A line the program wrote (``text`` is then that line in the reader's language).
    line: BookLine | None = None

    @property
    def cursor(self) -> tuple[datetime, int]:
        return (self.at, self.num)


class LogFilter(Value):
    since: datetime | None = None
    until: datetime | None = None
    category: Category | None = None
    author_id: str | None = None
    open_follow_ups_only: bool = False
    search: str = ""


class Page(Value):
    rows: list[EntryView]
    next_cursor: tuple[datetime, int] | None


class Reader(Value):
    person_id: str
    name: str
    at: datetime | None


class EntryDetail(Value):
    entry: EntryView
    amends: EntryView | None
    amended_by: EntryView | None
    closes: EntryView | None
    closed_by: EntryView | None
    read_by: list[Reader] = field(default_factory=list)
    not_read_by: list[Reader] = field(default_factory=list)


class FollowUpView(Value):
    id: str
    entry_id: str
    entry_num: int
    entry_text: str
    entry_category: Category
    room: str
    owner_id: str
    owner_name: str
    due_at: datetime
    overdue: bool
    version: int


_author = person.alias("author")
_owner = person.alias("owner")
_amends = log_entry.alias("amended_entry")
_amender = log_entry.alias("amender")


def _entry_select(now: datetime):
    e = log_entry.c
    amended_by = (
        select(_amender.c.num)
        .where(_amender.c.amends_id == e.id)
        .order_by(_amender.c.num)
        .limit(1)
        .scalar_subquery()
    )
    return (
        select(
            e.id,
            e.num,
            e.at,
            e.category,
            e.text,
            e.message,
            e.message_values,
            e.room,
            e.party,
            e.important,
            e.author_id,
            _author.c.name.label("author_name"),
            e.station,
            e.complaint_id,
            e.lf_item_id,
            e.key_id,
            _amends.c.num.label("amends_num"),
            amended_by.label("amended_by_num"),
            follow_up.c.id.label("follow_up_id"),
            follow_up.c.due_at.label("follow_up_due"),
            follow_up.c.closed_at.label("follow_up_closed_at"),
            _owner.c.name.label("follow_up_owner_name"),
        )
        .select_from(log_entry)
        .join(_author, _author.c.id == e.author_id)
        .outerjoin(_amends, _amends.c.id == e.amends_id)
        .outerjoin(follow_up, follow_up.c.entry_id == e.id)
        .outerjoin(_owner, _owner.c.id == follow_up.c.owner_id)
    )


def _to_view(row, now: datetime) -> EntryView:
    if row.follow_up_id is None:
        state = FollowUpState.NONE
    elif row.follow_up_closed_at is not None:
        state = FollowUpState.CLOSED
    elif row.follow_up_due < now:
        state = FollowUpState.OVERDUE
    else:
        state = FollowUpState.OPEN
    line = BookLine.decode(row.message, row.message_values) if row.message else None
    return EntryView(
        id=row.id,
        num=row.num,
        at=row.at,
        category=Category(row.category),
        text=entry_text(row.text, line),
        room=row.room,
        party=row.party,
        important=row.important,
        author_id=row.author_id,
        author_name=row.author_name,
        station=row.station,
        amends_num=row.amends_num,
        amended_by_num=row.amended_by_num,
        follow_up_id=row.follow_up_id,
        follow_up_state=state,
        follow_up_due=row.follow_up_due,
        follow_up_owner_name=row.follow_up_owner_name,
        complaint_id=row.complaint_id,
        lf_item_id=row.lf_item_id,
        key_id=row.key_id,
        line=line,
    )


def load_entry(conn: Connection, entry_id: str, now: datetime) -> EntryView | None:
    row = conn.execute(_entry_select(now).where(log_entry.c.id == entry_id)).first()
    return _to_view(row, now) if row else None


def list_entries(
    desk: Desk,
    actor: Actor,
    flt: LogFilter = LogFilter(),
    *,
    after: tuple[datetime, int] | None = None,
    limit: int = PAGE_SIZE,
) -> Page:
    """One keyset page, newest first. ``after`` is the cursor of the last row already shown.

    The page's numbers are chosen first on ``log_entry`` alone; names, links and follow-ups are
    joined for those rows only, not for every match of a common search word.
    """
    now = desk.clock.now()
    e = log_entry.c
    conds = []
    if flt.since is not None:
        conds.append(e.at >= flt.since)
    if flt.until is not None:
        conds.append(e.at < flt.until)
    if flt.category is not None:
        conds.append(e.category == flt.category.value)
    if flt.author_id is not None:
        conds.append(e.author_id == flt.author_id)
    if flt.open_follow_ups_only:
        conds.append(e.id.in_(select(follow_up.c.entry_id).where(follow_up.c.closed_at.is_(None))))
    query = parse_query(flt.search)
    if query is not None:
        conds.append(log_search_condition(desk.db.dialect, query))
    if after is not None:
        conds.append(before_cursor(e.at, e.num, after))
    order = (e.at.desc(), e.num.desc())
    page = select(e.num).where(and_(true(), *conds)).order_by(*order).limit(limit + 1)
    stmt = _entry_select(now).where(e.num.in_(page.scalar_subquery())).order_by(*order)
    with desk.db.read() as conn:
        require(conn, actor)
        rows = [_to_view(r, now) for r in conn.execute(stmt)]
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(rows=rows, next_cursor=rows[-1].cursor if more and rows else None)


def get_entry(desk: Desk, actor: Actor, entry_id: str) -> EntryView:
    with desk.db.read() as conn:
        require(conn, actor)
        view = load_entry(conn, entry_id, desk.clock.now())
    if view is None:
        raise NotFound("No such entry.")
    return view


def entry_id_of(desk: Desk, actor: Actor, num: int) -> str:
    """The entry numbered ``num``: printed sheets and reports name entries by number."""
    with desk.db.read() as conn:
        require(conn, actor)
        entry_id = conn.execute(select(log_entry.c.id).where(log_entry.c.num == num)).scalar()
    if entry_id is None:
        raise NotFound("There is no entry #{num}.", num=num)
    return entry_id


def entry_detail(desk: Desk, actor: Actor, entry_id: str) -> EntryDetail:
    """An entry with its links both ways, and who has read it among those on duty since."""
    now = desk.clock.now()
    with desk.db.read() as conn:
        require(conn, actor)
        entry = load_entry(conn, entry_id, now)
        if entry is None:
            raise NotFound("No such entry.")
        raw = conn.execute(select(log_entry).where(log_entry.c.id == entry_id)).one()
        amends = load_entry(conn, raw.amends_id, now) if raw.amends_id else None
        amender_id = conn.execute(
            select(log_entry.c.id).where(log_entry.c.amends_id == entry_id)
        ).scalar()
        amended_by = load_entry(conn, amender_id, now) if amender_id else None
        closes = None
        if raw.closes_follow_up_id:
            closed_entry_id = conn.execute(
                select(follow_up.c.entry_id).where(follow_up.c.id == raw.closes_follow_up_id)
            ).scalar()
            closes = load_entry(conn, closed_entry_id, now) if closed_entry_id else None
        closing_id = conn.execute(
            select(follow_up.c.closing_entry_id).where(follow_up.c.entry_id == entry_id)
        ).scalar()
        closed_by = load_entry(conn, closing_id, now) if closing_id else None
        readers = {
            r.person_id: Reader(r.person_id, r.name, r.at)
            for r in conn.execute(
                select(entry_read.c.person_id, person.c.name, entry_read.c.at)
                .join(person, person.c.id == entry_read.c.person_id)
                .where(entry_read.c.entry_id == entry_id)
                .order_by(entry_read.c.at)
            )
        }
        on_duty = conn.execute(
            select(person.c.id, person.c.name)
            .where(person.c.id.in_(select(sign_in.c.person_id).where(sign_in.c.at >= raw.at)))
            .where(person.c.active.is_(True))
            .order_by(person.c.name)
        ).all()
    not_read = [
        Reader(p.id, p.name, None)
        for p in on_duty
        if p.id not in readers and p.id != entry.author_id
    ]
    return EntryDetail(
        entry=entry,
        amends=amends,
        amended_by=amended_by,
        closes=closes,
        closed_by=closed_by,
        read_by=list(readers.values()),
        not_read_by=not_read,
    )


def open_follow_ups(desk: Desk, actor: Actor) -> list[FollowUpView]:
    """Every open follow-up across shifts, soonest due first. Open ones are few; no paging."""
    now = desk.clock.now()
    stmt = (
        select(
            follow_up,
            log_entry.c.num,
            log_entry.c.text,
            log_entry.c.category,
            log_entry.c.room,
            person.c.name.label("owner_name"),
        )
        .join(log_entry, log_entry.c.id == follow_up.c.entry_id)
        .join(person, person.c.id == follow_up.c.owner_id)
        .where(follow_up.c.closed_at.is_(None))
        .order_by(follow_up.c.due_at)
    )
    with desk.db.read() as conn:
        require(conn, actor)
        return [
            FollowUpView(
                id=r.id,
                entry_id=r.entry_id,
                entry_num=r.num,
                entry_text=r.text,
                entry_category=Category(r.category),
                room=r.room,
                owner_id=r.owner_id,
                owner_name=r.owner_name,
                due_at=r.due_at,
                overdue=r.due_at < now,
                version=r.version,
            )
            for r in conn.execute(stmt)
        ]


def overdue_count(desk: Desk) -> int:
    now = desk.clock.now()
    with desk.db.read() as conn:
        return conn.execute(
            select(func.count())
            .select_from(follow_up)
            .where(follow_up.c.closed_at.is_(None), follow_up.c.due_at < now)
        ).scalar_one()


def unread_important(desk: Desk, actor: Actor, *, since: datetime) -> list[EntryView]:
    """Important entries since a time that the actor has not marked read (the handover needs it)."""
    now = desk.clock.now()
    read = select(entry_read.c.entry_id).where(entry_read.c.person_id == actor.id)
    stmt = (
        _entry_select(now)
        .where(
            log_entry.c.important.is_(True), log_entry.c.at >= since, log_entry.c.id.not_in(read)
        )
        .where(log_entry.c.author_id != actor.id)
        .order_by(log_entry.c.at)
    )
    with desk.db.read() as conn:
        require(conn, actor)
        return [_to_view(r, now) for r in conn.execute(stmt)]
