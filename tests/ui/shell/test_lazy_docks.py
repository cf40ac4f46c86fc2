"""The books behind the log's tab build their panels when first shown (issue 19): the first
window builds, imports and reads only what it shows, and a book's dock, once shown, is the book
as it is then, with what was written meanwhile."""

from __future__ import annotations

from datetime import timedelta

from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.keys import commands as keys_commands


def _front(dock) -> bool:
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def test_books_behind_the_log_are_built_when_shown(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    lazy = (window.complaints, window.keys, window.lostfound, window.handover, window.roster)
    assert not any(book.built for book in lazy)
    window.lostfound.show_dock()
    qtbot.waitUntil(lambda: _front(window.lostfound_dock))
    assert window.lostfound.built and window.lostfound_dock.widget() is window.lostfound_panel
    assert not any(book.built for book in lazy if book is not window.lostfound)
    # The clock's tick and other stations' writes leave an unbuilt book unbuilt.
    window.tick()
    assert not any(book.built for book in lazy if book is not window.lostfound)


def test_a_book_shown_late_shows_what_was_written_before(qtbot, window, ui_desk, people):
    window.show()
    qtbot.waitExposed(window)
    keys_commands.add_key(
        ui_desk,
        people["manager"],
        code="MK-9",
        label="Мастер-ключ 9",
        key_type="master",
        hook_row=1,
        hook_col=1,
    )
    assert not window.keys.built
    window.keys.show_dock()
    qtbot.waitUntil(lambda: _front(window.keys_dock))
    assert window.keys_dock.widget() is window.keys_panel
    assert window.keys_panel.key_by_code("MK-9") is not None


def test_a_reminder_before_the_complaints_dock_is_built(qtbot, window, ui_desk, people):
    """The status bar says a promise is about to expire once, the dock unbuilt; the dock's
    banner shows it when the dock is first built."""
    window.show()
    qtbot.waitExposed(window)
    made = complaints_commands.intake(
        ui_desk,
        people["clerk"],
        channel="phone",
        guest_name="Анна Кузнецова",
        room="1208",
        category="maintenance",
        severity="medium",
        text="Кондиционер не работает",
        promised_at=ui_desk.clock.now() + timedelta(minutes=10),
    )
    window.tick()
    assert not window.complaints.built
    assert f"#{made.num}" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    window.tick()
    assert window.statusBar().currentMessage() == ""  # once per complaint
    assert f"#{made.num}" in window.complaints_panel.reminder_text
