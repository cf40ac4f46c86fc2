"""The duty log's writers: an entry (and its follow-up) and a read mark, inside a unit of work
the caller holds. The other books' use cases and the demo write their log lines through them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, func, select

from desk_app.domain.log import EntryDraft
from desk_app.store.journal import JournalWriter, insert_journaled
from desk_app.store.tables import entry_read, follow_up, log_entry
from desk_app.store.types import new_id


def next_entry_num(conn: Connection) -> int:
    """The next number of the book; the caller holds the journal lock, so no two writers share it."""
    return (conn.execute(_MAX_NUM).scalar() or 0) + 1


def write_entry(
    conn: Connection,
    w: JournalWriter,
    *,
    draft: EntryDraft,
    author_id: str,
    station: str,
    at: datetime,
    num: int,
    complaint_id: str | None = None,
    lf_item_id: str | None = None,
    key_id: str | None = None,
) -> tuple[str, str | None]:
    """Insert one validated entry (and its follow-up) with their journal rows. Shared with demo.

    Returns the new entry's id and its follow-up's id (or None).
    """
    entry_id = new_id()
    follow_up_id = None
    insert_journaled(
        conn,
        w,
        log_entry,
        {
            "id": entry_id,
            "num": num,
            "at": at,
            "category": draft.category.value,
            "text": draft.text,
            "message": draft.line.key if draft.line else None,
            "message_values": draft.line.encoded_values() if draft.line else None,
            "room": draft.room,
            "party": draft.party,
            "important": draft.important,
            "author_id": author_id,
            "station": station,
            "amends_id": draft.amends_id,
            "closes_follow_up_id": draft.closes_follow_up_id,
            "complaint_id": complaint_id,
            "lf_item_id": lf_item_id,
            "key_id": key_id,
        },
        at,
    )
    if draft.follow_up is not None:
        follow_up_id = new_id()
        insert_journaled(
            conn,
            w,
            follow_up,
            {
                "id": follow_up_id,
                "entry_id": entry_id,
                "owner_id": draft.follow_up.owner_id,
                "due_at": draft.follow_up.due_at,
                "closed_at": None,
                "closing_entry_id": None,
                "version": 1,
            },
            at,
        )
    return entry_id, follow_up_id


_MAX_NUM = select(func.max(log_entry.c.num))


def write_read(
    conn: Connection, w: JournalWriter, *, entry_id: str, person_id: str, at: datetime
) -> bool:
    """Mark the entry read by the person in this transaction (under the journal lock); False
    when it already was. The handover's acceptance marks the shift's entries through it too."""
    done = conn.execute(
        select(entry_read.c.id).where(
            entry_read.c.entry_id == entry_id, entry_read.c.person_id == person_id
        )
    ).first()
    if done is not None:
        return False
    insert_journaled(
        conn,
        w,
        entry_read,
        {"id": new_id(), "entry_id": entry_id, "person_id": person_id, "at": at},
        at,
    )
    return True
