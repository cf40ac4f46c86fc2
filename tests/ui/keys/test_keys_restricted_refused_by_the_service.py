"""A clerk may not issue a restricted key, even from a form that allowed it when it opened.

A clerk's issue form for the master key is open while clerks may issue restricted keys; the
manager (at another station) takes that leave back; the clerk types their PIN and presses
Ctrl+Enter. The form's own early refusal (tests/ui/keys/test_keys_window.py) can no longer help: the
service's check of the role (services/keys.py, issue_key) must refuse, the form must say so, and
nothing is issued, moved or logged. (The rule's first test is at the service layer:
tests/services/test_keys.py, test_clerk_may_not_issue_a_master_key.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.domain.keys import KeyPolicy, KeyState
from desk_app.domain.roles import Role
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.services.log import views as log_views
from desk_app.ui.shell.main_window import MainWindow
from tests.conftest import make_person

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_clerk_is_refused_a_restricted_key_when_the_leave_is_withdrawn_while_typing(
    qtbot, ui_desk, people, pins, prefs, messages
):
    manager = people["manager"]
    clerk = make_person(ui_desk, manager, "Пётр Кассиров", "clerk", pins["clerk"])
    keys_commands.add_key(
        ui_desk,
        manager,
        code="MK-01",
        label="Master key, floors 1–5",
        key_type="master",
        hook_row=1,
        hook_col=1,
    )
    keys_commands.set_policy(ui_desk, manager, KeyPolicy(frozenset({Role.CLERK, Role.MANAGER}), 8))

    win = MainWindow(ui_desk, clerk, prefs, "en")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    win.keys.focus_key_code()
    QTest.keyClicks(win.keys_panel.code, "MK-01")
    QTest.keyClick(win.keys_panel.code, Qt.Key.Key_Return)
    dialog = win.keys.issue_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert dialog.refusal.isHidden() and dialog.pin.isVisible()  # allowed, as things stood

    keys_commands.set_policy(ui_desk, manager, KeyPolicy())  # the default: supervisors and managers only
    assert not keys_views.get_policy(ui_desk).may_issue_restricted(Role.CLERK)

    dialog.choose_staff(manager.id)
    QTest.keyClicks(dialog.purpose.lineEdit(), "Room check")
    QTest.keyClicks(dialog.pin, pins["clerk"])
    QTest.keyClick(dialog, Qt.Key.Key_Return, CTRL)

    assert win.keys.issue_dialog is dialog and dialog.isVisible()
    assert "may not issue restricted keys" in dialog.error.text()
    key = keys_views.find_key(ui_desk, manager, "MK-01")
    assert (key.state, key.holder_name) == (KeyState.IN, None)
    assert keys_views.history(ui_desk, manager).rows == []
    assert log_views.list_entries(ui_desk, manager).rows == []
    assert messages.errors == []
