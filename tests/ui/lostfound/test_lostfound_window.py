"""Lost and found at the counter: registering a found item from the keyboard, a guest's report
and its match, a scanned tag opening its item, the book's filters (due for disposal as the clock
moves), errors beside their field, the manager's settings, the duty log kept in step, the lock,
and every visible string found by lupdate in the context it is looked up in."""

from __future__ import annotations

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
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
)

from desk_app.domain.lostfound.rules import ItemState, ReportState
from desk_app.services.log import views as log_views
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import detail as lostfound_detail
from desk_app.services.lostfound import views as lostfound_views
from desk_app.ui.common.forms import FIELD_ERROR_STYLE
from desk_app.ui.log.model import OVERDUE_COLOR
from desk_app.ui.lostfound import models as lm
from desk_app.ui.lostfound.dock import LostFoundPanel
from desk_app.ui.lostfound.forms import FoundItemDialog, LostReportDialog, this_morning
from desk_app.ui.lostfound.settings import CODE_ROLE, COL_DAYS, LostFoundSettingsDialog
from desk_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import type_text

ROOT = Path(__file__).resolve().parents[3]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _item(
    desk,
    actor,
    *,
    description="Black umbrella with a wooden handle",
    category="other",
    valuables=False,
    place="Lobby",
    storage="Shelf A",
    found_at=None,
):
    return lostfound_commands.register_item(
        desk,
        actor,
        found_at=found_at or desk.clock.now(),
        found_place=place,
        finder_kind="staff",
        finder_id=actor.id,
        description=description,
        category=category,
        valuables=valuables,
        storage_place=storage,
    )


def _png(width: int = 40, height: int = 30) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _active(qtbot, dialog):
    """Window-modal forms take the keyboard once the window system activates them."""
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def _ok(dialog) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _close_pages(window) -> None:
    for page in (window.lostfound.item_page, window.lostfound.report_page):
        if page is not None:
            page.reject()


def _numbers(panel: LostFoundPanel) -> list[str]:
    model = panel.item_model
    return [model.item_at(i).number for i in range(model.rowCount())]


# -- registering a found item ----------------------------------------------------------------------
def test_register_a_found_item_from_the_keyboard(qtbot, window, ui_desk, people, messages):
    clerk = people["clerk"]
    older = _item(ui_desk, clerk, found_at=ui_desk.clock.now() - timedelta(hours=3))
    window.read_everything_again()

    QTest.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)
    dialog = _active(qtbot, window.lostfound.found_dialog)
    assert isinstance(dialog, FoundItemDialog)
    assert dialog.found_place.hasFocus()
    assert dialog.finder_staff.currentData() == clerk.id  # found by whoever registers, at first
    QTest.keyClicks(dialog.found_place, "Restaurant 2F")
    QTest.keyClick(dialog.found_place, Qt.Key.Key_Tab)
    assert dialog.finder_kind.hasFocus()
    QTest.keyClicks(dialog.finder_kind, "G")  # a combo answers typed letters: Guest
    QTest.keyClick(dialog.finder_kind, Qt.Key.Key_Tab)
    assert dialog.finder_guest.hasFocus()
    QTest.keyClicks(dialog.finder_guest, "Anna Lee")
    QTest.keyClick(dialog.finder_guest, Qt.Key.Key_Tab)
    assert dialog.description.hasFocus()
    type_text(dialog.description, "黑色手机 black phone")
    QTest.keyClick(dialog.description, Qt.Key.Key_Tab)
    assert dialog.category.hasFocus()
    QTest.keyClicks(dialog.category, "E")  # Electronics
    QTest.keyClick(dialog.category, Qt.Key.Key_Tab)
    assert dialog.valuables.hasFocus()
    QTest.keyClick(dialog.valuables, Qt.Key.Key_Space)
    QTest.keyClick(dialog.valuables, Qt.Key.Key_Tab)
    assert dialog.storage_place.hasFocus()
    type_text(dialog.storage_place, "Сейф 1")
    _ok(dialog)

    assert window.lostfound.found_dialog is None
    assert messages.errors == []
    rows = lostfound_views.list_items(ui_desk, clerk).rows
    assert len(rows) == 2
    item = rows[0]
    assert item.number.startswith(f"LF-{ui_desk.clock.now().astimezone().year}-")
    assert (item.found_place, item.finder_name, item.description) == (
        "Restaurant 2F",
        "Anna Lee",
        "黑色手机 black phone",
    )
    assert (item.category, item.valuables, item.storage_place) == ("electronics", True, "Сейф 1")
    # The book shows it at the top, selected; the duty log has the movement, linked to the item.
    panel = window.lostfound_panel
    assert _numbers(panel) == [item.number, older.number]
    assert panel.selected_item().id == item.id
    model = panel.item_model
    assert model.data(model.index(0, lm.COL_CATEGORY)) == "Electronics"
    assert model.data(model.index(0, lm.COL_VALUABLES)) == lm.VALUABLES_MARK
    assert model.data(model.index(0, lm.COL_STATE)) == "Held"
    top = window.log_panel.model.entry_at(0)
    assert item.number in top.text and top.lf_item_id == item.id
    assert log_views.list_entries(ui_desk, clerk).rows[0].lf_item_id == item.id
    # Then the item's page: its tag to print, the reports it may answer.
    page = _active(qtbot, window.lostfound.item_page)
    assert page.detail.item.id == item.id
    page.reject()
    assert window.lostfound.item_page is None


