"""Substring search over a book, one condition per database and query length.

SQLite: three characters or more go through the book's FTS5 trigram index; shorter ones scan the
table newest first (``LIKE`` for ASCII, which SQLite folds itself; ``instr`` over every case
variant otherwise), which stops as soon as a page is full.
PostgreSQL: ``LIKE`` over ``lower(...)`` of the fields joined, served by the pg_trgm index.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    Column,
    ColumnElement,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    text,
)

from desk_app.domain.search import SearchQuery
from desk_app.store.tables import complaint, lf_item, lf_report, log_entry


@dataclass(frozen=True)
class SearchIndex:
    """A searchable book: its FTS5 table, the integer column that is the index's row id, and the
    searched fields in the order the pg_trgm index joins them."""

    fts_table: str
    rowid: Column
    columns: tuple[Column, ...]


LOG_SEARCH = SearchIndex(
    "log_fts", log_entry.c.num, (log_entry.c.text, log_entry.c.room, log_entry.c.party)
)
COMPLAINT_SEARCH = SearchIndex(
    "complaint_fts",
    complaint.c.num,
    (complaint.c.text, complaint.c.guest_name, complaint.c.room, complaint.c.contact),
)
LF_ITEM_SEARCH = SearchIndex(
    "lf_item_fts",
    lf_item.c.num,
    (
        lf_item.c.description,
        lf_item.c.found_place,
        lf_item.c.storage_place,
        lf_item.c.finder_name,
    ),
)
LF_REPORT_SEARCH = SearchIndex(
    "lf_report_fts",
    lf_report.c.num,
    (
        lf_report.c.description,
        lf_report.c.guest_name,
        lf_report.c.lost_place,
        lf_report.c.contact,
        lf_report.c.room,
    ),
)


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_condition(dialect: str, index: SearchIndex, query: SearchQuery) -> ColumnElement[bool]:
    columns = index.columns
    if dialect == "sqlite":
        if not query.is_short:
            match = text(f"{index.fts_table} MATCH :fts_q").bindparams(
                bindparam("fts_q", query.fts_phrase())
            )
            sub = select(literal_column("rowid")).select_from(text(index.fts_table)).where(match)
            return index.rowid.in_(sub.scalar_subquery())
        if query.text.isascii():
            # SQLite's LIKE folds ASCII case itself: one pass instead of one per case variant.
            pattern = "%" + _escape_like(query.text) + "%"
            return or_(*(c.like(pattern, escape="\\") for c in columns))
        return or_(*(func.instr(c, v) > 0 for v in query.case_variants() for c in columns))
    needle = _escape_like(query.text.lower())
    joined = columns[0]
    for column in columns[1:]:
        joined = joined + " " + column
    found = func.lower(joined).like(f"%{needle}%", escape="\\")
    if " " not in needle:
        return found
    # Only a phrase with a space can span the separator between two fields; recheck each field
    # (after the index has narrowed the rows) so it matches as on SQLite, inside one field.
    return and_(
        found,
        or_(*(func.lower(c).like(f"%{needle}%", escape="\\") for c in columns)),
    )


def log_search_condition(dialect: str, query: SearchQuery) -> ColumnElement[bool]:
    return search_condition(dialect, LOG_SEARCH, query)
