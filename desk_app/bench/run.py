"""``desk-app bench``: how fast the real paths are, as a ratio to the raw database on this machine.

Absolute times depend on the disk and the CPU; a ratio to plain ``sqlite3`` doing the same work in
the same run does not, much. So every figure that matters comes with its raw counterpart:

- recording an entry through ``services.log.record_entry`` (ORM-free Core, journal row, FTS
  trigger, one fsync'ed commit) against a single-row ``INSERT`` in raw ``sqlite3`` with the same
  pragmas (WAL, ``synchronous=FULL``) in a scratch file in the same folder;
- a substring search of three characters or more through ``services.log.list_entries`` against the
  bare FTS5 query joined to the log, newest first, 200 rows;
- one- and two-character searches (漏水, 投诉, Ян), which the trigram index cannot answer;
- the complaint register's first page through ``services.complaints.list_complaints`` (names joined,
  overdue worked out) against the bare page query, and its first page with a search;
- the complaint analysis over everything (``services.complaint_analysis.analyse``, by category and
  by month), as a supervisor sees it;
- lost and found: matching a guest's new report against the found items
  (``services.lostfound.matches_for_report``, the reports written through ``report_lost`` with a
  loss in the data's last months, where items are still held) against the raw query that fetches
  the same candidate window from ``lf_item`` by (state, found_at); and the found-item book's first
  page (``services.lostfound.list_items``);
- keys: the board with every key on it (``services.keys.board``, states, holders and overdue
  worked out) against the bare ``SELECT`` of the register in hook order; issuing an ordinary key
  through ``services.keys.issue_key`` (each taken back with ``return_key``, untimed); and the first
  page of the history of the key that moved most (``services.keys.history``);
- handover: the sheet of the shift with the most log entries, compiled from every book
  (``services.handover.compile_sections``) and printed as PDF, with no raw counterpart.

The figures of the books beside the log (complaints, lost and found, keys, handover) are measured
by ``desk_app.bench_books``; this module keeps the core, the log's and the window's figures, and
runs them all in one order.

The measured database is never touched: the bench works on a copy made with SQLite's backup API
in the same folder (same disk), and deletes it afterwards. The 200 entries it records are notes
reading "bench …", the 20 lost-item reports it matches and the 55 key loans it times are written
through the real path into the copy only.

The GUI figures (``log_page_ms_p50``, ``startup_s``, ``bare_qt_startup_s``, ``enter_to_row_ms``)
are left to the UI: see the functions at the end of this module.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desk_app.bench_books import (
    BENCH_PIN,
    COMPLAINT_QUERIES,
    KEY_ISSUES,
    MATCH_REPORTS,
    _analyst,
    complaint_analysis_ms,
    complaint_page_ms,
    handover_figures,
    key_figures,
    lostfound_figures,
    raw_complaint_page_ms,
    signed_in,
)
from desk_app.bench_scratch import (
    copy_database,
    file_bytes,
    remove_sqlite_files,
    scratch_data_folder,
    scratch_path,
)
from desk_app.bench_size import file_size
from desk_app.bench_timing import WARM_UP, Say, Timings, _ms, _round
from desk_app.cli import CommandError
from desk_app.domain.roles import Capability, Role, can
from desk_app.domain.search import parse_query
from desk_app.services.desk import Actor, Desk
from desk_app.services.log import PAGE_SIZE, LogFilter, list_entries, record_entry
from desk_app.store.database import WAL_AUTOCHECKPOINT_PAGES, connect, open_readonly
from desk_app.store.tables import (
    complaint,
    handover,
    key_movement,
    lf_item,
    log_entry,
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

# The keys of ``--json``, in print order.
KEYS = (
    "rows",
    "record_entry_ms_p50",
    "record_entry_ms_p99",
    "raw_insert_ms_p50",
    "record_vs_raw",
    "anchor_write_ms_p50",
    "search_ms_p50",
    "raw_fts_ms_p50",
    "search_vs_raw",
    "short_search_ms_p50",
    "complaints",
    "complaint_page_ms_p50",
    "raw_complaint_page_ms_p50",
    "complaint_search_ms_p50",
    "complaint_analysis_ms",
    "complaint_analysis_month_ms",
    "lostfound_items",
    "lostfound_match_ms_p50",
    "raw_lostfound_window_ms_p50",
    "lostfound_page_ms_p50",
    "key_movements",
    "key_board_ms",
    "raw_key_board_ms",
    "key_issue_ms_p50",
    "key_history_ms_p50",
    "handovers",
    "handover_compile_ms",
    "handover_pdf_ms",
    "log_page_ms_p50",
    "enter_to_row_ms",
    "startup_s",
    "startup_small_s",
    "bare_qt_startup_s",
    "startup_vs_bare",
    "startup_floor_s",
    "floor_vs_bare",
    "window_rss_mb",
    "verify_s",
    "db_size_mb",
    "db_journal_mb",
    "db_log_book_mb",
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
                    samples.append(_ms(start))
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
                samples.append(_ms(start))
    finally:
        conn.close()
    return Timings(samples)


# --------------------------------------------------------------------------------------------
# The real paths
# --------------------------------------------------------------------------------------------


def _bench_actor(desk: Desk) -> Actor:
    """Someone who may keep the log (a clerk if there is one), signed in on the scratch copy with
    ``BENCH_PIN`` (``bench_books.signed_in``): services act only for a signed-in person."""
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
            samples.append(_ms(start))
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
        samples.append(_ms(start))
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
            samples.append(_ms(start))
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


# --------------------------------------------------------------------------------------------
# GUI figures: measured by desk_app.bench_probe in child processes (offscreen Qt), on the scratch
# copy, signed in as the bench actor with a PIN the bench sets on that copy only.
# --------------------------------------------------------------------------------------------

STARTUP_RUNS = 3


def _probe(args: list[str], config_dir: Path) -> tuple[float, dict[str, Any]]:
    """Run the probe; return seconds from spawn to its report (not to its exit) and the report."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_CONFIG_DIR": str(config_dir)}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desk_app.bench_probe", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    try:
        _out, err = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    if proc.returncode != 0 or not line.strip():
        raise CommandError("The window probe failed: {error}", error=err.strip()[-500:])
    return elapsed, json.loads(line)


