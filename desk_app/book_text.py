"""A log line as a reader reads it, and as the search finds it.

One place renders the program's own lines (``domain.book_lines``) in a language: the window's
views, the printouts and the search text all come through here, so a line reads the same on the
screen and on paper and is found by the words either shows.
"""

from __future__ import annotations

from datetime import datetime

from desk_app.catalog import reader_language, translate
from desk_app.domain.book_lines import CODE_CONTEXT, CODE_SOURCES, BookLine, UnknownLine, kind_of
from desk_app.domain.search import fold
from desk_app.formats import LANGUAGES, format_datetime


def render(line: BookLine, language: str | None = None) -> str:
    """The sentence in ``language`` (the reader's by default), the user's words as typed."""
    language = language or reader_language()
    try:
        kind = kind_of(line.key)
    except UnknownLine:
        # Written by a newer program: show what can be shown rather than nothing.
        return " ".join(f"{v}" for v in line.values.values()) or line.key
    values = dict(line.values)
    for name in kind.instants:
        if values.get(name):
            values[name] = format_datetime(datetime.fromisoformat(values[name]), language)
    for name, family in kind.codes.items():
        source = CODE_SOURCES[family].get(values.get(name, ""))
        if source is not None:
            values[name] = translate(language, CODE_CONTEXT, source)
    template = translate(language, kind.context, kind.source)
    try:
        return template.format(**values).strip()
    except (KeyError, IndexError, ValueError):
        # A translation that lost a placeholder: the English sentence still says it all.
        return kind.source.format(**values).strip()


def entry_text(text: str, line: BookLine | None, language: str | None = None) -> str:
    """What a log entry says: the program's sentence, or the user's words."""
    return render(line, language) if line is not None else text


SEPARATOR = "\n"
"""Between the fields of a search text. A search phrase never holds a newline (the text rule makes
one line of it), so a match never spans two fields."""


def search_text(*fields: str, line: BookLine | None = None) -> str:
    """What the search looks in: the fields folded as the program folds (not the database, whose
    locale it does not choose), and a program line in every language."""
    parts = [f for f in fields if f]
    if line is not None:
        parts.extend(dict.fromkeys(searched_sentences(line)))
    return fold(SEPARATOR.join(parts))


_SHORT_VALUE = 6
"""A value of a program line longer than this many characters (a description, a reason, a
guest's words) is searched in the first language's sentence only."""


def searched_sentences(line: BookLine) -> list[str]:
    """The line in every language, the user's longer words in the first only: they read the same
    in all three, and three copies of them made a three-year book's search text and index some
    60 MB larger. Words of every language's sentence, codes, times and short values (a room, a
    number, a name) are in each; a phrase that runs from one language's words into a guest's
    words is found in English only."""
    first = render(line, LANGUAGES[0])
    try:
        kind = kind_of(line.key)
    except UnknownLine:
        return [first]
    words = {
        name: ""
        for name, value in line.values.items()
        if len(value) > _SHORT_VALUE and name not in kind.instants and name not in kind.codes
    }
    rest = BookLine(line.key, {**line.values, **words}) if words else line
    # A value left out leaves its spaces: one, as a search phrase is read.
    return [first, *(" ".join(render(rest, lang).split()) for lang in LANGUAGES[1:])]
