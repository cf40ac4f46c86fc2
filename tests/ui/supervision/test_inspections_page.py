"""Supervision → Inspections…: the month's inspections, one opened with its items, a waiting one
acknowledged later from the list; a clerk sees their own and cannot acknowledge for others."""

from __future__ import annotations

from datetime import timedelta

from desk_app.domain.supervision.inspection import Acknowledgement, Answer, Result
from desk_app.services.supervision import checklist as checklists
from desk_app.services.supervision import inspections
from desk_app.ui.shell.main_window import MainWindow
from desk_app.ui.supervision.acknowledge import AcknowledgeDialog
from desk_app.ui.supervision.inspection_detail import InspectionDetailDialog
from desk_app.ui.supervision.inspections_page import InspectionsPage


def _inspected(desk, supervisor, clerk):
    listing = checklists.get_checklist(desk, supervisor)
    answers = {c: Answer(c, Result.PASS) for c in listing.codes}
    answers["duty_log"] = Answer(
        "duty_log",
        Result.FAIL,
        cause="Rooms missing",
        correction="Fill them in",
        owner_id=clerk.id,
        due_at=desk.clock.now() + timedelta(hours=4),
    )
    return inspections.record_inspection(
        desk,
        supervisor,
        kind="spot",
        at=desk.clock.now() - timedelta(minutes=5),
        clerk_ids=[clerk.id],
        checklist_version=listing.version,
        answers=answers,
    )


def test_a_waiting_inspection_is_acknowledged_from_the_list(
    qtbot, ui_desk, people, supervisor, prefs, messages
):
    clerk = people["clerk"]
    done = _inspected(ui_desk, supervisor, clerk)
    window = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(window)
    window.supervision.inspections_action.trigger()
    page = window.supervision.pages.get("inspections")
    assert isinstance(page, InspectionsPage) and page.table.rowCount() == 1
    assert page.table.item(0, 5).text() == "1"  # one failed item
    assert page.table.item(0, 6).text() == "Waiting for the clerk"
    detail = page.open_row(0)
    assert isinstance(detail, InspectionDetailDialog)
    assert "Fill them in" in detail.table.item(1, 4).text() and "open" in detail.table.item(1, 4).text()
    pdf = detail.pdf()  # its page, as printed
    assert pdf.startswith(b"%PDF") and b"/Count 1" in pdf
    detail.reject()
    ack = page.acknowledge_selected()
    assert isinstance(ack, AcknowledgeDialog)
    ack.pin.setText("2222")
    ack.answer(Acknowledgement.ACKNOWLEDGED)
    assert page.table.item(0, 6).text() == "Acknowledged"
    assert not page.ack_button.isEnabled()
    page.reject()
    # The clerk reads their own, and is not offered to acknowledge from here.
    clerks = MainWindow(ui_desk, clerk, prefs, "en")
    qtbot.addWidget(clerks)
    own = clerks.supervision.open_inspections()
    assert own.table.rowCount() == 1 and own.views[0].id == done.id
    assert not own.ack_button.isVisibleTo(own)
