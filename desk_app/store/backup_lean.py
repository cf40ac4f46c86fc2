"""What a backup leaves out and what makes it whole again: the book's indexes and search indexes.

Every index of the book (the lists' orders, the search's trigrams) is made from the rows beside
it, and at three years is a fifth of the file, which compresses less well than the rows do: left
out, a backup of the three-year book is 358 MB (39% of the file) instead of 462 (50%), and
rebuilding them takes some ten seconds when a backup is restored, checked or opened.

So the backup's SQLite copy, before it is compressed, drops every index made by ``CREATE INDEX``
(those that a UNIQUE or PRIMARY KEY of a table makes have no statement of their own, and stay:
they are the rows' own rules) and empties the search tables, with ``secure_delete`` on so that
what was freed is zeros and costs nothing compressed. What it left out is written in the copy's
own ``desk_meta`` (:data:`desk_app.store.meta.BACKUP_LEFT_OUT`: the ``CREATE INDEX`` statements,
word for word, and the search tables), so that the file says it wherever it goes, unpacked by
DutyDesk or by ``zstd -d``. :func:`make_whole` puts it back and takes the note out: decompressing
a backup does it before anyone reads the file, and so does restoring or opening one that
``zstd -d`` unpacked. The statements come from the copy itself, not from today's schema, so a
backup of an older schema is rebuilt as it was.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from desk_app.store.meta import BACKUP_LEFT_OUT
from desk_app.store.search import SEARCH_INDEXES
from desk_app.store.sqlite_file import probe

INDEXES = "indexes"
SEARCH = "search"

# The note is read from a file anyone could have made: what it asks to run is held to this, the
# shape of every index the book has (a list of columns, at most a simple condition), so that no
# statement can do anything but make such an index. sqlite3 runs one statement at a time.
_NAME = r'"?\w+"?'
_CREATE_INDEX = re.compile(
    rf"CREATE (?:UNIQUE )?INDEX {_NAME} ON ({_NAME}) ?\({_NAME}(?: (?:ASC|DESC))?"
    rf"(?:, ?{_NAME}(?: (?:ASC|DESC))?)*\)"
    rf"(?: WHERE {_NAME} (?:IS NOT NULL|IS NULL|= [0-9]+|= '\w+'))?"
)

# A step of the rebuild done, of how many.
Steps = Callable[[int, int], None]


class NotWhole(ValueError):
    """The note of what was left out is not one DutyDesk writes, or the rebuild failed."""


def leave_out(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """The copy open in ``conn`` (the backup's, never the book) without its indexes and search
    indexes, and saying so in its ``desk_meta``; what was left out."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    # A search index that keeps its words in its own table (none ever did) could not be emptied.
    present = {name for _type, name, sql in rows if "content=" in (sql or "")}
    # Made by CREATE INDEX (an index a UNIQUE or PRIMARY KEY makes has no statement of its own),
    # and of the shape make_whole will make again: any other stays in the copy.
    dropped = sorted(
        (name, sql)
        for kind, name, sql in rows
        if kind == "index" and sql and _CREATE_INDEX.fullmatch(sql)
    )
    search = [i.fts_table for i in SEARCH_INDEXES if i.fts_table in present]
    left_out = {INDEXES: [sql for _name, sql in dropped], SEARCH: search}
    conn.execute("PRAGMA secure_delete = ON")  # freed pages become zeros
    conn.execute("BEGIN")
    for name, _sql in dropped:
        conn.execute('DROP INDEX "{}"'.format(name.replace('"', '""')))
    for table in search:
        # An external-content index (store/search.py): emptied, its table's rows untouched.
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
    conn.execute(
        "INSERT OR REPLACE INTO desk_meta (key, value) VALUES (?, ?)",
        (BACKUP_LEFT_OUT, json.dumps(left_out, sort_keys=True)),
    )
    conn.execute("COMMIT")
    return left_out


def needs_rebuild(path: Path) -> bool:
    """Does the SQLite file at ``path`` lack what a backup left out? Read as ``probe`` reads a
    file: nothing written, not even beside it."""
    return BACKUP_LEFT_OUT in probe(path).meta


def make_whole(path: Path, steps: Steps | None = None) -> bool:
    """The file at ``path`` (a backup's copy, decompressed or unpacked: never the book) given
    back what its backup left out, the note of it taken out, flushed to the disk; False when it
    lacked nothing. :class:`NotWhole` when the note is not DutyDesk's or the rebuild failed:
    the file is then not to be used."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
    except sqlite3.Error as exc:
        raise NotWhole(str(exc)) from exc
    try:
        found = conn.execute(
            "SELECT value FROM desk_meta WHERE key = ?", (BACKUP_LEFT_OUT,)
        ).fetchone()
        if found is None:
            return False  # nothing left out: the file as it is, not even its settings changed
        indexes, search = _read_note(found[0])
        # A scratch file: no rollback journal to be left behind by a crash and played into the
        # next file decompressed under this name; a crash leaves a file the next try replaces.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")  # flushed below, once
        _rebuild(conn, indexes, search, steps)
    except (sqlite3.Error, TypeError) as exc:
        raise NotWhole(str(exc)) from exc
    finally:
        conn.close()
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())
    return True


def _read_note(value: str) -> tuple[list[str], list[str]]:
    try:
        note = json.loads(value)
    except ValueError as exc:
        raise NotWhole("its note of the indexes left out is not JSON") from exc
    indexes = note.get(INDEXES) if isinstance(note, dict) else None
    search = note.get(SEARCH) if isinstance(note, dict) else None
    content = {i.fts_table for i in SEARCH_INDEXES}
    if (
        not isinstance(indexes, list)
        or not isinstance(search, list)
        or not all(isinstance(s, str) and _CREATE_INDEX.fullmatch(s) for s in indexes)
        or not all(isinstance(t, str) and t in content for t in search)
    ):
        raise NotWhole("it names indexes DutyDesk does not make")
    return indexes, search


def _rebuild(
    conn: sqlite3.Connection, indexes: list[str], search: list[str], steps: Steps | None
) -> None:
    """The indexes and search indexes made again from the rows and the note taken out, in one
    transaction, ``steps`` told how far."""
    content = {i.fts_table: i.rowid.table.name for i in SEARCH_INDEXES}
    work = [(sql, _rows(conn, _CREATE_INDEX.fullmatch(sql)[1]) * INDEX_STEPS) for sql in indexes]
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
        conn.execute("DELETE FROM desk_meta WHERE key = ?", (BACKUP_LEFT_OUT,))
        conn.execute("COMMIT")
    finally:
        conn.set_progress_handler(None, 0)


# What a step costs, in SQLite's virtual machine steps a row (three years: the log's search index
# some 28 a row, an index some 10): the bar moves within a step as SQLite reports its steps.
INDEX_STEPS = 10
SEARCH_STEPS = 28
STEPS_PER_CALL = 1000


class _Bar:
    """The rebuild's progress: the steps done so far, told in thousandths as they grow."""

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


def _rows(conn: sqlite3.Connection, table: str) -> int:
    """The rows of ``table`` (at least 1), for the progress's weights; 1 for a table the file
    does not have."""
    name = table.strip('"')
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone():
        return 1
    return max(1, conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
