"""A handover sheet signed by the outgoing clerk and not yet accepted, at this station: a notice in
the status bar while it waits (shown from the sign-in on, a click opens the sheet; never a box),
and a question before the window is closed or the program quit while it waits.

The window adds it in one line (``WaitingSheet(window)``). It reads when it starts (every sign-in
opens a new window) and whenever a write here or at another station touches a handover.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desk_app.domain.errors import DeskError
from desk_app.services.changes import Changes
from desk_app.services.handover import views as handover_views
from desk_app.services.handover.views import HandoverView
from desk_app.ui.common.errors import messenger
from desk_app.ui.common.forms import OVERDUE_STYLE
from desk_app.ui.shell.status_bar import ClickableItem

if TYPE_CHECKING:
    from desk_app.ui.shell.main_window import MainWindow


class WaitingSheet(QObject):
    """The notice of a sheet waiting to be accepted, and the question before closing."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: HandoverView | None = None
        self.item = ClickableItem("statusSheetWaiting")
        self.item.setStyleSheet(OVERDUE_STYLE)
        self.item.hide()
        self.item.clicked.connect(self.open_sheet)
        window.status_bar.add_item(self.item, permanent=True)
        window.changes_applied.connect(self.apply_changes)
        self.refresh()

    def read(self) -> HandoverView | None:
        """The waiting sheet, or None (also when it cannot be read: a notice, not an error box;
        the window's other reads say what is wrong)."""
        try:
            return handover_views.waiting_sheet(self.window.desk, self.window.actor)
        except DeskError:
            return None

    def refresh(self) -> None:
        self.view = view = self.read()
        if view is None:
            self.item.hide()
        else:
            self.item.set_texts(
                self.tr("Handover sheet no. {num} from {name} waits to be accepted").format(
                    num=view.num, name=view.outgoing_name
                ),
                self.tr("Sheet {num}: to accept").format(num=view.num),
                self.tr(
                    "{name} signed handover sheet no. {num}; the incoming clerk accepts it "
                    "here. Click to open it."
                ).format(num=view.num, name=view.outgoing_name),
            )
            self.item.show()
        self.window.status_bar.fit()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("handover", "people"):
            self.refresh()

    def open_sheet(self) -> None:
        if self.view is not None:
            self.window.handover.open_sheet(self.view.id)

    def may_close(self) -> bool:
        """Closing or quitting while a sheet waits: asked (read afresh: another station may
        have accepted it meanwhile)."""
        view = self.read()
        if view is None:
            return True
        return messenger.confirm(
            self.window,
            self.tr(
                "Handover sheet no. {num} is signed by {name} but not yet accepted: the incoming "
                "clerk must accept it at this station. Close DutyDesk anyway?"
            ).format(num=view.num, name=view.outgoing_name),
        )
