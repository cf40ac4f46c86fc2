"""Supervision → Inspect the desk, as a supervisor does it: the clerk on duty proposed, every item
answered, a failed one with its cause, correction, owner and due time (a follow-up in Open items
once recorded), then the clerk's PIN at the acknowledgement; the refusals shown beside their
fields, nothing written."""

from __future__ import annotations

from desk_app.domain.supervision.inspection import Acknowledgement, Result
from desk_app.services.log import views as log_views
from desk_app.services.supervision import inspection_views
from desk_app.ui.shell.main_window import MainWindow
from desk_app.ui.supervision.acknowledge import AcknowledgeDialog
from desk_app.ui.supervision.inspection_form import InspectionForm


def _answer(row, value) -> None:
    row.answer.setCurrentIndex(row.answer.findData(value))


def test_inspect_fail_an_item_and_the_clerk_acknowledges(
    qtbot, ui_desk, people, supervisor, prefs, messages
):
    clerk = people["clerk"]
    window = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(window)
    window.supervision.inspect_action.trigger()
    form = window.supervision.pages.get("inspection")
    assert isinstance(form, InspectionForm)
    assert len(form.rows) == 10
    assert supervisor.id not in [
        form.clerks.item(i).data(256) for i in range(form.clerks.count())
    ]  # nobody inspects themselves
    # Nobody ticked: refused beside the clerks.
    form.submit()
    assert form.recorded is None and form.error.isVisible()
    for i in range(form.clerks.count()):
        if form.clerks.item(i).text() == clerk.name:
            form.clerks.item(i).setCheckState(form.clerks.item(i).checkState().Checked)
    for row in form.rows:
        _answer(row, Result.PASS)
    failed = form.rows[1]  # the duty log
    _answer(failed, Result.FAIL)
    assert failed.failed_box.isVisibleTo(form)
    form.submit()  # a failed item without its cause and correction
    assert form.recorded is None and "failed" in form.error.text()
    failed.cause.setText("Two entries without a room")
    failed.correction.setText("Fill in the rooms before the handover")
    failed.owner.setCurrentIndex(failed.owner.findData(clerk.id))
    form.submit()
    assert form.recorded is not None and form.recorded.failed == 1
    # The acknowledgement follows; a wrong PIN is told, the right one seals.
    ack = window.supervision.pages.get("acknowledge")
    assert isinstance(ack, AcknowledgeDialog)
    assert "Fill in the rooms" in ack.intro.text()
    ack.pin.setText("9999")
    assert ack.answer(Acknowledgement.ACKNOWLEDGED) is None and ack.error.isVisible()
    ack.pin.setText("2222")
    done = ack.answer(Acknowledgement.ACKNOWLEDGED)
    assert done is not None and done.ack_state is Acknowledgement.ACKNOWLEDGED and done.seal
    # The correction is the clerk's open follow-up.
    [follow_up] = log_views.open_follow_ups(ui_desk, clerk)
    assert follow_up.entry_num == done.corrections[0].entry_num
    assert inspection_views.get_inspection(ui_desk, clerk, done.id).ack_by_name == clerk.name


def test_a_clerk_declines_with_a_remark(qtbot, ui_desk, people, supervisor, prefs, messages):
    clerk = people["clerk"]
    window = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(window)
    form = window.supervision.open_inspection()
    for i in range(form.clerks.count()):
        if form.clerks.item(i).text() == clerk.name:
            form.clerks.item(i).setCheckState(form.clerks.item(i).checkState().Checked)
    for row in form.rows:
        _answer(row, Result.NOT_APPLICABLE)
    form.submit()
    ack = window.supervision.pages.get("acknowledge")
    ack.pin.setText("2222")
    assert ack.answer(Acknowledgement.DECLINED) is None  # a decline says why
    ack.remark.setPlainText("I was on the phone with a guest")
    ack.pin.setText("2222")
    done = ack.answer(Acknowledgement.DECLINED)
    assert done.ack_state is Acknowledgement.DECLINED
    assert done.ack_remark == "I was on the phone with a guest"
    clerks = MainWindow(ui_desk, clerk, prefs, "en")
    qtbot.addWidget(clerks)
    assert not clerks.supervision.inspect_action.isEnabled()
