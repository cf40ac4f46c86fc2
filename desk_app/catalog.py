"""The translation catalogue read without Qt, for words the program stores and searches.

The window translates through Qt's installed translators. The sentences the program writes into a
book are needed in every language at once, and where no Qt application exists: the search text of
a new line holds its sentence in English, Chinese and Russian, a migration converts lines in any
of them, a report renders them in the language asked for. So the same ``.ts`` sources the window's
``.qm`` files are compiled from are read here directly (ElementTree, a few milliseconds, once per
language), and the answer is the one Qt would give: the finished translation, else the source.

The language the views render program lines in (the reader's) is set by whoever installs a
language (``translators.install_language``); English until then.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from desk_app.formats import LANGUAGES, normalize_language

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"

_reader = "en"


def set_reader_language(language: str) -> None:
    global _reader
    _reader = normalize_language(language)


def reader_language() -> str:
    return _reader


@cache
def _messages(language: str) -> dict[tuple[str, str, str], str]:
    found: dict[tuple[str, str, str], str] = {}
    path = TRANSLATIONS_DIR / f"desk_app_{language}.ts"
    if language == "en" or not path.exists():
        return found
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            text = "".join(translation.itertext())
            if text:
                found[(name, source, message.findtext("comment") or "")] = text
    return found


def translate(language: str, context: str, source: str, disambiguation: str = "") -> str:
    """``source`` in ``language`` as the catalogue has it, or ``source`` itself."""
    language = normalize_language(language)
    return _messages(language).get((context, source, disambiguation), source)


def all_languages() -> tuple[str, ...]:
    return LANGUAGES