def test_photos_are_added_refused_and_removed(qtbot, window, ui_desk, people, tmp_path, messages):
    good = tmp_path / "umbrella.png"
    good.write_bytes(_png())
    text = tmp_path / "notes.txt"
    text.write_text("not a picture, just words " * 4)
    huge = tmp_path / "huge.png"
    huge.write_bytes(_png()[:16] + b"\0" * (5 * 1024 * 1024 + 10))
    window.lostfound.new_found_item()
    dialog = window.lostfound.found_dialog

    assert dialog.add_photo_files([str(good), str(text)]) == 1
    assert dialog.photo_list.count() == 1 and len(dialog.photos) == 1
    assert "notes.txt" in dialog.error.text() and "not a picture" in dialog.error.text()
    assert dialog.photo_list.styleSheet() == FIELD_ERROR_STYLE
    assert dialog.add_photo_files([str(huge)]) == 0
    assert "huge.png" in dialog.error.text() and "larger than 5 MB" in dialog.error.text()
    assert dialog.add_photo_files([str(tmp_path / "missing.jpg")]) == 0
    assert "missing.jpg" in dialog.error.text()

    # "Add photos…" asks the file dialog for several files at once.
    import desk_app.ui.lostfound.forms as forms

    class FakeFileDialog:
        @staticmethod
        def getOpenFileNames(parent, caption, folder, filters):  # noqa: N802 - Qt name
            assert parent is dialog and "*.png" in filters
            return [str(good), str(good)], filters

    original = forms.QFileDialog
    forms.QFileDialog = FakeFileDialog
    try:
        dialog.add_photos_button.click()
    finally:
        forms.QFileDialog = original
    assert dialog.photo_list.count() == 3
    assert dialog.error.isHidden()

    # Delete on a selected thumbnail removes it.
    dialog.photo_list.setFocus()
    dialog.photo_list.setCurrentRow(2)
    QTest.keyClick(dialog.photo_list, Qt.Key.Key_Delete)
    assert dialog.photo_list.count() == 2 and len(dialog.photos) == 2
    dialog.photo_list.setCurrentRow(0)
    dialog.remove_photo_button.click()
    assert dialog.photo_list.count() == 1

    dialog.found_place.setText("Lobby")
    dialog.description.setPlainText("Umbrella")
    dialog.storage_place.setText("Shelf B")
    dialog.submit()
    assert window.lostfound.found_dialog is None
    item = lostfound_views.list_items(ui_desk, people["clerk"]).rows[0]
    photos = lostfound_detail.item_detail(ui_desk, people["clerk"], item.id).photos
    assert len(photos) == 1 and photos[0].mime == "image/png"
    assert messages.errors == []
    _close_pages(window)


