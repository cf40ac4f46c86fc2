"""A full disk under the quick-entry line: a plain message, and what was typed stays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import event

from desk_app.services.log import views as log_views
from tests.ui.helpers import type_text


def test_a_full_disk_keeps_the_typed_entry(qtbot, window, ui_desk, people, messages):
    with ui_desk.db.read() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    ui_desk.db.engine.dispose()

    @event.listens_for(ui_desk.db.engine, "connect")
    def _full(dbapi_conn, _record) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    quick = window.log_panel.quick
    long_text = "卫生间漏水, 客人很着急" * 330  # some 4,000 characters: more than the free pages hold
    type_text(quick.room, "1208")
    quick.text.setText(long_text)
    QTest.keyClick(quick.text, Qt.Key.Key_Return)
    shown = messages.errors + ([quick.error.text()] if not quick.error.isHidden() else [])
    assert any("disk is full" in m for m in shown), shown
    assert not any("Something went wrong" in m for m in shown)
    assert quick.text.text() == long_text and quick.room.text() == "1208"

    event.remove(ui_desk.db.engine, "connect", _full)
    ui_desk.db.engine.dispose()  # space freed: the same Enter now saves
    QTest.keyClick(quick.text, Qt.Key.Key_Return)
    assert quick.text.text() == ""
    rows = log_views.list_entries(ui_desk, people["clerk"]).rows
    assert [e.text for e in rows] == [long_text.strip()]
