"""The inspection analysis's printouts from plain values: the workbook (the summary, a sheet per
table under a title row naming the period, counts and shares as numbers, times as dates, a chart's
picture beside its table) and the month's PDF (the analysis, then every record on a page of its
own with its acknowledgement and seal, each page's footer naming its own part), read back in
Chinese and Cyrillic. No Qt here."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from openpyxl import load_workbook
from PIL import Image

from desk_app.reports.supervision.analysis_values import (
    COUNT,
    SHARE,
    TEXT,
    TIME,
    AnalysisPrint,
    AnalysisTable,
    Figure,
)
from desk_app.reports.supervision.analysis_xlsx import write_analysis_xlsx
from desk_app.reports.supervision.inspections_pdf import render_inspections_pdf
from tests.reports.test_inspection_pdf import sheet
from tests.reports.test_roster_pdf import flat, page_text, pages, pdf_text

ZH = {"language": "zh_CN", "page": "第 {page} 页，共 {pages} 页"}
AT = datetime(2026, 12, 7, 2, 15, tzinfo=UTC)


def analysis(rows: int = 3, listed: bool = False) -> AnalysisPrint:
    tables = [
        AnalysisTable(
            "per_clerk_month",
            "按员工和月份",
            ("员工", "月份", "检查次数", "不合格项"),
            (TEXT, TEXT, COUNT, COUNT),
            (("王芳", "2026年12月", 4, 2), ("Ольга Иванова", "2026年12月", 1, 0)),
        ),
        AnalysisTable(
            "by_item",
            "各项目不合格率",
            ("项目", "检查", "不合格", "不合格率"),
            (TEXT, COUNT, COUNT, SHARE),
            tuple((f"项目 {n}", 5, 5 - n, (5 - n) / 5) for n in range(rows)),
            "本期无检查。",
        ),
        AnalysisTable("by_clerk", "各员工不合格率", ("员工",), (TEXT,), (), "本期无检查。"),
    ]
    if listed:
        tables.append(
            AnalysisTable(
                "inspections",
                "检查记录",
                ("编号", "时间", "员工", "印章"),
                (TEXT, TIME, TEXT, TEXT),
                ((12, AT, "王芳", "ab12" * 16),),
            )
        )
    return AnalysisPrint(
        title="检查分析，2026-12-01 – 2026-12-31",
        summary_name="汇总",
        summary=(
            Figure("检查次数", 5),
            Figure("按时复核的天数比例", 0.875, SHARE),
            Figure("逾期整改", 2, alert=True),
        ),
        tables=tuple(tables),
        footer="Front desk · 检查分析",
        labels=ZH,
    )


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (960, 520), "white").save(out, "PNG")
    return out.getvalue()


def test_the_workbook(tmp_path):
    target = tmp_path / "analysis.xlsx"
    write_analysis_xlsx(target, analysis(listed=True), {"by_item": _png()})
    book = load_workbook(target)
    assert book.sheetnames == [
        "汇总",
        "按员工和月份",
        "各项目不合格率",
        "各员工不合格率",
        "检查记录",
    ]
    summary = book["汇总"]
    assert summary["A1"].value == "检查分析，2026-12-01 – 2026-12-31"
    assert [(r[0], r[1]) for r in summary.iter_rows(min_row=3, values_only=True)] == [
        ("检查次数", 5),
        ("按时复核的天数比例", 0.875),
        ("逾期整改", 2),
    ]
    assert summary["B4"].number_format == "0.0%"
    assert summary["A5"].font.color.rgb.endswith("C0392B")
    items = book["各项目不合格率"]
    assert items["A1"].value.startswith("检查分析")  # every sheet names the period
    assert [c.value for c in items[2]] == ["项目", "检查", "不合格", "不合格率"]
    assert [c.value for c in items[3]] == ["项目 0", 5, 5, 1.0]
    assert items.freeze_panes == "A3" and items.auto_filter.ref == "A2:D5"
    assert len(items._images) == 1 and not book["按员工和月份"]._images
    assert book["各员工不合格率"]["A3"].value == "本期无检查。"
    listed = book["检查记录"]
    assert listed["B3"].value == AT.astimezone().replace(tzinfo=None)
    assert listed["B3"].number_format == "yyyy-mm-dd hh:mm"  # the language's pattern
    assert listed["D3"].value == "ab12" * 16


def test_the_months_pdf_with_its_records():
    records = [sheet(), sheet(40)]
    pdf = render_inspections_pdf(analysis(), records)
    read = pages(pdf)
    assert len(read) == 3  # the analysis on one page, then a page per record
    first = flat(page_text(read[0]))
    for words in (
        "检查分析",
        "检查次数",
        "87.5%",
        "按员工和月份",
        "Ольга",
        "项目 2",
        "60.0%",
        "本期无检查",
    ):
        assert flat(words) in first, words
    assert flat("Front desk · 检查分析") in first and flat("第 1 页，共 3 页") in first
    for page in read[1:]:
        text = flat(page_text(page))
        assert flat("检查 第12号") in text and flat("已确认：王芳") in text and "ab12ab12" in text
        assert flat("Front desk · 检查 第12号") in text  # the record's own footer
    assert "Ольга Иванова" in pdf_text(pdf)


def test_a_long_analysis_runs_on_before_the_records():
    pdf = render_inspections_pdf(analysis(rows=120), [sheet()])
    read = pages(pdf)
    assert len(read) >= 3
    assert flat("检查分析") in flat(page_text(read[1]))  # its pages keep the analysis's footer
    assert flat("检查 第12号") in flat(page_text(read[-1]))
    assert flat("检查 第12号") not in flat(page_text(read[-2]))
