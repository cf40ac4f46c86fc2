"""Lines broken for a table cell: they fit, nothing is lost, Chinese breaks anywhere."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from desk_app.reports.pdf_fonts import register_fonts
from desk_app.reports.pdf_wrap import wrap_lines


@pytest.fixture(scope="module")
def font() -> str:
    return register_fonts()


@pytest.mark.parametrize(
    "text",
    [
        "Guest in 1204 asked for a late checkout, agreed with the manager until 14:00",
        "客人反映房间空调不制冷，已通知工程部维修。维修人员十分钟后到达",
        "Гость из номера 512 пожаловался на шум в коридоре, 客人 1204 ok",
        "x" * 90 + " tail",
    ],
)
def test_every_line_fits_and_no_word_is_lost(font: str, text: str) -> None:
    lines = wrap_lines(text, font, 8, 100)
    assert len(lines) > 1
    assert all(stringWidth(line, font, 8) <= 100 for line in lines if len(line) > 1)
    assert "".join("".join(lines).split()) == "".join(text.split())


def test_a_line_that_fits_stays_whole_and_breaks_are_kept(font: str) -> None:
    assert wrap_lines("two\n\nlines  with   spaces", font, 8, 200) == ["two", "", "lines with spaces"]
    assert wrap_lines("", font, 8, 50) == [""]


def test_chinese_punctuation_never_starts_a_line(font: str) -> None:
    width = stringWidth("客人反映房间空调", font, 8)
    lines = wrap_lines("客人反映房间空调，不制冷", font, 8, width)
    assert lines[0].endswith("，") and not lines[1].startswith("，")


def test_words_break_at_spaces(font: str) -> None:
    width = stringWidth("late checkout", font, 8) + 1
    assert wrap_lines("late checkout agreed", font, 8, width) == ["late checkout", "agreed"]
