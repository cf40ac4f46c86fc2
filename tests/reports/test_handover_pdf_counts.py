"""The handover sheet's PDF: the counts against what the last sheet handed over, the shift log
without a column of "No", and "None" for discrepancies and remarks the clerks had none of."""

from __future__ import annotations

import re
from datetime import timedelta

import pypdfium2 as pdfium
import pytest

from desk_app.reports.handover.pdf import render_handover_pdf
from desk_app.services.handover import sheet as handover_sheet
from desk_app.services.handover import views as handover_views
from desk_app.services.log import commands as log_commands
from tests.services.test_handover import seal


@pytest.fixture
def db_url(tmp_path) -> str:  # the PDF does not depend on the engine
    return "sqlite:///" + str(tmp_path / "desk.sqlite")


def _text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    return re.sub(r"\s+", " ", " ".join(pages))


def test_counts_print_expected_against_counted_and_empty_parts_say_none(
    desk, clerk, supervisor, clock
):
    first = {"Cash float": 1000, "Blank room key cards": 48, "Guest umbrellas": 12}
    seal(desk, clerk, supervisor, handover_views.Draft(counts=first))
    clock.advance(timedelta(hours=8))
    log_commands.record_entry(desk, clerk, category="note", text="Quiet night")
    second = handover_views.Draft(
        counts={"Cash float": 995, "Blank room key cards": 48, "Guest umbrellas": None},
        not_counted={"Guest umbrellas": "lent to a tour group"},
    )
    sheet_id = seal(desk, clerk, supervisor, second)
    sheet = handover_sheet.sheet(desk, clerk, sheet_id)
    text = _text(render_handover_pdf(sheet))

    assert "Item Expected Counted Not counted" in text
    assert "Cash float 1000 995" in text  # the float expected, then what was counted
    assert "Blank room key cards 48 48" in text
    assert "Guest umbrellas 12 lent to a tour group" in text
    # Nobody noted a discrepancy nor a remark: "None", not "nothing to hand over".
    assert text.count("None") >= 2
    assert "Discrepancies None" in text and "Remarks None" in text
    # The important entries are the red rows: no column of "No" beside every other one.
    assert "Important" not in text
    assert f"Quiet night {clerk.name}" in text and f"Quiet night {clerk.name} No" not in text
