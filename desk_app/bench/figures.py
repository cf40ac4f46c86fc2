"""The bench's figures of the core and of the duty log: recording an entry, writing the anchors,
searching (three characters or more, and shorter), verifying, each against its raw ``sqlite3``
counterpart where it has one. ``bench.run`` runs them in order; ``bench.books`` measures the
other books, ``bench.window`` the window."""

from __future__ import annotations

import sqlite3
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from desk_app.bench.books import (
    signed_in,
)
from desk_app.bench.scratch import (
    remove_sqlite_files,
    scratch_path,
)
from desk_app.bench.timing import WARM_UP, Timings, ms_since
from desk_app.command_error import CommandError
from desk_app.domain.roles import Capability, Role, can
from desk_app.domain.search import parse_query
from desk_app.services.desk import Actor, Desk
from desk_app.services.log.commands import record_entry
from desk_app.services.log.views import PAGE_SIZE, LogFilter, list_entries
from desk_app.store.database import WAL_AUTOCHECKPOINT_PAGES
from desk_app.store.tables import (
    person,
)
from desk_app.store.verify import verify

RECORDS = 200
SEARCH_REPEATS = 7
# Three characters or more, in every script the desk writes: common and rare words.
SEARCH_QUERIES = (
    "不制冷",
    "行李牌",
    "кондиционер",
    "полотенца",
    "towels",
    "late checkout",
    "1208",
    "Янковск",
)
# Shorter than a trigram: the scan path.
SHORT_QUERIES = ("漏水", "水", "投诉", "Ян")
# The same page the service returns (its rows, newest first), straight from sqlite3.
RAW_FTS = (
    "SELECT e.* FROM log_fts JOIN log_entry AS e ON e.num = log_fts.rowid "
    f"WHERE log_fts MATCH ? ORDER BY e.at DESC, e.num DESC LIMIT {PAGE_SIZE}"
)


# --------------------------------------------------------------------------------------------
# Raw counterparts
# --------------------------------------------------------------------------------------------


def raw_insert_ms(folder: Path, count: int = RECORDS) -> Timings:
    """A single-row insert and commit per sample, with the app's pragmas (WAL, synchronous=FULL,
    its checkpoint interval)."""
    path = scratch_path(folder, ".bench-raw-")
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
            conn.execute("CREATE TABLE scratch (id TEXT PRIMARY KEY, at TEXT NOT NULL, text TEXT)")
            samples = []
            for i in range(WARM_UP + count):
                start = time.perf_counter()
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(
                    "INSERT INTO scratch (id, at, text) VALUES (?, ?, ?)",
                    (str(uuid.uuid4()), datetime.now(UTC).isoformat(), f"bench {i}"),
                )
                conn.execute("COMMIT")
                if i >= WARM_UP:
                    samples.append(ms_since(start))
        finally:
            conn.close()
    finally:
        remove_sqlite_files(path)
    return Timings(samples)


def raw_fts_ms(path: Path, queries: tuple[str, ...], repeats: int = SEARCH_REPEATS) -> Timings:
    conn = sqlite3.connect(str(path))
    try:
        samples = []
        for query in queries:
            parsed = parse_query(query)
            assert parsed is not None and not parsed.is_short
            phrase = parsed.fts_phrase()
            conn.execute(RAW_FTS, (phrase,)).fetchall()  # warm
            for _ in range(repeats):
                start = time.perf_counter()
                conn.execute(RAW_FTS, (phrase,)).fetchall()
                samples.append(ms_since(start))
    finally:
        conn.close()
    return Timings(samples)


# --------------------------------------------------------------------------------------------
# The real paths
# --------------------------------------------------------------------------------------------


def bench_actor(desk: Desk) -> Actor:
    """Someone who may keep the log (a clerk if there is one), signed in on the scratch copy with
    ``BENCH_PIN`` (``bench.books.signed_in``): services act only for a signed-in person."""
    with desk.db.read() as conn:
        rows = conn.execute(
            select(person.c.id, person.c.name, person.c.role).where(person.c.active.is_(True))
        ).all()
    keepers = [r for r in rows if can(Role(r.role), Capability.KEEP_LOG)]
    if not keepers:
        raise CommandError("The database has no active person who may keep the log.")
    chosen = next((r for r in keepers if r.role == Role.CLERK.value), keepers[0])
    return signed_in(desk, chosen.id)


def record_entry_ms(desk: Desk, actor: Actor, count: int = RECORDS) -> Timings:
    samples = []
    for i in range(WARM_UP + count):
        start = time.perf_counter()
        record_entry(desk, actor, category="note", text=f"bench {i + 1} of {WARM_UP + count}")
        if i >= WARM_UP:
            samples.append(ms_since(start))
    return Timings(samples)


ANCHOR_WRITES = 30


def anchor_write_ms(desk: Desk, actor: Actor, count: int = ANCHOR_WRITES) -> Timings:
    """What writing the anchors costs (both places, each written whole with fsync): paid off
    the write path, at most once a second, and at once at a lock, a seal, a backup, a close."""
    keeper = desk.db.anchors
    assert keeper is not None
    samples = []
    for i in range(count):
        record_entry(desk, actor, category="note", text=f"anchor {i + 1} of {count}")
        start = time.perf_counter()
        keeper.flush()
        samples.append(ms_since(start))
    return Timings(samples)


def search_ms(
    desk: Desk, actor: Actor, queries: tuple[str, ...], repeats: int = SEARCH_REPEATS
) -> Timings:
    samples = []
    for query in queries:
        flt = LogFilter(search=query)
        list_entries(desk, actor, flt)  # warm
        for _ in range(repeats):
            start = time.perf_counter()
            list_entries(desk, actor, flt)
            samples.append(ms_since(start))
    return Timings(samples)


def verify_s(desk: Desk) -> float:
    start = time.perf_counter()
    report = verify(desk.db)
    elapsed = time.perf_counter() - start
    if not report.ok:
        raise CommandError(
            "The copy of the database does not verify ({count} problems); "
            "run desk-app verify on the original.",
            count=len(report.problems),
        )
    return elapsed
