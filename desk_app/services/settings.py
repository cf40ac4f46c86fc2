"""Desk-wide settings kept in the database (shared by every station), changed by a manager."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from desk_app.domain.chain import canonical
from desk_app.domain.people import validate_idle_minutes
from desk_app.domain.roles import Capability
from desk_app.services.desk import Actor, Desk, require, writer
from desk_app.store.journal import insert_journaled, update_journaled
from desk_app.store.tables import setting


@dataclass(frozen=True)
class Settings:
    idle_lock_minutes: int = 5


def get_settings(desk: Desk) -> Settings:
    with desk.db.read() as conn:
        rows = {r.key: json.loads(r.value) for r in conn.execute(select(setting))}
    defaults = Settings()
    return Settings(
        idle_lock_minutes=int(rows.get("idle_lock_minutes", defaults.idle_lock_minutes))
    )


def _put(conn, w, key: str, value, at) -> None:
    row = conn.execute(select(setting).where(setting.c.key == key)).first()
    encoded = canonical(value)
    if row is None:
        insert_journaled(conn, w, setting, {"key": key, "value": encoded}, at)
    elif row.value != encoded:
        update_journaled(conn, w, setting, dict(row._mapping), {"value": encoded}, at)


def set_idle_lock_minutes(desk: Desk, actor: Actor, minutes: int) -> Settings:
    validate_idle_minutes(minutes)
    with desk.db.write() as conn:
        require(conn, actor, Capability.CHANGE_SETTINGS)
        w = writer(conn, desk, actor)
        _put(conn, w, "idle_lock_minutes", minutes, desk.clock.now())
        w.flush()
    return get_settings(desk)
