"""The month grid as the supervisor types into it, and the coverage rows under it.

Arrows move; a letter that is a shift's code (any case, or through an input method), or the
shift's number (1, 2 …; 0 is off), sets the cell and moves right (after the last day, to the next
person's first); O, Delete or Backspace is a day off; with several cells
selected the letter fills them all. Leave is never typed (it comes from an approved request), and
a month that is not a draft is not typed into: the grid says why in its ``said`` signal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QInputMethodEvent, QKeyEvent, QPainter, QPen, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.roster.pattern import LEAVE, OFF
from desk_app.ui.common.errors import error_text
from desk_app.ui.roster.grid_model import (
    CODE_ROLE,
    COLOUR_ROLE,
    MARKED_ROLE,
    WEEKEND_ROLE,
    WEEKEND_TINT,
    CoverageModel,
    RosterGridModel,
)
from desk_app.ui.roster.labels import cell_short

DAY_WIDTH = 26
MARK_COLOUR = "#C62828"
_NO_TYPING = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class CellDelegate(QStyledItemDelegate):
    """A day's cell: the shift's colour, its code in bold; off in grey on the weekend's tint;
    selection as a frame and a veil (the colour still shows); a red corner where a warning is."""

    def paint(self, p: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code is None:  # the hours column
            super().paint(p, option, index)
            return
        p.save()
        rect = option.rect
        fill = index.data(COLOUR_ROLE)
        palette = option.palette
        if fill is None:
            fill = QColor(WEEKEND_TINT) if index.data(WEEKEND_ROLE) else palette.base().color()
        p.fillRect(rect, fill)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            veil = QColor(palette.highlight().color())
            veil.setAlpha(70)
            p.fillRect(rect, veil)
        if index.data(MARKED_ROLE):
            corner = min(8, rect.width() // 3)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(MARK_COLOUR))
            top_right = rect.topRight()
            p.drawPolygon(
                QPolygon([top_right, top_right - QPoint(corner, 0), top_right + QPoint(0, corner)])
            )
        font = QFont(option.font)
        shift = code not in (OFF, LEAVE)
        font.setBold(shift)
        p.setFont(font)
        p.setPen(QColor("#1a1a1a") if shift or code == LEAVE else QColor("#9a9a9a"))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, index.data(Qt.ItemDataRole.DisplayRole))
        if selected or option.state & QStyle.StateFlag.State_HasFocus:
            p.setPen(QPen(palette.highlight().color(), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        p.restore()


def _narrow_columns(view: QTableView, hours_width: int) -> None:
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setMinimumSectionSize(DAY_WIDTH)
    header.setDefaultSectionSize(DAY_WIDTH)
    model = view.model()
    if model is not None and model.columnCount():
        view.setColumnWidth(model.columnCount() - 1, hours_width)


class RosterGrid(QTableView):
    """The month typed with the keyboard; see the module's docstring."""

    said = Signal(str)  # a line for the page's notice: why a key did nothing

    def __init__(self, model: RosterGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterGrid")
        self.setModel(model)
        self.grid = model
        self.editable = True
        self.locked_reason = ""
        self.setItemDelegate(CellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)
        fm = self.fontMetrics()
        self.verticalHeader().setDefaultSectionSize(fm.height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setFixedHeight(fm.height() * 2 + 10)
        self.hours_width = fm.horizontalAdvance("0000.0") + 12
        model.modelReset.connect(self._shape)
        self._shape()

    def _shape(self) -> None:
        _narrow_columns(self, max(self.hours_width, self._hours_title_width()))
        fm = self.fontMetrics()
        people = self.grid.roster.people if self.grid.roster else ()
        longest = max((fm.horizontalAdvance(self.grid.name(p)) for p in people), default=0)
        # Room for a name in two scripts (bold on the current row): 31 days still fit 1366 px.
        self.verticalHeader().setFixedWidth(min(max(longest + 24, 120), 280))
        # No taller than its people: what is left of the page goes to what is under it.
        row = self.verticalHeader().defaultSectionSize()
        frame = 2 * self.frameWidth() + self.horizontalHeader().height()
        self.setMaximumHeight(frame + row * max(self.grid.rowCount(), 1))
        self.setMinimumHeight(frame + row * min(max(self.grid.rowCount(), 1), 4))

    def _hours_title_width(self) -> int:
        title = self.grid.headerData(
            self.grid.hours_column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
        return self.fontMetrics().horizontalAdvance(title or "") + 14

    # -- typing ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        if event.modifiers() & _NO_TYPING:
            super().keyPressEvent(event)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.type_code(OFF, move=False)
            return
        text = event.text()
        if text and text.strip() and text.isprintable():
            self.type_text(text)
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt name
        """A code typed through an input method (早, 夜): taken as a key would be."""
        committed = event.commitString().strip()
        event.accept()
        if committed:
            for ch in committed:
                self.type_text(ch)

    def type_text(self, text: str) -> None:
        """A letter typed: a shift's code, off, or refused in words."""
        if not self.editable:
            self.said.emit(self.locked_reason)
            return
        roster = self.grid.roster
        if roster is None:
            return
        clean = text.strip().upper()
        codes = roster.pattern.codes
        if clean.isdigit() and len(clean) == 1:  # a shift by its place: any keyboard has digits
            place = int(clean)
            if place > len(codes):
                self.said.emit(
                    QCoreApplication.translate(
                        "RosterGrid", "There are {count} shifts: type 1 to {count}, or 0 for off."
                    ).format(count=len(codes))
                )
                return
            clean = codes[place - 1] if place else OFF
        if clean in codes:
            self.type_code(clean)
        elif clean in (OFF, cell_short(OFF, codes).upper()):
            self.type_code(OFF)
        elif clean in (LEAVE, cell_short(LEAVE, codes).upper()):
            self.said.emit(
                QCoreApplication.translate(
                    "RosterGrid",
                    "Leave is not typed: it comes only from an approved leave request.",
                )
            )
        else:
            try:
                roster.pattern.check_cell(clean)
            except DeskError as exc:
                self.said.emit(error_text(exc))

    def targets(self) -> list[QModelIndex]:
        """The selected day cells, or the current one."""
        found = [i for i in self.selectionModel().selectedIndexes() if self.grid.day_at(i.column())]
        if not found and self.grid.day_at(self.currentIndex().column()) is not None:
            found = [self.currentIndex()]
        return sorted(found, key=lambda i: (i.row(), i.column()))

    def type_code(self, code: str, move: bool = True) -> None:
        """``code`` into the selection (several cells: all of them, the selection kept) or the
        current cell (then one to the right)."""
        if not self.editable:
            self.said.emit(self.locked_reason)
            return
        cells = self.targets()
        if not cells:
            return
        grid = self.grid
        changes: list[tuple[str, date, str]] = []
        on_leave = 0
        for index in cells:
            person, day = grid.person_at(index.row()), grid.day_at(index.column())
            if index.data(CODE_ROLE) == LEAVE:
                on_leave += 1
            elif person is not None and day is not None:
                changes.append((person, day, code))
        if on_leave:
            self.said.emit(
                QCoreApplication.translate(
                    "RosterGrid", "A day of approved leave stays leave: change it by a request."
                )
            )
        try:
            grid.set_cells(changes)
        except DeskError as exc:
            self.said.emit(error_text(exc))
            return
        if not on_leave:
            self.said.emit("")  # nothing to say: the page's usual line
        if move and len(cells) == 1:
            self.step_right(cells[0])

    def step_right(self, index: QModelIndex) -> None:
        row, column = index.row(), index.column() + 1
        if column >= len(self.grid.days):
            if row + 1 >= self.grid.rowCount():
                return
            row, column = row + 1, 0
        self.select_cell(self.grid.index(row, column))

    def select_cell(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)


class CoverageView(QTableView):
    """The coverage rows under the grid, columns lined up with it and scrolled with it."""

    def __init__(self, model: CoverageModel, grid: RosterGrid, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rosterCoverage")
        self.setModel(model)
        self._grid = grid
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.horizontalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setDefaultSectionSize(grid.verticalHeader().defaultSectionSize())
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        self.setFont(small)
        grid.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        model.modelReset.connect(self._line_up)
        self._line_up()

    def _line_up(self) -> None:
        """The grid's column widths and header width, and as tall as its rows."""
        _narrow_columns(self, self._grid.columnWidth(self._grid.grid.hours_column))
        self.verticalHeader().setFixedWidth(self._grid.verticalHeader().width())
        rows = self.model().rowCount()
        self.setFixedHeight(
            rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth()
        )
        self.horizontalScrollBar().setValue(self._grid.horizontalScrollBar().value())
