"""The complaint analysis dialog: chart and table by each grouping, exports, and who may see it.

Screenshots: set DESK_SHOTS to a folder to keep analysis_en.png, analysis_zh_CN.png and
analysis_ru.png (and their _day, _week and _staff views) there.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QHorizontalBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desk_app.domain.complaints import ComplaintCategory
from desk_app.formats import format_date
from desk_app.services.complaints import commands as complaints_commands
from desk_app.translators import install_language
from desk_app.ui.complaints.analysis_dialog import MAX_BARS, ComplaintAnalysisDialog
from tests.ui.conftest import UI_START, add_supervisor

HOUR = timedelta(hours=1)
# How long before UI_START each complaint of ``history`` was received.
AGES = [
    timedelta(days=2),
    timedelta(hours=46),
    timedelta(days=1),
    timedelta(hours=23),
    timedelta(hours=5),
    timedelta(hours=3),
    timedelta(hours=2),
]


@pytest.fixture
def supervisor(ui_desk, people):
    return add_supervisor(ui_desk, people["manager"], "张主管", "333333")


def _complaint(desk, actor, category, ago: timedelta, promise=HOUR, **kw):
    desk.clock.set(UI_START - ago)
    return complaints_commands.intake(
        desk,
        actor,
        channel="phone",
        guest_name=kw.pop("guest", "Ольга Смирнова"),
        room="1205",
        category=category,
        severity="medium",
        text="Кондиционер шумит всю ночь / 空调整夜噪音",
        promised_at=desk.clock.now() + promise,
    )


def _step(desk, actor, view, action, after: timedelta, **kw):
    desk.clock.set(view_time(view) + after)
    return complaints_commands.act(
        desk, actor, view.id, action, expected_version=view.version, note=action, **kw
    )


def view_time(view):
    return view.received_at


@pytest.fixture
def history(ui_desk, people, supervisor):
    """Seven complaints over the last three days, some replied late, one settled with money."""
    clerk = people["clerk"]
    a = _complaint(ui_desk, clerk, "noise", timedelta(days=2))
    a = _step(ui_desk, clerk, a, "reply", 20 * timedelta(minutes=1))
    _step(
        ui_desk,
        supervisor,
        a,
        "resolve",
        3 * HOUR,
        outcome="Починили",
        compensation="250",
        compensation_kind="скидка",
    )
    b = _complaint(ui_desk, clerk, "noise", timedelta(hours=46), promise=timedelta(minutes=30))
    _step(ui_desk, clerk, b, "reply", 2 * HOUR)  # late
    _complaint(ui_desk, clerk, "cleanliness", timedelta(days=1))
    c = _complaint(ui_desk, clerk, "billing", timedelta(hours=23), guest="李先生")
    _step(ui_desk, clerk, c, "assign", 5 * timedelta(minutes=1), assignee_id=supervisor.id)
    _complaint(ui_desk, supervisor, "food", timedelta(hours=5))
    _complaint(ui_desk, supervisor, "safety", timedelta(hours=3))
    _complaint(ui_desk, clerk, "maintenance", timedelta(hours=2))
    ui_desk.clock.set(UI_START + HOUR)


def _bars(dialog: ComplaintAnalysisDialog) -> dict[str, list[float]]:
    """Each bar set's values by its name, in the table's order (top to bottom when lying)."""
    series = dialog.chart.series()
    assert len(series) == 1
    assert isinstance(series[0], QHorizontalBarSeries if dialog.horizontal_bars else QBarSeries)
    sets = {}
    for bar_set in series[0].barSets():
        values = [bar_set.at(i) for i in range(bar_set.count())]
        sets[bar_set.label()] = values[::-1] if dialog.horizontal_bars else values
    return sets


def _axis_labels(dialog: ComplaintAnalysisDialog) -> list[str]:
    (axis,) = [a for a in dialog.chart.axes() if isinstance(a, QBarCategoryAxis)]
    labels = axis.categories()
    return labels[::-1] if dialog.horizontal_bars else labels


@pytest.fixture
def dialog(qtbot, ui_desk, supervisor, history, messages):
    dlg = ComplaintAnalysisDialog(ui_desk, supervisor)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_by_category_chart_and_table(dialog, messages):
    assert messages.errors == []
    assert dialog.current_grouping() == "category"
    bars = _bars(dialog)
    counts, overdue = bars["Complaints"], bars["Overdue"]
    assert len(counts) == len(overdue) == len(ComplaintCategory)
    assert sum(counts) == 7
    assert counts[0] == 2 and overdue[0] == 1  # noise: one replied late
    assert _axis_labels(dialog)[:2] == ["Noise", "Cleanliness"]
    model = dialog.model
    assert model.rowCount() == len(ComplaintCategory) + 1
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == "Total"
    assert model.index(last, 1).data() == "7"
    assert model.index(last, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 6).data() == "250.00"  # noise's compensation
    assert model.index(1, 4).data() == "—"  # cleanliness: no reply yet, no median
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Category"


def test_switching_grouping_redraws(dialog, qtbot):
    dialog.set_grouping("day")
    assert not dialog.horizontal_bars
    counts = _bars(dialog)["Complaints"]
    assert len(counts) == len(dialog.analysis.rows) >= 3
    assert sum(counts) == 7
    assert dialog.model.rowCount() == len(dialog.analysis.rows) + 1
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Day"

    dialog.set_grouping("staff")
    assert dialog.horizontal_bars
    counts = _bars(dialog)["Complaints"]
    names = _axis_labels(dialog)
    assert sorted(names) == ["Иван Петров", "张主管"]
    assert sum(counts) == 7

    dialog.group_by.setCurrentIndex(dialog.group_by.findData("month"))  # as a person would
    assert dialog.analysis.group_by == "month"
    assert len(_bars(dialog)["Overdue"]) == len(dialog.analysis.rows)

    dialog.set_grouping("week")
    # Short under the bars (the year only when the weeks span two); in full in the table.
    assert all(label.startswith("W") and label[1:].isdigit() for label in _axis_labels(dialog))
    assert dialog.model.index(0, 0).data().startswith("Week ")


def test_period_narrows_the_figures(dialog):
    today = UI_START.astimezone().date()
    dialog.set_period(today, today)
    received = [UI_START - ago for ago in AGES]
    expected = sum(1 for t in received if t.astimezone().date() == today)
    assert dialog.analysis.total.count == expected
    since, until = dialog.period()
    assert until - since >= timedelta(hours=23)
    assert dialog.analysis.since == since and dialog.analysis.until == until
    dialog.set_period(today - timedelta(days=10), today - timedelta(days=5))
    assert dialog.analysis.total.count == 0
    assert _bars(dialog)["Complaints"] == [0.0] * len(ComplaintCategory)


def test_many_periods_are_cut_in_the_chart_only(dialog, ui_desk, people):
    today = UI_START.astimezone().date()
    dialog.set_grouping("day")
    dialog.set_period(today - timedelta(days=200), today)
    assert len(dialog.analysis.rows) >= 3
    complaints_commands.intake(
        ui_desk,
        people["clerk"],
        received_at=UI_START - timedelta(days=150),
        channel="email",
        guest_name="Old",
        category="other",
        severity="low",
        text="old one",
        promised_at=UI_START - timedelta(days=149),
    )
    dialog.refresh()
    assert len(dialog.analysis.rows) > MAX_BARS
    assert len(_bars(dialog)["Complaints"]) == MAX_BARS
    # The latest periods: the chart ends on the table's last row.
    assert _axis_labels(dialog)[-1] == dialog.key_label(dialog.analysis.rows[-1].key)
    assert dialog.note.isVisible()
    assert dialog.model.rowCount() == len(dialog.analysis.rows) + 1


def test_exports(dialog, tmp_path: Path, messages, monkeypatch):
    dialog.set_grouping("category")
    analysis_path = tmp_path / "analysis.xlsx"
    assert dialog.export_analysis(analysis_path)
    ws = openpyxl.load_workbook(analysis_path).active
    first, last = (d.date().toPython() for d in (dialog.date_from, dialog.date_to))
    assert ws["A1"].value == (
        f"Complaint analysis, {format_date(first, 'en')} – {format_date(last, 'en')}"
    )
    assert [c.value for c in ws[2]] == [" ".join(h.split()) for h in dialog.headers()]
    assert ws["E2"].value == "First reply, median (min)"
    assert ws["A3"].value == "Noise"
    assert len(ws._images) == 1  # the chart
    assert ws.cell(row=ws.max_row, column=1).value == "Total"
    assert ws.cell(row=ws.max_row, column=2).value == 7
    assert str(analysis_path) in dialog.status.text()

    register_path = tmp_path / "register.xlsx"
    assert dialog.export_register(register_path)
    ws = openpyxl.load_workbook(register_path).active
    assert ws.max_row == 1 + 7
    header = [c.value for c in ws[1]]
    assert header[:3] == ["No.", "Received", "Channel"]
    assert "李先生" in [c.value for c in ws["D"]]
    # Coded values in the reader's words, as the window shows them.
    assert {c.value for c in ws["C"][1:]} == {"Phone"}
    assert {"Received", "Replied", "Resolved", "Assigned"} == {c.value for c in ws["K"][1:]}
    assert "Noise" in {c.value for c in ws["G"][1:]}

    # Through the file dialog: the .xlsx suffix is added when the name has none.
    chosen = tmp_path / "chosen"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "Excel workbook (*.xlsx)")
    )
    assert dialog.export_analysis()
    assert (tmp_path / "chosen.xlsx").exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert not dialog.export_register()
    assert messages.errors == []


def test_export_to_a_missing_folder_says_so(dialog, tmp_path: Path, messages):
    target = tmp_path / "gone" / "a.xlsx"
    assert not dialog.export_register(target)
    assert len(messages.errors) == 1
    assert "does not exist" in messages.errors[0]
    assert not target.parent.exists()


def test_clerk_is_refused(qtbot, ui_desk, people, history, messages):
    dlg = ComplaintAnalysisDialog(ui_desk, people["clerk"])
    qtbot.addWidget(dlg)
    assert messages.errors == ["Complaint analysis is for supervisors and managers."]
    assert dlg.analysis is None
    assert dlg.model.rowCount() == 0
    assert not dlg.export_analysis_button.isEnabled()
    assert not dlg.export_register_button.isEnabled()


@pytest.mark.parametrize("language", ["en", "zh_CN", "ru"])
def test_screenshot(qtbot, ui_desk, supervisor, history, messages, tmp_path, language):
    install_language(language)
    try:
        dlg = ComplaintAnalysisDialog(ui_desk, supervisor)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        shots = os.environ.get("DESK_SHOTS")
        folder = Path(shots) if shots else tmp_path
        folder.mkdir(parents=True, exist_ok=True)
        today = UI_START.astimezone().date()
        dlg.set_period(today - timedelta(days=60), today)
        for group_by, suffix in (
            ("category", ""),
            ("day", "_day"),
            ("week", "_week"),
            ("staff", "_staff"),
        ):
            dlg.set_grouping(group_by)
            qtbot.wait(20)  # let the chart lay itself out
            picture = dlg.grab()
            assert not picture.isNull()
            assert picture.save(str(folder / f"analysis_{language}{suffix}.png"))
    finally:
        install_language("en")
    assert messages.errors == []
