"""The archive's rules: the retention (three years, never less), which year may go next."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk_app.domain.archive import (
    check_year,
    journal_time,
    last_archivable_year,
    validate_retention,
    year_end,
)
from desk_app.domain.errors import ValidationError


def local(*args: int) -> datetime:
    return datetime(*args).astimezone()


def test_retention_is_three_years_or_more():
    assert validate_retention(3) == 3
    assert validate_retention(7) == 7
    for bad in (2, 0, -1, True, 3.5, "3"):
        with pytest.raises(ValidationError) as caught:
            validate_retention(bad)
        assert caught.value.field == "retention_years"


def test_a_year_goes_once_its_last_day_is_past_the_retention():
    assert last_archivable_year(local(2026, 1, 1, 0, 1), 3) == 2022
    assert last_archivable_year(local(2025, 12, 31, 23, 59), 3) == 2021
    assert last_archivable_year(local(2026, 12, 7, 14, 0), 3) == 2022
    assert last_archivable_year(local(2026, 12, 7, 14, 0), 5) == 2020
    assert last_archivable_year(local(2028, 2, 29, 12, 0), 3) == 2024


def test_oldest_first_and_past_the_retention():
    now = local(2026, 12, 7, 14, 0)
    check_year(2022, 2022, now, 3)
    with pytest.raises(ValidationError, match="oldest first"):
        check_year(2022, 2021, now, 3)
    with pytest.raises(ValidationError, match="not past the retention"):
        check_year(2023, 2023, now, 3)
    with pytest.raises(ValidationError, match="holds nothing from 2020"):
        check_year(2020, 2021, now, 3)
    with pytest.raises(ValidationError, match="nothing to archive"):
        check_year(2021, None, now, 3)


def test_the_year_end_as_a_journal_time_sorts_between_the_years_rows():
    """The cut compares the journal's ``at`` texts: a row written exactly at midnight, kept
    without microseconds, is the next year's; one a microsecond before is this year's."""
    end = year_end(2021)
    boundary = journal_time(end)
    assert journal_row_time(end) >= boundary
    assert journal_row_time(end - timedelta(microseconds=1)) < boundary
    assert journal_row_time(end + timedelta(microseconds=1)) > boundary


def journal_row_time(instant: datetime) -> str:
    """As the journal writes ``at`` (``store.records.encode_value``)."""
    return instant.astimezone(UTC).isoformat().replace("+00:00", "Z")
