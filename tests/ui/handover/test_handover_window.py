"""The shift handover from the window: two clerks sign on the pads with their PINs, the sheet is
sealed, printed and exported, and the history lists it."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from desk_app.domain.handover.rules import HandoverState
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import sheet as handover_sheet
from desk_app.services.handover import views as handover_views
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.ui.common.forms import FIELD_ERROR_STYLE
from desk_app.ui.handover import dialog as dialog_module
from desk_app.ui.handover.labels import handover_labels
from desk_app.ui.log.entry_dialog import EntryDialog
from tests.ui.helpers import when_modal

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.MouseButton.NoButton


def _mouse(widget, kind, pos: QPointF, button, buttons) -> None:
    event = QMouseEvent(
        kind, pos, QPointF(widget.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def _sign(pad) -> None:
    """A signature drawn with the mouse: one long wavy stroke and a short one."""
    for y0, n in ((70, 40), (110, 15)):
        points = [QPointF(40 + i * 6, y0 + 25 * math.sin(i / 4)) for i in range(n)]
        _mouse(pad, QEvent.Type.MouseButtonPress, points[0], LEFT, LEFT)
        for p in points[1:]:
            _mouse(pad, QEvent.Type.MouseMove, p, NONE, LEFT)
        _mouse(pad, QEvent.Type.MouseButtonRelease, points[-1], LEFT, NONE)


def _take_complaint(desk, clerk):
    """A guest's complaint taken in the shift, its reply promised within the half hour."""
    from desk_app.services.complaints import commands as complaints_commands

    return complaints_commands.intake(
        desk,
        clerk,
        channel="phone",
        guest_name="张先生",
        room="1208",
        category="maintenance",
        severity="medium",
        text="空调不制冷",
        promised_at=desk.clock.now() + timedelta(minutes=30),
    )


def _open(qtbot, window):
    window.handover.handover_action.trigger()
    dialog = window.handover.sheet_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_labels_cover_every_report_key_and_column(qapp, ui_desk, people):
    from desk_app.reports.tables import HANDOVER_LABELS

    labels = handover_labels()
    assert set(HANDOVER_LABELS) <= set(labels)
    policy = handover_views.get_policy(ui_desk)
    view = handover_commands.start_handover(ui_desk, people["clerk"])
    for section in handover_sheet.compile_sections(ui_desk, people["clerk"], view, policy):
        assert f"section:{section.key}" in labels
        for column in section.columns:
            assert f"column:{column}" in labels


