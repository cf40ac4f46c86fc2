"""Upgrading a book made by the program before revision 0009 (``data/book_made_at_0007``: a demo
of a few days, made with commit 13c4e79): the lines the program stored as words in English,
Chinese or Russian become messages read in every language, a complaint step's line says its step,
the search text is there for every row, and ``verify`` passes before and after."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desk_app.book_text import render, searched_sentences
from desk_app.domain.book_lines import BookLine
from desk_app.domain.clock import SystemClock
from desk_app.domain.search import fold
from desk_app.services import accounts
from desk_app.services.desk import Desk
from desk_app.services.log import views as log_views
from desk_app.services.log.views import LogFilter
from desk_app.store.database import connect, open_readonly
from desk_app.store.migrate import HEAD_REVISION
from desk_app.store.upgrades.line_recognition import recognise
from desk_app.store.verify import verify

DATA = Path(__file__).with_name("data") / "book_made_at_0007.sqlite.gz"


@pytest.fixture
def old_book(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    with gzip.open(DATA) as source, path.open("wb") as out:
        shutil.copyfileobj(source, out)
    return path


def _rows(path: Path) -> dict[str, tuple]:
    with sqlite3.connect(path) as conn:
        return {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT id, text, lf_item_id IS NOT NULL OR key_id IS NOT NULL, complaint_id "
                "FROM log_entry"
            )
        }


def _problems(path: Path) -> list[str]:
    db = open_readonly(str(path))
    try:
        return sorted(p.what for p in verify(db, parallel=False).problems)
    finally:
        db.dispose()


def test_the_old_book_is_converted_and_still_verifies(old_book: Path):
    before = _rows(old_book)
    with sqlite3.connect(old_book) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0007"
    # The copy came without its anchor (made at another path): nothing else is wrong with it.
    assert _problems(old_book) == ["anchor-missing"]

    connect(str(old_book)).dispose()  # the upgrade, as the window's start makes it

    assert _problems(old_book) == []  # every converted row journaled; anchored at the open
    with sqlite3.connect(old_book) as conn:
        conn.row_factory = sqlite3.Row
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        after = {r["id"]: r for r in conn.execute("SELECT * FROM log_entry")}
        for table in ("log_entry", "complaint", "lf_item", "lf_report"):
            assert (
                conn.execute(f"SELECT count(*) FROM {table} WHERE search_text IS NULL").fetchone()[0]
                == 0
            )

    movements = complaint_steps = unlinked = 0
    for entry_id, (text, is_movement, complaint_id) in before.items():
        row = after[entry_id]
        if is_movement:
            movements += 1
            assert row["message"] and row["text"] == "", text
            line = BookLine.decode(row["message"], row["message_values"])
            found = recognise(text)
            assert found is not None and found[0] == line
            language = found[1]
            if language and "back" not in line.values:
                # Written in a language the catalogue has: it reads back word for word.
                assert render(line, language) == text
            # In every language, the user's words (the values) are there as typed.
            for lang in ("en", "zh_CN", "ru"):
                shown = render(line, lang)
                for name in ("description", "number", "code", "holder", "reason"):
                    if name in line.values:
                        assert line.values[name] in shown
                        assert fold(line.values[name]) in row["search_text"]
            assert fold(render(line, "en")) in row["search_text"]
            assert all(fold(s) in row["search_text"] for s in searched_sentences(line))
        elif complaint_id:
            complaint_steps += 1
            assert row["message"].startswith("complaint.") and row["text"] == ""
            assert json.loads(row["message_values"])["note"] == text
        elif row["message"]:
            # A guest's report or its closing, a count of the board: no item or key to link to.
            unlinked += 1
            assert row["message"] in ("lostfound.report", "lostfound.close_report", "keys.count")
            found = recognise(text)
            assert found is not None and found[0].encoded_values() == row["message_values"]
        else:
            assert row["text"] == text  # the clerks' own words
            assert recognise(text) is None, text  # none of the program's left behind
    assert movements > 10 and complaint_steps > 50 and unlinked > 3


def test_a_converted_line_is_found_by_its_words_in_another_language(old_book: Path):
    db = connect(str(old_book))
    try:
        desk = Desk(db=db, clock=SystemClock(), station="Front desk")
        with sqlite3.connect(old_book) as conn:
            (manager_id,) = conn.execute("SELECT id FROM person WHERE role = 'manager'").fetchone()
        reader = accounts.sign_in(desk, person_id=manager_id, pin="111111")  # the demo's
        entries = [
            e for e in log_views.list_entries(desk, reader, LogFilter(), limit=500).rows if e.lf_item_id
        ]
        entry = next(e for e in entries if e.line and e.line.key == "lostfound.found")
        for words in searched_sentences(entry.line):  # each language's (book_text)
            found = log_views.list_entries(desk, reader, LogFilter(search=words), limit=10).rows
            assert [e.num for e in found] == [entry.num], words
    finally:
        db.dispose()
