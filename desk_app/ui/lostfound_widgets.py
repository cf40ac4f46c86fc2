"""Lost and found: the small pieces both pages are built from.

Labels, badges and form layouts; the read-only tables of a page (linked reports, disposals);
the buttons that do nothing on Enter. They live here so that ``ui.lostfound_page`` is about
the pages; none of these knows a page, and none has words of its own to translate.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

MAX_COLUMN_WIDTH = 280
BADGE_STYLE = "border: 1px solid {color}; color: {color}; border-radius: 3px; padding: 1px 6px;"


def two_lines(first: str, second: str) -> str:
    """A table cell's main value over its detail."""
    return f"{first}\n{second}" if second else first


def heading(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 2)
    if name:
        label.setObjectName(name)
    return label


def value_label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    # What a guest or a clerk wrote is shown as written: "<b>" is text, not markup.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def text_panel(text: str, name: str = "") -> QLabel:
    label = value_label(text, name)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def badge(text: str, color: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(BADGE_STYLE.format(color=color))
    if name:
        label.setObjectName(name)
    return label


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


def hide_unless(widget: QWidget, shown: bool) -> None:
    """Hidden for good when not ``shown``; otherwise shown with the page. (``setVisible(True)``
    on a widget not yet in the page would open it as a window of its own.)"""
    if not shown:
        widget.hide()


def plain_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    # Enter in the page means nothing: no movement happens by accident.
    button.setAutoDefault(False)
    button.setDefault(False)
    return button


def make_table(headers: list[str], name: str, lines: int = 2) -> QTableWidget:
    """A read-only table of a few rows, each ``lines`` lines tall (long text wraps, then is
    cut; the whole text is in the cell's tooltip)."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(lines > 1)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    line = table.fontMetrics().lineSpacing()
    height = max(QPushButton().sizeHint().height() + 6, lines * line + 10)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(height)
    return table


def table_cell(text: str) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setToolTip(text)
    cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return cell


def fit_table(table: QTableWidget, stretch: tuple[int, ...], max_rows: int = 8) -> None:
    """Text columns share the width; the table is as tall as its rows (up to ``max_rows``) so
    the page scrolls, not a small box inside it."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        if column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            # As wide as its contents, but a long place or name is cut (its tooltip has it all)
            # rather than squeezing the descriptions.
            width = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(width, MAX_COLUMN_WIDTH))
    rows = min(table.rowCount(), max_rows)
    height = header.sizeHint().height() + 2 * table.frameWidth()
    height += rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height)
    if table.rowCount() > max_rows:
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    else:
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