def test_a_whole_handover_signed_by_two_clerks_is_sealed_printed_and_listed(
    qtbot, window, ui_desk, people, messages, monkeypatch, tmp_path
):
    clerk, manager = people["clerk"], people["manager"]
    log_commands.record_entry(
        ui_desk, clerk, category="incident", text="1203房漏水", important=True
    )
    dialog = _open(qtbot, window)
    assert dialog.view.state is HandoverState.DRAFT
    assert dialog.outgoing_label.text() == clerk.name
    names = [dialog.incoming.itemText(i) for i in range(dialog.incoming.count())]
    assert manager.name in names and clerk.name not in names
    assert not dialog.incoming_block.sign_button.isEnabled()  # the outgoing clerk signs first

    # A wrong PIN is refused beside the PIN field; nothing is signed.
    _sign(dialog.outgoing_block.signature.pad)
    dialog.outgoing_block.pin.setText("9999")
    dialog.outgoing_block.sign_button.click()
    block = dialog.outgoing_block
    assert not block.pin_error.isHidden() and "PIN" in block.pin_error.text()
    assert block.pin.styleSheet() == FIELD_ERROR_STYLE
    assert (
        handover_views.get_handover(ui_desk, clerk, dialog.handover_id).state is HandoverState.DRAFT
    )

    block.pin.setText("2222")
    qtbot.keyClick(block.pin, Qt.Key.Key_Return)  # Enter in the PIN field signs
    assert block.pin_error.isHidden()
    assert dialog.view.state is HandoverState.HANDED_OVER
    assert not block.signed_label.isHidden()
    assert dialog.incoming_block.sign_button.isEnabled()

    # The shift's important entry, red on the sheet, is not marked read by the manager yet:
    # refused beside the statement that they read it.
    dialog.incoming.setCurrentIndex(dialog.incoming.findData(manager.id))
    incoming = dialog.incoming_block
    _sign(incoming.signature.pad)
    incoming.pin.setText("111111")
    dialog.resize(900, 520)  # a small screen: the sheet scrolls
    qtbot.wait(50)  # laid out at that size
    dialog.scroll.verticalScrollBar().setValue(0)
    incoming.sign_button.click()
    assert not incoming.statement_error.isHidden()
    # Scrolled to where the message is, wherever the sheet was scrolled.
    qtbot.waitUntil(lambda: not incoming.statement_error.visibleRegion().isEmpty())
    assert incoming.statement.styleSheet() == FIELD_ERROR_STYLE
    assert incoming.statement_error.text().startswith("Important entries of the shift")
    assert ": 1." in incoming.statement_error.text()
    assert dialog.view.state is HandoverState.HANDED_OVER
    incoming.statement.setChecked(True)
    assert incoming.statement_error.isHidden()

    # The incoming clerk must count every item: a missing count is shown beside the counts.
    incoming.pin.setText("111111")
    dialog.scroll.verticalScrollBar().setValue(dialog.scroll.verticalScrollBar().maximum())
    incoming.sign_button.click()
    assert not dialog.counts_error.isHidden()
    qtbot.waitUntil(lambda: not dialog.counts_error.visibleRegion().isEmpty())
    first = next(iter(dialog.counts_box.rows.values()))
    assert first.box.styleSheet() == FIELD_ERROR_STYLE
    assert dialog.view.state is HandoverState.HANDED_OVER
    assert log_views.unread_important(
        ui_desk, manager, since=dialog.view.shift_start
    )  # nothing written

    for row in dialog.counts_box.rows.values():  # typing a number counts the item
        row.box.selectAll()
        qtbot.keyClicks(row.box, "3")
    assert set(dialog.draft().counts.values()) == {3}
    for box in dialog.checks.values():
        box.setChecked(True)
    dialog.add_discrepancy()
    dialog.discrepancies.item(0, 0).setText("Зонт")  # non-ASCII: set, not typed
    dialog.discrepancies.item(0, 1).setText("3")
    dialog.discrepancies.item(0, 2).setText("2")
    dialog.remarks.setPlainText("Гость в 214 просит ранний завтрак.")
    incoming.pin.setText("111111")
    incoming.sign_button.click()
    assert dialog.counts_error.isHidden()
    assert dialog.view.state is HandoverState.SEALED, messages.errors
    assert log_views.unread_important(ui_desk, manager, since=dialog.view.shift_start) == []
    assert not dialog.seal_label.isHidden()
    assert dialog.view.seal[:8] in dialog.seal_label.text()
    assert not incoming.signed_label.isHidden()
    assert dialog.counts_box.isHidden()
    assert dialog.export_bar.excel_button.isEnabled()
    sheet = handover_sheet.sheet(ui_desk, clerk, dialog.handover_id)
    assert [s.name for s in sheet.signers] == [clerk.name, manager.name]
    assert sheet.section("discrepancies").rows[0][0] == "Зонт"

    printed = []
    monkeypatch.setattr(
        dialog_module.pdf_print, "print_pdf", lambda parent, pdf, title: printed.append(pdf)
    )
    dialog.export_bar.print_button.click()
    assert printed and printed[0].startswith(b"%PDF")
    target = tmp_path / "sheet.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.export_bar.excel_button.click()
    assert target.stat().st_size > 0
    pdf_target = tmp_path / "sheet"  # typed without the suffix
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf_target), ""))
    )
    dialog.export_bar.pdf_button.click()
    saved = (tmp_path / "sheet.pdf").read_bytes()
    assert saved.startswith(b"%PDF") and abs(len(saved) - len(printed[0])) < 100
    handover_id = dialog.handover_id
    dialog.reject()
    assert window.handover.sheet_dialog is None

    # The history lists the sealed sheet; opening it shows it read-only.
    history = window.handover_history
    assert history.ids()[0] == handover_id
    assert history.table.item(0, 4).text() == handover_labels()["sheet_state:sealed"]
    history.table.cellDoubleClicked.emit(0, 0)
    sealed = window.handover.sheet_dialog
    assert sealed is not None and sealed.view.state is HandoverState.SEALED
    assert sealed.save_button.isHidden()
    assert "counts" in sealed.section_tables
    assert sealed.outgoing_block.sign_button.isHidden()
    assert sealed.incoming_block.sign_button.isHidden()
    assert not messages.errors


