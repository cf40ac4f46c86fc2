"""Signing in, first start, the idle lock, people management and the language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from desk_app.domain.errors import AuthenticationFailed
from desk_app.services import accounts
from desk_app.ui.shell.account_dialogs import LoginDialog, SetupDialog
from desk_app.ui.shell.people_dialog import AddPersonDialog
from tests.ui.helpers import type_text


def test_first_start_creates_the_manager(qtbot, ui_desk, messages):
    dialog = SetupDialog(ui_desk)
    qtbot.addWidget(dialog)
    dialog.station.setText("Reception 2")
    type_text(dialog.name, "Анна Смирнова")
    QTest.keyClicks(dialog.pin, "12")
    QTest.keyClicks(dialog.pin_repeat, "12")
    dialog.submit()
    assert "too short" in dialog.error.text()
    assert accounts.needs_setup(ui_desk)
    dialog.pin.setText("4321")  # four digits: a clerk's, not a manager's
    dialog.pin_repeat.setText("4321")
    dialog.submit()
    assert "at least 6 digits" in dialog.error.text() and accounts.needs_setup(ui_desk)
    dialog.pin.setText("654321")
    dialog.pin_repeat.setText("654321")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not accounts.needs_setup(ui_desk)
    assert ui_desk.station == "Reception 2"
    assert [p.name for p in accounts.list_people(ui_desk)] == ["Анна Смирнова"]


def test_sign_in_and_lockout_message(qtbot, ui_desk, people, messages):
    dialog = LoginDialog(ui_desk)
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(dialog.person.findText("Иван Петров"))
    for _ in range(5):
        QTest.keyClicks(dialog.pin, "9999")
        dialog.submit()
    assert "locked" in dialog.error.text()
    assert "min" in dialog.error.text()
    assert dialog.actor is None
    QTest.keyClicks(dialog.pin, "2222")  # right PIN, but still locked
    dialog.submit()
    assert dialog.actor is None and "locked" in dialog.error.text()


def test_sign_in_with_the_right_pin(qtbot, ui_desk, people, messages):
    dialog = LoginDialog(ui_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.person.setCurrentIndex(dialog.person.findText("Wang Li"))
    QTest.keyClicks(dialog.pin, "111111")
    QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.name == "Wang Li"


def test_window_locks_after_idle_and_unlocks_with_pin(qtbot, window):
    window.idle.limit_seconds = 0.3
    window.idle.touch()
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert window.log_dock.isHidden() and window.open_items_dock.isHidden()
    screen = window.lock_screen
    QTest.keyClicks(screen.pin, "0000")
    QTest.keyClick(screen.pin, Qt.Key.Key_Return)
    assert window.locked and "Wrong PIN" in screen.error.text()
    QTest.keyClicks(screen.pin, "2222")
    QTest.keyClick(screen.pin, Qt.Key.Key_Return)
    assert not window.locked
    assert not window.log_dock.isHidden()


def test_typing_keeps_the_window_unlocked(qtbot, window):
    """The idle lock watches the application's input from when the window is on the screen."""
    qtbot.waitExposed(window)
    window.idle.limit_seconds = 0.6
    window.idle.touch()
    line = window.log_panel.quick.text
    for _ in range(10):  # a second and a half of typing, never 0.6 s without a key
        QTest.keyClick(line, Qt.Key.Key_A)
        qtbot.wait(150)
    assert not window.locked and line.text() == "a" * 10
    qtbot.waitUntil(lambda: window.locked, timeout=5000)  # then quiet: it locks


