"""Approving a disposal as a supervisor or a manager finds it: Approve and Reject at the top of
the item's page (not under the photos, the matches and the history), a warning when an open
guest's report may be this very item (``services.lostfound.matching``), the note field ready
for typing when the form opens, and the list of disposals awaiting approval saying who proposed
each and how, in columns as wide as their words in the reader's language."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from desk_app.domain.lostfound.rules import DisposalMethod, ItemState
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import detail as lostfound_detail
from desk_app.translators import install_language
from desk_app.ui.lostfound import models as lm
from desk_app.ui.lostfound.dock import LostFoundPanel
from desk_app.ui.lostfound.labels import disposal_method_label
from desk_app.ui.lostfound.steps import DecideDisposalDialog
from tests.ui.lostfound.test_lostfound_page import (
    _form,
    _item,
    _item_page,
    _ok,
    _report,
    _show,
    _told,
)


def _proposed(desk, clerk, *, with_report: bool, method: str = "donated"):
    """A wallet kept past its retention and proposed for disposal by the clerk; with an open
    guest's report of a lost wallet when ``with_report``."""
    item = _item(desk, clerk)
    report = _report(desk, clerk) if with_report else None
    desk.clock.advance(timedelta(days=400))
    lostfound_commands.propose_disposal(desk, clerk, item.id, method, "В фонд «Добро»")
    return item, report


def test_approve_and_reject_are_at_the_top_of_the_page(qtbot, ui_desk, people, supervisor):
    item, _report_ = _proposed(ui_desk, people["clerk"], with_report=True)
    page = _item_page(qtbot, ui_desk, supervisor, item.id)
    assert page.scroll.verticalScrollBar().value() == 0
    for button in (page.approve_button, page.reject_button):
        assert button.isEnabled()
        # On screen as the page opens, before the facts, the matches and the history.
        assert not button.visibleRegion().isEmpty()
    content = page.scroll.widget()

    def top(widget) -> int:
        return widget.mapTo(content, widget.rect().topLeft()).y()

    category = page.findChild(QLabel, "itemCategory")
    assert top(page.approve_button) < top(category)
    assert top(page.approve_button) < top(page.findChild(QLabel, "matchesHeading"))
    assert top(page.approve_button) < top(page.disposal_table)
    pending = page.findChild(QLabel, "pendingDisposal")
    assert top(pending) < top(category) and "Иван Петров" in pending.text()


def test_a_warning_when_an_open_report_may_be_the_item(
    qtbot, ui_desk, people, supervisor, messages
):
    item, report = _proposed(ui_desk, people["clerk"], with_report=True)
    page = _item_page(qtbot, ui_desk, supervisor, item.id)
    assert [m.report.id for m in page.matches] == [report.id]
    warning = page.findChild(QLabel, "matchesWarning")
    assert warning is not None and not warning.isHidden()
    assert not warning.visibleRegion().isEmpty()  # beside the buttons, at the top
    assert "1" in warning.text() and "report" in warning.text()
    page.approve_button.click()
    dialog = _form(qtbot, page.step_dialog)
    told = dialog.findChild(QLabel, "matchesWarning")
    assert told is not None and not told.isHidden() and told.text() == warning.text()
    dialog.reject()
    page.reject_button.click()  # keeping the item: nothing to warn of
    dialog = _form(qtbot, page.step_dialog)
    assert dialog.findChild(QLabel, "matchesWarning") is None
    dialog.reject()


def test_no_warning_without_an_open_report(qtbot, ui_desk, people, supervisor):
    item, _none = _proposed(ui_desk, people["clerk"], with_report=False)
    page = _item_page(qtbot, ui_desk, supervisor, item.id)
    assert page.findChild(QLabel, "matchesWarning") is None
    page.approve_button.click()
    dialog = _form(qtbot, page.step_dialog)
    assert dialog.findChild(QLabel, "matchesWarning") is None
    dialog.reject()


@pytest.mark.parametrize("approve", [True, False], ids=["approve", "reject"])
def test_a_note_typed_at_once_is_kept(qtbot, ui_desk, people, supervisor, messages, approve):
    item, _none = _proposed(ui_desk, people["clerk"], with_report=False)
    page = _item_page(qtbot, ui_desk, supervisor, item.id)
    (page.approve_button if approve else page.reject_button).click()
    dialog = _form(qtbot, page.step_dialog)
    assert isinstance(dialog, DecideDisposalDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note, timeout=2000)
    # Typed where the keyboard is, as a supervisor types the moment the form shows.
    QTest.keyClicks(QApplication.focusWidget(), "Owner called")
    assert dialog.note.toPlainText() == "Owner called"
    with qtbot.waitSignal(_told(page)):
        _ok(dialog)
    decided = lostfound_detail.item_detail(ui_desk, supervisor, item.id)
    assert decided.item.state is (ItemState.DISPOSED if approve else ItemState.STORED)
    assert decided.disposals[-1].decision_note == "Owner called"
    assert messages.errors == []


def _column(model, title: str) -> int:
    for col in range(model.columnCount()):
        if model.headerData(col, Qt.Orientation.Horizontal) == title:
            return col
    raise AssertionError(f"no column {title!r}")


def test_the_awaiting_list_says_who_proposed_and_how(qtbot, ui_desk, people, supervisor):
    clerk = people["clerk"]
    item, _none = _proposed(ui_desk, clerk, with_report=False, method="handed_to_police")
    kept = _item(ui_desk, clerk, category="other", description="Зонт")
    panel = _show(qtbot, LostFoundPanel(ui_desk, supervisor))
    model, table = panel.item_model, panel.item_table
    by = _column(model, "Proposed by")
    how = _column(model, "Method")
    # Only the list of disposals awaiting approval has them: the book's own list is as it was.
    assert table.isColumnHidden(by) and table.isColumnHidden(how)
    panel.awaiting_only.setChecked(True)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.item_at(0).id == item.id
    assert not table.isColumnHidden(by) and not table.isColumnHidden(how)
    assert model.index(0, by).data() == "Иван Петров"
    assert model.index(0, how).data() == disposal_method_label(DisposalMethod.HANDED_TO_POLICE)
    panel.awaiting_only.setChecked(False)
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert table.isColumnHidden(by) and table.isColumnHidden(how)
    assert model.index(model.row_of(kept.id), by).data() in (None, "")


@pytest.mark.parametrize("language", ["en", "zh_CN", "ru"])
def test_the_awaiting_columns_fit_their_words_in_the_readers_language(
    qtbot, ui_desk, people, supervisor, language
):
    _proposed(ui_desk, people["clerk"], with_report=False)
    try:
        install_language(language)
        panel = _show(qtbot, LostFoundPanel(ui_desk, supervisor))
        panel.awaiting_only.setChecked(True)
        model, table = panel.item_model, panel.item_table
        bold = QFont(panel.font())
        bold.setBold(True)  # due rows are bold: the widest a cell is drawn
        fm = QFontMetrics(bold)
        how = lm.COL_METHOD
        longest = max(fm.horizontalAdvance(disposal_method_label(m)) for m in DisposalMethod)
        assert table.columnWidth(how) >= longest + 8
        header = model.headerData(how, Qt.Orientation.Horizontal)
        assert table.columnWidth(how) >= fm.horizontalAdvance(header) + 8
        by = lm.COL_PROPOSED_BY
        assert table.columnWidth(by) >= fm.horizontalAdvance("Иван Петров") + 8
        header = model.headerData(by, Qt.Orientation.Horizontal)
        assert table.columnWidth(by) >= fm.horizontalAdvance(header) + 8
    finally:
        install_language("en")
