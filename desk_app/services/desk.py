"""What every use case needs: the database, this station's name, the clock, and who is acting."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, select

from desk_app.domain.clock import Clock, SystemClock
from desk_app.domain.errors import PermissionDenied
from desk_app.domain.roles import Capability, Role, can
from desk_app.store.backup import BackupResult, backup_if_due
from desk_app.store.database import Database, connect
from desk_app.store.journal import JournalWriter
from desk_app.store.tables import person


@dataclass
class Desk:
    db: Database
    station: str
    clock: Clock = field(default_factory=SystemClock)

    @property
    def url(self) -> str:
        """The database's address, as the station's preferences are keyed by it."""
        return self.db.url


def open_desk(path_or_url: str, *, station: str = "", create: bool = True) -> Desk:
    """Open (create or upgrade) the database; StorageError in plain words when it cannot be."""
    return Desk(db=connect(path_or_url, create=create), station=station)


def close_desk(desk: Desk) -> BackupResult | None:
    """End of a session at the counter: the daily backup if one is due, then let go of the file."""
    try:
        return backup_if_due(desk.db)
    finally:
        desk.db.dispose()


@dataclass(frozen=True)
class Actor:
    """A signed-in person. Services re-check role and active state on every call."""

    id: str
    name: str
    role: Role


# Built once: on the busiest path (every entry) building the statement cost more than running it.
_PERSON_STATE = select(person.c.role, person.c.active).where(person.c.id == bindparam("person_id"))


def require(conn: Connection, actor: Actor, capability: Capability | None = None) -> Role:
    row = conn.execute(_PERSON_STATE, {"person_id": actor.id}).first()
    if row is None or not row.active:
        raise PermissionDenied("Your account is no longer active. Ask a manager.")
    role = Role(row.role)
    if capability is not None and not can(role, capability):
        raise PermissionDenied(
            "Your role ({role}) may not do this.", role=role.value, capability=capability.value
        )
    return role


def writer(conn: Connection, desk: Desk, actor: Actor | None) -> JournalWriter:
    return JournalWriter(conn, station=desk.station, actor=actor.id if actor else None)


@dataclass(frozen=True)
class Move:
    """An open movement of a book: its connection, its journal writer, and what every writer is
    told besides its own values (actor_id, station, at, phrases)."""

    conn: Connection
    w: JournalWriter
    by: dict[str, Any]


@contextmanager
def movement(
    desk: Desk,
    actor: Actor,
    capability: Capability,
    phrases: Mapping[str, str] | None = None,
) -> Iterator[Move]:
    """One movement: one write transaction, the actor re-checked and the journal lock taken
    before anything is read that decides it; written only if the body raises nothing."""
    with desk.db.write() as conn:
        require(conn, actor, capability)
        w = writer(conn, desk, actor)
        by = {"actor_id": actor.id, "station": desk.station, "at": desk.clock.now()}
        yield Move(conn, w, {**by, "phrases": phrases})
        w.flush()
