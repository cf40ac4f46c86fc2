"""Rows of a printed section that open their record's page: a log entry, a complaint, a key, a
handover sheet.

A handover sheet and a duty report list records by number or code, cut to a cell; whoever reads
them (the incoming clerk going through the red ones, a supervisor in the morning) wants the whole
record — who has read an entry, what a complaint's guest was promised, who holds a key — and to
act on it without leaving the sheet or the report.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QTableWidget, QWidget

from desk_app.domain.handover import Section
from desk_app.services import complaints as complaint_service
from desk_app.services import handover as handover_service
from desk_app.services import keys as key_service
from desk_app.services import log as log_service
from desk_app.services.desk import Actor, Desk
from desk_app.ui.errors import run_op

ENTRY, COMPLAINT, KEY, HANDOVER = "entry", "complaint", "key", "handover"

# Which sections' rows open what, found by which of their columns.
OPENS: dict[str, tuple[str, str]] = {
    "log": (ENTRY, "num"),
    "follow_ups": (ENTRY, "num"),
    "duty_log": (ENTRY, "num"),
    "complaints": (COMPLAINT, "num"),
    "keys_out": (KEY, "code"),
    "key_movements": (KEY, "code"),
    "handovers": (HANDOVER, "num"),
}


def _hint(kind: str) -> str:
    if kind == COMPLAINT:
        return QCoreApplication.translate(
            "SectionRows", "{text}\n\nDouble-click or Enter: open the complaint."
        )
    if kind == KEY:
        return QCoreApplication.translate(
            "SectionRows", "{text}\n\nDouble-click or Enter: open the key's page."
        )
    if kind == HANDOVER:
        return QCoreApplication.translate(
            "SectionRows", "{text}\n\nDouble-click or Enter: open the handover sheet."
        )
    return QCoreApplication.translate(
        "SectionRows", "{text}\n\nDouble-click or Enter: open the entry."
    )


def opens_records(section: Section) -> bool:
    opens = OPENS.get(section.key)
    return opens is not None and opens[1] in section.columns


def open_rows(
    table: QTableWidget, section: Section, open_record: Callable[[str, object], object]
) -> None:
    """Double-click or Enter on a row calls ``open_record`` with what it opens (``ENTRY``…) and
    the row's number or code; each cell's tooltip (its whole text) says so."""
    kind, column = OPENS[section.key]
    hint = _hint(kind)
    ref_column = section.columns.index(column)
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            item.setToolTip(hint.format(text=item.text()))
    table.itemActivated.connect(
        lambda item: open_record(kind, section.rows[item.row()][ref_column])
    )


def open_record_over(parent: QWidget, desk: Desk, actor: Actor, kind: str, ref) -> bool:
    """The record's page over ``parent`` (the sheet or report stays open under it). True when
    something was written from it: an entry marked read or amended, a complaint's step, a key
    taken back."""
    if kind == COMPLAINT:
        return _open_complaint(parent, desk, actor, ref)
    if kind == KEY:
        return _open_key(parent, desk, actor, ref)
    if kind == HANDOVER:
        return _open_handover(parent, desk, actor, ref)
    return _open_entry(parent, desk, actor, ref)


def _open_entry(parent: QWidget, desk: Desk, actor: Actor, num: int) -> bool:
    from desk_app.ui.entry_dialog import EntryDialog

    entry_id = run_op(parent, lambda: log_service.entry_id_of(desk, actor, num))
    if entry_id is None:
        return False
    # No buttons onward to other books' pages: one page over the sheet at a time.
    dialog = EntryDialog(desk, actor, entry_id, parent, links=False)
    return _run(dialog, dialog.detail is not None)


def _open_complaint(parent: QWidget, desk: Desk, actor: Actor, num: int) -> bool:
    from desk_app.ui.complaint_page import ComplaintDialog

    complaint_id = run_op(parent, lambda: complaint_service.complaint_id_of(desk, actor, num))
    if complaint_id is None:
        return False
    dialog = ComplaintDialog(desk, actor, complaint_id, parent)
    return _run(dialog, dialog.detail is not None)


def _open_key(parent: QWidget, desk: Desk, actor: Actor, code: str) -> bool:
    from desk_app.ui.key_page import KeyPage

    key_id = run_op(parent, lambda: key_service.key_id_of(desk, actor, code))
    if key_id is None:
        return False
    dialog = KeyPage(desk, actor, key_id, parent)
    return _run(dialog, dialog.key is not None)


def _open_handover(parent: QWidget, desk: Desk, actor: Actor, num: int) -> bool:
    from desk_app.ui.handover_dialog import HandoverDialog

    handover_id = run_op(parent, lambda: handover_service.handover_id_of(desk, actor, num))
    if handover_id is None:
        return False
    dialog = HandoverDialog(desk, actor, handover_id, parent)
    return _run(dialog, dialog.loaded)


def _run(dialog: QDialog, loaded: bool) -> bool:
    if not loaded:  # the error was shown; an empty page would only confuse
        dialog.deleteLater()
        return False
    changed = []
    dialog.changed.connect(lambda *_: changed.append(True))
    dialog.exec()
    dialog.deleteLater()
    return bool(changed)
