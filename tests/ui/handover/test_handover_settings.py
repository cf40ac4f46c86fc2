"""Handover settings from the window: a manager sets the shifts, the counts and the checklist,
and the next sheet asks for them; bad lines are refused beside their field."""

from __future__ import annotations

from datetime import time

from desk_app.domain.local_name import LocalName
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import views as handover_views
from desk_app.ui.common.forms import FIELD_ERROR_STYLE
from desk_app.ui.handover.settings import HandoverSettingsDialog


def _fill(table, names: list[str]) -> None:
    """The list as a manager leaves it: these names, one a row, the rows below emptied."""
    for row in range(table.rowCount()):
        for col in range(table.columnCount()):
            table.item(row, col).setText("")
    for row, name in enumerate(names):
        table.set_text(row, None, name)


def test_clerks_do_not_get_the_settings(window):
    assert not window.handover.handover_settings_action.isEnabled()


def test_a_manager_sets_what_the_sheet_asks(qtbot, ui_desk, people, messages):
    manager = people["manager"]
    dialog = HandoverSettingsDialog(ui_desk, manager)
    qtbot.addWidget(dialog)
    assert dialog.shift_starts.text() == "07:00, 15:00, 23:00"

    dialog.shift_starts.setText("8:00 25:00")
    dialog.submit()
    assert not dialog.error.isHidden() and "25:00" in dialog.error.text()
    assert dialog.shift_starts.styleSheet() == FIELD_ERROR_STYLE
    assert handover_views.get_policy(ui_desk).shift_starts == (time(7), time(15), time(23))  # unchanged

    dialog.shift_starts.setText("08:00, 20:00")
    _fill(dialog.count_items, ["Касса (размен)", "", "Карты-ключи", "карты-ключи"])
    dialog.submit()
    assert "twice" in dialog.error.text()
    assert dialog.count_items.styleSheet() == FIELD_ERROR_STYLE

    dialog.property_name.setText("Гостиница «Северная»")
    _fill(dialog.count_items, ["Касса (размен)", "", "Карты-ключи"])
    _fill(dialog.checklist, ["大堂灯光正常", "Сейф закрыт"])
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    policy = handover_views.get_policy(ui_desk)
    assert policy.property_name == "Гостиница «Северная»"
    assert policy.shift_starts == (time(8), time(20))
    assert policy.count_items == ("Касса (размен)", "Карты-ключи")
    assert policy.checklist == ("大堂灯光正常", "Сейф закрыт")
    assert not messages.errors


def test_the_next_sheet_asks_for_the_new_counts(qtbot, window, ui_desk, people, messages):
    handover_commands.set_policy(
        ui_desk,
        people["manager"],
        handover_views.HandoverPolicy(count_items=("Cash float", "Parking passes"), checklist=("Safe locked",)),
    )
    window.handover.handover_action.trigger()
    dialog = window.handover.sheet_dialog
    assert list(dialog.counts) == ["Cash float", "Parking passes"]
    assert list(dialog.checks) == ["Safe locked"]


def test_a_manager_names_each_item_in_each_language(qtbot, ui_desk, people, messages):
    dialog = HandoverSettingsDialog(ui_desk, people["manager"])
    qtbot.addWidget(dialog)
    # The defaults come with their Chinese and Russian names, the English as given.
    first = dialog.count_items.names()[0]
    assert (first.given, first.zh_CN, first.ru) == ("Cash float", "备用金", "Разменная касса")
    row = len(dialog.count_items.names())
    assert dialog.count_items.rowCount() == row + 1  # an empty row to add one
    dialog.count_items.set_text(row, None, "Parking passes")
    dialog.count_items.set_text(row, "zh_CN", "停车证")
    dialog.count_items.set_text(row, "ru", "Пропуска")
    assert dialog.count_items.rowCount() == row + 2
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    policy = handover_views.get_policy(ui_desk)
    assert policy.count_items[-1] == "Parking passes"
    assert policy.local_name("Parking passes") == LocalName(
        "Parking passes", zh_CN="停车证", ru="Пропуска"
    )
    again = HandoverSettingsDialog(ui_desk, people["manager"])
    qtbot.addWidget(again)
    assert again.count_items.names()[-1] == policy.local_name("Parking passes")
    assert not messages.errors
