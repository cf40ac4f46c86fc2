"""The log dock's day header: the day at the top of the table and, once reviewed, who reviewed
it and when, for everyone (a clerk here); nothing more on a day not reviewed. Read once per page
of rows loaded, and again when a review is written."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desk_app.services.changes import Changes
from desk_app.services.log import commands as log_commands
from desk_app.services.supervision import review
from desk_app.ui.common.labels import format_date, format_datetime
from desk_app.ui.log.dock import LogPanel
from tests.ui.helpers import shown


class Host(QWidget):
    changes_applied = Signal(object)


def _docked(qtbot, desk, actor) -> tuple[Host, LogPanel]:
    host = Host()
    panel = LogPanel(desk, actor, host)
    QVBoxLayout(host).addWidget(panel)
    host.changes_applied.connect(panel.apply_changes)
    shown(qtbot, host).resize(900, 420)
    return host, panel


def test_the_day_header_says_who_reviewed_the_day_at_the_top(
    qtbot, ui_desk, people, supervisor, messages, monkeypatch
):
    clerk = people["clerk"]
    clock = ui_desk.clock
    first = clock.now().astimezone().date()
    for i in range(30):  # more than the view shows
        log_commands.record_entry(ui_desk, clerk, category="note", text=f"Round {i}")
    clock.set(clock.now() + timedelta(days=1))
    state = review.mark_reviewed(ui_desk, supervisor, first, "All handled.")
    for i in range(150):  # today: more than a page
        log_commands.record_entry(ui_desk, clerk, category="note", text=f"Today {i}")
    asked: list[set] = []
    reviews_on = review.reviews_on

    def counted(desk, actor, days):
        asked.append(set(days))
        return reviews_on(desk, actor, days)

    monkeypatch.setattr(review, "reviews_on", counted)
    host, panel = _docked(qtbot, ui_desk, clerk)
    header = panel.day_header
    today = first + timedelta(days=1)
    assert asked == [{today}]  # the first page's days, once
    qtbot.waitUntil(lambda: format_date(today) in header.day_label.text(), timeout=2000)
    assert header.review_label.text() == ""  # today is not reviewed: the header stays quiet
    # Scrolled to the end of the book: yesterday's rows, reviewed.
    while panel.model.canFetchMore():
        panel.model.fetchMore()
    assert len(asked) == 2 and first in asked[1]
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: format_date(first) in header.day_label.text(), timeout=2000)
    assert header.review_label.text() == (
        f"Reviewed by {supervisor.name}, {format_datetime(state.reviewed_at)}"
    )
    assert header.review_label.toolTip() == "Comment: All handled."
    panel.table.scrollToTop()
    qtbot.waitUntil(lambda: format_date(today) in header.day_label.text(), timeout=2000)
    # Today reviewed at another counter: the window's Changes read the loaded days again.
    done = review.mark_reviewed(ui_desk, supervisor, today)
    host.changes_applied.emit(Changes.of_rows(9, [("day_review", "x")]))
    assert asked[-1] == {first, today}
    qtbot.waitUntil(
        lambda: (
            header.review_label.text()
            == f"Reviewed by {supervisor.name}, {format_datetime(done.reviewed_at)}"
        ),
        timeout=2000,
    )
    assert not messages.errors
