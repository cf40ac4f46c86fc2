"""A handover sheet not yet signed must not read as done: the place for a missing signature is
headed by whose signature goes there ("Outgoing clerk's signature", 交班人签名), never by what a
signature there would mean ("Handed over", 已交班). A signature made is headed by its meaning.
The workbook lists only the signatures made, so it never names a missing one as done."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desk_app.domain.handover.rules import HandoverState
from desk_app.reports.handover.pdf import render_handover_pdf
from desk_app.reports.handover.xlsx import write_handover_xlsx
from tests.reports.test_handover_pdf import BEIJING, _texts, draft_sheet, sample_sheet

# The printout in Chinese, as the reader's labels give it.
ZH = {
    "meaning:handed_over": "已交班",
    "meaning:accepted": "已接班",
    "to_sign:handed_over": "交班人签名",
    "to_sign:accepted": "接班人签名",
}


def _half_signed():
    return sample_sheet(
        state=HandoverState.HANDED_OVER,
        signers=sample_sheet().signers[:1],
        seal=None,
        journal_seq=None,
        journal_hash=None,
        sealed_at=None,
    )


def test_an_unsigned_sheet_heads_its_places_as_to_be_signed():
    last = _texts(render_handover_pdf(draft_sheet(), tz=BEIJING))[-1]
    assert "Outgoing clerk's signature" in last and "Incoming clerk's signature" in last
    assert "Handed over" not in last and "Accepted" not in last


def test_an_unsigned_sheet_in_chinese_says_交班人签名_not_已交班():
    last = _texts(render_handover_pdf(draft_sheet(), ZH, tz=BEIJING))[-1]
    assert "交班人签名" in last and "接班人签名" in last
    assert "已交班" not in last and "已接班" not in last


def test_a_half_signed_sheet_heads_the_signature_made_by_its_meaning_the_other_as_to_sign():
    last = _texts(render_handover_pdf(_half_signed(), ZH, tz=BEIJING))[-1]
    assert "已交班" in last and "接班人签名" in last
    assert "交班人签名" not in last and "已接班" not in last


def test_a_sealed_sheet_heads_both_signatures_by_their_meaning():
    last = _texts(render_handover_pdf(sample_sheet(), ZH, tz=BEIJING))[-1]
    assert "已交班" in last and "已接班" in last
    assert "交班人签名" not in last and "接班人签名" not in last


def test_the_workbook_names_no_missing_signature_as_done(tmp_path: Path):
    path = tmp_path / "half.xlsx"
    write_handover_xlsx(path, _half_signed(), ZH, tz=BEIJING)
    ws = openpyxl.load_workbook(path)["Summary"]
    values = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert values.count("已交班") == 1
    assert "已接班" not in values
