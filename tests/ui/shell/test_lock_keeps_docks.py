"""Locking and unlocking leaves the window as it was: the dock that was showing in front shows in
front again (not the log's), and the tabs behind it are all still there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def _unlock(window) -> None:
    QTest.keyClicks(window.lock_screen.pin, "2222")
    QTest.keyClick(window.lock_screen.pin, Qt.Key.Key_Return)
    assert not window.locked


def _front(window, dock) -> bool:
    """The dock is the one shown of its tabs (visible, not behind another)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def test_unlocking_shows_the_dock_that_was_in_front(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.lostfound.show_dock()
    qtbot.waitUntil(lambda: _front(window, window.lostfound_dock))
    assert not _front(window, window.log_dock)
    tabbed = [d for d in window.tabifiedDockWidgets(window.log_dock)]
    window.lock()
    assert window.lostfound_dock.isHidden()
    _unlock(window)
    qtbot.waitUntil(lambda: _front(window, window.lostfound_dock))
    assert not _front(window, window.log_dock)
    # No tab lost: the docks behind are there to be chosen.
    assert set(window.tabifiedDockWidgets(window.log_dock)) == set(tabbed)
    assert all(not d.isHidden() or d is window.log_dock for d in tabbed)


def test_unlocking_keeps_a_dock_the_clerk_had_closed_closed(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.keys_dock.close()
    window.lock()
    _unlock(window)
    assert window.keys_dock.isHidden()
    assert not window.log_dock.isHidden()


def test_a_window_closed_while_locked_keeps_the_layout_from_before_the_lock(qtbot, window):
    from desk_app.ui.shell.main_window import LAYOUT_VERSION, STATE_KEY

    window.show()
    qtbot.waitExposed(window)
    window.keys_dock.close()
    before = bytes(window.saveState(LAYOUT_VERSION).toBase64()).decode()
    window.lock()
    window.save_layout()
    # Saving shows nothing behind the lock, and keeps the docks as the clerk had them.
    assert window.log_dock.isHidden() and window.lostfound_dock.isHidden()
    assert window.prefs.get(STATE_KEY) == before
