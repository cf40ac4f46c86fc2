"""Every date field of the window is typed as the clerk writes the day, in their language's
order, and shows it in that language's style; a calendar pops up from it; what cannot be a day
is refused beside the field. (Typing "12/4/26" in the duty report's period once gave 12/5/42.)"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from desk_app.domain.errors import ValidationError
from desk_app.formats import format_date
from desk_app.translators import install_language
from desk_app.ui.common.date_field import DateField
from desk_app.ui.common.datetime_field import DateTimeField
from desk_app.ui.common.period_filter import DATES, PeriodFilter
from desk_app.ui.complaints.analysis_dialog import ComplaintAnalysisDialog
from desk_app.ui.reports.duty_report_dialog import DutyReportDialog
from tests.ui.helpers import shown

DEC_4 = date(2026, 12, 4)
TYPED = {"en": "12/4/26", "zh_CN": "26-12-4", "ru": "4.12.26"}
SHOWN = {"en": "4 Dec 2026", "zh_CN": "2026-12-04", "ru": "04.12.2026"}


@pytest.fixture(params=["en", "zh_CN", "ru"])
def language(request):
    install_language(request.param)
    yield request.param
    install_language("en")


def _type_into(qtbot, field: DateField, text: str) -> None:
    """As a clerk does: click into the field, select what is there, type, leave with Tab."""
    window = field.window()
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.activateWindow()
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


def test_the_duty_reports_days_are_typed_as_the_language_writes_them(
    qtbot, ui_desk, people, messages, language
):
    dialog = shown(qtbot, DutyReportDialog(ui_desk, people["manager"]))
    for field in (dialog.date_from, dialog.date_to):
        assert isinstance(field, DateField)
    with qtbot.waitSignal(dialog.date_from.dateChanged):
        _type_into(qtbot, dialog.date_from, TYPED[language])
    assert dialog.date_from.date().toPython() == DEC_4
    assert dialog.date_from.text() == SHOWN[language]
    assert dialog.date_from.error_text() == ""
    # The whole year typed reads the same.
    whole = {"en": "12/5/2026", "zh_CN": "2026-12-05", "ru": "05.12.2026"}[language]
    _type_into(qtbot, dialog.date_to, whole)
    assert dialog.date_to.date().toPython() == date(2026, 12, 5)
    start, end = dialog.period()
    assert start.astimezone().date() == DEC_4 and end.astimezone().date() == date(2026, 12, 6)


def test_a_day_that_cannot_be_is_refused_beside_the_field(qtbot, ui_desk, people, messages):
    install_language("en")
    dialog = shown(qtbot, DutyReportDialog(ui_desk, people["manager"]))
    before = dialog.date_to.date()
    _type_into(qtbot, dialog.date_to, "12/45/26")
    assert dialog.date_to.date() == before  # the last good day is kept
    assert dialog.date_to.text() == "12/45/26"  # what was typed stays, to be mended
    assert "There is no such day: 12/45/26" in dialog.date_to.error_text()
    assert dialog.date_to.error.isVisible()
    assert dialog.make() is None and not messages.errors  # nothing made, no message box
    _type_into(qtbot, dialog.date_to, "12/15/26")
    assert dialog.date_to.error_text() == "" and not dialog.date_to.error.isVisible()
    assert dialog.date_to.date() == QDate(2026, 12, 15)


def test_a_calendar_pops_up_and_a_click_picks_the_day(qtbot, ui_desk, people, messages, language):
    dialog = shown(qtbot, DutyReportDialog(ui_desk, people["manager"]))
    field = dialog.date_from
    field.setDate(QDate(2026, 12, 6))
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: field.calendar is not None and field.calendar.isVisible())
    calendar = field.calendar
    assert isinstance(calendar, QCalendarWidget)
    assert calendar.selectedDate() == QDate(2026, 12, 6)
    calendar.clicked.emit(QDate(2026, 12, 4))
    assert field.date().toPython() == DEC_4 and field.text() == SHOWN[language]
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    # Up and Down step a day, as in Qt's own date edit.
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.date() == QDate(2026, 12, 5)


def test_every_period_of_the_window_takes_typed_days(qtbot, ui_desk, people, messages, language):
    period = PeriodFilter("testPeriod")
    qtbot.addWidget(period)
    period.show()
    period.combo.setCurrentIndex(DATES)
    assert isinstance(period.date_from, DateField) and period.date_from.isVisible()
    _type_into(qtbot, period.date_from, TYPED[language])
    since, _until = period.bounds(ui_desk.clock.now())
    assert since.astimezone().date() == DEC_4

    analysis = ComplaintAnalysisDialog(ui_desk, people["manager"])
    qtbot.addWidget(analysis)
    analysis.show()
    assert isinstance(analysis.date_from, DateField)
    _type_into(qtbot, analysis.date_from, TYPED[language])
    assert analysis.date_from.date().toPython() == DEC_4


def test_a_moment_is_typed_as_day_and_time_in_each_language(
    qtbot, ui_desk, people, messages, language
):
    from desk_app.ui.lostfound.forms import FoundItemDialog

    dialog = shown(qtbot, FoundItemDialog(ui_desk, people["clerk"]))
    field = dialog.found_at
    assert isinstance(field, DateTimeField)
    assert field.day.text() == format_date(ui_desk.clock.now().astimezone(), language)
    _type_into(qtbot, field.day, TYPED[language])
    _type_into_line(qtbot, field.time, "0930")
    assert field.text() == f"{SHOWN[language]} 09:30"
    assert field.value() == datetime(2026, 12, 4, 9, 30).astimezone()


def test_a_time_that_cannot_be_is_refused_and_nothing_is_saved(qtbot, ui_desk, people, messages):
    from desk_app.ui.lostfound.forms import FoundItemDialog

    install_language("en")
    dialog = shown(qtbot, FoundItemDialog(ui_desk, people["clerk"]))
    _type_into_line(qtbot, dialog.found_at.time, "25:10")
    assert "There is no such time: 25:10" in dialog.found_at.error_text()
    with pytest.raises(ValidationError) as refused:
        dialog.found_at.value()  # a form asking for it is told, not given the last good time
    assert refused.value.field == "found_at"


def test_a_complaint_promise_stays_empty_until_chosen(qtbot, ui_desk, people, messages):
    from desk_app.ui.complaints.intake import IntakeDialog

    install_language("en")
    dialog = IntakeDialog(ui_desk, people["clerk"])
    qtbot.addWidget(dialog)
    assert dialog.promised.day.edit.placeholderText() == "— choose a time —"
    assert dialog.promised_at() is None
    dialog.choose_promise("2h")
    assert dialog.promised_at() == ui_desk.clock.now().replace(second=0, microsecond=0) + timedelta(
        hours=2
    )


def _type_into_line(qtbot, edit, text: str) -> None:
    window = edit.window()
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.activateWindow()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_a_refused_day_in_a_filter_bar_pops_up_and_stays_in_the_tooltip(qtbot, messages):
    install_language("en")
    period = PeriodFilter("testPeriod")
    qtbot.addWidget(period)
    period.show()
    period.combo.setCurrentIndex(DATES)
    height = period.sizeHint().height()
    _type_into(qtbot, period.date_from, "12/45/26")
    refusal = period.date_from.error_text()
    assert refusal.startswith("There is no such day")
    assert period.date_from.edit.toolTip() == refusal
    assert not period.date_from.error.isVisible()  # no line under it: the bar keeps its height
    assert period.sizeHint().height() == height
    _type_into(qtbot, period.date_from, "12/15/26")
    assert period.date_from.error_text() == "" and period.date_from.edit.toolTip() != refusal
