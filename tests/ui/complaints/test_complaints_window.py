"""Complaints at the counter: intake from the keyboard, overdue red everywhere, reminders,
the authority rule by role, the optimistic version check, and the log kept in step."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.domain.complaints import Action, Status
from desk_app.domain.log import Category
from desk_app.services import settings as settings_service
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.complaints import views as complaints_views
from desk_app.services.log import views as log_views
from desk_app.ui.common.forms import FIELD_ERROR_STYLE
from desk_app.ui.complaints import model as cm
from desk_app.ui.complaints.intake import end_of_shift, tomorrow_at_ten
from desk_app.ui.complaints.page import ComplaintDialog
from desk_app.ui.complaints.steps import EscalateDialog, ResolveDialog
from desk_app.ui.log.model import OVERDUE_COLOR
from desk_app.ui.shell.main_window import MainWindow
from desk_app.ui.shell.settings_dialog import SettingsDialog
from tests.ui.helpers import type_text


def _take(desk, actor, *, minutes=60, severity="medium", guest="张先生", text="空调不制冷"):
    return complaints_commands.intake(
        desk,
        actor,
        channel="phone",
        guest_name=guest,
        room="1208",
        category="maintenance",
        severity=severity,
        text=text,
        promised_at=desk.clock.now() + timedelta(minutes=minutes),
    )


def _window_for(qtbot, desk, actor, prefs):
    """A second station's window (the fixture's window stays, as on another counter)."""
    win = MainWindow(desk, actor, prefs, "en")
    qtbot.addWidget(win)
    win.show()
    return win


def _active(qtbot, dialog):
    """Window-modal forms take the keyboard once the window system activates them."""
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def _open_page(qtbot, window, complaint_id) -> ComplaintDialog:
    window.complaints.open_complaint(complaint_id)
    return _active(qtbot, window.complaints.page)


def _step(qtbot, page: ComplaintDialog, action: Action):
    page.action_buttons[action].click()
    return _active(qtbot, page.step_dialog)


def _ok(dialog) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


# -- intake ----------------------------------------------------------------------------------------
def test_intake_from_the_keyboard_refuses_a_missing_promise_then_saves(
    qtbot, window, ui_desk, people, messages
):
    QTest.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = _active(qtbot, window.complaints.intake_dialog)
    assert dialog.guest.hasFocus()
    type_text(dialog.guest, "张先生")
    QTest.keyClick(dialog.guest, Qt.Key.Key_Tab)
    type_text(dialog.room, "1208")
    type_text(dialog.contact, "+7 912 000-00-00")
    dialog.category.setCurrentIndex(dialog.category.findData("noise"))
    type_text(dialog.text, "Шумят соседи, 隔壁很吵")
    _ok(dialog)  # Ctrl+Enter: no promise chosen yet

    assert not dialog.error.isHidden()
    assert "mandatory" in dialog.error.text()
    assert dialog.promised.styleSheet() == FIELD_ERROR_STYLE
    assert dialog.isVisible()
    assert dialog.guest.text() == "张先生"  # nothing typed is lost
    assert dialog.text.toPlainText() == "Шумят соседи, 隔壁很吵"
    assert complaints_views.list_complaints(ui_desk, people["clerk"]).rows == []
    assert log_views.list_entries(ui_desk, people["clerk"]).rows == []
    assert messages.errors == []

    dialog.quick_buttons["30min"].click()
    assert dialog.promised_at() == ui_desk.clock.now().astimezone() + timedelta(minutes=30)
    _ok(dialog)

    assert window.complaints.intake_dialog is None
    rows = complaints_views.list_complaints(ui_desk, people["clerk"]).rows
    assert len(rows) == 1
    c = rows[0]
    assert (c.guest_name, c.room, c.text) == ("张先生", "1208", "Шумят соседи, 隔壁很吵")
    assert c.contact == "+7 912 000-00-00"
    assert c.status is Status.RECEIVED
    assert c.promised_at == ui_desk.clock.now() + timedelta(minutes=30)
    # The register, the log and the open items show it at once.
    model = window.complaints_panel.model
    assert model.complaint_at(0).id == c.id
    assert model.data(model.index(0, cm.COL_GUEST)) == "张先生"
    top = window.log_panel.model.entry_at(0)
    assert top.category is Category.COMPLAINT
    assert top.text == f"Complaint #{c.num} received: Шумят соседи, 隔壁很吵"  # the step, the words
    assert window.open_items.complaint_at(0).id == c.id
    assert messages.errors == []


def test_intake_missing_guest_name_is_shown_next_to_the_field(qtbot, window, ui_desk, people):
    window.complaints.new_complaint()
    dialog = window.complaints.intake_dialog
    type_text(dialog.text, "Нет горячей воды")
    dialog.quick_buttons["2h"].click()
    dialog.submit()
    assert dialog.guest.styleSheet() == FIELD_ERROR_STYLE
    assert "name" in dialog.error.text()
    assert dialog.promised_at() is not None  # the chosen promise stays too
    assert complaints_views.list_complaints(ui_desk, people["clerk"]).rows == []
    dialog.reject()


def test_quick_promise_times():
    """The end of the shift follows the desk's shift pattern (Handover settings)."""
    shifts = (time(8), time(20))
    local = datetime(2025, 3, 14, 7, 59).astimezone()
    assert end_of_shift(local, shifts).hour == 8
    assert end_of_shift(local, shifts).date() == local.date()
    morning = local.replace(hour=8, minute=0)
    assert end_of_shift(morning, shifts).hour == 20
    night = local.replace(hour=21, minute=0)
    assert end_of_shift(night, shifts) == night.replace(hour=8) + timedelta(days=1)
    three = (time(7), time(15), time(23))
    assert end_of_shift(night, three) == night.replace(hour=23)
    assert tomorrow_at_ten(night) == night.replace(hour=10) + timedelta(days=1)


