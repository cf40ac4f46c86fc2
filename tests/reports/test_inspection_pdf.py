"""An inspection record on one A4 page, read back: its title, every item with the answer, a
failed one's correction, the acknowledgement and the seal, in Chinese and Cyrillic; forty items
still one page."""

from __future__ import annotations

from desk_app.reports.supervision.inspection_pdf import (
    InspectionRow,
    InspectionSheet,
    render_inspection_pdf,
)
from tests.reports.test_roster_pdf import flat, pages, pdf_text


def sheet(rows: int = 10) -> InspectionSheet:
    return InspectionSheet(
        title="检查 第12号",
        subtitle="抽查，2026-12-07 10:15，工作站：Front desk。检查人：Ольга Иванова；被检查员工：王芳。",
        state="已确认",
        headings=("项目", "结果", "备注", "整改措施"),
        rows=tuple(
            InspectionRow(
                n,
                "前台环境" if n == 3 else f"项目 {n}",
                "不合格" if n == 3 else "合格",
                "台面杂乱" if n == 3 else "",
                "原因：交班前未整理；整改：每班开始前清理台面（王芳，期限 2026-12-08 10:15）"
                if n == 3
                else "",
                failed=n == 3,
            )
            for n in range(1, rows + 1)
        ),
        comment="意见：整体良好。",
        acknowledgement="已确认：王芳，2026-12-07 10:20。",
        seal="封签：" + "ab12" * 16,
        footer="Front desk · 检查 第12号",
        labels={"language": "zh_CN", "page": "第 {page} 页，共 {pages} 页"},
    )


def test_the_record_reads_back():
    pdf = render_inspection_pdf(sheet())
    text = flat(pdf_text(pdf))
    for words in ("检查第12号", "前台环境", "不合格", "每班开始前清理台面", "已确认：王芳", "ab12ab12"):
        assert flat(words) in text, words
    assert "Ольга" in pdf_text(pdf)
    assert len(pages(pdf)) == 1


def test_forty_items_still_fit_one_page():
    assert len(pages(render_inspection_pdf(sheet(40)))) == 1
