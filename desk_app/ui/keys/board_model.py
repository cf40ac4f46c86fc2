"""The key board's model: hooks by row and column, each cell the key hanging there (its code,
label, state and colours), and a tooltip that says everything about it.

The board widget and the painting of a hook are in ``ui.keys.board``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desk_app.domain.keys import KeyState, hook_name
from desk_app.services.keys.views import KeyView
from desk_app.ui.common.forms import RED
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.keys.labels import key_state_label, key_type_label

_Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 20
STATE_ROLE = Qt.ItemDataRole.UserRole + 21  # "in", "out", "overdue", "off"; None: empty hook
ACCENT_ROLE = Qt.ItemDataRole.UserRole + 22

# Light fills keep dark text readable; the accent (strip, state word) carries the strong colour.
FILLS = {"in": "#dcefdc", "out": "#ffe2ad", "overdue": "#ffcdd2", "off": "#e3e3e3"}
ACCENTS = {"in": "#1b5e20", "out": "#8a5200", "overdue": RED, "off": "#505050"}


def board_state(key: KeyView) -> str:
    """The board's four states: the key's own three, with "out" split when it is overdue."""
    if key.state is KeyState.OUT:
        return "overdue" if key.overdue else "out"
    return key.state.value


def row_letters(row: int) -> str:
    """The letters of a board row (A … Z, AA …), as ``hook_name`` writes them."""
    return hook_name(row, 1)[:-1]


class BoardModel(QAbstractTableModel):
    """Hooks by row and column; a cell is empty where no key hangs."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._keys: dict[tuple[int, int], KeyView] = {}
        self._rows = 0
        self._cols = 0
        self._purposes: dict[str, str | None] = {}
        # What the key is out for lives in its issue, not on the key: asked for on hover only.
        self.purpose_of: Callable[[KeyView], str | None] | None = None

    # -- loading -------------------------------------------------------------------------------
    def set_keys(self, keys: list[KeyView]) -> None:
        self.beginResetModel()
        self._keys = {(k.hook_row, k.hook_col): k for k in keys}
        self._rows = max((k.hook_row for k in keys), default=0)
        self._cols = max((k.hook_col for k in keys), default=0)
        self._purposes = {}
        self.endResetModel()

    def mark_overdue(self, now: datetime) -> int:
        """The clock moved: keys out past their time turn red without a reload."""
        from dataclasses import replace

        turned = 0
        for pos, key in list(self._keys.items()):
            late = (
                key.state is KeyState.OUT
                and key.expected_back is not None
                and key.expected_back < now
            )
            if late != key.overdue:
                self._keys[pos] = replace(key, overdue=late)
                index = self.index(pos[0] - 1, pos[1] - 1)
                self.dataChanged.emit(index, index)
                turned += 1
        return turned

    def keys(self) -> list[KeyView]:
        return sorted(self._keys.values(), key=lambda k: (k.hook_row, k.hook_col))

    def key_at(self, index: _Index) -> KeyView | None:
        if not index.isValid():
            return None
        return self._keys.get((index.row() + 1, index.column() + 1))

    def index_of(self, code: str) -> QModelIndex:
        for (row, col), key in self._keys.items():
            if key.code == code:
                return self.index(row - 1, col - 1)
        return QModelIndex()

    def index_of_id(self, key_id: str) -> QModelIndex:
        for (row, col), key in self._keys.items():
            if key.id == key_id:
                return self.index(row - 1, col - 1)
        return QModelIndex()

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._cols

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return str(section + 1)
            return row_letters(section + 1)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = self.key_at(index)
        hook = hook_name(index.row() + 1, index.column() + 1)
        if key is None:
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Hook {hook}: no key").format(hook=hook)
            return None
        state = board_state(key)
        if role == Qt.ItemDataRole.DisplayRole:
            return key.code
        if role == KEY_ROLE:
            return key
        if role == STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(FILLS[state]))
        if role == ACCENT_ROLE:
            return QColor(ACCENTS[state])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(key)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Hook {hook}: {code}, {label}, {state}").format(
                hook=hook,
                code=key.code,
                label=key.label,
                state=key_state_label(key.state, key.overdue),
            )
        return None

    def _purpose(self, key: KeyView) -> str | None:
        if self.purpose_of is None:
            return None
        if key.id not in self._purposes:
            self._purposes[key.id] = self.purpose_of(key)
        return self._purposes[key.id]

    def tooltip(self, key: KeyView) -> str:
        lines = [
            self.tr("{code} — {label}").format(code=key.code, label=key.label),
            self.tr("Hook {hook} · {type}").format(
                hook=key.hook, type=key_type_label(key.key_type)
            ),
            key_state_label(key.state, key.overdue),
        ]
        if key.restricted:
            lines.append(self.tr("Restricted: only allowed roles may issue it, with their PIN"))
        if key.state is KeyState.OUT:
            lines.append(self.tr("Holder: {name}").format(name=key.holder_name or "—"))
            lines.append(self.tr("Out since: {time}").format(time=format_datetime(key.out_since)))
            lines.append(
                self.tr("Expected back: {time}").format(time=format_datetime(key.expected_back))
            )
            purpose = self._purpose(key)
            if purpose:
                lines.append(self.tr("Purpose: {purpose}").format(purpose=purpose))
        return "\n".join(lines)
