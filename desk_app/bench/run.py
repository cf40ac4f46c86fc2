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
  (``services.handover.compile_sections``) and printed as PDF, with no raw counterpart;
- supervision: the busiest day's review screen opened (``bench.supervision``, target < 200 ms);
- backups: a whole backup (compressed, checked), its size, and the window's longest stall while
  the backup of a sealed handover runs beside it (``bench.backup``, targets < 15 s, ≤ 40% of the
  file, < 100 ms);
- roster: the month grid with 40 people opened (``services.roster.views.open_month``) against the
  bare reads of its rows, and who is on duty now (``services.roster.duty.on_duty_now``) against
  the bare read of those days' cells (``bench.roster``: the 40-person months are written into the
  copy at the bench's own station).

The figures of the books beside the log (complaints, lost and found, keys, handover) are measured
by ``bench.books``, the core's and the log's by ``bench.figures``, the window's by ``bench.window``;
this module runs them all in one order, and ``bench.report`` prints them.

The measured database is never touched: the bench works on a copy made with SQLite's backup API
in the same folder (same disk), and deletes it afterwards. The 200 entries it records are notes
reading "bench …", the 20 lost-item reports it matches and the 55 key loans it times are written
through the real path into the copy only.

The GUI figures (``log_page_ms_p50``, ``startup_s``, ``bare_qt_startup_s``, ``enter_to_row_ms``)
are left to the UI: see ``bench.window``.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desk_app.bench.backup import backup_figures
from desk_app.bench.books import (
    COMPLAINT_QUERIES,
    KEY_ISSUES,
    MATCH_REPORTS,
    analysis_actor,
    complaint_analysis_ms,
    complaint_page_ms,
    handover_figures,
    key_figures,
    lostfound_figures,
    raw_complaint_page_ms,
)
from desk_app.bench.figures import (
    RECORDS,
    SEARCH_QUERIES,
    SEARCH_REPEATS,
    SHORT_QUERIES,
    anchor_write_ms,
    bench_actor,
    raw_fts_ms,
    raw_insert_ms,
    record_entry_ms,
    search_ms,
    verify_s,
)
from desk_app.bench.roster import roster_figures
from desk_app.bench.scratch import (
    copy_database,
    file_bytes,
    remove_sqlite_files,
    scratch_data_folder,
    scratch_path,
)
from desk_app.bench.size import LATER_BOOKS, file_size
from desk_app.bench.supervision import supervision_figures
from desk_app.bench.timing import Say, rounded
from desk_app.bench.window import gui_figures, small_startup_s
from desk_app.command_error import CommandError
from desk_app.services.desk import Desk
from desk_app.store.database import connect, open_readonly
from desk_app.store.tables import (
    complaint,
    handover,
    key_movement,
    lf_item,
    log_entry,
    person,
)


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
            actor = bench_actor(desk)
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
            analyst = analysis_actor(desk)
            by_category = complaint_analysis_ms(desk, analyst, "category")
            by_month = complaint_analysis_ms(desk, analyst, "month")
            tell(f"lost and found: match x{MATCH_REPORTS} new reports, first page")
            lostfound = lostfound_figures(desk, actor, copy, tell)
            tell(f"keys: the board, issue x{KEY_ISSUES}, a key's history")
            keys = key_figures(desk, actor, copy)
            tell("handover: the busiest shift's sheet compiled and printed")
            handovers = handover_figures(desk, actor)
            tell("roster: a month of 40 people opened, who is on duty now")
            roster = roster_figures(desk, actor, copy)
            tell("supervision: the busiest day's review opened")
            supervision = supervision_figures(desk, analyst, copy)
        finally:
            bench_db.dispose()
        with tempfile.TemporaryDirectory(prefix="desk-bench-") as config_dir:
            tell("window: start-up, first page, Enter to row")
            gui = gui_figures(copy, actor, Path(config_dir))
            tell("window: start-up on a database of about 100 entries")
            gui["startup_small_s"] = small_startup_s(folder, Path(config_dir))
            tell("backup: made, compressed and checked; the window while one runs beside it")
            backups = backup_figures(copy, actor.name, Path(config_dir))
    finally:
        remove_sqlite_files(copy)

    return {
        "rows": rows,
        "record_entry_ms_p50": rounded(record.p50, 3),
        "record_entry_ms_p99": rounded(record.p99, 3),
        "raw_insert_ms_p50": rounded(raw_insert.p50, 3),
        "record_vs_raw": rounded(record.p50 / raw_insert.p50, 2),
        "anchor_write_ms_p50": rounded(anchors.p50, 3),
        "search_ms_p50": rounded(searched.p50, 3),
        "raw_fts_ms_p50": rounded(raw_fts.p50, 3),
        "search_vs_raw": rounded(searched.p50 / raw_fts.p50, 2),
        "short_search_ms_p50": rounded(short.p50, 3),
        "complaints": complaint_count,
        "complaint_page_ms_p50": rounded(page.p50, 3),
        "raw_complaint_page_ms_p50": rounded(raw_page.p50, 3),
        "complaint_search_ms_p50": rounded(complaint_search.p50, 3),
        # None: desk_app.services.complaint_analysis is not in this build.
        "complaint_analysis_ms": rounded(by_category, 1),
        "complaint_analysis_month_ms": rounded(by_month, 1),
        "lostfound_items": item_count,
        **lostfound,
        "key_movements": movements,
        **keys,
        "handovers": sheets,
        **handovers,
        **roster,
        **supervision,
        "log_page_ms_p50": gui["log_page_ms_p50"],
        "enter_to_row_ms": gui["enter_to_row_ms"],
        "startup_s": rounded(gui["startup_s"], 3),
        "startup_small_s": rounded(gui["startup_small_s"], 3),
        "bare_qt_startup_s": rounded(gui["bare_qt_startup_s"], 3),
        "startup_vs_bare": rounded(gui["startup_s"] / gui["bare_qt_startup_s"], 2),
        "startup_floor_s": rounded(gui["startup_floor_s"], 3),
        "floor_vs_bare": rounded(gui["startup_floor_s"] / gui["bare_qt_startup_s"], 2),
        "startup_vs_floor": rounded(gui["startup_s"] / gui["startup_floor_s"], 2),
        "window_rss_mb": gui["window_rss_mb"],
        "verify_s": rounded(verify_seconds, 2),
        "backup_s": rounded(backups["backup_s"], 2),
        "backup_mb": rounded(backups["backup_mb"], 1),
        "backup_share": rounded(backups["backup_share"], 3),
        "ui_stall_ms_during_backup": backups["ui_stall_ms_during_backup"],
        "ui_stall_ms_idle": backups["ui_stall_ms_idle"],
        "backup_in_window_s": backups["backup_in_window_s"],
        "db_mb": rounded(size_mb, 1),
        "db_bytes_per_log_entry": round(size_mb * 1e6 / rows),
        "journal_mb": rounded(sizes.journal_mb, 1) if sizes else None,
        "db_five_books_mb": rounded(sizes.without(LATER_BOOKS), 1) if sizes else None,
        "db_log_book_mb": rounded(sizes.book("log"), 1) if sizes else None,
        "db_books_mb": (
            {book: rounded(mb, 1) for book, mb in sizes.by_book_mb.items()} if sizes else None
        ),
    }
