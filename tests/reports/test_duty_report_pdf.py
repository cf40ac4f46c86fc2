"""The duty report as PDF, read back as a reader sees it (pypdfium2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.domain.errors import StorageError
from desk_app.reports.duty_report_pdf import render_duty_report_pdf, write_duty_report_pdf
from tests.reports.test_handover_pdf import (
    BEIJING,
    LOG_TEXTS,
    _flat,
    _images,
    _qr_codes,
    _texts,
    sample_report,
)


def test_duty_report():
    pdf = render_duty_report_pdf(sample_report(), tz=BEIJING)
    texts = _texts(pdf)
    first = texts[0]
    assert "Duty report" in first
    assert "14 Mar 2026 07:00 → 15 Mar 2026 07:00" in first
    assert "Made by" in first and "Мария Иванова" in first
    assert "15 Mar 2026 07:30" in first
    everything = _flat("".join(texts))
    assert "Shiftlog" in everything and "Openfollow-ups" in everything
    assert _flat(LOG_TEXTS[0]) + "#1" in everything
    assert "Nothing recorded" in "".join(texts)
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} of {len(texts)}" in text
    assert b"/FontFile2" in pdf
    assert _images(pdf) == [] and _qr_codes(pdf) == []


def test_write_the_report(tmp_path: Path):
    report_path = tmp_path / "отчёт.pdf"
    write_duty_report_pdf(report_path, sample_report(), tz=BEIJING)
    assert report_path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == [report_path.name]


def test_writing_into_a_missing_folder_raises_and_leaves_nothing(tmp_path: Path):
    with pytest.raises(StorageError):
        write_duty_report_pdf(tmp_path / "missing" / "report.pdf", sample_report())
    assert list(tmp_path.iterdir()) == []
