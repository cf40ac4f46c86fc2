"""Help → About: the version, what it runs on, where the book is kept, and the licences."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QLabel

from desk_app.identity import version
from desk_app.services.about import database_address
from desk_app.ui.shell.about_dialog import AboutDialog, LicenceDialog
from tests.ui.helpers import when_modal


def _texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_shows_the_versions_and_the_database_path(qtbot, ui_desk):
    dialog = AboutDialog(ui_desk)
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert f"DutyDesk {version()}" in texts
    assert qVersion() in texts and PySide6.__version__ in texts
    assert str(ui_desk.db.sqlite_path) in texts
    assert dialog.database_label.text() == str(ui_desk.db.sqlite_path)
    details = dialog.details()
    assert f"DutyDesk {version()}" in details and str(ui_desk.db.sqlite_path) in details
    assert "SQLAlchemy" in details and "reportlab" in details and "openpyxl" in details
    dialog.copy_details()
    assert QApplication.clipboard().text() == details


def test_the_licences_list_what_is_shipped_and_show_their_text(qtbot, ui_desk):
    dialog = AboutDialog(ui_desk)
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 2).text()
        for row in range(dialog.table.rowCount())
    }
    assert rows["Qt"] == "LGPL-3.0-only"
    assert rows["SQLAlchemy"] == "MIT"
    assert any(name.startswith("WenQuanYi") for name in rows)
    font_row = next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 0).text().startswith("WenQuanYi")
    )
    dialog.table.selectRow(font_row)
    assert dialog.licence_button.isEnabled()
    seen = {}

    def read(licence: LicenceDialog) -> None:
        seen["text"] = licence.text.toPlainText()
        licence.reject()

    timer = when_modal(LicenceDialog, read)
    dialog.licence_button.click()
    timer.stop()
    assert "Apache License" in seen["text"]


def test_a_server_password_is_hidden():
    shown = database_address("postgresql+psycopg://desk:secret@server/dutydesk")
    assert "secret" not in shown and "server/dutydesk" in shown


def test_help_about_opens_the_dialog_from_the_window(qtbot, window):
    seen = {}

    def look(dialog: AboutDialog) -> None:
        seen["title"] = dialog.findChild(QLabel, "aboutTitle").text()
        dialog.reject()

    timer = when_modal(AboutDialog, look)
    window.show_about()
    timer.stop()
    assert f"DutyDesk {version()}" in seen["title"]
