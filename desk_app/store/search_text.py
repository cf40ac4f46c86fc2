"""The search text of a row, derived as the row is written: one rule for every writer.

``insert_journaled`` and ``update_journaled`` call :func:`with_search_text`, so a service, the demo
generator and a migration cannot write a searchable row without it (see ``store.search``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table

from desk_app.book_text import search_text
from desk_app.domain.book_lines import BookLine

# The fields a user searches in, per book, in the order they are joined.
SEARCHED: Mapping[str, tuple[str, ...]] = {
    "log_entry": ("text", "room", "party"),
    "complaint": ("text", "guest_name", "room", "contact"),
    "lf_item": ("description", "found_place", "storage_place", "finder_name"),
    "lf_report": ("description", "guest_name", "lost_place", "contact", "room"),
}


def derive(table_name: str, row: Mapping[str, Any]) -> str:
    line = None
    if table_name == "log_entry" and row.get("message"):
        line = BookLine.decode(row["message"], row.get("message_values"))
    return search_text(*(row.get(name) or "" for name in SEARCHED[table_name]), line=line)


def with_search_text(table: Table, row: Mapping[str, Any]) -> Mapping[str, Any]:
    """``row`` with its search text, for a table that has one."""
    if table.name not in SEARCHED:
        return row
    return {**row, "search_text": derive(table.name, row)}


def search_changes(
    table: Table, row: Mapping[str, Any], changes: Mapping[str, Any]
) -> Mapping[str, Any]:
    """``changes`` with the search text anew, when they touch a searched field."""
    fields = SEARCHED.get(table.name)
    if fields is None or not any(
        name in changes for name in (*fields, "message", "message_values")
    ):
        return changes
    return {**changes, "search_text": derive(table.name, {**row, **changes})}


REFRESH_BATCH = 2000


def refresh(db) -> int:
    """Make the search texts of the program's lines anew when the catalogue they were made with
    is not this program's (a translation added or changed since): they hold the sentence in every
    language, and a sentence now worded otherwise must be found by its new words. One read of a
    mark when nothing changed; the lines alone (a user's words do not depend on the catalogue)
    when it has. Returns how many lines were made anew."""
    from sqlalchemy import select

    from desk_app.catalog import fingerprint
    from desk_app.store.meta import SEARCH_CATALOGUE
    from desk_app.store.tables import desk_meta

    wanted = fingerprint()
    with db.read() as conn:
        mark = conn.execute(
            select(desk_meta.c.value).where(desk_meta.c.key == SEARCH_CATALOGUE)
        ).scalar()
    return 0 if mark == wanted else rederive(db, wanted)


def rederive(db, wanted: str) -> int:
    from sqlalchemy import bindparam, delete, insert, select, update

    from desk_app.store.meta import SEARCH_CATALOGUE
    from desk_app.store.tables import desk_meta, log_entry

    e = log_entry.c
    stmt = (
        update(log_entry).where(e.id == bindparam("b_id")).values(search_text=bindparam("b_text"))
    )
    done = 0
    with db.engine.connect().execution_options(desk_write=True) as conn, conn.begin():
        last = 0
        while True:
            rows = conn.execute(
                select(e.id, e.num, e.text, e.room, e.party, e.message, e.message_values)
                .where(e.message.is_not(None), e.num > last)
                .order_by(e.num)
                .limit(REFRESH_BATCH)
            ).fetchall()
            if not rows:
                break
            conn.execute(
                stmt, [{"b_id": r.id, "b_text": derive("log_entry", r._mapping)} for r in rows]
            )
            done += len(rows)
            last = rows[-1].num
        conn.execute(delete(desk_meta).where(desk_meta.c.key == SEARCH_CATALOGUE))
        conn.execute(insert(desk_meta).values(key=SEARCH_CATALOGUE, value=wanted))
    return done
