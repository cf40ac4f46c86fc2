"""The roster in the window: the Roster dock beside the other books (in the View menu), its
Months tab read again when a month is saved, Next month and Roster → Month… opening the page,
another part's tab added in one line, and the page hidden by the lock with what was typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from desk_app.domain.roster.month import RosterState, next_month
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover.views import get_policy as handover_policy
from desk_app.services.roster import commands as roster_commands
from desk_app.services.roster import views as roster_views
from desk_app.ui.roster.flow_dialogs import MonthChooser
from desk_app.ui.roster.month_page import MonthPage
from desk_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import UI_START

NEXT = next_month(UI_START.astimezone().date())


@pytest.fixture
def two_shifts(ui_desk, people):
    handover_commands.set_policy(
        ui_desk,
        people["manager"],
        replace(handover_policy(ui_desk), shift_starts=(time(8), time(20))),
    )


@pytest.fixture
def win(qtbot, ui_desk, supervisor, prefs, messages, two_shifts):
    window = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def test_the_dock_sits_with_the_books_and_is_in_the_view_menu(win):
    dock = win.roster.dock
    assert dock in win.tabifiedDockWidgets(win.log_dock)
    view_menu = next(
        a.menu() for a in win.menuBar().actions() if a.menu().objectName() == "viewMenu"
    )
    assert dock.toggleViewAction() in view_menu.actions()
    titles = [a.text() for a in win.roster.menu.actions()]
    assert "&Month…" in titles and "&Next month's roster" in titles


def test_another_part_adds_its_tab_in_one_line(win):
    index = win.roster.panel.add_tab(QLabel("on duty"), "On duty")
    assert win.roster.panel.tabs.tabText(index) == "On duty"
    assert win.roster.panel.tabs.tabText(0) == "Months"


def test_next_month_opens_the_page_and_saving_lists_the_month(qtbot, win, ui_desk, supervisor):
    months = win.roster.panel.months
    assert months.model.rowCount() == 0 and not months.empty.isHidden()
    months.next_button.click()
    page = win.roster.month_page
    assert isinstance(page, MonthPage) and (page.year, page.month) == NEXT
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.grid.setFocus()
    QTest.keyClicks(page.grid, "dn")
    QTest.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert months.model.rowCount() == 1
    assert months.model.index(0, 1).data() == "Draft"
    assert months.model.index(0, 2).data() == "Ольга Смирнова"
    page.reject()
    assert win.roster.month_page is None
    # Submitted meanwhile (by the supervisor's other session): F5 reads it again.
    roster_commands.submit_month(
        ui_desk,
        supervisor,
        *NEXT,
        version=roster_views.open_month(ui_desk, supervisor, *NEXT).version,
        accept_warnings=True,
    )
    win.read_everything_again()
    assert months.model.index(0, 1).data() == "Submitted to the manager"
    months.table.selectRow(0)
    months.open_selected()
    page = win.roster.month_page
    assert page.view.state is RosterState.SUBMITTED
    page.reject()


def test_month_menu_chooses_next_month_first(qtbot, win):
    win.roster.month_action.trigger()
    chooser = win.roster.pages.get("chooser")
    assert isinstance(chooser, MonthChooser)
    assert chooser.month.currentData() == NEXT[0] * 100 + NEXT[1]
    chooser.month.setCurrentIndex(chooser.month.currentIndex() + 1)  # the month before
    chooser.submit()
    page = win.roster.month_page
    year, month = NEXT
    assert (page.year, page.month) == ((year - 1, 12) if month == 1 else (year, month - 1))
    page.reject()


def test_a_clerks_month_menu_chooses_this_month(qtbot, ui_desk, people, prefs, messages):
    window = MainWindow(ui_desk, people["clerk"], prefs, "en")
    qtbot.addWidget(window)
    window.roster.month_action.trigger()
    chooser = window.roster.pages.get("chooser")
    today = UI_START.astimezone().date()
    assert chooser.month.currentData() == today.year * 100 + today.month
    title = chooser.fontMetrics().horizontalAdvance(chooser.windowTitle())
    assert chooser.minimumWidth() > title
    chooser.reject()


def test_the_lock_hides_the_page_with_what_was_typed(qtbot, win):
    win.roster.open_next_month()
    page = win.roster.month_page
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.grid.setFocus()
    QTest.keyClicks(page.grid, "d")
    win.lock()
    assert not page.isVisible()
    win.unlock()
    assert page.isVisible() and page.model.dirty
    page.model.undo()
    page.reject()
