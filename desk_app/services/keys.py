"""The key register: the board, issuing and taking back, restricted keys, losses, counts, history.

Each movement is one transaction that changes the key's row (its state and the loan now running),
appends the movement and journals both; a restricted key's issue and return and every key
reported lost or damaged also write a duty-log entry. Two stations issuing one key at once are
serialised by the journal lock: the second reads the key as the first left it and is told who
holds it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, or_, select, true

from desk_app.domain import keys as rules
from desk_app.domain.chain import canonical
from desk_app.domain.errors import NotFound, PermissionDenied, ValidationError
from desk_app.domain.keys import (
    HolderKind,
    KeyPolicy,
    KeyState,
    KeyType,
    Movement,
)
from desk_app.domain.log import Category, validate_entry
from desk_app.domain.roles import Capability
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk, require, writer
from desk_app.services.log import next_entry_num, write_entry
from desk_app.services.settings import read_setting
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.tables import key_asset, key_count, key_movement, person, setting
from desk_app.store.types import new_id

PAGE_SIZE = 100
POLICY_KEY = "key_policy"
Phrases = Mapping[str, str]

# Duty-log sentences, translated by the window that writes them (as lost and found's are).
LOG_TEMPLATES: Mapping[str, str] = {
    "issue": "Restricted key {code} ({label}) issued to {holder} for: {purpose}. Back by {back}.",
    "return": "Restricted key {code} ({label}) returned by {holder}.",
    "lost": "Key {code} ({label}) reported lost: {reason}",
    "damaged": "Key {code} ({label}) reported damaged: {reason}",
    "restore": "Key {code} ({label}) is back on the board: {reason}",
    "count": "Key board counted: {missing} missing, {unexpected} on the board though out, "
    "{unknown} unknown.",
}


# --------------------------------------------------------------------------------------------
# What the window gets back
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyView:
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


@dataclass(frozen=True)
class MovementView:
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

    @property
    def cursor(self) -> int:
        return self.num


@dataclass(frozen=True)
class MovementPage:
    rows: list[MovementView]
    next_cursor: int | None


@dataclass(frozen=True)
class CountView:
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

_STATES = {s.value: s for s in KeyState}
_TYPES = {t.value: t for t in KeyType}
_BY_CODE = select(key_asset).where(key_asset.c.code == bindparam("code"))
_MAX_MOVEMENT = select(func.max(key_movement.c.num))


def read_policy(conn: Connection) -> KeyPolicy:
    return rules.policy_from_json(read_setting(conn, POLICY_KEY))


def get_policy(desk: Desk) -> KeyPolicy:
    with desk.db.read() as conn:
        return read_policy(conn)


def _view(row, now: datetime) -> KeyView:
    state = _STATES[row.state]
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
        row = conn.execute(_BY_CODE, {"code": rules.normalize_code(code)}).first()
        return _view(row, desk.clock.now()) if row else None


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
        )
        .select_from(key_movement)
        .join(key_asset, key_asset.c.id == m.key_id)
        .join(_actor, _actor.c.id == m.actor_id)
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
    )


def history(
    desk: Desk,
    actor: Actor,
    *,
    key_id: str | None = None,
    person_id: str | None = None,
    before: int | None = None,
    limit: int = PAGE_SIZE,
) -> MovementPage:
    """Movements newest first, of one key, of one person (as holder or as the one who moved the
    key), or of the whole board; one keyset page at a time."""
    m = key_movement.c
    conds = []
    if key_id is not None:
        conds.append(m.key_id == key_id)
    if person_id is not None:
        conds.append(or_(m.holder_id == person_id, m.actor_id == person_id))
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


# --------------------------------------------------------------------------------------------
# Connection-level writers, shared with the demo generator
# --------------------------------------------------------------------------------------------


def log_text(kind: str, phrases: Phrases | None, **values: Any) -> str:
    template = (phrases or {}).get(kind) or LOG_TEMPLATES[kind]
    return template.format(**{k: str(v) for k, v in values.items()}).strip()


def _log(
    conn: Connection,
    w: JournalWriter,
    *,
    key: Mapping[str, Any],
    category: Category,
    text: str,
    party: str,
    actor_id: str,
    station: str,
    at: datetime,
    log_num: int | None,
) -> None:
    draft = validate_entry(
        category=category.value,
        text=text[:4000],
        room=rules.hook_name(key["hook_row"], key["hook_col"]),
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
        key_id=key["id"],
    )


def _local(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def key_row(conn: Connection, code: str) -> dict[str, Any]:
    """The key as it is now, read under the journal lock: its state is what guards a movement
    (a second station issuing it is told who has it), so no version check is needed."""
    row = conn.execute(_BY_CODE, {"code": rules.normalize_code(code)}).first()
    if row is None:
        raise NotFound(
            "No key has the code {code}.", field="code", code=rules.normalize_code(code) or "—"
        )
    return dict(row._mapping)


def _insert_movement(
    conn: Connection, w: JournalWriter, at: datetime, num: int | None, **values: Any
) -> dict[str, Any]:
    row = {
        "id": new_id(),
        "num": num if num is not None else (conn.execute(_MAX_MOVEMENT).scalar() or 0) + 1,
        "holder_kind": None,
        "holder_id": None,
        "holder_name": None,
        "company": None,
        "id_document": None,
        "id_last_four": None,
        "purpose": None,
        "expected_back": None,
        "issue_id": None,
        "note": None,
        "at": at,
        **values,
    }
    insert_journaled(conn, w, key_movement, row, at)
    return row


def write_issue(
    conn: Connection,
    w: JournalWriter,
    *,
    key: dict[str, Any],
    draft: rules.IssueDraft,
    actor_id: str,
    station: str,
    at: datetime,
    phrases: Phrases | None = None,
    num: int | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    rules.check_can_issue(_STATES[key["state"]], key["active"], key["holder_name"])
    movement = _insert_movement(
        conn,
        w,
        at,
        num,
        key_id=key["id"],
        kind=Movement.ISSUE.value,
        actor_id=actor_id,
        station=station,
        holder_kind=draft.holder_kind.value,
        holder_id=draft.holder_id,
        holder_name=draft.holder_name,
        company=draft.company or None,
        id_document=draft.id_document.value if draft.id_document else None,
        id_last_four=draft.id_last_four or None,
        purpose=draft.purpose,
        expected_back=draft.expected_back,
    )
    new = update_journaled(
        conn,
        w,
        key_asset,
        key,
        {
            "state": KeyState.OUT.value,
            "holder_id": draft.holder_id,
            "holder_name": draft.holder_name,
            "out_since": at,
            "expected_back": draft.expected_back,
            "issue_id": movement["id"],
            "version": key["version"] + 1,
        },
        at,
    )
    if key["restricted"]:
        _log(
            conn,
            w,
            key=key,
            category=Category.SECURITY,
            text=log_text(
                "issue",
                phrases,
                code=key["code"],
                label=key["label"],
                holder=draft.holder_name,
                purpose=draft.purpose,
                back=_local(draft.expected_back),
            ),
            party=draft.holder_name,
            actor_id=actor_id,
            station=station,
            at=at,
            log_num=log_num,
        )
    return new


def write_return(
    conn: Connection,
    w: JournalWriter,
    *,
    key: dict[str, Any],
    note: str,
    actor_id: str,
    station: str,
    at: datetime,
    phrases: Phrases | None = None,
    num: int | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    rules.check_can_return(_STATES[key["state"]])
    _insert_movement(
        conn,
        w,
        at,
        num,
        key_id=key["id"],
        kind=Movement.RETURN.value,
        actor_id=actor_id,
        station=station,
        holder_id=key["holder_id"],
        holder_name=key["holder_name"],
        issue_id=key["issue_id"],
        note=note or None,
    )
    new = update_journaled(
        conn,
        w,
        key_asset,
        key,
        {
            "state": KeyState.IN.value,
            "holder_id": None,
            "holder_name": None,
            "out_since": None,
            "expected_back": None,
            "issue_id": None,
            "version": key["version"] + 1,
        },
        at,
    )
    if key["restricted"]:
        _log(
            conn,
            w,
            key=key,
            category=Category.SECURITY,
            text=log_text(
                "return", phrases, code=key["code"], label=key["label"], holder=key["holder_name"]
            ),
            party=key["holder_name"] or "",
            actor_id=actor_id,
            station=station,
            at=at,
            log_num=log_num,
        )
    return new


def write_report(
    conn: Connection,
    w: JournalWriter,
    *,
    key: dict[str, Any],
    kind: Movement,
    reason: str,
    actor_id: str,
    station: str,
    at: datetime,
    phrases: Phrases | None = None,
    num: int | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    """Lost or damaged: off the board, with the reason, and an incident in the log."""
    rules.check_can_report(_STATES[key["state"]], key["active"])
    _insert_movement(
        conn,
        w,
        at,
        num,
        key_id=key["id"],
        kind=kind.value,
        actor_id=actor_id,
        station=station,
        holder_id=key["holder_id"],
        holder_name=key["holder_name"],
        issue_id=key["issue_id"],
        note=reason,
    )
    new = update_journaled(
        conn,
        w,
        key_asset,
        key,
        {
            "state": KeyState.OFF.value,
            "holder_id": None,
            "holder_name": None,
            "out_since": None,
            "expected_back": None,
            "issue_id": None,
            "version": key["version"] + 1,
        },
        at,
    )
    _log(
        conn,
        w,
        key=key,
        category=Category.INCIDENT,
        text=log_text(kind.value, phrases, code=key["code"], label=key["label"], reason=reason),
        party=key["holder_name"] or "",
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
    )
    return new


def write_restore(
    conn: Connection,
    w: JournalWriter,
    *,
    key: dict[str, Any],
    reason: str,
    actor_id: str,
    station: str,
    at: datetime,
    phrases: Phrases | None = None,
    num: int | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    rules.check_can_restore(_STATES[key["state"]])
    _insert_movement(
        conn,
        w,
        at,
        num,
        key_id=key["id"],
        kind=Movement.RESTORE.value,
        actor_id=actor_id,
        station=station,
        note=reason,
    )
    new = update_journaled(
        conn,
        w,
        key_asset,
        key,
        {"state": KeyState.IN.value, "version": key["version"] + 1},
        at,
    )
    _log(
        conn,
        w,
        key=key,
        category=Category.SECURITY,
        text=log_text("restore", phrases, code=key["code"], label=key["label"], reason=reason),
        party="",
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
    )
    return new


def write_count(
    conn: Connection,
    w: JournalWriter,
    *,
    present_codes: Iterable[str],
    actor_id: str,
    station: str,
    at: datetime,
    phrases: Phrases | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    """The board counted against the register as it is in this transaction: the count kept and,
    when it does not match, a security entry in the duty log (``log_num`` is used only then)."""
    rows = conn.execute(select(key_asset.c.code, key_asset.c.state, key_asset.c.active)).all()
    expected = [r.code for r in rows if r.active and r.state == KeyState.IN.value]
    result = rules.count_board(expected, present_codes, [r.code for r in rows])
    row = {
        "id": new_id(),
        "at": at,
        "actor_id": actor_id,
        "station": station,
        "expected": len(result.expected),
        "present": len(result.present),
        "missing": canonical(sorted(result.missing)),
        "unexpected": canonical(sorted(result.unexpected)),
        "unknown": canonical(sorted(result.unknown)),
        "matches": result.matches,
    }
    insert_journaled(conn, w, key_count, row, at)
    if not result.matches:
        draft = validate_entry(
            category=Category.SECURITY.value,
            text=log_text(
                "count",
                phrases,
                missing=", ".join(sorted(result.missing)) or "0",
                unexpected=", ".join(sorted(result.unexpected)) or "0",
                unknown=", ".join(sorted(result.unknown)) or "0",
            ),
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
        )
    return row


# --------------------------------------------------------------------------------------------
# Use cases
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Move:
    conn: Connection
    w: JournalWriter
    by: dict[str, Any]  # actor_id, station, at, phrases: the writers' common arguments


@contextmanager
def _movement(
    desk: Desk, actor: Actor, capability: Capability, phrases: Phrases | None
) -> Iterator[_Move]:
    """One movement: one write transaction, the actor re-checked and the journal lock taken
    before the key is read, so what decides the movement cannot change under it."""
    with desk.db.write() as conn:
        require(conn, actor, capability)
        w = writer(conn, desk, actor)
        by = {"actor_id": actor.id, "station": desk.station, "at": desk.clock.now()}
        yield _Move(conn, w, {**by, "phrases": phrases})
        w.flush()


def _reload(desk: Desk, actor: Actor, code: str) -> KeyView:
    found = find_key(desk, actor, code)
    assert found is not None  # it was just written
    return found


def issue_key(
    desk: Desk,
    actor: Actor,
    code: str,
    *,
    holder_kind: str,
    holder_id: str | None = None,
    holder_name: str = "",
    company: str = "",
    id_document: str | None = None,
    id_last_four: str | None = None,
    purpose: str,
    expected_back: datetime | None,
    pin: str | None = None,
    phrases: Phrases | None = None,
) -> KeyView:
    """Hand a key to a named person with a purpose and a time it comes back. A restricted key
    needs a role the manager allows and the issuer's PIN again."""
    with desk.db.read() as conn:
        known = conn.execute(_BY_CODE, {"code": rules.normalize_code(code)}).first()
        policy = read_policy(conn)
    if known is not None and known.restricted:
        role = _role_of(desk, actor)
        if not policy.may_issue_restricted(role):
            raise PermissionDenied(
                "Your role ({role}) may not issue restricted keys.", role=role.value
            )
        if not pin:
            raise ValidationError("Enter your PIN to issue a restricted key.", field="pin")
        # Its own transaction: a wrong PIN counts towards the lock-out even though nothing else
        # is written.
        accounts.confirm_pin(desk, actor, pin)
    with _movement(desk, actor, Capability.KEEP_LOG, phrases) as m:
        key = key_row(m.conn, code)
        if key["restricted"] and (known is None or not known.restricted):
            # Made restricted between the two reads: ask again, with the PIN.
            raise ValidationError("Enter your PIN to issue a restricted key.", field="pin")
        holder = holder_name
        if holder_kind == HolderKind.STAFF.value and holder_id:
            holder = m.conn.execute(
                select(person.c.name).where(person.c.id == holder_id, person.c.active.is_(True))
            ).scalar()
            if holder is None:
                raise ValidationError(
                    "Choose the member of staff who takes the key.", field="holder"
                )
        draft = rules.validate_issue(
            holder_kind=holder_kind,
            holder_id=holder_id,
            holder_name=holder,
            company=company,
            id_document=id_document,
            id_last_four=id_last_four,
            purpose=purpose,
            expected_back=expected_back,
            restricted=key["restricted"],
            policy=read_policy(m.conn),
            now=m.by["at"],
        )
        write_issue(m.conn, m.w, key=key, draft=draft, **m.by)
    return _reload(desk, actor, code)


