"""The key book at the counter: a key issued and taken back from the keyboard (its code and
Enter), a restricted key refused to a clerk and issued by a supervisor with their PIN, the board's
colours and words, counting the board, losses, the manager's register, the overdue count as the
clock moves, the duty log's entry opening the key, the lock, and every visible string found by
lupdate."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox

from desk_app.domain.keys import KeyState
from desk_app.domain.roles import Role
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.services.log import views as log_views
from desk_app.ui.common.forms import FIELD_ERROR_STYLE
from desk_app.ui.keys import board_model as kb
from desk_app.ui.keys.count_dialog import CODE_ROLE, BoardCountDialog
from desk_app.ui.keys.dock import KeysPanel
from desk_app.ui.keys.issue_dialog import IssueKeyDialog
from desk_app.ui.keys.loss_dialogs import ReportKeyDialog, RestoreKeyDialog, RetireKeyDialog
from desk_app.ui.keys.models import MovementTableModel
from desk_app.ui.keys.page import KeyPage
from desk_app.ui.keys.register_dialog import KeyEditDialog, KeyRegisterDialog
from desk_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def board(ui_desk, people):
    """A small board: a master key, two room keys, a floor key, a radio."""
    manager = people["manager"]
    for code, label, kind, row, col in (
        ("MK-01", "Master key, floors 1–5", "master", 1, 1),
        ("K-101", "Room 101", "room", 1, 2),
        ("K-102", "Склад белья", "room", 1, 3),
        ("F-2", "Floor 2", "floor", 2, 1),
        ("R-1", "Radio 1", "radio", 2, 2),
    ):
        keys_commands.add_key(
            ui_desk,
            manager,
            code=code,
            label=label,
            key_type=kind,
            hook_row=row,
            hook_col=col,
        )
    return {k.code: k for k in keys_views.board(ui_desk, manager)}


def _window_for(qtbot, desk, actor, prefs):
    win = MainWindow(desk, actor, prefs, "en")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    return win


def _active(qtbot, dialog):
    """Window-modal forms take the keyboard once the window system activates them."""
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def _ok(dialog) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Return, CTRL)


def _enter_code(panel: KeysPanel, code: str) -> None:
    QTest.keyClicks(panel.code, code)
    QTest.keyClick(panel.code, Qt.Key.Key_Return)


def _issue(desk, actor, code, holder_id, *, hours=2, pin=None):
    return keys_commands.issue_key(
        desk,
        actor,
        code,
        holder_kind="staff",
        holder_id=holder_id,
        purpose="Cleaning",
        expected_back=desk.clock.now() + timedelta(hours=hours),
        pin=pin,
    )


# -- issue and return from the keyboard ------------------------------------------------------------
def test_issue_and_return_a_key_from_the_keyboard(qtbot, window, ui_desk, people, board, messages):
    manager = people["manager"]
    window.read_everything_again()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_K, CTRL_SHIFT)
    panel = window.keys_panel
    assert window.keys_dock.isVisible() and panel.code.hasFocus()

    _enter_code(panel, "k-101")  # scanners and people type any case
    dialog = _active(qtbot, window.keys.issue_dialog)
    assert isinstance(dialog, IssueKeyDialog)
    assert dialog.staff.hasFocus() and dialog.staff.currentIndex() == -1
    assert "K-101 — Room 101" in dialog.intro.text()
    assert dialog.pin.isHidden()  # not a restricted key
    QTest.keyClicks(dialog.staff, "W")  # a combo answers typed letters: Wang Li
    assert dialog.staff.currentData() == manager.id
    QTest.keyClick(dialog.staff, Qt.Key.Key_Tab)
    assert dialog.purpose.hasFocus()
    type_text(dialog.purpose.lineEdit(), "Уборка 3F")
    dialog.quick_buttons["1h"].click()
    _ok(dialog)

    assert window.keys.issue_dialog is None
    assert messages.errors == []
    key = keys_views.find_key(ui_desk, manager, "K-101")
    assert (key.state, key.holder_name) == (KeyState.OUT, "Wang Li")
    assert key.expected_back == ui_desk.clock.now() + timedelta(hours=1)
    loan = keys_views.history(ui_desk, manager, key_id=key.id).rows[0]
    assert loan.purpose == "Уборка 3F"
    # The dock says so in a line, shows it out, and the code line waits for the next scan.
    assert "issued to Wang Li" in panel.notice_text
    assert panel.board.state_of("K-101") == "out"
    assert panel.status.text() == "1 out, 0 overdue"
    assert panel.out_model.rowCount() == 1
    assert window.focusWidget() is panel.code
    # Not a restricted key: nothing in the duty log.
    assert log_views.list_entries(ui_desk, manager).rows == []

    # Taken back the same way: the code and Enter, no form, no box.
    panel.code.selectAll()
    _enter_code(panel, "K-101")
    assert window.keys.issue_dialog is None
    assert keys_views.find_key(ui_desk, manager, "K-101").state is KeyState.IN
    assert panel.notice_text == "K-101 (Room 101) is back on hook A2; Wang Li returned it."
    assert panel.board.state_of("K-101") == "in"
    assert panel.status.text() == "0 out, 0 overdue"
    assert panel.code.selectedText() == "K-101"  # the next scan replaces it

    # A code nobody knows is told beside the line.
    _enter_code(panel, "zz-9")
    assert panel.notice_text == "No key has the code ZZ-9."
    assert window.keys.issue_dialog is None
    assert messages.errors == []
    history = panel.history_model
    assert [history.movement_at(i).kind.value for i in range(history.rowCount())] == [
        "return",
        "issue",
    ]


def test_wrong_input_is_shown_beside_the_field_and_nothing_is_written(
    qtbot, window, ui_desk, people, board, messages
):
    window.keys.issue_key("K-102")
    dialog = _active(qtbot, window.keys.issue_dialog)
    _ok(dialog)  # nobody chosen
    assert dialog.isVisible() and "member of staff" in dialog.error.text()
    assert dialog.staff.styleSheet() == FIELD_ERROR_STYLE
    # Someone from outside: their document is checked.
    dialog.choose_outside()
    assert dialog.outside_name.isVisible() and dialog.id_last_four.isVisible()
    type_text(dialog.outside_name, "Сергей Кузнецов")
    type_text(dialog.company, "ООО Лифт-Сервис")
    dialog.purpose.setEditText("Elevator repair")
    _ok(dialog)
    assert dialog.id_document.styleSheet() == FIELD_ERROR_STYLE
    dialog.id_document.setCurrentIndex(dialog.id_document.findData("passport"))
    dialog.id_last_four.setText("48")
    _ok(dialog)
    assert dialog.id_last_four.styleSheet() == FIELD_ERROR_STYLE
    assert keys_views.find_key(ui_desk, people["clerk"], "K-102").state is KeyState.IN
    dialog.id_last_four.setText("4821")
    _ok(dialog)
    assert window.keys.issue_dialog is None and messages.errors == []
    loan = keys_views.history(ui_desk, people["clerk"], key_id=board["K-102"].id).rows[0]
    assert (loan.holder_name, loan.company, loan.id_last_four) == (
        "Сергей Кузнецов",
        "ООО Лифт-Сервис",
        "4821",
    )


# -- restricted keys -------------------------------------------------------------------------------
def test_a_clerk_is_refused_a_restricted_key_at_once_and_nothing_is_written(
    qtbot, window, ui_desk, people, board, messages
):
    clerk = people["clerk"]
    panel = window.keys_panel
    panel.focus_code()
    _enter_code(panel, "MK-01")
    assert window.keys.issue_dialog is None
    assert panel.notice_text == (
        "Key MK-01 is restricted: your role (Clerk) may not issue it. Ask a supervisor."
    )
    # The form, however it is opened, says so before anything is typed, and cannot save.
    dialog = IssueKeyDialog(ui_desk, clerk, "MK-01")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.refusal.isVisible()
    assert "Your role (Clerk) may not issue restricted keys" in dialog.refusal.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not dialog.staff.isVisible()
    dialog.submit()
    assert keys_views.find_key(ui_desk, clerk, "MK-01").state is KeyState.IN
    assert keys_views.history(ui_desk, clerk).rows == []
    assert log_views.list_entries(ui_desk, clerk).rows == []
    assert messages.errors == []


def test_a_supervisor_issues_a_restricted_key_with_the_pin_and_the_log_entry_opens_it(
    qtbot, ui_desk, people, supervisor, board, prefs, messages
):
    win = _window_for(qtbot, ui_desk, supervisor, prefs)
    panel = win.keys_panel
    win.keys.focus_key_code()
    _enter_code(panel, "MK-01")
    dialog = _active(qtbot, win.keys.issue_dialog)
    assert dialog.refusal.isHidden() and dialog.pin.isVisible()
    assert "Restricted key" in dialog.intro.text()
    # Beyond the 8 hours a restricted key may stay out: that quick choice is off.
    assert not dialog.quick_buttons["tomorrow"].isEnabled()
    assert dialog.quick_buttons["shift"].isEnabled()
    dialog.choose_staff(people["clerk"].id)
    dialog.purpose.setCurrentIndex(dialog.purpose.findText("Room check"))
    _ok(dialog)  # no PIN
    assert dialog.pin.styleSheet() == FIELD_ERROR_STYLE and "PIN" in dialog.error.text()
    QTest.keyClicks(dialog.pin, "9999")
    _ok(dialog)  # a wrong one
    assert "Wrong PIN" in dialog.error.text() and dialog.pin.text() == ""
    assert keys_views.find_key(ui_desk, supervisor, "MK-01").state is KeyState.IN
    QTest.keyClicks(dialog.pin, "333333")
    _ok(dialog)
    assert win.keys.issue_dialog is None and messages.errors == []
    key = keys_views.find_key(ui_desk, supervisor, "MK-01")
    assert (key.state, key.holder_name) == (KeyState.OUT, "Иван Петров")
    assert panel.board.state_of("MK-01") == "out"

    # The duty log has it (a security entry, linked to the key); its entry opens the key.
    win.log_panel.refresh()
    entry = win.log_panel.model.entry_at(0)
    assert entry.key_id == key.id
    assert entry.text.startswith("Restricted key MK-01 (Master key, floors 1–5) issued to Иван")

    def click_open_key():
        entry_dialog = QApplication.activeModalWidget()
        assert entry_dialog is not None and entry_dialog.objectName() == "entryDialog"
        entry_dialog.findChild(QAbstractButton, "openKey").click()

    QTimer.singleShot(0, click_open_key)
    win.log.open_entry(entry.id)
    page = win.keys.page
    assert isinstance(page, KeyPage) and page.key.id == key.id
    assert page.findChild(type(page.header), "keyPageHolder").text() == "Иван Петров"
    assert page.history_model.rowCount() == 1
    assert page.history_model.movement_at(0).kind.value == "issue"
    # Taken back from the page: a log entry again (restricted), the page shows it on its hook.
    page.return_button.click()
    assert page.key.state is KeyState.IN and page.history_model.rowCount() == 2
    assert panel.board.state_of("MK-01") == "in"
    page.reject()
    assert win.keys.page is None
    assert messages.errors == []


# -- the board -------------------------------------------------------------------------------------
def test_board_colours_and_words_for_each_state(qtbot, window, ui_desk, people, board, messages):
    manager, clerk = people["manager"], people["clerk"]
    _issue(ui_desk, clerk, "K-101", manager.id, hours=1)
    _issue(ui_desk, clerk, "K-102", manager.id, hours=3)
    keys_commands.report_key(ui_desk, clerk, "R-1", "damaged", "Dropped")
    ui_desk.clock.advance(timedelta(hours=2))
    window.tick()
    b = window.keys_panel.board
    states = {code: b.state_of(code) for code in ("F-2", "K-102", "K-101", "R-1")}
    assert states == {"F-2": "in", "K-102": "out", "K-101": "overdue", "R-1": "off"}
    fills = {code: b.fill_of(code).name() for code in states}
    assert fills == {
        "F-2": kb.FILLS["in"],
        "K-102": kb.FILLS["out"],
        "K-101": kb.FILLS["overdue"],
        "R-1": kb.FILLS["off"],
    }
    green, amber, red, grey = (QColor(fills[c]) for c in ("F-2", "K-102", "K-101", "R-1"))
    assert green.green() > green.red() and red.red() > red.green()
    assert amber.red() > amber.blue() and grey.red() == grey.green() == grey.blue()
    # Not colour alone: the words, and the holder, are on the hook too.
    model = b.model
    index = model.index_of("K-101")
    assert "Overdue" in model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Holder: Wang Li" in tip and "Purpose: Cleaning" in tip and "Expected back" in tip
    restricted = model.data(model.index_of("MK-01"), Qt.ItemDataRole.ToolTipRole)
    assert "Restricted" in restricted
    assert "no key" in model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(1, Qt.Orientation.Vertical) == "B"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "3"
    # The board paints (a grab of the whole board) without trouble.
    assert not b.grab().isNull()

    # The out-now list: overdue first, in red.
    out = window.keys_panel.out_model
    assert [out.key_at(i).code for i in range(out.rowCount())] == ["K-101", "K-102"]
    assert out.data(out.index(0, 4)).endswith("overdue")
    assert out.data(out.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert out.data(out.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_arrow_keys_move_on_the_board_and_enter_opens_the_key(
    qtbot, window, ui_desk, people, board, messages
):
    window.read_everything_again()
    window.keys.focus_key_code()  # the dock raised
    panel = window.keys_panel
    view = panel.board.view
    assert view.isVisible()
    panel.board.select_code("MK-01")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert panel.board.selected_key().code == "K-101"
    assert panel.issue_button.isEnabled() and not panel.return_button.isEnabled()
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert panel.board.selected_key().code == "R-1"
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert panel.board.selected_key() is None  # an empty hook: B3
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Return)
    page = window.keys.page
    assert page is not None and page.key.code == "R-1"
    page.reject()
    rect = view.visualRect(panel.board.model.index_of("K-102"))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.board.selected_key().code == "K-102"  # a click selects
    assert window.keys.page is None
    view.doubleClicked.emit(panel.board.model.index_of("K-102"))
    assert window.keys.page is not None and window.keys.page.key.code == "K-102"
    window.keys.page.reject()


def test_a_key_reported_lost_from_the_dock_and_put_back_by_a_supervisor(
    qtbot, ui_desk, people, supervisor, board, prefs, messages
):
    clerk_win = _window_for(qtbot, ui_desk, people["clerk"], prefs)
    panel = clerk_win.keys_panel
    assert panel.restore_button.isHidden()  # a clerk does not put keys back
    panel.board.select_code("F-2")
    panel.report_button.click()
    dialog = _active(qtbot, clerk_win.keys.report_dialog)
    assert dialog.reason.hasFocus()
    _ok(dialog)
    assert dialog.reason.styleSheet() == FIELD_ERROR_STYLE  # a reason is required
    type_text(dialog.reason, "Потерян на парковке")
    _ok(dialog)
    assert clerk_win.keys.report_dialog is None
    assert panel.board.state_of("F-2") == "off"
    assert "off the board" in panel.notice_text
    entry = log_views.list_entries(ui_desk, people["clerk"]).rows[0]
    assert entry.text == "Key F-2 (Floor 2) reported lost: Потерян на парковке"
    assert entry.key_id == board["F-2"].id
    # Enter on its code: told it is off the board.
    panel.focus_code()
    _enter_code(panel, "F-2")
    assert "off the board" in panel.notice_text and clerk_win.keys.issue_dialog is None
    clerk_win.close()

    win = _window_for(qtbot, ui_desk, supervisor, prefs)
    panel = win.keys_panel
    panel.board.select_code("F-2")
    assert panel.restore_button.isVisible() and panel.restore_button.isEnabled()
    panel.restore_button.click()
    dialog = _active(qtbot, win.keys.restore_dialog)
    type_text(dialog.reason, "Found by security")
    _ok(dialog)
    assert panel.board.state_of("F-2") == "in"
    assert messages.errors == []


# -- counting the board ----------------------------------------------------------------------------
def test_counting_the_board_shows_a_missing_key_and_keeps_the_result(
    qtbot, window, ui_desk, people, board, messages
):
    clerk = people["clerk"]
    _issue(ui_desk, clerk, "K-101", clerk.id)
    window.read_everything_again()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_B, CTRL_SHIFT)
    dialog = _active(qtbot, window.keys.count_dialog)
    assert isinstance(dialog, BoardCountDialog)
    # The keys that should hang there: not the one out.
    listed = [dialog.list.item(i).data(CODE_ROLE) for i in range(dialog.list.count())]
    assert listed == ["MK-01", "K-102", "F-2", "R-1"]
    assert dialog.scan.hasFocus()
    for code in ("mk-01", "F-2", "K-101", "X-77"):  # K-101 is out; X-77 nobody knows
        QTest.keyClicks(dialog.scan, code)
        QTest.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert "not in the register" in dialog.scan_notice.text()
    dialog.item_of("R-1").setCheckState(Qt.CheckState.Checked)  # ticked by hand
    assert dialog.tally.text() == "5 of 6 ticked"
    _ok(dialog)

    count = dialog.result_count
    assert count is not None and not count.matches
    assert (count.missing, count.unexpected, count.unknown) == (["K-102"], ["K-101"], ["X-77"])
    # The result stays on screen, in the list and below it.
    assert dialog.isVisible() and dialog.result_box.isVisible()
    text = dialog.result_label.text()
    assert "Missing (1): K-102" in text and "Unknown (1): X-77" in text
    missing = dialog.item_of("K-102")
    assert missing.background().color().name() == kb.FILLS["overdue"]
    assert missing.text().endswith("— missing")
    assert not dialog.record_button.isEnabled()
    _ok(dialog)  # recorded once
    assert len(keys_views.history(ui_desk, clerk).rows) == 1
    # The duty log has the discrepancy; the dock shows the last count.
    entry = log_views.list_entries(ui_desk, clerk).rows[0]
    assert entry.text.startswith("Key board counted: K-102 missing")
    assert "missing K-102" in window.keys_panel.last_count.text()
    assert window.log_panel.model.entry_at(0).id == entry.id
    dialog.reject()
    assert window.keys.count_dialog is None
    assert messages.errors == []


# -- the register ----------------------------------------------------------------------------------
def test_the_manager_adds_a_key_and_lets_clerks_issue_restricted_ones(
    qtbot, ui_desk, people, board, prefs, messages, monkeypatch
):
    manager = people["manager"]
    _issue(ui_desk, manager, "K-101", manager.id)
    win = _window_for(qtbot, ui_desk, manager, prefs)
    assert win.keys.key_register_action.isEnabled()
    assert win.keys_panel.register_button.isVisible()

    def fill(self):
        assert self.windowTitle() == "Add a key"
        assert (self.hook_row.text(), self.hook_col.value()) == ("B", 3)  # the first free hook
        self.code.setText("mk-02")
        type_text(self.label, "Мастер-ключ Б")
        self.key_type.setCurrentIndex(self.key_type.findData("master"))
        assert self.restricted.isChecked() and not self.restricted.isEnabled()
        self.submit()
        return self.result()

    def retire_with_reason(self):
        self.reason.setPlainText("Replaced by the new radios")
        self.submit()
        return self.result()

    def edit(self):
        assert self.parent() is win
        assert self.table.rowCount() == 5
        monkeypatch.setattr(KeyEditDialog, "exec", fill)
        added = self.ask_new_key()
        assert added is not None and added.code == "MK-02"
        assert self.selected_key().code == "MK-02"
        # Retiring a key that is out is refused; one on the board is retired.
        self.table.selectRow([k.code for k in self._keys].index("K-101"))
        assert self.toggle_retired() is None
        assert "take it back before retiring" in self.error.text()
        self.table.selectRow([k.code for k in self._keys].index("R-1"))
        monkeypatch.setattr(RetireKeyDialog, "exec", retire_with_reason)
        assert self.toggle_retired().active is False
        assert self.retire_button.text() == "Bring back"
        self.role_boxes[Role.CLERK].setChecked(True)
        self.restricted_hours.setValue(4)
        self.submit()
        return self.result()

    monkeypatch.setattr(KeyRegisterDialog, "exec", edit)
    win.keys.key_register_action.trigger()

    key = keys_views.find_key(ui_desk, manager, "MK-02")
    assert (key.label, key.hook, key.restricted) == ("Мастер-ключ Б", "B3", True)
    policy = keys_views.get_policy(ui_desk)
    assert policy.may_issue_restricted(Role.CLERK) and policy.restricted_hours == 4
    # The board shows the new key and no longer the retired one.
    assert win.keys_panel.board.state_of("MK-02") == "in"
    assert win.keys_panel.board.state_of("R-1") is None
    assert messages.errors == []


def test_register_errors_are_shown_and_a_clerk_cannot_open_it(
    qtbot, window, ui_desk, people, board, monkeypatch, messages
):
    dialog = KeyEditDialog(ui_desk, people["manager"], None, free_hook=(1, 2))
    qtbot.addWidget(dialog)
    dialog.code.setText("NEW-1")
    dialog.label.setText("Gym")
    dialog.submit()  # A2 holds K-101
    assert "already holds key K-101" in dialog.error.text()
    assert dialog.hook_row.styleSheet() == FIELD_ERROR_STYLE
    assert dialog.hook_row.valueFromText("C") == 3 and dialog.hook_row.textFromValue(28) == "AB"

    assert not window.keys.key_register_action.isEnabled()
    assert window.keys_panel.register_button.isHidden()
    shown = []
    monkeypatch.setattr(KeyRegisterDialog, "exec", lambda self: shown.append(self) or 0)
    window.keys.show_key_register()
    assert shown == []
    clerks = KeyRegisterDialog(ui_desk, people["clerk"])
    qtbot.addWidget(clerks)
    assert not clerks.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not clerks.add_button.isEnabled() and not clerks.restricted_hours.isEnabled()
    assert clerks.ask_new_key() is None


# -- time, status, lock ----------------------------------------------------------------------------
def test_the_status_bar_counts_overdue_keys_as_the_clock_moves(
    qtbot, window, ui_desk, people, board, messages
):
    clerk = people["clerk"]
    _issue(ui_desk, clerk, "K-101", clerk.id, hours=1)
    _issue(ui_desk, clerk, "K-102", clerk.id, hours=3)
    window.read_everything_again()
    label = window.keys_overdue_label
    assert label.text() == "Keys overdue: 0" and label.styleSheet() == ""
    assert window.keys_dock.windowTitle() == "Keys"
    ui_desk.clock.advance(timedelta(minutes=90))
    window.tick()
    assert label.text() == "Keys overdue: 1" and "#c62828" in label.styleSheet()
    assert window.keys_dock.windowTitle() == "Keys (1 overdue)"
    assert window.keys_panel.status.text() == "2 out, 1 overdue"
    assert window.keys_panel.board.state_of("K-101") == "overdue"
    ui_desk.clock.advance(timedelta(hours=2))
    window.tick()
    assert label.text() == "Keys overdue: 2"
    keys_commands.return_key(ui_desk, clerk, "K-101")
    keys_commands.return_key(ui_desk, clerk, "K-102")
    window.read_everything_again()
    assert label.text() == "Keys overdue: 0" and label.styleSheet() == ""


def test_lock_hides_an_open_issue_form_and_brings_it_back(qtbot, window, ui_desk, people, board):
    window.keys.issue_key("K-101")
    dialog = window.keys.issue_dialog
    dialog.purpose.setEditText("Ремонт")
    window.lock()
    assert not dialog.isVisible()
    window.keys.issue_key("K-102")  # nothing opens while locked
    assert window.keys.issue_dialog is dialog
    window.keys.focus_key_code()
    window.unlock()
    assert dialog.isVisible() and dialog.purpose.currentText() == "Ремонт"
    dialog.reject()
    assert window.keys.issue_dialog is None

    window.keys.open_key(board["K-101"].id)
    page = window.keys.page
    step = page.start_report()
    window.lock()
    assert not page.isVisible() and not step.isVisible()
    window.unlock()
    assert page.isVisible() and step.isVisible()
    step.reject()
    page.reject()


def test_the_dock_sits_with_the_other_books_and_has_its_menu(qtbot, window):
    assert window.keys_dock in window.tabifiedDockWidgets(window.lostfound_dock)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Keys") == titles.index("Lost and &found") + 1
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["keyCodeAction"] == "Ctrl+Shift+K"
    assert shortcuts["countBoardAction"] == "Ctrl+Shift+B"
    taken = [s for s in shortcuts.values() if s]
    assert len(taken) == len(set(taken))  # no shortcut answers two actions


# -- models ----------------------------------------------------------------------------------------
def test_history_loads_lazily_filters_and_passes_the_model_tester(
    qtmodeltester, qtbot, window, ui_desk, people, board
):
    clerk, manager = people["clerk"], people["manager"]
    for _ in range(6):
        _issue(ui_desk, clerk, "K-101", manager.id)
        keys_commands.return_key(ui_desk, clerk, "K-101")
    _issue(ui_desk, clerk, "K-102", clerk.id)
    model = MovementTableModel(ui_desk, clerk, page_size=5)
    assert model.rowCount() == 5 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 13 and not model.canFetchMore()
    qtmodeltester.check(MovementTableModel(ui_desk, clerk, page_size=4))
    board_model = kb.BoardModel()
    board_model.set_keys(keys_views.board(ui_desk, clerk))
    qtmodeltester.check(board_model)

    panel = window.keys_panel
    window.read_everything_again()
    panel.show_history_of(board["K-102"].id)
    assert panel.tabs.currentIndex() == KeysPanel.TAB_HISTORY
    assert panel.history_model.rowCount() == 1
    panel.history_key.setCurrentIndex(0)
    panel.history_person.setCurrentIndex(panel.history_person.findData(manager.id))
    assert panel.history_model.rowCount() == 12  # Wang Li held K-101 six times


# -- translation -----------------------------------------------------------------------------------
def test_every_visible_string_is_found_by_lupdate_in_its_context(
    qtbot, ui_desk, people, board, tmp_path
):
    from tests.ui.lostfound.test_lostfound_window import (
        _extracted,
        _MarkingTranslator,
        _visible_texts,
    )

    translator = _MarkingTranslator(_extracted(tmp_path))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        manager = people["manager"]
        _issue(ui_desk, manager, "K-101", manager.id)
        widgets = [
            KeysPanel(ui_desk, manager),
            IssueKeyDialog(ui_desk, manager, "MK-01"),
            ReportKeyDialog(ui_desk, manager, "K-101"),
            RestoreKeyDialog(ui_desk, manager, "K-102"),
            BoardCountDialog(ui_desk, manager),
            KeyPage(ui_desk, manager, board["K-101"].id),
            KeyRegisterDialog(ui_desk, manager),
            KeyEditDialog(ui_desk, manager, board["K-102"]),
        ]
        for w in widgets:
            qtbot.addWidget(w)
        # What the page shows of the key and its loan is data, not words to translate; Close is
        # Qt's own button.
        data = {"A2", manager.name, "Cleaning", "Close"}
        # Times as desk_app.formats writes them: "7 Dec 2026 12:00", "2026-12-07", "07.12.2026".
        date_or_time = r"[\d\s.:/,\-]+|\d{1,2} [A-Z][a-z]{2} \d{4}( \d\d:\d\d)?"
        unmarked = []
        for w in widgets:
            for text in _visible_texts(w):
                if text in data or re.fullmatch(date_or_time, text):
                    continue
                if not (text.startswith("‹") and text.endswith("›")):
                    unmarked.append((type(w).__name__, text))
        assert unmarked == []
        panel = widgets[0]
        for model in (panel.out_model, panel.history_model):
            for col in range(model.columnCount()):
                assert model.headerData(col, Qt.Orientation.Horizontal).startswith("‹")
        index = panel.board.model.index_of("K-101")
        assert panel.board.model.data(index, Qt.ItemDataRole.ToolTipRole).startswith("‹")
        from desk_app.domain.keys import KeyState as S
        from desk_app.ui.keys.labels import key_state_short

        assert all(key_state_short(s).startswith("‹") for s in S)
        assert key_state_short(S.OUT, True).startswith("‹")
    finally:
        app.removeTranslator(translator)


def test_a_layout_saved_before_the_keys_dock_is_not_restored(qtbot, ui_desk, people, prefs):
    from desk_app.ui.shell.app import DeskController
    from desk_app.ui.shell.main_window import LAYOUT_VERSION, STATE_KEY

    old = MainWindow(ui_desk, people["clerk"], prefs, "en")
    qtbot.addWidget(old)
    old.removeDockWidget(old.keys_dock)  # as the window was before the key book
    prefs.set(STATE_KEY, bytes(old.saveState(LAYOUT_VERSION - 1).toBase64()).decode())
    window = DeskController(ui_desk, prefs, "en").open_window(people["clerk"])
    qtbot.addWidget(window)
    assert window.keys_dock in window.tabifiedDockWidgets(window.log_dock)
    window.close()
    again = DeskController(ui_desk, prefs, "en").open_window(people["clerk"])
    qtbot.addWidget(again)
    assert again.keys_dock in again.tabifiedDockWidgets(again.log_dock)


def test_end_of_shift_is_the_desks_own_shift_change(qtbot, window, ui_desk, people, board):
    """ "End of shift" on the issue form is when the shift in progress ends, as the manager set
    the shifts for the handover — not a fixed number of hours."""
    from datetime import time

    from desk_app.services.handover import commands as handover_commands
    from desk_app.services.handover import views as handover_views

    handover_commands.set_policy(
        ui_desk, people["manager"], handover_views.HandoverPolicy(shift_starts=(time(8), time(20)))
    )
    dialog = IssueKeyDialog(ui_desk, people["clerk"], "K-101", window)
    qtbot.addWidget(dialog)
    now = ui_desk.clock.now().astimezone()
    expected = now.replace(hour=20 if 8 <= now.hour < 20 else 8, minute=0, second=0, microsecond=0)
    if now.hour >= 20:
        expected += timedelta(days=1)
    dialog.quick_buttons["shift"].click()
    assert dialog._back_for("shift") == expected


def test_a_key_issued_at_another_counter_shows_on_its_open_page(
    qtbot, window, ui_desk, people, board, messages, tmp_path
):
    """A key's page stays open at the counter while another counter issues the key: the
    window's poll brings the movement to the page and to the dock."""
    from PySide6.QtWidgets import QLabel

    from desk_app.domain.keys import Movement
    from desk_app.services.desk import open_desk

    manager = people["manager"]
    window.keys.open_key(board["K-101"].id)
    page = window.keys.page
    assert isinstance(page, KeyPage) and page.key.state is KeyState.IN
    assert page.findChild(QLabel, "keyPageHolder") is None
    other = open_desk(str(tmp_path / "ui.sqlite"), station="Front desk 2")
    other.clock = ui_desk.clock
    try:
        _issue(other, manager, "K-101", manager.id)
    finally:
        other.db.dispose()

    window.poll_other_stations()
    assert page.key.state is KeyState.OUT
    assert page.findChild(QLabel, "keyPageHolder").text() == "Wang Li"
    assert page.history_model.movement_at(0).kind is Movement.ISSUE
    assert window.keys_panel.key_by_code("K-101").state is KeyState.OUT  # the dock too
    assert not messages.errors
