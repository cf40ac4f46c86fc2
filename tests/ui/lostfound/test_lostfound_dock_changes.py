"""The lost-and-found dock when something is written elsewhere: its tables read again only when
the book was written (the category filters when the manager changed the categories), the
selected item still selected and the table where it was scrolled."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.domain.lostfound.categories import ItemCategory
from desk_app.domain.lostfound.rules import ReportState
from desk_app.services.changes import changes_since, journal_head
from desk_app.services.desk import open_desk
from desk_app.services.log import commands as log_commands
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import views as lostfound_views
from desk_app.ui.lostfound import models as lm
from desk_app.ui.lostfound.dock import LostFoundPanel
from desk_app.ui.lostfound.item_page import ItemPage
from tests.ui.conftest import found_in_the_lobby
from tests.ui.helpers import shown


@pytest.fixture
def second_desk(tmp_path: Path, ui_desk):
    """The same book open at another counter."""
    desk = open_desk(str(tmp_path / "ui.sqlite"), station="Front desk 2")
    desk.clock = ui_desk.clock
    yield desk
    desk.db.dispose()


def _found(desk, actor, n: int):
    return found_in_the_lobby(
        desk,
        actor,
        hours_ago=1,
        description=f"Зонт чёрный {n}",
        category="other",
        valuables=False,
        storage_place="Шкаф 1",
    )


def _counting(panel: LostFoundPanel) -> list[str]:
    """The names of the tables read again, in order."""
    reads: list[str] = []
    for name, model in (("items", panel.item_model), ("reports", panel.report_model)):
        refresh = model.refresh
        model.refresh = lambda name=name, refresh=refresh: reads.append(name) or refresh()
    return reads


def test_an_item_found_elsewhere_keeps_the_row_and_the_scroll(
    qtbot, ui_desk, people, second_desk, messages
):
    clerk = people["clerk"]
    for n in range(40):  # more than the dock shows at once
        _found(ui_desk, clerk, n)
    panel = shown(qtbot, LostFoundPanel(ui_desk, clerk))
    panel.resize(900, 360)
    table, model = panel.item_table, panel.item_model
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(model.index(1, lm.COL_FOUND_PLACE)).center(),
    )
    for _ in range(2):
        QTest.keyClick(table, Qt.Key.Key_PageDown)
    chosen = panel.selected_item()
    scroll = table.verticalScrollBar().value()
    assert chosen is not None and scroll > 0
    reads = _counting(panel)
    seen = journal_head(ui_desk)

    # The other counter writes in the log, then registers an item.
    log_commands.record_entry(second_desk, clerk, category="note", text="Radio 2 charging")
    logged = changes_since(ui_desk, clerk, seen)
    found = _found(second_desk, clerk, 99)
    registered = changes_since(ui_desk, clerk, logged.head)
    assert logged.books == {"log"} and registered.touches("lostfound")

    panel.apply_changes(logged)  # not the book's: nothing is read again
    assert reads == []
    assert model.rowCount() == 40

    panel.apply_changes(registered)
    assert reads == ["items", "reports"]
    assert model.item_at(0).id == found.id  # the new item on top
    assert panel.selected_item().id == chosen.id  # still selected
    assert model.item_at(table.currentIndex().row()).id == chosen.id
    assert table.verticalScrollBar().value() == scroll  # the table where it was
    assert messages.errors == []


def test_a_category_the_manager_added_elsewhere_joins_the_filters(
    qtbot, ui_desk, people, second_desk, messages
):
    manager, clerk = people["manager"], people["clerk"]
    _found(ui_desk, clerk, 1)
    panel = shown(qtbot, LostFoundPanel(ui_desk, clerk))
    reads = _counting(panel)
    policy = lostfound_views.get_policy(ui_desk)
    umbrellas = ItemCategory(lostfound_commands.new_category_code(), "Зонты", 14)
    seen = journal_head(ui_desk)

    lostfound_commands.set_policy(
        second_desk, manager, replace(policy, categories=(*policy.categories, umbrellas))
    )
    changed = changes_since(ui_desk, clerk, seen)
    assert changed.books == {"settings"}
    assert panel.item_category.findText("Зонты") < 0

    panel.apply_changes(changed)
    assert panel.item_category.findData(umbrellas.code) > 0
    assert panel.report_category.findText("Зонты") > 0
    assert reads == ["items", "reports"]  # the names the tables show may have changed
    assert messages.errors == []


def test_an_item_page_shows_a_report_taken_elsewhere_among_its_matches(
    qtbot, ui_desk, people, second_desk, messages
):
    clerk = people["clerk"]
    item = _found(ui_desk, clerk, 1)
    page = shown(qtbot, ItemPage(ui_desk, clerk, item.id))
    assert page.matches == []
    seen = journal_head(ui_desk)

    log_commands.record_entry(second_desk, clerk, category="note", text="Radio 2 charging")
    logged = changes_since(ui_desk, clerk, seen)
    now = ui_desk.clock.now()
    report = lostfound_commands.report_lost(
        second_desk,
        clerk,
        guest_name="张伟",
        contact="+86 138 0000 0000",
        room="1208",
        lost_from=now - timedelta(hours=6),
        lost_until=now,
        lost_place="Лобби",
        description="Зонт чёрный",
        category="other",
    )
    reported = changes_since(ui_desk, clerk, logged.head)

    content = page.scroll.widget()
    page.apply_changes(logged)  # not the book's: the page stays as it is
    assert page.scroll.widget() is content
    page.apply_changes(reported)
    assert [m.report.id for m in page.matches] == [report.id]
    assert report.id in page.link_buttons
    assert messages.errors == []


def test_in_the_window_a_link_made_over_a_report_page_and_a_return_elsewhere_reach_the_pages(
    qtbot, window, ui_desk, people, second_desk, messages
):
    clerk = people["clerk"]
    item = _found(ui_desk, clerk, 1)
    now = ui_desk.clock.now()
    report = lostfound_commands.report_lost(
        ui_desk,
        clerk,
        guest_name="张伟",
        contact="+86 138 0000 0000",
        room="1208",
        lost_from=now - timedelta(hours=6),
        lost_until=now,
        lost_place="Лобби",
        description="Зонт чёрный",
        category="other",
    )
    window.lostfound.open_report(report.id)
    page = window.lostfound.report_page
    qtbot.waitExposed(page)
    qtbot.mouseClick(page.open_buttons[item.id], Qt.MouseButton.LeftButton)
    over = page.item_page
    qtbot.waitExposed(over)

    # The item's page over the report's links them: the report's page hears it from the window.
    qtbot.mouseClick(over.link_buttons[report.id], Qt.MouseButton.LeftButton)
    assert page.report.state is ReportState.LINKED
    assert page.linked_item.id == item.id
    over.accept()

    # At another counter the guest says it is not theirs: the poll brings it to the page.
    lostfound_commands.unlink_match(
        second_desk, clerk, report.id, expected_version=page.report.version
    )
    window.poll_other_stations()
    assert page.report.state is ReportState.OPEN
    assert item.id in page.link_buttons
    assert messages.errors == []