def _role_of(desk: Desk, actor: Actor):
    with desk.db.read() as conn:
        return require(conn, actor)


def return_key(
    desk: Desk,
    actor: Actor,
    code: str,
    note: str = "",
    *,
    phrases: Phrases | None = None,
) -> KeyView:
    """Take a key back (scan it and Enter): on its hook again."""
    with _movement(desk, actor, Capability.KEEP_LOG, phrases) as m:
        key = key_row(m.conn, code)
        write_return(m.conn, m.w, key=key, note=" ".join((note or "").split()), **m.by)
    return _reload(desk, actor, code)


def report_key(
    desk: Desk,
    actor: Actor,
    code: str,
    kind: str,
    reason: str,
    *,
    phrases: Phrases | None = None,
) -> KeyView:
    """A key lost or damaged: off the board with the reason, an incident in the duty log."""
    try:
        movement = Movement(kind)
    except ValueError:
        movement = None
    if movement not in (Movement.LOST, Movement.DAMAGED):
        raise ValidationError("Say whether the key is lost or damaged.", field="kind")
    text = rules.clean_reason(reason)
    with _movement(desk, actor, Capability.KEEP_LOG, phrases) as m:
        key = key_row(m.conn, code)
        write_report(m.conn, m.w, key=key, kind=movement, reason=text, **m.by)
    return _reload(desk, actor, code)


