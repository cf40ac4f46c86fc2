"""`desk-app export handover`: a sealed sheet as PDF and workbook, the same seal every time."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2
import pytest
from openpyxl import load_workbook
from PIL import Image

from desk_app.cli import main
from desk_app.domain.signature import Signature
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import views as handover_views
from desk_app.services.log import commands as log_commands
from tests.conftest import CLERK_PIN, SUPERVISOR_PIN


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


def _signature() -> Signature:
    buf = io.BytesIO()
    Image.new("RGB", (200, 80), "white").save(buf, "PNG")
    stroke = tuple((10.0 + i * 5, 40.0 + (i % 4) * 7) for i in range(30))
    return Signature(strokes=(stroke,), width=320, height=120, png=buf.getvalue())


@pytest.fixture
def sealed(desk, clerk, supervisor):
    log_commands.record_entry(desk, clerk, category="note", text="Смена прошла спокойно, 一切正常")
    draft = handover_commands.start_handover(desk, clerk)
    counts = {item: 1 for item in handover_views.get_policy(desk).count_items}
    handover_commands.save_draft(desk, clerk, draft.id, handover_views.Draft(counts=counts))
    handover_commands.sign_handover(
        desk, clerk, draft.id, meaning="handed_over", pin=CLERK_PIN, signature=_signature()
    )
    return handover_commands.sign_handover(
        desk, supervisor, draft.id, meaning="accepted", pin=SUPERVISOR_PIN, signature=_signature()
    )


def _pdf_text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    return "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def test_export_latest_twice_gives_the_same_seal(sealed, desk, tmp_path, capsys):
    db = str(desk.db.sqlite_path)
    for run in (1, 2):
        pdf, xlsx = tmp_path / f"sheet{run}.pdf", tmp_path / f"sheet{run}.xlsx"
        code = main(
            ["--db", db, "export", "handover", "--latest", "--pdf", str(pdf), "--xlsx", str(xlsx)]
        )
        assert code == 0
        assert sealed.seal in capsys.readouterr().out
        text = _pdf_text(pdf)
        assert "Смена прошла спокойно" in text and "一切正常" in text
        assert sealed.seal[:8] in text.replace(" ", "")
        book = load_workbook(xlsx)
        values = [c for row in book.worksheets[0].iter_rows(values_only=True) for c in row]
        assert sealed.seal in values
    assert (
        main(
            [
                "--db",
                db,
                "export",
                "handover",
                "--id",
                sealed.id,
                "--pdf",
                str(tmp_path / "by-id.pdf"),
            ]
        )
        == 0
    )


def test_export_refusals(desk, manager, tmp_path, capsys):
    db = str(desk.db.sqlite_path)
    assert (
        main(["--db", db, "export", "handover", "--latest", "--pdf", str(tmp_path / "x.pdf")])
        == 2  # EXIT_ERROR
    )
    assert "No handover sheet has been sealed yet." in capsys.readouterr().err
    assert main(["--db", db, "export", "handover", "--latest"]) == 2  # EXIT_ERROR
    assert "--pdf" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_exported_codes_read_as_words(sealed, desk, tmp_path):
    pdf = tmp_path / "sheet.pdf"
    assert (
        main(
            ["--db", str(desk.db.sqlite_path), "export", "handover", "--latest", "--pdf", str(pdf)]
        )
        == 0
    )
    text = _pdf_text(pdf)
    assert "Note" in text and "Shift log" in text  # the category's name, the section's title
