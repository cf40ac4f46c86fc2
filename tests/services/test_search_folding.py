"""The search folds case itself: the same entries on SQLite and PostgreSQL, in every script and
case, whatever locale the server's database was made with, and a line the program wrote is
found by its words in English, Chinese and Russian."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from desk_app.book_text import render, searched_sentences
from desk_app.domain.search import SearchQuery, matches
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.desk import Desk
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.services.log.views import LogFilter
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.store.database import connect
from tests.conftest import make_manager, make_person, pg_admin_url

# (text, room, party): case that lower() and the server's locale get wrong or differently.
ENTRIES = [
    ("Гость ЁЖИКОВ просил ёлку в номер", "1205", "Ёжиков"),
    ("ёлка убрана", "", ""),
    ("Straße gesperrt, Taxi wartet", "", "Herr GROSS"),
    ("STRASSE vor dem Hotel", "", ""),
    ("ΟΔΟΣ κλειστή", "", ""),
    ("ǅemal called from reception", "", ""),
    ("ＡＢＣ全角字母房卡", "ＡＢ", ""),
    ("客人投诉空调噪音", "1502", "李先生"),
    ("3楼水管漏水了", "301", ""),
    ("Water leak in room 1205", "1205", "Mr. Ivanov"),
    ("İstanbul guest, passport at desk", "", ""),
    ("Ян из 1205 просил такси", "1205", "ЯН"),
]

WORDS = [
    "ёлк", "ЁЛКА", "Ёжиков", "ЕЖИКОВ", "strasse", "STRAẞE", "straße", "gross", "οδος", "ΟΔΟΣ",
    "ǆemal", "ǅEMAL", "ａｂｃ", "ＡＢ", "ab", "噪音", "漏水", "water LEAK", "1205", "İstanbul",
    "i̇stanbul", "ян", "ЯН", "Ян", "я", "Я", "水",
]  # fmt: skip


def _cases(word: str) -> set[str]:
    return {word, word.lower(), word.upper(), word.title(), word.swapcase(), word.casefold()}


@pytest.fixture
def c_locale_pg() -> Iterator[str]:
    """A PostgreSQL database made with the C locale, where lower() leaves Cyrillic alone."""
    base = pg_admin_url()
    if not base:
        pytest.skip("DESK_TEST_PG_URL is not set")
    admin = create_engine(base, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    name = f"desk_test_c_{uuid.uuid4().hex}"
    with admin.connect() as conn:
        conn.execute(
            text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'")
        )
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _search(desk, actor, query: str) -> set[int]:
    rows, cursor = set(), None
    while True:
        page = log_views.list_entries(desk, actor, LogFilter(search=query), after=cursor, limit=5)
        rows.update(r.num for r in page.rows)
        if page.next_cursor is None:
            return rows
        cursor = page.next_cursor


def _check_every_case(desk, clerk) -> None:
    made = {}
    for body, room, party in ENTRIES:
        entry = log_commands.record_entry(
            desk, clerk, category="note", text=body, room=room, party=party
        )
        made[entry.num] = (body, room, party)
    problems = []
    for word in WORDS:
        for query in sorted(_cases(word)):
            expected = {n for n, fields in made.items() if matches(SearchQuery(query), *fields)}
            found = _search(desk, clerk, query)
            if found != expected:
                problems.append((query, sorted(found), sorted(expected)))
    assert problems == []
    # And the answers are not empty: the words were chosen to match across case.
    assert _search(desk, clerk, "STRASSE") == _search(desk, clerk, "straße") != set()
    assert len(_search(desk, clerk, "ЁЛК")) == 2


def test_every_case_finds_what_a_folded_substring_finds(desk, clerk):
    _check_every_case(desk, clerk)


@pytest.mark.pg
def test_a_server_made_with_the_c_locale_finds_the_same(c_locale_pg, clock):
    db = connect(c_locale_pg)
    try:
        desk = Desk(db=db, clock=clock, station="Test desk")
        manager = make_manager(desk)
        clerk = make_person(desk, manager, "Clerk", "clerk", "2468")
        _check_every_case(desk, clerk)
    finally:
        db.dispose()


def test_a_program_line_is_found_by_its_words_in_every_language(desk, clerk):
    item = lostfound_commands.register_item(
        desk,
        clerk,
        found_at=desk.clock.now(),
        found_place="Lobby",
        finder_kind="staff",
        finder_id=clerk.id,
        finder_name="",
        description="Чёрный зонт",
        category="other",
        storage_place="Shelf B2",
    )
    entries = log_views.list_entries(desk, clerk, LogFilter()).rows
    (line_entry,) = [e for e in entries if e.lf_item_id == item.id]
    assert line_entry.line is not None and line_entry.line.key == "lostfound.found"
    sentences = {lang: render(line_entry.line, lang) for lang in ("en", "zh_CN", "ru")}
    assert len(set(sentences.values())) == 3, sentences  # three languages, three sentences
    # Whole in English; in each language its own words with the short values (the clerk's
    # longer words are searched in the English sentence only: book_text.searched_sentences).
    assert _search(desk, clerk, sentences["en"]) == {line_entry.num}
    searched = searched_sentences(line_entry.line)
    assert len(searched) == 3 and searched[0] == sentences["en"]
    for sentence in searched:
        assert _search(desk, clerk, sentence) == {line_entry.num}
        assert _search(desk, clerk, sentence.upper()) == {line_entry.num}
    for lang, sentence in zip(("zh_CN", "ru"), searched[1:], strict=True):
        assert "Чёрный зонт" not in sentence and sentence != sentences[lang]
        word = max(sentence.split(), key=len)  # a word of the language's own finds it
        assert line_entry.num in _search(desk, clerk, word), (lang, word)
    # The clerk's own words in it are found as typed, in any case.
    assert line_entry.num in _search(desk, clerk, "ЧЁРНЫЙ ЗОНТ")


def test_a_complaint_step_line_reads_in_each_language_with_the_note_as_typed(desk, clerk):
    view = complaints_commands.intake(
        desk,
        clerk,
        channel="phone",
        guest_name="王芳",
        room="806",
        category="noise",
        severity="medium",
        text="隔壁太吵",
        promised_at=desk.clock.now().replace(year=desk.clock.now().year + 1),
    )
    (entry,) = [e for e in log_views.list_entries(desk, clerk, LogFilter()).rows]
    assert entry.complaint_id == view.id
    for lang in ("en", "zh_CN", "ru"):
        assert "隔壁太吵" in render(entry.line, lang)
    assert render(entry.line, "en") == f"Complaint #{view.num} received: 隔壁太吵"
