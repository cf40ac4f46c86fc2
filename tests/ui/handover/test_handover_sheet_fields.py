"""The handover sheet as a clerk meets it at 1366x768: counting is one act, a refused seal keeps
what was typed and says why beside the button with the field at fault in view, and the sheet
scrolls once (tables as high as their rows, count boxes as wide as a number)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QScrollArea

from desk_app.domain.handover.rules import HandoverState
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import sheet as handover_sheet
from desk_app.services.handover import views as handover_views
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.ui.common.forms import FIELD_ERROR_STYLE
from desk_app.ui.handover.dialog import HandoverDialog
from tests.ui.handover.test_handover_window import LEFT, _sign

LONG = (
    "Guest in 514 asked for a late checkout at 14:00 and a taxi to the airport tomorrow at "
    "06:30; the taxi is booked with the usual company, confirmation number 88231."
)


def _handed_over(desk, clerk, manager, entries: int = 3) -> str:
    for i in range(entries):
        log_commands.record_entry(
            desk, clerk, category="note", room=str(500 + i), text=f"{LONG} ({i})", important=i == 1
        )
    view = handover_commands.start_handover(desk, clerk)
    handover_commands.save_draft(desk, clerk, view.id, handover_views.Draft(), incoming_id=manager.id)
    from tests.services.test_handover import signature

    handover_commands.sign_handover(desk, clerk, view.id, meaning="handed_over", pin="2222", signature=signature())
    log_commands.mark_read(desk, manager, log_views.list_entries(desk, manager, log_views.LogFilter()).rows[0].id)
    return view.id


def _dialog(qtbot, desk, actor, handover_id) -> HandoverDialog:
    dialog = HandoverDialog(desk, actor, handover_id)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.wait(20)  # laid out, the fitted tables measured
    return dialog


def _in_viewport(dialog: HandoverDialog, widget) -> bool:
    viewport = dialog.scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    bottom = top_left.y() + widget.height()
    return top_left.y() >= 0 and bottom <= viewport.height()


@pytest.fixture
def sheet(ui_desk, people):
    return _handed_over(ui_desk, people["clerk"], people["manager"])


def test_a_refused_seal_keeps_the_pin_says_why_beside_the_button_and_shows_the_field(
    qtbot, ui_desk, people, messages, sheet
):
    """The issue's case: 1000 typed for the float, another item left empty, PIN typed, "Accept
    and seal" pressed at the bottom of the sheet."""
    manager = people["manager"]
    dialog = _dialog(qtbot, ui_desk, manager, sheet)
    rows = list(dialog.counts_box.rows.values())
    qtbot.keyClicks(rows[0].box, "1000")  # typing is counting: nothing else to tick
    incoming = dialog.incoming_block
    incoming.statement.setChecked(True)
    _sign(incoming.signature.pad)
    qtbot.keyClicks(incoming.pin, "111111")
    bar = dialog.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.mouseClick(incoming.sign_button, LEFT)

    assert dialog.view.state is HandoverState.HANDED_OVER
    assert incoming.pin.text() == "111111"  # kept as typed
    assert rows[0].box.text() == "1000"
    refusal = incoming.refusal
    assert refusal.isVisible() and rows[1].item in refusal.text()
    # Beside the button: the same row of the block, to its right.
    button = incoming.sign_button
    assert refusal.parentWidget() is button.parentWidget()
    assert refusal.x() >= button.x() + button.width()
    assert abs(refusal.geometry().center().y() - button.geometry().center().y()) < 30
    # The field at fault has the focus, framed red, in view with its message.
    field = rows[1].box
    assert QApplication.focusWidget() is field
    assert field.styleSheet() == FIELD_ERROR_STYLE
    assert _in_viewport(dialog, field)
    assert dialog.counts_error.isVisible() and _in_viewport(dialog, dialog.counts_error)
    assert not messages.errors

    # "Not counted" is the explicit other choice: it asks why, and its reason is the field.
    qtbot.mouseClick(rows[2].not_counted, LEFT)
    assert not rows[2].box.isEnabled() and rows[2].reason.isVisible()
    assert QApplication.focusWidget() is rows[2].reason
    qtbot.keyClicks(rows[1].box, "40")
    bar.setValue(bar.maximum())
    qtbot.mouseClick(incoming.sign_button, LEFT)
    assert QApplication.focusWidget() is rows[2].reason  # not counted, but no reason given
    assert _in_viewport(dialog, rows[2].reason) and refusal.isVisible()
    assert incoming.pin.text() == "111111"

    qtbot.keyClicks(rows[2].reason, "lent to a tour group")
    qtbot.mouseClick(incoming.sign_button, LEFT)
    assert dialog.view.state is HandoverState.SEALED, messages.errors
    counts = handover_sheet.sheet(ui_desk, manager, sheet).section("counts").rows
    assert [r[2:] for r in counts] == [(1000, ""), (40, ""), (None, "lent to a tour group")]


def test_a_missing_pin_is_refused_beside_the_button_with_the_pin_field_focused(
    qtbot, ui_desk, people, messages, sheet
):
    dialog = _dialog(qtbot, ui_desk, people["manager"], sheet)
    for row in dialog.counts_box.rows.values():
        qtbot.keyClicks(row.box, "0")
    incoming = dialog.incoming_block
    incoming.statement.setChecked(True)
    _sign(incoming.signature.pad)
    dialog.scroll.verticalScrollBar().setValue(0)
    qtbot.mouseClick(incoming.sign_button, LEFT)
    assert dialog.view.state is HandoverState.HANDED_OVER
    assert incoming.refusal.isVisible() and incoming.refusal.text()
    assert QApplication.focusWidget() is incoming.pin
    assert _in_viewport(dialog, incoming.pin)
    assert [r.box.text() for r in dialog.counts_box.rows.values()] == ["0", "0", "0"]


