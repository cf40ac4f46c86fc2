"""One caption in the reader's language, its ``{fields}`` filled in: the rule every printout's
words follow (the handover sheet and the duty report, the roster, attendance, the duty summary).

A printout is given ``labels`` (key -> the reader's words); a missing key prints the English
default. A translation that lost (or invented) a placeholder, or cannot be filled, prints the
English default instead of a broken sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter
from typing import Any

__all__ = ["caption", "placeholders"]


def placeholders(template: str) -> set[str] | None:
    """The ``{names}`` a template fills; None when it is no template (an unmatched brace)."""
    try:
        return {name for _text, name, _spec, _conv in Formatter().parse(template) if name}
    except ValueError:
        return None


def caption(labels: Mapping[str, str] | None, key: str, default: str, **fields: Any) -> str:
    """The reader's words for ``key`` (``default`` when missing or when its placeholders differ
    from the default's), with ``fields`` filled in when given."""
    text = (labels or {}).get(key) or default
    if text != default and placeholders(text) != placeholders(default):
        text = default  # a translation lost (or invented) a placeholder
    if not fields:
        return text
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError):
        return default.format(**fields)
