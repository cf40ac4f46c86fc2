"""Who is on duty in the window, with the desk's clock moved by the test: the status bar now and
next, the On duty tab, the handover due, next month's reminder (amber, then red; a click opens the
month), a new handover proposing the rostered clerk (another asks why), and the incoming clerk not
arrived: one log entry, a banner that stays (the lock keeps the sign-in) until the sheet is
accepted."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desk_app.domain.roster.month import month_days
from desk_app.services import accounts, staff
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover.views import Draft
from desk_app.services.handover.views import get_policy as handover_policy
from desk_app.services.log import views as log_views
from desk_app.services.roster import commands as roster_commands
from desk_app.services.roster import duty
from desk_app.ui.common.forms import OVERDUE_STYLE
from desk_app.ui.roster.status import AMBER_STYLE
from tests.services.test_handover import COUNTS, signature

CYCLE = ("D", "N", "O", "O")
REASON = "Анна ill; Wang Li covers the night"


def local(y: int, m: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, m, d, h, mi).astimezone()


@pytest.fixture
def team(ui_desk, people, supervisor):
    """Four clerks a day apart on day-night-off-off (on 14 March: Иван days, Анна nights), the
    supervisor on every day shift with a phone in the staff directory; March approved."""
    manager = people["manager"]
    handover_commands.set_policy(
        ui_desk, manager, replace(handover_policy(ui_desk), shift_starts=(time(8), time(20)))
    )
    clerks = []
    for name, pin in (("Анна Петрова", "1357"), ("李强", "8642"), ("Oleg Sidorov", "9753")):
        accounts.add_person(ui_desk, manager, name=name, role="clerk", pin=pin, pin_repeat=pin)
        clerks.append(accounts.sign_in_by_name(ui_desk, name=name, pin=pin))
    team = [clerks[0], people["clerk"], clerks[1], clerks[2]]
    staff.add_member(
        ui_desk, manager, name=supervisor.name, department="front_office", phone="+7 900 101"
    )
    ui_desk.clock.set(local(2026, 3, 1, 9))
    days = month_days(2026, 3)
    cells = [
        (p.id, d, CYCLE[(d.day - 1 - i) % 4])
        for i, p in enumerate(team)
        for d in days
        if CYCLE[(d.day - 1 - i) % 4] != "O"
    ] + [(supervisor.id, d, "D") for d in days]
    people_ids = [p.id for p in team] + [supervisor.id]
    view = roster_commands.save_month(
        ui_desk, supervisor, 2026, 3, people=people_ids, cells=cells, version=None
    )
    view = roster_commands.submit_month(
        ui_desk, supervisor, 2026, 3, version=view.version, accept_warnings=True
    )
    roster_commands.approve_month(ui_desk, manager, 2026, 3, version=view.version)
    return team


def open_window(qtbot, ui_desk, prefs, actor, language="en"):
    from desk_app.ui.shell.app import DeskController

    controller = DeskController(ui_desk, prefs, language)
    win = controller.open_window(actor)
    qtbot.addWidget(win)
    win.setWindowState(Qt.WindowState.WindowNoState)
    win.resize(1366, 768)
    QApplication.processEvents()
    return win


def shot(win, name: str) -> None:
    """DESK_SHOTS=folder keeps what the clerk sees, to look at."""
    if folder := os.environ.get("DESK_SHOTS"):
        win.grab().save(str(Path(folder) / f"{name}.png"))


def test_the_status_bar_and_the_tab_say_who_is_on_duty_and_next(
    qtbot, ui_desk, team, supervisor, prefs, messages
):
    ivan, anna = team[1], team[0]
    ui_desk.clock.set(local(2026, 3, 14, 19, 50))
    win = open_window(qtbot, ui_desk, prefs, ivan)
    status = win.duty_status
    assert status.on_duty.isVisible()
    assert status.on_duty.full_text == (
        f"On duty: Иван Петров, {supervisor.name} · next at 20:00: Анна Петрова"
    )
    assert "Supervisor to call: Ольга Смирнова (+7 900 101)" in status.on_duty.toolTip()
    assert status.handover_due.isVisible()
    assert status.handover_due.text() == "Handover due at 20:00"
    assert status.handover_due.styleSheet() == AMBER_STYLE
    assert not status.reminder.isVisible()  # a clerk is not asked for next month's roster
    assert not status.banner.isVisible()
    tab = win.roster.duty_tab
    assert tab.now.people.text() == f"Иван Петров, {supervisor.name}"
    assert tab.now.call.text() == "Ольга Смирнова (+7 900 101)"
    assert tab.next.people.text() == anna.name
    assert tab.now.shift.text().startswith("D 08:00–20:00")
    assert not tab.findChildren(QTimer)  # the status bar's read feeds it: one read a minute
    shot(win, "duty_status_en")
    # the handover's notice goes once the incoming clerk accepted; the next shift shows
    assert "comes 15 min early" in status.handover_due.toolTip()
    ui_desk.clock.set(local(2026, 3, 14, 20, 5))
    status.refresh()
    assert not status.handover_due.isVisible()
    assert status.on_duty.full_text.startswith("On duty: Анна Петрова · next at 08:00:")
    assert tab.now.people.text() == anna.name  # the same read


def test_the_roster_reminder_amber_then_red_and_a_click_opens_the_month(
    qtbot, ui_desk, team, supervisor, prefs, messages
):
    ui_desk.clock.set(local(2026, 3, 19, 10))
    win = open_window(qtbot, ui_desk, prefs, supervisor)
    status = win.duty_status
    assert not status.reminder.isVisible()
    ui_desk.clock.set(local(2026, 3, 20, 10))
    status.refresh()
    assert status.reminder.isVisible() and status.reminder.styleSheet() == AMBER_STYLE
    assert status.reminder.full_text.startswith("Roster for April 2026 not approved yet")
    ui_desk.clock.set(local(2026, 3, 26, 10))
    status.refresh()
    assert status.reminder.styleSheet() == OVERDUE_STYLE
    assert status.reminder.full_text == "Roster for April 2026 overdue: not approved"
    shot(win, "roster_reminder_en")
    qtbot.mouseClick(status.reminder, Qt.MouseButton.LeftButton)
    page = win.roster.month_page
    assert page is not None
    page.reject()
    # April began without an approved roster: red for April itself
    ui_desk.clock.set(local(2026, 4, 2, 10))
    status.refresh()
    assert status.reminder.styleSheet() == OVERDUE_STYLE
    assert status.reminder.full_text == "Roster for April 2026 not approved: the month has begun"


def test_a_new_handover_proposes_the_rostered_clerk_and_asks_why_another(
    qtbot, ui_desk, team, people, prefs, messages
):
    ivan, anna, manager = team[1], team[0], people["manager"]
    ui_desk.clock.set(local(2026, 3, 14, 19, 50))
    win = open_window(qtbot, ui_desk, prefs, ivan)
    win.handover.handover_action.trigger()
    dialog = win.handover.sheet_dialog
    qtbot.waitExposed(dialog)
    assert dialog.incoming.currentData() == anna.id
    box = dialog.takeover
    assert box.isVisible() and box.rostered.text() == "Анна Петрова"
    assert not box.reason.isVisible()
    dialog.incoming.setCurrentIndex(dialog.incoming.findData(manager.id))
    assert box.reason.isVisible()
    for item, box_ in dialog.counts.items():
        box_.setText(str(COUNTS[item]))
    assert not dialog.save_draft()  # another than the rostered clerk: why?
    assert box.error.isVisible() and "say why" in box.error.text()
    box.reason.setText(REASON)
    assert dialog.save_draft()
    assert dialog.view.draft.takeover_reason == REASON
    line = f"Rostered: Анна Петрова; taken over by Wang Li because: {REASON}"
    assert _flat(line) in _flat(_pdf_text(dialog.pdf()))  # the draft prints it too
    # back to the rostered clerk: the reason is not asked
    dialog.incoming.setCurrentIndex(dialog.incoming.findData(anna.id))
    assert not box.reason.isVisible()
    dialog.reject()


def test_the_incoming_clerk_not_arrived_a_banner_and_one_log_entry(
    qtbot, ui_desk, team, supervisor, people, prefs, messages
):
    ivan, anna = team[1], team[0]
    ui_desk.clock.set(local(2026, 3, 14, 20, 5))
    win = open_window(qtbot, ui_desk, prefs, ivan)
    status = win.duty_status
    assert not status.banner.isVisible()  # within the grace time
    ui_desk.clock.set(local(2026, 3, 14, 20, 11))
    status.refresh()
    assert status.banner.isVisible()
    assert status.banner_label.text() == (
        "Incoming clerk Анна Петрова has not arrived: you may not leave your post "
        "(值班人不得离岗). Call: supervisor Ольга Смирнова (+7 900 101)"
    )
    shot(win, "not_arrived_en")

    def entries():
        return [
            e
            for e in log_views.list_entries(ui_desk, ivan).rows
            if e.line is not None and e.line.key == duty.NOT_ARRIVED
        ]

    assert len(entries()) == 1 and entries()[0].important
    # the log dock shows it at once (the write was announced)
    model = win.log_panel.model
    shown = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(6)]
    assert any("has not arrived" in str(v) for v in shown)
    # a minute later: the banner stays, nothing written twice; the lock keeps the sign-in
    ui_desk.clock.set(local(2026, 3, 14, 20, 12))
    win.lock()
    status.refresh()
    assert win.locked and win.actor == ivan and status.banner.isVisible()
    assert len(entries()) == 1
    # Анна comes at last and accepts the sheet: the banner goes
    sheet = handover_commands.start_handover(ui_desk, ivan)
    handover_commands.save_draft(ui_desk, ivan, sheet.id, Draft(counts=COUNTS), incoming_id=anna.id)
    handover_commands.sign_handover(
        ui_desk, ivan, sheet.id, meaning="handed_over", pin="2222", signature=signature()
    )
    handover_commands.sign_handover(
        ui_desk,
        anna,
        sheet.id,
        meaning="accepted",
        pin="1357",
        signature=signature(),
        read_important=True,
    )
    win.poll_other_stations()  # the unlock (or the poll) reads what was written
    status.refresh()
    assert not status.banner.isVisible()


def test_a_book_opened_read_only_neither_writes_nor_shows_who_has_not_arrived(
    qtbot, ui_desk, team, supervisor, people, prefs, messages
):
    """A backup or an archive opened in a window of its own, past a change whose incoming clerk
    had not come: its roster's reminders are not today's desk's, and nothing is written (the
    window used to try, and stopped on the read-only message before it had any dock)."""
    from desk_app.services.desk import Desk
    from desk_app.store.database import open_readonly
    from desk_app.ui.shell.read_only_window import ReadOnlyWindow

    ivan = team[1]
    ui_desk.clock.set(local(2026, 3, 14, 20, 5))
    live = open_window(qtbot, ui_desk, prefs, ivan)
    ui_desk.clock.set(local(2026, 3, 14, 20, 11))
    book = Desk(db=open_readonly(ui_desk.db.url), station=ui_desk.station, clock=ui_desk.clock)
    window = ReadOnlyWindow(
        book, ivan, prefs, "en", live, name="test", title="read-only", banner="read-only", style=""
    )
    window.show()
    QApplication.processEvents()
    assert messages.errors == []
    assert not window.duty_status.banner.isVisible()
    assert window.log_panel.isVisible()
    entries = log_views.list_entries(ui_desk, ivan).rows
    assert not [e for e in entries if e.line is not None and e.line.key == duty.NOT_ARRIVED]
    window.close()


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    return "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


@pytest.mark.parametrize("language", ["en", "zh_CN", "ru"])
def test_the_roster_items_fit_the_status_bar_at_1366(
    qtbot, ui_desk, team, supervisor, prefs, messages, language
):
    """A supervisor on the 26th just before the change: on duty, the handover due and the
    overdue roster all shown, shortened where room is short, none cut or drawn over another."""
    from desk_app.translators import install_language

    install_language(language)
    try:
        ui_desk.clock.set(local(2026, 3, 26, 19, 50))
        win = open_window(qtbot, ui_desk, prefs, supervisor, language)
        status, bar = win.duty_status, win.status_bar
        QApplication.processEvents()
        shot(win, f"duty_status_1366_{language}")
        mine = [status.on_duty, status.handover_due, status.reminder]
        assert all(item.isVisible() for item in mine)
        shown = [w for w in (*bar.items(), *mine) if w.isVisible()]
        for item in shown:
            margins = item.contentsMargins()
            needed = item.fontMetrics().horizontalAdvance(item.text()) + margins.left()
            assert item.width() >= needed + margins.right(), (item.objectName(), item.text())
        ordered = sorted(shown, key=lambda w: w.geometry().left())
        for left, right in zip(ordered, ordered[1:], strict=False):
            assert left.geometry().right() < right.geometry().left()
        for item in mine:
            assert item.toolTip()
    finally:
        install_language("en")