def test_wrong_input_is_shown_beside_the_field_and_nothing_is_written(
    qtbot, window, ui_desk, people, messages
):
    clerk = people["clerk"]
    window.lostfound.new_found_item()
    dialog = _active(qtbot, window.lostfound.found_dialog)
    type_text(dialog.found_place, "Бассейн")
    type_text(dialog.description, "Синее полотенце")
    _ok(dialog)  # no storage place

    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "stored" in dialog.error.text()
    assert dialog.storage_place.styleSheet() == FIELD_ERROR_STYLE
    assert dialog.storage_place.hasFocus()
    assert dialog.description.toPlainText() == "Синее полотенце"  # nothing typed is lost

    dialog.storage_place.setText("Shelf C")
    dialog.finder_kind.setCurrentIndex(dialog.finder_kind.findData("guest"))
    _ok(dialog)  # a guest found it, but whose name?
    assert "guest" in dialog.error.text()
    assert dialog.finder_guest.styleSheet() == FIELD_ERROR_STYLE
    assert dialog.storage_place.styleSheet() == ""

    future = ui_desk.clock.now() + timedelta(hours=2)
    dialog.finder_kind.setCurrentIndex(dialog.finder_kind.findData("staff"))
    from desk_app.ui.common.labels import to_qdatetime

    dialog.found_at.setDateTime(to_qdatetime(future))
    _ok(dialog)
    assert "future" in dialog.error.text()
    assert dialog.found_at.styleSheet() == FIELD_ERROR_STYLE

    assert lostfound_views.list_items(ui_desk, clerk).rows == []
    assert log_views.list_entries(ui_desk, clerk).rows == []
    assert messages.errors == []
    dialog.reject()
    assert window.lostfound.found_dialog is None and window.lostfound.item_page is None

    # The report form likewise: a guest nobody could call back is refused beside the contact.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    report = _active(qtbot, window.lostfound.loss_dialog)
    assert report.guest.hasFocus()
    type_text(report.guest, "Пётр Иванов")
    type_text(report.description, "Очки в красном футляре")
    _ok(report)
    assert report.contact.styleSheet() == FIELD_ERROR_STYLE
    assert "phone" in report.error.text()
    report.lost_until.setDateTime(report.lost_from.dateTime().addSecs(-3600))
    report.room.setText("512")
    _ok(report)
    assert report.lost_until.styleSheet() == FIELD_ERROR_STYLE
    assert lostfound_views.list_reports(ui_desk, clerk).rows == []
    report.reject()


# -- a guest's report and its match ----------------------------------------------------------------
def test_a_guest_reports_a_loss_and_sees_the_matching_item(
    qtbot, window, ui_desk, people, messages
):
    clerk = people["clerk"]
    phone = _item(
        ui_desk,
        clerk,
        description="Black Samsung phone in a blue case",
        category="electronics",
        place="Lobby bar",
        found_at=ui_desk.clock.now() - timedelta(hours=1),
    )
    _item(ui_desk, clerk, description="Red scarf", category="clothing", place="Gym")
    window.read_everything_again()

    QTest.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = _active(qtbot, window.lostfound.loss_dialog)
    assert isinstance(dialog, LostReportDialog)
    assert dialog.lost_from.dateTime().toPython().astimezone() == this_morning(ui_desk.clock.now())
    QTest.keyClicks(dialog.guest, "John Smith")
    QTest.keyClick(dialog.guest, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.room, "1208")
    dialog.lost_place.setText("Lobby bar")
    dialog.description.setPlainText("Black Samsung phone, blue case")
    dialog.category.setCurrentIndex(dialog.category.findData("electronics"))
    _ok(dialog)

    assert window.lostfound.loss_dialog is None and messages.errors == []
    reports = lostfound_views.list_reports(ui_desk, clerk).rows
    assert len(reports) == 1 and reports[0].guest_name == "John Smith"
    panel = window.lostfound_panel
    assert panel.tabs.currentIndex() == 1
    assert panel.report_model.report_at(0).id == reports[0].id
    assert panel.selected_report().id == reports[0].id
    rmodel = panel.report_model
    assert rmodel.data(rmodel.index(0, lm.RCOL_STATE)) == "Open"
    assert rmodel.data(rmodel.index(0, lm.RCOL_ROOM)) == "1208"
    assert "John Smith" in window.log_panel.model.entry_at(0).text
    # The report's page lists the phone first among the found items that may be it.
    page = _active(qtbot, window.lostfound.report_page)
    assert page.report.id == reports[0].id
    assert page.matches and page.matches[0].item.id == phone.id
    page.reject()

    # Linked on the page: the register shows the item's number.
    lostfound_commands.link_match(ui_desk, clerk, reports[0].id, phone.id)
    window.read_everything_again()
    assert rmodel.data(rmodel.index(0, lm.RCOL_ITEM)) == phone.number
    assert rmodel.data(rmodel.index(0, lm.RCOL_STATE)) == "Possible match"


