"""The key board as it hangs behind the counter: hooks in rows (A, B, …) and columns (1, 2, …).

Each hook shows its key's code, label and state word, and the holder when the key is out. A long
label wraps: the board gives every row as many lines as its longest label needs at the columns'
width (up to four), and what still does not fit ends in "…", the whole label in the tooltip. The
colour says the same as the word, for a glance: green on the hook, amber out, red overdue, grey
off the board (lost or damaged, its code struck through). A restricted key (a master key) has a
heavy dark frame and a padlock. The state is never told by colour alone.

A table view over a small model with a painting delegate: 200 hooks paint in a few milliseconds,
the arrow keys move between hooks, Enter or a double-click opens the key's page.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.keys import KeyState, hook_name
from desk_app.services.keys.views import KeyView
from desk_app.ui.keys.board_model import (
    ACCENT_ROLE,
    KEY_ROLE,
    STATE_ROLE,
    BoardModel,
)
from desk_app.ui.keys.labels import key_state_short

_Index = QModelIndex | QPersistentModelIndex

RESTRICTED_FRAME = "#263238"
MIN_CELL_WIDTH = 80
# Every label of the demo's boards fits in four lines on a 1366 px screen (16 hooks a row); a
# taller hook would show too few rows of the board on a 768 px screen.
MAX_LABEL_LINES = 4
# The text's inset in a hook: 2 px around the cell, the accent strip and a gap on the left.
_CELL_MARGIN, _TEXT_LEFT, _TEXT_RIGHT = 2, 10, 4
LABEL_SCALE = 0.9  # the label a little smaller than the code: a line holds ~10% more of it


def label_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * LABEL_SCALE))
    return font


def label_width(cell_width: int) -> int:
    """The width a hook of ``cell_width`` gives its label."""
    return cell_width - 2 * _CELL_MARGIN - _TEXT_LEFT - _TEXT_RIGHT


def hook_height(font: QFont, label_lines_: int) -> int:
    """A hook's height: the code, the label's lines (a smaller font), the state word."""
    line = QFontMetrics(font).lineSpacing()
    return 2 * line + QFontMetrics(label_font(font)).lineSpacing() * label_lines_ + 14


def label_lines(text: str, font: QFont, width: int, max_lines: int | None = None) -> list[str]:
    """``text`` wrapped to ``width`` (at spaces where it can, anywhere in a long word or in
    Chinese); beyond ``max_lines`` the last line ends in "…"."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    if max_lines is not None and len(lines) > max_lines:
        rest = "".join(lines[max_lines - 1 :]).strip()
        elided = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
        lines = [*lines[: max_lines - 1], elided]
    return [line.strip() for line in lines] or [""]


class _Padlock:
    """A small padlock drawn with the painter: no font has to carry a glyph for it."""

    @staticmethod
    def paint(p: QPainter, rect: QRect, color: QColor) -> None:
        w = rect.width()
        body = QRectF(rect.left(), rect.top() + w * 0.45, w, w * 0.6)
        shackle = QRectF(rect.left() + w * 0.2, rect.top(), w * 0.6, w * 0.9)
        pen = QPen(color, max(1.5, w / 6))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(shackle, 0, 180 * 16)
        p.drawLine(shackle.left(), shackle.center().y(), shackle.left(), body.top())
        p.drawLine(shackle.right(), shackle.center().y(), shackle.right(), body.top())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRoundedRect(body, 1.5, 1.5)


