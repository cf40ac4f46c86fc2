"""A month's page on a test database: a week typed and saved, a rotation and a copied week with
undo, the people on the month, warnings that select their cell, submitting with warnings (asked
first), the manager sending it back with a reason and approving it, an approved month refusing
keys, closing with changes not saved, and the history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.domain.roster.checks import Concern
from desk_app.domain.roster.month import RosterState, next_month
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover.views import get_policy as handover_policy
from desk_app.services.roster import commands as roster_commands
from desk_app.services.roster import views as roster_views
from desk_app.ui.roster.edit_dialogs import (
    PERSON_ROLE,
    CopyWeekDialog,
    MonthPeopleDialog,
    RotationDialog,
)
from desk_app.ui.roster.flow_dialogs import HistoryDialog, SendBackDialog
from desk_app.ui.roster.month_page import WARNING_ROLE, MonthPage
from tests.ui.conftest import UI_START, add_supervisor
from tests.ui.helpers import shown, type_text

YEAR, MONTH = next_month(UI_START.astimezone().date())
CTRL = Qt.KeyboardModifier.ControlModifier


def day(d: int) -> date:
    return date(YEAR, MONTH, d)


@pytest.fixture(autouse=True)
def _recorded(messages):
    """No message box left open: a page closed with changes asks first."""
    return messages


@pytest.fixture
def team(ui_desk, people, supervisor):
    """Two shifts (08-20, 20-08) and four clerks on the month."""
    manager = people["manager"]
    handover_commands.set_policy(
        ui_desk, manager, replace(handover_policy(ui_desk), shift_starts=(time(8), time(20)))
    )
    from desk_app.services import accounts

    for name, pin in (("李娜", "4321"), ("Anna Smith", "5678"), ("Пётр Сидоров", "8765")):
        accounts.add_person(ui_desk, manager, name=name, role="clerk", pin=pin, pin_repeat=pin)
    return roster_views.roster_people(ui_desk, manager)


def _page(qtbot, desk, actor) -> MonthPage:
    page = shown(qtbot, MonthPage(desk, actor, YEAR, MONTH))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)  # the page's shortcuts need it
    page.grid.setFocus()
    return page


def _row_of(page: MonthPage, name: str) -> int:
    return next(i for i, p in enumerate(page.model.roster.people) if page.model.name(p) == name)


def _fill(page: MonthPage) -> None:
    """Every clerk on D N O O, a day apart: each shift covered by one."""
    roster = page.model.roster
    cycle = "DNOO"
    page.model.set_cells(
        (p, d, cycle[(d.day - 1 - i) % 4]) for i, p in enumerate(roster.people) for d in roster.days
    )


def test_a_week_typed_saved_and_read_back(qtbot, ui_desk, supervisor, team, messages):
    page = _page(qtbot, ui_desk, supervisor)
    assert page.view.id is None and page.steps.submit_button.isVisible()
    assert page.model.rowCount() == 4  # the active clerks
    row = _row_of(page, "李娜")
    page.grid.select_cell(page.model.index(row, 0))
    QTest.keyClicks(page.grid, "dnoodnd")
    assert page.windowTitle().endswith("*")
    assert page.steps.save_button.isEnabled()
    QTest.keyClick(page, Qt.Key.Key_S, CTRL)
    assert not messages.errors
    assert page.view.id is not None and not page.model.dirty
    assert not page.windowTitle().endswith("*")
    stored = roster_views.open_month(ui_desk, supervisor, YEAR, MONTH)
    person = stored.roster.people[row]
    assert [stored.roster.cell(person, day(d)) for d in range(1, 8)] == list("DNOODND")
    assert stored.drafted_by == "Ольга Смирнова"
    assert "Ольга Смирнова" in page.facts.text()
    # Undo after a save starts again from what was saved.
    assert not page.model.can_undo


def test_rotation_and_copied_week_are_undone_in_one_step(qtbot, ui_desk, supervisor, team):
    page = _page(qtbot, ui_desk, supervisor)
    first, second = page.model.roster.people[:2]
    page.grid.select_cell(page.model.index(0, 0))
    dialog = page.steps.rotation()
    assert isinstance(dialog, RotationDialog)
    dialog.people.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.first.setValue(1)
    dialog.last.setValue(14)
    type_text(dialog.cycle, "d n o o")
    dialog.stagger.setChecked(True)
    dialog.submit()
    roster = page.model.roster
    assert [roster.cell(first, day(d)) for d in range(1, 9)] == list("DNOODNOO")
    assert [roster.cell(second, day(d)) for d in range(1, 9)] == list("NOODNOOD")
    assert roster.cell(first, day(15)) == "O"
    dialog = page.steps.copy_week()
    assert isinstance(dialog, CopyWeekDialog)
    dialog.source.setValue(1)
    dialog.target.setValue(15)
    dialog.submit()
    assert [page.model.roster.cell(first, day(d)) for d in range(15, 22)] == list("DNOODNO")
    QTest.keyClick(page, Qt.Key.Key_Z, CTRL)
    assert page.model.roster.cell(first, day(15)) == "O"
    QTest.keyClick(page, Qt.Key.Key_Z, CTRL)
    assert page.model.roster.cell(first, day(1)) == "O"
    QTest.keyClick(page, Qt.Key.Key_Y, CTRL)
    assert page.model.roster.cell(first, day(1)) == "D"


def test_a_rotation_with_leave_or_a_wrong_code_is_refused_beside_it(
    qtbot, ui_desk, supervisor, team
):
    page = _page(qtbot, ui_desk, supervisor)
    dialog = page.steps.rotation()
    type_text(dialog.cycle, "D L O")
    dialog.submit()
    assert dialog.isVisible() and "Leave is set by approving" in dialog.error.text()
    dialog.cycle.setText("D X")
    dialog.submit()
    assert "X is not a shift" in dialog.error.text()
    dialog.reject()


def test_people_added_and_taken_off(qtbot, ui_desk, supervisor, team):
    page = _page(qtbot, ui_desk, supervisor)
    dialog = page.steps.people()
    assert isinstance(dialog, MonthPeopleDialog)
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    olga = next(i for i in items if "Ольга Смирнова" in i.text())  # a supervisor, not yet on
    assert olga.checkState() == Qt.CheckState.Unchecked
    olga.setCheckState(Qt.CheckState.Checked)
    anna = next(i for i in items if i.text().startswith("Anna Smith"))
    anna.setCheckState(Qt.CheckState.Unchecked)
    dialog.submit()
    names = [page.model.name(p) for p in page.model.roster.people]
    assert "Anna Smith" not in names and names[-1] == "Ольга Смирнова"
    assert page.grid.verticalHeader().count() == 4
    assert olga.data(PERSON_ROLE) == supervisor.id
    QTest.keyClick(page, Qt.Key.Key_Z, CTRL)
    assert "Anna Smith" in [page.model.name(p) for p in page.model.roster.people]


def test_warnings_in_words_select_their_cell(qtbot, ui_desk, supervisor, team):
    page = _page(qtbot, ui_desk, supervisor)
    assert page.warning_list.count() == 2 * len(page.model.days)  # every shift a gap
    _fill(page)
    assert page.warning_list.count() == 0 and page.warnings_title.text() == "No warnings"
    assert page.coverage_model.index(0, 0).data() == "1/1"
    # A night then a day shift with 0 h of rest.
    row = 0
    person = page.model.roster.people[row]
    first_n = next(d for d in page.model.days if page.model.roster.cell(person, d) == "N")
    column = page.model.days.index(first_n) + 1
    page.grid.select_cell(page.model.index(row, column))
    QTest.keyClick(page.grid, Qt.Key.Key_D)
    texts = [page.warning_list.item(i).text() for i in range(page.warning_list.count())]
    assert any("rests 0 h before shift D" in t for t in texts), texts
    rest = next(
        page.warning_list.item(i)
        for i in range(page.warning_list.count())
        if page.warning_list.item(i).data(WARNING_ROLE).concern is Concern.REST
    )
    page.grid.select_cell(page.model.index(3, 20))
    page.go_to_warning(rest)
    assert (page.grid.currentIndex().row(), page.grid.currentIndex().column()) == (row, column)
    assert page.model.index(row, column).data(Qt.ItemDataRole.UserRole + 3)  # marked


def test_submit_asks_about_warnings_then_the_manager_sends_back_and_approves(
    qtbot, ui_desk, people, supervisor, team, messages
):
    page = _page(qtbot, ui_desk, supervisor)
    _fill(page)
    page.model.set_cells([(page.model.roster.people[0], day(1), "O")])  # a gap on day 1
    messages.confirm_answer = False
    assert page.steps.submit() is None  # saved first, then asked: not submitted
    assert page.view.id is not None and page.view.state is RosterState.DRAFT
    messages.confirm_answer = True
    page.steps.submit()
    assert not messages.errors
    assert page.view.state is RosterState.SUBMITTED
    assert not page.steps.submit_button.isVisible()
    assert not page.steps.approve_button.isVisible()  # a supervisor's page
    QTest.keyClick(page.grid, Qt.Key.Key_D)
    assert "with the manager" in page.notice.text()
    page.close()

    manager = people["manager"]
    page = _page(qtbot, ui_desk, manager)
    assert page.steps.approve_button.isVisible() and page.steps.send_back_button.isVisible()
    dialog = page.steps.send_back()
    assert isinstance(dialog, SendBackDialog)
    dialog.submit()  # no reason
    assert dialog.isVisible() and dialog.error.isVisible()
    type_text(dialog.reason, "Day 1 has no day clerk")
    dialog.submit()
    assert not dialog.isVisible()
    assert page.view.state is RosterState.DRAFT
    assert page.reason.text() == "Sent back: Day 1 has no day clerk"
    page.close()

    page = _page(qtbot, ui_desk, supervisor)
    assert "Day 1 has no day clerk" in page.reason.text()
    page.grid.select_cell(page.model.index(0, 0))
    QTest.keyClick(page.grid, Qt.Key.Key_D)
    assert not page.warnings
    page.steps.submit()
    assert page.view.state is RosterState.SUBMITTED
    page.close()

    page = _page(qtbot, ui_desk, manager)
    page.steps.approve()
    assert page.view.state is RosterState.APPROVED
    assert "Wang Li" in page.facts.text()
    assert not page.steps.approve_button.isVisible()
    assert not page.steps.save_button.isVisible()
    page.grid.select_cell(page.model.index(0, 3))
    before = page.model.roster
    QTest.keyClick(page.grid, Qt.Key.Key_N)
    QTest.keyClick(page.grid, Qt.Key.Key_Delete)
    assert page.model.roster is before
    assert "approved: change it through leave or a swap" in page.notice.text()
    history = page.steps.history()
    assert isinstance(history, HistoryDialog)
    steps = [history.tree.topLevelItem(i).text(1) for i in range(history.tree.topLevelItemCount())]
    assert steps == ["Drafted", "Submitted", "Sent back", "Submitted", "Approved"]
    assert history.tree.topLevelItem(2).text(3) == "Day 1 has no day clerk"
    history.reject()


def test_a_clerk_reads_the_month_without_typing(qtbot, ui_desk, people, supervisor, team):
    page = _page(qtbot, ui_desk, people["clerk"])
    assert not page.steps.submit_button.isVisible() and not page.steps.save_button.isVisible()
    QTest.keyClick(page.grid, Qt.Key.Key_D)
    assert page.notice.text() == "Only a supervisor or the manager drafts the roster."
    assert not page.model.dirty


def test_closing_with_changes_not_saved_asks_first(qtbot, ui_desk, supervisor, team, messages):
    page = _page(qtbot, ui_desk, supervisor)
    QTest.keyClick(page.grid, Qt.Key.Key_D)
    messages.confirm_answer = False
    page.reject()
    assert page.isVisible()
    messages.confirm_answer = True
    page.reject()
    assert not page.isVisible()
    assert roster_views.open_month(ui_desk, supervisor, YEAR, MONTH).id is None


def test_another_counter_saving_meanwhile_is_told_on_save(
    qtbot, ui_desk, supervisor, team, messages
):
    page = _page(qtbot, ui_desk, supervisor)
    QTest.keyClick(page.grid, Qt.Key.Key_D)
    other = add_supervisor(ui_desk, team and _manager(ui_desk), "Sun Mei", "246810")
    roster_commands.save_month(
        ui_desk, other, YEAR, MONTH, people=page.model.roster.people, cells=[], version=None
    )
    assert page.steps.save() is None
    assert messages.errors and "meanwhile" in messages.errors[-1]
    assert page.model.dirty  # what was typed is kept


def _manager(desk):
    from desk_app.services import accounts

    return accounts.sign_in_by_name(desk, name="Wang Li", pin="111111")


def test_print_and_save_as_open_the_printout_of_the_month_as_saved(
    qtbot, ui_desk, supervisor, team, messages, monkeypatch
):
    from desk_app.ui.roster import printing

    asked: list[tuple] = []
    monkeypatch.setattr(printing, "print_month", lambda *a: asked.append(("print", *a[3:])))
    monkeypatch.setattr(printing, "save_month_as", lambda *a: asked.append(("save", *a[3:])))
    page = _page(qtbot, ui_desk, supervisor)
    page.steps.print_button.click()
    assert not asked and "nothing to print" in page.notice.text()
    QTest.keyClick(page.grid, Qt.Key.Key_D)
    page.steps.save()
    page.steps.print_button.click()
    page.steps.save_as_button.click()
    assert asked == [("print", YEAR, MONTH), ("save", YEAR, MONTH)]
    QTest.keyClick(page.grid, Qt.Key.Key_N)
    messages.confirm_answer = False  # the printout would not show what was typed since
    page.steps.print_button.click()
    assert len(asked) == 2