def test_the_lock_hides_the_sheet_and_keeps_the_drawn_signature(qtbot, window, people, messages):
    dialog = _open(qtbot, window)
    _sign(dialog.outgoing_block.signature.pad)
    window.lock()
    assert dialog.isHidden()
    window.lock_screen.pin.setText("2222")
    window.unlock()
    assert dialog.isVisible()
    assert not dialog.outgoing_block.signature.is_empty()


def test_resuming_the_draft_of_this_station(qtbot, window, ui_desk, people, messages):
    dialog = _open(qtbot, window)
    first = dialog.handover_id
    item, row = next(iter(dialog.counts_box.rows.items()))
    qtbot.keyClicks(row.box, "7")
    last = list(dialog.counts_box.rows.values())[-1]
    qtbot.mouseClick(last.not_counted, LEFT)
    qtbot.keyClicks(last.reason, "with the night manager")
    dialog.save_button.click()
    dialog.reject()
    again = _open(qtbot, window)
    assert again.handover_id == first
    assert again.counts_box.rows[item].box.text() == "7"
    kept = again.counts_box.rows[last.item]
    assert kept.not_counted.isChecked() and kept.reason.text() == "with the night manager"
    assert not kept.box.isEnabled() and kept.box.text() == ""


def test_the_history_shows_another_stations_sheet_on_the_clock_tick(
    qtbot, window, ui_desk, people, messages
):
    history = window.handover_history
    first = handover_commands.start_handover(
        ui_desk, people["manager"]
    )  # written behind the window's back
    assert history.ids() == []
    window.tick()
    assert history.ids() == [first.id]
    history.table.selectRow(0)
    handover_commands.sign_handover(
        ui_desk,
        people["manager"],
        first.id,
        meaning="handed_over",
        pin="111111",
        signature=_signature(),
    )
    window.tick()
    assert history.table.item(0, 4).text() == handover_labels()["sheet_state:handed_over"]
    assert history.selected_id() == first.id  # the reload kept the selection
    assert not messages.errors


def test_a_red_row_of_the_sheet_opens_its_entry_to_read(qtbot, window, ui_desk, people, messages):
    clerk, manager = people["clerk"], people["manager"]
    log_commands.record_entry(ui_desk, clerk, category="note", text="Quiet evening")
    leak = log_commands.record_entry(
        ui_desk, manager, category="incident", text="1203房漏水 — plumber called", important=True
    )
    dialog = _open(qtbot, window)
    table = dialog.section_tables["log"]
    row = next(r for r in range(table.rowCount()) if "1203" in table.item(r, 4).text())
    assert "Double-click or Enter: open the entry." in table.item(row, 4).toolTip()
    assert "1203房漏水 — plumber called" in table.item(row, 4).toolTip()
    seen = []

    def read_it(page) -> None:
        seen.append(page.windowTitle())
        # Opened over the sheet: no buttons onward to other books' pages.
        assert page.findChild(QPushButton, "openComplaint") is None
        page.findChild(QPushButton, "markRead").click()
        page.accept()

    _timer = when_modal(EntryDialog, read_it)
    at = table.visualRect(table.model().index(row, 4)).center()
    # A real double-click: QTest's lone double-click event is not one for an item view.
    qtbot.mouseClick(table.viewport(), LEFT, pos=at)
    qtbot.mouseDClick(table.viewport(), LEFT, pos=at)
    qtbot.waitUntil(lambda: dialog.record_page is None)  # the page closed
    assert seen == [f"Log entry #{leak.num}"]
    # Read by the clerk who will hand over; the sheet is still the draft being filled in.
    assert not log_views.unread_important(ui_desk, clerk, since=dialog.view.shift_start)
    assert dialog.view.state is HandoverState.DRAFT and window.handover.sheet_dialog is dialog
    assert not messages.errors


