"""The month's roster as PDF (the paper 排班表), read back as a reader sees it: the title and the
month, names in Chinese and Cyrillic, the legend, the coverage with its gaps, the approval line (or
NOT APPROVED on a draft), the changes since approval, in English, Chinese and Russian; 40 people on
landscape pages with the header repeated. No Qt here. The sample sheets are shared with the
person's page and the workbook's tests."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from desk_app.domain.errors import StorageError
from desk_app.domain.roster.month import RosterState, month_days
from desk_app.domain.roster.pattern import LEAVE, OFF
from desk_app.reports.roster.pdf import render_roster_pdf, write_roster_pdf
from desk_app.reports.roster.values import (
    CellChange,
    CoverageRow,
    PersonRow,
    RosterChange,
    RosterSheet,
    ShiftLegend,
)
from desk_app.reports.roster.words import ROSTER_LABELS, label

BEIJING = timezone(timedelta(hours=8))
NAMES = [
    "王芳",
    "Мария Иванова",
    "John Smith",
    "李晓明",
    "Сергей Кузнецов",
    "Александра Константиновна Иванова-Петровская",
]
SHIFTS = (
    ShiftLegend("D", time(8), time(20), "#F6D776"),
    ShiftLegend("N", time(20), time(8), "#8FB8ED"),
)
CYCLE = ("D", "N", OFF, OFF)

ZH = {
    "language": "zh_CN",
    "roster_title": "前台排班表",
    "heading": "{month} {title}",
    "month_year": "{year}年{month}",
    **{f"month:{i}": f"{i}月" for i in range(1, 13)},
    **{f"weekday:{i}": w for i, w in enumerate("一二三四五六日")},
    "property": "物业",
    "station": "岗位",
    "state:approved": "已审批",
    "state:draft": "草稿",
    "name": "姓名",
    "hours": "工时",
    "cell:O": "休",
    "cell:L": "假",
    "off": "休息",
    "leave": "请假",
    "legend": "班次说明",
    "shift_hours": "{hours} 小时",
    "drafted_by": "拟定人",
    "submitted_by": "提交人",
    "approved_by": "审核人",
    "not_approved": "未审批",
    "not_approved_note": "本排班表尚未经经理审核，仍可能变更。",
    "changes": "审批后的变更",
    "change:leave": "请假",
    "page": "第 {page} 页，共 {pages} 页",
    "sheet:roster": "排班表",
    "sheet:legend": "班次说明",
    "sheet:changes": "变更",
}
RU = {
    "language": "ru",
    "roster_title": "График дежурств",
    "heading": "{title}: {month}",
    **{f"month:{i}": m for i, m in enumerate(["Январь", "Февраль", "Март"], start=1)},
    **{f"weekday:{i}": w for i, w in enumerate(["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"])},
    "name": "Сотрудник",
    "hours": "Часы",
    "cell:O": "В",
    "cell:L": "О",
    "legend": "Смены",
    "shift_hours": "{hours} ч",
    "drafted_by": "Составил",
    "approved_by": "Утвердил",
    "not_approved": "НЕ УТВЕРЖДЁН",
    "changes": "Изменения после утверждения",
    "change:swap": "Обмен сменами",
    "page": "Страница {page} из {pages}",
    "sheet:roster": "График",
    "sheet:legend": "Смены",
    "sheet:changes": "Изменения",
}
LANGUAGES = {"en": {"language": "en"}, "zh_CN": ZH, "ru": RU}


def sample_sheet(
    people: int = 6,
    state: RosterState = RosterState.APPROVED,
    year: int = 2026,
    month: int = 3,
    changes: bool = True,
) -> RosterSheet:
    days = month_days(year, month)
    rows = []
    for p in range(people):
        name = NAMES[p] if p < len(NAMES) else f"Clerk {p + 1:02d} 员工"
        cells = [CYCLE[(i + p) % len(CYCLE)] for i in range(len(days))]
        if p == 0:
            cells[9:12] = [LEAVE] * 3
        hours = sum(12.0 for c in cells if c in ("D", "N"))
        rows.append(PersonRow(name, tuple(cells), hours))
    coverage = tuple(
        CoverageRow(
            s.code, tuple(sum(1 for r in rows if r.cells[i] == s.code) for i in range(len(days))), 2
        )
        for s in SHIFTS
    )
    approved = state is RosterState.APPROVED
    return RosterSheet(
        station="前台 Front desk 1",
        property_name="华府酒店 Huafu Hotel",
        year=year,
        month=month,
        state=state,
        shifts=SHIFTS,
        people=tuple(rows),
        coverage=coverage,
        drafted_by="张主管",
        drafted_at=datetime(2026, 2, 18, 2, 30, tzinfo=UTC),
        submitted_by="张主管" if state is not RosterState.DRAFT else "",
        submitted_at=datetime(2026, 2, 19, 3, 0, tzinfo=UTC)
        if state is not RosterState.DRAFT
        else None,
        approved_by="Ольга Петрова" if approved else "",
        approved_at=datetime(2026, 2, 24, 8, 15, tzinfo=UTC) if approved else None,
        changes=(
            RosterChange(
                at=datetime(2026, 3, 8, 1, 0, tzinfo=UTC),
                kind="leave",
                asked_by="王芳",
                approved_by="张主管",
                reason="家中有事 (family matter)",
                cells=(
                    CellChange("王芳", date(2026, 3, 10), "D", LEAVE),
                    CellChange("李晓明", date(2026, 3, 10), OFF, "D"),
                ),
            ),
            RosterChange(
                at=datetime(2026, 3, 15, 9, 30, tzinfo=UTC),
                kind="swap",
                asked_by="Мария Иванова",
                approved_by="张主管",
                reason="Обмен по семейным обстоятельствам",
                cells=(
                    CellChange("Мария Иванова", date(2026, 3, 20), "N", OFF),
                    CellChange("Сергей Кузнецов", date(2026, 3, 20), OFF, "N"),
                ),
            ),
        )
        if approved and changes
        else (),
    )


def pages(pdf: bytes) -> list[pdfium.PdfPage]:
    document = pdfium.PdfDocument(pdf)
    return [document[i] for i in range(len(document))]


def page_text(page: pdfium.PdfPage) -> str:
    return page.get_textpage().get_text_range()


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page_text(p) for p in pages(pdf))


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _size_mm(page: pdfium.PdfPage) -> tuple[float, float]:
    w, h = page.get_size()
    return round(w / 72 * 25.4), round(h / 72 * 25.4)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_month_in_each_language(language: str):
    labels = LANGUAGES[language]
    sheet = sample_sheet()
    pdf = render_roster_pdf(sheet, labels, tz=BEIJING)
    found = pages(pdf)
    assert all(_size_mm(p) == (297, 210) for p in found)
    text = flat(pdf_text(pdf))
    for key in ("roster_title", "legend", "drafted_by", "approved_by", "changes", "name", "hours"):
        assert flat(label(labels, key)) in text, key
    for name in NAMES[:5]:
        assert flat(name) in text, name
    # The approval line: who and when, on the desk's clock in the language's format.
    stamp = {"en": "24 Feb 2026 16:15", "zh_CN": "2026-02-24 16:15", "ru": "24.02.2026 16:15"}
    assert flat("Ольга Петрова") in text
    assert flat(stamp[language]) in text
    assert flat(label(labels, "not_approved")) not in text
    # The legend: each shift with its hours.
    assert "08:00–20:00" in text and "20:00–08:00" in text
    assert flat(label(labels, "shift_hours", hours="12")) in text
    assert flat(label(labels, "page", page=1, pages=len(found))) in text
    # The changes since approval, with the reason and the cells they changed.
    assert flat("家中有事 (family matter)") in text
    assert flat("Обмен по семейным обстоятельствам") in text


def test_the_title_and_letters_in_chinese():
    text = pdf_text(render_roster_pdf(sample_sheet(), ZH, tz=BEIJING))
    assert "2026年3月 前台排班表" in text
    assert "休" in text and "假" in text  # off and leave in the reader's letters
    assert "一" in text and "日" in text  # the weekdays' initials
    assert "第 1 页，共 1 页" in text


def test_the_title_in_russian():
    text = pdf_text(render_roster_pdf(sample_sheet(), RU, tz=BEIJING))
    assert "График дежурств: Март 2026" in text
    assert "Пн" in text and "Вс" in text
    assert "Утвердил" in text and "Составил" in text


def test_a_draft_says_not_approved_clearly():
    sheet = sample_sheet(state=RosterState.DRAFT)
    for labels in LANGUAGES.values():
        text = flat(pdf_text(render_roster_pdf(sheet, labels, tz=BEIJING)))
        refused = flat(label(labels, "not_approved"))
        assert text.count(refused) >= 3  # the watermark, the banner and the approval line
        assert flat(label(labels, "changes")) not in text  # nothing approved, nothing since


def test_a_month_sent_back_says_why():
    from dataclasses import replace

    sheet = replace(sample_sheet(state=RosterState.DRAFT), sent_back_reason="周末人手不足")
    text = pdf_text(render_roster_pdf(sheet, tz=BEIJING))
    assert "Sent back: 周末人手不足" in text


def test_forty_people_go_on_over_pages_with_the_header_repeated():
    sheet = sample_sheet(people=40)
    found = pages(render_roster_pdf(sheet, tz=BEIJING))
    assert len(found) >= 2
    texts = [page_text(p) for p in found]
    for text in texts[:2]:
        assert "Name" in text and "Hours" in text  # the grid's header on every page it runs over
    everything = "\n".join(texts)
    for n in range(7, 41):
        assert f"Clerk {n:02d} 员工" in everything


def test_a_long_name_is_cut_not_spilled():
    text = pdf_text(render_roster_pdf(sample_sheet(), tz=BEIJING))
    assert "Александра" in text
    assert "Иванова-Петровская" not in text.replace("\n", "")
    assert "…" in text


def test_every_day_of_the_month_has_its_column():
    for year, month, days in ((2026, 2, 28), (2026, 3, 31), (2026, 4, 30)):
        text = page_text(pages(render_roster_pdf(sample_sheet(year=year, month=month)))[0])
        numbers = set(re.findall(r"\d+", text))
        assert {str(d) for d in range(1, days + 1)} <= numbers


def test_no_changes_since_approval_says_none():
    text = pdf_text(render_roster_pdf(sample_sheet(changes=False), tz=BEIJING))
    assert "Changes since approval" in text
    assert "None" in text


def test_naive_times_are_refused():
    from dataclasses import replace

    sheet = replace(sample_sheet(), approved_at=datetime(2026, 2, 24, 8, 15))
    with pytest.raises(ValueError):
        render_roster_pdf(sheet)


def test_a_row_of_the_wrong_length_is_refused():
    with pytest.raises(ValueError):
        RosterSheet("s", "", 2026, 2, RosterState.DRAFT, SHIFTS, (PersonRow("x", ("D",), 12),), ())


def test_written_atomically(tmp_path: Path):
    target = tmp_path / "roster.pdf"
    write_roster_pdf(target, sample_sheet(), tz=BEIJING)
    assert target.read_bytes().startswith(b"%PDF")
    with pytest.raises(StorageError):
        write_roster_pdf(tmp_path / "missing" / "roster.pdf", sample_sheet(), tz=BEIJING)


def test_every_label_has_an_english_default():
    for key in ROSTER_LABELS:
        assert label(None, key)
