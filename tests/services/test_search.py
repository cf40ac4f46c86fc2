"""Substring search in every script: the short path (1-2 characters) and the index path (3+)
give the same answers, whatever the case, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest

from desk_app.domain.log import Category
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.services.log.views import LogFilter

# (text, room, party). No match crosses from one field into the next.
ENTRIES = [
    ("3楼水管漏水了", "301", ""),
    ("客人投诉空调噪音", "1502", "李先生"),
    ("水温太低", "", ""),
    ("漏水已修好", "301", ""),
    ("Смена принята без замечаний", "", ""),
    ("смена сдана, ключи на месте", "", ""),
    ("СМЕНА: касса сверена", "", ""),
    ("Гость Ян из 1205 просил такси", "1205", "Ян Ковальски"),
    ("Пропал янтарный браслет", "", "ЯНА Петрова"),
    ("Water leak in room 1205", "1205", "Mr. Ivanov"),
    ("WATER heater broken", "B1", ""),
    ("Offered 50% discount on minibar", "", ""),
    ("Paid 500 rubles for laundry", "", ""),
    ("Key a_b returned", "", ""),
    ("Key axb missing", "", ""),
    ('Guest said "no towels" twice', "", ""),
    ("Backslash \\ in the note", "", ""),
]


@pytest.fixture
def logged(desk, clerk):
    made = {}
    for text, room, party in ENTRIES:
        entry = log_commands.record_entry(
            desk, clerk, category="note", text=text, room=room, party=party
        )
        made[entry.num] = (text, room, party)
    return made


def reference(logged, query: str) -> set[int]:
    """What a reader would call a match: the phrase in any field, ignoring case."""
    q = " ".join(query.split()).lower()
    return {num for num, fields in logged.items() if any(q in f.lower() for f in fields)}


def search(desk, actor, query: str, **kw) -> list[int]:
    rows, cursor = [], None
    while True:
        page = log_views.list_entries(
            desk, actor, LogFilter(search=query, **kw), after=cursor, limit=4
        )
        rows.extend(r.num for r in page.rows)
        if page.next_cursor is None:
            return rows
        cursor = page.next_cursor


QUERIES = [
    # Chinese: two-character words take the short path, longer ones the index.
    "漏水",
    "水",
    "漏水了",
    "水管漏水",
    "投诉",
    "客人投诉",
    "李先生",
    # Russian in any case, short and long.
    "Смена",
    "смена",
    "СМЕНА",
    "сМеНа",
    "смен",
    "См",
    "см",
    "Ян",
    "ян",
    "ЯН",
    "янт",
    "Яна",
    # English.
    "water",
    "WATER",
    "Water leak",
    "leak",
    "Ivanov",
    "ivanov",
    "1205",
    "12",
    "B1",
    "b1",
    # Characters that mean something to LIKE or to FTS5 are plain text.
    "50%",
    "%",
    "_",
    "a_b",
    '"no towels"',
    '"',
    "no towels",
    "said OR",
    "NOT",
    "miss*",
    "\\",
    # A phrase is found inside one field, never across two (text "...такси", room "1205").
    "такси 1205",
    "1205 ян",
    # Nothing.
    "zzz",
    "泳池",
    "Щ",
]


def test_search_finds_exactly_the_matching_entries(desk, clerk, logged):
    # One database for all the queries: setting one up costs more than the queries together.
    wrong = {}
    for query in QUERIES:
        found = search(desk, clerk, query)
        assert len(found) == len(set(found)), query
        assert found == sorted(found, reverse=True), query
        expected = reference(logged, query)
        if set(found) != expected:
            wrong[query] = {"missing": expected - set(found), "extra": set(found) - expected}
    assert wrong == {}


def test_expected_hits_sanity(desk, clerk, logged):
    # The reference itself must see what a person sees, or the test above proves little.
    by_text = {fields[0]: num for num, fields in logged.items()}
    assert reference(logged, "漏水") == {by_text["3楼水管漏水了"], by_text["漏水已修好"]}
    assert len(reference(logged, "смена")) == 3
    assert len(reference(logged, "ян")) == 2
    assert reference(logged, "50%") == {by_text["Offered 50% discount on minibar"]}


@pytest.mark.parametrize(
    ("short", "long"),
    [("漏水", "漏水了"), ("См", "Сме"), ("ян", "янт"), ("wa", "wat"), ("投诉", "投诉空")],
)
def test_short_and_long_paths_agree(desk, clerk, logged, short, long):
    """Where every occurrence of the short phrase continues the same way, both paths find the
    same rows: the answer does not depend on which path served it."""
    got_short = set(search(desk, clerk, short))
    got_long = set(search(desk, clerk, long))
    if (short, long) in {("漏水", "漏水了"), ("ян", "янт")}:
        assert got_long < got_short
        assert got_long == reference(logged, long)
    else:
        assert got_short == got_long
    assert got_short == reference(logged, short)


@pytest.mark.parametrize("word", ["смена", "ян", "water", "漏水"])
def test_case_never_changes_the_answer(desk, clerk, logged, word):
    spellings = {word, word.upper(), word.capitalize(), word.swapcase()}
    answers = {frozenset(search(desk, clerk, s)) for s in spellings}
    assert len(answers) == 1
    assert answers.pop()


def test_search_combines_with_other_filters(desk, manager, clerk, logged):
    extra = log_commands.record_entry(desk, manager, category="repair", text="Проверить漏水 в 301")
    assert extra.num in search(desk, clerk, "漏水")
    assert search(desk, clerk, "漏水", author_id=manager.id) == [extra.num]
    assert search(desk, clerk, "301", category=Category.REPAIR) == [extra.num]


def test_search_sees_new_entries_at_once(desk, clerk, logged):
    assert search(desk, clerk, "泳池") == []
    entry = log_commands.record_entry(desk, clerk, category="note", text="泳池关闭")
    assert search(desk, clerk, "泳池") == [entry.num]
    assert search(desk, clerk, "泳池关闭") == [entry.num]


def test_blank_search_lists_everything(desk, clerk, logged):
    assert set(search(desk, clerk, "   ")) == set(logged)
