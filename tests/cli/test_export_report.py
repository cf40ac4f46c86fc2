"""`desk-app export report`: the duty report of a few local days as PDF and workbook."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pypdfium2
import pytest
from openpyxl import load_workbook

from desk_app.cli import main
from desk_app.services.log import commands as log_commands


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


@pytest.fixture
def day(desk, clerk, clock):
    log_commands.record_entry(desk, clerk, category="note", text="Ночь прошла спокойно, 一切正常")
    clock.advance(timedelta(days=3))
    log_commands.record_entry(desk, clerk, category="note", text="Later entry outside the period")
    return (clock.now() - timedelta(days=3)).astimezone().date()


def _pdf_text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    return "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def test_report_pdf_and_workbook(day, desk, tmp_path, capsys):
    pdf, xlsx = tmp_path / "report.pdf", tmp_path / "report.xlsx"
    db = str(desk.db.sqlite_path)
    code = main(
        ["--db", db, "export", "report", "--from", str(day), "--to", str(day)]
        + ["--pdf", str(pdf), "--xlsx", str(xlsx)]
    )
    assert code == 0, capsys.readouterr().err
    assert "duty report" in capsys.readouterr().out
    text = _pdf_text(pdf)
    assert "Ночь прошла спокойно" in text and "一切正常" in text
    assert "Later entry" not in text
    book = load_workbook(xlsx)
    assert len(book.worksheets) == 8  # the summary and the seven sections
    values = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row]
    assert "Ночь прошла спокойно, 一切正常" in values
    assert "Later entry outside the period" not in values


def test_report_refusals(desk, manager, tmp_path, capsys):
    db = str(desk.db.sqlite_path)
    out = ["--pdf", str(tmp_path / "x.pdf")]
    assert main(["--db", db, "export", "report", "--from", "2026-03-14"] + out) == 2
    assert "--to" in capsys.readouterr().err
    bad = ["--from", "2026-03-14", "--to", "14.03.2026"]
    assert main(["--db", db, "export", "report", *bad, *out]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    backwards = ["--from", "2026-03-14", "--to", "2026-03-13"]
    assert main(["--db", db, "export", "report", *backwards, *out]) == 2
    assert main(["--db", db, "export", "report", "--latest", *out]) == 2
    assert main(["--db", db, "export", "handover", *out]) == 2
    assert "--latest" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
