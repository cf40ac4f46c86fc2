"""How a search phrase is read: short versus long, case variants, FTS quoting."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.search import MAX_QUERY_LENGTH, SearchQuery, parse_query


@pytest.mark.parametrize("raw", [None, "", "   ", "\n\t"])
def test_empty_query_is_none(raw):
    assert parse_query(raw) is None


def test_query_whitespace_is_collapsed_and_length_capped():
    assert parse_query("  漏水   3楼 ") == SearchQuery("漏水 3楼")
    q = parse_query("x" * (MAX_QUERY_LENGTH + 50))
    assert q is not None
    assert len(q.text) == MAX_QUERY_LENGTH


@pytest.mark.parametrize(
    ("text", "short"),
    [("水", True), ("漏水", True), ("漏水了", False), ("Ян", True), ("Яна", False), ("ab", True)],
)
def test_short_is_under_three_characters(text, short):
    assert SearchQuery(text).is_short is short


def test_case_variants_of_two_letters():
    assert SearchQuery("Ян").case_variants() == sorted({"ЯН", "Ян", "яН", "ян"})
    assert SearchQuery("ян").case_variants() == SearchQuery("ЯН").case_variants()
    assert SearchQuery("ab").case_variants() == ["AB", "Ab", "aB", "ab"]


def test_case_variants_of_caseless_text():
    assert SearchQuery("水").case_variants() == ["水"]
    assert SearchQuery("漏水").case_variants() == ["漏水"]
    assert SearchQuery("1a").case_variants() == ["1A", "1a"]


def test_case_variants_keep_letters_whose_upper_case_is_longer():
    # "ß".upper() is "SS": two characters cannot stand in for one in a substring match.
    assert SearchQuery("ß").case_variants() == ["ß"]


def test_case_variants_include_a_titlecase_letter_itself():
    # "ǅ" is neither its lower ("ǆ") nor its upper ("Ǆ") form; the text may hold it as typed.
    assert "ǅ" in SearchQuery("ǅ").case_variants()


short_text = st.text(min_size=1, max_size=2)


@given(short_text)
def test_case_variants_cover_the_query_and_its_lower_and_upper_forms(text):
    variants = SearchQuery(text).case_variants()
    assert text in variants
    if len(text.lower()) == len(text) and len(text.upper()) == len(text):
        assert text.lower() in variants
        assert text.upper() in variants


@given(short_text)
def test_case_variants_are_only_case_changes(text):
    variants = SearchQuery(text).case_variants()
    assert variants == sorted(set(variants))
    allowed = [
        {c, c.lower(), c.upper()} if len(c.upper()) == 1 and len(c.lower()) == 1 else {c}
        for c in text
    ]
    assert len(variants) <= len(list(itertools.product(*allowed)))
    for v in variants:
        assert len(v) == len(text)
        assert all(ch in options for ch, options in zip(v, allowed, strict=True))


def test_fts_phrase_quotes_double_quotes():
    assert SearchQuery("漏水了").fts_phrase() == '"漏水了"'
    assert SearchQuery('say "hi"').fts_phrase() == '"say ""hi"""'
    assert SearchQuery('"').fts_phrase() == '""""'


def test_fts_phrase_neutralises_operators():
    # Operators inside a phrase are plain text to FTS5.
    assert SearchQuery("a OR b NOT c*").fts_phrase() == '"a OR b NOT c*"'


@given(st.text(min_size=1, max_size=40))
def test_fts_phrase_is_one_well_formed_string_literal(text):
    phrase = SearchQuery(text).fts_phrase()
    assert phrase.startswith('"') and phrase.endswith('"')
    inner = phrase[1:-1]
    # Every quote inside is doubled, so the literal cannot end early.
    assert inner.replace('""', "").count('"') == 0
    assert inner.replace('""', '"') == text
