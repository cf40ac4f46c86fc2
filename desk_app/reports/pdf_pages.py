"""Pages every printout draws on: a canvas that writes only the embedded font, and reportlab's
two-pass "page N of M"."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfbase.pdfmetrics import standardFonts
from reportlab.pdfgen.canvas import Canvas

from desk_app.identity import pdf_creator
from desk_app.reports.pdf_fonts import FONT_NAME, register_fonts


class DeskCanvas(Canvas):
    """A canvas on which every font is the embedded ``DeskSans``.

    reportlab names one of the 14 standard fonts where the program chose none: the canvas's
    initial font, a table cell's default font, a drawing's (a QR code's) default font. Such a
    font is not embedded, so the PDF would depend on the reader's own Helvetica (and a PDF/A
    check or a print shop refuses it). This canvas starts in ``DeskSans`` and draws any standard
    font asked for in ``DeskSans`` instead: no page names a font the file does not carry."""

    def __init__(self, *args, **kwargs):
        kwargs["initialFontName"] = register_fonts()
        super().__init__(*args, **kwargs)
        self.setCreator(pdf_creator())

    def setCreator(self, creator):  # noqa: N802 - reportlab's name
        """The file's Creator is always the program and its version ("DutyDesk 0.1.0"), whatever
        a document template passes (its own default is "(unspecified)")."""
        super().setCreator(pdf_creator())

    def setFont(self, psfontname, size, leading=None):  # noqa: N802 - reportlab's name
        if psfontname in standardFonts:
            psfontname = FONT_NAME
        super().setFont(psfontname, size, leading)


def numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]):
    """A canvas class that draws ``draw_footer(canvas, page, pages)`` on every page once the
    number of pages is known (at save): reportlab's two-pass "page N of M"."""

    class NumberedCanvas(DeskCanvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
