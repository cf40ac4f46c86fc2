"""Supervision → Inspection analysis…: a few inspections recorded through the services, read back
as the dialog shows them (the period's figures, overdue in red, the three tables, their charts),
an item renamed since read by its new words, the workbook exported in the printout's language;
a clerk is not offered it.

Screenshots: set DESK_SHOTS to a folder to keep inspection_analysis_<tab>.png there.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QHorizontalBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desk_app.domain.supervision.checklist import DEFAULT_CODES, ChecklistItem
from desk_app.domain.supervision.inspection import Answer, Result
from desk_app.formats import format_date
from desk_app.services import accounts
from desk_app.services.log import commands as log_commands
from desk_app.services.supervision import checklist as checklists
from desk_app.services.supervision import inspections
from desk_app.ui.shell.main_window import MainWindow
from desk_app.ui.supervision.analysis_dialog import InspectionAnalysisDialog
from tests.ui.conftest import UI_START


def _inspect(desk, supervisor, clerk, failed=(), na=()):
    listing = checklists.get_checklist(desk, supervisor)
    answers = {}
    for code in listing.codes:
        if code in failed:
            answers[code] = Answer(
                code,
                Result.FAIL,
                cause="Не проверил",
                correction="Исправить",
                owner_id=clerk.id,
                due_at=desk.clock.now() + timedelta(hours=1),
            )
        else:
            answers[code] = Answer(code, Result.NOT_APPLICABLE if code in na else Result.PASS)
    return inspections.record_inspection(
        desk,
        supervisor,
        kind="spot",
        at=desk.clock.now() - timedelta(minutes=5),
        clerk_ids=[clerk.id],
        checklist_version=listing.version,
        answers=answers,
    )


@pytest.fixture
def recorded(ui_desk, people, supervisor):
    """Three inspections of today: Иван Петров failed the duty log, 王芳 her appearance (paid
    services not applicable), then Иван Петров passed all; two corrections now past their time."""
    manager, ivan = people["manager"], people["clerk"]
    accounts.add_person(ui_desk, manager, name="王芳", role="clerk", pin="5555", pin_repeat="5555")
    wang = accounts.sign_in_by_name(ui_desk, name="王芳", pin="5555")
    log_commands.record_entry(ui_desk, ivan, category="note", text="Смена принята.")
    _inspect(ui_desk, supervisor, ivan, failed=("duty_log",))
    _inspect(ui_desk, supervisor, wang, failed=("appearance",), na=("paid_services",))
    _inspect(ui_desk, supervisor, ivan)
    ui_desk.clock.set(UI_START + timedelta(hours=3))
    return {"ivan": ivan, "wang": wang}


@pytest.fixture
def dialog(qtbot, ui_desk, supervisor, recorded, prefs, messages):
    window = MainWindow(ui_desk, supervisor, prefs, "en")
    qtbot.addWidget(window)
    assert window.supervision.analysis_action.isEnabled()
    window.supervision.analysis_action.trigger()
    found = window.supervision.pages.get("analysis")
    assert isinstance(found, InspectionAnalysisDialog)
    today = UI_START.astimezone().date()
    found.set_period(today, today)
    qtbot.waitExposed(found)
    return found


def _column(table, col: int) -> list[str]:
    return [table.item(row, col).text() for row in range(table.rowCount())]


def _bars(dialog, key: str) -> dict[str, list[float]]:
    chart = dialog.pages[key].chart_view.chart()
    (series,) = chart.series()
    assert isinstance(series, QHorizontalBarSeries)
    return {s.label(): [s.at(i) for i in range(s.count())] for s in series.barSets()}


def _names(dialog, key: str) -> list[str]:
    axis = dialog.pages[key].chart_view.chart().axes(Qt.Orientation.Vertical)[0]
    return list(axis.categories())[::-1]  # lying down, the first row is drawn at the top


def test_the_figures_tables_and_charts(dialog, messages):
    assert messages.errors == []
    assert dialog.inspections_label.text() == "Inspections: 3"
    assert dialog.open_label.text() == "Corrections open: 2"
    assert dialog.overdue_label.text() == "Overdue: 2"
    assert "color" in dialog.overdue_label.styleSheet()  # in red
    assert dialog.on_time_label.text() == "Days reviewed on time: no day due for review yet"
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "Per clerk and month",
        "Fail rate by item",
        "Fail rate by clerk",
    ]
    per = dialog.pages["per_clerk_month"].table
    assert _column(per, 0) == ["Иван Петров", "王芳"]
    assert _column(per, 2) == ["2", "1"] and _column(per, 3) == ["1", "1"]
    items = dialog.pages["by_item"].table
    assert items.horizontalHeaderItem(3).text() == "Fail rate"
    assert _column(items, 0)[:2] == ["Appearance, grooming and conduct", "The duty log"]
    assert [items.item(0, c).text() for c in (1, 2, 3)] == ["3", "1", "33.3%"]
    paid = _column(items, 0).index("Paid and courtesy services")
    assert items.item(paid, 1).text() == "2"  # not applicable once: left out
    clerks = dialog.pages["by_clerk"].table
    assert _column(clerks, 0) == ["王芳", "Иван Петров"]  # 1 of 9, then 1 of 20
    assert _column(clerks, 3) == ["11.1%", "5.0%"]
    # The charts: a bar per row, the worst at the top, rates in percent.
    rates = _bars(dialog, "by_item")["Fail rate"]
    assert len(rates) == len(DEFAULT_CODES)
    assert sorted(rates, reverse=True)[:2] == pytest.approx([100 / 3, 100 / 3])
    assert _names(dialog, "by_item")[0] == "Appearance, grooming and conduct"
    counts = _bars(dialog, "per_clerk_month")
    assert counts == {"Inspections": [1.0, 2.0], "Failed items": [1.0, 1.0]}  # bottom up
    assert _names(dialog, "by_clerk") == ["王芳", "Иван Петров"]
    assert not dialog.pages["by_item"].note.isVisibleTo(dialog)


def test_an_item_renamed_since_reads_by_its_new_words(dialog, ui_desk, people):
    items = [ChecklistItem(c) for c in DEFAULT_CODES if c != "appearance"]
    items[0] = ChecklistItem(items[0].code, "Журнал: каждая страница")
    checklists.save_checklist(ui_desk, people["manager"], items)
    dialog.refresh()
    names = _column(dialog.pages["by_item"].table, 0)
    assert "Журнал: каждая страница" in names and "The duty log" not in names
    assert names[0] == "Appearance, grooming and conduct"  # removed since: its own words


def test_an_empty_period(dialog):
    today = UI_START.astimezone().date()
    dialog.set_period(today - timedelta(days=40), today - timedelta(days=35))
    assert dialog.inspections_label.text() == "Inspections: 0"
    assert dialog.pages["by_item"].table.rowCount() == 0
    assert dialog.overdue_label.styleSheet() == ""


def test_export_to_excel(dialog, tmp_path: Path, monkeypatch):
    target = tmp_path / "analysis.xlsx"
    assert dialog.export_excel(target)
    assert str(target) in dialog.status.text()
    book = load_workbook(target)
    assert book.sheetnames == [
        "Summary",
        "Per clerk and month",
        "Fail rate by item",
        "Fail rate by clerk",
    ]
    today = format_date(UI_START.astimezone().date(), "en")
    summary = book["Summary"]
    assert summary["A1"].value == f"Inspection analysis, {today} – {today}"
    figures = {r[0]: r[1] for r in summary.iter_rows(min_row=3, values_only=True)}
    assert figures["Inspections"] == 3 and figures["Corrections overdue"] == 2
    assert summary["A8"].font.color.rgb.endswith("C0392B")  # overdue, in red
    items = book["Fail rate by item"]
    assert items["A1"].value == summary["A1"].value  # every sheet names the period
    assert [c.value for c in items[2]] == ["Item", "Answered", "Failed", "Fail rate"]
    assert items["A3"].value == "Appearance, grooming and conduct"
    assert items["D3"].value == pytest.approx(1 / 3) and items["D3"].number_format == "0.0%"
    for name in book.sheetnames[1:]:
        assert len(book[name]._images) == 1  # its chart beside it
    # In the printout's language: the items' words in Chinese, the window stays in English.
    dialog.print_language.setCurrentIndex(dialog.print_language.findData("zh_CN"))
    chinese = tmp_path / "analysis-zh.xlsx"
    assert dialog.export_excel(chinese)
    assert load_workbook(chinese).worksheets[2]["A3"].value == "仪容仪表行为规范"
    assert dialog.pages["by_item"].table.item(0, 0).text() == "Appearance, grooming and conduct"
    # Asked where: a name suggested; cancelled, nothing written.
    chosen = tmp_path / "chosen.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "Excel workbook (*.xlsx)")
    )
    assert dialog.export_excel() and chosen.exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert not dialog.export_excel()


def test_a_clerk_is_not_offered_it(qtbot, ui_desk, people, prefs, messages):
    window = MainWindow(ui_desk, people["clerk"], prefs, "en")
    qtbot.addWidget(window)
    assert not window.supervision.analysis_action.isEnabled()
    assert window.supervision.open_analysis() is None


def test_screenshot(dialog, qtbot):
    shots = os.environ.get("DESK_SHOTS")
    if not shots:
        pytest.skip("DESK_SHOTS not set")
    dialog.resize(1366, 768)
    for index, key in enumerate(("per_clerk_month", "by_item", "by_clerk")):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        dialog.grab().save(str(Path(shots) / f"inspection_analysis_{key}.png"))
