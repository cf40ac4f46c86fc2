"""The keys dock's History tab: every movement, newest first, loaded page by page as the view
scrolls, filtered by key (retired keys too) and by person.

Its words are in the dock's translation context ("KeysPanel"), where they were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk_app.services.desk import Actor, Desk
from desk_app.services.keys import views as keys_views
from desk_app.ui.common.book_table import book_table, fit_columns_to_samples, refresh_in_place
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.filters import PeopleCombo
from desk_app.ui.keys.models import (
    HCOL_BACK,
    HCOL_BY,
    HCOL_HOLDER,
    HCOL_KEY,
    HCOL_MOVEMENT,
    HCOL_TIME,
    MovementTableModel,
)


class KeyHistoryTab(QWidget):
    """The movements with their two filters; Enter or a double-click opens the key's page."""

    open_key = Signal(str)  # key id
    selection_changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._filter_shape: list[tuple[str, str, str]] | None = None
        self.key = QComboBox()
        self.key.setObjectName("historyKey")
        self.key.setMinimumContentsLength(18)
        self.key.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person = PeopleCombo(desk, QCoreApplication.translate("KeysPanel", "Everyone"))
        self.person.setObjectName("historyPerson")
        self.person.setMinimumContentsLength(16)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        filters = QHBoxLayout()
        key_label = QLabel(QCoreApplication.translate("KeysPanel", "Key"))
        key_label.setBuddy(self.key)
        person_label = QLabel(QCoreApplication.translate("KeysPanel", "Person"))
        person_label.setBuddy(self.person)
        filters.addWidget(key_label)
        filters.addWidget(self.key)
        filters.addWidget(person_label)
        filters.addWidget(self.person)
        filters.addStretch(1)
        self.model = MovementTableModel(desk, actor, self)
        self.table = book_table(self, self.model, "keyHistoryTable")
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_columns_to_samples(
            self,
            self.table,
            {
                HCOL_TIME: "00.00.0000 00:00 PM",
                HCOL_KEY: "MK-00 — Master key 1",
                HCOL_MOVEMENT: "Reported damaged",
                HCOL_HOLDER: "Александра Иванова",
                HCOL_BACK: "00.00.0000 00:00 PM",
                HCOL_BY: "Александра Иванова",
            },
        )
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        self.key.currentIndexChanged.connect(self.apply_filter)
        self.person.currentIndexChanged.connect(self.apply_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def reload_keys(self) -> None:
        """The key filter's list read again; left as it is (an open drop-down too) when the
        register has not changed."""
        combo = self.key
        current = combo.currentData()
        keys = run_op(
            self, lambda: keys_views.board(self._desk, self._actor, include_retired=True)
        )
        if keys is None:
            return
        shape = [(k.id, k.code, k.label) for k in keys]
        if shape == self._filter_shape:
            return
        self._filter_shape = shape
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("KeysPanel", "All keys"), None)
        for k in sorted(keys, key=lambda k: k.code):
            combo.addItem(
                QCoreApplication.translate("KeysPanel", "{code} — {label}").format(
                    code=k.code, label=k.label
                ),
                k.id,
            )
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def apply_filter(self) -> None:
        flt = (self.key.currentData(), self.person.currentData())
        if flt != self.model.filter:
            run_op(self, lambda: self.model.set_filter(flt))

    def refresh(self) -> None:
        """The movements read again as far as they are shown, the selected one kept."""
        refresh_in_place(self.table, self.model, lambda: run_op(self, self.model.refresh))

    def show_key(self, key_id: str) -> None:
        self.key.setCurrentIndex(max(0, self.key.findData(key_id)))

    def selected_key_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        movement = self.model.movement_at(rows[0].row()) if rows else None
        return movement.key_id if movement else None

    def _activated(self, index: QModelIndex) -> None:
        m = self.model.movement_at(index.row())
        if m is not None:
            self.open_key.emit(m.key_id)
