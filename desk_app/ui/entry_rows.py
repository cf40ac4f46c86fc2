"""Rows of a printed section that are log entries open the entry's page.

A handover sheet and a duty report list entries by number, cut to a cell; whoever reads them
(the incoming clerk going through the red ones, a supervisor in the morning) wants the whole
entry, who has read it, and Mark read — without leaving the sheet or the report.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidget, QWidget

from desk_app.domain.handover import Section
from desk_app.services import log as log_service
from desk_app.services.desk import Actor, Desk
from desk_app.ui.errors import run_op

ENTRY_SECTIONS = ("log", "follow_ups", "duty_log")  # their rows are numbered log entries


def open_rows_as_entries(
    table: QTableWidget, section: Section, open_entry: Callable[[int], object]
) -> None:
    """Double-click or Enter on a row calls ``open_entry`` with its entry's number; each cell's
    tooltip (its whole text) says so."""
    num_column = section.columns.index("num")
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            item.setToolTip(
                QCoreApplication.translate(
                    "EntryRows", "{text}\n\nDouble-click or Enter: open the entry."
                ).format(text=item.text())
            )
    table.itemActivated.connect(lambda item: open_entry(section.rows[item.row()][num_column]))


def open_entry_over(parent: QWidget, desk: Desk, actor: Actor, num: int) -> bool:
    """The entry's page over ``parent``, without buttons onward to other books' pages (the sheet
    or report stays open under it). True when the entry was marked read or amended."""
    from desk_app.ui.entry_dialog import EntryDialog

    entry_id = run_op(parent, lambda: log_service.entry_id_of(desk, actor, num))
    if entry_id is None:
        return False
    dialog = EntryDialog(desk, actor, entry_id, parent, links=False)
    if dialog.detail is None:
        dialog.deleteLater()
        return False
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    dialog.exec()
    dialog.deleteLater()
    return bool(changed)
