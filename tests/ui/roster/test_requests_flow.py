"""Leave and swaps in the window: a clerk asks for a swap from the Roster menu, the colleague's
wrong PIN refused beside its field and the right one kept; a supervisor approves a leave choosing
the cover offered, the approved month changing; a reject needs its reason; a withdraw."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from desk_app.domain.roster.month import next_month
from desk_app.services import accounts
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover.views import get_policy as handover_policy
from desk_app.services.roster import commands as roster_commands
from desk_app.services.roster import request_views, requests
from desk_app.services.roster import views as roster_views
from desk_app.services.roster.request_views import RequestState
from desk_app.ui.roster.request_dialogs import ApproveDialog, RejectDialog, SwapDialog
from desk_app.ui.roster.requests_tab import RequestsTab
from tests.ui.conftest import UI_START
from tests.ui.helpers import shown, type_text

YEAR, MONTH = next_month(UI_START.astimezone().date())
CYCLE = "DNOO"


def day(d: int) -> date:
    return date(YEAR, MONTH, d)


def _names(desk, actor) -> dict[str, str]:
    return {p.id: p.name for p in roster_views.roster_people(desk, actor)}


def _ids(desk, actor) -> dict[str, str]:
    return {name: i for i, name in _names(desk, actor).items()}


@pytest.fixture
def approved(ui_desk, people, supervisor):
    """Two shifts (08-20, 20-08); Иван Петров and three more clerks on D N O O a day apart next
    month, approved by the manager. The clerks in the roster's order."""
    manager = people["manager"]
    handover_commands.set_policy(
        ui_desk, manager, replace(handover_policy(ui_desk), shift_starts=(time(8), time(20)))
    )
    for name, pin in (("李娜", "4321"), ("Anna Smith", "5678"), ("Пётр Сидоров", "8765")):
        accounts.add_person(ui_desk, manager, name=name, role="clerk", pin=pin, pin_repeat=pin)
    ids = _ids(ui_desk, manager)
    clerks = [ids[n] for n in ("Иван Петров", "李娜", "Anna Smith", "Пётр Сидоров")]
    days = roster_views.open_month(ui_desk, manager, YEAR, MONTH).roster.days
    cells = [
        (p, d, CYCLE[(d.day - 1 - i) % 4])
        for i, p in enumerate(clerks)
        for d in days
        if CYCLE[(d.day - 1 - i) % 4] != "O"
    ]
    v = roster_commands.save_month(
        ui_desk, supervisor, YEAR, MONTH, people=clerks, cells=cells, version=None
    )
    v = roster_commands.submit_month(ui_desk, supervisor, YEAR, MONTH, version=v.version)
    roster_commands.approve_month(ui_desk, manager, YEAR, MONTH, version=v.version)
    return clerks


def test_a_swap_confirmed_by_the_colleagues_pin(qtbot, window, ui_desk, people, approved, messages):
    clerk = people["clerk"]
    window.roster.requests.reload()
    window.findChild(QAction, "rosterAskSwapAction").trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SwapDialog)
    # my shifts ahead are offered: the day shift on the 1st first
    assert dialog.my_day.currentData() == day(1)
    assert dialog.my_day.currentText().endswith("D")
    # Anna Smith (third on the roster) is off on the 1st and takes my shift that day
    dialog.colleague.setCurrentIndex(dialog.colleague.findText("Anna Smith"))
    assert "off" in dialog.their_cell.text()
    assert dialog.their_day.day() == day(1)
    type_text(dialog.reason, "Экзамен")
    type_text(dialog.pin, "0000")
    dialog.submit()
    assert dialog.isVisible() and not messages.errors
    assert dialog.pin.text() == "" and "PIN" in dialog.error.text()
    assert dialog.pin.styleSheet()
    type_text(dialog.pin, "5678")
    dialog.submit()
    assert not dialog.isVisible() and dialog.result() == 1
    asked = request_views.list_requests(ui_desk, clerk)
    assert [(r.kind.value, r.colleague, r.state) for r in asked] == [
        ("swap", "Anna Smith", RequestState.ASKED)
    ]
    # the tab read it again through the window's Changes; the clerk may withdraw it
    tab = window.roster.requests
    assert tab.model.rowCount() == 1 and not tab.approve_button.isVisible()
    tab.table.selectRow(0)
    assert tab.withdraw_button.isEnabled()
    tab.withdraw_selected()
    assert tab.model.row_at(0).state is RequestState.WITHDRAWN


def test_a_leave_approved_with_the_cover_offered(qtbot, ui_desk, people, supervisor, approved):
    clerk = people["clerk"]
    asked = requests.ask_leave(ui_desk, clerk, first=day(5), last=day(5), reason="Врач")
    tab = shown(qtbot, RequestsTab(ui_desk, supervisor))
    assert tab.model.rowCount() == 1 and tab.approve_button.isVisible()
    tab.table.selectRow(0)
    assert tab.approve_button.isEnabled() and not tab.withdraw_button.isEnabled()
    dialog = tab.approve_selected()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ApproveDialog)
    combo = dialog.covers[day(5)]
    # the clerk's day shift on the 5th: nobody else works it; 李娜 is free and rested
    assert combo.currentIndex() == -1
    assert [combo.itemText(i) for i in range(combo.count())] == ["李娜"]
    dialog.submit()  # no cover chosen: refused beside the day's combo
    assert dialog.isVisible() and combo.styleSheet()
    combo.setCurrentIndex(0)
    dialog.submit()
    assert not dialog.isVisible()
    month = roster_views.open_month(ui_desk, supervisor, YEAR, MONTH)
    names = _names(ui_desk, supervisor)
    assert month.roster.cell(clerk.id, day(5)) == "L"
    assert [names[p] for p in month.roster.people if month.roster.cell(p, day(5)) == "D"] == [
        "李娜"
    ]
    done = request_views.get_request(ui_desk, supervisor, asked.id)
    assert done.state is RequestState.APPROVED and done.covers == ((day(5), "李娜"),)
    tab.reload()
    assert tab.model.row_at(0).state is RequestState.APPROVED
    assert "李娜" in tab.model.data(tab.model.index(0, 5))


def test_a_reject_needs_its_reason(qtbot, ui_desk, people, supervisor, approved):
    requests.ask_leave(ui_desk, people["clerk"], first=day(9), last=day(9), reason="Trip")
    tab = shown(qtbot, RequestsTab(ui_desk, supervisor))
    tab.table.selectRow(0)
    dialog = tab.reject_selected()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, RejectDialog)
    dialog.submit()
    assert dialog.isVisible() and dialog.reason.styleSheet()
    type_text(dialog.reason, "Short of staff")
    dialog.submit()
    assert not dialog.isVisible()
    tab.reload()
    assert tab.model.row_at(0).decision_reason == "Short of staff"