# -- scanning a tag --------------------------------------------------------------------------------
def test_a_scanned_tag_opens_its_item_and_an_unknown_one_is_told(
    qtbot, window, ui_desk, people, messages
):
    clerk = people["clerk"]
    first = _item(ui_desk, clerk, description="Umbrella")
    second = _item(ui_desk, clerk, description="Gloves", category="clothing")
    window.read_everything_again()
    window.lostfound.focus_item_search()
    panel = window.lostfound_panel
    assert panel.item_search.hasFocus()

    QTest.keyClicks(panel.item_search, first.number.lower())  # scanners may send any case
    QTest.keyClick(panel.item_search, Qt.Key.Key_Return)
    page = _active(qtbot, window.lostfound.item_page)
    assert page.detail.item.id == first.id
    assert _numbers(panel) == [first.number]
    assert panel.notice_text == ""
    page.reject()

    # The next scan replaces the last one.
    assert panel.item_search.selectedText() == first.number.lower()
    QTest.keyClicks(panel.item_search, second.number)
    QTest.keyClick(panel.item_search, Qt.Key.Key_Return)
    page = _active(qtbot, window.lostfound.item_page)
    assert page.detail.item.id == second.id
    page.reject()

    panel.item_search.selectAll()
    QTest.keyClicks(panel.item_search, "LF-2020-00077")
    QTest.keyClick(panel.item_search, Qt.Key.Key_Return)
    assert window.lostfound.item_page is None
    assert panel.notice_text == "No found item has the number LF-2020-00077."
    assert panel.item_model.rowCount() == 0
    assert messages.errors == []

    # Plain words search as before and open nothing.
    panel.item_search.selectAll()
    QTest.keyClicks(panel.item_search, "Glove")
    QTest.keyClick(panel.item_search, Qt.Key.Key_Return)
    assert window.lostfound.item_page is None and panel.notice_text == ""
    assert _numbers(panel) == [second.number]


def test_double_click_and_enter_on_a_row_open_its_page(qtbot, window, ui_desk, people):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    report = lostfound_commands.report_lost(
        ui_desk,
        clerk,
        guest_name="Мария",
        room="305",
        lost_from=ui_desk.clock.now() - timedelta(hours=5),
        lost_until=ui_desk.clock.now(),
        description="Зонт",
        category="other",
    )
    window.read_everything_again()
    panel = window.lostfound_panel
    panel.item_table.doubleClicked.emit(panel.item_model.index(0, lm.COL_DESCRIPTION))
    assert window.lostfound.item_page.detail.item.id == item.id
    window.lostfound.item_page.reject()
    panel.tabs.setCurrentIndex(1)
    panel.report_table.activated.emit(panel.report_model.index(0, lm.RCOL_GUEST))
    assert window.lostfound.report_page.report.id == report.id
    window.lostfound.report_page.reject()


