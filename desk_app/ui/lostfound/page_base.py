"""Lost and found pages: the base a found item's page and a guest report's page share.

A page shows its record in full and one button per movement its state and the reader's role
allow. Each movement is a small form (window-modal, errors beside the field they name); the page
reloads after it. A movement names the version the page showed: when another station acted first
it is refused, the user is told, and the page shows the record as it now is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.lostfound.categories import RetentionPolicy, default_policy
from desk_app.domain.lostfound.rules import ItemState
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.lostfound import views as lostfound_views
from desk_app.ui.common import errors as ui_errors
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.write_op import write_op
from desk_app.ui.lostfound.steps import PageForm, lf_error_text
from desk_app.ui.supervision.review_notes import ReviewNotes

HELD = (ItemState.STORED, ItemState.DISPOSAL_PROPOSED)
NOTICE_STYLE = "background: #e8f1fb; border: 1px solid #9ec1e6; border-radius: 3px; padding: 6px;"
STATE_COLORS = {
    ItemState.STORED: "#2e7d32",
    ItemState.DISPOSAL_PROPOSED: "#ef6c00",
    ItemState.RETURNED: "#1e63b5",
    ItemState.DISPOSED: "#616161",
}


def _told(parent: QWidget, refused: list[DeskError]) -> Callable[[DeskError], bool]:
    """An error handler for a page's direct action: the refusal is told and remembered."""

    def handle(exc: DeskError) -> bool:
        refused.append(exc)
        ui_errors.messenger.error(parent, lf_error_text(exc))
        return True

    return handle


# --------------------------------------------------------------------------------------------
# A page: a scrolling view rebuilt from the record after each movement
# --------------------------------------------------------------------------------------------


class _Page(QDialog):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.policy: RetentionPolicy | None = None
        self.step_dialog: PageForm | None = None
        self._content: QWidget | None = None
        self.notes: ReviewNotes | None = None  # the record's review notes, under its facts
        # The book written while the page's own write or form was under way: read again after.
        self._busy = False
        self._stale = False
        self._applied: Changes | None = None
        outer = QVBoxLayout(self)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll, 1)
        self.bottom = QDialogButtonBox()
        close = self.bottom.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        close.setAutoDefault(False)
        outer.addWidget(self.bottom)
        # Fits a 1366 × 768 screen with a task bar and a title bar; the page scrolls inside.
        self.setMinimumSize(720, 460)
        self.resize(1000, 660)

    def _new_content(self) -> QVBoxLayout:
        """A new page body to fill; :meth:`_show_content` puts it in place of the old one."""
        self._content = QWidget()
        self._content.setObjectName("pageContent")
        layout = QVBoxLayout(self._content)
        layout.setContentsMargins(4, 4, 8, 4)
        return layout

    def _show_content(self) -> None:
        # Set only once filled: widgets added to a body already on screen would stay hidden.
        # The old body is deleted by the scroll area; the reader keeps their place.
        position = self.scroll.verticalScrollBar().value()
        self.scroll.setWidget(self._content)
        if position:
            bar = self.scroll.verticalScrollBar()
            QTimer.singleShot(0, bar, lambda: bar.setValue(position))

    def _load_policy(self) -> None:
        if self.policy is None:
            self.policy = (
                run_op(self, lambda: lostfound_views.get_policy(self._desk)) or default_policy()
            )

    def _run(self, op: Callable[[], Any]) -> Any:
        """A direct action (link, unlink, a photo). The page reloads after it, and after a
        refusal too: a refusal mostly means the record moved on (another station acted)."""
        refused: list[DeskError] = []
        self._busy = True
        try:
            result = write_op(self, op).failure(_told(self, refused)).run()
        finally:
            self._busy = False
        if result is not None or refused or self._stale:
            self._stale = False
            self.load()
        return result

    def load(self) -> None:  # pragma: no cover - every page defines it
        raise NotImplementedError

    def _add_notes(self, layout: QVBoxLayout, record_kind: str, record_id: str) -> None:
        """The supervisors' review notes on the record (hidden when none)."""
        self.notes = ReviewNotes(self._desk, self._actor, record_kind, record_id)
        layout.addWidget(self.notes)

    def apply_changes(self, changes: Changes) -> None:
        """A write, here or at another station: the page shows its record as it now is when the
        lost-and-found book was written (the record itself, or a report or an item that may
        match it), keeping the reader's place; during its own write or form, once that is over."""
        if changes is self._applied:
            return  # told twice (by the window and by the page this one is open over)
        self._applied = changes
        if self.notes is not None:
            self.notes.apply_changes(changes)  # a review note written on it
        if not changes.touches("lostfound"):
            return
        if self._busy or self.step_dialog is not None:
            self._stale = True
            return
        self.load()

    # -- movements in their own forms -----------------------------------------------------------
    def _start(self, dialog: PageForm) -> PageForm | None:
        if self.step_dialog is not None:
            dialog.deleteLater()
            return None
        dialog.finished.connect(self._step_finished)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _step_finished(self, _result: int) -> None:
        dialog = self.step_dialog
        self.step_dialog = None
        if dialog is None:
            return
        if dialog.result_value is not None or dialog.conflict or self._stale:
            self._stale = False
            self._note_step(dialog)
            self.load()
        dialog.deleteLater()

    def _note_step(self, dialog: PageForm) -> None:
        """What a page notes of a movement before it reloads."""
