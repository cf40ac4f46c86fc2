"""Which characters are wide: one rule for every place that measures text or breaks it into lines.

A wide character (Chinese, Japanese, Korean, fullwidth forms) takes two columns of a terminal or
a spreadsheet, and a line may break between any two of them. Unicode says which they are (UAX #11:
East Asian Width W or F); the rule is built from that once, into one regular expression, so that a
printout breaking Chinese between characters, a spreadsheet sizing its columns and a terminal's
table all count the same characters as wide. Unassigned code points are left out, except in the
planes U+2xxxx and U+3xxxx, which UAX #11 makes wide whole (CJK extensions yet to be assigned).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Planes 2 and 3: wide whole, assigned or not (UAX #11).
_WIDE_PLANES = (0x20000, 0x3FFFD)


@cache
def wide_class() -> str:
    """The body of a regular expression's character class matching exactly the wide characters
    (some 40 ms the first time a process asks)."""
    ranges: list[tuple[int, int]] = []
    start = None
    for cp in range(_WIDE_PLANES[0] + 1):
        ch = chr(cp)
        wide = (
            cp < _WIDE_PLANES[0]
            and unicodedata.east_asian_width(ch) in "WF"
            and unicodedata.category(ch) != "Cn"
        )
        if wide and start is None:
            start = cp
        elif not wide and start is not None:
            ranges.append((start, cp - 1))
            start = None
    ranges.append(_WIDE_PLANES)
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


@cache
def _wide() -> re.Pattern[str]:
    return re.compile(f"[{wide_class()}]")


def is_wide(ch: str) -> bool:
    return _wide().match(ch) is not None


def has_wide(text: str) -> bool:
    """Whether any character of ``text`` is wide: Chinese, most often."""
    return _wide().search(text) is not None


def display_width(text: str) -> int:
    """How many narrow characters' room ``text`` takes at its widest line (a wide one counts
    two)."""
    find = _wide().findall
    return max((len(line) + len(find(line)) for line in str(text).splitlines()), default=0)