# -- filters ---------------------------------------------------------------------------------------
def test_filters_and_due_for_disposal_as_the_clock_moves(
    qtbot, window, ui_desk, people, supervisor, messages
):
    clerk = people["clerk"]
    scarf = _item(ui_desk, clerk, description="Red scarf", category="clothing", place="Gym")
    ring = _item(ui_desk, clerk, description="Gold ring", category="other", valuables=True)
    phone = _item(ui_desk, clerk, description="黑色手机", category="electronics")
    window.read_everything_again()
    panel = window.lostfound_panel
    assert window.lostfound_label.isHidden()

    panel.due_only.setChecked(True)
    assert panel.item_model.rowCount() == 0
    ui_desk.clock.advance(timedelta(days=91))
    window.tick()  # time passes: the retention of the scarf and the phone runs out
    assert window.lostfound_label.isVisible()
    assert (
        window.lostfound_label.full_text
        == "Lost and found: 2 due for disposal, 0 awaiting approval"
    )
    assert "#c62828" in window.lostfound_label.styleSheet()
    panel.apply_item_filter()
    assert sorted(_numbers(panel)) == sorted([scarf.number, phone.number])
    model = panel.item_model
    index = model.index(0, lm.COL_NUMBER)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOR
    assert model.data(index, Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, lm.COL_DUE)).startswith("Due since")

    # Rows already shown turn red without a reload.
    panel.due_only.setChecked(False)
    ui_desk.clock.advance(timedelta(days=100))  # the ring's 180 days too
    assert model.mark_due() == 1
    assert all(model.item_at(i).due for i in range(model.rowCount()))

    panel.valuables_only.setChecked(True)
    assert _numbers(panel) == [ring.number]
    panel.valuables_only.setChecked(False)
    panel.item_category.setCurrentIndex(panel.item_category.findData("clothing"))
    assert _numbers(panel) == [scarf.number]
    panel.item_category.setCurrentIndex(0)
    type_text(panel.item_search, "手机")
    panel.apply_item_filter()
    assert _numbers(panel) == [phone.number]
    panel.item_search.clear()
    panel.apply_item_filter()

    # A proposed disposal waits for a supervisor.
    lostfound_commands.propose_disposal(ui_desk, clerk, scarf.id, "donated")
    window.read_everything_again()
    assert (
        window.lostfound_label.full_text
        == "Lost and found: 2 due for disposal, 1 awaiting approval"
    )
    panel.awaiting_only.setChecked(True)
    assert _numbers(panel) == [scarf.number]
    panel.awaiting_only.setChecked(False)
    panel.item_state.setCurrentIndex(panel.item_state.findText("Disposal proposed"))
    assert _numbers(panel) == [scarf.number]
    lostfound_commands.decide_disposal(ui_desk, supervisor, scarf.id, approve=True)
    window.read_everything_again()
    assert panel.item_model.rowCount() == 0
    panel.item_state.setCurrentIndex(panel.item_state.findText("Disposed of"))
    assert _numbers(panel) == [scarf.number]
    assert panel.item_model.item_at(0).state is ItemState.DISPOSED
    panel.item_state.setCurrentIndex(panel.item_state.findText("Held"))
    assert sorted(_numbers(panel)) == sorted([ring.number, phone.number])

    # The period: found in the last 7 days is none of them now.
    panel.item_state.setCurrentIndex(0)
    panel.item_period.combo.setCurrentIndex(3)
    assert panel.item_model.rowCount() == 0
    assert messages.errors == []


def test_report_filters(qtbot, window, ui_desk, people):
    clerk = people["clerk"]
    now = ui_desk.clock.now()

    def report(guest, category, description):
        return lostfound_commands.report_lost(
            ui_desk,
            clerk,
            guest_name=guest,
            room="101",
            lost_from=now - timedelta(hours=3),
            lost_until=now,
            description=description,
            category=category,
        )

    a = report("张先生", "documents", "护照")
    b = report("Анна", "keys", "Ключи от машины")
    lostfound_commands.close_report(ui_desk, clerk, b.id, "Нашла сама")
    window.read_everything_again()
    panel = window.lostfound_panel
    model = panel.report_model
    assert model.rowCount() == 2
    panel.report_state.setCurrentIndex(panel.report_state.findText("Not closed"))
    assert [model.report_at(i).id for i in range(model.rowCount())] == [a.id]
    panel.report_state.setCurrentIndex(panel.report_state.findText("Closed"))
    assert model.report_at(0).state is ReportState.CLOSED and model.rowCount() == 1
    panel.report_state.setCurrentIndex(0)
    panel.report_category.setCurrentIndex(panel.report_category.findData("documents"))
    assert [model.report_at(i).id for i in range(model.rowCount())] == [a.id]
    panel.report_category.setCurrentIndex(0)
    type_text(panel.report_search, "Ключи")
    panel.apply_report_filter()
    assert [model.report_at(i).id for i in range(model.rowCount())] == [b.id]


