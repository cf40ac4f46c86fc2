"""The key register as the window reads it: the board, one key, overdue keys, history, counts.

The board is one read of one small table: the loan now running is kept on the key itself.

"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Connection, and_, bindparam, func, or_, select, true

from desk_app.domain import keys as rules
from desk_app.domain.errors import NotFound
from desk_app.domain.keys import (
    HolderKind,
    KeyPolicy,
    KeyState,
    KeyType,
    Movement,
)
from desk_app.domain.roles import Capability
from desk_app.domain.staff import Department
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.settings import read_setting
from desk_app.store.tables import key_asset, key_count, key_movement, person, staff_member

PAGE_SIZE = 100
POLICY_KEY = "key_policy"

# --------------------------------------------------------------------------------------------
# What the window gets back
# --------------------------------------------------------------------------------------------


class KeyView(Value):
    id: str
    code: str
    label: str
    key_type: KeyType
    hook_row: int
    hook_col: int
    restricted: bool
    active: bool
    state: KeyState
    holder_id: str | None
    holder_name: str | None
    out_since: datetime | None
    expected_back: datetime | None
    overdue: bool
    version: int

    @property
    def hook(self) -> str:
        return rules.hook_name(self.hook_row, self.hook_col)


class MovementView(Value):
    id: str
    num: int
    key_id: str
    key_code: str
    key_label: str
    kind: Movement
    at: datetime
    actor_name: str
    station: str
    holder_kind: HolderKind | None
    holder_id: str | None
    holder_name: str | None
    company: str | None
    id_document: rules.IdDocument | None
    id_last_four: str | None
    purpose: str | None
    expected_back: datetime | None
    note: str | None
    # A member of the staff directory (holder_kind "directory"): who, and which department.
    staff_member_id: str | None = None
    department: Department | None = None
    department_other: str | None = None
    badge: str | None = None

    @property
    def cursor(self) -> int:
        return self.num


class MovementPage(Value):
    rows: list[MovementView]
    next_cursor: int | None


class CountView(Value):
    id: str
    at: datetime
    actor_name: str
    expected: int
    present: int
    missing: list[str]
    unexpected: list[str]
    unknown: list[str]
    matches: bool


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------

KEY_STATES = {s.value: s for s in KeyState}
_TYPES = {t.value: t for t in KeyType}
BY_CODE = select(key_asset).where(key_asset.c.code == bindparam("code"))


def read_policy(conn: Connection) -> KeyPolicy:
    return rules.policy_from_json(read_setting(conn, POLICY_KEY))


def get_policy(desk: Desk) -> KeyPolicy:
    with desk.db.read() as conn:
        return read_policy(conn)


def _view(row, now: datetime) -> KeyView:
    state = KEY_STATES[row.state]
    return KeyView(
        id=row.id,
        code=row.code,
        label=row.label,
        key_type=_TYPES[row.key_type],
        hook_row=row.hook_row,
        hook_col=row.hook_col,
        restricted=row.restricted,
        active=row.active,
        state=state,
        holder_id=row.holder_id,
        holder_name=row.holder_name,
        out_since=row.out_since,
        expected_back=row.expected_back,
        overdue=rules.is_overdue(state, row.expected_back, now),
        version=row.version,
    )


def board(desk: Desk, actor: Actor, *, include_retired: bool = False) -> list[KeyView]:
    """Every key on the board, by hook: what hangs, what is out with whom, what is overdue."""
    stmt = select(key_asset).order_by(key_asset.c.hook_row, key_asset.c.hook_col, key_asset.c.code)
    if not include_retired:
        stmt = stmt.where(key_asset.c.active.is_(True))
    now = desk.clock.now()
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return [_view(r, now) for r in conn.execute(stmt)]


def find_key(desk: Desk, actor: Actor, code: str) -> KeyView | None:
    """A scanned or typed code, any case."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        row = conn.execute(BY_CODE, {"code": rules.normalize_code(code)}).first()
        return _view(row, desk.clock.now()) if row else None


