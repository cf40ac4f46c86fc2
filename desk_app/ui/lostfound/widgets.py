"""Lost and found: the small pieces both pages are built from.

Labels, badges and form layouts; the read-only tables of a page (linked reports, disposals);
a possible match's card with its score bar and reasons; and the wording of a time range, of
how to reach a guest and of a checked identity. They live here so that the pages
(``item_page``, ``report_page``) hold only themselves; none of these knows a page.

Their words keep the "LostFoundPage" translation context they were first translated in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.lostfound.matching import MatchReason
from desk_app.domain.lostfound.rules import IdDocument
from desk_app.services.lostfound.views import ReportView
from desk_app.ui.common.labels import format_datetime, format_time, to_qdatetime
from desk_app.ui.lostfound.labels import id_document_label

MAX_COLUMN_WIDTH = 280
BADGE_STYLE = "border: 1px solid {color}; color: {color}; border-radius: 3px; padding: 1px 6px;"


def time_range(start, end) -> str:
    """From … to …; the date once when both fall on the same local day."""
    if start == end:
        return format_datetime(start)
    if to_qdatetime(start).date() == to_qdatetime(end).date():
        return QCoreApplication.translate("LostFoundPage", "{start} – {end}").format(
            start=format_datetime(start), end=format_time(end)
        )
    return QCoreApplication.translate("LostFoundPage", "{start} – {end}").format(
        start=format_datetime(start), end=format_datetime(end)
    )


def two_lines(first: str, second: str) -> str:
    """A table cell's main value over its detail."""
    return f"{first}\n{second}" if second else first


def match_reasons(reason: MatchReason) -> str:
    """Why a report and an item may belong together, in a few words."""
    parts: list[str] = []
    if reason.category > 0:
        parts.append(
            QCoreApplication.translate(
                "LostFoundPage", "same category", "why a found item may be the one lost"
            )
        )
    if reason.time >= 0.999:
        parts.append(
            QCoreApplication.translate(
                "LostFoundPage", "in time", "found while the guest says it was lost"
            )
        )
    elif reason.time > 0:
        parts.append(
            QCoreApplication.translate("LostFoundPage", "time {percent}%").format(
                percent=round(reason.time * 100)
            )
        )
    if reason.place > 0:
        parts.append(
            QCoreApplication.translate("LostFoundPage", "place {percent}%").format(
                percent=round(reason.place * 100)
            )
        )
    if reason.text > 0:
        parts.append(
            QCoreApplication.translate("LostFoundPage", "words {percent}%").format(
                percent=round(reason.text * 100)
            )
        )
    return (
        QCoreApplication.translate("LostFoundPage", "; ", "between reasons").join(parts)
        if parts
        else QCoreApplication.translate("LostFoundPage", "little in common")
    )


def match_tooltip(reason: MatchReason) -> str:
    """The same, spelled out, for the score bar's tooltip."""
    return QCoreApplication.translate(
        "LostFoundPage",
        "Category: {category}%. Time: {time}%. Place: {place}%. Description: {text}%.",
    ).format(
        category=round(reason.category * 100),
        time=round(reason.time * 100),
        place=round(reason.place * 100),
        text=round(reason.text * 100),
    )


def score_bar(reason: MatchReason) -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName("matchScore")
    bar.setRange(0, 100)
    bar.setValue(round(reason.score * 100))
    bar.setFormat("%p%")
    bar.setTextVisible(True)
    bar.setMaximumWidth(110)
    bar.setMinimumWidth(80)
    bar.setToolTip(match_tooltip(reason))
    return bar


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


class MatchCard(QFrame):
    """One possible match, in full: who or what, when and where, the words of the description,
    how well it fits and why, and what can be done with it."""

    def __init__(
        self,
        title: str,
        subtitle: str,
        when_where: str,
        description: str,
        reason: MatchReason,
        buttons: list[QPushButton],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matchCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        head = QHBoxLayout()
        head.setSpacing(10)
        self.title = value_label(title, "matchTitle")
        self.title.setWordWrap(False)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title)
        self.subtitle = value_label(subtitle, "matchSubtitle")
        head.addWidget(self.subtitle, 1)
        grid.addLayout(head, 0, 0)
        self.when_where = value_label(when_where, "matchWhenWhere")
        grid.addWidget(self.when_where, 1, 0)
        self.description = value_label(description, "matchDescription")
        grid.addWidget(self.description, 2, 0)
        self.score = score_bar(reason)
        grid.addWidget(self.score, 0, 1)
        self.reasons = value_label(match_reasons(reason), "matchReasons")
        self.reasons.setStyleSheet("color: #555555;")
        self.reasons.setMinimumWidth(150)
        self.reasons.setMaximumWidth(220)
        grid.addWidget(self.reasons, 1, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(4)
        for button in buttons:
            column.addWidget(button)
        column.addStretch(1)
        grid.addLayout(column, 0, 2, 3, 1)
        grid.setColumnStretch(0, 1)


def reach_text(report: ReportView) -> str:
    """How the guest can be told: contact and room."""
    if report.contact and report.room:
        return QCoreApplication.translate("LostFoundPage", "{contact}, room {room}").format(
            contact=report.contact, room=report.room
        )
    if report.room:
        return QCoreApplication.translate("LostFoundPage", "Room {room}").format(room=report.room)
    return report.contact


def identity_text(document: IdDocument, last_four: str) -> str:
    return QCoreApplication.translate("LostFoundPage", "{document} ···{tail}").format(
        document=id_document_label(document), tail=last_four
    )
