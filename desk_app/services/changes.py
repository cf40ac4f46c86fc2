"""What other stations wrote since this window last looked: several counters may keep the same
books on one PostgreSQL server, and each window shows the others' entries, complaints, keys and
sheets within seconds without reloading what did not change.

The journal already records every write with its station and entity, in sequence: the window
keeps the sequence it has seen and asks for the books touched after it. Both reads are ranges of
the journal's primary key, so polling costs the same on the first day and after three years.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desk_app.services.desk import Actor, Desk, require
from desk_app.store.tables import journal

# The book (as the window's docks see it) each journaled table belongs to.
BOOK_OF_TABLE: dict[str, str] = {
    "log_entry": "log",
    "follow_up": "log",
    "entry_read": "log",
    "complaint": "complaints",
    "complaint_event": "complaints",
    "lf_item": "lostfound",
    "lf_photo": "lostfound",
    "lf_report": "lostfound",
    "lf_return": "lostfound",
    "lf_disposal": "lostfound",
    "key_asset": "keys",
    "key_movement": "keys",
    "key_count": "keys",
    "handover": "handover",
    "handover_signature": "handover",
    "person": "people",
    "setting": "settings",
    "station": "settings",
    "sign_in": "people",
    "staff_member": "people",
}


@dataclass(frozen=True)
class Changes:
    head: int  # the journal's last sequence number: the next call's ``since``
    books: frozenset[str]  # the books another station wrote to after ``since``


def journal_head(desk: Desk) -> int:
    with desk.db.read() as conn:
        return int(conn.execute(select(func.coalesce(func.max(journal.c.seq), 0))).scalar_one())


def changes_since(desk: Desk, actor: Actor, since: int) -> Changes:
    """The books other stations (not ``desk.station``) wrote to after journal row ``since``."""
    with desk.db.read() as conn:
        require(conn, actor)
        head = int(conn.execute(select(func.coalesce(func.max(journal.c.seq), 0))).scalar_one())
        if head <= since:
            return Changes(head, frozenset())
        entities = conn.execute(
            select(journal.c.entity)
            .where(journal.c.seq > since, journal.c.station != desk.station)
            .distinct()
        ).scalars()
        books = frozenset(BOOK_OF_TABLE.get(e, e) for e in entities)
    return Changes(head, books)
