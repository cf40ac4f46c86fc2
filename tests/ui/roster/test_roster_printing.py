"""The roster on paper from the window: print_month and save_month_as open the dialog on the month
as stored; the whole month or one person's, printed, saved as PDF or Excel, in the language chosen;
a month not approved says so; every caption of the printouts has its words."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2
import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from desk_app.domain.roster.month import next_month
from desk_app.reports.roster.words import ROSTER_LABEL_KEYS, ROSTER_LABELS
from desk_app.translators import printing_language
from desk_app.ui.roster import printing
from desk_app.ui.roster.labels import month_title
from desk_app.ui.roster.print_labels import roster_print_labels
from desk_app.ui.roster.printing import RosterPrintDialog, print_month, save_month_as
from tests.services.test_roster_printout import approved_month
from tests.ui.helpers import when_modal


def _text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    return "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def _pages(pdf: bytes) -> int:
    return len(pypdfium2.PdfDocument(pdf))


def _next(desk) -> tuple[int, int]:
    return next_month(desk.clock.now().astimezone().date())


@pytest.fixture
def printed(monkeypatch) -> list[tuple[bytes, str]]:
    found: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        printing.pdf_print, "print_pdf", lambda parent, pdf, title: found.append((pdf, title))
    )
    return found


@pytest.fixture
def save_to(monkeypatch, tmp_path: Path):
    def choose(name: str) -> Path:
        target = tmp_path / name
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
        )
        return target

    return choose


def test_print_month_prints_the_approved_month(
    qtbot, ui_desk, people, supervisor, messages, printed
):
    year, month = _next(ui_desk)
    approved_month(ui_desk, people["manager"], supervisor, year=year, month=month)

    def act(dialog: RosterPrintDialog) -> None:
        assert dialog.export_bar.print_button.isDefault()
        assert dialog.findChild(object, "rosterPrintNotApproved") is None
        dialog.export_bar.print_button.click()
        dialog.reject()

    timer = when_modal(RosterPrintDialog, act)
    print_month(None, ui_desk, people["clerk"], year, month)
    timer.stop()
    assert not messages.errors
    (pdf, title) = printed[0]
    assert month_title(year, month) in title
    text = _text(pdf)
    for name in ("王芳", "Анна Петрова", "李强", "Oleg Sidorov", "Wang Li"):
        assert name in text
    assert "Approved by" in text and "Changes since approval" in text
    assert "NOT APPROVED" not in text


def test_one_persons_month_and_the_workbook(qtbot, ui_desk, people, supervisor, messages, save_to):
    year, month = _next(ui_desk)
    approved_month(ui_desk, people["manager"], supervisor, year=year, month=month)
    sheet = printing.roster_sheet(ui_desk, people["clerk"], year, month)
    dialog = RosterPrintDialog(sheet, person="李强")
    qtbot.addWidget(dialog)
    assert dialog.person() == "李强"
    target = save_to("li")
    dialog.export_bar.pdf_button.click()
    pdf = (target.with_suffix(".pdf")).read_bytes()
    assert _pages(pdf) == 1 and f"李强: {month_title(year, month)}" in _text(pdf)
    dialog.whose.setCurrentIndex(0)
    target = save_to("april")
    dialog.export_bar.excel_button.click()
    book = load_workbook(target.with_suffix(".xlsx"))
    grid = book.worksheets[0]
    names = {c.value for c in grid["A"] if c.value}
    assert {"王芳", "Анна Петрова", "李强", "Oleg Sidorov"} <= names
    assert len(book.worksheets) == 3
    assert not messages.errors


def test_a_draft_month_saved_in_chinese(
    qtbot, ui_desk, people, supervisor, messages, save_to, monkeypatch
):
    def act(dialog: RosterPrintDialog) -> None:
        assert dialog.export_bar.pdf_button.isDefault()
        assert dialog.findChild(object, "rosterPrintNotApproved") is not None
        dialog.export_bar.language_box.setCurrentIndex(
            dialog.export_bar.language_box.findData("zh_CN")
        )
        dialog.export_bar.pdf_button.click()
        dialog.reject()

    target = save_to("draft.pdf")
    timer = when_modal(RosterPrintDialog, act)
    save_month_as(None, ui_desk, supervisor, *_next(ui_desk))
    timer.stop()
    assert not messages.errors
    text = _text(target.read_bytes())
    with printing_language("zh_CN"):
        words = roster_print_labels()
    assert " ".join(words["not_approved"].split()) in text
    assert words["station"] in text and "Иван Петров" in text
    assert re.search(r"第 1 页|Page 1", text)


def test_every_caption_has_its_words_and_keeps_its_fields():
    for language in ("en", "zh_CN", "ru"):
        with printing_language(language):
            words = roster_print_labels()
        assert set(ROSTER_LABEL_KEYS) <= set(words), language
        assert words["language"] == language
        for key in ROSTER_LABEL_KEYS:
            fields = set(re.findall(r"\{(\w+)\}", ROSTER_LABELS[key]))
            assert set(re.findall(r"\{(\w+)\}", words[key])) == fields, (language, key)
    with printing_language("en"):
        english = roster_print_labels()
    assert {k: english[k] for k in ROSTER_LABEL_KEYS} == dict(ROSTER_LABELS)
