"""Rows of a printed section that open their record's page: a log entry, a complaint, a key, a
handover sheet, an inspection.

A handover sheet and a duty report list records by number or code, cut to a cell; whoever reads
them (the clerks at the handover, a supervisor in the morning) wants the whole record — an entry's
full text and who has read it, what a complaint's guest was promised, who holds a key — and to act
on it without leaving the sheet or the report. What is done on the page is done as the person
signed in at this window (a "Mark read" marks it read for them, not for whoever stands beside).

The page opens window-modal over the sheet (``open()``, not ``exec()``): the window's lock hides
it with what was typed in it and shows it again, as it does the pages opened from the docks. How
each kind is found and shown is the window's record registry (:mod:`desk_app.ui.shell.records`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QTableWidget, QWidget

from desk_app.domain.handover.rules import Section
from desk_app.services.changes import NOTHING, Changes
from desk_app.services.desk import Actor, Desk
from desk_app.ui.common.errors import run_op
from desk_app.ui.shell.records import COMPLAINT, ENTRY, HANDOVER, INSPECTION, KEY, Records

# Which sections' rows open what, found by which of their columns.
OPENS: dict[str, tuple[str, str]] = {
    "log": (ENTRY, "num"),
    "follow_ups": (ENTRY, "num"),
    "duty_log": (ENTRY, "num"),
    "complaints": (COMPLAINT, "num"),
    "keys_out": (KEY, "code"),
    "key_movements": (KEY, "code"),
    "handovers": (HANDOVER, "num"),
    "inspections": (INSPECTION, "num"),
    "handover_checks": (INSPECTION, "num"),
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
    if kind == INSPECTION:
        return QCoreApplication.translate(
            "SectionRows", "{text}\n\nDouble-click or Enter: open the inspection."
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
    closed: Callable[[Changes], object],
) -> QDialog | None:
    """Open the record's page over ``parent`` (the sheet or report stays open under it) and return
    it; once it closes, ``closed`` is told what was written from it (an entry marked read or
    amended, a complaint's step, a key taken back: the ``Changes`` the window announced while it
    was open, empty when nothing). None when it could not be read (the error was shown) or when
    ``parent`` is not shown in a window, whose registry says how each kind opens."""
    records = Records.of(parent)
    known = records.kind(kind) if records is not None else None
    if known is None or known.id_of is None:
        return None
    find = known.id_of
    record_id = run_op(parent, lambda: find(desk, actor, ref))
    if record_id is None:
        return None
    page = known.page(desk, actor, record_id, parent)
    if page is None:
        return None
    window = records.parent()
    written = [NOTHING]

    def collect(changes: Changes) -> None:
        written[0] = written[0] | changes

    window.changes_applied.connect(collect)

    def finished(_result: int) -> None:
        window.changes_applied.disconnect(collect)
        page.deleteLater()
        closed(written[0])

    page.finished.connect(finished)
    page.open()
    return page
