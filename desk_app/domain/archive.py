"""The archive's rules: how long records are kept, which year may go next, what a year is.

Records are kept three years (seed 004's 保存期三年); a manager may keep them longer, never
shorter. A calendar year of the desk's local time is archived whole, the oldest first, once its
last day is older than the retention: the year 2022 with three years' retention from 1 January
2026. Open items stay in the book whatever their age (the store decides which records those are).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from desk_app.domain.clock import local_midnight
from desk_app.domain.errors import ValidationError

MIN_RETENTION_YEARS = 3
DEFAULT_RETENTION_YEARS = 3
MAX_RETENTION_YEARS = 50
RETENTION_KEY = "retention_years"  # the desk-wide setting


def validate_retention(years: object) -> int:
    if isinstance(years, bool) or not isinstance(years, int):
        raise ValidationError("The retention is a whole number of years.", field="retention_years")
    if years < MIN_RETENTION_YEARS:
        raise ValidationError(
            "Records are kept at least {least} years (保存期三年): the retention cannot be "
            "shorter.",
            field="retention_years",
            least=MIN_RETENTION_YEARS,
        )
    if years > MAX_RETENTION_YEARS:
        raise ValidationError(
            "The retention is at most {most} years.",
            field="retention_years",
            most=MAX_RETENTION_YEARS,
        )
    return years


def year_start(year: int) -> datetime:
    """1 January of ``year``, 00:00 local time, as an aware instant."""
    return local_midnight(date(year, 1, 1))


def year_end(year: int) -> datetime:
    """The instant the year ends: 1 January of the next, 00:00 local time."""
    return local_midnight(date(year + 1, 1, 1))


def journal_time(instant: datetime) -> str:
    """An instant as the journal's ``at`` texts compare with it (UTC, ``Z``, with microseconds,
    so that a row written exactly then, kept without them, sorts after it)."""
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def last_archivable_year(now: datetime, retention_years: int) -> int:
    """The newest year whose records are all older than the retention at ``now``."""
    local = now.astimezone()
    year = local.year - retention_years - 1
    # The year after that may already be past the retention (from its last second on).
    if year_end(year + 1) <= _years_before(local, retention_years):
        year += 1
    return year


def _years_before(when: datetime, years: int) -> datetime:
    try:
        return when.replace(year=when.year - years)
    except ValueError:  # 29 February
        return when.replace(year=when.year - years, day=28)


def check_year(year: int, oldest: int | None, now: datetime, retention_years: int) -> None:
    """Refuse, in plain words, a year that may not be archived now."""
    if oldest is None:
        raise ValidationError("The book holds nothing to archive.", field="year")
    last = last_archivable_year(now, retention_years)
    if year < oldest:
        raise ValidationError(
            "The book holds nothing from {year}: its oldest year is {oldest}.",
            field="year",
            year=year,
            oldest=oldest,
        )
    if year > last:
        raise ValidationError(
            "{year} is not past the retention of {retention} years yet: the newest year that "
            "may be archived is {last}.",
            field="year",
            year=year,
            retention=retention_years,
            last=last,
        )
    if year != oldest:
        raise ValidationError(
            "Years are archived oldest first: archive {oldest} before {year}.",
            field="year",
            year=year,
            oldest=oldest,
        )
