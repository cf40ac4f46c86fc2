"""The books' parts of the handover sheet (log, follow-ups, complaints, lost and found, keys out,
the board's count): always shown as tables, a row opening its record where it has one. The clerks'
own parts (counts, checklist, discrepancies, remarks) are fields while the sheet is a draft, and
tables like these once it is sealed. Below the seal, what supervisors added beside it (handover
checks, countersignatures, review notes), a check's row opening the inspection.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QVBoxLayout

from desk_app.domain.handover.rules import HandoverSheet, Section
from desk_app.reports.handover.pdf_sections import NONE_WHEN_EMPTY
from desk_app.reports.tables import section_title
from desk_app.ui.common.section_rows import open_rows, opens_records
from desk_app.ui.common.section_table import section_table

QWIDGETSIZE_MAX = 16_777_215
BOOK_SECTIONS = ("log", "follow_ups", "complaints", "lostfound", "keys_out", "board_count")


def _clear(box: QVBoxLayout) -> None:
    while box.count():
        item = box.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()


def show_sections(
    box: QVBoxLayout,
    sheet: HandoverSheet,
    sealed: bool,
    labels: dict[str, str],
    open_record: Callable[[str, object], None],
    after: QVBoxLayout | None = None,
) -> dict[str, QTableWidget]:
    """The sheet's sections in ``box`` (what it held before taken away): a draft's book parts, a
    sealed sheet's every part; in ``after`` (below the seal) what supervisors added, under a
    line saying the seal does not cover it. Returns the tables by section key."""
    _clear(box)
    tables: dict[str, QTableWidget] = {}
    for section in sheet.sections:
        if sealed or section.key in BOOK_SECTIONS:
            _add_section(box, section, labels, open_record, tables)
    if after is None:
        return tables
    _clear(after)
    if sheet.after_seal:
        heading = QLabel(labels["after_seal"])
        heading.setObjectName("afterSeal")
        heading.setStyleSheet("color: #555; margin-top: 8px;")
        after.addWidget(heading)
    for section in sheet.after_seal:
        _add_section(after, section, labels, open_record, tables)
    return tables


def _add_section(
    box: QVBoxLayout,
    section: Section,
    labels: dict[str, str],
    open_record: Callable[[str, object], None],
    tables: dict[str, QTableWidget],
) -> None:
    title = QLabel(section_title(labels, section.key))
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    box.addWidget(title)
    if not section.rows:
        none = section.key in NONE_WHEN_EMPTY  # the clerks had none to note
        empty = QLabel(labels["none" if none else "empty"])
        empty.setEnabled(False)
        box.addWidget(empty)
        return
    table = section_table(section, labels)
    tables[section.key] = table
    if table.maximumWidth() < QWIDGETSIZE_MAX:  # as wide as its columns, at the left
        box.addWidget(table, 0, Qt.AlignmentFlag.AlignLeft)
    else:  # its text column takes the width of the sheet
        box.addWidget(table)
    if opens_records(section):
        open_rows(table, section, open_record)
