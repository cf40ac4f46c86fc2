"""Pages that know how many there are: reportlab's two-pass "page N of M", for every printout."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas


def numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]):
    """A canvas class that draws ``draw_footer(canvas, page, pages)`` on every page once the
    number of pages is known (at save): reportlab's two-pass "page N of M"."""

    class NumberedCanvas(Canvas):
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
