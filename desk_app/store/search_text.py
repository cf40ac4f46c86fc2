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
    if fields is None or not any(name in changes for name in (*fields, "message", "message_values")):
        return changes
    return {**changes, "search_text": derive(table.name, {**row, **changes})}
