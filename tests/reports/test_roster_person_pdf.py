"""A person's own month on one A4 page, read back: their name and month, each day's shift with its
hours, leave and off in words, their total, the approval line, and only the changes that touched
them; one page however many changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desk_app.domain.roster.month import RosterState
from desk_app.domain.roster.pattern import LEAVE, OFF
from desk_app.reports.roster.person_pdf import render_person_pdf, write_person_pdf
from desk_app.reports.roster.values import CellChange, RosterChange
from tests.reports.test_roster_pdf import BEIJING, RU, ZH, flat, pages, pdf_text, sample_sheet


def _size_mm(page) -> tuple[float, float]:
    w, h = page.get_size()
    return round(w / 72 * 25.4), round(h / 72 * 25.4)


def test_a_persons_month_in_english():
    pdf = render_person_pdf(sample_sheet(), "王芳", tz=BEIJING)
    found = pages(pdf)
    assert len(found) == 1 and _size_mm(found[0]) == (210, 297)
    text = pdf_text(pdf)
    assert "王芳: March 2026" in text
    assert "08:00–20:00" in text and "20:00–08:00" in text
    assert "Leave" in text and "Off" in text
    row = sample_sheet().person("王芳")
    assert f"{row.shifts} shifts, {row.hours:.0f} h" in text
    assert "Approved by" in text and "Ольга Петрова" in text
    # Only this person's changes: the leave, not the others' swap.
    assert "家中有事" in flat(text)
    assert "Обмен" not in text
    assert "李晓明" not in text  # the cover's cell is not this person's


def test_a_persons_month_in_chinese_and_russian():
    zh = pdf_text(render_person_pdf(sample_sheet(), "李晓明", ZH, tz=BEIJING))
    assert "李晓明: 2026年3月" in zh
    assert "审核人" in zh and "休息" in zh
    ru = pdf_text(render_person_pdf(sample_sheet(), " Мария  Иванова ", RU, tz=BEIJING))
    assert "Мария Иванова: Март 2026" in ru
    assert "Утвердил" in ru and flat("Обмен сменами") in flat(ru)


def test_a_draft_persons_month_says_not_approved():
    text = flat(pdf_text(render_person_pdf(sample_sheet(state=RosterState.DRAFT), "王芳", ZH)))
    assert text.count("未审批") >= 3


def test_many_changes_still_fit_one_page():
    many = tuple(
        RosterChange(
            at=datetime(2026, 3, 1, tzinfo=UTC) + timedelta(hours=i),
            kind="swap",
            asked_by="王芳",
            approved_by="张主管",
            reason="reason " * 12,
            cells=(CellChange("王芳", date(2026, 3, 1 + i % 28), "D", OFF),),
        )
        for i in range(60)
    )
    sheet = replace(sample_sheet(), changes=many)
    assert len(pages(render_person_pdf(sheet, "王芳", tz=BEIJING))) == 1


def test_someone_not_on_the_month_is_refused():
    with pytest.raises(LookupError):
        render_person_pdf(sample_sheet(), "Nobody")


def test_a_month_starting_on_monday_and_february():
    sheet = sample_sheet(year=2026, month=6)  # 1 June 2026 is a Monday
    text = pdf_text(render_person_pdf(sheet, "John Smith"))
    assert "30" in text and "31" not in text.split("June")[-1].split("shifts")[0]
    sheet = sample_sheet(year=2027, month=2)
    assert len(pages(render_person_pdf(sheet, "John Smith"))) == 1


def test_leave_days_print_as_leave(tmp_path: Path):
    sheet = sample_sheet()
    assert sheet.person("王芳").cells[9] == LEAVE
    target = tmp_path / "me.pdf"
    write_person_pdf(target, sheet, "王芳", ZH, tz=BEIJING)
    assert "请假" in pdf_text(target.read_bytes())