def test_a_complaint_of_the_sheet_opens_its_page(qtbot, window, ui_desk, people, messages):
    from desk_app.ui.complaints.page import ComplaintDialog

    taken = _take_complaint(ui_desk, people["clerk"])
    dialog = _open(qtbot, window)
    table = dialog.section_tables["complaints"]
    assert "Double-click or Enter: open the complaint." in table.item(0, 2).toolTip()
    seen = []

    def step_taken(page) -> None:
        seen.append(page.windowTitle())
        assert set(page.action_buttons)  # its steps are there to take
        page.accept()

    _timer = when_modal(ComplaintDialog, step_taken)
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.record_page is None)  # the page closed
    assert seen == [f"Complaint #{taken.num}: 张先生"]
    assert window.handover.sheet_dialog is dialog and not messages.errors


@pytest.mark.parametrize("handed_over", [False, True])
def test_a_key_out_on_the_sheet_opens_its_page_to_take_it_back(
    qtbot, window, ui_desk, people, messages, handed_over
):
    from desk_app.services.keys import commands as keys_commands
    from desk_app.ui.keys.page import KeyPage

    clerk, manager = people["clerk"], people["manager"]
    keys_commands.add_key(
        ui_desk, manager, code="K-101", label="Room 101", key_type="room", hook_row=1, hook_col=1
    )
    keys_commands.issue_key(
        ui_desk,
        clerk,
        "K-101",
        holder_kind="staff",
        holder_id=manager.id,
        purpose="Inspection",
        expected_back=ui_desk.clock.now() + timedelta(hours=2),
    )
    if handed_over:  # the incoming clerk goes through the sheet before accepting it
        draft = handover_commands.start_handover(ui_desk, clerk)
        handover_commands.save_draft(
            ui_desk, clerk, draft.id, handover_views.Draft(), incoming_id=manager.id
        )
        handover_commands.sign_handover(
            ui_desk, clerk, draft.id, meaning="handed_over", pin="2222", signature=_signature()
        )
    dialog = _open(qtbot, window)
    assert (dialog.view.state is HandoverState.HANDED_OVER) == handed_over
    table = dialog.section_tables["keys_out"]
    assert table.item(0, 0).text() == "K-101"
    assert "Double-click or Enter: open the key's page." in table.item(0, 1).toolTip()
    seen = []

    def take_back(page) -> None:
        seen.append(page.key.code)
        assert page.take_back() is not None
        page.accept()

    _timer = when_modal(KeyPage, take_back)
    table.setCurrentCell(0, 1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.record_page is None)  # the page closed
    assert seen == ["K-101"]
    # The sheet is compiled again (it is live until sealed): no key is out any more.
    assert "keys_out" not in dialog.section_tables
    assert dialog.sheet.section("keys_out").rows == ()
    assert window.handover.sheet_dialog is dialog and dialog.record_page is None
    assert not messages.errors


