"""The one font every DutyDesk PDF embeds: WenQuanYi Micro Hei, shipped in ``fonts/``.

It covers Chinese, Cyrillic and Latin, so a printout shows no boxes on a reader without CJK
fonts (reportlab's built-in CID fonts are not embedded; see shared/NOTES.md). It has no bold
face: ``DeskSans`` is registered as its own bold and italic, so ``<b>`` in a Paragraph does not
fail, and emphasis is drawn with size and colour instead. Its "℃" glyph is empty: print "°C"
(:func:`pdf_text` does).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app.bundle import package_data

FONT_NAME = "DeskSans"
FONT_DIR = package_data("reports", "fonts")  # beside this module, or inside the built bundle
FONT_PATH = FONT_DIR / "wqy-microhei.ttc"
LICENSE_PATH = FONT_DIR / "LICENSE-wqy-microhei.txt"

_lock = threading.Lock()

# Glyphs the font draws empty or lacks (a blank gap where they stand), and what to print
# instead: a non-breaking hyphen ("Wi‑Fi", as a phone or a word processor types it) is a
# hyphen on paper, a figure dash an en dash, a narrow no-break space a no-break space, the
# rouble sign its usual abbreviation.
_EMPTY_GLYPHS = str.maketrans(
    {
        "℃": "°C",
        "℉": "°F",
        "\u2011": "\u2010",
        "\u2012": "\u2013",
        "\u202f": "\u00a0",
        "₽": "руб.",
    }
)


def register_fonts() -> str:
    """Register ``DeskSans`` with reportlab (once; later calls only return the name)."""
    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_PATH), subfontIndex=0))
            # No bold or italic face: the same font stands in, so markup never fails.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME


def pdf_text(text: str) -> str:
    """``text`` as the font can draw it: glyphs it lacks replaced by equivalents."""
    return text.translate(_EMPTY_GLYPHS)
