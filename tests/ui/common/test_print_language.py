"""Printouts in the language asked for, from the window (issue 14, point 2), and the window's
dates in the same style as the printouts' (point 4).

A window in English prints a Chinese duty report and a Russian tag; the window keeps its words;
the choice is remembered for the next printout on this workstation, and forgotten when the
window's own language is chosen again. The expected words come from the catalogue.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pypdfium2
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desk_app import formats
from desk_app.config import Preferences
from desk_app.services.log import commands as log_commands
from desk_app.services.lostfound import views as lostfound_views
from desk_app.translators import PRINT_LANGUAGE_PREF, install_language, printing_language
from desk_app.ui.common.labels import format_date, format_datetime, format_money, format_time
from desk_app.ui.complaints.analysis_dialog import ComplaintAnalysisDialog
from desk_app.ui.lostfound.printing import TagPrintDialog
from desk_app.ui.reports import duty_report_dialog as dialog_module
from desk_app.ui.reports.duty_report_dialog import DutyReportDialog
from tests.ui.lostfound.test_lostfound_page import _item

ZH_STAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d")
RU_STAMP = re.compile(r"\d\d\.\d\d\.\d{4} \d\d:\d\d")


def _word(language: str, context: str, source: str) -> str:
    with printing_language(language):
        return QCoreApplication.translate(context, source)


def _pdf_text(pdf: bytes) -> str:
    doc = pypdfium2.PdfDocument(pdf)
    return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


@pytest.mark.parametrize(
    ("language", "stamp", "day"),
    [
        ("en", "6 Dec 2026 19:49", "6 Dec 2026"),
        ("zh_CN", "2026-12-06 19:49", "2026-12-06"),
        ("ru", "06.12.2026 19:49", "06.12.2026"),
    ],
)
def test_the_window_shows_times_as_the_printouts_do(qapp, language, stamp, day):
    evening = datetime(2026, 12, 6, 19, 49).astimezone()  # on this computer's clock
    install_language(language)
    try:
        assert format_datetime(evening) == stamp == formats.format_datetime(evening, language)
        assert format_date(evening) == day
        assert format_time(evening) == "19:49"  # 24-hour, never "7:49 PM"
        money = format_money(formats.Decimal("1000"))
        assert money == {"en": "1,000.00", "zh_CN": "1,000.00", "ru": "1\u00a0000,00"}[language]
    finally:
        install_language("en")


def test_an_english_window_prints_a_chinese_duty_report(
    qtbot, ui_desk, people, messages, monkeypatch, tmp_path: Path
):
    log_commands.record_entry(ui_desk, people["clerk"], category="note", text="Смена принята")
    dialog = DutyReportDialog(ui_desk, people["manager"])
    qtbot.addWidget(dialog)
    assert dialog.export_bar.language() == "en"  # nothing chosen yet: the window's
    assert dialog.make() is not None
    english = _pdf_text(dialog.pdf())
    assert "Period" in english and not ZH_STAMP.search(english)

    box = dialog.export_bar.language_box
    box.setCurrentIndex(box.findData("zh_CN"))
    chinese = _pdf_text(dialog.pdf())  # made anew in the language chosen
    for caption in ("Period", "Made by", "Property"):
        assert _word("zh_CN", "HandoverLabels", caption) in chinese
    assert ZH_STAMP.search(chinese)
    assert _word("zh_CN", "HandoverLabels", "Duty log") in chinese
    # The window keeps its language.
    assert QCoreApplication.translate("HandoverLabels", "Period") == "Period"
    assert dialog.export_bar.print_button.text() == "&Print…"

    target = tmp_path / "report"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.export_bar.excel_button.click()
    summary = load_workbook(tmp_path / "report.xlsx").worksheets[0]
    dates = [c for row in summary.iter_rows() for c in row if c.is_date]
    assert dates and all(c.number_format == "yyyy-mm-dd hh:mm" for c in dates)

    # Remembered for the next printout; the window's own language again forgets it.
    assert Preferences().get(PRINT_LANGUAGE_PREF) == "zh_CN"
    again = DutyReportDialog(ui_desk, people["manager"])
    qtbot.addWidget(again)
    assert again.export_bar.language() == "zh_CN"
    again.export_bar.language_box.setCurrentIndex(box.findData("en"))
    assert Preferences().get(PRINT_LANGUAGE_PREF) is None
    assert not messages.errors
    monkeypatch.setattr(dialog_module.pdf_print, "print_pdf", lambda *a: None)


def test_a_tag_in_russian_from_an_english_window(qtbot, ui_desk, people, messages):
    clerk = people["clerk"]
    item = _item(ui_desk, clerk)
    dialog = TagPrintDialog(item, lostfound_views.get_policy(ui_desk))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    text = _pdf_text(dialog.pdf())
    found = _word("ru", "LostFoundPdf", "Found {time}").split("{time}")[0].strip()
    assert found and found in text
    assert RU_STAMP.search(text)
    assert QCoreApplication.translate("LostFoundPdf", "Found {time}") == "Found {time}"


def test_the_complaint_register_in_chinese(qtbot, ui_desk, people, messages, tmp_path: Path):
    dialog = ComplaintAnalysisDialog(ui_desk, people["manager"])
    qtbot.addWidget(dialog)
    dialog.print_language.setCurrentIndex(dialog.print_language.findData("zh_CN"))
    assert dialog.export_register(tmp_path / "register.xlsx")
    sheet = load_workbook(tmp_path / "register.xlsx").worksheets[0]
    headers = [c.value for c in sheet[1]]
    assert _word("zh_CN", "ComplaintAnalysisDialog", "Received") in headers
    assert "Received" not in headers
    assert dialog.export_register_button.text() == "Export &register…"  # the window's words
    assert not messages.errors


def test_a_sealed_sheet_printed_in_russian_from_an_english_window(qtbot, ui_desk, people, messages):
    from desk_app.services.handover import commands as handover_commands
    from desk_app.services.handover import views as handover_views
    from desk_app.ui.handover.dialog import HandoverDialog
    from tests.services.test_handover import signature

    clerk, manager = people["clerk"], people["manager"]
    log_commands.record_entry(ui_desk, clerk, category="note", text="Смена прошла спокойно")
    draft = handover_commands.start_handover(ui_desk, clerk)
    counts = {item: 1 for item in handover_views.get_policy(ui_desk).count_items}
    handover_commands.save_draft(ui_desk, clerk, draft.id, handover_views.Draft(counts=counts))
    handover_commands.sign_handover(
        ui_desk, clerk, draft.id, meaning="handed_over", pin="2222", signature=signature()
    )
    handover_commands.sign_handover(
        ui_desk, manager, draft.id, meaning="accepted", pin="111111", signature=signature()
    )
    dialog = HandoverDialog(ui_desk, manager, draft.id)
    qtbot.addWidget(dialog)
    box = dialog.export_bar.language_box
    box.setCurrentIndex(box.findData("ru"))
    text = _pdf_text(dialog.pdf())
    for caption in ("Signatures", "Sealed at", "Sheet no."):
        assert _word("ru", "HandoverLabels", caption) in text
        assert caption not in text
    assert RU_STAMP.search(text) and not ZH_STAMP.search(text)
    assert dialog.export_bar.print_button.text() == "&Print…"  # the window stays English
    assert not messages.errors


def test_the_choice_survives_the_window_writing_its_own_preferences(qtbot, prefs, monkeypatch):
    """The window holds one Preferences, the chooser reads and writes the file: the window
    saving its layout later must not erase the printout language."""
    monkeypatch.setenv("DESK_CONFIG_DIR", str(prefs.path.parent))
    prefs.path = prefs.path.parent / "preferences.json"
    prefs.set("language", "en")
    from desk_app.ui.common.print_language import PrintLanguageBox

    box = PrintLanguageBox()
    qtbot.addWidget(box)
    box.setCurrentIndex(box.findData("ru"))
    prefs.set("window_geometry", "abc")  # the window's stale copy writes after the choice
    assert Preferences().get(PRINT_LANGUAGE_PREF) == "ru"
    again = PrintLanguageBox()
    qtbot.addWidget(again)
    assert again.language() == "ru"
