"""A day typed as each language writes it; a two-digit year is 20xx; the rest refused in words."""

from __future__ import annotations

from datetime import date, time

import pytest

from desk_app.domain.date_input import parse_date, parse_time
from desk_app.domain.errors import ValidationError

TODAY = date(2026, 12, 6)
DEC_4 = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "12/4/26"),  # the typing: 12/5/42 before
        ("en", "12/4/2026"),
        ("en", "4 Dec 2026"),
        ("en", "Dec 4, 26"),
        ("en", "December 4 2026"),
        ("en", "12/4"),
        ("en", "2026-12-04"),
        ("zh_CN", "2026-12-04"),
        ("zh_CN", "26-12-4"),
        ("zh_CN", "2026/12/4"),
        ("zh_CN", "2026年12月4日"),
        ("zh_CN", "12-4"),
        ("ru", "04.12.2026"),
        ("ru", "4.12.26"),
        ("ru", "4/12/2026"),
        ("ru", "4 дек 2026"),
        ("ru", "4 декабря 2026"),
        ("ru", "4.12"),
        ("ru", "2026-12-04"),
    ],
)
def test_a_day_as_each_language_types_it(language, typed):
    assert parse_date(typed, language, TODAY) == DEC_4


def test_a_two_digit_year_is_this_century():
    assert parse_date("1/2/99", "en", TODAY) == date(2099, 1, 2)
    assert parse_date("2.1.00", "ru", TODAY) == date(2000, 1, 2)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "Enter a date."),
        ("13/4/26", "There is no such day"),
        ("2/30/26", "There is no such day"),
        ("12/4/226", "four digits"),
        ("12/4/6", "four digits"),
        ("tomorrow", "is not a date"),
        ("12", "is not a date"),
        ("1/2/3/4", "is not a date"),
    ],
)
def test_what_cannot_be_a_day_is_refused_in_words(typed, words):
    with pytest.raises(ValidationError) as caught:
        parse_date(typed, "en", TODAY, field="report_from")
    assert words in caught.value.message
    assert caught.value.field == "report_from"


@pytest.mark.parametrize(
    ("typed", "hour", "minute"),
    [
        ("9", 9, 0),
        ("9:05", 9, 5),
        ("0905", 9, 5),
        ("21.30", 21, 30),
        ("21:30", 21, 30),
        ("21点30分", 21, 30),
        ("9点", 9, 0),
        ("9:30 pm", 21, 30),
        ("12 am", 0, 0),
        ("00:00", 0, 0),
    ],
)
def test_a_time_as_it_is_typed(typed, hour, minute):
    assert parse_time(typed) == time(hour, minute)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "Enter a time."),
        ("24:00", "no such time"),
        ("9:75", "no such time"),
        ("half past", "hours and minutes"),
        ("13 pm", "no such time"),
    ],
)
def test_what_cannot_be_a_time_is_refused_in_words(typed, words):
    with pytest.raises(ValidationError) as caught:
        parse_time(typed, field="due")
    assert words in caught.value.message and caught.value.field == "due"