def restore_key(
    desk: Desk, actor: Actor, code: str, reason: str, *, phrases: Phrases | None = None
) -> KeyView:
    """A lost key found or a damaged one repaired: back on its hook (a supervisor's call)."""
    text = rules.clean_reason(reason)
    with _movement(desk, actor, Capability.REVIEW_LOG, phrases) as m:
        key = key_row(m.conn, code)
        write_restore(m.conn, m.w, key=key, reason=text, **m.by)
    return _reload(desk, actor, code)


def record_count(
    desk: Desk, actor: Actor, present: Iterable[str], *, phrases: Phrases | None = None
) -> CountView:
    """The board counted: what should hang there against what does. Kept (the handover shows
    the last one) and, when it does not match, written to the duty log."""
    present_codes = list(present)
    with _movement(desk, actor, Capability.KEEP_LOG, phrases) as m:
        row = write_count(m.conn, m.w, present_codes=present_codes, **m.by)
    return CountView(
        id=row["id"],
        at=row["at"],
        actor_name=actor.name,
        expected=row["expected"],
        present=row["present"],
        missing=json.loads(row["missing"]),
        unexpected=json.loads(row["unexpected"]),
        unknown=json.loads(row["unknown"]),
        matches=row["matches"],
    )


# --------------------------------------------------------------------------------------------
# The register (a manager's)
# --------------------------------------------------------------------------------------------


