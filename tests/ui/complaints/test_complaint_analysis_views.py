"""The analysis as the supervisor and manager found it lacking (issue 17, point 8): whom a complaint
counts against by staff (two views), a week chart whose names can be read and whose tallest bar
stays below the top, and the exported sheet's title row and chart."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from desk_app.formats import format_date
from desk_app.services.complaints import commands as complaints_commands
from desk_app.translators import install_language
from desk_app.ui.complaints.analysis_chart import labels_fit, value_ceiling
from desk_app.ui.complaints.analysis_dialog import ComplaintAnalysisDialog
from tests.ui.complaints import test_complaint_analysis_dialog as analysis_tests
from tests.ui.conftest import UI_START

# The analysis dialog's tests' supervisor (张主管) and their seven complaints, here too.
supervisor = analysis_tests.supervisor
history = analysis_tests.history
_bars = analysis_tests._bars


@pytest.mark.parametrize(
    ("top", "expected"),
    [(0, (1, 2)), (1, (2, 3)), (4, (5, 6)), (5, (6, 7)), (9, (10, 11)), (10, (12, 7)),
     (37, (40, 9)), (98, (120, 7)), (1000, (1200, 7))],
)  # fmt: skip
def test_value_ceiling_is_round_and_above_the_tallest_bar(top, expected):
    assert value_ceiling(top) == expected


def test_value_ceiling_always_leaves_room_in_whole_steps():
    for top in range(0, 3000):
        ceiling, ticks = value_ceiling(top)
        steps = ticks - 1
        assert ceiling > top and ceiling >= top * 1.08, top
        assert 1 <= steps <= 10 and ceiling % steps == 0, top
        step = ceiling // steps
        assert str(step).rstrip("0") in ("1", "2", "5"), top  # 1, 2 or 5 times ten to a power


@pytest.fixture
def weeks(ui_desk, people, history):
    """Besides ``history``, complaints over the twelve weeks before it, most in the latest."""
    clerk = people["clerk"]
    for week in range(1, 13):
        for n in range(1 if week > 1 else 5):
            ui_desk.clock.set(UI_START - timedelta(weeks=week, hours=n))
            complaints_commands.intake(
                ui_desk,
                clerk,
                channel="walk_in",
                guest_name=f"Guest {week}-{n}",
                category="noise",
                severity="low",
                text="Loud music",
                promised_at=ui_desk.clock.now() + timedelta(hours=1),
            )
    ui_desk.clock.set(UI_START + timedelta(hours=1))


@pytest.fixture
def dialog(qtbot, ui_desk, supervisor, weeks, messages):
    dlg = ComplaintAnalysisDialog(ui_desk, supervisor)
    qtbot.addWidget(dlg)
    today = UI_START.astimezone().date()
    dlg.set_period(today - timedelta(weeks=14), today)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _axes(dialog):
    (names,) = [a for a in dialog.chart.axes() if isinstance(a, QBarCategoryAxis)]
    (values,) = [a for a in dialog.chart.axes() if isinstance(a, QValueAxis)]
    return names, values


@pytest.mark.parametrize("group_by", ["category", "day", "week", "month", "staff"])
def test_the_tallest_bar_stays_below_the_top(dialog, group_by):
    dialog.set_grouping(group_by)
    tallest = max(_bars(dialog)["Complaints"])
    _names, values = _axes(dialog)
    assert values.max() > tallest
    assert (values.max(), values.tickCount()) == value_ceiling(int(tallest))


def test_week_names_are_short_and_stand_up_only_when_they_would_touch(dialog, qtbot):
    dialog.set_grouping("week")
    names, _values = _axes(dialog)
    labels = names.categories()
    assert len(labels) >= 13 and all(label.startswith("W") for label in labels)
    assert max(len(label) for label in labels) <= 3  # "W49": one year, no year written
    metrics = QFontMetrics(names.labelsFont())
    # As shown: side by side only if each fits its bar's room, else standing.
    width = dialog.chart_view.width()
    assert dialog.drawn.labels_standing != labels_fit(labels, metrics, width - 60)
    dialog.drawn.fit_labels(2000)
    assert not dialog.drawn.labels_standing and names.labelsAngle() == 0
    dialog.drawn.fit_labels(200)
    assert dialog.drawn.labels_standing and names.labelsAngle() == -90
    # The chart made narrow (the splitter moved): the names stand up by themselves.
    total = sum(dialog.splitter.sizes())
    dialog.splitter.setSizes([dialog.chart_view.minimumWidth(), total - 420])
    qtbot.waitUntil(lambda: dialog.drawn.labels_standing)
    dialog.splitter.setSizes([total - 100, 100])
    qtbot.waitUntil(lambda: not dialog.drawn.labels_standing)
    dialog.resize(700, dialog.height())
    qtbot.waitUntil(lambda: dialog.drawn.labels_standing != labels_fit(
        labels, metrics, dialog.chart_view.width() - 60
    ))  # fmt: skip


def test_weeks_across_the_new_year_name_their_year(dialog):
    dialog.set_grouping("week")
    rows = dialog.analysis.rows
    dialog._weeks_span_years = True
    assert dialog.key_label(rows[0].key, short=True).endswith(rows[0].key[:4])
    dialog._weeks_span_years = False
    assert dialog.key_label(rows[0].key, short=True) == f"W{int(rows[0].key[-2:])}"


def test_staff_counts_against_who_took_it_or_who_settled_it(dialog):
    assert dialog.counts_against.isHidden()  # only by staff
    dialog.set_grouping("staff")
    assert not dialog.counts_against.isHidden()
    assert dialog.analysis.counts_against == "taken"
    header = dialog.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Taken in by"
    taken = {r.key: r.count for r in dialog.analysis.rows}
    assert taken == {"Иван Петров": 5 + 16, "张主管": 2}

    dialog.counts_against.setCurrentIndex(dialog.counts_against.findData("settled"))
    assert dialog.analysis.counts_against == "settled"
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Settled by"
    settled = [(dialog.model.index(i, 0).data(), dialog.model.index(i, 1).data()) for i in (0, 1)]
    assert settled == [("张主管", "1"), ("Not settled yet", "22")]
    assert sorted(_bars(dialog)["Complaints"]) == [1.0, 22.0]
    dialog.set_grouping("week")
    assert dialog.counts_against.isHidden()


def test_export_title_names_the_period_in_the_printout_language(dialog, tmp_path: Path):
    dialog.set_grouping("staff")
    dialog.set_counts_against("settled")
    dialog.print_language.setCurrentIndex(dialog.print_language.findData("ru"))
    path = tmp_path / "analysis.xlsx"
    assert dialog.export_analysis(path)
    ws = openpyxl.load_workbook(path).active
    first, last = (d.date().toPython() for d in (dialog.date_from, dialog.date_to))
    title = ws["A1"].value
    # The period in the Russian date pattern, whichever words the catalogue has yet.
    assert f"{format_date(first, 'ru')} – {format_date(last, 'ru')}" in title
    assert format_date(first, "ru") != format_date(first, "en")
    assert ws.freeze_panes == "A3"
    assert ws["A4"].value == "Ещё не решена"  # the unsettled row, in the printout's words
    (image,) = ws._images
    assert image.anchor._from.row == 1  # level with the header, beside the table
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Settled by"  # the window's


@pytest.mark.parametrize("language", ["en", "zh_CN", "ru"])
def test_screenshot_weeks_and_staff(
    qtbot,
    ui_desk,
    supervisor,
    weeks,
    messages,
    tmp_path,
    language,
):
    """DESK_SHOTS keeps analysis_weeks_<language>.png and analysis_settled_<language>.png."""
    install_language(language)
    try:
        dlg = ComplaintAnalysisDialog(ui_desk, supervisor)
        qtbot.addWidget(dlg)
        today = UI_START.astimezone().date()
        dlg.set_period(today - timedelta(weeks=14), today)
        dlg.show()
        qtbot.waitExposed(dlg)
        shots = os.environ.get("DESK_SHOTS")
        folder = Path(shots) if shots else tmp_path
        folder.mkdir(parents=True, exist_ok=True)
        for group_by, against, name in (
            ("week", "taken", "weeks"),
            ("staff", "settled", "settled"),
        ):
            dlg.set_grouping(group_by)
            dlg.set_counts_against(against)
            qtbot.wait(20)  # let the chart lay itself out
            picture = dlg.grab()
            assert not picture.isNull()
            assert picture.save(str(folder / f"analysis_{name}_{language}.png"))
        path = folder / f"analysis_{language}.xlsx"
        assert dlg.export_analysis(path)
    finally:
        install_language("en")
    assert messages.errors == []
