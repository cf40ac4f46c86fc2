"""The complaints dock when something is written elsewhere: the register read again only when
complaints were written (the assignee list when people were), the selected complaint still
selected and the register where it was scrolled."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.domain.complaints import Action, Status
from desk_app.services import accounts
from desk_app.services.changes import changes_since, journal_head
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.desk import open_desk
from desk_app.services.log import commands as log_commands
from desk_app.ui.complaints import model as cm
from desk_app.ui.complaints.dock import ComplaintsPanel
from desk_app.ui.complaints.page import ComplaintDialog
from tests.ui.helpers import shown


@pytest.fixture
def second_desk(tmp_path: Path, ui_desk):
    """The same book open at another counter."""
    desk = open_desk(str(tmp_path / "ui.sqlite"), station="Front desk 2")
    desk.clock = ui_desk.clock
    yield desk
    desk.db.dispose()


def _take(desk, actor, guest: str):
    return complaints_commands.intake(
        desk,
        actor,
        channel="phone",
        guest_name=guest,
        room="1208",
        category="maintenance",
        severity="medium",
        text="Кондиционер не работает",
        promised_at=desk.clock.now() + timedelta(hours=2),
    )


def test_a_complaint_taken_elsewhere_keeps_the_row_and_the_scroll(
    qtbot, ui_desk, people, second_desk, messages
):
    clerk = people["clerk"]
    for n in range(40):  # more than the dock shows at once
        _take(ui_desk, clerk, f"Гость {n}")
    panel = shown(qtbot, ComplaintsPanel(ui_desk, clerk))
    panel.resize(900, 360)
    table, model = panel.table, panel.model
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(model.index(1, cm.COL_GUEST)).center(),
    )
    for _ in range(2):
        QTest.keyClick(table, Qt.Key.Key_PageDown)
    chosen = panel.selected_complaint()
    scroll = table.verticalScrollBar().value()
    assert chosen is not None and scroll > 0
    reads = []
    refresh = model.refresh
    model.refresh = lambda: reads.append(1) or refresh()
    seen = journal_head(ui_desk)

    # The other counter writes in the log, then takes a complaint.
    log_commands.record_entry(second_desk, clerk, category="note", text="Radio 2 charging")
    logged = changes_since(ui_desk, clerk, seen)
    taken = _take(second_desk, clerk, "张先生")
    complained = changes_since(ui_desk, clerk, logged.head)
    assert logged.books == {"log"} and complained.touches("complaints")

    panel.apply_changes(logged)  # not the complaints': nothing is read again
    assert reads == []
    assert model.rowCount() == 40

    panel.apply_changes(complained)
    assert reads == [1]
    assert model.complaint_at(0).id == taken.id  # the new complaint on top
    assert panel.selected_complaint().id == chosen.id  # still selected
    assert model.complaint_at(table.currentIndex().row()).id == chosen.id
    assert table.verticalScrollBar().value() == scroll  # the register where it was
    assert messages.errors == []


def test_someone_added_elsewhere_joins_the_assignee_filter_without_a_reload(
    qtbot, ui_desk, people, second_desk, messages
):
    manager, clerk = people["manager"], people["clerk"]
    _take(ui_desk, clerk, "张先生")
    panel = shown(qtbot, ComplaintsPanel(ui_desk, clerk))
    reads = []
    refresh = panel.model.refresh
    panel.model.refresh = lambda: reads.append(1) or refresh()
    seen = journal_head(ui_desk)

    accounts.add_person(
        second_desk, manager, name="Ольга Смирнова", role="clerk", pin="4444", pin_repeat="4444"
    )
    added = changes_since(ui_desk, clerk, seen)
    assert added.books == {"people"}
    assert panel.assignee.findText("Ольга Смирнова") < 0

    panel.apply_changes(added)
    assert panel.assignee.findText("Ольга Смирнова") > 0
    assert panel.assignee.currentData() is None  # still "anyone"
    assert reads == []  # the register was not read again
    assert messages.errors == []


def test_a_complaint_page_reads_its_complaint_again_only_when_it_was_written(
    qtbot, ui_desk, people, second_desk, messages
):
    clerk = people["clerk"]
    mine = _take(ui_desk, clerk, "张先生")
    other = _take(ui_desk, clerk, "Гость 2")
    page = shown(qtbot, ComplaintDialog(ui_desk, clerk, mine.id))
    assert Action.ACKNOWLEDGE in page.action_buttons
    seen = journal_head(ui_desk)

    complaints_commands.act(
        second_desk, clerk, other.id, "acknowledge", expected_version=other.version, note="OK"
    )
    elsewhere = changes_since(ui_desk, clerk, seen)
    complaints_commands.act(
        second_desk, clerk, mine.id, "acknowledge", expected_version=mine.version, note="OK"
    )
    this_one = changes_since(ui_desk, clerk, elsewhere.head)

    page.apply_changes(elsewhere)  # another complaint: the page stays as it is
    assert page.status_label.text() == "Received"
    page.apply_changes(this_one)
    assert page.status_label.text() == "Acknowledged"
    assert Action.ACKNOWLEDGE not in page.action_buttons
    assert page.history.model().rowCount() == 2  # taken, acknowledged
    assert messages.errors == []


def test_in_the_window_a_step_taken_elsewhere_reaches_the_open_page(
    qtbot, window, ui_desk, people, second_desk, messages
):
    clerk = people["clerk"]
    c = _take(ui_desk, clerk, "张先生")
    window.complaints.open_complaint(c.id)
    page = window.complaints.page
    qtbot.waitExposed(page)
    assert page.status_label.text() == "Received"

    complaints_commands.act(
        second_desk, clerk, c.id, "acknowledge", expected_version=c.version, note="OK"
    )
    window.poll_other_stations()
    assert page.status_label.text() == "Acknowledged"
    assert window.complaints.panel.model.complaint_at(0).status is Status.ACKNOWLEDGED
    assert messages.errors == []
