"""The one way to write: a unit of work, which says on commit what it changed.

Every use case that writes opens one ``unit_of_work``: one write transaction, the actor re-checked
and the journal lock taken before anything is read that decides the write, the journal rows
flushed at the end, and nothing kept if the body raises. On commit the work's ``changes`` (books,
records, journal head) come from the journal rows it wrote, so no writer can forget to say what it
touched; a window that wants them opens ``collect_changes`` around its call and refreshes only
what concerns each of its views.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection

from desk_app.domain.roles import Capability, Role
from desk_app.services.changes import NOTHING, Changes
from desk_app.services.desk import Actor, Desk, require
from desk_app.store.journal import JournalWriter


class Work:
    """An open unit of work: its connection, its journal, and what every writer is told besides
    its own values (``by``: actor_id, station, at). ``changes`` is set once it committed."""

    __slots__ = ("conn", "journal", "by", "role", "changes")

    def __init__(
        self, conn: Connection, journal: JournalWriter, by: dict[str, Any], role: Role | None
    ) -> None:
        self.conn = conn
        self.journal = journal
        self.by = by
        self.role = role  # the actor's role as the database says now (None: nobody signed in)
        self.changes: Changes = NOTHING


class ChangeCollector:
    """What the units of work committed while it was open, merged."""

    def __init__(self) -> None:
        self.changes: Changes = NOTHING

    def add(self, changes: Changes) -> None:
        self.changes = self.changes | changes


@contextmanager
def unit_of_work(
    desk: Desk, actor: Actor | None, capability: Capability | None = None
) -> Iterator[Work]:
    """One write. ``actor`` None only for what happens before anyone is signed in (the first
    manager's account, a sign-in's own record); otherwise the actor must be signed in here,
    active, and (with ``capability``) allowed to."""
    with desk.db.write() as conn:
        # The journal lock first (on PostgreSQL it orders the stations), so every check below,
        # the actor's own included, sees what the station before committed.
        journal = JournalWriter(conn, station=desk.station, actor=actor.id if actor else None)
        role = require(conn, actor, capability) if actor is not None else None
        by = {
            "actor_id": actor.id if actor else None,
            "station": desk.station,
            "at": desk.clock.now(),
        }
        work = Work(conn, journal, by, role)
        yield work
        journal.flush()
    if journal.written:
        work.changes = Changes.of_rows(journal.head[0], journal.written)
        for collector in _collectors:
            collector.add(work.changes)


# The collectors open now. A window runs one call at a time on its one thread; a unit of work
# committed inside another's call (a PIN check's count of wrong PINs) belongs to that call too.
_collectors: list[ChangeCollector] = []


@contextmanager
def collect_changes() -> Iterator[ChangeCollector]:
    """Everything any unit of work committed while open, as one Changes."""
    collector = ChangeCollector()
    _collectors.append(collector)
    try:
        yield collector
    finally:
        _collectors.remove(collector)
