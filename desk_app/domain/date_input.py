"""Reading a day a clerk typed, in the order their language writes days.

Qt's date edit read "12/4/26" typed into "M/d/yy" as 12/5/42 once the cursor sat in the wrong
section, and refused "4.12.26" in a four-digit-year field without saying why. A date field is
therefore a line the clerk types into as they would write on paper, read here:

=======  ==========================================  ==========================
language  typed                                       read as
=======  ==========================================  ==========================
en        12/4/26, 12/4/2026, 4 Dec 2026, Dec 4 26    month/day/year (as Qt's
                                                      English shows dates)
zh_CN     2026-12-04, 26-12-4, 2026/12/4, 2026年12月4日 year-month-day
ru        04.12.2026, 4.12.26, 4/12/2026               day.month.year
=======  ==========================================  ==========================

In every language a four-digit first number is a year (ISO 2026-12-04), and two numbers are a
day of ``today``'s year in the language's order. A two-digit year is 20xx (a desk records no
day of the last century); a year of one or three digits, a month or day out of range, or a day
that does not exist is refused with a :class:`ValidationError` saying what to type.
"""

from __future__ import annotations

import re
from datetime import date, time

from desk_app.domain.errors import ValidationError

ORDERS = {"en": "mdy", "zh_CN": "ymd", "ru": "dmy"}

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "янв", "一月"),
            ("feb", "фев", "二月"),
            ("mar", "мар", "三月"),
            ("apr", "апр", "四月"),
            ("may", "мая", "май", "五月"),
            ("jun", "июн", "六月"),
            ("jul", "июл", "七月"),
            ("aug", "авг", "八月"),
            ("sep", "сен", "九月"),
            ("oct", "окт", "十月"),
            ("nov", "ноя", "十一月"),
            ("dec", "дек", "十二月"),
        ),
        start=1,
    )
    for name in names
}
_PART = re.compile(r"\d+|[^\W\d_]+")


def _month_number(word: str) -> int | None:
    word = word.casefold()
    if word in _MONTHS:
        return _MONTHS[word]
    for name, number in _MONTHS.items():
        if len(name) >= 3 and word.startswith(name):  # "december", "декабря"
            return number
    return None


def _year(text: str, field: str) -> int:
    if len(text) == 2:
        return 2000 + int(text)
    if len(text) == 4:
        return int(text)
    raise ValidationError(
        "Write the year with four digits, or two for this century: {text}", field=field, text=text
    )


def parse_date(text: str, language: str, today: date, field: str = "date") -> date:
    """The day ``text`` names for a reader of ``language`` ("en", "zh_CN", "ru")."""
    typed = (text or "").strip()
    if not typed:
        raise ValidationError("Enter a date.", field=field)
    # Chinese writes 2026年12月4日; the characters separate like slashes.
    plain = typed.replace("年", "/").replace("月", "/").replace("日", "")
    parts = _PART.findall(plain)
    numbers = [p for p in parts if p.isdigit()]
    words = [p for p in parts if not p.isdigit()]
    order = ORDERS.get(language, "mdy")
    month_word = None
    if words:
        month_word = _month_number(words[0]) if len(words) == 1 else None
        if month_word is None:
            raise ValidationError("{text} is not a date.", field=field, text=typed)
    try:
        if month_word is not None:  # "4 Dec 2026", "Dec 4, 26", "4 дек 2026"
            if len(numbers) not in (1, 2):
                raise ValidationError("{text} is not a date.", field=field, text=typed)
            year = _year(numbers[1], field) if len(numbers) == 2 else today.year
            if len(numbers[0]) == 4:
                raise ValidationError("{text} is not a date.", field=field, text=typed)
            return date(year, month_word, int(numbers[0]))
        if len(numbers) == 3:
            if len(numbers[0]) == 4:
                order = "ymd"  # ISO, in every language
            values = dict(zip(order, numbers, strict=True))
            return date(_year(values["y"], field), int(values["m"]), int(values["d"]))
        if len(numbers) == 2:
            short = order.replace("y", "")
            values = dict(zip(short, numbers, strict=True))
            return date(today.year, int(values["m"]), int(values["d"]))
    except ValueError:
        raise ValidationError("There is no such day: {text}", field=field, text=typed) from None
    raise ValidationError("{text} is not a date.", field=field, text=typed)


_TIME = re.compile(r"^(\d{1,2})(?:[:.\s]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$")


def parse_time(text: str, field: str = "time") -> time:
    """A time of day typed on the 24-hour clock ("9", "9:05", "0905", "21.30", "21点30分"); an
    English "9:30 pm" too. Anything else is refused in words."""
    typed = (text or "").strip()
    if not typed:
        raise ValidationError("Enter a time.", field=field)
    plain = typed.casefold().replace("点", ":").replace("时", ":").replace("分", "")
    plain = plain.rstrip(":").replace(" :", ":")
    found = _TIME.match(plain)
    if found is None:
        raise ValidationError(
            "Type the time as hours and minutes, e.g. 09:30 or 21:30: {text}",
            field=field,
            text=typed,
        )
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    half = found.group(3)
    if half:
        if not 1 <= hour <= 12:
            raise ValidationError("There is no such time: {text}", field=field, text=typed)
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    if hour > 23 or minute > 59:
        raise ValidationError("There is no such time: {text}", field=field, text=typed)
    return time(hour, minute)
