"""Counting the board: a checklist dialog of its own, built on a plain QDialog rather than the
key forms, since it is ticked and scanned rather than filled in, and stays open showing what
did not match once the count is recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.keys import KeyState, normalize_code
from desk_app.services.desk import Actor, Desk
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.services.keys.views import CountView, KeyView
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import OVERDUE_STYLE, RED
from desk_app.ui.common.labels import format_time
from desk_app.ui.common.write_op import write_op
from desk_app.ui.keys.board_model import ACCENTS, FILLS
from desk_app.ui.keys.dock import DONE_STYLE
from desk_app.ui.keys.labels import key_state_label

CODE_ROLE = Qt.ItemDataRole.UserRole + 40


class BoardCountDialog(QDialog):
    """Every key that should hang on the board, ticked as it is seen or scanned; then the count
    is recorded and what does not match is shown, and stays shown."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.result_count: CountView | None = None
        self.setObjectName("boardCountDialog")
        self.setWindowTitle(self.tr("Count the key board"))
        keys = run_op(self, lambda: keys_views.board(desk, actor, include_retired=True)) or []
        self._known = {k.code: k for k in keys}
        expected = [k for k in keys if k.active and k.state is KeyState.IN]

        intro = QLabel(
            self.tr(
                "Tick each key you see on its hook, or scan it. Keys that are out or off the "
                "board are not listed; a key found on the board though it is out is added when "
                "scanned."
            )
        )
        intro.setWordWrap(True)
        self.scan = QLineEdit()
        self.scan.setObjectName("countScan")
        self.scan.setClearButtonEnabled(True)
        self.scan.setPlaceholderText(self.tr("Scan or type a code, then Enter"))
        # Enter in the scan line ticks a key; it must not press "Record count" as well.
        self.scan.installEventFilter(self)
        self.scan_notice = QLabel()
        self.scan_notice.setObjectName("countScanNotice")
        self.scan_notice.setTextFormat(Qt.TextFormat.PlainText)
        scan_row = QHBoxLayout()
        scan_label = QLabel(self.tr("&Scan"))
        scan_label.setBuddy(self.scan)
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan)
        scan_row.addWidget(self.scan_notice, 1)

        self.list = QListWidget()
        self.list.setObjectName("countList")
        self.list.setMinimumHeight(self.fontMetrics().height() * 14)
        for key in expected:
            self._add_item(key.code, self._item_text(key), checked=False)
        self.list.itemChanged.connect(self._update_tally)
        self.tick_all = QPushButton(self.tr("Tick all"))
        self.tick_all.setObjectName("countTickAll")
        self.tick_all.setAutoDefault(False)
        self.tick_all.clicked.connect(lambda: self._set_all(True))
        self.untick_all = QPushButton(self.tr("Untick all"))
        self.untick_all.setObjectName("countUntickAll")
        self.untick_all.setAutoDefault(False)
        self.untick_all.clicked.connect(lambda: self._set_all(False))
        self.tally = QLabel()
        self.tally.setObjectName("countTally")
        tick_row = QHBoxLayout()
        tick_row.addWidget(self.tick_all)
        tick_row.addWidget(self.untick_all)
        tick_row.addStretch(1)
        tick_row.addWidget(self.tally)

        self.result_box = QFrame()
        self.result_box.setObjectName("countResult")
        self.result_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.result_label = QLabel()
        self.result_label.setObjectName("countResultText")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.result_label)
        self.result_box.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.record_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.record_button.setText(self.tr("Record count"))
        self.record_button.setObjectName("recordCount")
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self).activated.connect(self.record)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(scan_row)
        layout.addWidget(self.list, 1)
        layout.addLayout(tick_row)
        layout.addWidget(self.result_box)
        layout.addWidget(self.buttons)
        self._update_tally()
        self.resize(560, 620)
        self.scan.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if (
            watched is self.scan
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._scanned()
            return True
        return super().eventFilter(watched, event)

    def _item_text(self, key: KeyView) -> str:
        return self.tr("{hook}  {code} — {label}").format(
            hook=key.hook, code=key.code, label=key.label
        )

    def _add_item(self, code: str, text: str, *, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(CODE_ROLE, code)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def item_of(self, code: str) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(CODE_ROLE) == code:
                return item
        return None

    def _set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def present_codes(self) -> list[str]:
        return [
            self.list.item(i).data(CODE_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update_tally(self, *_args) -> None:
        self.tally.setText(
            self.tr("{ticked} of {total} ticked").format(
                ticked=len(self.present_codes()), total=self.list.count()
            )
        )

    def tick(self, code: str) -> str:
        """A code seen on the board: its line ticked, or added (out, off, unknown). Returns what
        the scan line says."""
        clean = normalize_code(code)
        item = self.item_of(clean)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked)
            self.list.scrollToItem(item)
            self.list.setCurrentItem(item)
            return self.tr("{code} ticked.").format(code=clean)
        key = self._known.get(clean)
        if key is None:
            text = self.tr("{code} — not in the register").format(code=clean)
            said = self.tr("{code} is not in the register: it is counted as unknown.").format(
                code=clean
            )
        else:
            text = self.tr("{line} ({state})").format(
                line=self._item_text(key), state=key_state_label(key.state, key.overdue)
            )
            said = self.tr("{code} is not expected on the board ({state}).").format(
                code=clean, state=key_state_label(key.state, key.overdue)
            )
        added = self._add_item(clean, text, checked=True)
        added.setForeground(QBrush(QColor(ACCENTS["out"])))
        self.list.scrollToItem(added)
        return said

    def _scanned(self) -> None:
        text = self.scan.text().strip()
        if not text or self.result_count is not None:
            return
        self.scan_notice.setText(self.tick(text))
        self.scan.selectAll()

    def record(self) -> CountView | None:
        if self.result_count is not None:
            return self.result_count
        count = write_op(
            self,
            lambda: keys_commands.record_count(self._desk, self._actor, self.present_codes()),
        ).run()
        if count is None:
            return None
        self.result_count = count
        self.show_result(count)
        return count

    def show_result(self, count: CountView) -> None:
        """What does not match, highlighted in the list and said below it."""
        bold = QFont(self.font())
        bold.setBold(True)
        marks = (
            (count.missing, FILLS["overdue"], RED, self.tr("missing")),
            (count.unexpected, FILLS["out"], ACCENTS["out"], self.tr("on the board though out")),
            (count.unknown, FILLS["off"], ACCENTS["off"], self.tr("unknown")),
        )
        first: QListWidgetItem | None = None
        for codes, fill, ink, word in marks:
            for code in codes:
                item = self.item_of(code)
                if item is None:
                    continue
                first = first or item
                item.setBackground(QBrush(QColor(fill)))
                item.setForeground(QBrush(QColor(ink)))
                item.setFont(bold)
                item.setText(self.tr("{text} — {mark}").format(text=item.text(), mark=word))
        if count.matches:
            self.result_label.setText(
                self.tr("Recorded at {time}: all {present} keys are on the board.").format(
                    time=format_time(count.at), present=count.present
                )
            )
            self.result_label.setStyleSheet(DONE_STYLE)
        else:
            self.result_label.setText(
                self.tr(
                    "Recorded at {time}; written to the duty log.\n"
                    "Missing ({n_missing}): {missing}\n"
                    "On the board though out ({n_unexpected}): {unexpected}\n"
                    "Unknown ({n_unknown}): {unknown}"
                ).format(
                    time=format_time(count.at),
                    n_missing=len(count.missing),
                    missing=", ".join(count.missing) or "—",
                    n_unexpected=len(count.unexpected),
                    unexpected=", ".join(count.unexpected) or "—",
                    n_unknown=len(count.unknown),
                    unknown=", ".join(count.unknown) or "—",
                )
            )
            self.result_label.setStyleSheet(OVERDUE_STYLE)
        self.result_box.show()
        if first is not None:
            self.list.scrollToItem(first, QAbstractItemView.ScrollHint.PositionAtCenter)
        # Recorded once: the list stays as counted, the dialog open until closed.
        self.record_button.setEnabled(False)
        self.record_button.setText(self.tr("Recorded"))
        self.close_button.setText(self.tr("Close"))
        for w in (self.scan, self.tick_all, self.untick_all):
            w.setEnabled(False)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        self.close_button.setFocus()
