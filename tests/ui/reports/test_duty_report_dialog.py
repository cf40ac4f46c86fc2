"""The duty report from the window: a supervisor's morning review of every book, read on screen,
printed and saved; clerks do not get it, and a too-long period is refused beside the dates."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTableWidget

from desk_app.domain.handover.rules import MAX_REPORT_DAYS
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.ui.common.forms import FIELD_ERROR_STYLE
from desk_app.ui.handover.labels import handover_labels
from desk_app.ui.log.entry_dialog import EntryDialog
from desk_app.ui.reports import duty_report_dialog as dialog_module
from desk_app.ui.reports.duty_report_dialog import DutyReportDialog
from tests.ui.helpers import when_modal


def test_clerks_do_not_get_the_report(window):
    assert not window.handover.duty_report_action.isEnabled()


def test_a_supervisor_reads_prints_and_saves_the_report(
    qtbot, ui_desk, people, messages, monkeypatch, tmp_path: Path
):
    clerk, manager = people["clerk"], people["manager"]
    log_commands.record_entry(ui_desk, clerk, category="note", text="Смена принята, всё спокойно")
    log_commands.record_entry(ui_desk, clerk, category="incident", text="1203房漏水", important=True)
    dialog = DutyReportDialog(ui_desk, manager)
    qtbot.addWidget(dialog)
    today = ui_desk.clock.now().astimezone().date()
    assert dialog.date_to.date().toPython() == today
    assert dialog.date_from.date().toPython() == today - timedelta(days=1)
    assert not dialog.export_bar.print_button.isEnabled()  # nothing made yet

    report = dialog.make()
    assert report is not None and report.made_by == manager.name
    labels = handover_labels()
    assert dialog.tabs.count() == len(report.sections) + 1  # the summary first
    assert dialog.tabs.tabText(0) == labels["summary"]
    assert dialog.tabs.tabText(1) == f"{labels['section:duty_log']} (2)"
    table = dialog.tabs.widget(1)
    assert isinstance(table, QTableWidget) and table.rowCount() == 2
    texts = {table.item(r, 4).text() for r in range(2)}
    assert texts == {"Смена принята, всё спокойно", "1203房漏水"}
    assert isinstance(dialog.tabs.widget(2), QLabel)  # no complaints: "Nothing recorded"

    printed = []
    monkeypatch.setattr(
        dialog_module.pdf_print, "print_pdf", lambda parent, pdf, title: printed.append(pdf)
    )
    dialog.export_bar.print_button.click()
    assert printed and printed[0].startswith(b"%PDF")

    target = tmp_path / "morning"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.export_bar.pdf_button.click()
    assert (tmp_path / "morning.pdf").read_bytes() == printed[0]  # laid out once
    dialog.export_bar.excel_button.click()
    book = load_workbook(tmp_path / "morning.xlsx")
    assert len(book.sheetnames) >= len(report.sections)
    assert not messages.errors


def test_a_period_too_long_is_refused_beside_the_dates(qtbot, ui_desk, people, messages):
    dialog = DutyReportDialog(ui_desk, people["manager"])
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(dialog.date_to.date().addDays(-MAX_REPORT_DAYS))
    assert dialog.make() is None
    assert not dialog.period_error.isHidden()
    assert str(MAX_REPORT_DAYS) in dialog.period_error.text()
    assert dialog.date_to.edit.styleSheet() == FIELD_ERROR_STYLE
    assert not messages.errors  # beside the dates, not a message box
    dialog.date_from.setDate(dialog.date_to.date().addDays(-2))
    assert dialog.period_error.isHidden()
    # The last day before the first: the same message beside the dates.
    dialog.date_to.setDate(QDate(dialog.date_from.date().addDays(-1)))
    assert dialog.make() is None and not dialog.period_error.isHidden()


def test_a_row_of_the_report_opens_its_entry_to_mark_it_read(
    qtbot, window, ui_desk, people, messages
):
    clerk, manager = people["clerk"], people["manager"]
    leak = log_commands.record_entry(ui_desk, clerk, category="incident", text="1203房漏水", important=True)
    dialog = DutyReportDialog(ui_desk, manager, window)  # the window opens a row's record
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.make() is not None
    table = dialog.tabs.widget(1)  # after the summary
    assert "Double-click or Enter: open the entry." in table.item(0, 4).toolTip()
    seen = []

    def read_it(page) -> None:
        seen.append(page.windowTitle())
        page.findChild(QPushButton, "markRead").click()
        page.accept()

    made = dialog.report
    dialog.tabs.setCurrentIndex(1)
    _timer = when_modal(EntryDialog, read_it)
    table.setCurrentCell(0, 4)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter opens it, as a double-click does
    qtbot.waitUntil(lambda: dialog.record_page is None)  # the page closed
    assert seen == [f"Log entry #{leak.num}"]
    # Enter went to the row, not to "Make report" too: the report is the one that was made.
    assert dialog.report is made and dialog.tabs.widget(1) is table
    assert not log_views.unread_important(ui_desk, manager, since=leak.at - timedelta(minutes=1))
    assert not messages.errors


def test_a_sealed_sheet_in_the_report_opens_as_it_was_sealed(
    qtbot, window, ui_desk, people, messages
):
    from desk_app.services.handover import commands as handover_commands
    from desk_app.services.handover import views as handover_views
    from desk_app.ui.handover.dialog import HandoverDialog
    from tests.services.test_handover import signature

    clerk, manager = people["clerk"], people["manager"]
    policy = handover_views.get_policy(ui_desk)
    draft = handover_commands.start_handover(ui_desk, clerk)
    counts = dict.fromkeys(policy.count_items, 1)
    handover_commands.save_draft(ui_desk, clerk, draft.id, handover_views.Draft(counts=counts), incoming_id=manager.id)
    for who, meaning, pin in ((clerk, "handed_over", "2222"), (manager, "accepted", "111111")):
        handover_commands.sign_handover(ui_desk, who, draft.id, meaning=meaning, pin=pin, signature=signature())
    dialog = DutyReportDialog(ui_desk, manager, window)  # the window opens a row's record
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    report = dialog.make()
    index = [s.key for s in report.sections].index("handovers") + 1  # after the summary
    table = dialog.tabs.widget(index)
    assert "Double-click or Enter: open the handover sheet." in table.item(0, 0).toolTip()
    seen = []

    def look(sheet) -> None:
        seen.append((sheet.handover_id, sheet.view.state.value))
        sheet.reject()

    _timer = when_modal(HandoverDialog, look)
    table.setCurrentCell(0, 0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.record_page is None)
    assert seen == [(draft.id, "sealed")]
    assert dialog.report is report
    assert not messages.errors