def test_the_lock_hides_a_page_opened_from_the_sheet_with_what_was_typed(
    qtbot, window, ui_desk, people, messages
):
    from desk_app.ui.complaints.page import ComplaintDialog

    _take_complaint(ui_desk, people["clerk"])
    dialog = _open(qtbot, window)
    dialog.open_record("complaint", dialog.sheet.section("complaints").rows[0][0])
    page = dialog.record_page
    assert isinstance(page, ComplaintDialog) and page.isVisible()
    window.lock()
    assert not page.isVisible() and not dialog.isVisible()  # hidden, not closed
    window.lock_screen.pin.setText("2222")
    window.unlock()
    assert page.isVisible() and dialog.isVisible() and dialog.record_page is page
    page.reject()
    qtbot.waitUntil(lambda: dialog.record_page is None)
    assert not messages.errors


def test_a_number_that_is_no_entry_is_said(qtbot, window, ui_desk, people, messages):
    dialog = _open(qtbot, window)
    dialog.open_record("entry", 987654)
    assert messages.errors and "987654" in messages.errors[-1]


def _signature():
    from tests.services.test_handover import signature

    return signature()


def test_every_coded_value_of_the_printouts_has_words(qapp):
    from desk_app.domain.keys import Movement
    from desk_app.domain.roles import Role

    labels = handover_labels()
    assert labels["kind:issue"] == "Issued" and labels["role:clerk"] == "Clerk"
    assert all(f"kind:{m.value}" in labels for m in Movement)
    assert all(f"role:{r.value}" in labels for r in Role)


def test_the_incoming_clerk_proves_who_they_are_with_their_pin_once(
    qtbot, window, ui_desk, people, messages
):
    """The incoming clerk is chosen from a list, not signed in at the window: their PIN makes
    them the signer. A wrong one is shown beside the PIN and counted once, not twice."""
    from sqlalchemy import select

    from desk_app.store.tables import person

    clerk, manager = people["clerk"], people["manager"]
    draft = handover_commands.start_handover(ui_desk, clerk)
    handover_commands.sign_handover(
        ui_desk, clerk, draft.id, meaning="handed_over", pin="2222", signature=_signature()
    )
    dialog = _open(qtbot, window)
    assert dialog.view.state is HandoverState.HANDED_OVER
    dialog.incoming.setCurrentIndex(dialog.incoming.findData(manager.id))
    incoming = dialog.incoming_block
    _sign(incoming.signature.pad)
    qtbot.keyClicks(incoming.pin, "000000")
    qtbot.mouseClick(incoming.sign_button, LEFT)
    assert not incoming.pin_error.isHidden()
    assert incoming.pin_error.text() == "Wrong name or PIN."
    # Kept as typed, selected: typing the right one replaces it.
    assert incoming.pin.text() == "000000" and incoming.pin.selectedText() == "000000"
    assert not incoming.refusal.isHidden() and "Wrong name or PIN." in incoming.refusal.text()
    with ui_desk.db.read() as conn:
        failed = conn.execute(
            select(person.c.failed_attempts).where(person.c.id == manager.id)
        ).scalar_one()
    assert failed == 1
    assert dialog.view.state is HandoverState.HANDED_OVER


def test_an_entry_written_at_another_counter_shows_on_the_open_draft(
    qtbot, window, ui_desk, people, messages, tmp_path
):
    """Until sealed the sheet is compiled live: what another counter writes shows on it when the
    window's poll brings it, and what the clerk is typing stays as typed."""
    from desk_app.services.desk import open_desk

    clerk = people["clerk"]
    dialog = _open(qtbot, window)
    assert "log" not in dialog.section_tables  # nothing written yet this shift
    dialog.remarks.setFocus()
    qtbot.keyClicks(dialog.remarks, "Lift 2 noisy")
    other = open_desk(str(tmp_path / "ui.sqlite"), station="Front desk 2")
    other.clock = ui_desk.clock
    try:
        log_commands.record_entry(
            other, clerk, category="incident", text="Fire alarm test at 14:00", important=True
        )
    finally:
        other.db.dispose()

    window.poll_other_stations()
    table = dialog.section_tables["log"]
    assert [table.item(r, 4).text() for r in range(table.rowCount())] == [
        "Fire alarm test at 14:00"
    ]
    assert dialog.remarks.toPlainText() == "Lift 2 noisy"
    assert not messages.errors
