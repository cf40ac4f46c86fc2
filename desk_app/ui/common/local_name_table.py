"""A list of names a manager types, each with its name per language: one row an item.

The first column is the name as given (the item's key, shown to a reader whose language has no
name of its own); then English, Chinese and Russian, each under its own name as in the language
menu. The last row is always empty: typing into it adds an item. A row whose name given is
emptied is dropped when the list is read (a row with only language names takes the first of
them as its name given).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desk_app.domain.local_name import LANGUAGES, LocalName
from desk_app.ui.common.labels import LANGUAGES as LANGUAGE_NAMES

COL_GIVEN = 0
LANGUAGE_COLUMNS = {lang: i + 1 for i, lang in enumerate(LANGUAGES)}


class LocalNameTable(QTableWidget):
    def __init__(self, given_title: str, parent=None) -> None:
        super().__init__(0, 1 + len(LANGUAGES), parent)
        languages = dict(LANGUAGE_NAMES)
        self.setHorizontalHeaderLabels([given_title, *(languages[lang] for lang in LANGUAGES)])
        for lang, col in LANGUAGE_COLUMNS.items():
            self.horizontalHeaderItem(col).setToolTip(
                self.tr("The name a reader of {language} sees; empty: the name given").format(
                    language=languages[lang]
                )
            )
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(self._keep_an_empty_row)
        self._add_row()

    def set_names(self, names: Sequence[LocalName]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for name in names:
            row = self._add_row()
            self.item(row, COL_GIVEN).setText(name.given)
            for lang, col in LANGUAGE_COLUMNS.items():
                self.item(row, col).setText(getattr(name, lang))
        self._add_row()
        self.blockSignals(False)

    def names(self) -> tuple[LocalName, ...]:
        """The rows as names, in order; empty rows left out (cleaning is the service's)."""
        out = []
        for row in range(self.rowCount()):
            given = self._text(row, COL_GIVEN)
            local = {lang: self._text(row, col) for lang, col in LANGUAGE_COLUMNS.items()}
            given = given or next((t for t in local.values() if t), "")
            if given:
                out.append(LocalName.with_names(given, local))
        return tuple(out)

    def set_text(self, row: int, language: str | None, text: str) -> None:
        """Type ``text`` into ``row``'s name given (``language`` None) or its language's cell."""
        while row >= self.rowCount():
            self._add_row()
        col = COL_GIVEN if language is None else LANGUAGE_COLUMNS[language]
        self.item(row, col).setText(text)

    def _text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return " ".join(item.text().split()) if item is not None else ""

    def _add_row(self) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for col in range(self.columnCount()):
            item = QTableWidgetItem("")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, col, item)
        return row

    def _keep_an_empty_row(self) -> None:
        last = self.rowCount() - 1
        if last < 0 or any(self._text(last, c) for c in range(self.columnCount())):
            self.blockSignals(True)
            self._add_row()
            self.blockSignals(False)
