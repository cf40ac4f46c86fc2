"""One style of dates, times, numbers and money per language (desk_app.formats)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from desk_app.formats import (
    LANGUAGE_KEY,
    excel_date_format,
    excel_datetime_format,
    format_date,
    format_datetime,
    format_decimal,
    format_integer,
    format_money,
    format_percent,
    format_time,
    language_of,
    normalize_language,
)

DESK = timezone(timedelta(hours=8))
EVENING = datetime(2026, 12, 6, 11, 49, tzinfo=UTC)  # 19:49 on a desk at UTC+8
MORNING = datetime(2026, 3, 1, 7, 5, tzinfo=DESK)


@pytest.mark.parametrize(
    ("language", "stamp", "day", "morning"),
    [
        ("en", "6 Dec 2026 19:49", "6 Dec 2026", "1 Mar 2026 07:05"),
        ("zh_CN", "2026-12-06 19:49", "2026-12-06", "2026-03-01 07:05"),
        ("ru", "06.12.2026 19:49", "06.12.2026", "01.03.2026 07:05"),
    ],
)
def test_one_pattern_per_language_24_hours(language, stamp, day, morning):
    assert format_datetime(EVENING, language, DESK) == stamp
    assert format_date(EVENING, language, DESK) == day
    assert format_date(date(2026, 12, 6), language) == day
    assert format_time(EVENING, language, DESK) == "19:49"  # never "7:49 PM"
    assert format_datetime(MORNING, language, DESK) == morning


def test_times_are_put_on_the_desks_clock_and_naive_ones_refused():
    # 23:30 UTC is already the next day at UTC+8: the date follows the desk's clock.
    late = datetime(2026, 12, 6, 23, 30, tzinfo=UTC)
    assert format_datetime(late, "ru", DESK) == "07.12.2026 07:30"
    assert format_date(late, "en", DESK) == "7 Dec 2026"
    with pytest.raises(ValueError, match="naive"):
        format_datetime(datetime(2026, 12, 6, 19, 49), "en")
    assert format_datetime(None, "en") == ""
    assert format_date(None, "ru") == ""


@pytest.mark.parametrize(
    ("language", "count", "money", "negative", "percent"),
    [
        ("en", "1,234,567", "1,000.00", "-12,345.68", "12.5%"),
        ("zh_CN", "1,234,567", "1,000.00", "-12,345.68", "12.5%"),
        ("ru", "1\u00a0234\u00a0567", "1\u00a0000,00", "-12\u00a0345,68", "12,5\u00a0%"),
    ],
)
def test_numbers_and_money(language, count, money, negative, percent):
    assert format_integer(1234567, language) == count
    assert format_money(Decimal("1000"), language) == money
    assert format_money(Decimal("-12345.675"), language) == negative  # half up, sign kept
    assert format_percent(0.125, language) == percent
    assert format_integer(7, language) == "7"
    assert format_decimal(0.5, 1, language) in ("0.5", "0,5")
    assert format_money(None, language) == ""


def test_languages_named_any_way_and_labels_carry_theirs():
    assert normalize_language("zh") == normalize_language("zh_CN") == "zh_CN"
    assert normalize_language("ru_RU") == "ru"
    assert normalize_language("en_US") == normalize_language(None) == normalize_language("de")
    assert language_of({LANGUAGE_KEY: "ru"}) == "ru"
    assert language_of({}) == language_of(None) == "en"


def test_excel_patterns_are_the_same_patterns():
    assert excel_datetime_format("en") == "d mmm yyyy hh:mm"
    assert excel_datetime_format("zh_CN") == "yyyy-mm-dd hh:mm"
    assert excel_datetime_format("ru") == "dd.mm.yyyy hh:mm"
    assert excel_date_format("ru") == "dd.mm.yyyy"
