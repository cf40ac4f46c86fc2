"""What a write changed, in the window's terms (books and records), whoever wrote it.

A unit of work here reports the rows it journaled (:mod:`desk_app.services.unit_of_work`); what
other stations wrote is read from the journal: several counters may keep the same books on one
PostgreSQL server, and each window shows the others' entries, complaints, keys and sheets within
seconds without reloading what did not change. Both arrive as one ``Changes`` value, so the window
has one road for them.

The journal already records every write with its station and entity, in sequence: the window
keeps the sequence it has seen and asks for the books touched after it. Both reads are ranges of
the journal's primary key, so polling costs the same on the first day and after three years.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from desk_app.domain.value import Value
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
    "roster_month": "roster",
    "roster_cell": "roster",
    "roster_request": "roster",
    "roster_event": "roster",
    "inspection_checklist": "supervision",
    "inspection": "supervision",
    "inspection_correction": "supervision",
    "day_review": "supervision",
    "review_note": "supervision",
    "review_read": "supervision",
    "sheet_countersign": "handover",
    "person": "people",
    "setting": "settings",
    "station": "settings",
    "sign_in": "people",
    "staff_member": "people",
}


class Changes(Value):
    """Which books a write touched and which of their records (journaled table, id)."""

    head: int  # the journal's last sequence number: the next call's ``since``
    books: frozenset[str]  # the books written to
    records: frozenset[tuple[str, str]] = frozenset()  # (table, id) of every row written

    @classmethod
    def of_rows(cls, head: int, rows: Iterable[tuple[str, str]]) -> Changes:
        records = frozenset(rows)
        return cls(head, frozenset(BOOK_OF_TABLE.get(t, t) for t, _ in records), records)

    def touches(self, *books: str) -> bool:
        return not self.books.isdisjoint(books)

    def ids(self, table: str) -> frozenset[str]:
        """The ids written in ``table`` (e.g. the complaints to read again)."""
        return frozenset(i for t, i in self.records if t == table)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            max(self.head, other.head), self.books | other.books, self.records | other.records
        )

    def __bool__(self) -> bool:
        return bool(self.books)


NOTHING = Changes(0, frozenset())


def journal_head(desk: Desk) -> int:
    with desk.db.read() as conn:
        return int(conn.execute(select(func.coalesce(func.max(journal.c.seq), 0))).scalar_one())


def changes_since(desk: Desk, actor: Actor, since: int) -> Changes:
    """What other stations (not ``desk.station``) wrote after journal row ``since``."""
    with desk.db.read() as conn:
        require(conn, actor)
        head = int(conn.execute(select(func.coalesce(func.max(journal.c.seq), 0))).scalar_one())
        if head <= since:
            return Changes(head, frozenset())
        rows = conn.execute(
            select(journal.c.entity, journal.c.entity_id)
            .where(journal.c.seq > since, journal.c.station != desk.station)
            .distinct()
        ).all()
    return Changes.of_rows(head, ((e, i) for e, i in rows))
