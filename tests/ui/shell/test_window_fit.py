"""The window on a counter's screen: maximised the first time, its size and docks kept after, and
a status bar whose items are never cut off at 1366×768, in each language, and complaint words
that fit their columns. DESK_SHOTS=folder keeps the screenshots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel

from desk_app.services.integrity import AnchorState
from desk_app.ui.shell.status_bar import StatusCounts
from tests.ui.conftest import add_supervisor

# Three-digit counts everywhere and the lost-and-found item shown: the widest the bar gets.
WIDE_COUNTS = StatusCounts(
    follow_ups_overdue=128,
    complaints_overdue=256,
    keys_overdue=512,
    lostfound_due=311,
    lostfound_pending=411,
)


def _open(ui_desk, prefs, actor, language):
    from desk_app.ui.shell.app import DeskController

    controller = DeskController(ui_desk, prefs, language)
    return controller.open_window(actor)


def _elided(label: QLabel) -> str | None:
    """Why ``label`` does not show its whole text, or None when it does."""
    margins = label.contentsMargins()
    needed = label.fontMetrics().horizontalAdvance(label.text()) + margins.left() + margins.right()
    if label.width() < needed:
        return f"{label.objectName()} {label.text()!r}: {label.width()} px < {needed} px"
    if label.width() < label.minimumSizeHint().width():
        return f"{label.objectName()} {label.text()!r} squeezed below its minimum"
    return None


@pytest.fixture
def supervisor(ui_desk, people):
    """The longest role name in Russian ("Старший администратор") and a long name."""
    return add_supervisor(ui_desk, people["manager"], "Александра Константинова", "135791")


@pytest.mark.parametrize("language", ["en", "zh_CN", "ru"])
def test_no_status_item_is_cut_at_1366_by_768(
    qtbot, ui_desk, people, supervisor, prefs, messages, language
):
    from desk_app.translators import install_language

    install_language(language)
    try:
        win = _open(ui_desk, prefs, supervisor, language)
        qtbot.addWidget(win)
        win.setWindowState(Qt.WindowState.WindowNoState)
        win.resize(1366, 768)
        bar = win.status_bar
        bar.anchor.refresh(AnchorState(refused="longer", refused_seq=12, place="/media/usb"))
        bar.show_counts(WIDE_COUNTS)
        QApplication.processEvents()
        assert (win.width(), bar.width()) == (1366, 1366)  # no text holds the window wider
        shot = win.grab()  # what the clerk sees; DESK_SHOTS=folder keeps it to look at
        assert not shot.isNull()
        if folder := os.environ.get("DESK_SHOTS"):
            shot.save(str(Path(folder) / f"main_window_1366_{language}.png"))

        shown = [w for w in bar.items() if w.isVisible()]
        assert {w.objectName() for w in shown} == {
            "statusStation",
            "statusPerson",
            "statusAnchor",
            "statusOverdue",
            "statusComplaintsOverdue",
            "statusKeysOverdue",
            "statusLostFound",
        }
        assert [why for w in shown if (why := _elided(w))] == []
        inside = QRect(0, 0, bar.width(), bar.height())
        for widget in shown:
            assert inside.contains(widget.geometry()), widget.objectName()
        ordered = sorted(shown, key=lambda w: w.geometry().left())
        for left, right in zip(ordered, ordered[1:], strict=False):
            assert left.geometry().right() < right.geometry().left()  # none drawn over another
        # Whatever was shortened says it in full in its tooltip.
        for item in (bar.lostfound, bar.person, bar.follow_ups):
            assert item.toolTip()
        assert "311" in bar.lostfound.text() and "411" in bar.lostfound.text()
        assert "128" in bar.follow_ups.text()
    finally:
        install_language("en")


def test_the_full_texts_where_there_is_room(qtbot, window):
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(2400, 900)
    window.status_bar.show_counts(StatusCounts(1, 2, 3, 4, 5))
    QApplication.processEvents()
    assert window.lostfound_label.text() == (
        "Lost and found: 4 due for disposal, 5 awaiting approval"
    )
    assert window.person_label.text() == "Иван Петров (Clerk)"
    window.resize(640, 600)  # as narrow as the docks let it be
    QApplication.processEvents()
    assert window.lostfound_label.text() == "Found: 4 due, 5 to approve"
    assert "approval: 5" in window.lostfound_label.toolTip()
    assert "Clerk" in window.person_label.toolTip()
    shown = [w for w in window.status_bar.items() if w.isVisible()]
    assert [why for w in shown if (why := _elided(w))] == []


def test_maximised_the_first_time_then_as_it_was_left(qtbot, ui_desk, people, prefs, messages):
    first = _open(ui_desk, prefs, people["clerk"], "en")
    qtbot.addWidget(first)
    assert first.windowState() & Qt.WindowState.WindowMaximized
    # The clerk makes it a window of their own and moves the open items beside the log.
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.resize(1000, 640)
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.open_items_dock)
    QApplication.processEvents()
    first.close()

    again = _open(ui_desk, prefs, people["clerk"], "en")
    qtbot.addWidget(again)
    QApplication.processEvents()
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    # The height as left (the offscreen screen, 800 px wide, is narrower than the docks need:
    # Qt keeps a restored window on its screen).
    assert again.height() == 640
    assert again.dockWidgetArea(again.open_items_dock) == Qt.DockWidgetArea.RightDockWidgetArea

    again.setWindowState(Qt.WindowState.WindowMaximized)  # maximised again: kept so
    QApplication.processEvents()
    again.close()
    third = _open(ui_desk, prefs, people["clerk"], "en")
    qtbot.addWidget(third)
    assert third.windowState() & Qt.WindowState.WindowMaximized


@pytest.mark.parametrize("language", ["en", "zh_CN", "ru"])
def test_complaint_words_fit_their_columns(qtbot, ui_desk, people, messages, language):
    """The Status column was as wide as "Acknowledged, overdue": "Передано старшему, просрочено"
    was cut. Every status (overdue ones in bold), category, severity and channel fits."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFont, QFontMetrics

    from desk_app.domain.complaints import AWAITING_REPLY, Channel, ComplaintCategory, Severity
    from desk_app.domain.complaints import Status as ComplaintStatus
    from desk_app.translators import install_language
    from desk_app.ui.complaints import model as cm
    from desk_app.ui.complaints.dock import ComplaintsPanel
    from desk_app.ui.complaints.labels import (
        channel_label,
        complaint_category_label,
        complaint_status_label,
        severity_label,
    )

    install_language(language)
    try:
        panel = ComplaintsPanel(ui_desk, people["clerk"])
        qtbot.addWidget(panel)
        bold = QFont(panel.table.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        overdue = [
            QCoreApplication.translate("ComplaintTableModel", "{status}, overdue").format(
                status=complaint_status_label(s)
            )
            for s in AWAITING_REPLY
        ]
        words = {
            cm.COL_STATUS: [complaint_status_label(s) for s in ComplaintStatus] + overdue,
            cm.COL_CATEGORY: [complaint_category_label(c) for c in ComplaintCategory],
            cm.COL_SEVERITY: [severity_label(s) for s in Severity],
            cm.COL_CHANNEL: [channel_label(c) for c in Channel],
        }
        cut = [
            (text, panel.table.columnWidth(col))
            for col, texts in words.items()
            for text in texts
            if fm.horizontalAdvance(text) + 8 > panel.table.columnWidth(col)  # cell margins
        ]
        assert cut == []
        # ...and the register still fits a 1366 px screen with room for whom it is assigned to.
        last = cm.COL_ASSIGNEE
        before_last = sum(panel.table.columnWidth(col) for col in range(last))
        assert before_last + 100 <= 1366 - 40  # the frame and the scroll bar
    finally:
        install_language("en")
