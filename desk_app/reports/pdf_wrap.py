"""Plain text broken into the lines a table cell of a given width holds, by the font's own widths.

A reportlab ``Paragraph`` parses markup and breaks its fragments anew each time a table measures
it (once to find the rows that fit a page, again for the rows left over, again to draw): on a
month's duty report, some 14,000 rows, that was most of the time taken. A cell of plain text in
one style needs none of it: its lines, broken here once, go into the table as a string with line
breaks, which reportlab draws line by line. The breaking is a paragraph's: at spaces, between any
two characters of Chinese (and before or after one beside a Latin word), and a word wider than
the cell broken between its letters rather than drawn over its edge.
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from desk_app.domain.wide_text import wide_class

__all__ = ["wrap_lines"]


@cache
def _pieces() -> re.Pattern[str]:
    """A wide character (each one a place to break), a run of anything else but spaces, or a
    run of spaces."""
    wide = wide_class()
    return re.compile(f"[{wide}]|[^\\s{wide}]+|\\s+")


# Chinese punctuation that never starts a line: it stays with the character before it.
_NO_START = frozenset("，。、；：！？）」』】》〉…")


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text``'s lines as they fit ``width`` points in ``font`` at ``size``: its own line breaks
    kept, runs of spaces made one, nothing dropped but the spaces where a line breaks."""
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    pieces = _pieces().findall
    for source in text.splitlines() or [""]:
        line, used, gap = "", 0.0, False
        for piece in pieces(source):
            if piece.isspace():
                gap = bool(line)
                continue
            w = stringWidth(piece, font, size)
            joint = " " if gap else ""
            if line and (used + (space if gap else 0) + w <= width or piece in _NO_START):
                line, used = line + joint + piece, used + (space if gap else 0) + w
            elif w <= width:
                if line:
                    lines.append(line)
                line, used = piece, w
            else:  # wider than the cell: its letters, as many as fit a line
                if line and gap:
                    lines.append(line)
                    line, used = "", 0.0
                for ch in piece:
                    cw = stringWidth(ch, font, size)
                    if line and used + cw > width:
                        lines.append(line)
                        line, used = "", 0.0
                    line, used = line + ch, used + cw
            gap = False
        lines.append(line)
    return lines
