"""A sealed sheet countersigned from the Handover history by a supervisor who did not sign it:
Countersign… opens the note and PIN form; a wrong PIN is told beside it; the countersignature is
listed when the form opens again. Not offered for a sheet one signed, nor to a clerk."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import views as handover_views
from desk_app.services.supervision import countersign as cs
from desk_app.ui.shell.main_window import MainWindow
from desk_app.ui.supervision.countersign import CountersignDialog
from tests.services.test_handover import COUNTS, signature


def _sealed(desk, clerk, supervisor) -> str:
    view = handover_commands.start_handover(desk, clerk)
    handover_commands.save_draft(
        desk, clerk, view.id, handover_views.Draft(counts=COUNTS), incoming_id=supervisor.id
    )
    handover_commands.sign_handover(
        desk, clerk, view.id, meaning="handed_over", pin="2222", signature=signature()
    )
    handover_commands.sign_handover(
        desk,
        supervisor,
        view.id,
        meaning="accepted",
        pin="333333",
        signature=signature(),
        read_important=True,
    )
    return view.id


def test_countersign_a_sealed_sheet(qtbot, ui_desk, people, supervisor, prefs, messages):
    sheet_id = _sealed(ui_desk, people["clerk"], supervisor)
    own = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(own)
    own.handover_history.table.selectRow(0)
    assert not own.handover_history.countersign_button.isEnabled()  # they accepted it
    window = MainWindow(ui_desk, people["manager"], prefs, "en")
    qtbot.addWidget(window)
    panel = window.handover_history
    panel.table.selectRow(0)
    assert panel.countersign_button.isVisible() or panel.countersign_button.isVisibleTo(panel)
    assert panel.countersign_button.isEnabled()
    dialog = panel.countersign_selected()
    assert isinstance(dialog, CountersignDialog)
    dialog.note.setPlainText("交接班检查：现金核对无误")
    dialog.pin.setText("000000")
    dialog.submit()
    assert dialog.countersigned is None and dialog.error.isVisible()
    dialog.pin.setText("111111")
    dialog.submit()
    assert dialog.countersigned is not None and dialog.countersigned.note == "交接班检查：现金核对无误"
    assert [c.by for c in cs.countersigns(ui_desk, people["clerk"], sheet_id)] == ["Wang Li"]
    again = panel.countersign_selected()
    assert "Countersigned by Wang Li" in again.intro.text()
    again.reject()
    clerks = MainWindow(ui_desk, people["clerk"], prefs, "en")
    qtbot.addWidget(clerks)
    assert not clerks.handover_history.countersign_button.isVisibleTo(clerks.handover_history)


def test_checks_and_countersigns_shown_below_the_seal(
    qtbot, ui_desk, people, supervisor, prefs, messages
):
    """A handover check linked to the sheet and the countersignature show below the seal, under
    a line saying the seal does not cover them; the check's row opens the inspection."""
    from desk_app.ui.supervision.inspection_detail import InspectionDetailDialog
    from tests.services.test_inspections import record

    sheet_id = _sealed(ui_desk, people["clerk"], supervisor)
    manager = people["manager"]
    done = record(ui_desk, manager, people["clerk"], kind="handover", handover_id=sheet_id)
    cs.countersign(ui_desk, manager, sheet_id, note="Checked at 08:05", pin="111111")
    window = MainWindow(ui_desk, manager, prefs, "en")
    qtbot.addWidget(window)
    window.handover.open_sheet(sheet_id)
    dialog = window.handover.sheet_dialog
    assert dialog.findChild(QLabel, "afterSeal").text().startswith("Added by supervisors")
    checks = dialog.section_tables["handover_checks"]
    assert checks.item(0, 0).text() == str(done.num)
    assert "open the inspection" in checks.item(0, 0).toolTip()
    assert dialog.section_tables["countersigns"].item(0, 2).text() == "Checked at 08:05"
    checks.setCurrentCell(0, 0)
    dialog.open_record("inspection", done.num)
    page = dialog.record_page
    assert isinstance(page, InspectionDetailDialog) and page.view.id == done.id
    page.reject()
    qtbot.waitUntil(lambda: dialog.record_page is None)
