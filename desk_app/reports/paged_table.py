"""A long table laid out a page at a time: each page a reportlab ``Table`` of the rows that fit it.

reportlab splits a long ``Table`` at a page's end into the rows that fit and a new ``Table`` of
all the rest, measured again from its first row: a table of n rows over p pages costs some n·p
row visits. A month's duty report (some 14,000 rows, 400 pages) spent most of its time there.
Here every row is measured once, before the first page; a page takes the rows that fit it and
becomes a table of those rows alone, under the header row, so the work grows with the rows.

Each page's table is an ordinary ``Table`` with the caller's style for those rows (the header
repeated, its grid and box, flagged rows), so a table of a page or less looks exactly as one
``Table`` of it would. A single row taller than a whole page (a very long remark) is left to
reportlab's own split inside the row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, Table, TableStyle

from desk_app.domain.value import Value

__all__ = ["CellBox", "PagedTable"]

_FUZZ = 0.01  # points; as reportlab's own rounding allows


class CellBox(Value):
    """The paddings of every cell and the leading of a cell of plain text (the style's)."""

    left: float
    right: float
    top: float
    bottom: float
    leading: float


class _Rows:
    """What every part of one table shares: the rows and, once measured, their heights."""

    def __init__(self, header: list, rows: list[list], widths: list[float], box: CellBox) -> None:
        self.header = header
        self.rows = rows
        self.widths = widths
        self.box = box
        self.heights: list[float] | None = None
        self.header_height = 0.0

    def measure(self) -> None:
        if self.heights is None:
            self.header_height = self._height(self.header)
            self.heights = [self._height(row) for row in self.rows]

    def _height(self, row: Sequence) -> float:
        box, tallest = self.box, 0.0
        for cell, width in zip(row, self.widths, strict=True):
            if isinstance(cell, Flowable):
                height = cell.wrap(width - box.left - box.right, 1e9)[1]
            else:
                height = box.leading * (str(cell).count("\n") + 1)
            tallest = max(tallest, height + box.top + box.bottom)
        return tallest


class PagedTable(Flowable):
    """``header`` over ``rows`` in columns of ``widths``; ``style(first, last)`` gives the
    ``TableStyle`` commands of a page's table holding ``rows[first:last]`` under the header
    (row 0). ``page_height`` is the tallest frame it may be laid out in."""

    def __init__(
        self,
        header: list,
        rows: list[list],
        widths: list[float],
        box: CellBox,
        style: Callable[[int, int], list[tuple]],
        page_height: float,
    ) -> None:
        self._setup(_Rows(header, rows, widths, box), style, page_height, 0)

    def _setup(
        self, rows: _Rows, style: Callable[[int, int], list[tuple]], page_height: float, start: int
    ) -> None:
        super().__init__()
        self._all = rows
        self._style = style
        self._page_height = page_height
        self._start = start
        self.hAlign = "LEFT"

    def _part(self, first: int, last: int, **options) -> Table:
        rows = self._all
        table = Table(
            [rows.header, *rows.rows[first:last]],
            colWidths=rows.widths,
            repeatRows=1,
            hAlign="LEFT",
            **options,
        )
        table.setStyle(TableStyle(self._style(first, last)))
        return table

    def _rest(self, start: int) -> PagedTable:
        """The rows from ``start`` on, sharing this table's rows and their heights."""
        rest = PagedTable.__new__(PagedTable)
        rest._setup(self._all, self._style, self._page_height, start)
        return rest

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        rows = self._all
        rows.measure()
        assert rows.heights is not None
        self.width = sum(rows.widths)
        self.height = rows.header_height + sum(rows.heights[self._start :])
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        rows = self._all
        rows.measure()
        heights = rows.heights
        assert heights is not None
        room = availHeight - rows.header_height + _FUZZ
        end, used = self._start, 0.0
        while end < len(heights) and used + heights[end] <= room:
            used += heights[end]
            end += 1
        if end == len(heights):
            return [self._part(self._start, end)]
        if end > self._start:
            return [self._part(self._start, end), self._rest(end)]
        if rows.header_height + heights[self._start] <= self._page_height + _FUZZ:
            return []  # the next row fits an empty page: start one
        # Taller than any page: reportlab breaks that row inside (splitInRow).
        parts = self._part(self._start, self._start + 1, splitInRow=1).split(
            availWidth, availHeight
        )
        return [*parts, self._rest(self._start + 1)] if parts else []

    def draw(self) -> None:
        # All that is left fits here (the frame measured it with wrap): one table of it.
        table = self._part(self._start, len(self._all.rows))
        _, height = table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, self.height - height)
