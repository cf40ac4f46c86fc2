"""A closed window reads nothing more (its clock, its poll of other stations, its parts' minute
reads stop), and starts again if shown again."""

from __future__ import annotations

from PySide6.QtCore import QTimer


def test_a_closed_window_stops_its_timers(qtbot, window):
    window.show()
    running = [t for t in window.findChildren(QTimer) if t.isActive()]
    assert len(running) >= 3  # the clock, the poll, the roster's status …
    assert window.close()
    assert not any(t.isActive() for t in running)
    window.show()
    assert all(t.isActive() for t in running)
