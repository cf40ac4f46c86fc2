"""F1 opens the user guide at the page of what has focus (a dock, a dialog over the window, a
modal one too); the guide's search finds words in Chinese and Russian; Back and Forward."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from desk_app.ui.help.context import page_for_widget
from desk_app.ui.help.pages import DOCK_PAGES
from desk_app.ui.help.window import HelpWindow
from tests.ui.helpers import when_modal


def _help_of(window) -> HelpWindow:
    help_window = window.help_key.help_window
    assert help_window is not None and help_window.isVisible()
    return help_window


def test_every_dock_of_the_window_has_its_page(window):
    from PySide6.QtWidgets import QDockWidget

    names = {dock.objectName() for dock in window.findChildren(QDockWidget)}
    assert names <= set(DOCK_PAGES), names - set(DOCK_PAGES)


@pytest.mark.parametrize(
    ("dock", "field", "page"),
    [
        ("keys_dock", None, "keys"),
        ("log_dock", "filterSearch", "log"),
        ("roster_dock", None, "roster"),
    ],
)
def test_f1_on_a_focused_dock_opens_its_page(qtbot, window, dock, field, page):
    qtbot.waitExposed(window)
    target = getattr(window, dock, None) or getattr(window, dock.split("_")[0]).dock
    target.show()
    target.raise_()
    QApplication.processEvents()
    widget = target.widget()
    if field:
        focusable = widget.findChild(QLineEdit, field)
    else:
        focusable = next((w for w in widget.findChildren(QLineEdit) if w.isVisible()), widget)
    focusable.setFocus()
    QApplication.processEvents()
    assert page_for_widget(focusable) == page
    QTest.keyClick(focusable, Qt.Key.Key_F1)
    assert _help_of(window).current_page() == page


def test_f1_at_the_quick_entry_line_opens_the_counter_page(qtbot, window):
    qtbot.waitExposed(window)
    window.log_panel.quick.focus_line()
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert _help_of(window).current_page() == "counter"


def test_f1_in_a_modal_dialog_opens_its_page_over_it(qtbot, window):
    qtbot.waitExposed(window)
    seen = {}

    def press_f1(dialog: QDialog) -> None:
        field = dialog.findChild(QLineEdit)
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_F1)
        help_window = _help_of(window)
        seen["page"] = help_window.current_page()
        seen["over"] = help_window.parentWidget() is dialog
        dialog.reject()

    dialog = QDialog(window)
    dialog.setObjectName("issueKeyDialog")
    QVBoxLayout(dialog).addWidget(QLineEdit())
    timer = when_modal(QDialog, press_f1)
    dialog.exec()
    timer.stop()
    assert seen == {"page": "keys", "over": True}
    # The dialog gone, the guide stays open, with the window.
    assert _help_of(window).parentWidget() is window


@pytest.mark.parametrize(
    ("language", "query", "page"), [("zh_CN", "失物", "lostfound"), ("ru", "щит", "keys")]
)
def test_the_window_searches_its_language_and_enter_opens_the_hit(qtbot, language, query, page):
    help_window = HelpWindow(language)
    qtbot.addWidget(help_window)
    help_window.show()
    assert help_window.current_page() == "index"
    help_window.search_field.setText(query)
    assert help_window.hits.isVisible() and not help_window.contents.isVisible()
    assert page in help_window.hit_pages()
    row = help_window.hit_pages().index(page)
    help_window.hits.setCurrentRow(row)
    QTest.keyClick(help_window.search_field, Qt.Key.Key_Return)
    assert help_window.current_page() == page
    assert query.casefold() in help_window.browser.textCursor().selectedText().casefold()
    help_window.search_field.clear()
    assert help_window.contents.isVisible()


def test_back_and_forward_go_through_the_pages_read(qtbot):
    help_window = HelpWindow("en")
    qtbot.addWidget(help_window)
    help_window.show()
    help_window.show_page("keys")
    help_window.show_page("verify")
    assert help_window.back_button.isEnabled()
    help_window.back_button.click()
    assert help_window.current_page() == "keys"
    assert help_window.contents.currentItem().text() == "Keys"
    help_window.forward_button.click()
    assert help_window.current_page() == "verify"


def test_an_unknown_language_reads_english(qtbot):
    help_window = HelpWindow("de")
    qtbot.addWidget(help_window)
    assert help_window.language == "en"
    assert help_window.contents.item(0).text() == "DutyDesk user guide"


def test_f1_in_a_dialog_beside_the_window_opens_its_page(qtbot, window):
    """A non-modal dialog of the window (First steps) answers F1 with its own page."""
    from PySide6.QtWidgets import QPushButton

    from desk_app.ui.shell.first_steps import FirstStepsDialog

    qtbot.waitExposed(window)
    dialog = FirstStepsDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    button = next(b for b in dialog.findChildren(QPushButton) if b.isEnabled())
    button.setFocus()
    assert QApplication.focusWidget() is button
    QTest.keyClick(button, Qt.Key.Key_F1)
    assert _help_of(window).current_page() == "first-steps"
    dialog.close()
