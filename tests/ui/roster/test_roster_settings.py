"""Roster settings from the window: a manager names the shifts' letters and colours and the
month's rules; a bad letter is refused beside its field; others see the settings, unchangeable."""

from __future__ import annotations

from desk_app.services.roster import policy as roster_policy
from desk_app.ui.roster.settings import RosterSettingsDialog


def test_a_manager_names_the_shifts_and_the_rules(qtbot, ui_desk, people, messages):
    dialog = RosterSettingsDialog(ui_desk, people["manager"])
    qtbot.addWidget(dialog)
    # three shifts by default (07:00, 15:00, 23:00): M E N
    assert [r.code.text() for r in dialog.shift_rows] == ["M", "E", "N"]

    dialog.shift_rows[1].code.setText("M")
    dialog.submit()
    assert not dialog.error.isHidden() and "letter" in dialog.error.text()
    assert roster_policy.get_policy(ui_desk).codes == ()  # nothing written

    dialog.shift_rows[0].code.setText("у")  # a Cyrillic letter: the desk's own word
    dialog.shift_rows[1].code.setText("d")
    dialog.shift_rows[2].colour = "#223344"
    dialog.min_per_shift.setValue(2)
    dialog.min_rest.setValue(12)
    dialog.grace.setValue(5)
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    saved = roster_policy.get_policy(ui_desk)
    assert saved.codes == ("У", "D", "N")
    assert saved.rules.min_per_shift == 2 and saved.rules.min_rest_hours == 12
    assert saved.grace_minutes == 5
    assert roster_policy.get_pattern(ui_desk).shift("N").colour == "#223344"
    assert not messages.errors


def test_a_clerk_sees_the_settings_but_cannot_change_them(qtbot, ui_desk, people):
    dialog = RosterSettingsDialog(ui_desk, people["clerk"])
    qtbot.addWidget(dialog)
    assert not dialog.shift_rows[0].isEnabled() and not dialog.grace.isEnabled()
