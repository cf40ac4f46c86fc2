"""The duty report's and the handover sheet's column captions are the reader's words.

The duty report printed "Kind", "Purpose", "Shift start", "Shift end", "Outgoing", "Incoming" and
"Seal" in English under Chinese and Russian: those columns had no entry in
``handover_labels.column_labels()``, and ``reports.tables.column_title`` silently printed the
column's key instead. Every column either report has must have its catalogue entry, and under
zh_CN and ru no caption of the duty report (window, workbook, the PDF's titles: all made by
``column_title`` from the same labels) is left in English.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk_app.services import duty_report as duty_report_service
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import sheet as handover_sheet
from desk_app.translators import install_language
from desk_app.ui.common.section_table import section_table
from desk_app.ui.handover.labels import handover_labels
from desk_app.ui.reports import duty_report_dialog as dialog_module

LATIN = re.compile(r"[A-Za-z]")


def _report(ui_desk, people):
    now = ui_desk.clock.now()
    return duty_report_service.duty_report(
        ui_desk, people["manager"], now.replace(hour=0), now.replace(hour=23)
    )


def test_every_column_of_both_reports_has_its_caption(ui_desk, people):
    labels = handover_labels()
    draft = handover_commands.start_handover(ui_desk, people["clerk"])
    sheet = handover_sheet.sheet(ui_desk, people["clerk"], draft.id)
    missing = [
        f"{section.key}.{name}"
        for section in (*_report(ui_desk, people).sections, *sheet.sections)
        for name in section.columns
        if f"column:{name}" not in labels
    ]
    assert missing == []


@pytest.fixture(params=["zh_CN", "ru"])
def language(request):
    install_language(request.param)
    yield request.param
    install_language("en")


def test_no_english_caption_in_the_duty_report(qtbot, ui_desk, people, language, tmp_path: Path):
    report = _report(ui_desk, people)
    labels = handover_labels()
    english = []
    for section in report.sections:
        table = section_table(section, labels)
        qtbot.addWidget(table)
        for c in range(table.columnCount()):
            caption = table.horizontalHeaderItem(c).text()
            if LATIN.search(caption):
                english.append(f"{section.key}.{section.columns[c]}: {caption}")
    assert english == []

    path = tmp_path / "report.xlsx"
    dialog_module.write_duty_report_xlsx(path, report, labels)
    book = load_workbook(path)
    headers = {
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(max_row=12)
        for cell in row
        if cell.value is not None
    }
    for name in ("kind", "purpose", "shift_start", "shift_end", "outgoing", "incoming", "seal"):
        assert labels[f"column:{name}"] in headers
    assert not {"Kind", "Purpose", "Shift start", "Shift end", "Outgoing", "Incoming"} & headers
