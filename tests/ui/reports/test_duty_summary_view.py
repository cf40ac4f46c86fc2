"""The duty report's summary in the window: the first tab, titled by the period, the totals per
book in boxes, overdue totals in red, nothing cut in English, Chinese or Russian."""

from __future__ import annotations

import os
import string
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel

from desk_app.formats import format_date
from desk_app.reports.duty_report.summary import DUTY_SUMMARY_LABELS
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.log import commands as log_commands
from desk_app.translators import install_language
from desk_app.ui.handover.labels import duty_summary_labels
from desk_app.ui.reports.duty_report_dialog import DutyReportDialog
from desk_app.ui.reports.duty_summary_view import FLAGGED_STYLE, DutySummaryView

SHOTS = Path(os.environ.get("DESK_SHOTS", "/tmp"))


def _fields(text: str) -> set[str]:
    return {name for _t, name, _s, _c in string.Formatter().parse(text) if name}


def test_every_summary_caption_is_offered_for_translation(qapp):
    labels = duty_summary_labels()
    assert set(labels) == set(DUTY_SUMMARY_LABELS)
    for key, default in DUTY_SUMMARY_LABELS.items():
        assert labels[key] == default, key  # English: the source text is the default
        assert _fields(labels[key]) == _fields(default)


def _busy(ui_desk, people) -> None:
    clerk = people["clerk"]
    log_commands.record_entry(ui_desk, clerk, category="note", text="Смена принята, всё спокойно")
    log_commands.record_entry(ui_desk, clerk, category="incident", text="1203房漏水", important=True)
    complaints_commands.intake(
        ui_desk, clerk, channel="walk_in", guest_name="Иван Петров", room="1208",
        category="maintenance", severity="medium", text="Не работает кондиционер",
        promised_at=ui_desk.clock.now() + timedelta(minutes=5),
    )  # fmt: skip
    ui_desk.clock.advance(timedelta(minutes=10))  # the promise has passed


@pytest.mark.parametrize("language", ["en", "zh_CN", "ru"])
def test_the_summary_is_the_first_tab(qtbot, ui_desk, people, messages, language):
    _busy(ui_desk, people)
    try:
        install_language(language)
        dialog = DutyReportDialog(ui_desk, people["manager"])
        qtbot.addWidget(dialog)
        dialog.resize(1366, 768)
        dialog.show()
        qtbot.waitExposed(dialog)
        report = dialog.make()
        assert report is not None
        view = dialog.tabs.widget(0)
        assert isinstance(view, DutySummaryView)
        assert dialog.tabs.tabText(0) == dialog.labels["summary"]
        # Two days by default: titled from the first to the last.
        today = ui_desk.clock.now().astimezone().date()
        first = format_date(today - timedelta(days=1), language)
        last = format_date(today, language)
        assert first in view.title.text() and last in view.title.text()
        assert dialog.labels["duty_report_title"] in view.title.text()
        boxes = view.findChildren(QGroupBox)
        assert [b.objectName() for b in boxes] == [
            "summary_duty_log", "summary_complaints", "summary_lostfound", "summary_keys",
            "summary_handovers",
        ]  # fmt: skip
        assert report.summary.complaints_opened == 1 and report.summary.complaints_overdue == 1
        overdue = [
            label
            for label in view.boxes["complaints"].findChildren(QLabel)
            if label.styleSheet() == FLAGGED_STYLE
        ]
        assert len(overdue) == 2  # caption and value
        qtbot.wait(50)
        dialog.grab().save(str(SHOTS / f"h4_duty_summary_{language}.png"))
        # Nothing cut: every caption and value has the room it asks for.
        for label in view.findChildren(QLabel):
            if label.isVisible() and label is not view.title:
                assert label.width() >= label.sizeHint().width(), label.text()
        for box in boxes:
            assert box.width() >= box.minimumSizeHint().width()
    finally:
        install_language("en")
    assert not messages.errors
