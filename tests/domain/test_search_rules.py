"""How a search phrase is read: folded by the program, short versus long, FTS quoting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.search import MAX_QUERY_LENGTH, SearchQuery, fold, matches, parse_query


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


def test_fold_is_one_case_for_every_script():
    assert fold("ЯНА") == fold("Яна") == fold("яна") == "яна"
    assert fold("STRASSE") == fold("Straße") == "strasse"
    assert fold("ΟΔΟΣ") == fold("οδος") == fold("οδοσ")
    assert fold("ǅemal") == fold("ǆEMAL")
    assert fold("漏水") == "漏水"
    # What a Chinese input method types full-width is the same text.
    assert fold("ＬＦ－２０２６") == "lf-2026"


def test_short_is_decided_on_the_folded_query():
    assert SearchQuery("ß").is_short and SearchQuery("ßß").folded == "ssss"
    assert not SearchQuery("ßß").is_short  # four characters once folded: the index finds it


# Letters, digits, Chinese, spaces: characters that never combine with their neighbours (a
# combining mark or a Hangul jamo can, and then no folding keeps the substring).
_TYPED = st.characters(categories=("Lu", "Ll", "Nd", "Zs")) | st.sampled_from("漏水投诉房间钥匙")


@given(
    st.text(_TYPED, min_size=1, max_size=30),
    st.text(_TYPED, max_size=30),
    st.text(_TYPED, max_size=30),
)
def test_a_query_matches_where_its_folded_text_is_a_substring(query, before, after):
    q = SearchQuery(query)
    assert matches(q, before + query + after)
    assert matches(q, (before + query + after).upper()) == (
        q.folded in fold((before + query + after).upper())
    )


def test_fts_phrase_quotes_double_quotes():
    assert SearchQuery("漏水了").fts_phrase() == '"漏水了"'
    assert SearchQuery('say "hi"').fts_phrase() == '"say ""hi"""'
    assert SearchQuery('"').fts_phrase() == '""""'


def test_fts_phrase_neutralises_operators():
    # Operators inside a phrase are plain text to FTS5 (and the phrase is folded, as the index is).
    assert SearchQuery("a OR b NOT c*").fts_phrase() == '"a or b not c*"'


@given(st.text(min_size=1, max_size=40))
def test_fts_phrase_is_one_well_formed_string_literal(text):
    phrase = SearchQuery(text).fts_phrase()
    assert phrase.startswith('"') and phrase.endswith('"')
    inner = phrase[1:-1]
    # Every quote inside is doubled, so the literal cannot end early.
    assert inner.replace('""', "").count('"') == 0
    assert inner.replace('""', '"') == fold(text)
