"""First start signs the new manager in (no PIN asked a third time) and opens on First steps;
the list ticks a step once its dialog has done it, or when Changes say so; "Don't show again"
is kept for the book; a clerk sees it read-only and never by itself; Help → First steps…"""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from desk_app.reports.lostfound.label_size import LabelSize
from desk_app.services import accounts
from desk_app.services.changes import Changes, journal_head
from desk_app.services.first_steps import StepKey
from desk_app.services.keys import commands as keys_commands
from desk_app.services.lostfound import views as lostfound_views
from desk_app.ui.lostfound.label_printer import LabelPrinterDialog, chosen_label_printer
from desk_app.ui.lostfound.printing import TagPrintDialog
from desk_app.ui.shell import first_steps as first_steps_ui
from desk_app.ui.shell.account_dialogs import LoginDialog, SetupDialog
from desk_app.ui.shell.app import DeskController
from desk_app.ui.shell.first_steps import FirstStepsDialog, offer_first_steps, open_first_steps
from desk_app.ui.shell.people_dialog import PeopleDialog
from tests.ui.conftest import found_in_the_lobby
from tests.ui.helpers import type_text, when_modal


def test_the_new_manager_is_signed_in_by_the_set_up(qtbot, ui_desk, prefs, messages, monkeypatch):
    def no_login(*_args, **_kwargs):
        raise AssertionError("the PIN was asked again after the set-up")

    monkeypatch.setattr(LoginDialog, "exec", no_login)

    def fill(dialog: SetupDialog) -> None:
        dialog.station.setText("Reception 2")
        type_text(dialog.name, "Анна Смирнова")
        QTest.keyClicks(dialog.pin, "654321")
        QTest.keyClicks(dialog.pin_repeat, "654321")
        dialog.submit()

    timer = when_modal(SetupDialog, fill)
    controller = DeskController(ui_desk, prefs, "en")
    window = controller.start()
    timer.stop()
    assert window is not None
    qtbot.addWidget(window)
    assert window.actor.name == "Анна Смирнова" and window.actor.role == "manager"
    assert prefs.get("last_person")[ui_desk.url] == window.actor.id
    # A fresh book: the window opens on what to set up first.
    dialog = window.findChild(FirstStepsDialog)
    assert dialog is not None and dialog.isVisible()
    assert not any(s.done for s in dialog.steps)
    assert messages.errors == []


@pytest.fixture
def manager_window(qtbot, ui_desk, people, prefs, messages):
    controller = DeskController(ui_desk, prefs, "en")
    window = controller.open_window(people["manager"])
    qtbot.addWidget(window)
    return window


def _ticked(dialog: FirstStepsDialog) -> dict[StepKey, bool]:
    return {s.key: s.done for s in dialog.steps}


def test_a_step_is_ticked_once_its_dialog_did_it(qtbot, manager_window, ui_desk, people):
    window = manager_window
    dialog = offer_first_steps(window)
    assert dialog is not None and dialog.isVisible()
    assert not _ticked(dialog)[StepKey.PEOPLE]  # a clerk, no supervisor yet
    assert dialog.ticks[StepKey.PEOPLE].text() == "○"

    def add_supervisor(people_dialog: PeopleDialog) -> None:
        accounts.add_person(
            ui_desk,
            people["manager"],
            name="Ольга Смирнова",
            role="supervisor",
            pin="333333",
            pin_repeat="333333",
        )
        people_dialog.reject()

    timer = when_modal(PeopleDialog, add_supervisor)
    dialog.buttons[StepKey.PEOPLE].click()  # the People dialog, as Admin → People… opens it
    timer.stop()
    assert _ticked(dialog)[StepKey.PEOPLE]
    assert dialog.ticks[StepKey.PEOPLE].text() == "✓"
    assert dialog.ticks[StepKey.PEOPLE].toolTip() == "Done"

    # Written elsewhere (another station, a menu): ticked when the Changes arrive.
    keys_commands.add_key(
        ui_desk,
        people["manager"],
        code="m-01",
        label="Master",
        key_type="master",
        hook_row=1,
        hook_col=1,
    )
    assert not _ticked(dialog)[StepKey.KEYS]
    window.changes_applied.emit(Changes(journal_head(ui_desk), frozenset({"keys"})))
    assert _ticked(dialog)[StepKey.KEYS]


def test_the_label_printer_is_this_stations_choice(qtbot, manager_window, ui_desk):
    dialog = open_first_steps(manager_window)
    assert not _ticked(dialog)[StepKey.LABEL_PRINTER]

    def choose(chooser: LabelPrinterDialog) -> None:
        chooser.size_buttons[LabelSize.LABEL_50x30].click()
        chooser.accept()

    timer = when_modal(LabelPrinterDialog, choose)
    dialog.buttons[StepKey.LABEL_PRINTER].click()
    timer.stop()
    assert _ticked(dialog)[StepKey.LABEL_PRINTER]
    chosen = chosen_label_printer()
    assert chosen is not None and chosen.size.value == "50x30"
    # The tag's dialog starts at the station's labels (no tag printed yet this session).

    TagPrintDialog.last_size = None
    item = found_in_the_lobby(
        ui_desk,
        manager_window.actor,
        hours_ago=1,
        description="Umbrella",
        category="other",
        valuables=False,
        storage_place="Shelf 1",
    )
    view = lostfound_views.list_items(ui_desk, manager_window.actor).rows[0]
    assert view.id == item.id
    tag = TagPrintDialog(view, None)
    qtbot.addWidget(tag)
    assert tag.size_buttons[LabelSize.LABEL_50x30].isChecked()


def test_dont_show_again_is_kept_for_this_book(qtbot, manager_window, prefs, ui_desk):
    dialog = offer_first_steps(manager_window)
    assert dialog is not None
    dialog.dismiss_button.click()
    assert not dialog.isVisible()
    assert prefs.get(first_steps_ui.DISMISSED_PREF) == {ui_desk.url: True}
    assert offer_first_steps(manager_window) is None
    # Help → First steps… still opens it.
    manager_window.findChild(type(manager_window.lock_action), "firstStepsAction").trigger()
    assert [d for d in manager_window.findChildren(FirstStepsDialog) if d.isVisible()]


def test_a_clerk_sees_the_list_read_only_and_never_by_itself(qtbot, window):
    assert window.actor.role == "clerk"
    assert offer_first_steps(window) is None
    dialog = open_first_steps(window)
    assert dialog is not None
    assert not dialog.buttons[StepKey.PROPERTY].isEnabled()
    assert not dialog.buttons[StepKey.KEYS].isEnabled()
    assert dialog.buttons[StepKey.LABEL_PRINTER].isEnabled()  # this station's, anyone's
    assert not dialog.dismiss_button.isVisible()
    assert dialog.findChild(type(dialog.ticks[StepKey.KEYS]), "firstStepsManagerOnly")


def test_the_list_closes_when_the_window_locks(qtbot, manager_window):
    dialog = open_first_steps(manager_window)
    manager_window.lock()
    assert not dialog.isVisible()
