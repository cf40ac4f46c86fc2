"""Lost-and-found settings (a manager's): the item categories and how long each is kept.

A built-in category shows in each reader's language until the manager gives it a name of their
own; a category is never deleted (old items carry it), only taken out of use. F2 or "Rename…"
edits a name, the days are edited in place, Space toggles "In use".

A name may be given per language (English, Chinese, Russian columns): a reader of that language
sees it, the others see the name in the first column (the one given). Empty language cells fall
back to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.local_name import LANGUAGES, LocalName
from desk_app.domain.lostfound.categories import (
    DEFAULT_RETENTION_DAYS,
    MAX_RETENTION_DAYS,
    ItemCategory,
    RetentionPolicy,
    sort_categories,
)
from desk_app.domain.roles import Capability, can
from desk_app.services.desk import Actor, Desk
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import views as lostfound_views
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import LANGUAGES as LANGUAGE_NAMES
from desk_app.ui.common.write_op import write_op
from desk_app.ui.lostfound.labels import builtin_category_label, category_label

COL_NAME, COL_EN, COL_ZH, COL_RU, COL_DAYS, COL_ACTIVE = range(6)
LANGUAGE_COLUMNS = dict(zip(LANGUAGES, (COL_EN, COL_ZH, COL_RU), strict=True))
CODE_ROLE = Qt.ItemDataRole.UserRole + 6


class DaysDelegate(QStyledItemDelegate):
    """Retention days edited with a spin box that cannot leave the allowed range."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt name
        spin = QSpinBox(parent)
        spin.setRange(1, MAX_RETENTION_DAYS)
        spin.setFrame(False)
        return spin


