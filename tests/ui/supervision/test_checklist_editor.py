"""Supervision → Checklist… (the manager's): an item added with its words and scored 1-5, moved
up, a seed item removed, saved as a new version that the next inspection form uses; an added item
without words refused beside the list; greyed for a supervisor."""

from __future__ import annotations

from desk_app.domain.supervision.checklist import Scoring
from desk_app.services.supervision import checklist as checklists
from desk_app.ui.shell.main_window import MainWindow
from desk_app.ui.supervision.checklist_editor import ChecklistEditor


def test_the_manager_edits_the_checklist(qtbot, ui_desk, people, supervisor, prefs, messages):
    manager = people["manager"]
    window = MainWindow(ui_desk, manager, prefs, "en")
    qtbot.addWidget(window)
    window.supervision.checklist_action.trigger()
    editor = window.supervision.pages.get("checklist")
    assert isinstance(editor, ChecklistEditor) and editor.table.rowCount() == 10
    assert editor.table.item(0, 0).text() == "Appearance, grooming and conduct"
    editor.add_item()
    editor.submit()  # the new item has no words yet
    assert editor.saved is None and editor.error.isVisible()
    row = editor.table.rowCount() - 1
    editor.table.item(row, 0).setText("Greets each guest with a smile")
    scoring = editor.table.cellWidget(row, 1)
    scoring.setCurrentIndex(scoring.findData(Scoring.SCALE.value))
    editor.table.setCurrentCell(row, 0)
    editor.move(-1)
    editor.table.setCurrentCell(4, 0)  # "The shift handover"
    editor.remove_item()
    editor.submit()
    assert editor.saved is not None and editor.saved.version == 1
    saved = checklists.get_checklist(ui_desk, supervisor)
    assert saved.codes[0] == "appearance" and saved.items[0].text == ""  # still the seed's words
    assert "handover" not in saved.codes and len(saved.codes) == 10
    smile = next(i for i in saved.items if i.text == "Greets each guest with a smile")
    assert smile.scoring is Scoring.SCALE
    assert saved.codes.index(smile.code) == len(saved.codes) - 2  # moved above the last
    # The next inspection is made on it.
    sup = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(sup)
    assert not sup.supervision.checklist_action.isEnabled()
    form = sup.supervision.open_inspection()
    assert [r.item.code for r in form.rows] == list(saved.codes)
    form.reject()