def compile_package() -> None:
    """Compile the program's bytecode before timing its start-up, as installing a wheel does.

    An editable install (the README's) leaves that to the first import, and where
    ``PYTHONDONTWRITEBYTECODE`` is set it is never kept: every start would then compile some
    eighty modules (~80 ms here) that an installed program never compiles again."""
    import compileall

    import desk_app

    compileall.compile_dir(Path(desk_app.__file__).parent, quiet=2)


def gui_figures(db_path: Path, actor: Actor, config_dir: Path) -> dict[str, Any]:
    compile_package()
    login = ["--db", str(db_path), "--person", actor.name, "--pin", BENCH_PIN]
    bare = statistics.median(_probe(["bare"], config_dir)[0] for _ in range(STARTUP_RUNS))
    floor = statistics.median(
        _probe(["floor", "--db", str(db_path)], config_dir)[0] for _ in range(STARTUP_RUNS)
    )
    startups = [_probe(["startup", *login], config_dir) for _ in range(STARTUP_RUNS)]
    _elapsed, window = _probe(["window", *login], config_dir)
    return {
        "bare_qt_startup_s": bare,
        "startup_floor_s": floor,
        "startup_s": statistics.median(t for t, _ in startups),
        "startup_rss_mb": max(r["rss_mb"] for _, r in startups),
        "log_page_ms_p50": window["log_page_ms_p50"],
        "enter_to_row_ms": window["enter_to_row_ms_p50"],
        "window_rss_mb": window["window_rss_mb"],
    }