def test_the_sheet_scrolls_once_and_its_tables_show_every_row(qtbot, ui_desk, people, messages):
    clerk, manager = people["clerk"], people["manager"]
    handover_id = _handed_over(ui_desk, clerk, manager, entries=14)
    dialog = _dialog(qtbot, ui_desk, manager, handover_id)
    dialog.remarks.setPlainText("\n".join(f"Line {i}" for i in range(12)))
    qtbot.wait(20)

    # One scroll: no table or text box inside the sheet shows a scroll bar of its own.
    scrolling = [
        area
        for area in dialog.findChildren(QAbstractScrollArea)
        if area.isVisible()
        and (area.verticalScrollBar().isVisible() or area.horizontalScrollBar().isVisible())
    ]
    assert scrolling == [dialog.scroll]
    assert len([a for a in dialog.findChildren(QScrollArea) if a.isVisible()]) == 1
    log_table = dialog.section_tables["log"]
    assert log_table.rowCount() == 14
    last = log_table.visualRect(log_table.model().index(13, 0))
    assert last.bottom() <= log_table.viewport().height()  # every row shown, none cut
    assert dialog.remarks.height() >= 12 * dialog.remarks.fontMetrics().lineSpacing()

    # The wheel over a table scrolls the sheet: the table has nothing to scroll and leaves the
    # event to its parents (Qt passes a real wheel event on to them; a synthetic one stops).
    assert log_table.verticalScrollBar().maximum() == 0
    wheel = _wheel(log_table.viewport())
    QApplication.sendEvent(log_table.viewport(), wheel)
    assert not wheel.isAccepted()
    bar = dialog.scroll.verticalScrollBar()
    bar.setValue(0)
    QApplication.sendEvent(dialog.scroll.viewport(), _wheel(dialog.scroll.viewport()))
    assert bar.value() > 0

    # The text column takes the room; the short ones are as wide as what they hold.
    header = log_table.horizontalHeader()
    columns = {name: header.sectionSize(i) for i, name in enumerate(log_table_columns(dialog))}
    assert "important" not in columns
    assert columns["text"] > 2 * max(w for n, w in columns.items() if n != "text")
    assert columns["room"] < 100

    # A count box is as wide as a number, not the sheet.
    for row in dialog.counts_box.rows.values():
        assert row.box.width() < 160


def _wheel(widget) -> QWheelEvent:
    pos = QPointF(widget.width() / 2, 20)
    return QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )


def log_table_columns(dialog: HandoverDialog) -> tuple[str, ...]:
    return dialog.sheet.section("log").columns


def test_signatures_keep_their_width_and_empty_parts_say_none(qtbot, ui_desk, people, messages):
    """After the outgoing clerk signs, both blocks stay the same width and the signature shows
    at its drawn proportions; a sealed sheet without discrepancies or remarks says "None"."""
    clerk, manager = people["clerk"], people["manager"]
    view = handover_commands.start_handover(ui_desk, clerk)
    dialog = _dialog(qtbot, ui_desk, clerk, view.id)
    dialog.incoming.setCurrentIndex(dialog.incoming.findData(manager.id))
    outgoing = dialog.outgoing_block
    _sign(outgoing.signature.pad)
    drawn = outgoing.signature.signature()
    qtbot.keyClicks(outgoing.pin, "2222")
    qtbot.mouseClick(outgoing.sign_button, LEFT)
    assert dialog.view.state is HandoverState.HANDED_OVER, messages.errors
    qtbot.wait(20)
    assert abs(outgoing.width() - dialog.incoming_block.width()) <= 2
    picture = outgoing.picture.pixmap()
    from PySide6.QtGui import QImage

    image = QImage.fromData(drawn.png, "PNG")
    assert picture.width() / picture.height() == pytest.approx(
        image.width() / image.height(), rel=0.03
    )
    assert outgoing.picture.width() >= picture.width()  # not cut by a narrow block

    ui_desk.clock.advance(timedelta(minutes=5))
    counts = {item: 1 for item in dialog.counts_box.rows}
    handover_commands.save_draft(ui_desk, clerk, view.id, handover_views.Draft(counts=counts), incoming_id=manager.id)
    from tests.services.test_handover import signature

    handover_commands.sign_handover(
        ui_desk, manager, view.id, meaning="accepted", pin="111111", signature=signature()
    )
    sealed = _dialog(qtbot, ui_desk, manager, view.id)
    texts = [label.text() for label in sealed.body.findChildren(QLabel) if label.isVisible()]
    labels = sealed.labels
    assert texts.count(labels["none"]) == 2  # discrepancies, remarks
    assert labels["empty"] in texts  # a book with nothing in the shift says so, as before

    # The next sheet expects what this one handed over, beside each count box.
    ui_desk.clock.advance(timedelta(hours=8))
    following = _dialog(qtbot, ui_desk, clerk, handover_commands.start_handover(ui_desk, clerk).id)
    row = next(iter(following.counts_box.rows.values()))
    assert row.expected.text() == "1" and row.box.text() == ""
    qtbot.keyClicks(row.box, "3")
    assert row.difference.text() == "+2"
