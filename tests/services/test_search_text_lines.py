"""A program line's search text: every language's sentence, the user's longer words once."""

from __future__ import annotations

from desk_app.book_text import render, search_text
from desk_app.domain.book_lines import BookLine
from desk_app.domain.search import fold

NOTE = "выслушали гостя, успокоили, жалобу зафиксировали"


def test_each_language_is_searchable_and_a_long_value_is_kept_once() -> None:
    line = BookLine("complaint.acknowledge", {"num": "12097", "note": NOTE})
    text = search_text("", "Смирнова И.", line=line)
    assert text.count(fold(NOTE)) == 1
    assert fold("Complaint #12097 acknowledged: " + NOTE) in text  # English whole
    for language in ("zh_CN", "ru"):  # the others' words with the short values
        sentence = render(BookLine(line.key, {"num": "12097", "note": ""}), language)
        assert fold(sentence) in text and "12097" in sentence
    assert fold("Смирнова И.") in text


def test_short_values_stay_in_every_language() -> None:
    line = BookLine("complaint.acknowledge", {"num": "7", "note": "ok"})
    text = search_text(line=line)
    renders = {fold(render(line, lang)) for lang in ("en", "zh_CN", "ru")}
    assert all(r in text for r in renders)