def small_startup_s(folder: Path, config_dir: Path) -> float:
    """Start-up on a database of about a hundred entries, to show it does not grow with the data."""
    from desk_app.demo import seed_demo

    small = scratch_path(folder, ".bench-small-")
    try:
        db = connect(str(small))
        try:
            desk = Desk(db=db, station="bench")
            seed_demo(desk, years=0.001)
            actor = _bench_actor(desk)  # signed in with BENCH_PIN, for the probe too
        finally:
            db.dispose()
        login = ["--db", str(small), "--person", actor.name, "--pin", BENCH_PIN]
        return statistics.median(
            _probe(["startup", *login], config_dir)[0] for _ in range(STARTUP_RUNS)
        )
    finally:
        remove_sqlite_files(small)
        for extra in small.parent.glob(small.name + "*"):
            extra.unlink(missing_ok=True)


def run_bench(db_path_or_url: str, *, say: Say | None = None) -> dict[str, Any]:
    """Measure on a temporary copy of the database; return the figures under ``KEYS``. The
    database itself is only read."""
    with scratch_data_folder():
        return _run_bench(db_path_or_url, say)


def _run_bench(db_path_or_url: str, say: Say | None) -> dict[str, Any]:
    def tell(message: str) -> None:
        if say is not None:
            say(message)

    db = open_readonly(db_path_or_url)
    try:
        if db.sqlite_path is None:
            raise CommandError(
                "The bench measures an SQLite database against raw sqlite3; {url} is not one.",
                url=db.url,
            )
        with db.read() as conn:
            people = conn.execute(select(func.count()).select_from(person)).scalar_one()
            rows = conn.execute(select(func.count()).select_from(log_entry)).scalar_one()
            complaint_count = conn.execute(select(func.count()).select_from(complaint)).scalar_one()
            item_count = conn.execute(select(func.count()).select_from(lf_item)).scalar_one()
            movements = conn.execute(select(func.count()).select_from(key_movement)).scalar_one()
            sheets = conn.execute(select(func.count()).select_from(handover)).scalar_one()
        source = db.sqlite_path
    finally:
        db.dispose()
    if not people or not rows:
        raise CommandError(
            "The database {path} is empty. The bench needs a filled one, for example: "
            "desk-app --db {path} demo --years 3",
            path=str(source),
        )
    size_mb = file_bytes(source) / 1e6
    tell("where the file's bytes are")
    sizes = file_size(source)
    folder = source.parent
    copy = scratch_path(folder, ".bench-copy-")
    try:
        tell(f"copying {source.name} ({size_mb:,.0f} MB) to a scratch copy")
        try:
            copy_database(source, copy)
        except (OSError, sqlite3.Error) as exc:
            raise CommandError(
                "Cannot make a scratch copy in {folder}: {error}",
                folder=str(folder),
                error=str(exc),
            ) from exc
        bench_db = connect(str(copy), create=False)
        try:
            desk = Desk(db=bench_db, station="bench")
            actor = _bench_actor(desk)
            tell("verify")
            verify_seconds = verify_s(desk)
            tell(f"raw insert x{RECORDS}")
            raw_insert = raw_insert_ms(folder)
            tell(f"record_entry x{RECORDS}")
            record = record_entry_ms(desk, actor)
            anchors = anchor_write_ms(desk, actor)
            tell("search")
            searched = search_ms(desk, actor, SEARCH_QUERIES)
            raw_fts = raw_fts_ms(copy, SEARCH_QUERIES)
            short = search_ms(desk, actor, SHORT_QUERIES)
            tell("complaints: first page, search, analysis")
            page = complaint_page_ms(desk, actor)
            raw_page = raw_complaint_page_ms(copy)
            complaint_search = complaint_page_ms(desk, actor, COMPLAINT_QUERIES, SEARCH_REPEATS)
            analyst = _analyst(desk)
            by_category = complaint_analysis_ms(desk, analyst, "category")
            by_month = complaint_analysis_ms(desk, analyst, "month")
            tell(f"lost and found: match x{MATCH_REPORTS} new reports, first page")
            lostfound = lostfound_figures(desk, actor, copy, tell)
            tell(f"keys: the board, issue x{KEY_ISSUES}, a key's history")
            keys = key_figures(desk, actor, copy)
            tell("handover: the busiest shift's sheet compiled and printed")
            handovers = handover_figures(desk, actor)
        finally:
            bench_db.dispose()
        with tempfile.TemporaryDirectory(prefix="desk-bench-") as config_dir:
            tell("window: start-up, first page, Enter to row")
            gui = gui_figures(copy, actor, Path(config_dir))
            tell("window: start-up on a database of about 100 entries")
            gui["startup_small_s"] = small_startup_s(folder, Path(config_dir))
    finally:
        remove_sqlite_files(copy)
        for extra in copy.parent.glob(copy.name + "*"):
            extra.unlink(missing_ok=True)

    return {
        "rows": rows,
        "record_entry_ms_p50": _round(record.p50, 3),
        "record_entry_ms_p99": _round(record.p99, 3),
        "raw_insert_ms_p50": _round(raw_insert.p50, 3),
        "record_vs_raw": _round(record.p50 / raw_insert.p50, 2),
        "anchor_write_ms_p50": _round(anchors.p50, 3),
        "search_ms_p50": _round(searched.p50, 3),
        "raw_fts_ms_p50": _round(raw_fts.p50, 3),
        "search_vs_raw": _round(searched.p50 / raw_fts.p50, 2),
        "short_search_ms_p50": _round(short.p50, 3),
        "complaints": complaint_count,
        "complaint_page_ms_p50": _round(page.p50, 3),
        "raw_complaint_page_ms_p50": _round(raw_page.p50, 3),
        "complaint_search_ms_p50": _round(complaint_search.p50, 3),
        # None: desk_app.services.complaint_analysis is not in this build.
        "complaint_analysis_ms": _round(by_category, 1),
        "complaint_analysis_month_ms": _round(by_month, 1),
        "lostfound_items": item_count,
        **lostfound,
        "key_movements": movements,
        **keys,
        "handovers": sheets,
        **handovers,
        "log_page_ms_p50": gui["log_page_ms_p50"],
        "enter_to_row_ms": gui["enter_to_row_ms"],
        "startup_s": _round(gui["startup_s"], 3),
        "startup_small_s": _round(gui["startup_small_s"], 3),
        "bare_qt_startup_s": _round(gui["bare_qt_startup_s"], 3),
        "startup_vs_bare": _round(gui["startup_s"] / gui["bare_qt_startup_s"], 2),
        "startup_floor_s": _round(gui["startup_floor_s"], 3),
        "floor_vs_bare": _round(gui["startup_floor_s"] / gui["bare_qt_startup_s"], 2),
        "window_rss_mb": gui["window_rss_mb"],
        "verify_s": _round(verify_seconds, 2),
        "db_size_mb": _round(size_mb, 1),
        "db_journal_mb": _round(sizes.journal_mb, 1) if sizes else None,
        "db_log_book_mb": _round(sizes.book("log"), 1) if sizes else None,
        "db_books_mb": (
            {book: _round(mb, 1) for book, mb in sizes.by_book_mb.items()} if sizes else None
        ),
    }


