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

from reportlab.pdfbase.pdfmetrics import stringWidth

__all__ = ["wrap_lines"]

# A run of wide characters (each one a place to break), or a run of anything else but spaces.
_PIECES = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
                     r"\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]|[^\s\u1100-\u115f"
                     r"\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60"
                     r"\uffe0-\uffe6\U00020000-\U0003fffd]+|\s+")
# Chinese punctuation that never starts a line: it stays with the character before it.
_NO_START = frozenset("，。、；：！？）」』】》〉…")


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text``'s lines as they fit ``width`` points in ``font`` at ``size``: its own line breaks
    kept, runs of spaces made one, nothing dropped but the spaces where a line breaks."""
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    for source in text.splitlines() or [""]:
        line, used, gap = "", 0.0, False
        for piece in _PIECES.findall(source):
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