def _check_hook_free(conn: Connection, draft: rules.KeyDraft, key_id: str | None) -> None:
    taken = conn.execute(
        select(key_asset.c.code).where(
            key_asset.c.active.is_(True),
            key_asset.c.hook_row == draft.hook_row,
            key_asset.c.hook_col == draft.hook_col,
            key_asset.c.id != (key_id or ""),
        )
    ).scalar()
    if taken is not None:
        raise ValidationError(
            "Hook {hook} already holds key {code}.",
            field="hook_row",
            hook=rules.hook_name(draft.hook_row, draft.hook_col),
            code=taken,
        )


def add_key(
    desk: Desk,
    actor: Actor,
    *,
    code: str,
    label: str,
    key_type: str,
    hook_row: int,
    hook_col: int,
    restricted: bool = False,
) -> KeyView:
    draft = rules.validate_key(
        code=code,
        label=label,
        key_type=key_type,
        hook_row=hook_row,
        hook_col=hook_col,
        restricted=restricted,
    )
    with desk.db.write() as conn:
        require(conn, actor, Capability.CHANGE_SETTINGS)
        w = writer(conn, desk, actor)
        if conn.execute(_BY_CODE, {"code": draft.code}).first() is not None:
            raise ValidationError(
                "A key with the code {code} is already registered.", field="code", code=draft.code
            )
        _check_hook_free(conn, draft, None)
        now = desk.clock.now()
        insert_journaled(
            conn,
            w,
            key_asset,
            {
                "id": new_id(),
                "code": draft.code,
                "label": draft.label,
                "key_type": draft.key_type.value,
                "hook_row": draft.hook_row,
                "hook_col": draft.hook_col,
                "restricted": draft.restricted,
                "active": True,
                "state": KeyState.IN.value,
                "holder_id": None,
                "holder_name": None,
                "out_since": None,
                "expected_back": None,
                "issue_id": None,
                "created_at": now,
                "version": 1,
            },
            now,
        )
        w.flush()
    return _reload(desk, actor, draft.code)