# -- overdue and reminders -------------------------------------------------------------------------
def test_overdue_turns_red_and_is_counted_as_the_clock_passes(
    qtbot, window, ui_desk, people, messages
):
    c = _take(ui_desk, people["clerk"], minutes=30)
    window.tick()
    model = window.complaints_panel.model
    window.complaints_panel.refresh()
    assert not model.complaint_at(0).overdue
    assert window.complaints_overdue_label.text() == "Overdue complaints: 0"
    assert window.complaints_dock.windowTitle() == "Complaints"

    ui_desk.clock.advance(timedelta(minutes=31))
    window.tick()

    assert model.complaint_at(0).overdue
    for col in (cm.COL_NUM, cm.COL_GUEST, cm.COL_PROMISED):
        index = model.index(0, col)
        assert model.data(index, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOR
        assert model.data(index, Qt.ItemDataRole.FontRole).bold()
    assert "overdue" in model.data(model.index(0, cm.COL_STATUS))
    assert window.complaints_dock.windowTitle() == "Complaints (1 overdue)"
    assert window.complaints_overdue_label.text() == "Overdue complaints: 1"
    assert "#c62828" in window.complaints_overdue_label.styleSheet()
    # The open-items view lists it in red too.
    item = window.open_items.complaint_model.item(0, 0)
    assert window.open_items.complaint_at(0).id == c.id
    assert item.foreground().color() == OVERDUE_COLOR and item.font().bold()
    # A reply ends the overdue state everywhere.
    complaints_commands.act(
        ui_desk, people["clerk"], c.id, "reply", expected_version=c.version, note="Called back"
    )
    window.read_everything_again()
    window.read_everything_again()
    assert window.complaints_overdue_label.text() == "Overdue complaints: 0"
    assert window.complaints_dock.windowTitle() == "Complaints"
    assert window.open_items.complaint_model.rowCount() == 0


def test_reminder_once_per_complaint_before_the_promise_expires(
    qtbot, window, ui_desk, people, messages
):
    c = _take(ui_desk, people["clerk"], minutes=40, guest="Анна Кузнецова")
    window.tick()
    panel = window.complaints_panel
    assert panel.banner.isHidden()
    assert window.statusBar().currentMessage() == ""

    ui_desk.clock.advance(timedelta(minutes=30))  # 10 minutes left, lead time 15
    window.tick()
    assert not panel.banner.isHidden()
    assert "Анна Кузнецова" in panel.reminder_text and f"#{c.num}" in panel.reminder_text
    message = window.statusBar().currentMessage()
    assert "Анна Кузнецова" in message and f"#{c.num}" in message
    assert messages.errors == messages.infos == []  # no box popping up

    window.statusBar().clearMessage()
    ui_desk.clock.advance(timedelta(minutes=1))
    window.tick()
    assert window.statusBar().currentMessage() == ""  # once per complaint
    assert not panel.banner.isHidden()
    panel.dismiss_reminders()
    assert panel.banner.isHidden()


# -- the page and the steps ------------------------------------------------------------------------
def test_a_step_writes_a_log_entry_shown_in_the_log_dock(qtbot, window, ui_desk, people, messages):
    c = _take(ui_desk, people["clerk"])
    window.complaints_panel.refresh()
    page = _open_page(qtbot, window, c.id)
    assert set(page.action_buttons) == set(c.allowed_actions)
    dialog = _step(qtbot, page, Action.ACKNOWLEDGE)
    assert dialog.note.toPlainText()  # a default sentence, ready to confirm
    dialog.note.setPlainText("Гостю сказали: разбираемся")
    _ok(dialog)

    assert page.step_dialog is None
    assert page.complaint.status is Status.ACKNOWLEDGED
    assert Action.ACKNOWLEDGE not in page.action_buttons
    assert page.history.model().rowCount() == 2
    top = window.log_panel.model.entry_at(0)
    assert top.category is Category.COMPLAINT
    assert top.text.endswith(" acknowledged: Гостю сказали: разбираемся")  # the step, the words
    row = window.complaints_panel.model.complaint_at(0)
    assert row.status is Status.ACKNOWLEDGED
    assert messages.errors == []
    page.accept()
    assert window.complaints.page is None


def test_clerk_above_the_limit_is_refused_next_to_compensation_then_escalates(
    qtbot, window, ui_desk, people, supervisor, prefs, messages
):
    clerk = people["clerk"]
    c = _take(ui_desk, clerk)
    c = complaints_commands.act(
        ui_desk, clerk, c.id, "acknowledge", expected_version=c.version, note="Acknowledged"
    )
    page = _open_page(qtbot, window, c.id)
    dialog = _step(qtbot, page, Action.RESOLVE)
    assert isinstance(dialog, ResolveDialog)
    assert "500" in dialog.intro.text()
    type_text(dialog.outcome, "Вернули деньги за ночь")
    type_text(dialog.compensation, "800")
    dialog.kind.setCurrentText("Refund")
    _ok(dialog)

    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "escalate" in dialog.error.text() and "500" in dialog.error.text()
    assert dialog.compensation.styleSheet() == FIELD_ERROR_STYLE
    assert dialog.compensation.text() == "800"
    assert complaints_views.complaint_detail(ui_desk, clerk, c.id).complaint.status is (
        Status.ACKNOWLEDGED
    )
    assert messages.errors == []
    dialog.reject()

    dialog = _step(qtbot, page, Action.ESCALATE)
    assert isinstance(dialog, EscalateDialog)
    names = [dialog.person.itemText(i) for i in range(dialog.person.count())]
    assert "Иван Петров" not in names and "Ольга Смирнова" in names
    dialog.person.setCurrentIndex(dialog.person.findText("Ольга Смирнова"))
    type_text(dialog.note, "Компенсация выше 500")
    _ok(dialog)
    assert page.complaint.status is Status.ESCALATED
    assert page.complaint.escalated_to_name == "Ольга Смирнова"
    page.accept()

    # The supervisor settles the same amount.
    sup_window = _window_for(qtbot, ui_desk, supervisor, prefs)
    page = _open_page(qtbot, sup_window, c.id)
    dialog = _step(qtbot, page, Action.RESOLVE)
    assert dialog.intro.isHidden()
    type_text(dialog.outcome, "Вернули деньги за ночь")
    type_text(dialog.compensation, "800")
    dialog.kind.setCurrentText("Refund")
    type_text(dialog.pin, "333333")  # above the limit: the supervisor's own PIN
    _ok(dialog)
    assert page.step_dialog is None
    resolved = page.complaint
    assert resolved.status is Status.RESOLVED
    assert str(resolved.compensation) == "800.00" and resolved.compensation_kind == "Refund"
    assert sup_window.log_panel.model.entry_at(0).text.endswith(" resolved: Вернули деньги за ночь")
    assert messages.errors == []


def test_clerk_cannot_settle_a_high_severity_complaint(qtbot, window, ui_desk, people, messages):
    clerk = people["clerk"]
    c = _take(ui_desk, clerk, severity="high")
    c = complaints_commands.act(ui_desk, clerk, c.id, "acknowledge", expected_version=1, note="ok")
    page = _open_page(qtbot, window, c.id)
    dialog = _step(qtbot, page, Action.RESOLVE)
    type_text(dialog.outcome, "Apologised")
    _ok(dialog)
    assert "high-severity" in dialog.error.text()
    assert dialog.compensation.styleSheet() == FIELD_ERROR_STYLE
    dialog.reject()


def test_stale_version_is_refused_and_the_page_reloads(
    qtbot, window, ui_desk, people, supervisor, messages
):
    c = _take(ui_desk, people["clerk"])
    page = _open_page(qtbot, window, c.id)
    assert page.complaint.version == 1
    # Another station acts first.
    complaints_commands.act(
        ui_desk, supervisor, c.id, "acknowledge", expected_version=1, note="Taken at desk 2"
    )
    dialog = _step(qtbot, page, Action.ASSIGN)
    dialog.person.setCurrentIndex(dialog.person.findText("Иван Петров"))
    _ok(dialog)

    assert len(messages.errors) == 1
    assert "another station" in messages.errors[0]
    assert page.step_dialog is None
    assert page.complaint.status is Status.ACKNOWLEDGED and page.complaint.version == 2
    assert page.history.model().rowCount() == 2
    assert window.complaints_panel.model.complaint_at(0).status is Status.ACKNOWLEDGED
    stored = complaints_views.complaint_detail(ui_desk, people["clerk"], c.id).complaint
    assert stored.assignee_id is None  # nothing written by the refused step


def test_follow_up_call_needs_a_score_when_the_guest_was_reached(
    qtbot, window, ui_desk, people, supervisor, messages
):
    c = _take(ui_desk, people["clerk"])
    for step, extra in (
        ("acknowledge", {}),
        ("resolve", {"outcome": "Fixed", "compensation": ""}),
    ):
        c = complaints_commands.act(
            ui_desk, supervisor, c.id, step, expected_version=c.version, note=step, **extra
        )
    page = _open_page(qtbot, window, c.id)
    dialog = _step(qtbot, page, Action.FOLLOW_UP)
    type_text(dialog.note, "客人很满意")
    _ok(dialog)
    assert dialog.satisfaction.styleSheet() == FIELD_ERROR_STYLE
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(5))
    _ok(dialog)
    assert page.complaint.status is Status.FOLLOWED_UP and page.complaint.satisfaction == 5
    dialog = _step(qtbot, page, Action.CLOSE)
    _ok(dialog)  # the default note is enough
    assert page.complaint.status is Status.CLOSED
    assert list(page.action_buttons) == [Action.REOPEN]