class LostFoundSettingsDialog(FormDialog):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.policy: RetentionPolicy | None = None
        self.setObjectName("lostFoundSettings")
        self.setWindowTitle(self.tr("Lost and found settings"))
        self.set_intro(
            self.tr(
                "How long found items are kept before a disposal may be proposed. A built-in "
                "category shows in each reader's language unless you give it a name of your own; "
                "a category no longer used is taken out of use, never deleted."
            )
        )
        policy = run_op(self, lambda: lostfound_views.get_policy(desk))
        manager = self._manager = can(actor.role, Capability.CHANGE_SETTINGS)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("categoryTable")
        languages = dict(LANGUAGE_NAMES)  # each language under its own name, as in the menu
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                *(languages[lang] for lang in LANGUAGES),
                self.tr("Kept (days)"),
                self.tr("In use"),
            ]
        )
        for lang, col in LANGUAGE_COLUMNS.items():
            self.table.horizontalHeaderItem(col).setToolTip(
                self.tr("The name a reader of {language} sees; empty: the name given").format(
                    language=languages[lang]
                )
            )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if manager
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.table.setItemDelegateForColumn(COL_DAYS, DaysDelegate(self.table))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The name given whole (a built-in's reads in the reader's language); the language
        # columns share what is left.
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        for col in LANGUAGE_COLUMNS.values():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col in (COL_DAYS, COL_ACTIVE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.fontMetrics().height() * 12)
        if policy is not None:
            for cat in sort_categories(policy.categories):
                self._append(cat)
        self.add_field("category", self.tr("Categories"), self.table)
        self._fields["category_name"] = self.table
        self._fields["retention_days"] = self.table

        self.add_button = QPushButton(self.tr("Add category…"))
        self.add_button.setObjectName("addCategory")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.ask_new_category)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setObjectName("renameCategory")
        self.rename_button.setAutoDefault(False)
        self.rename_button.setToolTip(self.tr("Rename the selected category (F2)"))
        self.rename_button.clicked.connect(self.rename_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        row.addStretch(1)
        buttons = QWidget()
        buttons.setLayout(row)
        self.form.addRow("", buttons)

        self.valuables_days = self.add_field(
            "valuables_days",
            self.tr("Money and valuables kept at least (days)"),
            QSpinBox(),
        )
        self.valuables_days.setObjectName("valuablesDays")
        self.valuables_days.setRange(1, MAX_RETENTION_DAYS)
        if policy is not None:
            self.valuables_days.setValue(policy.valuables_days)

        for w in (self.add_button, self.rename_button, self.valuables_days):
            w.setEnabled(manager)
        if not manager:
            self.form.addRow(
                "", QLabel(self.tr("Only a manager can change the lost-and-found settings."))
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.resize(980, 560)
        self.table.setFocus()
        if self.table.rowCount():
            self.table.selectRow(0)

    # -- rows ----------------------------------------------------------------------------------
    def _append(self, cat: ItemCategory) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(cat.name or category_label(cat.code))
        name.setData(CODE_ROLE, cat.code)
        if cat.builtin:
            name.setToolTip(
                self.tr("Built-in: shown in each reader's language unless you rename it")
            )
        for lang, col in LANGUAGE_COLUMNS.items():
            self.table.setItem(row, col, QTableWidgetItem(getattr(cat.names, lang)))
        days = QTableWidgetItem()
        days.setData(Qt.ItemDataRole.EditRole, cat.retention_days)
        days.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        active = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._manager:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        active.setFlags(flags)
        active.setCheckState(Qt.CheckState.Checked if cat.active else Qt.CheckState.Unchecked)
        self.table.setItem(row, COL_NAME, name)
        self.table.setItem(row, COL_DAYS, days)
        self.table.setItem(row, COL_ACTIVE, active)
        return row

    def row_of(self, code: str) -> int:
        for row in range(self.table.rowCount()):
            if self.table.item(row, COL_NAME).data(CODE_ROLE) == code:
                return row
        return -1

    def set_days(self, code: str, days: int) -> None:
        self.table.item(self.row_of(code), COL_DAYS).setData(Qt.ItemDataRole.EditRole, days)

    def set_local_name(self, code: str, language: str, name: str) -> None:
        """The name a reader of ``language`` sees ("" falls back to the name given)."""
        self.table.item(self.row_of(code), LANGUAGE_COLUMNS[language]).setText(name)

    def set_active(self, code: str, active: bool) -> None:
        self.table.item(self.row_of(code), COL_ACTIVE).setCheckState(
            Qt.CheckState.Checked if active else Qt.CheckState.Unchecked
        )

    def ask_name(self, title: str, label: str, text: str = "") -> str | None:
        """The name typed, or None when cancelled (tests answer for the user here)."""
        name, ok = QInputDialog.getText(self, title, label, text=text)
        return name if ok else None

    def ask_new_category(self) -> None:
        name = self.ask_name(self.tr("Add category"), self.tr("Name of the new category:"))
        if name is not None and name.strip():
            self.add_category(name)

    def add_category(self, name: str, days: int = DEFAULT_RETENTION_DAYS) -> str:
        code = lostfound_commands.new_category_code()
        row = self._append(ItemCategory(code, " ".join(name.split()), days))
        self.table.selectRow(row)
        self.table.setCurrentCell(row, COL_DAYS)
        self.table.scrollToItem(self.table.item(row, COL_NAME))
        return code

    def rename_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        item = self.table.item(row, COL_NAME)
        name = self.ask_name(self.tr("Rename category"), self.tr("New name:"), item.text())
        if name is not None:
            self.rename(item.data(CODE_ROLE), name)

    def rename(self, code: str, name: str) -> None:
        """An empty name gives a built-in category back its name in each reader's language."""
        item = self.table.item(self.row_of(code), COL_NAME)
        clean = " ".join(name.split())
        item.setText(clean or builtin_category_label(code) or "")

    # -- saving --------------------------------------------------------------------------------
    def edited_policy(self) -> RetentionPolicy:
        cats = []
        for row in range(self.table.rowCount()):
            name_item = self.table.item(row, COL_NAME)
            code = name_item.data(CODE_ROLE)
            text = " ".join(name_item.text().split())
            builtin = builtin_category_label(code)
            if builtin is not None and text in ("", builtin):
                text = ""  # still the translated name: stays translated for every reader
            local = {
                lang: " ".join(self.table.item(row, col).text().split())
                for lang, col in LANGUAGE_COLUMNS.items()
            }
            cats.append(
                ItemCategory(
                    code=code,
                    name=text,
                    names=LocalName.with_names(text, local),
                    retention_days=int(
                        self.table.item(row, COL_DAYS).data(Qt.ItemDataRole.EditRole)
                    ),
                    active=self.table.item(row, COL_ACTIVE).checkState() == Qt.CheckState.Checked,
                )
            )
        return RetentionPolicy(tuple(cats), self.valuables_days.value())

    def show_error(self, exc: DeskError) -> bool:
        super().show_error(exc)
        # Point at the category the error names, if it names one.
        named = exc.params.get("category") or exc.params.get("name")
        if named is not None:
            for row in range(self.table.rowCount()):
                item = self.table.item(row, COL_NAME)
                texts = {
                    " ".join(self.table.item(row, col).text().split())
                    for col in (COL_NAME, *LANGUAGE_COLUMNS.values())
                }
                if named == item.data(CODE_ROLE) or named in texts:
                    self.table.selectRow(row)
                    break
        return True

    def _commit_open_editor(self) -> None:
        """Days typed into a cell and not yet confirmed with Enter count too."""
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def submit(self) -> None:
        if not can(self._actor.role, Capability.CHANGE_SETTINGS):
            return
        self._commit_open_editor()
        write_op(
            self,
            lambda: lostfound_commands.set_policy(self._desk, self._actor, self.edited_policy()),
        ).success(self._saved).failure(self.show_error).run()

    def _saved(self, policy: RetentionPolicy) -> None:
        self.policy = policy
        self.accept()
