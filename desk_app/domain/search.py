"""How a search phrase is read, whatever the storage behind it.

Trigram indexes cannot answer a phrase shorter than three characters (a Chinese word is often two:
漏水, 投诉), so those go down a scan path. Both paths must give the same answer; the scan matches
case-insensitively by trying every case variant of the (at most two) letters, which is exactly
what the trigram index's case folding does for such short strings.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from desk_app.domain import text as text_rule

TRIGRAM = 3
MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class SearchQuery:
    text: str

    @property
    def is_short(self) -> bool:
        return len(self.text) < TRIGRAM

    def case_variants(self) -> list[str]:
        """Every upper/lower spelling of a short query, its own included (titlecase ǅ is neither)."""
        options = [
            sorted({c, c.lower(), c.upper()}) if len(c.upper()) == 1 else [c] for c in self.text
        ]
        return sorted({"".join(p) for p in itertools.product(*options)})

    def fts_phrase(self) -> str:
        """The query as one FTS5 string literal: a phrase, never operators."""
        return '"' + self.text.replace('"', '""') + '"'


def parse_query(raw: str | None) -> SearchQuery | None:
    """The phrase as typed, under the rule every stored text follows: a NUL or a lone surrogate is
    refused (``field="search"``) rather than matched against every row or handed to the engine,
    controls are removed as they were from what is stored, so a pasted phrase still finds it."""
    text = text_rule.line(raw, "search")[:MAX_QUERY_LENGTH]
    return SearchQuery(text) if text else None
