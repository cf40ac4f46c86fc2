"""What every use case needs: the database, this station's name, the clock, and who is acting.

Who is acting is an ``Actor`` that only signing in (or confirming a PIN) in this process gives:
``services.accounts`` mints it with a seal, an HMAC of the person's id, name and role under a key
drawn at random when this module is loaded and kept nowhere else. ``require`` (and so every
service) refuses an actor without a right seal, so code that builds ``Actor(id=<a manager's id>,
...)`` itself, or changes a signed-in actor's fields with ``dataclasses.replace``, gets
``PermissionDenied`` instead of that person's rights.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, select

from desk_app.domain.clock import Clock, SystemClock
from desk_app.domain.errors import PermissionDenied
from desk_app.domain.roles import Capability, Role, can
from desk_app.domain.value import Value
from desk_app.store.backup import BackupResult, backup_if_due
from desk_app.store.database import connect
from desk_app.store.handle import Database
from desk_app.store.tables import person


@dataclass
class Desk:
    db: Database
    station: str
    clock: Clock = field(default_factory=SystemClock)
    # The window's: takes a backup (its reason) beside itself, in a thread, instead of the
    # service waiting for it (the backup at a sealed handover); None: the service takes it.
    take_backup: Callable[[str], object] | None = field(default=None, repr=False, compare=False)

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


class Actor(Value):
    """A signed-in person. Services re-check role and active state on every call.

    Only ``services.accounts`` makes one that services accept (see the module's note): ``seal``
    is empty on one built by hand. ``pin_change_due`` tells the window that the PIN just typed
    is shorter than the person's role now needs (``accounts.change_own_pin``)."""

    id: str
    name: str
    role: Role
    seal: bytes = field(default=b"", repr=False, compare=False)
    pin_change_due: bool = field(default=False, compare=False)


# Drawn anew in every process and never stored or shown: a seal is worth nothing elsewhere.
_SEAL_KEY = secrets.token_bytes(32)


def _seal_of(person_id: str, name: str, role: str) -> bytes:
    message = "\x1f".join((str(person_id), str(name), str(role))).encode("utf-8")
    return hmac.digest(_SEAL_KEY, message, hashlib.sha256)


def _mint_actor(person_id: str, name: str, role: Role, *, pin_change_due: bool = False) -> Actor:
    """An actor services accept. For ``services.accounts`` alone, once the PIN was right."""
    role = Role(role)
    return Actor(
        id=person_id,
        name=name,
        role=role,
        seal=_seal_of(person_id, name, str(role)),
        pin_change_due=pin_change_due,
    )


def check_signed_in(actor: Actor) -> None:
    """PermissionDenied unless ``actor`` came from a sign-in or PIN confirmation here."""
    seal = getattr(actor, "seal", None)
    if (
        not isinstance(actor, Actor)
        or not isinstance(seal, bytes)
        or not hmac.compare_digest(seal, _seal_of(actor.id, actor.name, str(actor.role)))
    ):
        raise PermissionDenied("You are not signed in here. Sign in and try again.")


# Built once: on the busiest path (every entry) building the statement cost more than running it.
_PERSON_STATE = select(person.c.role, person.c.active).where(person.c.id == bindparam("person_id"))


# A database opened only to be read may admit readers it does not know (an archive holds the
# people of its years): person id -> their role in the book, kept in the info of each of its
# connections (services/archive_open.py).
READERS = "desk_readers"


def require(conn: Connection, actor: Actor, capability: Capability | None = None) -> Role:
    check_signed_in(actor)
    readers = conn.info.get(READERS)
    if readers is not None and actor.id in readers:
        role = Role(readers[actor.id])
    else:
        row = conn.execute(_PERSON_STATE, {"person_id": actor.id}).first()
        if row is None or not row.active:
            raise PermissionDenied("Your account is no longer active. Ask a manager.")
        role = Role(row.role)
    if capability is not None and not can(role, capability):
        raise PermissionDenied(
            "Your role ({role}) may not do this.", role=role.value, capability=capability.value
        )
    return role
