"""The bench's figures as the command line prints them: the keys of ``--json`` in print order,
their labels and units, a table or one JSON object."""

from __future__ import annotations

import json
from typing import Any

from desk_app.bench.books import (
    COMPLAINT_QUERIES,
)
from desk_app.bench.figures import SEARCH_QUERIES, SHORT_QUERIES

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
    "roster_people",
    "roster_month_ms",
    "raw_roster_month_ms",
    "on_duty_ms",
    "raw_on_duty_ms",
    "day_review_ms",
    "inspection_analysis_ms",
    "log_page_ms_p50",
    "enter_to_row_ms",
    "startup_s",
    "startup_small_s",
    "bare_qt_startup_s",
    "startup_vs_bare",
    "startup_floor_s",
    "floor_vs_bare",
    "startup_vs_floor",
    "window_rss_mb",
    "verify_s",
    "backup_s",
    "backup_mb",
    "backup_share",
    "ui_stall_ms_during_backup",
    "ui_stall_ms_idle",
    "backup_in_window_s",
    "db_mb",
    "db_bytes_per_log_entry",
    "journal_mb",
    "db_five_books_mb",
    "db_log_book_mb",
)

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
    "roster_people": ("people on the bench's roster month", ""),
    "roster_month_ms": ("open that month's grid", "ms"),
    "raw_roster_month_ms": ("raw reads of the month's rows", "ms"),
    "day_review_ms": ("open the busiest day's review", "ms"),
    "inspection_analysis_ms": ("a year of inspections counted", "ms"),
    "on_duty_ms": ("who is on duty now", "ms"),
    "raw_on_duty_ms": ("raw read of those days' cells", "ms"),
    "log_page_ms_p50": ("log page p50 (GUI)", "ms"),
    "enter_to_row_ms": ("Enter to row (GUI)", "ms"),
    "startup_s": ("start-up to signed-in window", "s"),
    "startup_small_s": ("same, ~100 entries", "s"),
    "bare_qt_startup_s": ("bare Qt start-up", "s"),
    "startup_vs_bare": ("start-up / bare Qt", "x"),
    "startup_floor_s": ("bare Qt + SQLAlchemy + one PIN hash", "s"),
    "floor_vs_bare": ("that / bare Qt", "x"),
    "startup_vs_floor": ("start-up / that floor (target <= 2)", "x"),
    "window_rss_mb": ("window resident memory", "MB"),
    "verify_s": ("verify", "s"),
    "backup_s": ("backup: copy, check, compress, read back", "s"),
    "backup_mb": ("backup size (zstd)", "MB"),
    "backup_share": ("backup size / database file", "x"),
    "ui_stall_ms_during_backup": ("window's longest stall, backup beside it", "ms"),
    "ui_stall_ms_idle": ("window's longest stall, idle", "ms"),
    "backup_in_window_s": ("that backup, beside the window", "s"),
    "db_mb": ("database size", "MB"),
    "db_bytes_per_log_entry": ("  per log entry", "bytes"),
    "journal_mb": ("  of which the journal", "MB"),
    "db_five_books_mb": ("  without the books after issue 19 (roster, supervision)", "MB"),
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
        elif key in (
            "rows",
            "complaints",
            "lostfound_items",
            "key_movements",
            "handovers",
            "roster_people",
        ):
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
