"""Where a database file's bytes go, by book: the bench's answer to the file-size target."""

from __future__ import annotations

import sqlite3

from desk_app.bench.size import file_size, owners
from desk_app.demo.accounts import DEMO_ACCOUNTS
from desk_app.demo.seed import seed_demo
from desk_app.services.accounts import sign_in_by_name
from desk_app.services.desk import open_desk
from desk_app.services.log import commands as log_commands


def _demo(tmp_path):
    path = tmp_path / "size.sqlite"
    desk = open_desk(str(path), station="Front desk")
    try:
        seed_demo(desk, years=0.02)
    finally:
        desk.db.dispose()
    return path


def test_every_page_is_counted_once_and_full_text_belongs_to_its_table(tmp_path):
    path = _demo(tmp_path)
    conn = sqlite3.connect(path)
    try:
        owner = owners(conn)
        pages = conn.execute("SELECT SUM(pgsize) FROM dbstat").fetchone()[0]
    finally:
        conn.close()
    assert owner["log_fts_data"] == "log_entry"
    assert owner["complaint_fts_idx"] == "complaint"
    assert owner["lf_item_fts_docsize"] == "lf_item"
    assert owner["ix_log_entry_at_num"] == "log_entry"

    size = file_size(path)
    assert abs(size.total_mb * 1e6 - pages) < 1
    # The journal is spread over the books it records, nothing lost or counted twice.
    assert abs(sum(size.by_book_mb.values()) - size.total_mb) < 0.01
    assert 0 < size.journal_mb < size.total_mb
    for book in ("log", "complaints", "lostfound", "keys", "handover"):
        assert size.book(book) > 0, book


def test_a_book_that_grows_takes_the_growth(tmp_path):
    path = _demo(tmp_path)
    before = file_size(path)
    desk = open_desk(str(path), create=False)
    try:
        account = DEMO_ACCOUNTS[-1]
        actor = sign_in_by_name(desk, name=account.name, pin=account.pin)
        for i in range(300):
            log_commands.record_entry(desk, actor, category="note", text=f"长的记录 {i} " + "x" * 400)
    finally:
        desk.db.dispose()
    after = file_size(path)
    assert after.book("log") - before.book("log") > 0.12  # 300 × 400 bytes, three times over
    assert abs(after.book("keys") - before.book("keys")) < 0.05
