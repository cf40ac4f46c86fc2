"""A found item's page and a guest's report's page: returning an item against a drawn signature
and an identity check, the return slip and the tags printed, disposal proposed by a clerk and
approved by a supervisor (never by the proposer), matches linked from either side, and a
conflict with another station shown and reloaded."""

from __future__ import annotations

import math
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QPointF,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QWidget,
)

from desk_app.domain.lostfound.categories import BUILTIN_CATEGORIES
from desk_app.domain.lostfound.rules import DisposalMethod, IdDocument, ItemState, ReportState
from desk_app.reports.lostfound.label_size import LabelSize
from desk_app.services.log import views as log_views
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import detail as lostfound_detail
from desk_app.services.lostfound import views as lostfound_views
from desk_app.ui.common import pdf_print
from desk_app.ui.common.forms import FIELD_ERROR_STYLE, OVERDUE_STYLE
from desk_app.ui.common.labels import LANGUAGES, format_datetime
from desk_app.ui.lostfound.item_page import ItemPage
from desk_app.ui.lostfound.labels import (
    category_label,
    disposal_method_label,
    id_document_label,
    item_state_label,
    report_state_label,
)
from desk_app.ui.lostfound.printing import TagPrintDialog
from desk_app.ui.lostfound.report_page import ReportPage
from desk_app.ui.lostfound.steps import (
    CloseReportDialog,
    DecideDisposalDialog,
    ProposeDisposalDialog,
    ReturnDialog,
)
from tests.ui.conftest import found_in_the_lobby

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.MouseButton.NoButton


# -- fixtures and helpers --------------------------------------------------------------------------
@pytest.fixture
def printed(monkeypatch):
    """What would have gone to the print preview or been saved, instead of a modal dialog."""
    jobs: list[tuple[str, bytes, str]] = []

    def fake_print(parent, pdf, title):
        jobs.append(("print", pdf, title))
        return True

    def fake_save(parent, pdf, suggested_name):
        jobs.append(("save", pdf, suggested_name))
        return suggested_name

    monkeypatch.setattr(pdf_print, "print_pdf", fake_print)
    monkeypatch.setattr(pdf_print, "print_pdf_now", fake_print)  # the tag's Print (no preview)
    monkeypatch.setattr(pdf_print, "save_pdf_as", fake_save)
    return jobs


def _png(color: str = "#884444", width: int = 64, height: int = 48) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _item(desk, actor, *, hours_ago=3, category="valuables", description=None, photos=()):
    return found_in_the_lobby(
        desk,
        actor,
        hours_ago=hours_ago,
        description=description or "Чёрный кожаный кошелёк с картами 黑色皮夹",
        category=category,
        valuables=category == "valuables",
        storage_place="Сейф 2",
        place="Лобби, диван у окна",
        photos=photos,
    )


def _report(desk, actor, *, guest="张伟", contact="+86 138 0000 0000", category="valuables"):
    now = desk.clock.now()
    return lostfound_commands.report_lost(
        desk,
        actor,
        guest_name=guest,
        contact=contact,
        room="1208",
        lost_from=now - timedelta(hours=6),
        lost_until=now - timedelta(hours=1),
        lost_place="Лобби",
        description="Чёрный кошелёк, кожаный, с картами",
        category=category,
    )


