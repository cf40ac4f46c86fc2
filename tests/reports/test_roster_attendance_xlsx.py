"""The month's attendance workbook read back: the summary per person with its total, every day's
shifts with real times, late and no-show rows shaded, the words in Chinese, a month not approved."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

from openpyxl import load_workbook

from desk_app.domain.roster.attendance import (
    AttendancePeriod,
    SignIn,
    attendance,
    desk_shifts,
    planned_shifts,
    summary,
)
from desk_app.domain.roster.month import Roster
from desk_app.domain.roster.pattern import pattern_from_starts
from desk_app.reports.roster.attendance_xlsx import ATTENDANCE_LABELS, write_attendance_xlsx

PATTERN = pattern_from_starts((time(8), time(20)))
NAMES = {"a": "王芳", "b": "Анна Петрова", "c": "Oleg"}


def at(d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2026, 4, d, hh, mm, tzinfo=UTC)


def period() -> AttendancePeriod:
    days = [date(2026, 4, d) for d in (1, 2)]
    roster = Roster(
        2026,
        4,
        PATTERN,
        ("a", "b", "c"),
        {("a", days[0]): "D", ("b", days[0]): "N", ("a", days[1]): "N", ("b", days[1]): "D"},
    )
    rows = attendance(
        planned_shifts(roster, days, UTC),
        desk_shifts(PATTERN, [date(2026, 3, 31), *days, date(2026, 4, 3)], UTC),
        [SignIn("a", at(1, 7, 50)), SignIn("b", at(1, 20, 40)), SignIn("c", at(2, 7, 55))],
        [],
        days=days,
        now=at(3, 12),
    )
    return AttendancePeriod(
        "Front desk 1", days[0], days[-1], True, tuple(rows), tuple(summary(rows, "abc")), NAMES
    )


def test_the_summary_and_the_days_read_back(tmp_path):
    path = tmp_path / "attendance.xlsx"
    write_attendance_xlsx(path, period(), {"language": "en"}, UTC)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Summary", "Days"]
    ws = wb["Summary"]
    assert ws["A1"].value == "Attendance: April 2026" and ws["B2"].value == "Front desk 1"
    table = [[c.value for c in row] for row in ws.iter_rows(min_row=5)]
    assert table[0] == ["Name", *(ATTENDANCE_LABELS[k] for k in (
        "shifts_rostered", "shifts_worked", "hours_rostered", "hours_worked",
        "late", "no_show", "left_early", "extra",
    ))]  # fmt: skip
    assert table[1] == ["王芳", 2, 1, 24, 12, 0, 1, 0, 0]
    assert table[2] == ["Анна Петрова", 2, 1, 24, 11.33, 1, 1, 0, 0]
    assert table[3] == ["Oleg", 0, 1, 0, 12, 0, 0, 0, 1]
    assert table[4] == ["Total", 4, 3, 48, 35.33, 1, 2, 0, 1]
    days = [[c.value for c in row] for row in wb["Days"].iter_rows(min_row=2)]
    assert [(r[0].day, r[1], r[4], r[5]) for r in days] == [
        (1, "D", "王芳", "On time"),
        (1, "N", "Анна Петрова", "Late"),
        (2, "D", "Анна Петрова", "No-show"),
        (2, "D", "Oleg", "Extra shift"),
        (2, "N", "王芳", "No-show"),
    ]
    assert days[0][2] == datetime(2026, 4, 1, 8) and days[0][6] == datetime(2026, 4, 1, 7, 50)
    assert days[1][10] == 40  # minutes late
    shaded = {r[0].row: r[0].fill.fgColor.rgb for r in wb["Days"].iter_rows(min_row=2)}
    assert shaded[3].endswith("FCE3C0") and shaded[4].endswith("F5C6C1")


def test_the_words_in_the_readers_language_and_a_month_not_approved(tmp_path):
    path = tmp_path / "考勤.xlsx"
    labels = {
        "language": "zh_CN",
        "attendance_title": "考勤",
        "heading": "{title}：{month}",
        "month_year": "{year}年{month}",
        "month:4": "4月",
        "sheet:summary": "汇总",
        "sheet:days": "每日",
        "outcome:late": "迟到",
        "and_left_early": "{outcome}，早退",  # kept placeholders
        "grace_note": "迟到：晚于班次开始 {分钟} 分钟",  # a lost placeholder: English
    }
    write_attendance_xlsx(path, replace(period(), approved=False), labels, UTC)
    wb = load_workbook(path)
    assert wb.sheetnames == ["汇总", "每日"]
    ws = wb["汇总"]
    assert ws["A1"].value == "考勤：2026年4月"
    assert ws["A3"].value == ATTENDANCE_LABELS["not_approved_note"]
    assert ws["A4"].value == "Late: arrived more than 10 min after the shift's start."
    assert wb["每日"]["F3"].value == "迟到"
