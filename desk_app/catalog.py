"""The translations of the program's own log lines, read without Qt.

The window translates through Qt's installed translators. The sentences the program writes into a
book are needed in every language at once, and where no Qt application exists: the search text of
a new line holds its sentence in English, Chinese and Russian, a migration converts lines written
in any of them, a report renders them in the language asked for. ``packaging/update_translations``
compiles their finished translations from the same ``.ts`` sources as the window's ``.qm`` files
into ``book_lines.json`` (a test keeps the two answering alike), read here once per process.

The language the views render program lines in (the reader's) is set by whoever installs a
language (``translators.install_language``); English until then.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache

from desk_app.bundle import translations_dir
from desk_app.formats import normalize_language

TRANSLATIONS_DIR = translations_dir()  # beside the tree, or inside the built bundle

_reader = "en"


def set_reader_language(language: str) -> None:
    global _reader
    _reader = normalize_language(language)


def reader_language() -> str:
    return _reader


CATALOGUE = TRANSLATIONS_DIR / "book_lines.json"


@cache
def _catalogue() -> dict[str, dict[str, dict[str, str]]]:
    try:
        return json.loads(CATALOGUE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def translate(language: str, context: str, source: str) -> str:
    """``source`` in ``language`` as the catalogue has it, or ``source`` itself."""
    language = normalize_language(language)
    return _catalogue().get(language, {}).get(context, {}).get(source, source)


@cache
def fingerprint() -> str:
    """What the catalogue holds, as a digest: a book's search texts were made with the catalogue
    of this digest (``store.search_text.refresh``)."""
    try:
        return hashlib.sha256(CATALOGUE.read_bytes()).hexdigest()
    except FileNotFoundError:
        return hashlib.sha256(b"").hexdigest()
