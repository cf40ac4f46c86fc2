"""What supervisors added beside a sheet (handover checks, countersignatures, review notes)
prints after the seal, under a line saying the seal does not cover it; the workbook gives each
its own sheet, after the sealed ones."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from openpyxl import load_workbook

from desk_app.domain.handover.rules import Section
from desk_app.reports.handover.pdf import render_handover_pdf
from desk_app.reports.handover.xlsx import write_handover_xlsx
from tests.reports.test_handover_pdf import BEIJING, _flat, _texts, sample_sheet

AT = datetime(2026, 12, 6, 0, 10, tzinfo=UTC)
ADDED = (
    Section(
        "handover_checks",
        ("num", "at", "inspector", "failed", "acknowledgement"),
        ((17, AT, "Wang Li", 1, "declined"),),
        flagged=(0,),
        coded=("acknowledgement",),
    ),
    Section("countersigns", ("countersigned_by", "at", "note"), (("Wang Li", AT, "现金核对无误"),)),
    Section("review_notes", ("noted_by", "at", "note"), (("Мария", AT, "Проверить ключ 1203"),)),
)


def test_printed_after_the_seal():
    pdf = render_handover_pdf(dataclasses.replace(sample_sheet(), after_seal=ADDED), tz=BEIJING)
    text = _flat("".join(_texts(pdf)))
    seal_at = text.index(_flat("SHA-256 of this sheet"))
    after = text.index(_flat("Added by supervisors, not covered by the seal"))
    assert seal_at < after
    for words in ("Handover checks", "Checked by a supervisor", "Review notes"):
        assert text.index(_flat(words), after) > after
    assert _flat("现金核对无误") in text[after:] and _flat("Проверить ключ 1203") in text[after:]
    plain = render_handover_pdf(sample_sheet(), tz=BEIJING)
    assert _flat("Added by supervisors") not in _flat("".join(_texts(plain)))


def test_workbook_sheets_after_the_sealed_ones(tmp_path):
    path = tmp_path / "sheet.xlsx"
    write_handover_xlsx(path, dataclasses.replace(sample_sheet(), after_seal=ADDED), tz=BEIJING)
    names = load_workbook(path).sheetnames
    assert names[-3:] == ["Handover checks", "Checked by a supervisor", "Review notes"]
