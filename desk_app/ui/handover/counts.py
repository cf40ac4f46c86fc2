"""The counts of the handover sheet on screen: one compact row per item.

Counting is one act (the rule is :mod:`desk_app.domain.handover.counts`): a number typed in an
item's box is its count. The box is as wide as a number, beside it what the last sheet handed
over and the difference; "Not counted" is the explicit other choice, and asks why.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.handover import counts as counting
from desk_app.reports.tables import column_title
from desk_app.ui.common.forms import RED, clear_field_error, error_label

COUNT_DIGITS = 9  # the box is as wide as this many digits ("1 000 000" and a margin)


class CountRow:
    """One item: its count box, what is expected, the difference, and "Not counted" with why."""

    def __init__(self, item: str, shown: str, parent: QWidget) -> None:
        self.item = item  # the item's key (the name given)
        self.name = QLabel(shown, parent)  # the reader's name for it
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.box = QLineEdit(parent)
        self.box.setObjectName("countBox")
        self.box.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.box.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]{0,9}")))
        digits = self.box.fontMetrics().horizontalAdvance("0" * COUNT_DIGITS)
        self.box.setFixedWidth(digits + 16)
        self.name.setBuddy(self.box)
        self.expected = QLabel("—", parent)
        self.expected.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.difference = QLabel(parent)
        self.difference.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.not_counted = QCheckBox(parent)
        self.reason = QLineEdit(parent)
        self.reason.setObjectName("notCountedReason")
        self.reason.setMaxLength(counting.REASON_MAX_LENGTH)
        self.reason.hide()
        self.want: int | None = None
        self.box.textChanged.connect(lambda _t: self._show_difference())
        self.not_counted.toggled.connect(self._not_counted)

    def _not_counted(self, on: bool) -> None:
        """Not counted: the box is emptied and the reason asked; counted again: back to it."""
        if on:
            self.box.clear()
        self.box.setEnabled(not on)
        self.reason.setVisible(on)
        (self.reason if on else self.box).setFocus()

    def _show_difference(self) -> None:
        value = self.value_or_none()
        if value is None or self.want is None or value == self.want:
            self.difference.clear()
        else:
            self.difference.setText(f"{value - self.want:+d}".replace("-", "−"))

    def value_or_none(self) -> int | None:
        digits = "".join(self.box.text().split())
        return int(digits) if digits.isdigit() else None

    def set_expected(self, value: int | None) -> None:
        self.want = value
        self.expected.setText("—" if value is None else str(value))
        self._show_difference()

    def fill(self, value: int | None, reason: str) -> None:
        self.not_counted.setChecked(value is None and bool(reason))
        self.reason.setText(reason if value is None else "")
        if value is not None:
            self.box.setText(str(value))
        elif not reason:
            self.box.clear()

    def field(self) -> QWidget:
        """Where the clerk fixes this item: its box, or the reason when not counted."""
        return self.reason if self.not_counted.isChecked() else self.box


class CountsBox(QGroupBox):
    """Every item counted at the handover, one compact row each, and the counts' error."""

    def __init__(
        self,
        title: str,
        items: tuple[str, ...],
        labels: dict[str, str],
        shown: Mapping[str, str] | None = None,
    ) -> None:
        """``shown``: each item's name for the reader (default: the name given)."""
        super().__init__(title)
        self.setObjectName("countsBox")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        heads = (
            "",
            column_title(labels, "expected"),
            column_title(labels, "counted"),
            "",
            "",
        )
        for col, text in enumerate(heads):
            head = QLabel(text)
            head.setEnabled(False)
            grid.addWidget(head, 0, col)
        self.rows: dict[str, CountRow] = {}
        for r, item in enumerate(items, start=1):
            row = CountRow(item, (shown or {}).get(item) or item, self)
            row.not_counted.setText(self.tr("Not counted"))
            row.reason.setPlaceholderText(self.tr("Why not?"))
            for col, widget in enumerate(
                (row.name, row.expected, row.box, row.difference, row.not_counted)
            ):
                grid.addWidget(widget, r, col)
            grid.addWidget(row.reason, r, 5)
            row.box.textEdited.connect(lambda _t: self._edited())
            row.reason.textEdited.connect(lambda _t: self._edited())
            row.not_counted.toggled.connect(lambda _on: self._edited())
            self.rows[item] = row
        grid.setColumnStretch(5, 1)  # the reasons take the room; the boxes stay narrow
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)

    def _edited(self) -> None:
        clear_field_error(self, self.error)
        for row in self.rows.values():
            for widget in (row.box, row.reason):
                widget.setStyleSheet("")

    def set_expected(self, expected: dict[str, int]) -> None:
        for item, row in self.rows.items():
            row.set_expected(expected.get(item))

    def fill(self, counts: dict[str, int | None], not_counted: dict[str, str]) -> None:
        for item, row in self.rows.items():
            row.fill(counts.get(item), not_counted.get(item, ""))

    def values(self) -> tuple[dict[str, int | None], dict[str, str]]:
        """The counts typed (None: none) and the items said not counted, with why. A box that is
        not a number is refused by the domain's rule, naming the item."""
        counts: dict[str, int | None] = {}
        reasons: dict[str, str] = {}
        for item, row in self.rows.items():
            if row.not_counted.isChecked():
                counts[item] = None
                reasons[item] = row.reason.text()
            else:
                counts[item] = counting.parse_count(row.box.text(), item)
        return counts, reasons

    def field_for(self, item: str | None) -> QWidget:
        """The field at fault for ``item`` (the first row's box when none is named)."""
        row = self.rows.get(item or "") or next(iter(self.rows.values()), None)
        return row.field() if row is not None else self
