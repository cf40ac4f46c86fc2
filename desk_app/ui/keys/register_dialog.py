"""The manager's key register: adding, changing and retiring keys, and the rules for restricted
keys. It is opened from the manager's menu, not at the counter, and shares nothing with the
desk's forms but the sizing helper, so it is kept apart from them.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.keys import (
    DEFAULT_RESTRICTED_HOURS,
    LABEL_MAX_LENGTH,
    MAX_HOOK,
    MAX_RESTRICTED_HOURS,
    KeyPolicy,
    KeyType,
    check_can_retire,
    hook_name,
)
from desk_app.domain.roles import Capability, Role, can
from desk_app.services.desk import Actor, Desk
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.services.keys.views import KeyView
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import role_label
from desk_app.ui.common.write_op import write_op
from desk_app.ui.keys.board_model import row_letters
from desk_app.ui.keys.forms import fit_width
from desk_app.ui.keys.labels import key_state_label, key_type_label
from desk_app.ui.keys.loss_dialogs import RetireKeyDialog


class RowSpinBox(QSpinBox):
    """A board row shown as its letters (A, B, … AA), as the hooks are labelled."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt name
        return row_letters(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt name
        letters = "".join(ch for ch in text.upper() if "A" <= ch <= "Z")
        value = 0
        for ch in letters:
            value = value * 26 + (ord(ch) - ord("A") + 1)
        return max(1, min(MAX_HOOK, value or 1))

    def validate(self, text: str, pos: int):
        from PySide6.QtGui import QValidator

        clean = text.strip().upper()
        if not clean:
            return QValidator.State.Intermediate, text, pos
        if all("A" <= ch <= "Z" for ch in clean) and len(clean) <= 2:
            value = self.valueFromText(clean)
            state = (
                QValidator.State.Acceptable
                if row_letters(value) == clean
                else QValidator.State.Intermediate
            )
            return state, text.upper(), pos
        return QValidator.State.Invalid, text, pos


class KeyEditDialog(FormDialog):
    """A key added to the register, or one changed: its code stays (it is engraved)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        key: KeyView | None = None,
        parent: QWidget | None = None,
        *,
        free_hook: tuple[int, int] = (1, 1),
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._key = key
        self.result_key: KeyView | None = None
        self.setObjectName("keyEditDialog")
        self.setWindowTitle(
            self.tr("Change key {code}").format(code=key.code) if key else self.tr("Add a key")
        )
        self.code = self.add_field("code", self.tr("Code"), QLineEdit(key.code if key else ""))
        self.code.setObjectName("keyEditCode")
        self.code.setPlaceholderText(self.tr("As engraved or on its tag, e.g. MK-01"))
        if key is not None:
            self.code.setReadOnly(True)
            self.code.setToolTip(self.tr("The code is what is engraved and scanned: it stays."))
        self.label = self.add_field("label", self.tr("Label"), QLineEdit(key.label if key else ""))
        self.label.setObjectName("keyEditLabel")
        self.label.setMaxLength(LABEL_MAX_LENGTH)
        self.label.setPlaceholderText(self.tr("What it opens, e.g. Master key, floors 1–5"))
        self.key_type = self.add_field("key_type", self.tr("Type"), QComboBox())
        self.key_type.setObjectName("keyEditType")
        for t in KeyType:
            self.key_type.addItem(key_type_label(t), t.value)
        self.key_type.setCurrentIndex(
            self.key_type.findData(key.key_type.value if key else KeyType.ROOM.value)
        )
        self.hook_row = RowSpinBox()
        self.hook_row.setObjectName("keyEditRow")
        self.hook_row.setRange(1, MAX_HOOK)
        self.hook_col = QSpinBox()
        self.hook_col.setObjectName("keyEditColumn")
        self.hook_col.setRange(1, MAX_HOOK)
        row, col = (key.hook_row, key.hook_col) if key else free_hook
        self.hook_row.setValue(row)
        self.hook_col.setValue(col)
        self.hook_preview = QLabel()
        self.hook_preview.setObjectName("keyEditHook")
        hook_box = QWidget()
        hook_layout = QHBoxLayout(hook_box)
        hook_layout.setContentsMargins(0, 0, 0, 0)
        row_label = QLabel(self.tr("Row"))
        row_label.setBuddy(self.hook_row)
        col_label = QLabel(self.tr("Column"))
        col_label.setBuddy(self.hook_col)
        hook_layout.addWidget(row_label)
        hook_layout.addWidget(self.hook_row)
        hook_layout.addWidget(col_label)
        hook_layout.addWidget(self.hook_col)
        hook_layout.addWidget(self.hook_preview, 1)
        self.form.addRow(self.tr("Hook"), hook_box)
        self._fields["hook_row"] = self.hook_row
        self._fields["hook_col"] = self.hook_col
        for spin in (self.hook_row, self.hook_col):
            spin.valueChanged.connect(self._hook_changed)
        self._hook_changed()
        self.restricted = QCheckBox(self.tr("Restricted: only allowed roles issue it, with a PIN"))
        self.restricted.setObjectName("keyEditRestricted")
        self.restricted.setChecked(bool(key and key.restricted))
        self.form.addRow("", self.restricted)
        self._fields["restricted"] = self.restricted
        self.key_type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if key else self.tr("Add key")
        )
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self).activated.connect(self.submit)
        fit_width(self, 520)
        (self.label if key else self.code).setFocus()

    def _hook_changed(self) -> None:
        self.hook_preview.setText(
            self.tr("= hook {hook}").format(
                hook=hook_name(self.hook_row.value(), self.hook_col.value())
            )
        )

    def _type_changed(self) -> None:
        """A master key is always restricted."""
        master = self.key_type.currentData() == KeyType.MASTER.value
        if master:
            self.restricted.setChecked(True)
        self.restricted.setEnabled(not master)

    def submit(self) -> None:
        values = {
            "label": self.label.text(),
            "key_type": self.key_type.currentData(),
            "hook_row": self.hook_row.value(),
            "hook_col": self.hook_col.value(),
            "restricted": self.restricted.isChecked(),
        }
        key = self._key
        if key is None:
            op = write_op(
                self,
                lambda: keys_commands.add_key(
                    self._desk, self._actor, code=self.code.text(), **values
                ),
            )
        else:
            op = write_op(
                self,
                lambda: keys_commands.update_key(
                    self._desk, self._actor, key.code, active=key.active, **values
                ),
            )
        view = op.failure(self.show_error).run()
        if view is not None:
            self.result_key = view
            self.accept()


(RCOL_CODE, RCOL_LABEL, RCOL_TYPE, RCOL_HOOK, RCOL_RESTRICTED, RCOL_STATE) = range(6)


class KeyRegisterDialog(FormDialog):
    """The manager's register: every key, retired ones too; add, change, retire; and who may
    issue restricted keys and how soon they come back."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.policy: KeyPolicy | None = None
        self.edit_dialog: KeyEditDialog | None = None
        self.setObjectName("keyRegisterDialog")
        self.setWindowTitle(self.tr("Key register"))
        manager = self._manager = can(actor.role, Capability.CHANGE_SETTINGS)
        self.set_intro(
            self.tr(
                "Keys and other countable assets, by hook. A key is saved as soon as you add or "
                "change it; a key no longer used is retired, never deleted (its history stays). "
                "The rules for restricted keys are saved with Save."
            )
        )
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("keyRegisterTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Label"),
                self.tr("Type"),
                self.tr("Hook"),
                self.tr("Restricted"),
                self.tr("State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RCOL_LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.fontMetrics().height() * 14)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_field("code", self.tr("Keys"), self.table)

        self.add_button = QPushButton(self.tr("Add key…"))
        self.add_button.setObjectName("addKey")
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.setObjectName("editKey")
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setObjectName("retireKey")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for b, slot in (
            (self.add_button, self.ask_new_key),
            (self.edit_button, self.edit_selected),
            (self.retire_button, self.toggle_retired),
        ):
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        buttons = QWidget()
        buttons.setLayout(row)
        self.form.addRow("", buttons)

        # The rules for restricted keys.
        policy = run_op(self, lambda: keys_views.get_policy(desk)) or KeyPolicy()
        rules = QGroupBox(self.tr("Restricted keys (master keys)"))
        rules.setObjectName("restrictedRules")
        rules_layout = QFormLayout(rules)
        roles_row = QWidget()
        roles_layout = QHBoxLayout(roles_row)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        self.role_boxes: dict[Role, QCheckBox] = {}
        for role in (Role.CLERK, Role.SUPERVISOR, Role.MANAGER):
            box = QCheckBox(role_label(role))
            box.setObjectName(f"restrictedRole_{role.value}")
            box.setChecked(role in policy.restricted_roles or role is Role.MANAGER)
            if role is Role.MANAGER:
                box.setEnabled(False)
                box.setToolTip(self.tr("Managers may always issue restricted keys."))
            self.role_boxes[role] = box
            roles_layout.addWidget(box)
        roles_layout.addStretch(1)
        rules_layout.addRow(self.tr("May issue them"), roles_row)
        self.restricted_hours = QSpinBox()
        self.restricted_hours.setObjectName("restrictedHours")
        self.restricted_hours.setRange(1, MAX_RESTRICTED_HOURS)
        self.restricted_hours.setValue(policy.restricted_hours or DEFAULT_RESTRICTED_HOURS)
        self.restricted_hours.setSuffix(self.tr(" h", "hours, after a number"))
        self.restricted_hours.setMaximumWidth(self.fontMetrics().horizontalAdvance("00 hours") + 48)
        rules_layout.addRow(self.tr("Must be back within"), self.restricted_hours)
        self.form.addRow(rules)
        self._fields["restricted_roles"] = roles_row
        self._fields["restricted_hours"] = self.restricted_hours

        for w in (self.add_button, self.edit_button, self.retire_button, rules):
            w.setEnabled(manager)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        if not manager:
            self.form.addRow("", QLabel(self.tr("Only a manager can change the key register.")))
            ok.setEnabled(False)
        self.reload()
        self.resize(760, 640)
        self.table.setFocus()

    # -- keys ----------------------------------------------------------------------------------
    def reload(self, select_code: str | None = None) -> None:
        keys = run_op(self, lambda: keys_views.board(self._desk, self._actor, include_retired=True))
        if keys is None:
            return
        self._keys = sorted(keys, key=lambda k: (not k.active, k.hook_row, k.hook_col, k.code))
        grey = QBrush(QColor("#808080"))
        self.table.setRowCount(0)
        for k in self._keys:
            r = self.table.rowCount()
            self.table.insertRow(r)
            state = (
                key_state_label(k.state, k.overdue)
                if k.active
                else self.tr("Retired", "a key no longer in use")
            )
            cells = (
                k.code,
                k.label,
                key_type_label(k.key_type),
                k.hook,
                self.tr("Yes") if k.restricted else "",
                state,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not k.active:
                    item.setForeground(grey)
                self.table.setItem(r, c, item)
        if select_code is not None:
            for r, k in enumerate(self._keys):
                if k.code == select_code:
                    self.table.selectRow(r)
                    break
        elif self._keys:
            self.table.selectRow(0)
        self._selection_changed()

    def key_at(self, row: int) -> KeyView | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def selected_key(self) -> KeyView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.key_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        key = self.selected_key()
        manager = self._manager
        self.edit_button.setEnabled(manager and key is not None)
        self.retire_button.setEnabled(manager and key is not None)
        self.retire_button.setText(
            self.tr("Bring back") if key is not None and not key.active else self.tr("Retire")
        )

    def free_hook(self) -> tuple[int, int]:
        """The first hook no key in use hangs on, row by row, within the board's width."""
        taken = {(k.hook_row, k.hook_col) for k in self._keys if k.active}
        width = max((k.hook_col for k in self._keys), default=0) or 10
        for row in range(1, MAX_HOOK + 1):
            for col in range(1, width + 1):
                if (row, col) not in taken:
                    return row, col
        return 1, 1

    def _edit(self, dialog: KeyEditDialog) -> KeyView | None:
        self.edit_dialog = dialog
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.edit_dialog = None
        if accepted and dialog.result_key is not None:
            self.reload(dialog.result_key.code)
            return dialog.result_key
        return None

    def ask_new_key(self) -> KeyView | None:
        if not self._manager:
            return None
        return self._edit(
            KeyEditDialog(self._desk, self._actor, None, self, free_hook=self.free_hook())
        )

    def edit_selected(self) -> KeyView | None:
        key = self.selected_key()
        if key is None or not self._manager:
            return None
        return self._edit(KeyEditDialog(self._desk, self._actor, key, self))

    def toggle_retired(self) -> KeyView | None:
        """Retire the selected key, asking the reason (a key that is out is refused at once,
        before the reason is asked), or bring a retired one back."""
        key = self.selected_key()
        if key is None or not self._manager:
            return None
        if key.active:
            try:
                check_can_retire(key.state, key.active)
            except DeskError as exc:
                self.show_error(exc)
                return None
            dialog = RetireKeyDialog(self._desk, self._actor, key.code, self)
            dialog.exec()
            view = dialog.result_key
            dialog.deleteLater()
        else:
            view = self._bring_back(key)
        if view is not None:
            self.error.hide()
            self.reload(view.code)
        return view

    def _bring_back(self, key: KeyView) -> KeyView | None:
        return (
            write_op(
                self,
                lambda: keys_commands.update_key(
                    self._desk,
                    self._actor,
                    key.code,
                    label=key.label,
                    key_type=key.key_type.value,
                    hook_row=key.hook_row,
                    hook_col=key.hook_col,
                    restricted=key.restricted,
                    active=True,
                ),
            )
            .failure(self.show_error)
            .run()
        )

    # -- the rules -----------------------------------------------------------------------------
    def edited_policy(self) -> KeyPolicy:
        roles = frozenset(r for r, box in self.role_boxes.items() if box.isChecked())
        return KeyPolicy(roles | {Role.MANAGER}, self.restricted_hours.value())

    def submit(self) -> None:
        if not self._manager:
            return
        policy = (
            write_op(
                self,
                lambda: keys_commands.set_policy(self._desk, self._actor, self.edited_policy()),
            )
            .failure(self.show_error)
            .run()
        )
        if policy is None:
            return
        self.policy = policy
        self.accept()
