"""One road for every change: a write in one dock and what another station wrote both arrive as
``changes_applied(Changes)``, and each dock reads again only when its book is in them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.services import accounts
from desk_app.services.desk import open_desk
from desk_app.services.keys import commands as keys_commands
from desk_app.services.log import commands as log_commands
from tests.ui.helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def reads(window, monkeypatch) -> list[str]:
    """The books whose dock read itself again, in order (each dock's own reload, spied on)."""
    seen: list[str] = []
    for book, panel, method in (
        ("log", window.log_panel, "refresh"),
        ("complaints", window.complaints_panel, "refresh"),
        ("lostfound", window.lostfound_panel, "refresh"),
        ("keys", window.keys_panel, "refresh"),
        ("handover", window.handover_history, "reload"),
    ):
        original = getattr(panel, method)

        def spy(*args, _book=book, _original=original, **kwargs):
            seen.append(_book)
            return _original(*args, **kwargs)

        monkeypatch.setattr(panel, method, spy)
    return seen


def _floor_key(desk, manager) -> None:
    keys_commands.add_key(
        desk, manager, code="F-2", label="Floor 2", key_type="floor", hook_row=1, hook_col=1
    )


def test_a_key_reported_lost_in_its_dock_reads_again_the_keys_and_the_log_only(
    qtbot, window, ui_desk, people, reads, messages
):
    _floor_key(ui_desk, people["manager"])
    window.read_everything_again()  # the board hung before the window knew it
    reads.clear()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_K, CTRL_SHIFT)  # the keys dock, its code line
    panel = window.keys_panel
    assert window.keys_dock.isVisible()
    panel.board.select_code("F-2")
    arrived = []
    window.changes_applied.connect(arrived.append)

    qtbot.mouseClick(panel.report_button, Qt.MouseButton.LeftButton)
    dialog = window.keys.report_dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    type_text(dialog.reason, "Lost in the car park")
    QTest.keyClick(dialog, Qt.Key.Key_Return, CTRL)

    assert messages.errors == []
    assert window.keys.report_dialog is None
    # One announcement: the key register and the duty log entry the report wrote.
    assert [c.books for c in arrived] == [frozenset({"keys", "log"})]
    assert sorted(set(reads)) == ["keys", "log"]  # complaints, lost and found, handover: untouched
    assert panel.board.state_of("F-2") == "off"
    assert window.log_panel.model.rowCount() == 1  # the entry, read by the log's own dock


def test_what_another_station_wrote_arrives_by_the_same_road(
    qtbot, window, ui_desk, people, reads, tmp_path: Path, messages
):
    other = open_desk(str(tmp_path / "ui.sqlite"), station="Front desk 2")
    try:
        manager = accounts.sign_in(other, person_id=people["manager"].id, pin="111111")
        window.poll_other_stations()  # the sign-in (the people book) read here first
        reads.clear()
        log_commands.record_entry(
            other, manager, category="note", text="Lift 2 out of order until noon"
        )
    finally:
        other.db.dispose()

    with qtbot.waitSignal(window.changes_applied, timeout=2000) as blocker:
        window.poll_other_stations()

    changes = blocker.args[0]
    assert changes.books == frozenset({"log"})
    assert reads == ["log"]
    assert window.log_panel.model.rowCount() == 1
    assert window.log_panel.model.row_at(0).text == "Lift 2 out of order until noon"
    # Read once: the next poll finds nothing new and announces nothing.
    arrived = []
    window.changes_applied.connect(arrived.append)
    window.poll_other_stations()
    assert arrived == []
    assert messages.errors == []


def test_f5_reads_every_book_again_even_right_after_a_write(
    qtbot, window, ui_desk, people, reads, messages
):
    _floor_key(ui_desk, people["manager"])
    window.read_everything_again()
    reads.clear()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)

    QTest.keyClick(window, Qt.Key.Key_F5)
    QTest.keyClick(window, Qt.Key.Key_F5)  # nothing new was written: read again all the same

    assert messages.errors == []
    assert sorted(reads) == sorted(["log", "complaints", "lostfound", "keys", "handover"] * 2)
