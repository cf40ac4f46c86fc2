"""Rows of a printed section that open their record's page: a log entry, a complaint.

A handover sheet and a duty report list entries and complaints by number, cut to a cell; whoever
reads them (the incoming clerk going through the red ones, a supervisor in the morning) wants the
whole record — who has read an entry, what a complaint's guest was promised — and to act on it
without leaving the sheet or the report.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidget, QWidget

from desk_app.domain.handover import Section
from desk_app.services import complaints as complaint_service
from desk_app.services import log as log_service
from desk_app.services.desk import Actor, Desk
from desk_app.ui.errors import run_op

ENTRY_SECTIONS = ("log", "follow_ups", "duty_log")  # their rows are numbered log entries
COMPLAINT_SECTIONS = ("complaints",)


def _hint(key: str) -> str:
    if key in COMPLAINT_SECTIONS:
        return QCoreApplication.translate(
            "SectionRows", "{text}\n\nDouble-click or Enter: open the complaint."
        )
    return QCoreApplication.translate(
        "SectionRows", "{text}\n\nDouble-click or Enter: open the entry."
    )


def opens_records(section: Section) -> bool:
    return section.key in ENTRY_SECTIONS + COMPLAINT_SECTIONS and "num" in section.columns


def open_rows(table: QTableWidget, section: Section, open_record: Callable[[str, int], object]):
    """Double-click or Enter on a row calls ``open_record`` with the section's key and the row's
    number; each cell's tooltip (its whole text) says so."""
    hint = _hint(section.key)
    num_column = section.columns.index("num")
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            item.setToolTip(hint.format(text=item.text()))
    table.itemActivated.connect(
        lambda item: open_record(section.key, section.rows[item.row()][num_column])
    )


def open_record_over(parent: QWidget, desk: Desk, actor: Actor, key: str, num: int) -> bool:
    """The record's page over ``parent`` (the sheet or report stays open under it). True when
    something was written from it: an entry marked read or amended, a complaint's step."""
    if key in COMPLAINT_SECTIONS:
        return _open_complaint(parent, desk, actor, num)
    return _open_entry(parent, desk, actor, num)


def _open_entry(parent: QWidget, desk: Desk, actor: Actor, num: int) -> bool:
    from desk_app.ui.entry_dialog import EntryDialog

    entry_id = run_op(parent, lambda: log_service.entry_id_of(desk, actor, num))
    if entry_id is None:
        return False
    # No buttons onward to other books' pages: one page over the sheet at a time.
    dialog = EntryDialog(desk, actor, entry_id, parent, links=False)
    if dialog.detail is None:
        dialog.deleteLater()
        return False
    return _run(dialog)


def _open_complaint(parent: QWidget, desk: Desk, actor: Actor, num: int) -> bool:
    from desk_app.ui.complaint_page import ComplaintDialog

    complaint_id = run_op(parent, lambda: complaint_service.complaint_id_of(desk, actor, num))
    if complaint_id is None:
        return False
    dialog = ComplaintDialog(desk, actor, complaint_id, parent)
    if dialog.detail is None:
        dialog.deleteLater()
        return False
    return _run(dialog)


def _run(dialog) -> bool:
    changed = []
    dialog.changed.connect(lambda *_: changed.append(True))
    dialog.exec()
    dialog.deleteLater()
    return bool(changed)
