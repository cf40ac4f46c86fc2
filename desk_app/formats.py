"""Dates, times, numbers and money as a desk reads them, in English, Chinese or Russian.

One module for the window and for every printout, so a time reads the same on the screen, on the
handover sheet, in the duty report and in a workbook. No Qt and no locale database: the three
languages' patterns are written out here (the CLDR medium patterns of each language, 24-hour
everywhere), so the window (which asks for the language in force, see
``desk_app.translators.current_language``) and a report made from the command line give the same
text on every machine whatever its system locale.

=======  =====================  ============  ======  ============  ==========
language date and time          date          time    integer       money
=======  =====================  ============  ======  ============  ==========
en       6 Dec 2026 19:49       6 Dec 2026    19:49   12,345        1,000.00
zh_CN    2026-12-06 19:49       2026-12-06    19:49   12,345        1,000.00
ru       06.12.2026 19:49       06.12.2026    19:49   12 345        1 000,00
=======  =====================  ============  ======  ============  ==========

English puts the month in words: "6/12" and "12/6" are different days to a British and an
American reader, and a hotel's staff and guests come from both. The clock is 24-hour in every
language: shifts change at 07:00, 15:00 and 23:00, and a handover at "11:00" that could be
morning or night is the mistake the sheet exists to prevent. Chinese desks write dates
year-month-day; the hyphenated form is what their property systems print and fits a table column.
Russian uses the dotted day.month.year form of its forms and documents; its digit groups are
separated by a no-break space (U+00A0) so a number never wraps at a group.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal

from desk_app.domain.value import Value

__all__ = [
    "LANGUAGES",
    "LANGUAGE_KEY",
    "excel_date_format",
    "excel_datetime_format",
    "format_date",
    "format_datetime",
    "format_decimal",
    "format_integer",
    "format_money",
    "format_percent",
    "format_time",
    "language_of",
    "normalize_language",
]

LANGUAGES: tuple[str, ...] = ("en", "zh_CN", "ru")

LANGUAGE_KEY = "language"
"""The key a printout's ``labels`` carry their language under (``"zh_CN"``): the captions and the
formats of one printout come from one place."""

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class _Style(Value):
    group: str  # between groups of three digits
    decimal: str
    percent: str  # after the number
    excel_date: str  # the same patterns as Excel number formats
    excel_datetime: str


_STYLES: Mapping[str, _Style] = {
    "en": _Style(",", ".", "%", "d mmm yyyy", "d mmm yyyy hh:mm"),
    "zh_CN": _Style(",", ".", "%", "yyyy-mm-dd", "yyyy-mm-dd hh:mm"),
    "ru": _Style("\u00a0", ",", "\u00a0%", "dd.mm.yyyy", "dd.mm.yyyy hh:mm"),
}


def normalize_language(language: str | None) -> str:
    """One of :data:`LANGUAGES` for a language or locale name ("zh", "zh_CN", "ru_RU", "en_US");
    English for anything else."""
    name = (language or "").replace("-", "_")
    if name.startswith("zh"):
        return "zh_CN"
    if name.startswith("ru"):
        return "ru"
    return "en"


def language_of(labels: Mapping[str, str] | None) -> str:
    """The language a printout's ``labels`` were made in (English when they do not say)."""
    return normalize_language((labels or {}).get(LANGUAGE_KEY))


def _local(moment: datetime, tz: tzinfo | None) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive time {moment!r}: times must carry their zone")
    return moment.astimezone(tz)


def format_date(
    value: date | datetime | None, language: str | None, tz: tzinfo | None = None
) -> str:
    """A day: "6 Dec 2026", "2026-12-06", "06.12.2026". A datetime is first put on the desk's
    clock (``tz``; None: this computer's zone). None gives ""."""
    if value is None:
        return ""
    day = _local(value, tz).date() if isinstance(value, datetime) else value
    lang = normalize_language(language)
    if lang == "en":
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year:04d}"
    if lang == "ru":
        return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def format_time(value: datetime | None, language: str | None, tz: tzinfo | None = None) -> str:
    """A time of day on the 24-hour clock, "19:49", in every language."""
    if value is None:
        return ""
    local = _local(value, tz)
    return f"{local.hour:02d}:{local.minute:02d}"


def format_datetime(value: datetime | None, language: str | None, tz: tzinfo | None = None) -> str:
    """A moment on the desk's clock: "6 Dec 2026 19:49", "2026-12-06 19:49", "06.12.2026 19:49".
    Naive times are refused: a time without its zone could be anyone's."""
    if value is None:
        return ""
    local = _local(value, tz)
    return f"{format_date(local.date(), language)} {local.hour:02d}:{local.minute:02d}"


def _grouped(digits: str, group: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return group.join(parts)


def format_decimal(value: Decimal | float | int | None, places: int, language: str | None) -> str:
    """``value`` rounded half up to ``places`` decimals, grouped: "1,234.50", "1 234,50"."""
    if value is None:
        return ""
    style = _STYLES[normalize_language(language)]
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    quantum = Decimal(1).scaleb(-places)
    number = number.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    text = f"{abs(number):.{places}f}"
    whole, _, fraction = text.partition(".")
    out = _grouped(whole, style.group)
    if places > 0:
        out += style.decimal + fraction
    return sign + out


def format_integer(value: int | None, language: str | None) -> str:
    """A count: "12,345" / "12 345"."""
    return "" if value is None else format_decimal(int(value), 0, language)


def format_money(value: Decimal | float | None, language: str | None) -> str:
    """An amount, two decimals, no currency sign (the property's currency is implied)."""
    return format_decimal(value, 2, language)


def format_percent(share: float | Decimal | None, language: str | None, places: int = 1) -> str:
    """A share (0.125) as a percentage: "12.5%", "12,5 %"."""
    if share is None:
        return ""
    style = _STYLES[normalize_language(language)]
    return format_decimal(Decimal(str(share)) * 100, places, language) + style.percent


def excel_date_format(language: str | None) -> str:
    """The date pattern above as an Excel number format (the cell stays a real date)."""
    return _STYLES[normalize_language(language)].excel_date


def excel_datetime_format(language: str | None) -> str:
    """The date-and-time pattern above as an Excel number format."""
    return _STYLES[normalize_language(language)].excel_datetime
