"""What a backup leaves out and what makes it whole again: the book's indexes and search indexes.

Every index of the book (the lists' orders, the search's trigrams) is made from the rows beside
it, and at three years is a fifth of the file, which compresses less well than the rows do: left
out, a backup of the three-year book is 341 MB (39% of the file) instead of 440 (50%), and
rebuilding them takes some ten seconds when a backup is restored, checked or opened.

So the backup's SQLite copy, before it is compressed, drops every index made by ``CREATE INDEX``
(those that say a column is unique, or a key, stay: they are the rows' own rules) and empties the
search tables, with ``secure_delete`` on so that what was freed is zeros and costs nothing
compressed. What it left out is said in the compressed file's header (the ``CREATE INDEX``
statements, word for word, and the search tables), and :func:`rebuild` puts it back as the backup
is decompressed: no reader ever sees a backup without its indexes. The statements come from the
copy itself, not from today's schema, so a backup of an older schema is rebuilt as it was.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from desk_app.store.search import SEARCH_INDEXES

INDEXES = "indexes"
SEARCH = "search"

# The header is read from a file anyone could have made: what it asks to run is held to this
# (one statement at a time, which sqlite3 enforces, and that one only makes an index).
_CREATE_INDEX = re.compile(r"CREATE (UNIQUE )?INDEX [^;]*", re.IGNORECASE)

# A step of the rebuild done, of how many.
Steps = Callable[[int, int], None]


def leave_out(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """The copy open in ``conn`` (the backup's, never the book) without its indexes and search
    indexes; what was left out, for the header."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    present = {name for _type, name, _sql in rows}
    # Made by CREATE INDEX: an index a UNIQUE or PRIMARY KEY makes has no statement of its own.
    dropped = sorted((name, sql) for kind, name, sql in rows if kind == "index" and sql)
    search = [i.fts_table for i in SEARCH_INDEXES if i.fts_table in present]
    conn.execute("PRAGMA secure_delete = ON")  # freed pages become zeros
    conn.execute("BEGIN")
    for name, _sql in dropped:
        conn.execute('DROP INDEX "{}"'.format(name.replace('"', '""')))
    for table in search:
        # An external-content index (store/search.py): emptied, its table's rows untouched.
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
    conn.execute("COMMIT")
    return {INDEXES: [sql for _name, sql in dropped], SEARCH: search}


def rebuild(conn: sqlite3.Connection, left_out: dict[str, list[str]], steps: Steps | None) -> None:
    """What :func:`leave_out` left out made again from the rows, in one transaction, ``steps``
    told how far (weighted by the rows each step reads). A header asking for anything else is a
    ValueError: that backup was not made by DutyDesk."""
    indexes = list(left_out.get(INDEXES, ()))
    search = list(left_out.get(SEARCH, ()))
    content = {i.fts_table: i.rowid.table.name for i in SEARCH_INDEXES}
    if not all(isinstance(s, str) and _CREATE_INDEX.fullmatch(s) for s in indexes) or not all(
        table in content for table in search
    ):
        raise ValueError("the header names indexes DutyDesk does not make")
    work = [(sql, _rows(conn, _ON_TABLE.search(sql)) * INDEX_STEPS) for sql in indexes]
    work += [
        (f"INSERT INTO {t}({t}) VALUES ('rebuild')", _rows(conn, content[t]) * SEARCH_STEPS)
        for t in search
    ]
    bar = _Bar(steps, sum(weight for _sql, weight in work))
    conn.set_progress_handler(bar.step, STEPS_PER_CALL)
    try:
        conn.execute("BEGIN")
        for sql, weight in work:
            bar.begin(weight)
            conn.execute(sql)
            bar.finished()
        conn.execute("COMMIT")
    finally:
        conn.set_progress_handler(None, 0)


# What a step costs, in SQLite's virtual machine steps a row (three years: the log's search index
# some 28 a row, an index some 10): the bar moves within a step as SQLite reports its steps.
INDEX_STEPS = 10
SEARCH_STEPS = 28
STEPS_PER_CALL = 1000


class _Bar:
    """The rebuild's progress: the steps done so far, told in thousandths as they change."""

    def __init__(self, steps: Steps | None, total: int) -> None:
        self._steps = steps
        self._total = max(total, 1)
        self._done = 0  # the weight of the statements finished
        self._weight = 0  # the running statement's
        self._within = 0  # the virtual machine's steps into it, as far as its weight
        self._said = -1

    def begin(self, weight: int) -> None:
        self._weight, self._within = weight, 0

    def step(self) -> int:
        """SQLite's progress handler: 0 goes on."""
        self._within = min(self._within + STEPS_PER_CALL, self._weight)
        self._say(self._done + self._within)
        return 0

    def finished(self) -> None:
        self._done += self._weight
        self._weight = self._within = 0
        self._say(self._done)

    def _say(self, done: int) -> None:
        thousandths = min(1000, 1000 * done // self._total)
        if self._steps is not None and thousandths > self._said:
            self._said = thousandths
            self._steps(thousandths, 1000)


_ON_TABLE = re.compile(r"\bON\s+\"?(\w+)\"?", re.IGNORECASE)


def _rows(conn: sqlite3.Connection, table: str | re.Match[str] | None) -> int:
    """The rows of ``table`` (at least 1), for the progress's weights; 1 for a table the file
    does not have."""
    name = table.group(1) if isinstance(table, re.Match) else table
    if name is None or not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone():
        return 1
    return max(1, conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