class HookDelegate(QStyledItemDelegate):
    """One hook: code and state word, the label, the holder; fill, accent strip and frame."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.label_line_count = 1  # the board sets it from its longest label

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        return QSize(MIN_CELL_WIDTH, hook_height(option.font, self.label_line_count))

    def paint(self, p: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        m = _CELL_MARGIN
        cell = option.rect.adjusted(m, m, -m, -m)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        key: KeyView | None = index.data(KEY_ROLE)
        palette = option.palette
        if key is None:
            pen = QPen(palette.color(palette.ColorRole.Mid), 1, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(cell).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            p.setPen(palette.color(palette.ColorRole.PlaceholderText))
            p.drawText(
                cell, Qt.AlignmentFlag.AlignCenter, hook_name(index.row() + 1, index.column() + 1)
            )
            if selected:
                self._selection(p, cell, palette)
            p.restore()
            return

        fill: QBrush = index.data(Qt.ItemDataRole.BackgroundRole)
        accent: QColor = index.data(ACCENT_ROLE)
        state = index.data(STATE_ROLE)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(QRectF(cell), 3, 3)
        strip = QRect(cell.left(), cell.top(), 5, cell.height())
        p.setBrush(accent)
        p.drawRoundedRect(QRectF(strip), 2, 2)
        if key.restricted:
            p.setPen(QPen(QColor(RESTRICTED_FRAME), 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(cell).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3)
        else:
            p.setPen(QPen(accent, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(cell).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)

        text = cell.adjusted(_TEXT_LEFT, 4, -_TEXT_RIGHT, -4)
        base = QFont(option.font)
        fm = QFontMetrics(base)
        line = fm.lineSpacing()
        # Line 1: the code (bold; struck through off the board) and a restricted key's padlock.
        text_color = QColor("#1a1a1a") if state != "off" else QColor("#555555")
        lock_w = 0
        if key.restricted:
            lock_w = fm.ascent() - 2
            lock = QRect(text.right() - lock_w, text.top() + 2, lock_w, lock_w)
            _Padlock.paint(p, lock, QColor(RESTRICTED_FRAME))
        bold = QFont(base)
        bold.setBold(True)
        bold.setStrikeOut(state == "off")
        bfm = QFontMetrics(bold)
        code_w = text.width() - (lock_w + 4 if lock_w else 0)
        p.setFont(bold)
        p.setPen(text_color)
        p.drawText(
            QRect(text.left(), text.top(), code_w, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bfm.elidedText(key.code, Qt.TextElideMode.ElideRight, code_w),
        )
        # Then the label, on as many lines as the board gives every hook.
        small_label = label_font(base)
        label_line = QFontMetrics(small_label).lineSpacing()
        p.setFont(small_label)
        count = self.label_line_count
        for n, part in enumerate(label_lines(key.label, small_label, text.width(), count)):
            p.drawText(
                QRect(text.left(), text.top() + line + n * label_line, text.width(), label_line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                part,
            )
        # Last line: the state in a word (never colour alone), then who has it.
        small = QFont(base)
        small.setBold(True)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
        sfm = QFontMetrics(small)
        word = key_state_short(key.state, key.overdue)
        # A pixel or two of slack: advances are rounded, and a word exactly as wide is elided.
        word_w = min(sfm.horizontalAdvance(word) + 3, text.width())
        third = text.top() + line + count * label_line
        p.setFont(small)
        p.setPen(accent)
        p.drawText(
            QRect(text.left(), third, word_w, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            sfm.elidedText(word, Qt.TextElideMode.ElideRight, word_w),
        )
        room = text.width() - word_w - 6
        if key.state is KeyState.OUT and key.holder_name and room > 12:
            holder = QFont(base)
            holder.setItalic(True)
            holder.setBold(key.overdue)
            hfm = QFontMetrics(holder)
            p.setFont(holder)
            p.drawText(
                QRect(text.right() - room, third, room, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                hfm.elidedText(key.holder_name, Qt.TextElideMode.ElideRight, room),
            )
        if selected:
            self._selection(p, cell, palette)
        p.restore()

    @staticmethod
    def _selection(p: QPainter, cell: QRect, palette) -> None:
        p.setPen(QPen(palette.color(palette.ColorRole.Highlight), 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(cell).adjusted(-1, -1, 1, 1), 4, 4)


class KeyBoard(QWidget):
    """The board: click selects a hook, Enter or a double-click opens its key's page."""

    key_selected = Signal(object)  # KeyView or None (an empty hook)
    key_activated = Signal(str)  # key id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BoardModel(self)
        self.view = QTableView()
        self.view.setObjectName("keyBoardView")
        self.view.setModel(self.model)
        self.delegate = HookDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setShowGrid(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.setAccessibleName(
            QCoreApplication.translate("KeyBoard", "Key board: one cell per hook")
        )
        fm = self.fontMetrics()
        self._min_width = max(MIN_CELL_WIDTH, fm.horizontalAdvance("MK-000") + fm.ascent() + 24)
        vh = self.view.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(hook_height(self.view.font(), 1))
        vh.setMinimumWidth(fm.horizontalAdvance("WW") + 10)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh.setMinimumSectionSize(self._min_width)
        hh.setDefaultSectionSize(self._min_width)
        # Enter (activated) and a double-click; the window opens one page at a time.
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    # -- content -------------------------------------------------------------------------------
    def set_keys(self, keys: list[KeyView]) -> None:
        """A new look at the board; the hook that was selected stays selected."""
        current = self.selected_key()
        pos = self.view.currentIndex()
        self.model.set_keys(keys)
        self._fit_columns()
        if current is not None:
            index = self.model.index_of_id(current.id)
            if index.isValid():
                self.view.setCurrentIndex(index)
                return
        if pos.isValid() and pos.row() < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(pos.row(), pos.column()))

    def keys(self) -> list[KeyView]:
        return self.model.keys()

    def selected_key(self) -> KeyView | None:
        return self.model.key_at(self.view.currentIndex())

    def select_code(self, code: str) -> bool:
        index = self.model.index_of(code)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def state_of(self, code: str) -> str | None:
        """The board state a hook shows ("in", "out", "overdue", "off"): what tests read."""
        return self.model.data(self.model.index_of(code), STATE_ROLE)

    def fill_of(self, code: str) -> QColor | None:
        brush = self.model.data(self.model.index_of(code), Qt.ItemDataRole.BackgroundRole)
        return brush.color() if brush is not None else None

    def label_lines_needed(self, cell_width: int) -> int:
        """The lines the longest label on the board needs at ``cell_width`` (1 to 4)."""
        width = label_width(cell_width)
        font = label_font(self.view.font())
        needed = max((len(label_lines(k.label, font, width)) for k in self.keys()), default=1)
        return max(1, min(MAX_LABEL_LINES, needed))

    # -- Qt ------------------------------------------------------------------------------------
    def _fit_columns(self) -> None:
        """Columns share the width; too many for it, and the board scrolls sideways. Rows are as
        tall as the longest label needs at that width."""
        cols = self.model.columnCount()
        if not cols:
            return
        room = self.view.viewport().width()
        width = max(self._min_width, room // cols)
        hh = self.view.horizontalHeader()
        hh.setDefaultSectionSize(width)
        for c in range(cols):
            hh.resizeSection(c, width)
        lines = self.label_lines_needed(width)
        if lines != self.delegate.label_line_count:
            self.delegate.label_line_count = lines
            self.view.verticalHeader().setDefaultSectionSize(hook_height(self.view.font(), lines))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self._fit_columns()

    def _activated(self, index: QModelIndex) -> None:
        key = self.model.key_at(index)
        if key is not None:
            self.key_activated.emit(key.id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.view.selectionModel().select(
                current, self.view.selectionModel().SelectionFlag.ClearAndSelect
            )
        self.key_selected.emit(self.model.key_at(current))