def test_models_load_lazily_and_pass_the_model_tester(qtmodeltester, ui_desk, people):
    clerk = people["clerk"]
    for i in range(25):
        _item(ui_desk, clerk, description=f"Item {i}")
    model = lm.ItemTableModel(ui_desk, clerk, page_size=10)
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    assert model.item_at(0).description == "Item 24"
    qtmodeltester.check(lm.ItemTableModel(ui_desk, clerk, page_size=7))
    lostfound_commands.report_lost(
        ui_desk,
        clerk,
        guest_name="Guest",
        contact="+1 555",
        lost_from=ui_desk.clock.now() - timedelta(days=2),
        lost_until=ui_desk.clock.now(),
        description="Line one\nline two",
        category="other",
    )
    reports = lm.ReportTableModel(ui_desk, clerk)
    qtmodeltester.check(reports)
    assert reports.data(reports.index(0, lm.RCOL_DESCRIPTION)) == "Line one line two"
    assert " – " in reports.data(reports.index(0, lm.RCOL_LOST))


# -- the duty log ----------------------------------------------------------------------------------
def test_a_log_entry_of_a_movement_opens_its_item(qtbot, window, ui_desk, people, messages):
    item = _item(ui_desk, people["clerk"])
    window.log_panel.refresh()
    entry = window.log_panel.model.entry_at(0)
    assert entry.lf_item_id == item.id

    def click_open_item():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "entryDialog"
        button = dialog.findChild(QAbstractButton, "openFoundItem")
        button.click()

    QTimer.singleShot(0, click_open_item)
    window.log.open_entry(entry.id)
    page = window.lostfound.item_page
    assert page is not None and page.detail.item.id == item.id
    page.reject()
    assert messages.errors == []


# -- the lock --------------------------------------------------------------------------------------
def test_lock_hides_an_open_form_and_page_and_brings_them_back(qtbot, window, ui_desk, people):
    window.lostfound.new_found_item()
    dialog = window.lostfound.found_dialog
    type_text(dialog.description, "Кошелёк")
    window.lock()
    assert not dialog.isVisible()
    window.lostfound.new_found_item()  # shortcuts are off while locked; a direct call opens nothing either
    assert window.lostfound.found_dialog is dialog
    window.unlock()
    assert dialog.isVisible() and dialog.description.toPlainText() == "Кошелёк"
    dialog.reject()

    item = _item(ui_desk, people["clerk"])
    window.lostfound.open_item(item.id)
    page = window.lostfound.item_page
    # A tag dialog opened and closed (the page forgets it), then another open.
    closed = page.print_tag()
    closed.reject()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert page.tag_dialog is None
    tag = page.print_tag()
    window.lock()
    assert not page.isVisible() and not tag.isVisible()
    window.lostfound.open_item(item.id)
    assert window.lostfound.item_page is page
    window.unlock()
    assert page.isVisible() and tag.isVisible()
    tag.reject()
    page.reject()


