"""Two counters on one database: what the other station writes shows in this window on the next
poll, and the row the clerk was reading stays selected."""

from __future__ import annotations

from datetime import timedelta

from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.desk import Desk
from desk_app.services.log import commands as log_commands


def test_another_stations_writes_show_and_the_clerks_place_is_kept(
    qtbot, window, ui_desk, people, messages
):
    clerk, manager = people["clerk"], people["manager"]
    for text in ("Первая запись", "第二条记录", "Third entry"):
        log_commands.record_entry(ui_desk, clerk, category="note", text=text)
    panel = window.log_panel
    panel.refresh()
    panel.table.selectRow(1)
    reading = panel.selected_entry()
    assert reading.text == "第二条记录"

    other = Desk(db=ui_desk.db, station="Front desk 2", clock=ui_desk.clock)
    log_commands.record_entry(other, manager, category="incident", text="Лифт 2 застрял, вызван механик")
    complaints_commands.intake(
        other,
        manager,
        channel="phone",
        guest_name="Mr Smith",
        category="noise",
        severity="low",
        text="Noise from 1203",
        promised_at=ui_desk.clock.now() + timedelta(hours=1),
    )
    assert panel.model.entry_at(0).text == "Third entry"  # not yet: nobody looked
    window.poll_other_stations()
    texts = [panel.model.entry_at(i).text for i in range(panel.model.rowCount())]
    assert "Лифт 2 застрял, вызван механик" in texts[:3]
    assert panel.selected_entry().id == reading.id  # still the row being read
    names = [
        window.complaints_panel.model.complaint_at(i).guest_name
        for i in range(window.complaints_panel.model.rowCount())
    ]
    assert "Mr Smith" in names
    assert not messages.errors


def test_this_stations_own_writes_are_not_read_twice(qtbot, window, ui_desk, people, monkeypatch):
    log_commands.record_entry(ui_desk, people["clerk"], category="note", text="Своя запись")
    refreshed = []
    monkeypatch.setattr(window.log_panel, "refresh", lambda: refreshed.append(1))
    window.poll_other_stations()
    assert refreshed == []


def test_a_locked_window_does_not_poll(qtbot, window, ui_desk, people, monkeypatch):
    other = Desk(db=ui_desk.db, station="Front desk 2", clock=ui_desk.clock)
    window.lock()
    log_commands.record_entry(other, people["manager"], category="note", text="Пока было заблокировано")
    refreshed = []
    monkeypatch.setattr(window.log_panel, "refresh", lambda: refreshed.append(1))
    window.poll_other_stations()
    assert refreshed == []
    window.lock_screen.pin.setText("2222")
    window.unlock()
    assert refreshed  # read again on unlocking
