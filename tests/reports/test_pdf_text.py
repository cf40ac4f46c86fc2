"""What a clerk types prints as typed: no character of the usual punctuation is a blank gap on
paper (the font lacks some; pdf_text puts what it has in their place)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from desk_app.reports.pdf_fonts import pdf_text, register_fonts

# Hyphens and dashes, spaces, quotes, and the signs a front desk writes.
TYPED = (
    "-\u2010\u2011\u2012\u2013\u2014\u2212"
    "\u00a0\u2009\u202f"
    "\"'«»„“”‘’「」『』"
    "…·•°℃℉№¥€₽$%&@#×÷±"
    "，。、；：！？（）【】《》"
)


def test_every_usual_character_prints_as_the_font_has_it():
    register_fonts()
    glyphs = pdfmetrics.getFont("DeskSans").face.charToGlyph
    missing = [f"U+{ord(ch):04X}" for ch in pdf_text(TYPED) if ord(ch) not in glyphs]
    assert missing == []


def test_a_non_breaking_hyphen_prints_as_a_hyphen():
    assert pdf_text("Wi\u2011Fi, 20\u202f°C") == "Wi\u2010Fi, 20\u00a0°C"
