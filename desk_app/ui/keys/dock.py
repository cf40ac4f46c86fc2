"""The keys dock: the key book at the counter.

At the top a line for a key's code, typed or scanned. Enter on a key that hangs on the board
opens the issue form; Enter on a key that is out takes it back at once, with a short line saying
so (no box): a key goes out and comes back in a few keystrokes. An unknown code is told beside
the line. Below: the board itself, the keys out now (who holds what, overdue in red) and the
movements, newest first, loaded page by page.

The tables' models live in ``ui.keys.models``, the History tab in ``ui.keys.history_tab``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.keys import KeyState
from desk_app.domain.roles import Capability, can
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.services.keys.views import KeyView
from desk_app.ui.common.book_table import fit_columns_to_samples, read_only_table
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import OVERDUE_STYLE
from desk_app.ui.common.labels import role_label
from desk_app.ui.common.write_op import write_op
from desk_app.ui.keys.board import KeyBoard
from desk_app.ui.keys.history_tab import KeyHistoryTab
from desk_app.ui.keys.models import (
    OCOL_CODE,
    OCOL_HOLDER,
    OCOL_LABEL,
    OCOL_SINCE,
    OutNowModel,
)
from desk_app.ui.keys.notices import last_count_text, saved_text

NOTICE_MS = 15_000
DONE_STYLE = "color: #1b5e20; font-weight: bold;"


# --------------------------------------------------------------------------------------------
# The panel
# --------------------------------------------------------------------------------------------


class KeysPanel(QWidget):
    """Content of the keys dock."""

    issue_requested = Signal(str)  # key code: the window opens the issue form
    report_requested = Signal(str)  # key code
    restore_requested = Signal(str)  # key code
    count_requested = Signal()
    register_requested = Signal()
    open_key = Signal(str)  # key id

    TAB_BOARD, TAB_OUT, TAB_HISTORY = range(3)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._keys: list[KeyView] = []
        self._seen: Changes | None = None  # the last Changes read: told twice, read once
        self.out_count = 0
        self.overdue_count = 0

        # -- the code line ---------------------------------------------------------------------
        self.code = QLineEdit()
        self.code.setObjectName("keyCode")
        self.code.setClearButtonEnabled(True)
        self.code.setPlaceholderText(self.tr("Scan or type, then Enter"))
        self.code.setToolTip(
            self.tr(
                "Enter on a key on the board issues it; Enter on a key that is out takes it "
                "back (Ctrl+Shift+K comes back here)"
            )
        )
        fm = self.fontMetrics()
        wide = max(
            fm.horizontalAdvance("M" * 14), fm.horizontalAdvance(self.code.placeholderText())
        )
        self.code.setMinimumWidth(wide + 40)
        self.code.setMaximumWidth(max(fm.horizontalAdvance("M" * 22), wide + 40))
        self.code.returnPressed.connect(self.code_entered)
        code_label = QLabel(self.tr("&Key code"))
        code_label.setBuddy(self.code)
        self.notice = QLabel()
        self.notice.setObjectName("keysNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        # Always in the row (empty when there is nothing to say): the code line stays put.
        self.notice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.clear)
        # "N out, M overdue" at the right of the code line, leaving the buttons their row.
        self.status = QLabel()
        self.status.setObjectName("keysStatus")
        top = QHBoxLayout()
        top.addWidget(code_label)
        top.addWidget(self.code)
        top.addWidget(self.notice, 1)
        top.addWidget(self.status)

        # -- the buttons -----------------------------------------------------------------------
        self.issue_button = self._button(
            self.tr("Issue…"), "issueKey", self.tr("Issue the selected key (or scan its code)")
        )
        self.issue_button.clicked.connect(self._issue_clicked)
        self.return_button = self._button(
            self.tr("Return"), "returnKey", self.tr("Take the selected key back onto its hook")
        )
        self.return_button.clicked.connect(self._return_clicked)
        self.report_button = self._button(
            self.tr("Report lost/damaged…"),
            "reportKey",
            self.tr("The selected key is lost or damaged: off the board, with the reason"),
        )
        self.report_button.clicked.connect(self._report_clicked)
        self.restore_button = self._button(
            self.tr("Put back…"),
            "restoreKey",
            self.tr("A lost key found or a damaged one repaired: back on its hook"),
        )
        self.restore_button.clicked.connect(self._restore_clicked)
        self.restore_button.setVisible(can(actor.role, Capability.REVIEW_LOG))
        self.count_button = self._button(
            self.tr("Count the board…"),
            "countBoard",
            self.tr("Tick every key on the board; what is missing is recorded (Ctrl+Shift+B)"),
        )
        self.count_button.clicked.connect(self.count_requested)
        self.register_button = self._button(
            self.tr("Key register…"),
            "keyRegister",
            self.tr("Add, change and retire keys; who may issue restricted keys"),
        )
        self.register_button.clicked.connect(self.register_requested)
        self.register_button.setVisible(can(actor.role, Capability.CHANGE_SETTINGS))
        buttons = QHBoxLayout()
        for b in (
            self.issue_button,
            self.return_button,
            self.report_button,
            self.restore_button,
            self.count_button,
            self.register_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)

        # -- the tabs --------------------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.setObjectName("keysTabs")
        self.tabs.addTab(self._build_board_tab(), self.tr("Board"))
        self.tabs.addTab(self._build_out_tab(), self.tr("Out now"))
        self.tabs.addTab(self._build_history_tab(), self.tr("History"))
        self.tabs.currentChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.reload_board()
        self._update_buttons()

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _build_board_tab(self) -> QWidget:
        self.board = KeyBoard()
        self.board.setObjectName("keyBoard")
        self.board.model.purpose_of = self._purpose_of
        self.board.key_selected.connect(lambda _k: self._update_buttons())
        self.board.key_activated.connect(self.open_key)
        self.last_count = QLabel()
        self.last_count.setObjectName("lastKeyCount")
        self.last_count.setWordWrap(True)
        self.empty_hint = QLabel(
            self.tr("No keys are registered yet. A manager adds them in the key register.")
        )
        self.empty_hint.setObjectName("keysEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.last_count)
        return tab

    def _build_out_tab(self) -> QWidget:
        self.out_model = OutNowModel(self)
        table = read_only_table(self, self.out_model, "keysOutTable")
        table.horizontalHeader().setStretchLastSection(True)
        fit_columns_to_samples(
            self,
            table,
            {
                OCOL_CODE: "MK-00-000",
                OCOL_LABEL: "Master key, floors 1-5",
                OCOL_HOLDER: "Александра Иванова",
                OCOL_SINCE: "00.00.0000 00:00 PM",
            },
        )
        table.activated.connect(self._out_activated)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.out_table = table
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(table)
        return tab

    def _build_history_tab(self) -> QWidget:
        self.history = KeyHistoryTab(self._desk, self._actor)
        # The tab's parts by the names the window's tests know them by.
        self.history_key, self.history_person = self.history.key, self.history.person
        self.history_model, self.history_table = self.history.model, self.history.table
        self.history.open_key.connect(self.open_key)
        self.history.selection_changed.connect(self._update_buttons)
        return self.history

    # -- loading -------------------------------------------------------------------------------
    def reload_board(self) -> None:
        """Read the board again (a few hundred keys at most: one query)."""
        keys = run_op(self, lambda: keys_views.board(self._desk, self._actor))
        if keys is None:
            return
        self._keys = keys
        self.board.set_keys(keys)
        self.empty_hint.setVisible(not keys)
        selected = self.selected_out_key()
        self.out_model.set_keys(keys)
        if selected is not None:
            row = self.out_model.row_of(selected.id)
            if row >= 0:
                self.out_table.selectRow(row)
        self.out_count = sum(1 for k in keys if k.state is KeyState.OUT)
        self.overdue_count = sum(1 for k in keys if k.overdue)
        self.status.setText(
            self.tr("{out} out, {overdue} overdue").format(
                out=self.out_count, overdue=self.overdue_count
            )
        )
        self.status.setStyleSheet(OVERDUE_STYLE if self.overdue_count else "")
        self.tabs.setTabText(
            self.TAB_OUT,
            self.tr("Out now ({count})").format(count=self.out_count)
            if self.out_count
            else self.tr("Out now"),
        )
        self.history.reload_keys()
        self._show_last_count()
        self._update_buttons()

    def _show_last_count(self) -> None:
        count = run_op(self, lambda: keys_views.last_count(self._desk, self._actor))
        self.last_count.setText(last_count_text(count))
        self.last_count.setStyleSheet("" if count is None or count.matches else OVERDUE_STYLE)

    def refresh(self) -> None:
        self.reload_board()
        self.history.refresh()

    def apply_changes(self, changes: Changes) -> None:
        """A write here or at another station: the board, the keys out and the history read
        again when keys moved or people changed (a holder's name), each keeping its selected
        row and scroll; the person filter's list when people changed. Changes already read
        (the window hands back the dock's own) are not read twice."""
        if not changes.touches("keys", "people") or changes is self._seen:
            return
        self._seen = changes
        if changes.touches("people"):
            self.history.person.reload()
        views = (self.board.view, self.out_table)
        scrolls = [
            (v, v.verticalScrollBar().value(), v.horizontalScrollBar().value()) for v in views
        ]
        self.refresh()
        for view, down, across in scrolls:
            view.verticalScrollBar().setValue(down)
            view.horizontalScrollBar().setValue(across)

    def time_passed(self) -> None:
        """The clock moved: keys out past their time turn red."""
        self.reload_board()

    def show_history_of(self, key_id: str) -> None:
        self.tabs.setCurrentIndex(self.TAB_HISTORY)
        self.history.show_key(key_id)

    def _purpose_of(self, key: KeyView) -> str | None:
        page = run_op(
            self, lambda: keys_views.history(self._desk, self._actor, key_id=key.id, limit=1)
        )
        if page is None or not page.rows:
            return None
        return page.rows[0].purpose

    # -- selection -----------------------------------------------------------------------------
    def key_by_code(self, code: str) -> KeyView | None:
        for k in self._keys:
            if k.code == code:
                return k
        return None

    def key_by_id(self, key_id: str) -> KeyView | None:
        for k in self._keys:
            if k.id == key_id:
                return k
        return None

    def selected_out_key(self) -> KeyView | None:
        rows = self.out_table.selectionModel().selectedRows() if hasattr(self, "out_table") else []
        return self.out_model.key_at(rows[0].row()) if rows else None

    def current_key(self) -> KeyView | None:
        """The key the buttons act on: the one selected on the tab shown."""
        tab = self.tabs.currentIndex()
        if tab == self.TAB_BOARD:
            return self.board.selected_key()
        if tab == self.TAB_OUT:
            return self.selected_out_key()
        key_id = self.history.selected_key_id()
        return self.key_by_id(key_id) if key_id else None

    def _update_buttons(self, *_args) -> None:
        key = self.current_key()
        state = key.state if key is not None else None
        self.issue_button.setEnabled(key is None or state is KeyState.IN)
        self.return_button.setEnabled(state is KeyState.OUT)
        self.report_button.setEnabled(state in (KeyState.IN, KeyState.OUT))
        self.restore_button.setEnabled(state is KeyState.OFF)

    def _out_activated(self, index: QModelIndex) -> None:
        key = self.out_model.key_at(index.row())
        if key is not None:
            self.open_key.emit(key.id)

    def select_key(self, key_id: str) -> None:
        key = self.key_by_id(key_id)
        if key is not None:
            self.board.select_code(key.code)
            row = self.out_model.row_of(key_id)
            if row >= 0:
                self.out_table.selectRow(row)
        self._update_buttons()

    # -- the code line -------------------------------------------------------------------------
    def focus_code(self) -> None:
        self.code.setFocus()
        self.code.selectAll()

    def show_notice(self, text: str, *, ok: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(DONE_STYLE if ok else OVERDUE_STYLE)
        self._notice_timer.start()

    @property
    def notice_text(self) -> str:
        return self.notice.text()

    def code_entered(self) -> None:
        """Enter on the code line: issue a key on the board, take back one that is out."""
        text = self.code.text().strip()
        if not text:
            return
        # The next scan replaces this one instead of being appended to it.
        self.code.selectAll()
        found = run_op(self, lambda: (keys_views.find_key(self._desk, self._actor, text),))
        if found is None:
            return
        key = found[0]
        if key is None:
            self.show_notice(self.tr("No key has the code {code}.").format(code=text.upper()))
            return
        self.select_key(key.id)
        if not key.active:
            self.show_notice(
                self.tr("Key {code} is retired: it is no longer on the board.").format(
                    code=key.code
                )
            )
        elif key.state is KeyState.OUT:
            self.take_back(key)
        elif key.state is KeyState.OFF:
            self.show_notice(
                self.tr(
                    "Key {code} is off the board (reported lost or damaged); a supervisor can "
                    "put it back from its page."
                ).format(code=key.code)
            )
        else:
            self.issue(key)

    def issue(self, key: KeyView) -> None:
        if key.restricted and not self.may_issue_restricted():
            self.show_notice(
                self.tr(
                    "Key {code} is restricted: your role ({role}) may not issue it. "
                    "Ask a supervisor."
                ).format(code=key.code, role=role_label(self._actor.role))
            )
            return
        self.notice.clear()
        self.issue_requested.emit(key.code)

    def may_issue_restricted(self) -> bool:
        policy = run_op(self, lambda: keys_views.get_policy(self._desk))
        return policy is not None and policy.may_issue_restricted(self._actor.role)

    def take_back(self, key: KeyView) -> KeyView | None:
        """On its hook again, at once; a line says so."""
        op = write_op(self, lambda: keys_commands.return_key(self._desk, self._actor, key.code))
        view = op.failure(self._refused).run()
        if view is None:
            return None
        self.apply_changes(op.changes)  # read again here, whether or not a window said so
        self.show_notice(
            self.tr("{code} ({label}) is back on hook {hook}; {holder} returned it.").format(
                code=view.code, label=view.label, hook=view.hook, holder=key.holder_name or "—"
            ),
            ok=True,
        )
        return view

    def show_saved(self, view: KeyView) -> None:
        """A form saved a movement of ``view``: one line says what now holds."""
        self.show_notice(saved_text(view), ok=True)

    def _refused(self, exc) -> bool:
        from desk_app.ui.common.errors import error_text

        self.show_notice(error_text(exc))
        self.reload_board()
        return True

    # -- buttons -------------------------------------------------------------------------------
    def _issue_clicked(self) -> None:
        key = self.current_key()
        if key is None:
            self.focus_code()
            self.show_notice(self.tr("Select a key on the board, or scan or type its code."))
            return
        self.issue(key)

    def _return_clicked(self) -> None:
        key = self.current_key()
        if key is not None and key.state is KeyState.OUT:
            self.take_back(key)

    def _report_clicked(self) -> None:
        key = self.current_key()
        if key is not None:
            self.report_requested.emit(key.code)

    def _restore_clicked(self) -> None:
        key = self.current_key()
        if key is not None:
            self.restore_requested.emit(key.code)
