"""Admin → Backups…: the list, a backup checked, made now, opened read-only, restored (the window
starts again on the restored book; a wrong PIN refuses), the second folder; who may do what."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from desk_app.services import backups as backups_service
from desk_app.services.log import commands as log_commands
from desk_app.ui.shell.app import DeskController
from desk_app.ui.shell.backup_window import BackupWindow
from desk_app.ui.shell.backups_dialog import BackupsDialog, open_backups
from desk_app.ui.shell.restore_dialog import RestoreDialog
from tests.ui.helpers import when_modal


@pytest.fixture
def controller(qtbot, ui_desk, people, prefs, messages):
    controller = DeskController(ui_desk, prefs, "en")
    qtbot.addWidget(controller.open_window(people["manager"]))
    return controller


@pytest.fixture
def backed_up(ui_desk, people):
    """An entry in the backup, then one written after it."""
    log_commands.record_entry(ui_desk, people["clerk"], category="note", text="Before the backup")
    made = backups_service.back_up_now(ui_desk, people["manager"])
    log_commands.record_entry(ui_desk, people["clerk"], category="note", text="After the backup")
    return made


def _texts(window) -> list[str]:
    window.read_everything_again()  # what was written after the window opened, too
    model = window.log_panel.model
    return [model.entry_at(i).text for i in range(model.rowCount())]


def _dialog(qtbot, window) -> BackupsDialog:
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    return dialog


def test_the_list_a_check_and_a_backup_made_now(qtbot, controller, backed_up):
    dialog = _dialog(qtbot, controller.window)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Made by hand"
    assert dialog.table.item(0, 4).text() == "Yes"
    assert dialog.table.item(0, 5).text() == "not yet"
    assert not dialog.verify_button.isEnabled()  # nothing chosen yet
    dialog.table.selectRow(0)
    dialog.verify_button.click()
    dialog.wait_for_check()
    assert dialog.table.item(0, 5).text() == "whole"
    assert "is whole" in dialog.notice.text()
    dialog.backup_button.click()
    assert dialog.table.rowCount() == 2
    assert "Backup made" in dialog.notice.text()
    # Opened again in the session: the check is remembered.
    again = _dialog(qtbot, controller.window)
    assert [again.table.item(r, 5).text() for r in range(2)] == ["not yet", "whole"]


def test_restore_replaces_the_book_and_the_window_starts_again(
    qtbot, controller, backed_up, messages
):
    old = controller.window
    assert "After the backup" in _texts(old)

    def wrong_then_right(dialog: RestoreDialog) -> None:
        timer.stop()
        QTest.keyClicks(dialog.pin, "999999")
        dialog.submit()
        assert "Wrong PIN" in dialog.error.text() and dialog.isVisible()
        assert "After the backup" in _texts(old)  # nothing restored
        QTest.keyClicks(dialog.pin, "111111")
        dialog.submit()

    def choose(dialog: BackupsDialog) -> None:
        opener.stop()
        dialog.table.selectRow(0)
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()

    timer = when_modal(RestoreDialog, wrong_then_right)
    opener = when_modal(BackupsDialog, choose)
    open_backups(old)
    new = controller.window
    assert new is not old and new.actor.id == old.actor.id
    qtbot.addWidget(new)
    texts = _texts(new)
    assert "Before the backup" in texts and "After the backup" not in texts
    assert any("was restored from the backup" in text for text in messages.infos)
    assert not new.anchor_status.isVisible()  # no cry of a cut book after a chosen restore


def test_open_read_only_beside_the_window(qtbot, controller, backed_up, messages):
    window = controller.window
    dialog = _dialog(qtbot, window)
    dialog.table.selectRow(0)
    dialog.open_button.click()
    (opened,) = [w for w in window.findChildren(BackupWindow) if w.isVisible()]
    assert "read-only" in opened.windowTitle()
    assert opened.banner.isVisible()
    texts = _texts(opened)
    assert "Before the backup" in texts and "After the backup" not in texts
    assert "After the backup" in _texts(window)  # the live book is untouched
    window.lock_action.trigger()  # the desk locks: the backup's window closes
    assert not opened.isVisible()


def test_a_supervisor_checks_but_does_not_restore_and_a_clerk_has_no_backups(
    qtbot, ui_desk, people, supervisor, prefs, messages, backed_up, tmp_path
):
    controller = DeskController(ui_desk, prefs, "en")
    window = controller.open_window(supervisor)
    qtbot.addWidget(window)
    assert window.backups_action.isEnabled()
    dialog = _dialog(qtbot, window)
    dialog.table.selectRow(0)
    assert dialog.verify_button.isEnabled() and dialog.open_button.isEnabled()
    assert not dialog.restore_button.isEnabled()
    assert not dialog.second_box.choose_button.isEnabled()
    clerk_window = controller.open_window(people["clerk"])
    qtbot.addWidget(clerk_window)
    assert not clerk_window.backups_action.isEnabled()


def test_the_second_folder(qtbot, controller, tmp_path):
    dialog = _dialog(qtbot, controller.window)
    box = dialog.second_box
    assert box.field.text() == "" and "beside the book only" in box.state.text()
    box.set_folder(str(tmp_path / "missing"))
    assert not box.error.isHidden() and "There is no folder" in box.error.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    box.set_folder(str(usb))
    assert box.error.isHidden()
    assert box.field.text() == str(usb.resolve()) and "No copy there yet" in box.state.text()
    dialog.backup_button.click()
    assert "Newest copy there" in box.state.text()
    assert list(usb.glob("*.sqlite"))
