"""The keys dock's table models: the keys out now and the movements, page by page.

Kept apart from the dock (``ui.keys.dock``) so that module holds the panel alone; the key's page
reuses the history model and its columns.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from desk_app.domain.keys import HolderKind, KeyState
from desk_app.services.desk import Actor, Desk
from desk_app.services.keys import views as keys_views
from desk_app.services.keys.views import KeyView, MovementView
from desk_app.ui.common.keyset_model import KeysetTableModel
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.common.staff_labels import department_label
from desk_app.ui.keys.labels import key_id_document_label, key_state_label, movement_label
from desk_app.ui.log.model import OVERDUE_COLOR

_Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 30
MOVEMENT_ROLE = Qt.ItemDataRole.UserRole + 31

OCOL_CODE, OCOL_LABEL, OCOL_HOLDER, OCOL_SINCE, OCOL_BACK = range(5)
(
    HCOL_TIME,
    HCOL_KEY,
    HCOL_MOVEMENT,
    HCOL_HOLDER,
    HCOL_BACK,
    HCOL_BY,
    HCOL_NOTE,
) = range(7)


def holder_text(m: MovementView) -> str:
    """The holder, with their company when they came from outside, or their department when
    they are in the staff directory."""
    if not m.holder_name:
        return ""
    if m.department is not None:
        return QCoreApplication.translate("KeysPanel", "{name} ({department})").format(
            name=m.holder_name, department=department_label(m.department, m.department_other)
        )
    if m.company:
        return QCoreApplication.translate("KeysPanel", "{name} ({company})").format(
            name=m.holder_name, company=m.company
        )
    return m.holder_name


def identity_text(m: MovementView) -> str:
    if m.holder_kind is not HolderKind.OUTSIDE or m.id_document is None:
        return ""
    return QCoreApplication.translate("KeysPanel", "{document} ···{tail}").format(
        document=key_id_document_label(m.id_document), tail=m.id_last_four or ""
    )


# --------------------------------------------------------------------------------------------
# Models
# --------------------------------------------------------------------------------------------


class OutNowModel(QAbstractTableModel):
    """The keys out now, overdue first, then by the time they are due back."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[KeyView] = []
        self._headers = [
            self.tr("Code"),
            self.tr("Label"),
            self.tr("Holder"),
            self.tr("Out since"),
            self.tr("Expected back"),
        ]
        self._bold = QFont()
        self._bold.setBold(True)
        self._red = QBrush(OVERDUE_COLOR)

    def set_keys(self, keys: list[KeyView]) -> None:
        self.beginResetModel()
        far = datetime.max.replace(tzinfo=None)
        self._rows = sorted(
            (k for k in keys if k.state is KeyState.OUT),
            key=lambda k: (
                not k.overdue,
                k.expected_back.replace(tzinfo=None) if k.expected_back else far,
                k.code,
            ),
        )
        self.endResetModel()

    def key_at(self, row: int) -> KeyView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key_id: str) -> int:
        for i, k in enumerate(self._rows):
            if k.id == key_id:
                return i
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        k = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == OCOL_CODE:
                return k.code
            if col == OCOL_LABEL:
                return k.label
            if col == OCOL_HOLDER:
                return k.holder_name or ""
            if col == OCOL_SINCE:
                return format_datetime(k.out_since)
            if col == OCOL_BACK:
                if k.overdue:
                    return self.tr("{time} — overdue").format(time=format_datetime(k.expected_back))
                return format_datetime(k.expected_back)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._red if k.overdue else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if k.overdue else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Hook {hook}: {state}").format(
                hook=k.hook, state=key_state_label(k.state, k.overdue)
            )
        if role == KEY_ROLE:
            return k
        return None


class MovementTableModel(KeysetTableModel[MovementView]):
    """Movements newest first, of the whole board, one key or one person: keyset pages."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        parent=None,
        *,
        key_id: str | None = None,
        page_size: int = keys_views.PAGE_SIZE,
    ) -> None:
        super().__init__([], (key_id, None), page_size, parent)
        self._desk = desk
        self._actor = actor
        headers = {
            HCOL_TIME: self.tr("Time"),
            HCOL_KEY: self.tr("Key"),
            HCOL_MOVEMENT: self.tr("Movement"),
            HCOL_HOLDER: self.tr("Holder"),
            HCOL_BACK: self.tr("Expected back"),
            HCOL_BY: self.tr("By"),
            HCOL_NOTE: self.tr("Purpose / note"),
        }
        self._headers = [headers[c] for c in range(len(headers))]
        # The first page now: a view painted before the event loop runs shows rows.
        self.fetchMore(QModelIndex())

    def fetch_page(self, flt, after, limit: int):
        key_id, person_id = flt
        page = keys_views.history(
            self._desk, self._actor, key_id=key_id, person_id=person_id, before=after, limit=limit
        )
        return page.rows, page.next_cursor

    def movement_at(self, row: int) -> MovementView | None:
        return self.row_at(row)

    def _cells(self, row: int, m: MovementView) -> tuple[str, ...]:
        def make() -> tuple[str, ...]:
            note = m.purpose or m.note or ""
            ident = identity_text(m)
            if ident:
                note = self.tr("{note} · {identity}").format(note=note, identity=ident)
            return (
                format_datetime(m.at),
                self.tr("{code} — {label}").format(code=m.key_code, label=m.key_label),
                holder_text(m),
                format_datetime(m.expected_back),
                " ".join(note.split()),
            )

        return self.cached_texts(row, make)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._cells(index.row(), m)
            if col == HCOL_TIME:
                return cells[0]
            if col == HCOL_KEY:
                return cells[1]
            if col == HCOL_MOVEMENT:
                return movement_label(m.kind)
            if col == HCOL_HOLDER:
                return cells[2]
            if col == HCOL_BACK:
                return cells[3]
            if col == HCOL_BY:
                return m.actor_name
            if col == HCOL_NOTE:
                return cells[4]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == HCOL_BY:
                return self.tr("{name} at {station}").format(name=m.actor_name, station=m.station)
            if col == HCOL_NOTE:
                return self._cells(index.row(), m)[4] or None
            if col == HCOL_HOLDER:
                return self._cells(index.row(), m)[2] or None
            return None
        if role == MOVEMENT_ROLE:
            return m
        return None
