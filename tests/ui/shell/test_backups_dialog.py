"""Admin → Backups…: the list, a backup checked, made now, opened read-only, restored (the window
starts again on the restored book; a wrong PIN refuses), the second folder, how many are kept;
who may do what. The backup of a sealed handover beside the window, and what the status bar says
of it and of a second folder not there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest

from desk_app.domain.backup_rotation import RotationPolicy
from desk_app.services import backups as backups_service
from desk_app.services.log import commands as log_commands
from desk_app.ui.shell.app import DeskController
from desk_app.ui.shell.background_backup import running_backups, wait_for_backups
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
    assert dialog.table.item(0, 2).toolTip() == "Compressed (zstd)"
    dialog.backup_button.click()  # beside the window, with the progress bar
    assert not dialog.progress.isHidden()  # hidden when it has ended (no event handled yet)
    dialog.wait_for_check()
    assert dialog.progress.isHidden()
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
    # Decompressed (its indexes rebuilt) beside the window, the progress bar showing.
    assert not dialog.progress.isHidden() and not dialog.open_button.isEnabled()
    dialog.wait_for_check()
    assert dialog.progress.isHidden()
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
    dialog.wait_for_check()
    assert "Newest copy there" in box.state.text()
    assert list(usb.glob("*.sqlite.zst"))


def test_how_many_backups_are_kept_is_the_managers(qtbot, controller, ui_desk, supervisor):
    dialog = _dialog(qtbot, controller.window)
    box = dialog.rotation_box
    assert box.policy() == RotationPolicy()
    box.spins["daily"].setValue(10)
    box.spins["monthly"].setValue(24)
    box.save()
    assert box.error.isHidden()
    assert backups_service.list_backups(ui_desk, supervisor).policy == RotationPolicy(
        daily=10, monthly=24
    )
    window = controller.open_window(supervisor)
    qtbot.addWidget(window)
    theirs = _dialog(qtbot, window)
    assert theirs.rotation_box.policy() == RotationPolicy(daily=10, monthly=24)
    assert not theirs.rotation_box.save_button.isEnabled()
    assert not any(spin.isEnabled() for spin in theirs.rotation_box.spins.values())


def test_the_handovers_backup_is_made_beside_the_window(qtbot, controller, ui_desk):
    window = controller.window
    item = window.backup_status.item
    assert item.isHidden()
    assert ui_desk.take_backup == window.backup_status.start
    ui_desk.take_backup("handover")  # as sealing a sheet asks for it
    assert not item.isHidden() and "Backing up" in item.full_text
    window.backup_status.start("handover")  # asked again while it runs: it follows
    wait_for_backups(ui_desk)
    qtbot.waitUntil(lambda: not running_backups(ui_desk), timeout=60_000)
    wait_for_backups(ui_desk)
    made = sorted(p.name for p in ui_desk.db.sqlite_path.with_name("backups").iterdir())
    assert len(made) == 2 and all("-handover.sqlite.zst" in name for name in made)
    assert "Backup made" in item.full_text and item.styleSheet() == ""


def test_a_second_folder_not_there_is_a_warning_not_a_failure(
    qtbot, ui_desk, people, prefs, messages, tmp_path
):
    usb = tmp_path / "usb"
    usb.mkdir()
    backups_service.set_second_folder(ui_desk, people["manager"], str(usb))
    usb.rmdir()  # the stick pulled out
    controller = DeskController(ui_desk, prefs, "en")
    window = controller.open_window(people["manager"])
    qtbot.addWidget(window)
    item = window.backup_status.item
    assert not item.isHidden() and "Second backup folder missing" in item.full_text
    assert str(usb) in item.toolTip()
    ui_desk.take_backup("handover")
    wait_for_backups(ui_desk)
    assert "Second backup folder missing" in item.full_text  # said again, not "failed"
    (made,) = ui_desk.db.sqlite_path.with_name("backups").iterdir()
    assert made.name.endswith("-handover.sqlite.zst")
    assert not messages.errors


def test_a_backup_opened_after_the_dialog_closed_is_shown_to_nobody(
    qtbot, controller, backed_up, messages
):
    """The desk locked (the dialog closed) while the backup was being decompressed: no
    window opens over the lock, and the decompressed copy is let go of."""
    window = controller.window
    dialog = _dialog(qtbot, window)
    dialog.table.selectRow(0)
    opened_desks = []
    window.backup_opened.connect(lambda _backup, desk: opened_desks.append(desk))
    job_done = []
    dialog.open_button.click()
    dialog._job.finished_with.connect(lambda desk: job_done.append(desk))
    dialog._job.wait(60_000)  # finished; its result not yet handed over
    dialog.reject()
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    assert job_done and opened_desks == []
    assert not [w for w in window.findChildren(BackupWindow) if w.isVisible()]
    assert job_done[0].db.folder is None  # disposed: its temporary folder removed
