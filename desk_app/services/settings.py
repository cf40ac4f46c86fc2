"""Desk-wide settings kept in the database (shared by every station), changed by a manager."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import Connection, select

from desk_app.domain.chain import canonical
from desk_app.domain.complaints import (
    DEFAULT_AUTHORITY_LIMIT,
    DEFAULT_REMINDER_MINUTES,
    validate_limit,
)
from desk_app.domain.errors import ValidationError
from desk_app.domain.people import validate_idle_minutes
from desk_app.domain.roles import Capability
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.journal import insert_journaled, update_journaled
from desk_app.store.tables import setting

T = TypeVar("T")


class Settings(Value):
    idle_lock_minutes: int = 5
    authority_limit: Decimal = DEFAULT_AUTHORITY_LIMIT
    complaint_reminder_minutes: int = DEFAULT_REMINDER_MINUTES


def read_setting(conn: Connection, key: str):
    """One stored value (decoded JSON), or None when never set."""
    value = conn.execute(select(setting.c.value).where(setting.c.key == key)).scalar()
    return None if value is None else json.loads(value)


def get_settings(desk: Desk) -> Settings:
    with desk.db.read() as conn:
        return _read_all(conn)


def put_setting(conn, w, key: str, value, at) -> None:
    """Store one desk-wide value (canonical JSON), journaled; nothing written if unchanged."""
    row = conn.execute(select(setting).where(setting.c.key == key)).first()
    encoded = canonical(value)
    if row is None:
        insert_journaled(conn, w, setting, {"key": key, "value": encoded}, at)
    elif row.value != encoded:
        update_journaled(conn, w, setting, dict(row._mapping), {"value": encoded}, at)


def change_setting(desk: Desk, actor: Actor, key: str, value, read: Callable[[Connection], T]) -> T:
    """A manager changes one desk-wide value; returns what ``read`` makes of the settings then,
    in the same transaction (each book reads its own policy)."""
    with unit_of_work(desk, actor, Capability.CHANGE_SETTINGS) as work:
        put_setting(work.conn, work.journal, key, value, work.by["at"])
        return read(work.conn)


def _read_all(conn: Connection) -> Settings:
    rows = {r.key: json.loads(r.value) for r in conn.execute(select(setting))}
    defaults = Settings()
    return Settings(
        idle_lock_minutes=int(rows.get("idle_lock_minutes", defaults.idle_lock_minutes)),
        authority_limit=Decimal(str(rows.get("authority_limit", defaults.authority_limit))),
        complaint_reminder_minutes=int(
            rows.get("complaint_reminder_minutes", defaults.complaint_reminder_minutes)
        ),
    )


def set_idle_lock_minutes(desk: Desk, actor: Actor, minutes: int) -> Settings:
    validate_idle_minutes(minutes)
    return change_setting(desk, actor, "idle_lock_minutes", minutes, _read_all)


def set_authority_limit(desk: Desk, actor: Actor, limit: str | Decimal) -> Settings:
    """The compensation a clerk may settle alone (seed 003: 500 in local currency)."""
    # Stored as text: a money amount must not pass through a float.
    value = str(validate_limit(limit))
    return change_setting(desk, actor, "authority_limit", value, _read_all)


def set_reminder_minutes(desk: Desk, actor: Actor, minutes: int) -> Settings:
    if not 1 <= minutes <= 24 * 60:
        raise ValidationError(
            "The reminder lead time must be between 1 minute and 24 hours.",
            field="reminder_minutes",
        )
    return change_setting(desk, actor, "complaint_reminder_minutes", minutes, _read_all)
