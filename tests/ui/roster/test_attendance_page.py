"""Roster → Attendance: the month per person and a day's shifts (late and no-show in colour), days
stepped, a sign-in elsewhere read again, the month saved as Excel in the printout language; a clerk
is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from desk_app.domain.roster.attendance import Outcome
from desk_app.services import accounts
from desk_app.services.changes import Changes
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover.views import get_policy as handover_policy
from desk_app.services.roster import commands as roster_commands
from desk_app.ui.roster.attendance_models import SHADES
from desk_app.ui.roster.attendance_page import AttendancePage, attendance_page, month_key

APRIL = (2026, 4)


def local(d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2026, 4, d, hh, mm).astimezone()


@pytest.fixture
def april(ui_desk, people, supervisor):
    """An approved April: 1st Иван D and 李强 N, 2nd Анна D. Иван came at 07:50, 李强 at 20:30,
    Анна never; 王芳, off, signed in at 08:05 on the 2nd. The clock: noon on the 2nd."""
    desk, manager = ui_desk, people["manager"]
    handover_commands.set_policy(
        desk, manager, replace(handover_policy(desk), shift_starts=(time(8), time(20)))
    )
    ids = {"Иван Петров": people["clerk"].id}
    for name, pin in (("李强", "8642"), ("Анна Смирнова", "1357"), ("王芳", "2468")):
        ids[name] = accounts.add_person(
            desk, manager, name=name, role="clerk", pin=pin, pin_repeat=pin
        ).id
    cells = [
        (ids["Иван Петров"], date(2026, 4, 1), "D"),
        (ids["李强"], date(2026, 4, 1), "N"),
        (ids["Анна Смирнова"], date(2026, 4, 2), "D"),
    ]
    v = roster_commands.save_month(
        desk, supervisor, *APRIL, people=list(ids.values())[:3], cells=cells, version=None
    )
    v = roster_commands.submit_month(
        desk, supervisor, *APRIL, version=v.version, accept_warnings=True
    )
    roster_commands.approve_month(desk, manager, *APRIL, version=v.version)
    for when, name, pin in (
        (local(1, 7, 50), "Иван Петров", "2222"),
        (local(1, 20, 30), "李强", "8642"),
        (local(2, 8, 5), "王芳", "2468"),
    ):
        desk.clock.set(when)
        accounts.sign_in_by_name(desk, name=name, pin=pin)
    desk.clock.set(local(2, 12))
    return ids


def cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_month_and_a_day_rostered_against_what_happened(qtbot, ui_desk, supervisor, april):
    page = AttendancePage(ui_desk, supervisor)
    qtbot.addWidget(page)
    assert page.loaded and page.year_month == APRIL
    summary = page.summary_model
    assert [cells(summary, r) for r in range(summary.rowCount())] == [
        ["Иван Петров", "1", "1", "12", "12", "0", "0", "0", "0"],
        ["李强", "1", "1", "12", "11.5", "1", "0", "0", "0"],
        ["Анна Смирнова", "1", "0", "12", "0", "0", "1", "0", "0"],
        ["王芳", "0", "1", "0", "4", "0", "0", "0", "1"],  # so far: noon
    ]
    assert summary.index(1, 5).data(Qt.ItemDataRole.ForegroundRole) is not None  # late in red
    # the day shown is today, the 2nd: Анна's no-show, 王芳's extra shift
    day = page.day_model
    assert page.day_box.currentData() == date(2026, 4, 2)
    assert [(r.outcome, day.index(i, 1).data()) for i, r in enumerate(day.rows)] == [
        (Outcome.NO_SHOW, "Анна Смирнова"),
        (Outcome.EXTRA, "王芳"),
    ]
    no_show = day.index(0, 2)
    assert no_show.data() == "No-show"
    assert no_show.data(Qt.ItemDataRole.BackgroundRole).name() == SHADES[Outcome.NO_SHOW]
    assert day.index(1, 3).data() == "08:05"
    page.previous_button.click()
    assert page.day_box.currentData() == date(2026, 4, 1)
    assert cells(day, 0)[:4] == ["D 08:00–20:00", "Иван Петров", "On time", "07:50"]
    assert cells(day, 1)[:4] == ["N 20:00–08:00", "李强", "Late (30 min)", "20:30"]
    assert not page.previous_button.isEnabled()
    page.next_button.click()
    page.next_button.click()  # the 3rd: nothing rostered
    assert day.rowCount() == 0 and page.empty_day.isVisibleTo(page)


def test_a_sign_in_elsewhere_is_read_again_on_the_same_day(qtbot, ui_desk, supervisor, april):
    page = AttendancePage(ui_desk, supervisor)
    qtbot.addWidget(page)
    ui_desk.clock.set(local(2, 12, 30))
    accounts.sign_in_by_name(ui_desk, name="Анна Смирнова", pin="1357")
    page.apply_changes(Changes(0, frozenset({"log"})))  # another book: not read
    assert page.day_model.rows[0].outcome is Outcome.NO_SHOW
    page.apply_changes(Changes(0, frozenset({"people"})))
    assert page.day_box.currentData() == date(2026, 4, 2)
    assert page.day_model.index(0, 2).data() == "Late (270 min)"


def test_the_month_saved_as_excel(qtbot, ui_desk, supervisor, april, tmp_path, monkeypatch):
    page = AttendancePage(ui_desk, supervisor)
    qtbot.addWidget(page)
    target = tmp_path / "april.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.save_excel() == target
    wb = load_workbook(target)
    assert wb.sheetnames == ["Summary", "Days"]
    assert wb["Summary"]["A1"].value == "Attendance: April 2026"
    assert [r[4].value for r in wb["Days"].iter_rows(min_row=2)] == [
        "Иван Петров",
        "李强",
        "Анна Смирнова",
        "王芳",
    ]
    assert page.file_name() == "attendance-2026-04.xlsx"


def test_a_month_not_approved_says_so(qtbot, ui_desk, supervisor, april):
    page = AttendancePage(ui_desk, supervisor)
    qtbot.addWidget(page)
    page.month_box.setCurrentIndex(page.month_box.findData(month_key(2026, 3)))
    assert page.year_month == (2026, 3)
    assert "not approved" in page.notice.text()
    assert page.summary_model.rowCount() == 0


def test_a_clerk_is_refused(qtbot, ui_desk, people, messages):
    assert attendance_page(ui_desk, people["clerk"], None) is None
    assert messages.errors


def test_roster_attendance_opens_from_the_window(qtbot, ui_desk, supervisor, april, prefs):
    from desk_app.ui.shell.main_window import MainWindow

    win = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(win)
    action = win.findChild(QAction, "rosterAttendanceAction")
    assert action is not None and action.isEnabled()
    assert action in win.roster.menu.actions()
    action.trigger()
    page = win.roster.pages.get("attendance")
    assert isinstance(page, AttendancePage) and page.isVisible()
    assert page.summary_model.rowCount() == 4
    action.trigger()  # one at a time
    assert win.roster.pages.get("attendance") is page
    page.reject()


def test_a_clerks_window_greys_attendance_out(qtbot, ui_desk, people, prefs):
    from desk_app.ui.shell.main_window import MainWindow

    win = MainWindow(ui_desk, people["clerk"], prefs, "en")
    qtbot.addWidget(win)
    assert not win.findChild(QAction, "rosterAttendanceAction").isEnabled()