def test_manager_adds_a_clerk_and_a_clerk_cannot(qtbot, ui_desk, people, messages):
    dialog = AddPersonDialog(ui_desk, people["manager"])
    qtbot.addWidget(dialog)
    type_text(dialog.name, "李娜")
    pin_label = dialog.form.labelForField(dialog.pin)
    assert pin_label.text() == "PIN (4-12 digits)"  # a clerk's, the role shown first
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    assert pin_label.text() == "PIN (6-12 digits)"
    dialog.pin.setText("5555")
    dialog.pin_repeat.setText("5555")
    dialog.submit()
    assert "at least 6 digits" in dialog.error.text()
    dialog.pin.setText("555555")
    dialog.pin_repeat.setText("555556")
    dialog.submit()
    assert "differ" in dialog.error.text()
    dialog.pin_repeat.setText("555555")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "李娜" in [p.name for p in accounts.list_people(ui_desk)]

    refused = AddPersonDialog(ui_desk, people["clerk"])
    qtbot.addWidget(refused)
    refused.name.setText("Someone")
    refused.pin.setText("7777")
    refused.pin_repeat.setText("7777")
    refused.submit()
    assert "may not" in refused.error.text()


def test_people_menu_is_for_managers(qtbot, window):
    assert not window.people_action.isEnabled()  # the window's person is a clerk


def test_language_switch_rebuilds_the_window_translated(qtbot, window, prefs):
    controller = window.controller
    controller.change_language("ru")
    new = controller.window
    qtbot.addWidget(new)
    assert prefs.get("language") == "ru"
    translated = QCoreApplication.translate("MainWindow", "Duty log")
    assert translated != "Duty log"
    assert new.log_dock.windowTitle() == translated
    controller.change_language("zh_CN")
    newer = controller.window
    qtbot.addWidget(newer)
    assert (
        newer.log_dock.windowTitle()
        == QCoreApplication.translate("MainWindow", "Duty log")
        != "Duty log"
    )


def test_a_layout_saved_before_a_new_dock_is_not_restored(qtbot, ui_desk, people, prefs, messages):
    from PySide6.QtWidgets import QMainWindow

    from desk_app.ui.shell.app import DeskController
    from desk_app.ui.shell.main_window import STATE_KEY

    old = QMainWindow()
    qtbot.addWidget(old)
    prefs.set(STATE_KEY, bytes(old.saveState(1).toBase64()).decode())  # an older layout
    window = DeskController(ui_desk, prefs, "en").open_window(people["clerk"])
    qtbot.addWidget(window)
    assert set(window.tabifiedDockWidgets(window.log_dock)) == {
        window.complaints_dock,
        window.lostfound_dock,
        window.keys_dock,
        window.handover_history_dock,
        window.roster.dock,
    }
    window.close()
    again = DeskController(ui_desk, prefs, "en").open_window(people["clerk"])
    qtbot.addWidget(again)
    assert set(again.tabifiedDockWidgets(again.log_dock)) == {
        again.complaints_dock,
        again.lostfound_dock,
        again.keys_dock,
        again.handover_history_dock,
        again.roster.dock,
    }