# -- settings --------------------------------------------------------------------------------------
def test_manager_changes_a_retention_and_adds_a_category(
    qtbot, ui_desk, people, prefs, messages, monkeypatch
):
    manager = people["manager"]
    win = MainWindow(ui_desk, manager, prefs, "en")
    qtbot.addWidget(win)
    win.show()
    assert win.lostfound.settings_action.isEnabled()
    umbrella = _item(ui_desk, manager, category="other")
    ui_desk.clock.advance(timedelta(days=40))

    def edit(self):
        assert self.parent() is win
        assert self.table.rowCount() == 6
        self.set_days("other", 30)
        monkeypatch.setattr(self, "ask_name", lambda *a, **k: "Umbrellas")
        self.add_button.click()
        self.valuables_days.setValue(365)
        self.submit()
        return self.result()

    monkeypatch.setattr(LostFoundSettingsDialog, "exec", edit)
    win.lostfound.settings_action.trigger()

    policy = lostfound_views.get_policy(ui_desk)
    assert policy.days_for("other", False) == 30 and policy.valuables_days == 365
    custom = [c for c in policy.categories if not c.builtin]
    assert [(c.name, c.retention_days, c.active) for c in custom] == [("Umbrellas", 90, True)]
    # The dock's filters know the new category; the umbrella is due under the new retention.
    panel = win.lostfound_panel
    assert panel.item_category.findText("Umbrellas") > 0
    assert win.lostfound_label.full_text.startswith("Lost and found: 1 due for disposal")
    assert panel.item_model.item_at(0).id == umbrella.id and panel.item_model.item_at(0).due
    assert messages.errors == []


def test_settings_errors_are_shown_and_nothing_is_saved(qtbot, ui_desk, people, messages):
    manager = people["manager"]
    dialog = LostFoundSettingsDialog(ui_desk, manager)
    qtbot.addWidget(dialog)
    before = lostfound_views.get_policy(ui_desk)
    dialog.add_category("Зонты")
    dialog.add_category("зонты")
    dialog.submit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Two categories" in dialog.error.text()
    assert dialog.table.styleSheet() == FIELD_ERROR_STYLE
    assert lostfound_views.get_policy(ui_desk) == before
    last = dialog.table.item(dialog.table.rowCount() - 1, 0).data(CODE_ROLE)
    dialog.rename(last, "Сумки")
    # A built-in renamed, then given back its translated name with an empty one.
    dialog.rename("keys", "Ключи и брелоки")
    dialog.rename("keys", "")
    for code in ("documents", "electronics", "valuables", "clothing", "keys", "other"):
        dialog.set_active(code, False)
    for row in range(dialog.table.rowCount()):
        code = dialog.table.item(row, 0).data(CODE_ROLE)
        dialog.set_active(code, False)
    dialog.submit()
    assert "at least one category" in dialog.error.text()
    dialog.set_active("other", True)
    # Days typed into a cell and not confirmed with Enter are saved too.
    row = dialog.row_of("clothing")
    dialog.table.setCurrentCell(row, COL_DAYS)
    dialog.table.editItem(dialog.table.item(row, COL_DAYS))
    editor = dialog.table.indexWidget(dialog.table.currentIndex())
    editor.setValue(45)
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    policy = lostfound_views.get_policy(ui_desk)
    assert policy.category("keys").name == "" and not policy.category("keys").active
    assert policy.days_for("clothing", False) == 45
    assert sorted(c.name for c in policy.categories if not c.builtin) == ["Зонты", "Сумки"]
    assert messages.errors == []


def test_a_clerk_cannot_open_the_settings(qtbot, window, ui_desk, people, monkeypatch):
    assert not window.lostfound.settings_action.isEnabled()
    shown = []
    monkeypatch.setattr(LostFoundSettingsDialog, "exec", lambda self: shown.append(self) or 0)
    window.lostfound.show_settings()
    assert shown == []
    dialog = LostFoundSettingsDialog(ui_desk, people["clerk"])
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QDialogButtonBox

    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not dialog.add_button.isEnabled() and not dialog.valuables_days.isEnabled()


# -- translation -----------------------------------------------------------------------------------
MARK = "‹{}›"
QT_OWN = {"&Cancel", "Cancel", "&OK", "OK"}  # standard buttons: Qt's own translations


class _MarkingTranslator(QTranslator):
    """Translates exactly what lupdate extracted, in the context it extracted it, into ‹text›:
    a visible string left unmarked would never be translated."""

    def __init__(self, known: set[tuple[str, str, str]]) -> None:
        super().__init__()
        self.known = known

    def translate(self, context, source, disambiguation=None, n=-1):
        if (context, source, disambiguation or "") in self.known:
            return MARK.format(source)
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt name
        return False


