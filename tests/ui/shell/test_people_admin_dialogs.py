"""The people dialog's acts that hurt: deactivating someone who holds keys and follow-ups lists
them and hands them over in one step (refusals beside their fields); with nothing held it asks
first; a role is changed with a reason, never one's own."""

from __future__ import annotations

from datetime import timedelta

from desk_app.domain.book_lines import CODE_SOURCES
from desk_app.domain.complaints import Status
from desk_app.domain.roles import Role
from desk_app.services import accounts
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.holdings import Holdings, OwnedComplaint
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.services.log import commands as log_commands
from desk_app.ui.common.labels import role_label
from desk_app.ui.shell.people_dialog import PeopleDialog
from desk_app.ui.shell.person_dialogs import ChangeRoleDialog, DeactivateDialog


def _select(dialog: PeopleDialog, name: str) -> None:
    for row in range(dialog.model.rowCount()):
        if dialog.model.item(row, 0).text() == name:
            dialog.table.selectRow(row)
            return
    raise AssertionError(name)


def _role_of(desk, person_id: str) -> Role:
    return next(
        p.role for p in accounts.list_people(desk, include_inactive=True) if p.id == person_id
    )


def _active(desk, person_id: str) -> bool:
    return any(p.id == person_id for p in accounts.list_people(desk))


def test_deactivating_a_holder_lists_and_hands_over(
    qtbot, ui_desk, people, supervisor, messages, monkeypatch
):
    manager, clerk = people["manager"], people["clerk"]
    keys_commands.add_key(
        ui_desk, manager, code="K-7", label="Linen room", key_type="room", hook_row=1, hook_col=1
    )
    keys_commands.issue_key(
        ui_desk,
        clerk,
        "K-7",
        holder_kind="staff",
        holder_id=clerk.id,
        purpose="Towels",
        expected_back=ui_desk.clock.now() + timedelta(hours=1),
    )
    log_commands.record_entry(
        ui_desk,
        clerk,
        category="request",
        text="Wake-up call 06:00",
        room="402",
        follow_up_owner_id=clerk.id,
        follow_up_due=ui_desk.clock.now() + timedelta(hours=2),
    )
    taken = complaints_commands.intake(
        ui_desk,
        clerk,
        channel="phone",
        guest_name="Mr Smith",
        room="301",
        category="maintenance",
        severity="low",
        text="The kettle leaks",
        promised_at=ui_desk.clock.now() + timedelta(hours=1),
    )
    complaints_commands.act(
        ui_desk,
        manager,
        taken.id,
        "assign",
        expected_version=taken.version,
        note="Yours",
        assignee_id=clerk.id,
    )
    seen: list[list[str]] = []

    def hand_over(self):
        seen.append([self.held.item(i).text() for i in range(self.held.count())])
        assert self.to_person.findData(clerk.id) == -1  # not to themselves
        self.to_person.setCurrentIndex(self.to_person.findData(supervisor.id))
        self.submit()  # no reason yet: refused beside it, nothing written
        assert "Say why" in self.error.text()
        assert _active(ui_desk, clerk.id)
        self.reason.setPlainText("Moves to the Shanghai hotel")
        self.submit()
        return self.result()

    monkeypatch.setattr(DeactivateDialog, "exec", hand_over)
    dialog = PeopleDialog(ui_desk, manager)
    qtbot.addWidget(dialog)
    _select(dialog, clerk.name)
    assert dialog.toggle_button.text() == "Deactivate"
    dialog.toggle_button.click()

    assert len(seen) == 1
    assert seen[0][0].startswith("Key K-7 (Linen room), back by ")
    assert seen[0][1].startswith("Follow-up of entry #1, due ")
    assert seen[0][1].endswith("Wake-up call 06:00")
    assert seen[0][2] == "Complaint #1 (Assigned): Mr Smith"
    assert not _active(ui_desk, clerk.id)
    assert keys_views.find_key(ui_desk, manager, "K-7").holder_name == supervisor.name
    _select(dialog, clerk.name)
    assert dialog.toggle_button.text() == "Reactivate"
    assert messages.errors == []


def test_deactivating_someone_with_nothing_asks_first(qtbot, ui_desk, people, messages):
    manager, clerk = people["manager"], people["clerk"]
    dialog = PeopleDialog(ui_desk, manager)
    qtbot.addWidget(dialog)
    _select(dialog, clerk.name)
    messages.confirm_answer = False
    dialog.toggle_button.click()
    assert _active(ui_desk, clerk.id)
    messages.confirm_answer = True
    dialog.toggle_button.click()
    assert not _active(ui_desk, clerk.id)


def test_change_role_with_a_reason_not_ones_own(qtbot, ui_desk, people, messages, monkeypatch):
    manager, clerk = people["manager"], people["clerk"]
    dialog = PeopleDialog(ui_desk, manager)
    qtbot.addWidget(dialog)
    _select(dialog, manager.name)
    assert not dialog.role_button.isEnabled()

    def promote(self):
        assert self.role.currentData() != Role.CLERK.value  # another role offered first
        self.role.setCurrentIndex(self.role.findData(Role.SUPERVISOR.value))
        self.submit()
        assert "Say why" in self.error.text()
        assert _role_of(ui_desk, clerk.id) is Role.CLERK
        self.reason.setPlainText("Leads the night shift")
        self.submit()
        return self.result()

    monkeypatch.setattr(ChangeRoleDialog, "exec", promote)
    _select(dialog, clerk.name)
    assert dialog.role_button.isEnabled()
    dialog.role_button.click()
    assert _role_of(ui_desk, clerk.id) is Role.SUPERVISOR
    _select(dialog, clerk.name)
    assert dialog.model.item(dialog.table.selectionModel().selectedRows()[0].row(), 1).text() == (
        "Supervisor"
    )
    assert messages.errors == []


def test_the_log_words_roles_as_the_window_does(qapp):
    for role in Role:
        assert CODE_SOURCES["role"][role.value] == role_label(role)


def test_escalated_complaints_go_to_supervisors_or_managers(qtbot, ui_desk, people, supervisor):
    manager = people["manager"]
    held = Holdings(
        supervisor.id,
        supervisor.name,
        keys=(),
        follow_ups=(),
        complaints=(OwnedComplaint(7, "Ms Chen", "210", Status.ESCALATED, escalated=True),),
    )
    person = next(p for p in accounts.list_people(ui_desk) if p.id == supervisor.id)
    dialog = DeactivateDialog(ui_desk, manager, person, held)
    qtbot.addWidget(dialog)
    offered = [dialog.to_person.itemData(i) for i in range(dialog.to_person.count())]
    assert offered == [manager.id]  # not the clerk, not the supervisor themselves
    assert dialog.held.item(0).text() == "Complaint #7, escalated to them: Ms Chen"
