"""Admin → Staff directory: the people who work here without a sign-in (housekeeping,
engineering, security, ...), searched as you type, kept by supervisors and managers, with each
member's history (who added, changed or deactivated them, when, at which station) under the list.

Everyone may open it to look a colleague up (a phone number, a badge); the buttons that change it
are shown to those who keep it only. The service checks the role again on every call.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import staff as rules
from desk_app.domain.roles import Capability, can
from desk_app.domain.staff import Department
from desk_app.services import staff as staff_service
from desk_app.services.desk import Actor, Desk
from desk_app.services.staff import StaffChange, StaffMemberView
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.common.staff_labels import department_label
from desk_app.ui.common.write_op import write_op

MEMBER_ROLE = Qt.ItemDataRole.UserRole + 40
INACTIVE_COLOR = QColor("#8a8a8a")
COL_NAME, COL_DEPARTMENT, COL_PHONE, COL_BADGE, COL_STATE = range(5)
HCOL_WHEN, HCOL_BY, HCOL_CHANGE, HCOL_DETAILS = range(4)


class StaffMemberDialog(FormDialog):
    """Add a member, or change one (``member`` given): the form the service's rules speak to."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        member: StaffMemberView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffMemberDialog")
        self._desk = desk
        self._actor = actor
        self._member = member
        self.result_member: StaffMemberView | None = None
        if member is None:
            self.setWindowTitle(self.tr("Add a member of staff"))
        else:
            self.setWindowTitle(self.tr("Change {name}").format(name=member.name))
        self.set_intro(
            self.tr(
                "People who work here without signing in to the desk. They are offered wherever "
                "a member of staff is chosen, for example when a key is issued."
            )
        )
        self.name = self.add_field("name", self.tr("Name"), QLineEdit())
        self.name.setObjectName("staffName")
        self.name.setMaxLength(rules.NAME_MAX_LENGTH)
        self.department = self.add_field("department", self.tr("Department"), QComboBox())
        self.department.setObjectName("staffDepartment")
        for dept in Department:
            self.department.addItem(department_label(dept), dept.value)
        self.department.setCurrentIndex(-1)
        self.department.setPlaceholderText(self.tr("Choose the department"))
        self.department_other = self.add_field(
            "department_other", self.tr("Which department"), QLineEdit()
        )
        self.department_other.setObjectName("staffDepartmentOther")
        self.department_other.setMaxLength(rules.DEPARTMENT_OTHER_MAX_LENGTH)
        self.department_other.setPlaceholderText(self.tr("e.g. Gardening"))
        self.phone = self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.phone.setObjectName("staffPhone")
        self.phone.setPlaceholderText(self.tr("Extension or mobile, if any"))
        self.badge = self.add_field("badge", self.tr("Badge number"), QLineEdit())
        self.badge.setObjectName("staffBadge")
        self.badge.setPlaceholderText(self.tr("As on the staff card, if any"))
        if member is not None:
            self.name.setText(member.name)
            self.department.setCurrentIndex(self.department.findData(member.department.value))
            self.department_other.setText(member.department_other or "")
            self.phone.setText(member.phone)
            self.badge.setText(member.badge or "")
        self.department.currentIndexChanged.connect(self._department_changed)
        self._department_changed()
        self.resize(520, self.sizeHint().height())

    def _department_changed(self, *_args) -> None:
        other = self.department.currentData() == Department.OTHER.value
        self.form.setRowVisible(self.department_other, other)

    def submit(self) -> None:
        values: dict[str, Any] = dict(
            name=self.name.text(),
            department=self.department.currentData() or "",
            department_other=self.department_other.text(),
            phone=self.phone.text(),
            badge=self.badge.text(),
        )
        member = self._member
        if member is None:
            op = write_op(self, lambda: staff_service.add_member(self._desk, self._actor, **values))
        else:
            op = write_op(
                self,
                lambda: staff_service.update_member(
                    self._desk, self._actor, member.id, version=member.version, **values
                ),
            )
        op.success(self._saved).failure(self.show_error).run()

    def _saved(self, member: StaffMemberView) -> None:
        self.result_member = member
        self.accept()