def type_text(widget, text: str) -> None:
    """Type as a person would; non-ASCII one character at a time (keyClicks aborts on it)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


class Host(QWidget):
    """What the main window is to a page here: the one told what a write changed, who tells
    the page in turn."""

    changes_applied = Signal(object)


def _hosted(qtbot, page_type, desk, actor, record_id):
    host = Host()
    qtbot.addWidget(host)
    page = page_type(desk, actor, record_id, host)
    host.changes_applied.connect(page.apply_changes)
    page.host = host  # qtbot keeps only a weak reference: the host lives as long as its page
    return _show(qtbot, page)


def _told(page):
    """The signal by which the page's host hears what the page's write changed."""
    return page.parentWidget().changes_applied


def _item_page(qtbot, desk, actor, item_id) -> ItemPage:
    return _hosted(qtbot, ItemPage, desk, actor, item_id)


def _report_page(qtbot, desk, actor, report_id) -> ReportPage:
    return _hosted(qtbot, ReportPage, desk, actor, report_id)


def _form(qtbot, dialog):
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    return dialog


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _mouse(widget, kind, pos: QPointF, button, buttons) -> None:
    # Built by hand: QTest.mouseMove does not carry the pressed button on every Qt version.
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


def _fill_identity(dialog: ReturnDialog, *, checked=True) -> None:
    dialog.document.setCurrentIndex(dialog.document.findData("passport"))
    type_text(dialog.last_four, "4821")
    dialog.checked.setChecked(checked)


# -- return to the owner ---------------------------------------------------------------------------
def test_return_with_a_drawn_signature_then_print_the_slip(
    qtbot, ui_desk, people, messages, printed
):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    report = _report(ui_desk, clerk)
    lostfound_commands.link_match(ui_desk, clerk, report.id, item.id)
    page = _item_page(qtbot, ui_desk, clerk, item.id)
    assert page.number_label.text() == item.number
    assert page.state_label.text() == "Held"
    assert not page.valuables_label.isHidden()
    assert not page.return_button.isHidden()

    page.return_button.click()
    dialog = _form(qtbot, page.step_dialog)
    assert isinstance(dialog, ReturnDialog)
    # The claimant is prefilled from the linked report, and can be changed.
    assert dialog.report.currentData() == report.id
    assert dialog.name.text() == "张伟"
    assert dialog.contact.text() == "+86 138 0000 0000"
    _fill_identity(dialog)
    _sign(dialog.signature.pad)
    signature = dialog.signature.signature()
    assert signature is not None
    with qtbot.waitSignal(_told(page)):
        _ok(dialog)

    assert page.step_dialog is None
    assert messages.errors == []
    detail = lostfound_detail.item_detail(ui_desk, clerk, item.id)
    assert detail.item.state is ItemState.RETURNED
    ret = detail.returned
    assert (ret.claimant_name, ret.id_document.value, ret.id_last_four) == (
        "张伟",
        "passport",
        "4821",
    )
    assert ret.signature_png == signature.png
    assert lostfound_detail.report_detail(ui_desk, clerk, report.id).state is ReportState.CLOSED
    # The page is the returned item's now: read-only, the slip offered.
    assert page.state_label.text() == "Returned"
    assert page.return_button.isHidden() and page.add_photo_button.isHidden()
    assert page.propose_button.isHidden()
    assert "张伟" in page.findChild(type(page.number_label), "returnedNotice").text()
    assert page.findChild(type(page.number_label), "returnedIdentity").text() == (
        "Passport ···4821"
    )

    page.slip_print_button.click()
    assert len(printed) == 1
    kind, pdf, title = printed[0]
    assert kind == "print" and item.number in title
    assert pdf.startswith(b"%PDF")
    # The claimant's signature is in the slip: an image as large as the drawn one.
    image = QImage.fromData(signature.png, "PNG")
    assert b"/Subtype /Image" in pdf
    assert f"/Width {image.width()}".encode() in pdf
    assert f"/Height {image.height()}".encode() in pdf

    page.slip_save_button.click()
    assert printed[1][0] == "save" and printed[1][1].startswith(b"%PDF")
    assert printed[1][2].endswith(".pdf") and item.number in printed[1][2]


def test_the_slip_stays_on_the_page_of_a_returned_item(qtbot, ui_desk, people, printed):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    page = _item_page(qtbot, ui_desk, clerk, item.id)
    page.return_button.click()
    dialog = _form(qtbot, page.step_dialog)
    assert dialog.report is None  # no linked report: nothing to choose
    type_text(dialog.name, "Petr Sidorov")
    _fill_identity(dialog)
    _sign(dialog.signature.pad)
    _ok(dialog)
    page.close()

    again = _item_page(qtbot, ui_desk, clerk, item.id)
    assert again.findChild(type(again.number_label), "returnedNotice") is None
    assert again.return_button.isHidden()
    again.slip_print_button.click()
    assert printed[-1][1].startswith(b"%PDF")


def test_return_without_signature_or_identity_check_is_refused_beside_the_field(
    qtbot, ui_desk, people, messages
):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    entries = len(log_views.list_entries(ui_desk, clerk).rows)
    page = _item_page(qtbot, ui_desk, clerk, item.id)
    page.return_button.click()
    dialog = _form(qtbot, page.step_dialog)
    type_text(dialog.name, "Пётр Сидоров")
    _fill_identity(dialog)
    _ok(dialog)  # no signature

    assert dialog.isVisible()
    error = dialog.field_errors["signature"]
    assert not error.isHidden() and "signature" in error.text()
    assert dialog.signature.styleSheet() == FIELD_ERROR_STYLE
    assert dialog.error.isHidden()  # the message is beside the pad, not under the form
    assert dialog.name.text() == "Пётр Сидоров"  # nothing typed is lost

    _sign(dialog.signature.pad)
    dialog.checked.setChecked(False)
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.field_errors["signature"].isHidden()
    assert dialog.signature.styleSheet() == ""
    error = dialog.field_errors["identity_checked"]
    assert not error.isHidden() and "identity" in error.text()
    assert dialog.checked.styleSheet() == FIELD_ERROR_STYLE

    dialog.checked.setChecked(True)
    dialog.last_four.setText("123456")
    _ok(dialog)
    assert not dialog.field_errors["id_last_four"].isHidden()

    # Nothing was written by any of the refused attempts.
    detail = lostfound_detail.item_detail(ui_desk, clerk, item.id)
    assert detail.item.state is ItemState.STORED and detail.returned is None
    assert len(log_views.list_entries(ui_desk, clerk).rows) == entries
    assert messages.errors == []
    dialog.reject()
    assert page.step_dialog is None


def test_a_return_refused_because_another_station_acted_reloads_the_page(
    qtbot, ui_desk, people, supervisor, messages
):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    page = _item_page(qtbot, ui_desk, clerk, item.id)
    page.return_button.click()
    dialog = _form(qtbot, page.step_dialog)
    type_text(dialog.name, "Somebody")
    _fill_identity(dialog)
    _sign(dialog.signature.pad)
    # Meanwhile, at another counter, the item is handed to its owner.
    lostfound_commands.return_item(
        ui_desk,
        supervisor,
        item.id,
        claimant_name="Real Owner",
        id_document="national_id",
        id_last_four="9999",
        identity_checked=True,
        signature=dialog.signature.signature(),
    )
    _ok(dialog)

    assert len(messages.errors) == 1 and "Another station" in messages.errors[0]
    assert page.step_dialog is None
    assert page.state_label.text() == "Returned"
    assert page.findChild(type(page.number_label), "returnedName").text() == "Real Owner"


# -- disposal ----------------------------------------------------------------------------------------
def test_clerk_proposes_a_due_disposal_and_a_supervisor_approves(
    qtbot, ui_desk, people, supervisor, messages
):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk, category="clothing", description="Синий шарф")
    page = _item_page(qtbot, ui_desk, clerk, item.id)
    assert page.propose_button.isHidden()  # not due yet
    assert "Keep until" in page.due_label.text()
    page.close()

    ui_desk.clock.advance(timedelta(days=91))
    page = _item_page(qtbot, ui_desk, clerk, item.id)
    assert "Due for disposal" in page.due_label.text()
    assert page.due_label.styleSheet() == OVERDUE_STYLE
    assert not page.propose_button.isHidden()
    page.propose_button.click()
    dialog = _form(qtbot, page.step_dialog)
    assert isinstance(dialog, ProposeDisposalDialog)
    _ok(dialog)  # no method chosen
    assert not dialog.field_errors["method"].isHidden()
    dialog.method.setCurrentIndex(dialog.method.findData("donated"))
    type_text(dialog.note, "В благотворительный магазин")
    with qtbot.waitSignal(_told(page)):
        _ok(dialog)

    assert page.state_label.text() == "Disposal proposed"
    assert page.due_label.text().startswith("Retention ended on")
    assert (
        "В благотворительный магазин"
        in page.findChild(type(page.number_label), "pendingDisposal").text()
    )
    # The clerk may not decide, least of all on their own proposal, and is told why.
    assert not page.approve_button.isEnabled() and not page.reject_button.isEnabled()
    assert not page.approval_note.isHidden()
    assert "You proposed this disposal" in page.approval_note.text()
    assert "supervisor" in page.approval_note.text()
    # Even when the form is reached another way, the service refuses with a clear message.
    decide = _form(qtbot, page.start_decision(True))
    _ok(decide)
    assert decide.isVisible() and not decide.error.isHidden()
    assert "may not do this" in decide.error.text()
    decide.reject()
    assert (
        lostfound_detail.item_detail(ui_desk, clerk, item.id).item.state
        is ItemState.DISPOSAL_PROPOSED
    )
    page.close()

    boss = _item_page(qtbot, ui_desk, supervisor, item.id)
    assert boss.approve_button.isEnabled() and boss.approval_note.isHidden()
    boss.approve_button.click()
    dialog = _form(qtbot, boss.step_dialog)
    assert isinstance(dialog, DecideDisposalDialog) and dialog.approve
    type_text(dialog.note, "OK")
    with qtbot.waitSignal(_told(boss)):
        _ok(dialog)

    detail = lostfound_detail.item_detail(ui_desk, supervisor, item.id)
    assert detail.item.state is ItemState.DISPOSED
    assert boss.state_label.text() == "Disposed of"
    # Read-only now: nothing to return, propose or decide; the history tells what happened.
    assert boss.return_button.isHidden() and boss.propose_button.isHidden()
    assert boss.approve_button is None
    history = boss.disposal_table
    assert history.rowCount() == 1
    assert history.item(0, 1).text() == "Donated"
    assert history.item(0, 3).text().startswith("Approved")
    assert "Ольга Смирнова" in history.item(0, 3).text()
    assert messages.errors == []


def test_a_supervisor_cannot_approve_their_own_proposal_and_reject_needs_a_reason(
    qtbot, ui_desk, people, supervisor, messages
):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk, category="other", description="Зонт")
    ui_desk.clock.advance(timedelta(days=91))
    lostfound_commands.propose_disposal(ui_desk, supervisor, item.id, "destroyed", "Сломан")
    page = _item_page(qtbot, ui_desk, supervisor, item.id)
    assert not page.approve_button.isEnabled()
    assert "another supervisor" in page.approval_note.text()
    decide = _form(qtbot, page.start_decision(True))
    _ok(decide)
    assert "another supervisor must approve it" in decide.error.text()
    decide.reject()
    page.close()

    manager_page = _item_page(qtbot, ui_desk, people["manager"], item.id)
    assert manager_page.reject_button.isEnabled()
    manager_page.reject_button.click()
    dialog = _form(qtbot, manager_page.step_dialog)
    _ok(dialog)  # a rejection says why
    assert not dialog.field_errors["note"].isHidden()
    type_text(dialog.note, "Keep it, the owner called")
    _ok(dialog)
    assert lostfound_detail.item_detail(ui_desk, clerk, item.id).item.state is ItemState.STORED
    assert manager_page.state_label.text() == "Held"
    assert manager_page.disposal_table.item(0, 3).text().startswith("Rejected")
    assert messages.errors == []


# -- matches -----------------------------------------------------------------------------------------
def test_link_a_match_from_the_item_page(qtbot, ui_desk, people, messages):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    report = _report(ui_desk, clerk)
    other = _report(ui_desk, clerk, guest="Ольга Иванова", category="other")
    page = _item_page(qtbot, ui_desk, clerk, item.id)
    ids = [m.report.id for m in page.matches]
    assert ids[0] == report.id and other.id in ids
    assert list(page.match_cards) == ids  # best first
    card = page.match_cards[report.id]
    assert card.title.text() == "张伟"
    assert card.subtitle.text() == "+86 138 0000 0000, room 1208"
    assert "Лобби" in card.when_where.text()
    assert card.description.text() == "Чёрный кошелёк, кожаный, с картами"
    assert card.score.value() == round(page.matches[0].reason.score * 100)
    assert "same category" in card.reasons.text()

    with qtbot.waitSignal(_told(page)):
        page.link_buttons[report.id].click()

    assert lostfound_detail.report_detail(ui_desk, clerk, report.id).state is ReportState.LINKED
    assert report.id not in page.link_buttons  # no longer an open report
    assert report.id not in page.match_cards and other.id in page.match_cards
    assert page.linked_table.rowCount() == 1
    assert page.linked_table.item(0, 1).text().startswith("张伟")
    assert messages.errors == []
    # Returning now offers the linked guest.
    page.return_button.click()
    dialog = _form(qtbot, page.step_dialog)
    assert dialog.name.text() == "张伟"
    dialog.reject()


def test_link_from_the_report_page_then_not_theirs_then_close(qtbot, ui_desk, people, messages):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    report = _report(ui_desk, clerk)
    page = _report_page(qtbot, ui_desk, clerk, report.id)
    assert page.state_label.text() == "Open"
    assert [m.item.id for m in page.matches] == [item.id]
    card = page.match_cards[item.id]
    assert card.title.text() == item.number
    assert "Сейф 2" in card.subtitle.text()

    with qtbot.waitSignal(_told(page)):
        page.link_buttons[item.id].click()
    assert page.report.state is ReportState.LINKED
    assert page.state_label.text() == "Possible match"
    assert page.findChild(type(page.state_label), "linkedNumber").text() == item.number

    # The item's page opens over the report's; a link made there shows here too.
    opened = page.open_linked_button
    opened.click()
    item_page = page.item_page
    assert isinstance(item_page, ItemPage)
    qtbot.waitExposed(item_page)
    assert item_page.linked_table.rowCount() == 1
    item_page.accept()
    assert page.item_page is None

    with qtbot.waitSignal(_told(page)):
        page.unlink_button.click()
    assert lostfound_detail.report_detail(ui_desk, clerk, report.id).state is ReportState.OPEN
    assert item.id in page.link_buttons

    page.close_button.click()
    dialog = _form(qtbot, page.step_dialog)
    _ok(dialog)  # the reason is required
    assert not dialog.field_errors["note"].isHidden()
    type_text(dialog.note, "Гость нашёл сам")
    _ok(dialog)
    closed = lostfound_detail.report_detail(ui_desk, clerk, report.id)
    assert closed.state is ReportState.CLOSED and closed.close_note == "Гость нашёл сам"
    assert page.close_button.isHidden()
    assert page.findChild(type(page.state_label), "reportCloseNote").text() == "Гость нашёл сам"
    assert messages.errors == []


def test_open_item_from_a_match_and_link_there(qtbot, ui_desk, people, messages):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    report = _report(ui_desk, clerk)
    page = _report_page(qtbot, ui_desk, clerk, report.id)
    page.open_buttons[item.id].click()
    item_page = page.item_page
    qtbot.waitExposed(item_page)
    with qtbot.waitSignal(_told(page)):
        item_page.link_buttons[report.id].click()
    assert page.report.state is ReportState.LINKED
    item_page.accept()


def test_a_stale_link_is_told_and_the_page_reloads(qtbot, ui_desk, people, messages):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    report = _report(ui_desk, clerk)
    page = _report_page(qtbot, ui_desk, clerk, report.id)
    lostfound_commands.close_report(ui_desk, clerk, report.id, "Guest left")
    page.link_buttons[item.id].click()
    assert len(messages.errors) == 1 and "Another station" in messages.errors[0]
    assert page.report.state is ReportState.CLOSED
    assert page.close_button.isHidden()


def test_linking_an_item_returned_meanwhile_names_its_state(
    qtbot, ui_desk, people, supervisor, messages
):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    report = _report(ui_desk, clerk)
    page = _report_page(qtbot, ui_desk, clerk, report.id)
    field = ReturnDialog(ui_desk, supervisor, lostfound_detail.item_detail(ui_desk, clerk, item.id))
    _show(qtbot, field)
    _sign(field.signature.pad)
    lostfound_commands.return_item(
        ui_desk,
        supervisor,
        item.id,
        claimant_name="Owner",
        id_document="passport",
        id_last_four="1234",
        identity_checked=True,
        signature=field.signature.signature(),
    )
    field.reject()
    page.link_buttons[item.id].click()
    assert messages.errors == ["This item is no longer held (now: Returned)."]
    # The page shows the world as it is now: the item is no longer a candidate.
    assert item.id not in page.link_buttons
    assert page.report.state is ReportState.OPEN


# -- photos ------------------------------------------------------------------------------------------
def test_photos_are_shown_and_viewed_larger(qtbot, ui_desk, people, messages):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk, photos=[_png("#884444", 320, 240), _png("#448844", 200, 300)])
    page = _item_page(qtbot, ui_desk, clerk, item.id)
    assert page.photos.count() == 2
    assert not page.photos.item(0).icon().isNull()
    assert page.no_photos.isHidden()

    page.photos.itemClicked.emit(page.photos.item(1))
    viewer = page.photo_viewer
    qtbot.waitExposed(viewer)
    pixmap = viewer.image.pixmap()
    assert (pixmap.width(), pixmap.height()) == (200, 300)
    assert "2" in viewer.windowTitle() and item.number in viewer.windowTitle()
    viewer.reject()
    assert messages.errors == []


def test_a_file_that_is_no_photo_is_refused_clearly(
    qtbot, ui_desk, people, messages, monkeypatch, tmp_path
):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    page = _item_page(qtbot, ui_desk, clerk, item.id)
    assert page.photos.isHidden() and not page.no_photos.isHidden()
    text = tmp_path / "notes.txt"
    text.write_text("not a photo at all, just some words here", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(text), ""))
    page.add_photo_button.click()
    assert "not a picture" in messages.errors[-1]
    missing = tmp_path / "gone.png"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(missing), ""))
    page.add_photo_button.click()
    assert "cannot be read" in messages.errors[-1] and "gone.png" in messages.errors[-1]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    page.add_photo_button.click()  # cancelled: nothing said, nothing done
    assert len(messages.errors) == 2
    assert lostfound_detail.item_detail(ui_desk, clerk, item.id).photos == []


def test_add_a_photo(qtbot, ui_desk, people, messages, monkeypatch, tmp_path):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk, photos=[_png("#884444", 320, 240)])
    page = _item_page(qtbot, ui_desk, clerk, item.id)
    picture = tmp_path / "wallet.png"
    picture.write_bytes(_png("#448844", 200, 300))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picture), ""))
    try:
        lostfound_commands.add_photo(ui_desk, clerk, item.id, _png("#000000"))
    finally:
        page.load()
    with qtbot.waitSignal(_told(page)):
        page.add_photo_button.click()
    assert page.photos.count() == 3
    assert len(lostfound_detail.item_detail(ui_desk, clerk, item.id).photos) == 3
    assert messages.errors == []


# -- tags --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", list(LabelSize))
def test_print_a_tag_in_each_size(qtbot, ui_desk, people, printed, size):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    page = _item_page(qtbot, ui_desk, clerk, item.id)
    page.print_tag_button.click()
    dialog = page.tag_dialog
    assert isinstance(dialog, TagPrintDialog)
    qtbot.waitExposed(dialog)
    dialog.size_buttons[size].click()
    assert dialog.skip.isEnabled() == (size is LabelSize.A4_SHEET)
    dialog.print_button.click()
    assert len(printed) == 1
    kind, pdf, title = printed[0]
    assert kind == "print" and item.number in title
    assert pdf.startswith(b"%PDF")
    assert TagPrintDialog.last_size is size  # the next tag starts with the same size

    page.print_tag_button.click()
    again = page.tag_dialog
    assert again.size_buttons[size].isChecked()
    again.save_button.click()
    assert printed[1][0] == "save" and printed[1][1].startswith(b"%PDF")
    assert printed[1][2].endswith(".pdf")


def test_tag_sizes_differ_and_the_a4_sheet_skips_used_stickers(qtbot, ui_desk, people):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    dialog = TagPrintDialog(item, lostfound_views.get_policy(ui_desk))
    qtbot.addWidget(dialog)
    boxes = set()
    for size in LabelSize:
        dialog.size_buttons[size].setChecked(True)
        pdf = dialog.pdf()
        start = pdf.index(b"/MediaBox")
        boxes.add(pdf[start : pdf.index(b"]", start)])
    assert len(boxes) == 3
    dialog.skip.setValue(23)  # the last sticker of the sheet: still one page
    pdf = dialog.pdf()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") <= 1


def test_the_printed_captions_are_the_reports_keys(qapp):
    from desk_app.formats import LANGUAGE_KEY
    from desk_app.reports.lostfound.pdf_style import PDF_LABELS
    from desk_app.ui.lostfound.labels import pdf_labels

    labels = pdf_labels()
    assert labels.pop(LANGUAGE_KEY) == "en"  # the language the tag's times are printed in
    assert labels == dict(PDF_LABELS)  # English: the reports' own defaults


# -- every visible word goes through tr() in a context lupdate sees --------------------------------
MARK = "‹{}›"
QT_OWN = {"&Cancel", "Cancel", "&OK", "OK", "&Close", "Close"}  # Qt's own translations


class _MarkingTranslator(QTranslator):
    """Translates exactly what lupdate extracted, in its context, into ‹text›: a visible string
    left unmarked would never be translated."""

    def __init__(self, known: set[tuple[str, str, str]]) -> None:
        super().__init__()
        self.known = known

    def translate(self, context, source, disambiguation=None, n=-1):
        if (context, source, disambiguation or "") in self.known:
            return MARK.format(source)
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def _extracted(tmp_path: Path) -> set[tuple[str, str, str]]:
    root = Path(__file__).resolve().parents[3]
    ts = tmp_path / "page.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [
        "desk_app/ui/lostfound/page_base.py",
        "desk_app/ui/lostfound/item_page.py",
        "desk_app/ui/lostfound/item_sections.py",
        "desk_app/ui/lostfound/decision_box.py",
        "desk_app/ui/lostfound/report_page.py",
        "desk_app/ui/lostfound/widgets.py",
        "desk_app/ui/lostfound/steps.py",
        "desk_app/ui/lostfound/printing.py",
        "desk_app/ui/lostfound/photos.py",
        "desk_app/ui/common/signature_pad.py",
    ]
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(ts)], cwd=root, check=True, capture_output=True
    )
    known = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            known.add((name, message.findtext("source"), message.findtext("comment") or ""))
    return known


def _texts(widget) -> list[str]:
    texts = [widget.windowTitle()]
    for label in widget.findChildren(QLabel):
        texts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        if button.text() not in QT_OWN:
            texts += [button.text(), button.toolTip()]
    for edit in widget.findChildren(QLineEdit) + widget.findChildren(QPlainTextEdit):
        texts.append(edit.placeholderText())
    for combo in widget.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for table in widget.findChildren(QTableWidget):
        for col in range(table.columnCount()):
            header = table.horizontalHeaderItem(col)
            texts.append(header.text() if header else "")
    for bar in widget.findChildren(QProgressBar):
        texts.append(bar.toolTip())
    return [t for t in texts if t and not t.isdigit()]


def test_every_visible_string_is_marked_for_translation(
    qtbot, ui_desk, people, supervisor, tmp_path
):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    report = _report(ui_desk, clerk)
    linked = _report(ui_desk, clerk, guest="Ольга Иванова", contact="")
    lostfound_commands.link_match(ui_desk, clerk, linked.id, item.id)
    due = _item(ui_desk, clerk, category="other", description="Зонт", hours_ago=24 * 91)
    lostfound_commands.propose_disposal(ui_desk, clerk, due.id, "donated", "Магазин")
    field = ReturnDialog(ui_desk, clerk, lostfound_detail.item_detail(ui_desk, clerk, item.id))
    _show(qtbot, field)
    _sign(field.signature.pad)
    signature = field.signature.signature()
    field.reject()
    gone = _item(ui_desk, clerk, category="clothing", description="Шарф")
    lostfound_commands.return_item(
        ui_desk,
        clerk,
        gone.id,
        claimant_name="Пётр Сидоров",
        claimant_contact="+7 900 000-00-00",
        id_document="passport",
        id_last_four="4821",
        identity_checked=True,
        signature=signature,
    )

    app = QCoreApplication.instance()
    translator = _MarkingTranslator(_extracted(tmp_path))
    app.installTranslator(translator)
    try:
        pages = [
            ItemPage(ui_desk, clerk, item.id),
            ItemPage(ui_desk, supervisor, due.id),
            ItemPage(ui_desk, clerk, gone.id),
            ReportPage(ui_desk, clerk, report.id),
            ReportPage(ui_desk, clerk, linked.id),
        ]
        pages[2].just_returned = True
        pages[2].load()
        detail = lostfound_detail.item_detail(ui_desk, clerk, item.id)
        forms = [
            ReturnDialog(ui_desk, clerk, detail),
            ProposeDisposalDialog(ui_desk, clerk, detail.item),
            DecideDisposalDialog(
                ui_desk,
                supervisor,
                detail.item,
                lostfound_detail.item_detail(ui_desk, clerk, due.id).pending_disposal,
                False,
            ),
            CloseReportDialog(
                ui_desk, clerk, lostfound_detail.report_detail(ui_desk, clerk, report.id)
            ),
            TagPrintDialog(detail.item, lostfound_views.get_policy(ui_desk)),
        ]
        widgets = pages + forms
        for w in widgets:
            qtbot.addWidget(w)
        # What the records hold, and names that come from lostfound_labels (checked there).
        data: set[str] = set()
        for record in (
            lostfound_detail.item_detail(ui_desk, clerk, i).item for i in (item.id, due.id, gone.id)
        ):
            data |= {record.number, record.description, record.found_place}
            data |= {record.storage_place, record.finder_name}
            data |= {format_datetime(record.found_at)}
        for r in (report, linked):
            data |= {r.guest_name, r.contact, r.room, r.lost_place, r.description}
        data |= {"Пётр Сидоров", "+7 900 000-00-00", "Магазин", "#1", "#2", "%p%", "—"}
        data |= {item_state_label(s).strip("‹›") for s in ItemState} | {
            report_state_label(s).strip("‹›") for s in ReportState
        }
        data |= {category_label(c).strip("‹›") for c in BUILTIN_CATEGORIES}
        data |= {disposal_method_label(m).strip("‹›") for m in DisposalMethod}
        data |= {id_document_label(d).strip("‹›") for d in IdDocument}
        data |= {name for _code, name in LANGUAGES}  # the printout's language, in its own name
        unmarked = []
        for w in widgets:
            for text in _texts(w):
                plain = text.strip("‹›")
                if text.startswith("‹") and text.endswith("›"):
                    continue
                if plain in data or plain.replace("&", "") in data:
                    continue
                unmarked.append((type(w).__name__, text))
        assert unmarked == []
    finally:
        app.removeTranslator(translator)


def test_a_photo_can_be_viewed_twice(qtbot, ui_desk, people):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk, photos=[_png("#884444", 320, 240)])
    page = _item_page(qtbot, ui_desk, clerk, item.id)
    photo_id = page.detail.photos[0].id
    for _ in range(2):
        viewer = page.show_photo(photo_id)
        assert viewer is not None
        viewer.reject()
        qtbot.waitUntil(lambda: page.photo_viewer is None)
    dialog = page.print_tag()
    dialog.reject()
    assert page.tag_dialog is None
