"""Substring search over the log, one condition per database and query length.

SQLite: three characters or more go through the FTS5 trigram index; shorter ones scan the table
newest first with ``instr`` over every case variant, which stops as soon as a page is full.
PostgreSQL: ``LIKE`` over ``lower(...)``, served by the pg_trgm index.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, bindparam, func, literal_column, or_, select, text

from desk_app.domain.search import SearchQuery
from desk_app.store.tables import log_entry


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
        checks = []
        for variant in query.case_variants():
            for column in (e.text, e.room, e.party):
                checks.append(func.instr(column, variant) > 0)
        return or_(*checks)
    needle = query.text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
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