def test_a_locked_window_answers_no_shortcut_and_closes_modal_dialogs(qtbot, window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    enabled_before = {a.objectName(): a.isEnabled() for a in window.actions()}
    dialog = QDialog(window)
    QTimer.singleShot(0, window.lock)  # the idle lock fires while a modal dialog is open
    result = dialog.exec()
    assert result == QDialog.DialogCode.Rejected and window.locked
    assert not any(a.isEnabled() for a in window.actions())
    QTest.keyClicks(window.lock_screen.pin, "2222")
    QTest.keyClick(window.lock_screen.pin, Qt.Key.Key_Return)
    assert not window.locked
    assert {a.objectName(): a.isEnabled() for a in window.actions()} == enabled_before
    assert not window.people_action.isEnabled()  # a clerk's stays off after unlocking


def _supervisor_with_a_pin_from_before(ui_desk, manager) -> str:
    """A supervisor whose 4-digit PIN was set before supervisors needed 6: the hash written as
    it was then, through the store."""
    from sqlalchemy import select

    from desk_app.store.journal import JournalWriter, update_journaled
    from desk_app.store.tables import person

    made = accounts.add_person(
        ui_desk,
        manager,
        name="Ольга Смирнова",
        role="supervisor",
        pin="333333",
        pin_repeat="333333",
    )
    with ui_desk.db.write() as conn:
        w = JournalWriter(conn, station=ui_desk.station, actor=None)
        row = conn.execute(select(person).where(person.c.id == made.id)).one()
        changes = {"pin_hash": accounts._hasher.hash("3333"), "version": row.version + 1}
        update_journaled(conn, w, person, dict(row._mapping), changes, ui_desk.clock.now())
        w.flush()
    return made.id


def test_a_short_pin_is_changed_before_the_window_opens(qtbot, ui_desk, people, prefs, messages):
    from desk_app.ui.shell.account_dialogs import ChangePinDialog
    from desk_app.ui.shell.app import LAST_PERSON_KEY, DeskController
    from tests.ui.helpers import when_modal

    supervisor_id = _supervisor_with_a_pin_from_before(ui_desk, people["manager"])
    prefs.set(LAST_PERSON_KEY, {ui_desk.url: supervisor_id})  # the list starts at her name
    controller = DeskController(ui_desk, prefs, "en")
    seen = []

    def sign_in(dialog: LoginDialog) -> None:
        assert dialog.person.currentData() == supervisor_id
        QTest.keyClicks(dialog.pin, "3333")
        QTest.keyClick(dialog.pin, Qt.Key.Key_Return)  # the change dialog opens over it

    def change(dialog: ChangePinDialog) -> None:
        seen.append(dialog.intro.text())
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        QTest.keyClicks(dialog.pin, "4444")  # four digits again: refused, the minimum said
        QTest.keyClicks(dialog.pin_repeat, "4444")
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen.append(dialog.error.text())
        assert dialog.isVisible() and dialog.pin.text() == ""
        QTest.keyClicks(dialog.pin, "864200")
        QTest.keyClicks(dialog.pin_repeat, "864200")
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    _timers = (when_modal(LoginDialog, sign_in), when_modal(ChangePinDialog, change))
    actor = controller.sign_in()
    assert actor is not None and actor.id == supervisor_id and not actor.pin_change_due
    assert "at least 6 digits" in seen[0] and "at least 6 digits" in seen[1]
    window = controller.open_window(actor)
    qtbot.addWidget(window)
    assert window.isVisible() and window.actor.id == supervisor_id
    # The old PIN is gone; the new one signs in and is not asked to change.
    assert not accounts.sign_in(ui_desk, person_id=supervisor_id, pin="864200").pin_change_due
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(ui_desk, person_id=supervisor_id, pin="3333")
    assert not messages.errors


def test_cancelling_the_pin_change_means_not_signing_in(qtbot, ui_desk, people, prefs, messages):
    from desk_app.ui.shell.account_dialogs import ChangePinDialog
    from desk_app.ui.shell.app import LAST_PERSON_KEY, DeskController
    from tests.ui.helpers import when_modal

    supervisor_id = _supervisor_with_a_pin_from_before(ui_desk, people["manager"])
    prefs.set(LAST_PERSON_KEY, {ui_desk.url: supervisor_id})
    controller = DeskController(ui_desk, prefs, "en")
    still_open = []

    def sign_in(dialog: LoginDialog) -> None:
        QTest.keyClicks(dialog.pin, "3333")
        QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
        # Back from the change dialog, cancelled: still at the sign-in, nobody signed in.
        still_open.append((dialog.isVisible(), dialog.actor, dialog.pin.text()))
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    def cancel(dialog: ChangePinDialog) -> None:
        QTest.keyClicks(dialog.pin, "864200")
        cancel_button = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
        QTest.mouseClick(cancel_button, Qt.MouseButton.LeftButton)

    _timers = (when_modal(LoginDialog, sign_in), when_modal(ChangePinDialog, cancel))
    assert controller.sign_in() is None
    assert still_open == [(True, None, "")]
    assert controller.window is None
    # The PIN was not changed: the next sign-in asks again.
    assert accounts.sign_in(ui_desk, person_id=supervisor_id, pin="3333").pin_change_due
