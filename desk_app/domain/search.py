"""How a search phrase is read, whatever the storage behind it.

Every searchable row carries a search text the program writes: its fields folded by
:func:`fold` (Python's Unicode case folding, the same on every machine), and for a line the
program wrote, its sentence in every language. A query is folded the same way and looked for as a
plain substring. Neither SQLite's tokenizer nor PostgreSQL's ``lower()`` (which follows the locale
the server's database was created with, one the program does not choose) decides what matches, so
both engines find the same rows, in every script and case.

Trigram indexes cannot answer a phrase shorter than three characters (a Chinese word is often two:
漏水, 投诉), so those go down a scan path of the same search text.
"""

from __future__ import annotations

import unicodedata

from desk_app.domain import text as text_rule
from desk_app.domain.value import Value

TRIGRAM = 3
MAX_QUERY_LENGTH = 200


def fold(value: str) -> str:
    """Compatibility-normalised, then case folded as Unicode defines it: "ЯНА", "Яна" and "яна"
    are one; "STRASSE" finds "Straße"; "ＬＦ－２０２６" typed with a Chinese input method finds
    "LF-2026"; an accent typed as a combining mark finds the precomposed one."""
    if value.isascii():
        return value.lower()  # the same answer, ten times faster, for most of what is typed
    return unicodedata.normalize("NFKC", value).casefold()


class SearchQuery(Value):
    text: str

    @property
    def folded(self) -> str:
        return fold(self.text)

    @property
    def is_short(self) -> bool:
        return len(self.folded) < TRIGRAM

    def fts_phrase(self) -> str:
        """The folded query as one FTS5 string literal: a phrase, never operators."""
        return '"' + self.folded.replace('"', '""') + '"'


def matches(query: SearchQuery, *fields: str) -> bool:
    """The reference answer: the folded phrase inside one folded field."""
    needle = query.folded
    return any(needle in fold(f) for f in fields)


def parse_query(raw: str | None) -> SearchQuery | None:
    """The phrase as typed, under the rule every stored text follows: a NUL or a lone surrogate is
    refused (``field="search"``) rather than matched against every row or handed to the engine,
    controls are removed as they were from what is stored, so a pasted phrase still finds it."""
    text = text_rule.line(raw, "search")[:MAX_QUERY_LENGTH]
    return SearchQuery(text) if text else None
