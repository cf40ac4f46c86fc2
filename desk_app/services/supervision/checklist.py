"""The inspection checklist: the newest saved version, or seed 004's ten items while the manager
has saved none; saving makes a new version (old inspections keep their own copy)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, func, select

from desk_app.domain.roles import Capability
from desk_app.domain.supervision.checklist import (
    DEFAULT_CHECKLIST,
    Checklist,
    ChecklistItem,
    checklist_as_json,
    checklist_from_json,
    validate_items,
)
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.journal import insert_journaled
from desk_app.store.supervision_tables import inspection_checklist
from desk_app.store.types import new_id

_C = inspection_checklist.c


def read_checklist(conn: Connection, version: int | None = None) -> Checklist:
    """Version ``version`` (None: the newest; 0: the default list)."""
    if version == 0:
        return DEFAULT_CHECKLIST
    stmt = select(_C.version, _C["items"])  # .items is the collection's method
    stmt = (
        stmt.order_by(_C.version.desc()).limit(1)
        if version is None
        else stmt.where(_C.version == version)
    )
    row = conn.execute(stmt).first()
    if row is None:
        return DEFAULT_CHECKLIST
    return checklist_from_json(row[0], row[1])


def get_checklist(desk: Desk, actor: Actor) -> Checklist:
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return read_checklist(conn)


def save_checklist(desk: Desk, actor: Actor, items: Sequence[ChecklistItem]) -> Checklist:
    """The manager's list, checked, saved as the next version."""
    clean = validate_items(items)
    with unit_of_work(desk, actor, Capability.CHANGE_SETTINGS) as work:
        conn = work.conn
        version = (conn.execute(select(func.max(_C.version))).scalar() or 0) + 1
        insert_journaled(
            conn,
            work.journal,
            inspection_checklist,
            {
                "id": new_id(),
                "version": version,
                "items": checklist_as_json(clean),
                "saved_by": actor.id,
                "saved_at": work.by["at"],
            },
            work.by["at"],
        )
    return Checklist(version, clean)