LABELS = {
    "rows": ("log entries", ""),
    "record_entry_ms_p50": ("record_entry p50", "ms"),
    "record_entry_ms_p99": ("record_entry p99", "ms"),
    "raw_insert_ms_p50": ("raw sqlite3 insert p50", "ms"),
    "record_vs_raw": ("record / raw", "x"),
    "anchor_write_ms_p50": ("anchors written (off the write path) p50", "ms"),
    "search_ms_p50": ("search (3+ chars) p50", "ms"),
    "raw_fts_ms_p50": ("raw FTS5 query p50", "ms"),
    "search_vs_raw": ("search / raw", "x"),
    "short_search_ms_p50": ("search (1-2 chars) p50", "ms"),
    "complaints": ("complaints", ""),
    "complaint_page_ms_p50": ("complaint list first page p50", "ms"),
    "raw_complaint_page_ms_p50": ("raw complaint page query p50", "ms"),
    "complaint_search_ms_p50": ("complaint search p50", "ms"),
    "complaint_analysis_ms": ("complaint analysis, by category", "ms"),
    "complaint_analysis_month_ms": ("complaint analysis, by month", "ms"),
    "lostfound_items": ("found items", ""),
    "lostfound_match_ms_p50": ("match a new lost-item report p50", "ms"),
    "raw_lostfound_window_ms_p50": ("raw candidate window query p50", "ms"),
    "lostfound_page_ms_p50": ("found items first page p50", "ms"),
    "key_movements": ("key movements", ""),
    "key_board_ms": ("key board, every key", "ms"),
    "raw_key_board_ms": ("raw key register query", "ms"),
    "key_issue_ms_p50": ("issue a key p50", "ms"),
    "key_history_ms_p50": ("a busy key's history, first page p50", "ms"),
    "handovers": ("handover sheets", ""),
    "handover_compile_ms": ("compile the busiest shift's sheet", "ms"),
    "handover_pdf_ms": ("print that sheet as PDF", "ms"),
    "log_page_ms_p50": ("log page p50 (GUI)", "ms"),
    "enter_to_row_ms": ("Enter to row (GUI)", "ms"),
    "startup_s": ("start-up to signed-in window", "s"),
    "startup_small_s": ("same, ~100 entries", "s"),
    "bare_qt_startup_s": ("bare Qt start-up", "s"),
    "startup_vs_bare": ("start-up / bare Qt", "x"),
    "startup_floor_s": ("bare Qt + SQLAlchemy + one PIN hash", "s"),
    "floor_vs_bare": ("that / bare Qt", "x"),
    "window_rss_mb": ("window resident memory", "MB"),
    "verify_s": ("verify", "s"),
    "db_size_mb": ("database size", "MB"),
    "db_journal_mb": ("  of which the journal", "MB"),
    "db_log_book_mb": ("  of which the duty log (all its parts)", "MB"),
}


