"""An inspection as a record the window opens by number: a handover check's row on its sheet, an
inspection's row in the duty report or the daily review opens the inspection's page (its answers,
corrections and acknowledgement, to print) over the page it was read on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from desk_app.services.desk import Actor, Desk
from desk_app.services.supervision.inspection_views import get_inspection, inspection_id_of
from desk_app.ui.common.errors import run_op
from desk_app.ui.shell.records import INSPECTION

if TYPE_CHECKING:
    from desk_app.ui.supervision.controller import SupervisionController


def inspection_page(
    desk: Desk, actor: Actor, inspection_id: str, parent: QWidget
) -> QDialog | None:
    """The inspection's page over ``parent``; None when it could not be read (said already)."""
    from desk_app.ui.supervision.inspection_detail import InspectionDetailDialog

    view = run_op(parent, lambda: get_inspection(desk, actor, inspection_id))
    return None if view is None else InspectionDetailDialog(view, parent)


def register_inspection_kind(controller: SupervisionController) -> None:
    """The window's record registry learns to open an inspection (one page at a time)."""
    window = controller.window

    def open_on_window(inspection_id: str) -> QDialog | None:
        if window.locked or controller.pages.get("inspection_record") is not None:
            return None
        page = inspection_page(controller.desk, controller.actor, inspection_id, window)
        if page is not None:
            controller.pages.keep("inspection_record", page)
            page.open()
        return page

    window.records.register(
        INSPECTION, open=open_on_window, page=inspection_page, id_of=inspection_id_of
    )
