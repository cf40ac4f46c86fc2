"""Amend, read marks, follow-ups closed from the open-items dock, overdue shown as time passes."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.services.log.views import FollowUpState
from desk_app.ui.log import model as lm
from desk_app.ui.log.entry_dialog import AmendDialog, EntryDialog
from desk_app.ui.shell.open_items import CloseFollowUpDialog
from tests.ui.helpers import type_text, when_modal


def test_amend_keeps_the_original_marked(qtbot, window, ui_desk, people):
    clerk = people["clerk"]
    original = log_commands.record_entry(
        ui_desk, clerk, category="request", text="Extra towels to 512", room="512"
    )
    dialog = AmendDialog(ui_desk, clerk, original, window)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Extra towels to 521 (not 512)")
    dialog.room.setText("521")
    dialog.submit()
    assert dialog.result_entry is not None
    model = window.log_panel.model  # the window told the log dock, which read itself again
    newest, old = model.entry_at(0), model.entry_at(1)
    assert newest.amends_num == old.num
    assert old.amended_by_num == newest.num
    assert "[amended by" in model.data(model.index(1, lm.COL_TEXT))
    detail = EntryDialog(ui_desk, clerk, original.id, window)
    qtbot.addWidget(detail)
    assert not detail.amend_button.isEnabled()  # amend the newer one instead


def test_mark_read_lists_the_reader(qtbot, window, ui_desk, people):
    entry = log_commands.record_entry(
        ui_desk, people["manager"], category="security", text="Master key 3 missing", important=True
    )
    dialog = EntryDialog(ui_desk, people["clerk"], entry.id, window)
    qtbot.addWidget(dialog)
    assert dialog.read_button.isEnabled()
    dialog.read_button.click()
    from PySide6.QtWidgets import QLabel

    assert "Иван Петров" in dialog.findChild(QLabel, "readBy").text()
    detail = log_views.entry_detail(ui_desk, people["clerk"], entry.id)
    assert [r.name for r in detail.read_by] == ["Иван Петров"]
    assert not dialog.read_button.isEnabled()


def test_close_follow_up_from_open_items(qtbot, window, ui_desk, people):
    clerk = people["clerk"]
    due = ui_desk.clock.now() + timedelta(hours=1)
    log_commands.record_entry(
        ui_desk,
        clerk,
        category="repair",
        text="AC noisy in 701",
        follow_up_owner_id=clerk.id,
        follow_up_due=due,
    )
    window.read_everything_again()
    panel = window.open_items
    assert panel.model.rowCount() == 1
    refused = []

    def close_it(dialog: CloseFollowUpDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # nothing typed yet
        refused.append(not dialog.error.isHidden())
        type_text(dialog.text, "Engineer replaced the fan")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    _timer = when_modal(CloseFollowUpDialog, close_it)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)  # the only one: no choice
    assert refused == [True]
    assert panel.model.rowCount() == 0  # the window told the dock what the dialog wrote
    rows = log_views.list_entries(ui_desk, clerk).rows
    assert rows[0].text == "Engineer replaced the fan"
    assert rows[1].follow_up_state is FollowUpState.CLOSED


def test_overdue_turns_red_when_the_clock_passes_the_due_time(qtbot, window, ui_desk, people):
    clerk = people["clerk"]
    due = ui_desk.clock.now() + timedelta(minutes=30)
    log_commands.record_entry(
        ui_desk,
        clerk,
        category="call",
        text="Call 1208 back",
        follow_up_owner_id=clerk.id,
        follow_up_due=due,
    )
    window.log_panel.refresh()
    window.refresh_status()
    assert window.overdue_label.text().endswith("0")
    ui_desk.clock.advance(timedelta(minutes=31))
    window.tick()
    assert window.overdue_label.text().endswith("1")
    model = window.log_panel.model
    assert model.entry_at(0).follow_up_state is FollowUpState.OVERDUE
    assert (
        model.data(model.index(0, lm.COL_FOLLOW_UP), lm.Qt.ItemDataRole.ForegroundRole).color()
        == lm.OVERDUE_COLOR
    )
    assert window.open_items.summary.text().startswith("1 open, 1 overdue")


def test_a_complaint_step_in_the_log_opens_its_complaint(qtbot, window, ui_desk, people):
    from PySide6.QtWidgets import QPushButton

    from desk_app.services.complaints import commands as complaints_commands

    clerk = people["clerk"]
    taken = complaints_commands.intake(
        ui_desk,
        clerk,
        channel="phone",
        guest_name="Смирнова",
        room="305",
        category="noise",
        severity="medium",
        text="Шум из соседнего номера",
        promised_at=ui_desk.clock.now() + timedelta(minutes=30),
    )
    entry = log_views.list_entries(ui_desk, clerk).rows[0]
    assert entry.complaint_id == taken.id
    dialog = EntryDialog(ui_desk, clerk, entry.id, window)
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "openComplaint")
    with qtbot.waitSignal(dialog.open_complaint) as signal:
        button.click()
    assert signal.args == [taken.id]


def test_entries_are_shown_as_written_not_as_html(qtbot, window, ui_desk, people):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    written = "<b>VIP</b> guest in <i>1208</i> asked for a late checkout"
    entry = log_commands.record_entry(ui_desk, people["clerk"], category="request", text=written)
    dialog = EntryDialog(ui_desk, people["clerk"], entry.id, window)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "entryText")
    assert label.text() == written
    assert label.textFormat() == Qt.TextFormat.PlainText