def update_key(
    desk: Desk,
    actor: Actor,
    code: str,
    *,
    label: str,
    key_type: str,
    hook_row: int,
    hook_col: int,
    restricted: bool,
    active: bool = True,
) -> KeyView:
    """Relabel, move to another hook, change type or restriction, retire or bring back. The
    code stays: it is what is engraved and scanned."""
    with desk.db.write() as conn:
        require(conn, actor, Capability.CHANGE_SETTINGS)
        w = writer(conn, desk, actor)
        key = key_row(conn, code)
        draft = rules.validate_key(
            code=key["code"],
            label=label,
            key_type=key_type,
            hook_row=hook_row,
            hook_col=hook_col,
            restricted=restricted,
        )
        if active:
            _check_hook_free(conn, draft, key["id"])
        if not active and key["state"] == KeyState.OUT.value:
            raise ValidationError(
                "This key is out: take it back before retiring it.", field="active"
            )
        changes = {
            "label": draft.label,
            "key_type": draft.key_type.value,
            "hook_row": draft.hook_row,
            "hook_col": draft.hook_col,
            "restricted": draft.restricted,
            "active": active,
        }
        if any(key[k] != v for k, v in changes.items()):
            update_journaled(
                conn,
                w,
                key_asset,
                key,
                {**changes, "version": key["version"] + 1},
                desk.clock.now(),
            )
        w.flush()
    return _reload(desk, actor, code)


def set_policy(desk: Desk, actor: Actor, policy: KeyPolicy) -> KeyPolicy:
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