def key_id_of(desk: Desk, actor: Actor, code: str) -> str:
    """The key with this code: printed sheets and reports name keys by code."""
    found = find_key(desk, actor, code)
    if found is None:
        raise NotFound("There is no key {code} in the register.", code=code)
    return found.id


def overdue_count(desk: Desk) -> int:
    now = desk.clock.now()
    with desk.db.read() as conn:
        return conn.execute(
            select(func.count())
            .select_from(key_asset)
            .where(key_asset.c.state == KeyState.OUT.value, key_asset.c.expected_back < now)
        ).scalar_one()


_actor = person.alias("mover")


def _movement_select():
    m = key_movement.c
    return (
        select(
            key_movement,
            key_asset.c.code.label("key_code"),
            key_asset.c.label.label("key_label"),
            _actor.c.name.label("actor_name"),
            staff_member.c.department,
            staff_member.c.department_other,
            staff_member.c.badge,
        )
        .select_from(key_movement)
        .join(key_asset, key_asset.c.id == m.key_id)
        .join(_actor, _actor.c.id == m.actor_id)
        .outerjoin(staff_member, staff_member.c.id == m.staff_member_id)
    )


def _movement_view(row) -> MovementView:
    return MovementView(
        id=row.id,
        num=row.num,
        key_id=row.key_id,
        key_code=row.key_code,
        key_label=row.key_label,
        kind=Movement(row.kind),
        at=row.at,
        actor_name=row.actor_name,
        station=row.station,
        holder_kind=HolderKind(row.holder_kind) if row.holder_kind else None,
        holder_id=row.holder_id,
        holder_name=row.holder_name,
        company=row.company,
        id_document=rules.IdDocument(row.id_document) if row.id_document else None,
        id_last_four=row.id_last_four,
        purpose=row.purpose,
        expected_back=row.expected_back,
        note=row.note,
        staff_member_id=row.staff_member_id,
        department=Department(row.department) if row.department else None,
        department_other=row.department_other,
        badge=row.badge,
    )


def history(
    desk: Desk,
    actor: Actor,
    *,
    key_id: str | None = None,
    person_id: str | None = None,
    staff_member_id: str | None = None,
    before: int | None = None,
    limit: int = PAGE_SIZE,
) -> MovementPage:
    """Movements newest first, of one key, of one person (as holder or as the one who moved the
    key), of one member of the staff directory, or of the whole board; one keyset page at a
    time."""
    m = key_movement.c
    conds = []
    if key_id is not None:
        conds.append(m.key_id == key_id)
    if person_id is not None:
        conds.append(or_(m.holder_id == person_id, m.actor_id == person_id))
    if staff_member_id is not None:
        conds.append(m.staff_member_id == staff_member_id)
    if before is not None:
        conds.append(m.num < before)
    stmt = _movement_select().where(and_(true(), *conds)).order_by(m.num.desc()).limit(limit + 1)
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        rows = conn.execute(stmt).all()
    views = [_movement_view(r) for r in rows[:limit]]
    return MovementPage(views, views[-1].num if len(rows) > limit and views else None)


def last_count(desk: Desk, actor: Actor) -> CountView | None:
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        row = conn.execute(
            select(key_count, person.c.name.label("actor_name"))
            .join(person, person.c.id == key_count.c.actor_id)
            .order_by(key_count.c.at.desc())
            .limit(1)
        ).first()
    return _count_view(row) if row else None


def _count_view(row) -> CountView:
    return CountView(
        id=row.id,
        at=row.at,
        actor_name=row.actor_name,
        expected=row.expected,
        present=row.present,
        missing=json.loads(row.missing),
        unexpected=json.loads(row.unexpected),
        unknown=json.loads(row.unknown),
        matches=row.matches,
    )


def movements_between(conn: Connection, start: datetime, end: datetime) -> list[MovementView]:
    """Every key movement from ``start`` (inclusive) to ``end`` (exclusive), in the order they
    happened: one range of ``ix_key_movement_at_num``. Connection-level: the caller checks who
    may read (the duty report)."""
    m = key_movement.c
    stmt = _movement_select().where(m.at >= start, m.at < end).order_by(m.at, m.num)
    return [_movement_view(r) for r in conn.execute(stmt)]