class StaffDirectoryDialog(QDialog):
    """The directory as a searchable table, and the chosen member's history under it."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDirectoryDialog")
        self._desk = desk
        self._actor = actor
        self.keeper = can(actor.role, Capability.KEEP_STAFF_DIRECTORY)
        self._members: list[StaffMemberView] = []
        self.setWindowTitle(self.tr("Staff directory"))

        self.search = QLineEdit()
        self.search.setObjectName("staffSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, department, phone or badge"))
        self.show_inactive = QCheckBox(self.tr("Show members who left"))
        self.show_inactive.setObjectName("staffShowInactive")
        self.show_inactive.setVisible(self.keeper)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)

        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Department"),
                self.tr("Phone"),
                self.tr("Badge"),
                self.tr("State"),
            ]
        )
        self.table = self._table("staffTable", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.count.setObjectName("staffCount")

        self.history_title = QLabel()
        self.history_title.setObjectName("staffHistoryTitle")
        self.history_model = QStandardItemModel(0, 4, self)
        self.history_model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("Change"), self.tr("Details")]
        )
        self.history = self._table("staffHistory", self.history_model)
        self.history.setWordWrap(True)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        hheader = self.history.horizontalHeader()
        hheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hheader.setSectionResizeMode(HCOL_DETAILS, QHeaderView.ResizeMode.Stretch)
        # Details wrap: each row as tall as its text at the column's width, whenever it changes.
        # (Once the header has settled: during a resize the other sections are not yet set.)
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.history.resizeRowsToContents)
        hheader.sectionResized.connect(lambda *_a: self._fit_rows.start())
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addStaffMember")
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.setObjectName("editStaffMember")
        self.toggle_button = QPushButton(self.tr("&Deactivate"))
        self.toggle_button.setObjectName("toggleStaffMember")
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.toggle_button):
            b.setAutoDefault(False)
            b.setVisible(self.keeper)
            buttons.addWidget(b)
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self._fill)
        self.show_inactive.toggled.connect(self.refresh)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.table.doubleClicked.connect(lambda _i: self.edit_member())
        close.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()
        self.resize(900, 600)
        self.search.setFocus()

    @staticmethod
    def _table(name: str, model: QStandardItemModel) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        return table

    # -- the list ------------------------------------------------------------------------------
    def refresh(self, *_args, select: str | None = None) -> None:
        if select is None:
            current = self.selected()
            select = current.id if current else None
        self._members = (
            run_op(
                self,
                lambda: staff_service.list_members(
                    self._desk,
                    self._actor,
                    include_inactive=self.keeper and self.show_inactive.isChecked(),
                ),
            )
            or []
        )
        self._fill(select=select)

    def _fill(self, *_args, select: str | None = None) -> None:
        if select is None and _args:
            current = self.selected()
            select = current.id if current else None
        query = self.search.text()
        self.model.removeRows(0, self.model.rowCount())
        shown = 0
        for m in self._members:
            dept = department_label(m.department, m.department_other)
            if not rules.matches(query, m.name, dept, m.department_other, m.phone, m.badge):
                continue
            state = self.tr("Active") if m.active else self.tr("Left (inactive)")
            cells = [
                QStandardItem(m.name),
                QStandardItem(dept),
                QStandardItem(m.phone),
                QStandardItem(m.badge or ""),
                QStandardItem(state),
            ]
            for c in cells:
                c.setData(m, MEMBER_ROLE)
                if not m.active:
                    c.setForeground(QBrush(INACTIVE_COLOR))
            self.model.appendRow(cells)
            shown += 1
        self.count.setText(
            self.tr("Members: {count}").format(count=shown)
            if query == ""
            else self.tr("Found: {count}").format(count=shown)
        )
        row = next(
            (
                r
                for r in range(self.model.rowCount())
                if self.model.item(r, 0).data(MEMBER_ROLE).id == select
            ),
            0 if self.model.rowCount() else -1,
        )
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> StaffMemberView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row(), 0).data(MEMBER_ROLE) if rows else None

    def _selection_changed(self, *_args) -> None:
        member = self.selected()
        self.edit_button.setEnabled(member is not None)
        self.toggle_button.setEnabled(member is not None)
        if member is not None:
            self.toggle_button.setText(
                self.tr("&Deactivate") if member.active else self.tr("&Reactivate")
            )
        self._show_history(member)

    # -- history -------------------------------------------------------------------------------
    def _show_history(self, member: StaffMemberView | None) -> None:
        self.history_model.removeRows(0, self.history_model.rowCount())
        if member is None:
            self.history_title.setText(self.tr("History"))
            return
        self.history_title.setText(self.tr("History of {name}").format(name=member.name))
        steps = (
            run_op(self, lambda: staff_service.member_history(self._desk, self._actor, member.id))
            or []
        )
        for step in reversed(steps):  # newest first, like every book
            self.history_model.appendRow(
                [
                    QStandardItem(format_datetime(step.at)),
                    QStandardItem(
                        self.tr("{name} at {station}").format(
                            name=step.actor_name, station=step.station
                        )
                    ),
                    QStandardItem(self._kind_label(step.kind)),
                    QStandardItem(self._details(step)),
                ]
            )
        self.history.resizeRowsToContents()

    def _kind_label(self, kind: str) -> str:
        return {
            "added": self.tr("Added"),
            "changed": self.tr("Changed"),
            "deactivated": self.tr("Deactivated"),
            "reactivated": self.tr("Reactivated"),
        }[kind]

    def _field_label(self, field: str) -> str:
        return {
            "name": self.tr("Name"),
            "department": self.tr("Department"),
            "department_other": self.tr("Which department"),
            "phone": self.tr("Phone"),
            "badge": self.tr("Badge"),
            "active": self.tr("State"),
        }[field]

    def _value(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if field == "department":
            try:
                return department_label(Department(value))
            except ValueError:
                return str(value)
        if field == "active":
            return self.tr("Active") if value else self.tr("Left (inactive)")
        return str(value)

    def _details(self, step: StaffChange) -> str:
        if step.kind in ("deactivated", "reactivated"):
            return ""
        parts = []
        for c in step.changes:
            if step.kind == "added":
                parts.append(
                    self.tr("{field}: {value}").format(
                        field=self._field_label(c.field), value=self._value(c.field, c.after)
                    )
                )
            else:
                parts.append(
                    self.tr("{field}: {before} → {after}").format(
                        field=self._field_label(c.field),
                        before=self._value(c.field, c.before),
                        after=self._value(c.field, c.after),
                    )
                )
        return "; ".join(parts)

    # -- keeping it ----------------------------------------------------------------------------
    def add_member(self) -> None:
        dialog = StaffMemberDialog(self._desk, self._actor, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_member is not None:
            self.search.clear()
            self.refresh(select=dialog.result_member.id)

    def edit_member(self) -> None:
        member = self.selected()
        if member is None or not self.keeper:
            return
        dialog = StaffMemberDialog(self._desk, self._actor, member, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_member is not None:
            self.refresh(select=member.id)

    def toggle_active(self) -> None:
        member = self.selected()
        if member is None:
            return
        op = staff_service.deactivate_member if member.active else staff_service.reactivate_member
        write_op(
            self, lambda: op(self._desk, self._actor, member.id, version=member.version)
        ).success(lambda _member: self.refresh(select=member.id)).run()


def open_staff_directory(window: QWidget) -> StaffDirectoryDialog:
    """Admin → Staff directory…, window-modal, from the window's desk and signed-in person."""
    dialog = StaffDirectoryDialog(window.desk, window.actor, window)  # type: ignore[attr-defined]
    dialog.exec()
    return dialog
