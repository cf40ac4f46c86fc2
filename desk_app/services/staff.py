"""The staff directory: people without a sign-in, kept by supervisors and managers, read by all.

Every call is one transaction; every add, change, deactivation and reactivation is one journalled
row of ``staff_member``, so ``verify`` covers the directory like every other book and a member's
history is read back from the journal itself (who, when, at which station, what changed) rather
than from a second record that could disagree with it.

The directory is small (a hotel's non-desk staff: tens to a few hundred people), so the window
gets it whole and searches it in memory with :func:`desk_app.domain.staff.matches`.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, literal_column, select

from desk_app.domain import staff as rules
from desk_app.domain.errors import ConflictError, NotFound, ValidationError
from desk_app.domain.roles import Capability
from desk_app.domain.staff import Department, StaffDraft
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.journal import insert_journaled, update_journaled
from desk_app.store.journal_codec import payload_text
from desk_app.store.tables import journal, person, staff_member
from desk_app.store.types import new_id

# The fields a member's history reports, in the order the form shows them.
HISTORY_FIELDS = ("name", "department", "department_other", "phone", "badge", "active")


class StaffMemberView(Value):
    id: str
    name: str
    department: Department
    department_other: str | None
    phone: str
    badge: str | None
    active: bool
    created_at: datetime
    version: int


class FieldChange(Value):
    field: str  # one of HISTORY_FIELDS
    before: Any  # None when the field was empty (or, on an add, did not exist)
    after: Any


class StaffChange(Value):
    """One journalled step of a member: added, changed, deactivated or reactivated."""

    seq: int
    at: datetime
    actor_name: str
    station: str
    kind: str  # "added", "changed", "deactivated", "reactivated"
    changes: tuple[FieldChange, ...]


def _view(row: Any) -> StaffMemberView:
    m = row._mapping if hasattr(row, "_mapping") else row
    return StaffMemberView(
        id=m["id"],
        name=m["name"],
        department=Department(m["department"]),
        department_other=m["department_other"],
        phone=m["phone"],
        badge=m["badge"],
        active=m["active"],
        created_at=m["created_at"],
        version=m["version"],
    )


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


def list_members(
    desk: Desk, actor: Actor, *, include_inactive: bool = False, query: str = ""
) -> list[StaffMemberView]:
    """Active members by name, for every signed-in person (the forms that choose a member of
    staff); with ``include_inactive`` the whole directory, for those who keep it."""
    stmt = select(staff_member)
    with desk.db.read() as conn:
        if include_inactive:
            require(conn, actor, Capability.KEEP_STAFF_DIRECTORY)
        else:
            require(conn, actor)
            stmt = stmt.where(staff_member.c.active.is_(True))
        # Sorted here, not by the database: PostgreSQL's order follows the server's collation,
        # which the program does not choose; both engines must list the same way.
        views = sorted(
            (_view(r) for r in conn.execute(stmt)), key=lambda v: (v.name.casefold(), v.id)
        )
    if query:
        views = [
            v
            for v in views
            if rules.matches(query, v.name, v.department_other, v.phone, v.badge)
            or rules.matches(query, v.department.value)
        ]
    return views


def get_member(desk: Desk, actor: Actor, member_id: str) -> StaffMemberView:
    with desk.db.read() as conn:
        require(conn, actor)
        return _view(_row(conn, member_id))


def _row(conn: Connection, member_id: str) -> dict[str, Any]:
    row = conn.execute(select(staff_member).where(staff_member.c.id == member_id)).first()
    if row is None:
        raise NotFound("No such member of staff.")
    return dict(row._mapping)


def active_member_name(conn: Connection, member_id: str) -> str:
    """The name a key issued to this member is recorded under; refused if they have left."""
    name = conn.execute(
        select(staff_member.c.name).where(
            staff_member.c.id == member_id, staff_member.c.active.is_(True)
        )
    ).scalar()
    if name is None:
        raise ValidationError("Choose the member of staff who takes the key.", field="holder")
    return name


# --------------------------------------------------------------------------------------------
# Keeping the directory
# --------------------------------------------------------------------------------------------


def _check_unique(
    conn: Connection, draft: StaffDraft, member_id: str | None, *, active: bool = True
) -> None:
    """A badge belongs to one member (even one who left: an old card must not name two people);
    two active members of one department with the same name must be told apart by a badge."""
    if draft.badge is not None:
        stmt = select(staff_member.c.name).where(staff_member.c.badge == draft.badge)
        if member_id is not None:
            stmt = stmt.where(staff_member.c.id != member_id)
        holder = conn.execute(stmt).scalar()
        if holder is not None:
            raise ValidationError(
                "Badge {badge} already belongs to {name}.",
                field="badge",
                badge=draft.badge,
                name=holder,
            )
    if not active:
        return
    stmt = select(staff_member.c.badge).where(
        staff_member.c.active.is_(True),
        staff_member.c.department == draft.department.value,
        func.coalesce(staff_member.c.department_other, "") == (draft.department_other or ""),
        staff_member.c.name == draft.name,
    )
    if member_id is not None:
        stmt = stmt.where(staff_member.c.id != member_id)
    for badge in conn.execute(stmt).scalars():
        if badge is None or draft.badge is None:
            raise ValidationError(
                "{name} already works in this department: give each a badge number to tell "
                "them apart.",
                field="badge",
                name=draft.name,
            )


def _draft_of(row: dict[str, Any]) -> StaffDraft:
    return StaffDraft(
        name=row["name"],
        department=Department(row["department"]),
        department_other=row["department_other"],
        phone=row["phone"],
        badge=row["badge"],
    )


def _values(draft: StaffDraft) -> dict[str, Any]:
    return {
        "name": draft.name,
        "department": draft.department.value,
        "department_other": draft.department_other,
        "phone": draft.phone,
        "badge": draft.badge,
    }


def add_member(
    desk: Desk,
    actor: Actor,
    *,
    name: str,
    department: str,
    department_other: str = "",
    phone: str = "",
    badge: str = "",
) -> StaffMemberView:
    draft = rules.validate_member(
        name=name,
        department=department,
        department_other=department_other,
        phone=phone,
        badge=badge,
    )
    # the journal lock: two stations cannot both add a badge
    with unit_of_work(desk, actor, Capability.KEEP_STAFF_DIRECTORY) as work:
        conn, w = work.conn, work.journal
        _check_unique(conn, draft, None)
        now = desk.clock.now()
        row = {
            "id": new_id(),
            **_values(draft),
            "active": True,
            "created_at": now,
            "version": 1,
        }
        insert_journaled(conn, w, staff_member, row, now)
    return _view(row)


def _locked_row(conn: Connection, member_id: str, version: int | None) -> dict[str, Any]:
    row = _row(conn, member_id)
    if version is not None and row["version"] != version:
        raise ConflictError(
            "Someone changed this member of staff a moment ago. Look at them again and retry."
        )
    return row


def update_member(
    desk: Desk,
    actor: Actor,
    member_id: str,
    *,
    version: int,
    name: str,
    department: str,
    department_other: str = "",
    phone: str = "",
    badge: str = "",
) -> StaffMemberView:
    """Change a member's details; ``version`` is the one the form showed (a second station's
    change in between is refused, not overwritten)."""
    draft = rules.validate_member(
        name=name,
        department=department,
        department_other=department_other,
        phone=phone,
        badge=badge,
    )
    with unit_of_work(desk, actor, Capability.KEEP_STAFF_DIRECTORY) as work:
        conn, w = work.conn, work.journal
        row = _locked_row(conn, member_id, version)
        changes = {k: v for k, v in _values(draft).items() if row[k] != v}
        if not changes:
            return _view(row)
        _check_unique(conn, draft, member_id, active=row["active"])
        changes["version"] = row["version"] + 1
        new = update_journaled(conn, w, staff_member, row, changes, desk.clock.now())
    return _view(new)


def _set_active(
    desk: Desk, actor: Actor, member_id: str, active: bool, version: int | None
) -> StaffMemberView:
    with unit_of_work(desk, actor, Capability.KEEP_STAFF_DIRECTORY) as work:
        conn, w = work.conn, work.journal
        row = _locked_row(conn, member_id, version)
        if row["active"] == active:
            return _view(row)
        if active:
            _check_unique(conn, _draft_of(row), member_id)
        new = update_journaled(
            conn,
            w,
            staff_member,
            row,
            {"active": active, "version": row["version"] + 1},
            desk.clock.now(),
        )
    return _view(new)


def deactivate_member(
    desk: Desk, actor: Actor, member_id: str, *, version: int | None = None
) -> StaffMemberView:
    """Members are never deleted: the keys they took still name them. An inactive member is no
    longer offered by the forms."""
    return _set_active(desk, actor, member_id, False, version)


def reactivate_member(
    desk: Desk, actor: Actor, member_id: str, *, version: int | None = None
) -> StaffMemberView:
    return _set_active(desk, actor, member_id, True, version)


# --------------------------------------------------------------------------------------------
# History, from the journal
# --------------------------------------------------------------------------------------------


def member_history(desk: Desk, actor: Actor, member_id: str) -> list[StaffChange]:
    """Every journalled step of one member, oldest first: who did it, when, where and what
    changed. One range of ``ix_journal_staff_member``."""
    j = journal.c
    stmt = (
        select(j.seq, j.at, j.actor, j.station, j.entity_id, j.payload)
        # The entity as a literal, not a parameter: only then may either engine's planner use
        # the partial index, whose condition it must see in the query.
        .where(j.entity == literal_column("'staff_member'"), j.entity_id == member_id)
        .order_by(j.seq)
    )
    with desk.db.read() as conn:
        require(conn, actor)
        _row(conn, member_id)
        rows = conn.execute(stmt).all()
        actor_ids = {r.actor for r in rows if r.actor}
        names = {
            p.id: p.name
            for p in conn.execute(
                select(person.c.id, person.c.name).where(person.c.id.in_(actor_ids))
            )
        }
    history: list[StaffChange] = []
    before: dict[str, Any] = {}
    for r in rows:
        after = json.loads(payload_text("staff_member", r.entity_id, r.payload))
        changes = tuple(
            FieldChange(f, before.get(f), after.get(f))
            for f in HISTORY_FIELDS
            if before.get(f) != after.get(f) and (before or f != "active")
        )
        if not before:
            kind = "added"
        elif before.get("active") != after.get("active"):
            kind = "reactivated" if after.get("active") else "deactivated"
        else:
            kind = "changed"
        history.append(
            StaffChange(
                seq=r.seq,
                at=datetime.fromisoformat(r.at),
                actor_name=names.get(r.actor, "—") if r.actor else "—",
                station=r.station,
                kind=kind,
                changes=changes,
            )
        )
        before = after
    return history
