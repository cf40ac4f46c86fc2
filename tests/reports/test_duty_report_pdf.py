"""The duty report as PDF, read back as a reader sees it (pypdfium2)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desk_app.domain.duty_summary import DutySummary
from desk_app.domain.errors import StorageError
from desk_app.domain.handover.rules import DutyReport
from desk_app.reports.duty_report.pdf import render_duty_report_pdf, write_duty_report_pdf
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


# --- the summary page ----------------------------------------------------------------------------

SUMMARY = DutySummary(
    entries=46,
    important=3,
    entries_by_category=(("request", 14), ("incident", 2), ("note", 30)),
    complaints_opened=4,
    complaints_settled=3,
    complaints_overdue=1,
    satisfaction_average=4.333,
    satisfaction_count=3,
    found_in=5,
    found_returned=2,
    found_disposed=1,
    key_movements=1200,
    key_movements_by_kind=(("issue", 600), ("return", 600)),
    keys_overdue=2,
    handovers_sealed=6,
    discrepancies=1,
)


def _days(first: int, days: int, **changes) -> DutyReport:
    """A report of whole days in Beijing: midnight of 2026-03-``first`` for ``days`` days."""
    start = datetime(2026, 3, first, tzinfo=BEIJING)
    return sample_report(
        **{"period_start": start, "period_end": start + timedelta(days=days), "summary": SUMMARY}
        | changes
    )


def test_the_title_names_the_period():
    one = _texts(render_duty_report_pdf(_days(14, 1), tz=BEIJING))
    assert "Duty report · 14 Mar 2026\r\n" in one[0]
    assert "Daily duty report" not in one[0]
    three = _texts(render_duty_report_pdf(_days(12, 3), tz=BEIJING))
    assert "Duty report · 12 Mar 2026 – 14 Mar 2026" in three[0]
    assert "15 Mar 2026 00:00" not in three[0]  # the end is the midnight after the 14th
    assert "12 Mar 2026 – 14 Mar 2026" in three[-1]  # the footer of every page
    # A period of other times than midnights is titled by its two moments.
    odd = _texts(render_duty_report_pdf(sample_report(), tz=BEIJING))[0]
    assert "Duty report · 14 Mar 2026 07:00 – 15 Mar 2026 07:00" in odd


def test_the_first_page_has_the_totals_and_the_sign_off():
    texts = _texts(render_duty_report_pdf(_days(12, 3), tz=BEIJING))
    first = texts[0]
    for words in (
        "Totals", "Duty log", "Entries", "Important", "Complaints", "Opened", "Settled",
        "Overdue now", "Guest satisfaction", "4.3 of 5 (3 rated)", "Lost and found",
        "Found items in", "Returned to owners", "Disposed of", "Keys", "Movements", "1,200",
        "Keys overdue now", "Handovers", "Sheets sealed", "Discrepancies noted",
        "Reviewed by the supervisor", "Name", "Date", "Signature",
    ):  # fmt: skip
        assert words in first, words
    # The sections begin on the next page.
    assert "Shift log" not in first and "Shift log" in texts[1]


def test_the_summary_in_the_readers_words_and_numbers():
    labels = {
        "language": "ru",
        "duty_report_title": "Журнал дежурств",
        "summary_heading": "Итоги",
        "key_movements": "Движения ключей",
        "satisfaction_value": "{average} из 5 (оценок: {count})",
        "sign_off": "Проверил дежурный супервайзер",
        "found_in": "Принято находок {lost}",  # a translation that invents a field: English
    }
    first = _texts(render_duty_report_pdf(_days(12, 3), labels, tz=BEIJING))[0]
    assert "Журнал дежурств · 12.03.2026 – 14.03.2026" in first
    assert "Итоги" in first and "Проверил дежурный супервайзер" in first
    assert "1\u00a0200" in first or "1 200" in first
    assert "4,3 из 5 (оценок: 3)" in first
    assert "Found items in" in first


def test_an_empty_period_prints_zero_totals_and_no_rating():
    first = _texts(render_duty_report_pdf(_days(12, 1, summary=DutySummary()), tz=BEIJING))[0]
    assert "Entries" in first and "No rating" in first
