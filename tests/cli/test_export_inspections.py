"""`desk-app export inspections`: a month's analysis and every inspection record of it, as a PDF
(the analysis, then a page per record with its acknowledgement and seal) and as a workbook (the
analysis's sheets and one listing every inspection), in the language asked for; another month's
inspections left out; the options of the other exports refused, a missing month said plainly."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pypdfium2
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication

from desk_app.cli import main
from desk_app.services.supervision import inspections
from desk_app.services.supervision.analysis import period_inspections
from desk_app.translators import printing_language
from tests.conftest import START
from tests.services.test_inspection_analysis import _inspect


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


@pytest.fixture
def march(desk, clock, supervisor, clerk, pins):
    """Two inspections in March 2026 (the first failed the duty log, acknowledged and sealed),
    one in April."""
    failed = _inspect(desk, supervisor, clerk, failed=("duty_log",))
    inspections.acknowledge(desk, supervisor, failed.id, clerk_id=clerk.id, pin=pins["clerk"])
    clock.set(START + timedelta(days=2))
    _inspect(desk, supervisor, clerk)
    clock.set(START + timedelta(days=30))
    _inspect(desk, supervisor, clerk)
    return failed


def _pdf(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(str(path))
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


def _word(language: str, context: str, source: str, disambiguation: str | None = None) -> str:
    with printing_language(language):
        return QCoreApplication.translate(context, source, disambiguation)


def _run(desk, *argv: str) -> int:
    return main(["--db", str(desk.db.sqlite_path), "--station", desk.station, "export", *argv])


def _seal(desk, inspection_id: str) -> str:
    day = START.astimezone().date()
    found = next(v for v in period_inspections(desk, None, day, day) if v.id == inspection_id)
    assert found.seal
    return found.seal


@pytest.mark.parametrize("language", ["en", "zh_CN", "ru"])
def test_the_month_in_the_language_asked(march, desk, clerk, tmp_path, capsys, language):
    pdf, xlsx = tmp_path / "march.pdf", tmp_path / "march.xlsx"
    argv = ["inspections", "--month", "2026-03", "--pdf", str(pdf), "--xlsx", str(xlsx)]
    code = _run(desk, *argv, "--lang", language)
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "inspections 2026-03, 2 inspections" in out.out
    pages = _pdf(pdf)
    assert len(pages) == 3  # the analysis, then the two records
    title = _word(language, "InspectionAnalysis", "Inspection analysis, {first} – {last}")
    assert title.split("{")[0].strip(" ,，") in pages[0]
    assert clerk.name in pages[0]
    record = _word(language, "InspectionDetailDialog", "Inspection No. {num}")
    assert record.format(num=march.num) in pages[1].replace("\r\n", " ")
    assert record.format(num=march.num + 1) in pages[2]
    sealed = _seal(desk, march.id)
    assert sealed[:16] in pages[1].replace("\r\n", "")
    state = _word(language, "Supervision", "Acknowledged")
    assert state in pages[1]
    book = load_workbook(xlsx)
    assert len(book.worksheets) == 5
    listed = book.worksheets[-1]
    rows = list(listed.iter_rows(min_row=3, values_only=True))
    assert [r[0] for r in rows] == [march.num, march.num + 1]
    assert rows[0][5] == 1 and rows[0][8] == sealed  # failed items, the seal
    assert book.worksheets[0]["A1"].value == pages[0].splitlines()[0].strip()


def test_mistakes_are_said_plainly(march, desk, tmp_path, capsys):
    pdf = str(tmp_path / "x.pdf")
    assert _run(desk, "inspections", "--pdf", pdf) == 2
    assert "--month YYYY-MM" in capsys.readouterr().err
    assert _run(desk, "inspections", "--month", "2026-3x", "--pdf", pdf) == 2
    assert "not '2026-3x'" in capsys.readouterr().err
    assert _run(desk, "inspections", "--month", "2026-03", "--person", "A", "--pdf", pdf) == 2
    assert "do not belong to 'export inspections'" in capsys.readouterr().err
    assert _run(desk, "inspections", "--month", "2026-03", "--latest", "--pdf", pdf) == 2
    assert "do not belong to 'export inspections'" in capsys.readouterr().err
    assert _run(desk, "inspections", "--month", "2026-03") == 2  # nowhere to write
    assert not Path(pdf).exists()


def test_a_month_without_inspections(desk, tmp_path, capsys):
    xlsx = tmp_path / "empty.xlsx"
    assert _run(desk, "inspections", "--month", "2025-01", "--xlsx", str(xlsx)) == 0
    assert "0 inspections" in capsys.readouterr().out
    assert load_workbook(xlsx).worksheets[-1]["A3"].value  # says there is none
