"""`desk-app export roster`: a month's roster as the paper 排班表 and as a workbook, in the language
asked for; one person's own month on one page; a month not approved says so; the options of the
other exports refused, and a bad month or an unknown person said in plain words."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication

from desk_app.cli import main
from desk_app.command_error import CommandError
from desk_app.roster_export import parse_month
from desk_app.translators import printing_language
from tests.services.test_roster_printout import MONTH, YEAR, approved_month

STAMP = {"en": "Apr 2026", "zh_CN": "2026-04-", "ru": ".04.2026"}


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


@pytest.fixture
def approved(desk, manager, supervisor):
    return approved_month(desk, manager, supervisor)


def _pdf(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(str(path))
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


def _word(language: str, context: str, source: str, disambiguation: str | None = None) -> str:
    with printing_language(language):
        return QCoreApplication.translate(context, source, disambiguation)


def _run(desk, *argv: str) -> int:
    return main(["--db", str(desk.db.sqlite_path), "--station", desk.station, "export", *argv])


@pytest.mark.parametrize("language", ["en", "zh_CN", "ru"])
def test_the_month_in_the_language_asked(approved, desk, manager, tmp_path, capsys, language):
    pdf, xlsx = tmp_path / "roster.pdf", tmp_path / "roster.xlsx"
    month = f"{YEAR}-{MONTH:02d}"
    code = _run(
        desk,
        "roster",
        "--month",
        month,
        "--pdf",
        str(pdf),
        "--xlsx",
        str(xlsx),
        "--lang",
        language,
    )
    out = capsys.readouterr()
    assert code == 0, out.err
    assert f"roster {month} {desk.station}, approved, 4 people" in out.out
    text = "\n".join(_pdf(pdf))
    for name in ("王芳", "Анна Петрова", "李强", "Oleg Sidorov", manager.name):
        assert name in text
    assert _word(language, "RosterPrint", "Duty roster", "paper form title: 排班表") in text
    assert _word(language, "HandoverLabels", "Station") in text
    assert STAMP[language] in text  # the approval's date in the language's format
    book = load_workbook(xlsx)
    assert len(book.worksheets) == 3
    assert book.worksheets[0]["A1"].value.startswith(
        _word(language, "RosterPrint", "Duty roster", "paper form title: 排班表")
    )


def test_one_persons_month(approved, desk, tmp_path, capsys):
    pdf, xlsx = tmp_path / "li.pdf", tmp_path / "li.xlsx"
    argv = ["roster", "--month", "2026-04", "--person", " 李强 ", "--pdf", str(pdf)]
    assert _run(desk, *argv, "--xlsx", str(xlsx)) == 0
    assert "李强" in capsys.readouterr().out
    pages = _pdf(pdf)
    assert len(pages) == 1 and "李强: April 2026" in pages[0]
    grid = load_workbook(xlsx).worksheets[0]
    assert {c.value for c in grid["A"] if c.value} >= {"李强"}
    assert "王芳" not in {c.value for c in grid["A"]}


def test_a_month_not_approved_says_so(desk, supervisor, tmp_path, capsys):
    pdf = tmp_path / "may.pdf"
    assert _run(desk, "roster", "--month", "2026-05", "--pdf", str(pdf)) == 0
    assert "draft" in capsys.readouterr().out
    assert "NOT APPROVED" in "\n".join(_pdf(pdf))


def test_mistakes_are_said_plainly(approved, desk, tmp_path, capsys):
    pdf = str(tmp_path / "x.pdf")
    assert _run(desk, "roster", "--pdf", pdf) == 2
    assert "--month YYYY-MM" in capsys.readouterr().err
    assert _run(desk, "roster", "--month", "2026-13", "--pdf", pdf) == 2
    assert "not '2026-13'" in capsys.readouterr().err
    assert _run(desk, "roster", "--month", "2026-04", "--person", "Nobody", "--pdf", pdf) == 2
    assert "No one called Nobody" in capsys.readouterr().err
    assert _run(desk, "roster", "--month", "2026-04", "--latest", "--pdf", pdf) == 2
    assert "do not belong to 'export roster'" in capsys.readouterr().err
    assert _run(desk, "report", "--month", "2026-04", "--pdf", pdf) == 2
    assert "belongs to 'export roster' and 'export inspections'" in capsys.readouterr().err
    assert _run(desk, "handover", "--latest", "--person", "Anna", "--pdf", pdf) == 2
    assert "--person belongs to 'export roster'" in capsys.readouterr().err
    assert _run(desk, "roster", "--month", "2026-04") == 2  # nowhere to write
    assert not Path(pdf).exists()


def test_parse_month():
    assert parse_month("2026-04") == (2026, 4)
    assert parse_month(" 2026-4 ") == (2026, 4)
    for bad in ("", "2026/04", "04-2026", "2026-00", "abc"):
        with pytest.raises(CommandError):
            parse_month(bad)
