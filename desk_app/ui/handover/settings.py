"""Handover settings (a manager's): the name on the sheet, the shift pattern, what the incoming
clerk counts and what the desk checklist asks.

Lists are edited one row an item, as a manager would write them on the paper form, each item
with its name per language beside the name given (a reader whose language has none sees the
name given); a sheet already sealed keeps the lists it was sealed with.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from desk_app.domain.handover import rules
from desk_app.domain.roles import Capability, can
from desk_app.services.desk import Actor, Desk
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import views as handover_views
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.local_name_table import LocalNameTable
from desk_app.ui.common.write_op import write_op


class HandoverSettingsDialog(FormDialog):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.policy: handover_views.HandoverPolicy | None = None
        self.setObjectName("handoverSettings")
        self.setWindowTitle(self.tr("Handover settings"))
        self.set_intro(
            self.tr(
                "What every handover sheet of this desk shows and asks. Shifts start at the "
                "times given (a night shift runs past midnight to the first start of the next "
                "day). One item a row, with its name in each language if you wish; a sheet "
                "already sealed keeps what it was sealed with."
            )
        )
        current = run_op(self, lambda: handover_views.get_policy(desk)) or handover_views.HandoverPolicy()
        self.property_name = QLineEdit(current.property_name)
        self.property_name.setObjectName("propertyName")
        self.property_name.setMaxLength(rules.MAX_POLICY_ITEM_LENGTH)
        self.property_name.setPlaceholderText(self.tr("printed at the top of every sheet"))
        self.shift_starts = QLineEdit(", ".join(t.strftime("%H:%M") for t in current.shift_starts))
        self.shift_starts.setObjectName("shiftStarts")
        self.shift_starts.setPlaceholderText("07:00, 15:00, 23:00")
        self.count_items = LocalNameTable(self.tr("Item"))
        self.count_items.setObjectName("countItems")
        self.count_items.set_names([current.local_name(i) for i in current.count_items])
        self.checklist = LocalNameTable(self.tr("Check"))
        self.checklist.setObjectName("checklist")
        self.checklist.set_names([current.local_name(i) for i in current.checklist])
        for edit in (self.count_items, self.checklist):
            edit.setMinimumSize(640, 150)
        self.add_field("property", self.tr("&Property:"), self.property_name)
        self.add_field("shift_starts", self.tr("&Shifts start at:"), self.shift_starts)
        self.add_field("count_items", self.tr("&Counted at each handover:"), self.count_items)
        self.add_field("checklist", self.tr("Desk c&hecklist:"), self.checklist)
        manager = can(actor.role, Capability.CHANGE_SETTINGS)
        for widget in (self.property_name, self.shift_starts, self.count_items, self.checklist):
            widget.setEnabled(manager)
        self.property_name.setFocus()

    def edited_policy(self) -> handover_views.HandoverPolicy:
        """The fields as a policy; ``ValidationError`` for start times that are not times."""
        counted, checks = self.count_items.names(), self.checklist.names()
        return handover_views.HandoverPolicy(
            property_name=self.property_name.text(),
            shift_starts=rules.parse_shift_starts(self.shift_starts.text()),
            count_items=tuple(n.given for n in counted),
            checklist=tuple(n.given for n in checks),
            item_names={n.given: n for n in (*counted, *checks)},
        )

    def submit(self) -> None:
        if not can(self._actor.role, Capability.CHANGE_SETTINGS):
            return
        policy = (
            write_op(self, lambda: handover_commands.set_policy(self._desk, self._actor, self.edited_policy()))
            .failure(self.show_error)
            .run()
        )
        if policy is None:
            return
        self.policy = policy
        self.accept()
