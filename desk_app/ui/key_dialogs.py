"""The key book's forms and pages: issuing a key, reporting one lost or damaged, putting one back,
counting the board, one key's page with its history, and the manager's register.

Every form is keyboard-first (Tab through the fields, Ctrl+Enter saves) and shows an error beside
the field it is about, with what was typed kept. Each write is one service call; the window
refreshes its docks from the ``saved``/``changed`` signals.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError, NotFound
from desk_app.domain.keys import (
    DEFAULT_RESTRICTED_HOURS,
    LABEL_MAX_LENGTH,
    MAX_HOOK,
    MAX_RESTRICTED_HOURS,
    HolderKind,
    IdDocument,
    KeyPolicy,
    KeyState,
    KeyType,
    Movement,
    hook_name,
    normalize_code,
)
from desk_app.domain.roles import Capability, Role, can
from desk_app.services import accounts
from desk_app.services import keys as keys_service
from desk_app.services.desk import Actor, Desk
from desk_app.services.keys import CountView, KeyView, MovementView
from desk_app.ui.book_table import book_table
from desk_app.ui.complaint_intake import tomorrow_at_ten
from desk_app.ui.errors import run_op
from desk_app.ui.forms import FIELD_ERROR_STYLE, OVERDUE_STYLE, RED, FormDialog
from desk_app.ui.key_board import ACCENTS, FILLS, board_state, row_letters
from desk_app.ui.keys_dock import (
    DONE_STYLE,
    HCOL_BACK,
    HCOL_BY,
    HCOL_HOLDER,
    HCOL_MOVEMENT,
    HCOL_TIME,
    MovementTableModel,
    fit_columns,
    identity_text,
)
from desk_app.ui.keys_labels import (
    holder_kind_label,
    key_id_document_label,
    key_log_phrases,
    key_state_label,
    key_type_label,
)
from desk_app.ui.labels import format_datetime, format_time, role_label, to_qdatetime

SHIFT_HOURS = 8
DEFAULT_LOAN_HOURS = 2
BADGE_STYLE = "border: 2px solid {color}; color: {color}; border-radius: 3px; padding: 1px 8px;"


def _from_edit(edit: QDateTimeEdit) -> datetime:
    return edit.dateTime().toPython().astimezone()


def find_key_by_id(desk: Desk, actor: Actor, key_id: str) -> KeyView | None:
    """A key by its id, retired ones too (the register is a few hundred keys at most)."""
    for key in keys_service.board(desk, actor, include_retired=True):
        if key.id == key_id:
            return key
    return None


def fit_width(dialog: QDialog, width: int) -> None:
    """``width`` wide and as tall as its wrapped lines need at that width (long in Russian)."""
    layout = dialog.layout()
    height = dialog.sizeHint().height()
    if layout.hasHeightForWidth():
        height = max(height, layout.heightForWidth(width))
    dialog.resize(width, height)


class _KeyForm(FormDialog):
    """What the key forms share: Ctrl+Enter saves; the key named in the intro."""

    saved = Signal(object)  # KeyView

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.result_key: KeyView | None = None
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)

    def _done(self, view: KeyView | None) -> None:
        if view is None:
            return
        self.result_key = view
        self.saved.emit(view)
        self.accept()

    def clear_error(self) -> None:
        self.error.hide()
        for w in self._fields.values():
            w.setStyleSheet("")


# --------------------------------------------------------------------------------------------
# Issuing
# --------------------------------------------------------------------------------------------


class IssueKeyDialog(_KeyForm):
    """A key handed to a named person, with what it is for and when it comes back."""

    def __init__(self, desk: Desk, actor: Actor, code: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.setObjectName("issueKeyDialog")
        self.key: KeyView | None = run_op(self, lambda: keys_service.find_key(desk, actor, code))
        self._code = self.key.code if self.key else normalize_code(code)
        self.policy: KeyPolicy = run_op(self, lambda: keys_service.get_policy(desk)) or KeyPolicy()
        restricted = bool(self.key and self.key.restricted)
        self.allowed = not restricted or self.policy.may_issue_restricted(actor.role)
        self.setWindowTitle(self.tr("Issue key {code}").format(code=self._code))
        if self.key is not None:
            intro = self.tr("{code} — {label}. Hook {hook}, {type}.").format(
                code=self.key.code,
                label=self.key.label,
                hook=self.key.hook,
                type=key_type_label(self.key.key_type),
            )
            if restricted and not self.allowed:
                intro = self.tr("{key} Restricted key.").format(key=intro)
            elif restricted:
                intro = self.tr(
                    "{key} Restricted key: confirm with your PIN; it must be back within "
                    "{hours} hours."
                ).format(key=intro, hours=self.policy.restricted_hours)
            self.set_intro(intro)

        # Taken by: a member of staff (from the accounts) or someone from outside (a name).
        self.holder_kind = QComboBox()
        self.holder_kind.setObjectName("holderKind")
        for kind in HolderKind:
            self.holder_kind.addItem(holder_kind_label(kind), kind.value)
        self.staff = QComboBox()
        self.staff.setObjectName("holderStaff")
        self.staff.setPlaceholderText(self.tr("Choose who takes the key"))
        for p in run_op(self, lambda: accounts.list_people(desk)) or []:
            self.staff.addItem(p.name, p.id)
        self.staff.setCurrentIndex(-1)
        self.outside_name = QLineEdit()
        self.outside_name.setObjectName("holderName")
        self.outside_name.setPlaceholderText(self.tr("Name of the person who takes the key"))
        self.holder_stack = QStackedWidget()
        self.holder_stack.addWidget(self.staff)
        self.holder_stack.addWidget(self.outside_name)
        self.holder_stack.setSizePolicy(self.outside_name.sizePolicy())
        holder_row = QWidget()
        holder_layout = QHBoxLayout(holder_row)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.holder_kind)
        holder_layout.addWidget(self.holder_stack, 1)
        self.form.addRow(self.tr("Taken by"), holder_row)
        self._fields["holder"] = self.staff
        self._fields["holder_name"] = self.outside_name
        self.holder_kind.currentIndexChanged.connect(self._holder_kind_changed)

        self.company = self.add_field("company", self.tr("Company"), QLineEdit())
        self.company.setObjectName("holderCompany")
        self.company.setPlaceholderText(self.tr("Contractor's firm, if any"))
        self.id_document = self.add_field("id_document", self.tr("Identity checked"), QComboBox())
        self.id_document.setObjectName("holderDocument")
        self.id_document.setPlaceholderText(self.tr("Which document did you see?"))
        for doc in IdDocument:
            self.id_document.addItem(key_id_document_label(doc), doc.value)
        self.id_document.setCurrentIndex(-1)
        self.id_last_four = self.add_field(
            "id_last_four", self.tr("Last four characters"), QLineEdit()
        )
        self.id_last_four.setObjectName("holderIdTail")
        self.id_last_four.setMaxLength(4)
        self.id_last_four.setMaximumWidth(self.fontMetrics().horizontalAdvance("WWWW") + 24)
        self._outside_rows = (self.company, self.id_document, self.id_last_four)

        # What for: typed, or one of the usual reasons.
        self.purpose = QComboBox()
        self.purpose.setObjectName("keyPurpose")
        self.purpose.setEditable(True)
        self.purpose.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for text in (
            self.tr("Cleaning"),
            self.tr("Repair / maintenance"),
            self.tr("Room check"),
            self.tr("Guest locked out"),
            self.tr("Delivery"),
            self.tr("Contractor's work"),
        ):
            self.purpose.addItem(text)
        self.purpose.setCurrentIndex(-1)
        self.purpose.lineEdit().setPlaceholderText(self.tr("What is the key for? Type or choose"))
        self.add_field("purpose", self.tr("Purpose"), self.purpose)

        # Back by: a quick choice or a typed time.
        now = desk.clock.now()
        self.expected_back = QDateTimeEdit()
        self.expected_back.setObjectName("expectedBack")
        self.expected_back.setCalendarPopup(True)
        self.expected_back.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("00.00.0000 00:00 PM") + 48
        )
        self.quick_buttons: dict[str, QPushButton] = {}
        quick_row = QHBoxLayout()
        quick_row.setContentsMargins(0, 0, 0, 0)
        for key, text, tip in (
            ("1h", self.tr("+&1 h"), self.tr("In an hour (Alt+1)")),
            ("2h", self.tr("+&2 h"), self.tr("In two hours (Alt+2)")),
            (
                "shift",
                self.tr("&End of shift ({time})").format(
                    time=format_time(now + timedelta(hours=SHIFT_HOURS))
                ),
                self.tr("In {hours} hours, when the shift ends (Alt+E)").format(hours=SHIFT_HOURS),
            ),
            (
                "tomorrow",
                self.tr("To&morrow {time}").format(time=format_time(tomorrow_at_ten(now))),
                self.tr("Tomorrow at 10:00 (Alt+M)"),
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(f"back_{key}")
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, key=key: self.choose_back(key))
            quick_row.addWidget(button)
            self.quick_buttons[key] = button
        quick_row.addStretch(1)
        back_box = QWidget()
        back_layout = QVBoxLayout(back_box)
        back_layout.setContentsMargins(0, 0, 0, 0)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.expected_back)
        edit_row.addStretch(1)
        back_layout.addLayout(edit_row)
        back_layout.addLayout(quick_row)
        self.form.addRow(self.tr("Back by"), back_box)
        self._fields["expected_back"] = self.expected_back
        if restricted:
            limit = now + timedelta(hours=self.policy.restricted_hours)
            for key, button in self.quick_buttons.items():
                if self._back_for(key) > limit:
                    button.setEnabled(False)
                    button.setToolTip(
                        self.tr("A restricted key must come back within {hours} hours.").format(
                            hours=self.policy.restricted_hours
                        )
                    )
        self.choose_back("2h")

        self.pin = QLineEdit()
        self.pin.setObjectName("issuerPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 12) + 24)
        self.pin.setPlaceholderText(self.tr("Your PIN"))
        if restricted:
            self.add_field("pin", self.tr("Your PIN"), self.pin)
        else:
            self.pin.hide()

        # A role that may not issue a restricted key is told at once, before typing anything.
        self.refusal = QLabel()
        self.refusal.setObjectName("restrictedRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(OVERDUE_STYLE)
        self.refusal.hide()
        self.layout().insertWidget(1, self.refusal)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Issue key"))
        if not self.allowed:
            self.refusal.setText(
                self.tr(
                    "Your role ({role}) may not issue restricted keys. Ask a supervisor or "
                    "the manager to issue {code}."
                ).format(role=role_label(actor.role), code=self._code)
            )
            self.refusal.show()
            ok.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            # Nothing to fill in: the form is not shown at all.
            for row in range(self.form.rowCount()):
                self.form.setRowVisible(row, False)
        elif self.key is None:
            self.show_error(
                NotFound("No key has the code {code}.", field="code", code=self._code or "—")
            )
            ok.setEnabled(False)
        self._holder_kind_changed(initial=True)
        fit_width(self, 640)
        self.staff.setFocus()

    # -- holder --------------------------------------------------------------------------------
    def _holder_kind_changed(self, *_args, initial: bool = False) -> None:
        outside = self.holder_kind.currentData() == HolderKind.OUTSIDE.value
        self.holder_stack.setCurrentWidget(self.outside_name if outside else self.staff)
        if self.allowed:
            for w in self._outside_rows:
                self.form.setRowVisible(w, outside)
        self.setTabOrder(self.holder_kind, self.outside_name if outside else self.staff)
        if not initial:
            self.adjustSize()

    def choose_staff(self, person_id: str) -> None:
        self.holder_kind.setCurrentIndex(self.holder_kind.findData(HolderKind.STAFF.value))
        self.staff.setCurrentIndex(self.staff.findData(person_id))

    def choose_outside(self) -> None:
        self.holder_kind.setCurrentIndex(self.holder_kind.findData(HolderKind.OUTSIDE.value))

    # -- back by -------------------------------------------------------------------------------
    def _back_for(self, key: str) -> datetime:
        now = self._desk.clock.now()
        return {
            "1h": lambda: now + timedelta(hours=1),
            "2h": lambda: now + timedelta(hours=DEFAULT_LOAN_HOURS),
            "shift": lambda: now + timedelta(hours=SHIFT_HOURS),
            "tomorrow": lambda: tomorrow_at_ten(now),
        }[key]()

    def choose_back(self, key: str) -> None:
        self.expected_back.setDateTime(to_qdatetime(self._back_for(key)))
        self.expected_back.setStyleSheet("")

    # -- saving --------------------------------------------------------------------------------
    def submit(self) -> None:
        if not self.allowed:
            return
        kind = self.holder_kind.currentData()
        staff = kind == HolderKind.STAFF.value
        view = run_op(
            self,
            lambda: keys_service.issue_key(
                self._desk,
                self._actor,
                self._code,
                holder_kind=kind,
                holder_id=self.staff.currentData() if staff else None,
                holder_name="" if staff else self.outside_name.text(),
                company="" if staff else self.company.text(),
                id_document=None if staff else self.id_document.currentData(),
                id_last_four=None if staff else self.id_last_four.text(),
                purpose=self.purpose.currentText(),
                expected_back=_from_edit(self.expected_back),
                pin=self.pin.text() if self.key is not None and self.key.restricted else None,
                phrases=key_log_phrases(),
            ),
            on_error=self.show_error,
        )
        if view is None and self.key is not None and self.key.restricted:
            self.pin.clear()
        self._done(view)

    def show_error(self, exc: DeskError) -> bool:
        super().show_error(exc)
        if exc.field == "holder" and self.holder_kind.currentData() == HolderKind.OUTSIDE.value:
            self.outside_name.setStyleSheet(FIELD_ERROR_STYLE)
            self.outside_name.setFocus()
        return True


# --------------------------------------------------------------------------------------------
# Lost, damaged, back on the board
# --------------------------------------------------------------------------------------------


def _reason_edit(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


class ReportKeyDialog(_KeyForm):
    """A key lost or damaged: off the board, with the reason; the duty log gets an incident."""

    def __init__(self, desk: Desk, actor: Actor, code: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.setObjectName("reportKeyDialog")
        self._code = normalize_code(code)
        key = run_op(self, lambda: keys_service.find_key(desk, actor, code))
        self.setWindowTitle(self.tr("Report key {code}").format(code=self._code))
        if key is not None:
            text = self.tr("{code} — {label}, hook {hook}.").format(
                code=key.code, label=key.label, hook=key.hook
            )
            if key.state is KeyState.OUT:
                text = self.tr("{key} Out with {holder}.").format(
                    key=text, holder=key.holder_name or "—"
                )
            self.set_intro(text)
        self.lost = QRadioButton(self.tr("&Lost"))
        self.lost.setObjectName("keyLost")
        self.damaged = QRadioButton(self.tr("&Damaged"))
        self.damaged.setObjectName("keyDamaged")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.lost)
        self.kind_group.addButton(self.damaged)
        self.lost.setChecked(True)
        kinds = QWidget()
        kinds_layout = QHBoxLayout(kinds)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        kinds_layout.addWidget(self.lost)
        kinds_layout.addWidget(self.damaged)
        kinds_layout.addStretch(1)
        self.add_field("kind", self.tr("What happened"), kinds)
        self.reason = self.add_field(
            "reason",
            self.tr("Reason"),
            _reason_edit("keyReportReason", self.tr("Where, when, how. Ctrl+Enter saves.")),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Take off the board")
        )
        fit_width(self, 520)
        self.reason.setFocus()

    def kind(self) -> str:
        return Movement.DAMAGED.value if self.damaged.isChecked() else Movement.LOST.value

    def submit(self) -> None:
        self._done(
            run_op(
                self,
                lambda: keys_service.report_key(
                    self._desk,
                    self._actor,
                    self._code,
                    self.kind(),
                    self.reason.toPlainText(),
                    phrases=key_log_phrases(),
                ),
                on_error=self.show_error,
            )
        )


class RestoreKeyDialog(_KeyForm):
    """A lost key found or a damaged one repaired: back on its hook (a supervisor's call)."""

    def __init__(self, desk: Desk, actor: Actor, code: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.setObjectName("restoreKeyDialog")
        self._code = normalize_code(code)
        key = run_op(self, lambda: keys_service.find_key(desk, actor, code))
        self.setWindowTitle(self.tr("Put key {code} back").format(code=self._code))
        if key is not None:
            self.set_intro(
                self.tr("{code} — {label} goes back on hook {hook}.").format(
                    code=key.code, label=key.label, hook=key.hook
                )
            )
        self.reason = self.add_field(
            "reason",
            self.tr("Reason"),
            _reason_edit(
                "keyRestoreReason", self.tr("Found where, or repaired how. Ctrl+Enter saves.")
            ),
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Put back on the board"))
        if not can(actor.role, Capability.REVIEW_LOG):
            self.form.addRow(
                "", QLabel(self.tr("Only a supervisor or the manager can put a key back."))
            )
            ok.setEnabled(False)
        fit_width(self, 520)
        self.reason.setFocus()

    def submit(self) -> None:
        self._done(
            run_op(
                self,
                lambda: keys_service.restore_key(
                    self._desk,
                    self._actor,
                    self._code,
                    self.reason.toPlainText(),
                    phrases=key_log_phrases(),
                ),
                on_error=self.show_error,
            )
        )


# --------------------------------------------------------------------------------------------
# Counting the board
# --------------------------------------------------------------------------------------------

CODE_ROLE = Qt.ItemDataRole.UserRole + 40


class BoardCountDialog(QDialog):
    """Every key that should hang on the board, ticked as it is seen or scanned; then the count
    is recorded and what does not match is shown, and stays shown."""

    recorded = Signal(object)  # CountView

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.result_count: CountView | None = None
        self.setObjectName("boardCountDialog")
        self.setWindowTitle(self.tr("Count the key board"))
        keys = run_op(self, lambda: keys_service.board(desk, actor, include_retired=True)) or []
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
        count = run_op(
            self,
            lambda: keys_service.record_count(
                self._desk, self._actor, self.present_codes(), phrases=key_log_phrases()
            ),
        )
        if count is None:
            return None
        self.result_count = count
        self.show_result(count)
        self.recorded.emit(count)
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


# --------------------------------------------------------------------------------------------
# One key's page
# --------------------------------------------------------------------------------------------


class KeyPage(QDialog):
    """One key: what it is, where it is, who has it, its history; the movements its state allows.

    A movement's form opens over the page (``step_dialog``); the page reloads after it and says
    ``changed`` so the window refreshes its docks."""

    changed = Signal()

    def __init__(
        self, desk: Desk, actor: Actor, key_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._key_id = key_id
        self.key: KeyView | None = None
        self.loan: MovementView | None = None
        self.step_dialog: QDialog | None = None
        self.setObjectName("keyPage")
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("keyPageHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        header_font = QFont(self.font())
        header_font.setPointSizeF(header_font.pointSizeF() * 1.3)
        header_font.setBold(True)
        self.header.setFont(header_font)
        self.badge = QLabel()
        self.badge.setObjectName("keyPageState")
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.badge)
        layout.addLayout(top)
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.facts)
        self.notice = QLabel()
        self.notice.setObjectName("keyPageNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        layout.addWidget(self.notice)

        actions = QHBoxLayout()
        self.issue_button = self._button(self.tr("Issue…"), "pageIssue", self.start_issue)
        self.return_button = self._button(self.tr("Return"), "pageReturn", self.take_back)
        self.report_button = self._button(
            self.tr("Report lost/damaged…"), "pageReport", self.start_report
        )
        self.restore_button = self._button(self.tr("Put back…"), "pageRestore", self.start_restore)
        for b in (self.issue_button, self.return_button, self.report_button, self.restore_button):
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)

        history_title = QLabel(self.tr("History"))
        title_font = QFont(self.font())
        title_font.setBold(True)
        history_title.setFont(title_font)
        layout.addWidget(history_title)
        self.history_model = MovementTableModel(desk, actor, self, key_id=key_id)
        self.history = book_table(self, self.history_model, "keyPageHistory")
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setColumnHidden(1, True)  # the key: it is this one
        fit_columns(
            self,
            self.history,
            {
                HCOL_TIME: "00.00.0000 00:00",
                HCOL_MOVEMENT: "Reported lost",
                HCOL_HOLDER: "Иван Петров (ООО)",
                HCOL_BACK: "00.00.0000 00:00",
                HCOL_BY: "Иван Петров",
            },
        )
        self.history.setMinimumHeight(self.fontMetrics().height() * 10)
        layout.addWidget(self.history, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(900, 600)
        self.load()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def load(self) -> None:
        key = run_op(self, lambda: find_key_by_id(self._desk, self._actor, self._key_id))
        if key is None:
            return
        self.key = key
        self.loan = None
        if key.state is KeyState.OUT:
            page = run_op(
                self, lambda: keys_service.history(self._desk, self._actor, key_id=key.id, limit=1)
            )
            if page is not None and page.rows and page.rows[0].kind is Movement.ISSUE:
                self.loan = page.rows[0]
        self.setWindowTitle(self.tr("Key {code}").format(code=key.code))
        self.header.setText(self.tr("{code} — {label}").format(code=key.code, label=key.label))
        state = board_state(key)
        self.badge.setText(key_state_label(key.state, key.overdue))
        self.badge.setStyleSheet(
            BADGE_STYLE.format(color=ACCENTS[state]) + f" background: {FILLS[state]};"
        )
        while self.facts.rowCount():
            self.facts.removeRow(0)
        self._fact(self.tr("Type"), key_type_label(key.key_type))
        self._fact(self.tr("Hook"), key.hook)
        if key.restricted:
            self._fact(
                self.tr("Restricted"),
                self.tr("Yes: only allowed roles may issue it, with their PIN"),
            )
        if not key.active:
            self._fact(self.tr("In use"), self.tr("No: retired from the register"))
        if key.state is KeyState.OUT:
            self._fact(self.tr("Holder"), key.holder_name or "—", "keyPageHolder")
            if self.loan is not None:
                if self.loan.company:
                    self._fact(self.tr("Company"), self.loan.company)
                ident = identity_text(self.loan)
                if ident:
                    self._fact(self.tr("Identity checked"), ident)
                self._fact(self.tr("Purpose"), self.loan.purpose or "")
                self._fact(
                    self.tr("Issued by"),
                    self.tr("{name} at {station}").format(
                        name=self.loan.actor_name, station=self.loan.station
                    ),
                )
            self._fact(self.tr("Out since"), format_datetime(key.out_since))
            back = self._fact(self.tr("Expected back"), format_datetime(key.expected_back))
            if key.overdue:
                back.setText(
                    self.tr("{time} — overdue").format(time=format_datetime(key.expected_back))
                )
                back.setStyleSheet(OVERDUE_STYLE)
        active = key.active
        self.issue_button.setVisible(active and key.state is KeyState.IN)
        self.return_button.setVisible(key.state is KeyState.OUT)
        self.report_button.setVisible(active and key.state is not KeyState.OFF)
        self.restore_button.setVisible(key.state is KeyState.OFF)
        self.restore_button.setEnabled(can(self._actor.role, Capability.REVIEW_LOG))
        if not can(self._actor.role, Capability.REVIEW_LOG):
            self.restore_button.setToolTip(
                self.tr("Only a supervisor or the manager can put a key back.")
            )
        if key.restricted and key.state is KeyState.IN:
            policy = run_op(self, lambda: keys_service.get_policy(self._desk))
            if policy is not None and not policy.may_issue_restricted(self._actor.role):
                self.issue_button.setEnabled(False)
                self.issue_button.setToolTip(
                    self.tr("Your role ({role}) may not issue restricted keys.").format(
                        role=role_label(self._actor.role)
                    )
                )

    def _fact(self, caption: str, value: str, name: str = "") -> QLabel:
        label = QLabel(value)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setObjectName(name)
        self.facts.addRow(caption, label)
        return label

    # -- movements -----------------------------------------------------------------------------
    def _start(self, dialog: QDialog) -> QDialog | None:
        if self.step_dialog is not None:
            dialog.deleteLater()
            return None
        self.step_dialog = dialog
        dialog.finished.connect(self._step_finished)
        dialog.open()
        return dialog

    def _step_finished(self, result: int) -> None:
        dialog, self.step_dialog = self.step_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self._after_write()

    def _after_write(self) -> None:
        self.load()
        run_op(self, self.history_model.refresh)
        self.changed.emit()

    def start_issue(self) -> QDialog | None:
        if self.key is None:
            return None
        return self._start(IssueKeyDialog(self._desk, self._actor, self.key.code, self))

    def start_report(self) -> QDialog | None:
        if self.key is None:
            return None
        return self._start(ReportKeyDialog(self._desk, self._actor, self.key.code, self))

    def start_restore(self) -> QDialog | None:
        if self.key is None:
            return None
        return self._start(RestoreKeyDialog(self._desk, self._actor, self.key.code, self))

    def take_back(self) -> KeyView | None:
        if self.key is None:
            return None
        code = self.key.code
        holder = self.key.holder_name or "—"
        view = run_op(
            self,
            lambda: keys_service.return_key(
                self._desk, self._actor, code, phrases=key_log_phrases()
            ),
        )
        if view is not None:
            self.notice.setText(
                self.tr("Back on hook {hook}; {holder} returned it.").format(
                    hook=view.hook, holder=holder
                )
            )
            self.notice.setStyleSheet(DONE_STYLE)
            self.notice.show()
            self._after_write()
        return view


# --------------------------------------------------------------------------------------------
# The register (a manager's)
# --------------------------------------------------------------------------------------------


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
        if self._key is None:
            view = run_op(
                self,
                lambda: keys_service.add_key(
                    self._desk, self._actor, code=self.code.text(), **values
                ),
                on_error=self.show_error,
            )
        else:
            key = self._key
            view = run_op(
                self,
                lambda: keys_service.update_key(
                    self._desk, self._actor, key.code, active=key.active, **values
                ),
                on_error=self.show_error,
            )
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
        self.changed = False
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
        policy = run_op(self, lambda: keys_service.get_policy(desk)) or KeyPolicy()
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
        keys = run_op(
            self, lambda: keys_service.board(self._desk, self._actor, include_retired=True)
        )
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
            self.changed = True
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
        key = self.selected_key()
        if key is None or not self._manager:
            return None
        view = run_op(
            self,
            lambda: keys_service.update_key(
                self._desk,
                self._actor,
                key.code,
                label=key.label,
                key_type=key.key_type.value,
                hook_row=key.hook_row,
                hook_col=key.hook_col,
                restricted=key.restricted,
                active=not key.active,
            ),
            on_error=self.show_error,
        )
        if view is not None:
            self.error.hide()
            self.changed = True
            self.reload(view.code)
        return view

    # -- the rules -----------------------------------------------------------------------------
    def edited_policy(self) -> KeyPolicy:
        roles = frozenset(r for r, box in self.role_boxes.items() if box.isChecked())
        return KeyPolicy(roles | {Role.MANAGER}, self.restricted_hours.value())

    def submit(self) -> None:
        if not self._manager:
            return
        policy = run_op(
            self,
            lambda: keys_service.set_policy(self._desk, self._actor, self.edited_policy()),
            on_error=self.show_error,
        )
        if policy is None:
            return
        self.policy = policy
        self.accept()