def test_open_items_double_click_opens_the_complaint(qtbot, window, ui_desk, people):
    c = _take(ui_desk, people["clerk"])
    window.read_everything_again()
    table = window.open_items.complaint_table
    table.doubleClicked.emit(window.open_items.complaint_model.index(0, 2))
    assert window.complaints.page is not None
    assert window.complaints.page.complaint.id == c.id
    window.complaints.page.reject()


def test_lock_hides_an_open_intake_and_brings_it_back(qtbot, window, ui_desk, people):
    window.complaints.new_complaint()
    dialog = window.complaints.intake_dialog
    type_text(dialog.guest, "Пётр")
    window.lock()
    assert not dialog.isVisible()
    window.unlock()
    assert dialog.isVisible() and dialog.guest.text() == "Пётр"
    dialog.reject()


# -- the register ----------------------------------------------------------------------------------
def test_register_filters_and_searches(qtbot, window, ui_desk, people):
    clerk = people["clerk"]
    _take(ui_desk, clerk, guest="张先生", text="房间漏水")
    b = _take(ui_desk, clerk, guest="Анна", text="Шумно ночью", severity="high")
    panel = window.complaints_panel
    panel.refresh()
    assert panel.model.rowCount() == 2
    type_text(panel.search, "漏水")
    panel.apply_filter()
    assert [panel.model.complaint_at(i).guest_name for i in range(panel.model.rowCount())] == [
        "张先生"
    ]
    panel.search.clear()
    panel.severity.setCurrentIndex(panel.severity.findData("high"))
    assert panel.model.rowCount() == 1 and panel.model.complaint_at(0).id == b.id
    panel.severity.setCurrentIndex(0)
    panel.overdue_only.setChecked(True)
    assert panel.model.rowCount() == 0
    panel.overdue_only.setChecked(False)
    panel.state.setCurrentIndex(panel.state.findText("Closed"))
    assert panel.model.rowCount() == 0