def _extracted(tmp_path: Path) -> set[tuple[str, str, str]]:
    ts = tmp_path / "check.ts"
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "desk_app" / "ui").rglob("*.py"))]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True
    )
    known = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            known.add((name, message.findtext("source"), message.findtext("comment") or ""))
    return known


def _visible_texts(widget) -> list[str]:
    texts = [widget.windowTitle()] if widget.isWindow() else []
    for label in widget.findChildren(QLabel):
        texts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        if button.text() in QT_OWN:
            continue
        texts.append(button.text())
        texts.append(button.toolTip())
    for edit in widget.findChildren(QLineEdit) + widget.findChildren(QPlainTextEdit):
        texts.append(edit.placeholderText())
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [t for t in texts if t and not t.isdigit()]


@pytest.fixture
def marking(tmp_path):
    translator = _MarkingTranslator(_extracted(tmp_path))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


def test_every_visible_string_is_found_by_lupdate_in_its_context(
    qtbot, ui_desk, people, marking, tmp_path, monkeypatch
):
    manager = people["manager"]
    _item(ui_desk, manager)
    widgets = [
        LostFoundPanel(ui_desk, manager),
        FoundItemDialog(ui_desk, manager),
        LostReportDialog(ui_desk, manager),
        LostFoundSettingsDialog(ui_desk, manager),
    ]
    for w in widgets:
        qtbot.addWidget(w)
    unmarked = []
    for w in widgets:
        for text in _visible_texts(w):
            if not (text.startswith("‹") and text.endswith("›")):
                unmarked.append((type(w).__name__, text))
    # Filter combos and headers: ours marked; the names in them come from lostfound_labels.
    panel = widgets[0]
    for combo in (panel.item_state, panel.report_state):
        assert combo.itemText(0) == "‹All states›"
    for combo in (panel.item_category, panel.report_category):
        assert combo.itemText(0) == "‹All categories›"
    for model in (panel.item_model, panel.report_model):
        for col in range(model.columnCount()):
            header = model.headerData(col, Qt.Orientation.Horizontal)
            assert header.startswith("‹"), header
    assert unmarked == []

    # The menu, the dock and the status bar of the window.
    win = MainWindow(ui_desk, manager, prefs_for(tmp_path), "en")
    qtbot.addWidget(win)
    for action in (
        win.lostfound.register_item_action,
        win.lostfound.report_loss_action,
        win.lostfound.settings_action,
    ):
        assert action.text().startswith("‹"), action.text()
    assert win.lostfound_dock.windowTitle() == "‹Lost and found›"
    ui_desk.clock.advance(timedelta(days=100))
    win.refresh_status()
    assert win.lostfound_label.full_text.startswith("‹Lost and found: 1 due")


def prefs_for(tmp_path: Path):
    from desk_app.config import Preferences

    return Preferences(tmp_path / "marking-prefs.json")


def test_lostfound_value_names_are_extracted(qtbot, ui_desk, people, marking):
    panel = LostFoundPanel(ui_desk, people["manager"])
    qtbot.addWidget(panel)
    assert panel.item_state.itemText(1) == "‹Held›"
    assert panel.item_category.itemText(1) == "‹Documents›"


def test_found_item_labels_fit_and_no_combo_is_empty(qtbot, ui_desk, people):
    dialog = FoundItemDialog(ui_desk, people["clerk"])
    qtbot.addWidget(dialog)
    for combo in dialog.findChildren(QComboBox):
        assert combo.count() > 0, combo.objectName()


def test_the_dock_sits_with_the_log_and_complaints(qtbot, window):
    tabbed = set(window.tabifiedDockWidgets(window.log_dock))
    assert tabbed == {
        window.complaints_dock,
        window.lostfound_dock,
        window.keys_dock,
        window.handover_history_dock,
        window.roster.dock,
    }
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu().objectName() == "viewMenu"
    )
    assert window.lostfound_dock.toggleViewAction() in view_menu.actions()
    window.lostfound.focus_item_search()
    assert window.lostfound_dock.isVisible() and window.lostfound_panel.item_search.hasFocus()
