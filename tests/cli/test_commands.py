"""The command line as scripts use it: demo, verify, backup, bench; exit codes and messages."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desk_app.cli import main
from desk_app.demo.accounts import DEMO_ACCOUNTS
from desk_app.demo.seed import seed_demo
from desk_app.services.accounts import sign_in_by_name
from desk_app.services.desk import open_desk
from desk_app.services.log import views as log_views
from desk_app.store.anchor import anchors_folder
from desk_app.store.backup_open import open_backup_file
from desk_app.store.verify import verify


@pytest.fixture
def demo_db(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--years", "0.01"]) == 0
    out = capsys.readouterr().out
    assert "Demo accounts" in out and DEMO_ACCOUNTS[0].pin in out
    return path


def test_demo_fills_a_verifiable_multilingual_book(demo_db):
    desk = open_desk(str(demo_db), station="Front desk", create=False)
    try:
        assert verify(desk.db).ok
        account = DEMO_ACCOUNTS[0]
        actor = sign_in_by_name(desk, name=account.name, pin=account.pin)
        texts = [e.text for e in log_views.list_entries(desk, actor).rows]
        assert len(texts) == log_views.PAGE_SIZE
        joined = " ".join(texts)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in joined)  # Chinese
        assert any("а" <= ch.lower() <= "я" for ch in joined)  # Cyrillic
        assert any(ch.isascii() and ch.isalpha() for ch in joined)  # English
    finally:
        desk.db.dispose()


def test_demo_refuses_a_database_with_people(demo_db, capsys):
    capsys.readouterr()
    assert main(["--db", str(demo_db), "demo"]) == 2
    assert "already has people" in capsys.readouterr().err


def test_verify_ok_then_names_an_edit_made_behind_the_back(demo_db, capsys):
    capsys.readouterr()
    assert main(["--db", str(demo_db), "verify"]) == 0
    assert capsys.readouterr().out.startswith("ok:")
    with sqlite3.connect(demo_db) as conn:
        (entry_id,) = conn.execute("SELECT id FROM log_entry ORDER BY num LIMIT 1").fetchone()
        conn.execute("UPDATE log_entry SET text = 'nothing happened' WHERE id = ?", (entry_id,))
    assert main(["--db", str(demo_db), "verify"]) == 1
    out = capsys.readouterr().out
    assert f"log_entry {entry_id}" in out and "changed" in out


def test_backup_writes_a_copy_that_verifies(demo_db, tmp_path, capsys):
    target = tmp_path / "copies"
    assert main(["--db", str(demo_db), "backup", "--to", str(target)]) == 0
    (copy,) = target.glob("*.sqlite.zst")
    db = open_backup_file(copy)
    try:
        assert verify(db).ok
    finally:
        db.dispose()


def test_errors_are_plain_messages(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "missing" / "x.sqlite"), "verify"]) == 2
    assert "There is no database" in capsys.readouterr().err
    assert not (tmp_path / "missing").exists()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all")
    assert main(["--db", str(junk), "verify"]) == 2
    assert "not a DutyDesk database" in capsys.readouterr().err


@pytest.mark.slow
def test_bench_reports_every_figure_against_raw(tmp_path, capsys):
    path = tmp_path / "bench.sqlite"
    desk = open_desk(str(path), station="Front desk")
    try:
        seed_demo(desk, years=0.02)
    finally:
        desk.db.dispose()
    capsys.readouterr()
    anchors = anchors_folder()
    before = sorted(anchors.iterdir())
    assert main(["--db", str(path), "bench", "--json"]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    # Its scratch copies are databases of their own, anchored elsewhere: the book's data
    # folder holds what it held, and the book still verifies against its anchors.
    assert sorted(anchors.iterdir()) == before
    assert main(["--db", str(path), "verify"]) == 0
    for key in (
        "rows",
        "record_entry_ms_p50",
        "record_entry_ms_p99",
        "raw_insert_ms_p50",
        "anchor_write_ms_p50",
        "search_ms_p50",
        "raw_fts_ms_p50",
        "short_search_ms_p50",
        "log_page_ms_p50",
        "startup_s",
        "bare_qt_startup_s",
        "startup_floor_s",
        "db_mb",
        "db_bytes_per_log_entry",
        "journal_mb",
        "db_five_books_mb",
        "db_log_book_mb",
        "startup_vs_floor",
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
        "roster_month_ms",
        "raw_roster_month_ms",
        "on_duty_ms",
        "raw_on_duty_ms",
        "day_review_ms",
        "inspection_analysis_ms",
    ):
        assert isinstance(result[key], (int, float)) and result[key] > 0, key
    # The yardstick and the floor: the floor pays for SQLAlchemy and a PIN hash on top of Qt.
    assert result["startup_floor_s"] > result["bare_qt_startup_s"]
    assert result["db_log_book_mb"] < result["db_five_books_mb"] <= result["db_mb"]
    assert set(result["db_books_mb"]) >= {"log", "complaints", "lostfound", "keys", "handover"}
    # The measured database is untouched: the bench worked on a scratch copy.
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == sorted(
        p.name for p in tmp_path.iterdir() if p.is_file() and ".bench-" not in p.name
    )
    desk = open_desk(str(path), create=False)
    try:
        account = DEMO_ACCOUNTS[0]
        actor = sign_in_by_name(desk, name=account.name, pin=account.pin)
        assert not log_views.list_entries(desk, actor, log_views.LogFilter(search="bench")).rows
    finally:
        desk.db.dispose()
