"""Substring search over the log, one condition per database and query length.

SQLite: three characters or more go through the FTS5 trigram index; shorter ones scan the table
newest first (``LIKE`` for ASCII, which SQLite folds itself; ``instr`` over every case variant
otherwise), which stops as soon as a page is full.
PostgreSQL: ``LIKE`` over ``lower(...)``, served by the pg_trgm index.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, bindparam, func, literal_column, or_, select, text

from desk_app.domain.search import SearchQuery
from desk_app.store.tables import log_entry


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def log_search_condition(dialect: str, query: SearchQuery) -> ColumnElement[bool]:
    e = log_entry.c
    if dialect == "sqlite":
        if not query.is_short:
            sub = (
                select(literal_column("rowid"))
                .select_from(text("log_fts"))
                .where(
                    text("log_fts MATCH :fts_q").bindparams(bindparam("fts_q", query.fts_phrase()))
                )
            )
            return e.num.in_(sub.scalar_subquery())
        columns = (e.text, e.room, e.party)
        if query.text.isascii():
            # SQLite's LIKE folds ASCII case itself: one pass instead of one per case variant.
            pattern = "%" + _escape_like(query.text) + "%"
            return or_(*(c.like(pattern, escape="\\") for c in columns))
        return or_(*(func.instr(c, v) > 0 for v in query.case_variants() for c in columns))
    needle = _escape_like(query.text.lower())
    haystack = func.lower(e.text + " " + e.room + " " + e.party)
    found = haystack.like(f"%{needle}%", escape="\\")
    if " " not in needle:
        return found
    # Only a phrase with a space can span the separator between two fields; recheck each field
    # (after the index has narrowed the rows) so it matches as on SQLite, inside one field.
    return and_(
        found,
        or_(*(func.lower(c).like(f"%{needle}%", escape="\\") for c in (e.text, e.room, e.party))),
    )
