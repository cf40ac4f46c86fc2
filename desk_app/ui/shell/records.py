"""Opening a record by its kind and id: one road for the docks, a log entry's links, the rows of a
handover sheet or a duty report, and search results.

Each book's controller registers the kinds it shows (``ENTRY`` … ``HANDOVER``): how the window
opens one (its own page, one at a time, hidden while the window is locked), how a page is made
over another page (a sheet, a report: that page stays open under it), and how the id is found
behind the number or code a printed row shows. The registry knows no book: it is filled when the
window is built, so no page imports another book's page to open it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk

ENTRY, COMPLAINT, LF_ITEM, LF_REPORT, KEY, HANDOVER, INSPECTION = (
    "entry",
    "complaint",
    "lf_item",
    "lf_report",
    "key",
    "handover",
    "inspection",
)

# A page over ``parent``, read as ``actor``; None when it could not be read (the error was shown).
PageMaker = Callable[[Desk, Actor, str, QWidget], QDialog | None]
# The id behind a printed number or code (an entry's or a complaint's number, a key's code).
IdFinder = Callable[[Desk, Actor, object], str]


class RecordKind(Value):
    open: Callable[[str], object]  # on the window, by id
    page: PageMaker  # over another page
    id_of: IdFinder | None = None


class Records(QObject):
    """The window's registry of record kinds; a child of the main window."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("records")
        self._kinds: dict[str, RecordKind] = {}

    def register(
        self,
        kind: str,
        *,
        open: Callable[[str], object],  # noqa: A002 - what the registry does with it
        page: PageMaker,
        id_of: IdFinder | None = None,
    ) -> None:
        self._kinds[kind] = RecordKind(open, page, id_of)

    def kinds(self) -> list[str]:
        return list(self._kinds)

    def open(self, kind: str, record_id: str) -> None:
        """The record's page on the window (nothing when the window is locked or one is open)."""
        self._kinds[kind].open(record_id)

    def kind(self, kind: str) -> RecordKind | None:
        return self._kinds.get(kind)

    @staticmethod
    def of(widget: QWidget | None) -> Records | None:
        """The registry of the window ``widget`` is shown in (up its parents); None for a page
        shown without a window."""
        while widget is not None:
            found = widget.findChild(Records, "records", Qt.FindChildOption.FindDirectChildrenOnly)
            if found is not None:
                return found
            widget = widget.parentWidget()
        return None