def format_table(result: dict[str, Any]) -> str:
    width = max(len(label) for label, _ in LABELS.values())
    lines = []
    for key in KEYS:
        label, unit = LABELS[key]
        value = result.get(key)
        if value is None:
            shown = "not measured"
        elif key in ("rows", "complaints", "lostfound_items", "key_movements", "handovers"):
            shown = f"{value:,}"
        else:
            shown = f"{value:,.3f}".rstrip("0").rstrip(".") + (f" {unit}" if unit else "")
        lines.append(f"{label:<{width}}  {shown}")
    books = result.get("db_books_mb")
    if books:
        shares = ", ".join(f"{book} {mb:,.0f}" for book, mb in books.items())
        lines.append(f"file by book, MB (records, indexes, full text, journal rows): {shares}")
    lines.append("")
    lines.append(f"search queries: {', '.join(SEARCH_QUERIES)}; short: {', '.join(SHORT_QUERIES)}")
    lines.append(f"complaint search queries: {', '.join(COMPLAINT_QUERIES)}")
    if result.get("complaints") and result.get("complaint_analysis_ms") is None:
        lines.append("complaint analysis not measured: desk_app.services.complaint_analysis absent")
    return "\n".join(lines)


def format_json(result: dict[str, Any]) -> str:
    keys = (*KEYS, "db_books_mb")
    return json.dumps({k: result.get(k) for k in keys}, ensure_ascii=False)
