"""Rows of a printed section that open their record's page: a log entry, a complaint, a key, a
handover sheet.

A handover sheet and a duty report list records by number or code, cut to a cell; whoever reads
them (the clerks at the handover, a supervisor in the morning) wants the whole record — an entry's
full text and who has read it, what a complaint's guest was promised, who holds a key — and to act
on it without leaving the sheet or the report. What is done on the page is done as the person
signed in at this window (a "Mark read" marks it read for them, not for whoever stands beside).

The page opens window-modal over the sheet (``open()``, not ``exec()``): the window's lock hides
it with what was typed in it and shows it again, as it does the pages opened from the docks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QTableWidget, QWidget

from desk_app.domain.handover.rules import Section
from desk_app.services import complaints as complaint_service
from desk_app.services import handover as handover_service
from desk_app.services import keys as key_service
from desk_app.services import log as log_service
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import run_op

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


class _EnterOpens(QObject):
    """Enter on a row opens it, and goes no further: a dialog's default button (the duty report's
    "Make report") must not take it too."""

    def __init__(self, table: QTableWidget, open_current: Callable[[], None]) -> None:
        super().__init__(table)
        self._open_current = open_current

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self._open_current()
            return True
        return False


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

    def open_row(row: int) -> None:
        if 0 <= row < len(section.rows):
            open_record(kind, section.rows[row][ref_column])

    table.itemActivated.connect(lambda item: open_row(item.row()))
    table.installEventFilter(_EnterOpens(table, lambda: open_row(table.currentRow())))


def open_record_over(
    parent: QWidget,
    desk: Desk,
    actor: Actor,
    kind: str,
    ref: object,
    closed: Callable[[bool], object],
) -> QDialog | None:
    """Open the record's page over ``parent`` (the sheet or report stays open under it) and return
    it; once it closes, ``closed`` is told whether something was written from it (an entry marked
    read or amended, a complaint's step, a key taken back). None when it could not be read (the
    error was shown)."""
    find, make = _PAGES[kind]
    record_id = run_op(parent, lambda: find(desk, actor, ref))
    if record_id is None:
        return None
    page, loaded = make(desk, actor, record_id, parent)
    if not loaded:  # the error was shown; an empty page would only confuse
        page.deleteLater()
        return None
    written = []
    page.changed.connect(lambda *_: written.append(True))
    if hasattr(page, "records_changed"):  # a sheet opened from the report: its own rows' pages
        page.records_changed.connect(lambda: written.append(True))

    def finished(_result: int) -> None:
        page.deleteLater()
        closed(bool(written))

    page.finished.connect(finished)
    page.open()
    return page


# Each page is imported when first opened: the sheet and the report pay only for what is read.


def _entry_page(desk: Desk, actor: Actor, entry_id: str, parent: QWidget):
    from desk_app.ui.log.entry_dialog import EntryDialog

    # No buttons onward to other books' pages: one page over the sheet at a time.
    page = EntryDialog(desk, actor, entry_id, parent, links=False)
    return page, page.detail is not None


def _complaint_page(desk: Desk, actor: Actor, complaint_id: str, parent: QWidget):
    from desk_app.ui.complaints.page import ComplaintDialog

    page = ComplaintDialog(desk, actor, complaint_id, parent)
    return page, page.detail is not None


def _key_page(desk: Desk, actor: Actor, key_id: str, parent: QWidget):
    from desk_app.ui.keys.page import KeyPage

    page = KeyPage(desk, actor, key_id, parent)
    return page, page.key is not None


def _handover_page(desk: Desk, actor: Actor, handover_id: str, parent: QWidget):
    from desk_app.ui.handover.dialog import HandoverDialog

    page = HandoverDialog(desk, actor, handover_id, parent)
    return page, page.loaded


# What finds the record by the number or code printed in the row, and what shows it.
_PAGES: dict[str, tuple[Callable, Callable]] = {
    ENTRY: (log_service.entry_id_of, _entry_page),
    COMPLAINT: (complaint_service.complaint_id_of, _complaint_page),
    KEY: (key_service.key_id_of, _key_page),
    HANDOVER: (handover_service.handover_id_of, _handover_page),
}
