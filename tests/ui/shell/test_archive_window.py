"""Issue 19 in the window: Admin → Archive… (the manager, with the PIN; beside the window with its
progress; the window read again once the year left it), Desk → Open archive… (read-only, a bar
saying its years, every dock as on the book, for the book's supervisors and managers), and the
retention in Settings."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desk_app.services import accounts
from desk_app.services import archive as archive_service
from desk_app.services.log import commands as log_commands
from desk_app.ui.shell.app import DeskController
from desk_app.ui.shell.archive_dialog import ArchiveDialog, open_archive_dialog
from desk_app.ui.shell.archive_window import ArchiveWindow, open_archive_window
from desk_app.ui.shell.settings_dialog import SettingsDialog
from tests.ui.conftest import UI_START, add_supervisor
from tests.ui.helpers import when_modal


def local(*args: int) -> datetime:
    return datetime(*args).astimezone()


@pytest.fixture
def old_book(ui_desk):
    """A desk kept since 2021: an entry of 2021, one with a follow-up still open, one of 2022."""
    ui_desk.clock.set(local(2021, 3, 1, 9, 0))
    made = accounts.create_first_manager(ui_desk, name="Wang Li", pin="111111", pin_repeat="111111")
    manager = accounts.sign_in(ui_desk, person_id=made.id, pin="111111")
    accounts.add_person(
        ui_desk, manager, name="Иван Петров", role="clerk", pin="2222", pin_repeat="2222"
    )
    clerk = accounts.sign_in_by_name(ui_desk, name="Иван Петров", pin="2222")
    supervisor = add_supervisor(ui_desk, manager, "Ольга Смирнова", "333333")
    ui_desk.clock.advance(timedelta(hours=1))
    log_commands.record_entry(ui_desk, clerk, category="note", text="Lobby lamp replaced 2021")
    ui_desk.clock.advance(timedelta(hours=1))
    log_commands.record_entry(
        ui_desk,
        clerk,
        category="request",
        text="Cot for 301, still to do",
        follow_up_owner_id=clerk.id,
        follow_up_due=ui_desk.clock.now() + timedelta(days=1),
    )
    ui_desk.clock.set(local(2022, 5, 1, 9, 0))
    log_commands.record_entry(ui_desk, clerk, category="note", text="A quiet night in 2022")
    ui_desk.clock.set(UI_START)
    return {"manager": manager, "clerk": clerk, "supervisor": supervisor}


@pytest.fixture
def controller(qtbot, ui_desk, old_book, prefs, messages):
    controller = DeskController(ui_desk, prefs, "en")
    qtbot.addWidget(controller.open_window(old_book["manager"]))
    return controller


def texts(window) -> list[str]:
    window.read_everything_again()
    model = window.log_panel.model
    return [model.entry_at(i).text for i in range(model.rowCount())]


def archive_in_window(qtbot, window, folder: Path, pin: str) -> ArchiveDialog:
    dialog = ArchiveDialog(window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(folder))
    dialog.pin.setText(pin)
    dialog.submit()
    dialog.wait_for_job()
    return dialog


def test_the_manager_archives_the_oldest_year_and_the_window_reads_the_book_again(
    qtbot, controller, tmp_path, messages
):
    window = controller.window
    assert window.archive_action.isEnabled()
    wrong = archive_in_window(qtbot, window, tmp_path / "archives", "999999")
    assert wrong.done_archive is None and "Wrong PIN" in wrong.error.text()
    assert not (tmp_path / "archives" / "ui-archive-2021.sqlite").exists()
    dialog = ArchiveDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.year == 2021 and "2021 is the oldest year" in dialog.intro.text()
    dialog.folder.setText(str(tmp_path / "archives"))
    dialog.pin.setText("111111")
    dialog.submit()
    assert not dialog.progress.isHidden() and not dialog.buttons.isEnabled()
    dialog.wait_for_job()
    done = dialog.done_archive
    assert done is not None and done.year == 2021 and done.shrunk
    assert done.archive == tmp_path / "archives" / "ui-archive-2021.sqlite"
    shown = texts(window)
    assert "Lobby lamp replaced 2021" not in shown
    assert "Cot for 301, still to do" in shown  # an open follow-up stays in the book
    assert "A quiet night in 2022" in shown
    offered: list[int | None] = []

    def look(next_one: ArchiveDialog) -> None:
        offered.append(next_one.year)
        next_one.reject()

    rejecting = when_modal(ArchiveDialog, look)
    open_archive_dialog(window)  # the year after is the oldest now
    rejecting.stop()
    assert offered == [2022]


def test_an_archive_opens_read_only_beside_the_window(
    qtbot, controller, old_book, tmp_path, messages
):
    window = controller.window
    dialog = archive_in_window(qtbot, window, tmp_path / "archives", "111111")
    path = dialog.done_archive.archive
    opened = open_archive_window(window, path)
    assert isinstance(opened, ArchiveWindow) and opened.isVisible()
    assert "archive 2021:" in opened.windowTitle()
    assert opened.banner.text().startswith("Archive: 2021.")
    # Nothing can be written in it: no reminder to review its days, whoever opens it.
    assert not opened.review_reminder.item.isVisible()
    assert window.review_reminder.item.isVisible()
    shown = texts(opened)
    assert {"Lobby lamp replaced 2021", "Cot for 301, still to do"} <= set(shown)
    assert "A quiet night in 2022" not in shown
    opened.read_everything_again()  # every dock, as the book's would
    assert messages.errors == []
    window.lock_action.trigger()  # the desk locks: the archive's window closes
    assert not opened.isVisible()
    # A supervisor of the book opens it too; a clerk has neither action.
    supervisor_window = controller.open_window(old_book["supervisor"])
    qtbot.addWidget(supervisor_window)
    assert supervisor_window.open_archive_action.isEnabled()
    assert not supervisor_window.archive_action.isEnabled()
    seen = open_archive_window(supervisor_window, path)
    assert seen is not None and "Lobby lamp replaced 2021" in texts(seen)
    seen.close()
    clerk_window = controller.open_window(old_book["clerk"])
    qtbot.addWidget(clerk_window)
    assert not clerk_window.open_archive_action.isEnabled()
    assert open_archive_window(clerk_window, path) is None


def test_the_retention_is_the_managers_and_never_under_three_years(
    qtbot, ui_desk, controller, old_book
):
    dialog = SettingsDialog(ui_desk, old_book["manager"], "en")
    qtbot.addWidget(dialog)
    assert dialog.retention.value() == 3 and dialog.retention.minimum() == 3
    dialog.retention.setValue(5)
    dialog.submit()
    assert archive_service.archive_info(ui_desk, None).retention_years == 5
    supervisor = SettingsDialog(ui_desk, old_book["supervisor"], "en")
    qtbot.addWidget(supervisor)
    assert not supervisor.retention.isEnabled()
