"""Substring search over a book's search text, one condition per database and query length.

Every searchable table has a ``search_text`` column the program writes (``book_text.search_text``:
the fields folded by the program, a program line in every language), and the query is folded the
same way, so matching is a plain, case-exact substring test on both engines.

SQLite: three characters or more go through the book's FTS5 trigram index over that column;
shorter ones scan the table newest first with ``instr``, which stops as soon as a page is full.
PostgreSQL: ``LIKE`` over the column, served by its pg_trgm index (``LIKE`` compares characters as
they are, whatever the server's locale).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ColumnElement,
    bindparam,
    func,
    literal_column,
    select,
    text,
)

from desk_app.domain.search import SearchQuery
from desk_app.domain.value import Value
from desk_app.store.tables import complaint, lf_item, lf_report, log_entry


class SearchIndex(Value):
    """A searchable book: its FTS5 table, the integer column that is the index's row id, and its
    search text column."""

    fts_table: str
    rowid: Column
    column: Column


LOG_SEARCH = SearchIndex("log_fts", log_entry.c.num, log_entry.c.search_text)
COMPLAINT_SEARCH = SearchIndex("complaint_fts", complaint.c.num, complaint.c.search_text)
LF_ITEM_SEARCH = SearchIndex("lf_item_fts", lf_item.c.num, lf_item.c.search_text)
LF_REPORT_SEARCH = SearchIndex("lf_report_fts", lf_report.c.num, lf_report.c.search_text)
# Every book's search index (a backup leaves them out and rebuilds them: store/backup_lean.py).
SEARCH_INDEXES = (LOG_SEARCH, COMPLAINT_SEARCH, LF_ITEM_SEARCH, LF_REPORT_SEARCH)


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_condition(dialect: str, index: SearchIndex, query: SearchQuery) -> ColumnElement[bool]:
    needle = query.folded
    if dialect == "sqlite":
        if not query.is_short:
            match = text(f"{index.fts_table} MATCH :fts_q").bindparams(
                bindparam("fts_q", query.fts_phrase())
            )
            sub = select(literal_column("rowid")).select_from(text(index.fts_table)).where(match)
            return index.rowid.in_(sub.scalar_subquery())
        return func.instr(index.column, needle) > 0
    return index.column.like(f"%{_escape_like(needle)}%", escape="\\")


def log_search_condition(dialect: str, query: SearchQuery) -> ColumnElement[bool]:
    return search_condition(dialect, LOG_SEARCH, query)
