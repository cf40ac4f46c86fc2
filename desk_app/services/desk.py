"""What every use case needs: the database, this station's name, the clock, and who is acting."""

from __future__ import annotations

from dataclasses import dataclass, field

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
