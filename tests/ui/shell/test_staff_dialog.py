"""The staff directory at the counter: opened from Admin, a member added, searched, changed and
deactivated from the keyboard with the history under the list; a clerk only reads it; the key
issue form offers a directory member (with department and badge) and the key names them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk_app.domain.keys import HolderKind, KeyState
from desk_app.services import staff as staff_service
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.ui.common.forms import FIELD_ERROR_STYLE
from desk_app.ui.keys.issue_dialog import IssueKeyDialog
from desk_app.ui.shell.staff_dialog import (
    COL_BADGE,
    COL_DEPARTMENT,
    HCOL_CHANGE,
    HCOL_DETAILS,
    StaffDirectoryDialog,
    StaffMemberDialog,
)
from tests.ui.helpers import type_text, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def members(ui_desk, people):
    manager = people["manager"]
    return {
        "li": staff_service.add_member(
            ui_desk, manager, name="李娜", department="housekeeping", badge="HK-101"
        ),
        "ivan": staff_service.add_member(
            ui_desk, manager, name="Иван Соколов", department="security", phone="8040"
        ),
        "john": staff_service.add_member(
            ui_desk, manager, name="John Smith", department="engineering", badge="ENG-3"
        ),
    }


def _directory(qtbot, desk, actor) -> StaffDirectoryDialog:
    dialog = StaffDirectoryDialog(desk, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _column(model, col: int) -> list[str]:
    return [model.item(r, col).text() for r in range(model.rowCount())]


def test_admin_menu_opens_the_directory(qtbot, window, members, messages):
    seen = []

    def look(dialog):
        seen.append(_column(dialog.model, 0))
        dialog.accept()

    timer = when_modal(StaffDirectoryDialog, look)
    window.staff_directory_action.trigger()
    timer.stop()
    assert seen == [["John Smith", "Иван Соколов", "李娜"]]
    assert messages.errors == []


def test_a_supervisor_adds_a_member_from_the_keyboard(qtbot, ui_desk, supervisor, messages):
    dialog = _directory(qtbot, ui_desk, supervisor)
    assert dialog.model.rowCount() == 0
    assert dialog.add_button.isVisible()

    def fill(form: StaffMemberDialog):
        type_text(form.name, "Наталья Волкова")
        form.department.setFocus()
        QTest.keyClick(form.department, Qt.Key.Key_Down)  # the first: Housekeeping
        assert form.department_other.isHidden()
        type_text(form.phone, "+7 912 000-11-22")
        type_text(form.badge, "hk-7")
        QTest.keyClick(form.badge, Qt.Key.Key_Return)

    timer = when_modal(StaffMemberDialog, fill)
    dialog.add_member()
    timer.stop()
    assert messages.errors == []
    assert _column(dialog.model, 0) == ["Наталья Волкова"]
    assert _column(dialog.model, COL_DEPARTMENT) == ["Housekeeping"]
    assert _column(dialog.model, COL_BADGE) == ["HK-7"]
    assert _column(dialog.history_model, HCOL_CHANGE) == ["Added"]
    assert "Badge: HK-7" in dialog.history_model.item(0, HCOL_DETAILS).text()


def test_a_refused_field_is_marked_and_the_form_stays(qtbot, ui_desk, supervisor, members):
    form = StaffMemberDialog(ui_desk, supervisor)
    qtbot.addWidget(form)
    form.show()
    type_text(form.name, "Li Wei")
    form.department.setCurrentIndex(form.department.findData("housekeeping"))
    type_text(form.badge, "HK-101")  # 李娜's
    QTest.keyClick(form.badge, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.badge.styleSheet() == FIELD_ERROR_STYLE
    assert "HK-101 already belongs to 李娜" in form.error.text()
    form.department.setCurrentIndex(form.department.findData("other"))
    assert form.department_other.isVisible()


def test_search_change_deactivate_and_history(qtbot, ui_desk, supervisor, members, messages):
    dialog = _directory(qtbot, ui_desk, supervisor)
    assert _column(dialog.model, 0) == ["John Smith", "Иван Соколов", "李娜"]
    QTest.keyClicks(dialog.search, "hk-1")
    assert _column(dialog.model, 0) == ["李娜"]
    dialog.search.clear()
    QTest.keyClicks(dialog.search, "SECUR")  # a department, any case
    assert _column(dialog.model, 0) == ["Иван Соколов"]
    assert dialog.selected().name == "Иван Соколов"

    def change(form: StaffMemberDialog):
        form.department.setCurrentIndex(form.department.findData("engineering"))
        form.phone.selectAll()
        QTest.keyClicks(form.phone, "8041")
        QTest.keyClick(form.phone, Qt.Key.Key_Return)

    timer = when_modal(StaffMemberDialog, change)
    QTest.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert messages.errors == []
    dialog.search.clear()
    type_text(dialog.search, "иван")
    assert dialog.selected().phone == "8041"
    QTest.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    # Gone from the list of active members; shown again with those who left.
    assert dialog.model.rowCount() == 0
    dialog.show_inactive.setChecked(True)
    assert dialog.selected().name == "Иван Соколов"
    assert dialog.toggle_button.text() == "&Reactivate"
    assert _column(dialog.history_model, HCOL_CHANGE) == ["Deactivated", "Changed", "Added"]
    details = dialog.history_model.item(1, HCOL_DETAILS).text()
    assert "Department: Security → Engineering" in details
    assert "Phone: 8040 → 8041" in details
    assert "Wang Li at Front desk 1" in dialog.history_model.item(2, 1).text()


def test_a_clerk_reads_but_does_not_keep_it(qtbot, ui_desk, people, members):
    dialog = _directory(qtbot, ui_desk, people["clerk"])
    assert dialog.model.rowCount() == 3
    for button in (dialog.add_button, dialog.edit_button, dialog.toggle_button):
        assert button.isHidden()
    assert dialog.show_inactive.isHidden()
    assert _column(dialog.history_model, HCOL_CHANGE) == ["Added"]


@pytest.fixture
def floor_key(ui_desk, people):
    return keys_commands.add_key(
        ui_desk,
        people["manager"],
        code="F-2",
        label="Floor 2",
        key_type="floor",
        hook_row=1,
        hook_col=1,
    )


def test_the_issue_form_offers_a_directory_member_and_issues_to_them(
    qtbot, ui_desk, people, members, floor_key, messages
):
    clerk = people["clerk"]
    dialog = IssueKeyDialog(ui_desk, clerk, "F-2")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)  # Ctrl+Enter reaches an active form
    kinds = [dialog.holder_kind.itemData(i) for i in range(dialog.holder_kind.count())]
    assert kinds == ["staff", "directory", "outside"]
    # The clerk picks "Staff directory" and types part of a badge; the list narrows to 李娜.
    dialog.holder_kind.setFocus()
    QTest.keyClick(dialog.holder_kind, Qt.Key.Key_Down)
    assert dialog.holder_kind.currentData() == "directory"
    assert dialog.member.isVisible() and not dialog.staff.isVisible()
    assert not dialog.id_document.isVisible() and not dialog.company.isVisible()
    offered = [dialog.member.itemText(i) for i in range(dialog.member.count())]
    assert "李娜 — Housekeeping, badge HK-101" in offered
    assert "Иван Соколов — Security" in offered
    # Each line is read whole: the list is as wide as its longest member's line.
    metrics = dialog.member.fontMetrics()
    longest = max(metrics.horizontalAdvance(t) for t in offered)
    assert dialog.member.lineEdit().width() >= longest
    _ok(dialog)  # nobody chosen yet: the list is marked
    assert dialog.isVisible() and dialog.member.styleSheet() == FIELD_ERROR_STYLE
    dialog.member.setFocus()
    QTest.keyClicks(dialog.member.lineEdit(), "hk-10")
    popup = dialog.member.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert dialog.member.completer().completionCount() == 1
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.member_id() == members["li"].id
    dialog.purpose.setEditText("Cleaning")
    _ok(dialog)
    assert messages.errors == [] and not dialog.isVisible()
    key = keys_views.find_key(ui_desk, clerk, "F-2")
    assert (key.state, key.holder_name) == (KeyState.OUT, "李娜")
    (loan,) = keys_views.history(ui_desk, clerk, key_id=key.id).rows
    assert loan.holder_kind is HolderKind.DIRECTORY
    assert loan.staff_member_id == members["li"].id


def test_the_key_page_and_history_name_the_department(qtbot, ui_desk, people, members, floor_key):
    from desk_app.ui.keys.models import holder_text
    from desk_app.ui.keys.page import KeyPage

    clerk = people["clerk"]
    keys_commands.issue_key(
        ui_desk,
        clerk,
        "F-2",
        holder_kind="directory",
        staff_member_id=members["john"].id,
        purpose="Repair",
        expected_back=ui_desk.clock.now() + timedelta(hours=1),
    )
    (loan,) = keys_views.history(ui_desk, clerk).rows
    assert holder_text(loan) == "John Smith (Engineering)"
    page = KeyPage(ui_desk, clerk, floor_key.id)
    qtbot.addWidget(page)
    dept = page.findChild(type(page.header), "keyPageHolderDepartment")
    assert dept is not None and dept.text() == "Engineering, badge ENG-3"


def _ok(dialog) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    QApplication.processEvents()


def test_history_details_wrap_and_are_never_cut(qtbot, ui_desk, supervisor, members):
    """A long "Added" line (name, department, phone, badge) at the directory's width: wrapped
    into a row tall enough for it, not elided."""
    long_name = "Екатерина Александровна Преображенская-Королёва"
    member = staff_service.add_member(
        ui_desk,
        supervisor,
        name=long_name,
        department="other",
        department_other="Отдел по работе с мероприятиями и банкетами",
        phone="+7 (495) 123-45-67 доб. 1234",
        badge="EVT-2026-0001",
    )
    dialog = _directory(qtbot, ui_desk, supervisor)
    type_text(dialog.search, "EVT-2026")
    assert dialog.selected().id == member.id
    dialog.resize(640, 600)  # narrower: the line needs more rows than it had
    qtbot.wait(50)
    view = dialog.history
    index = dialog.history_model.index(0, HCOL_DETAILS)
    text = index.data()
    assert long_name in text and "EVT-2026-0001" in text
    rect = view.visualRect(index)
    needed = view.fontMetrics().boundingRect(
        rect.adjusted(4, 0, -4, 0), int(Qt.TextFlag.TextWordWrap), text
    )
    assert needed.width() <= rect.width()
    assert rect.height() >= needed.height()
    assert view.fontMetrics().horizontalAdvance(text) > rect.width()  # it did need to wrap


def test_every_visible_string_is_found_by_lupdate_in_its_context(
    qtbot, ui_desk, supervisor, members, floor_key, tmp_path
):
    from PySide6.QtCore import QCoreApplication

    from tests.ui.lostfound.test_lostfound_window import (
        _extracted,
        _MarkingTranslator,
        _visible_texts,
    )

    translator = _MarkingTranslator(_extracted(tmp_path))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        directory = StaffDirectoryDialog(ui_desk, supervisor)
        form = StaffMemberDialog(ui_desk, supervisor, members["li"])
        issue = IssueKeyDialog(ui_desk, supervisor, "F-2")
        issue.choose_member(members["li"].id)
        widgets = [directory, form, issue]
        for w in widgets:
            qtbot.addWidget(w)
        unmarked = [
            (type(w).__name__, t)
            for w in widgets
            for t in _visible_texts(w)
            if not (t.startswith("‹") and t.endswith("›"))
            and t not in ("李娜", "Close")  # a member's name is data; Close is Qt's
        ]
        assert unmarked == []
        for model in (directory.model, directory.history_model):
            for col in range(model.columnCount()):
                assert model.headerData(col, Qt.Orientation.Horizontal).startswith("‹")
        row = [directory.model.item(0, c).text() for c in (COL_DEPARTMENT,)]
        assert all(t.startswith("‹") for t in row)
        offered = [issue.member.itemText(i) for i in range(issue.member.count())]
        assert all(t.startswith("‹") for t in offered)  # the line's template is marked
        kinds = [issue.holder_kind.itemText(i) for i in range(issue.holder_kind.count())]
        assert all(t.startswith("‹") for t in kinds)
    finally:
        app.removeTranslator(translator)