def test_register_loads_lazily(qtbot, ui_desk, people, messages):
    for i in range(25):
        _take(ui_desk, people["clerk"], guest=f"Guest {i}")
    model = cm.ComplaintTableModel(ui_desk, people["clerk"], page_size=10)
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    assert [model.complaint_at(i).guest_name for i in range(3)] == [
        "Guest 24",
        "Guest 23",
        "Guest 22",
    ]


def test_model_passes_qt_model_tester(qtmodeltester, ui_desk, people):
    for i in range(5):
        _take(ui_desk, people["clerk"], guest=f"Guest {i}")
    qtmodeltester.check(cm.ComplaintTableModel(ui_desk, people["clerk"], page_size=3))


# -- settings and the analysis menu ----------------------------------------------------------------
def test_manager_sets_the_authority_limit_and_reminder_lead(qtbot, ui_desk, people, messages):
    dialog = SettingsDialog(ui_desk, people["manager"], "en")
    qtbot.addWidget(dialog)
    assert dialog.limit.text() == "500" and dialog.reminder.value() == 15
    dialog.limit.setText("-5")
    dialog.submit()
    assert dialog.limit.styleSheet() == FIELD_ERROR_STYLE
    dialog.limit.setText("300")
    dialog.reminder.setValue(30)
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    settings = settings_service.get_settings(ui_desk)
    assert str(settings.authority_limit) == "300.00"
    assert settings.complaint_reminder_minutes == 30


def test_clerk_sees_the_settings_disabled(qtbot, ui_desk, people, messages):
    dialog = SettingsDialog(ui_desk, people["clerk"], "en")
    qtbot.addWidget(dialog)
    assert not dialog.limit.isEnabled() and not dialog.reminder.isEnabled()


def test_analysis_menu_only_for_supervisors_and_managers(qtbot, window, ui_desk, supervisor, prefs):
    assert not window.complaints.complaint_analysis_action.isEnabled()
    sup_window = _window_for(qtbot, ui_desk, supervisor, prefs)
    assert sup_window.complaints.complaint_analysis_action.isEnabled()


def test_analysis_dialog_opens_from_the_menu(
    qtbot, window, ui_desk, supervisor, prefs, monkeypatch
):
    module = pytest.importorskip("desk_app.ui.complaints.analysis_dialog")
    shown = []
    monkeypatch.setattr(
        module.ComplaintAnalysisDialog, "exec", lambda self: shown.append(self) or 0
    )
    sup_window = _window_for(qtbot, ui_desk, supervisor, prefs)
    sup_window.complaints.complaint_analysis_action.trigger()
    assert len(shown) == 1 and shown[0].parent() is sup_window
