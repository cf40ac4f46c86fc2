"""Reading back a sentence the program once stored as words (before revision 0009).

Until then a found item's registration, a key's loan and the like were stored as the sentence the
signed-in clerk's window made of them, in that clerk's language. The upgrade turns each into its
message and values, so it too is read in every reader's language: a stored text is matched against
every program sentence in every language the catalogue has, and a match gives the values back
(a disposal method's or a document's label as its code, a time to be back as the instant). A text
no sentence matches whole, or whose coded value is no known label, is left as it was.
"""

from __future__ import annotations

import re
import string
from collections.abc import Collection
from datetime import UTC, datetime
from functools import cache

from desk_app.catalog import translate
from desk_app.domain.book_lines import CODE_CONTEXT, CODE_SOURCES, LINE_KINDS, BookLine
from desk_app.formats import LANGUAGES
from desk_app.store.upgrades.line_history import (
    OLD_CODE_LABELS,
    OLD_SENTENCES,
    WINDOW_CODE_LABELS,
    WINDOW_SENTENCES,
)

# The time a key was due back, as the sentence stored it: local time, to the minute.
_OLD_INSTANT = "%Y-%m-%d %H:%M"
# Only the books whose sentences the program wrote as words before: complaint steps stored the
# clerk's note alone (the upgrade words them from the complaint's history instead).
_RECOGNISED_BOOKS = ("lostfound.", "keys.")


def _pattern(template: str) -> re.Pattern[str]:
    parts = []
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name:
            parts.append(f"(?P<{name}>.*?)")
    return re.compile("".join(parts) + r"\Z", re.DOTALL)


@cache
def _patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    """(line key, language, pattern) of every recognised sentence in every language, the longer
    literal texts first so a more specific sentence wins over a looser one."""
    found: dict[tuple[str, str], tuple[str, str, re.Pattern[str]]] = {}
    for key, kind in LINE_KINDS.items():
        if not key.startswith(_RECOGNISED_BOOKS):
            continue
        for language in LANGUAGES:
            template = translate(language, kind.context, kind.source)
            found.setdefault((key, template), (key, language, _pattern(template)))
        for template in WINDOW_SENTENCES.get(key, ()):
            found.setdefault((key, template), (key, "", _pattern(template)))
        for template in OLD_SENTENCES.get(key, ()):
            found.setdefault((key, template), (key, "", _pattern(template)))
    return sorted(found.values(), key=lambda item: -len(item[2].pattern))


@cache
def _codes(family: str) -> dict[str, str]:
    """Every way a code's label was written (each language's label, and the code itself)."""
    codes: dict[str, str] = {}
    for code, source in CODE_SOURCES[family].items():
        codes[code] = code
        for language in LANGUAGES:
            codes.setdefault(translate(language, CODE_CONTEXT, source), code)
    for table in (WINDOW_CODE_LABELS, OLD_CODE_LABELS):
        for label, code in table.get(family, {}).items():
            codes.setdefault(label, code)
    return codes


def _instant(text: str) -> str | None:
    try:
        local = datetime.strptime(text, _OLD_INSTANT).astimezone()
    except ValueError:
        return None
    return local.astimezone(UTC).isoformat()


def _values(key: str, raw: dict[str, str]) -> dict[str, str] | None:
    kind = LINE_KINDS[key]
    values = dict(raw)
    for name, family in kind.codes.items():
        code = _codes(family).get(values[name])
        if code is None:
            return None
        values[name] = code
    for name in kind.instants:
        instant = _instant(values[name])
        if instant is None:
            return None
        values[name] = instant
    return values


def recognise(text: str, keys: Collection[str] | None = None) -> tuple[BookLine, str] | None:
    """The line ``text`` was made from (one of ``keys``, if given) and the language it was made
    in (the catalogue's; "" when it was one of the wordings of ``line_history``), or None."""
    # A sentence ending in an empty value (a disposal without a note) was stored trimmed.
    for candidate in (text, text + " "):
        for key, language, pattern in _patterns():
            if keys is not None and key not in keys:
                continue
            match = pattern.match(candidate)
            if match is None:
                continue
            values = _values(key, match.groupdict())
            if values is None:
                continue
            return BookLine(key, values), language
    return None
