"""The staff directory on SQLite and PostgreSQL: who may keep it, who may read it, badges that
name one person, a history read back from the journal, and keys issued to a member."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desk_app.domain.errors import ConflictError, PermissionDenied, ValidationError
from desk_app.domain.keys import HolderKind
from desk_app.domain.staff import Department
from desk_app.services import staff
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.store.tables import journal, key_movement, staff_member
from desk_app.store.verify import verify


def assert_verifies(db):
    result = verify(db)
    assert result.ok, [p.describe() for p in result.problems]


def add_li(desk, actor, **over):
    values = dict(name="李娜", department="housekeeping", phone="+86 138 0000 1234", badge="hk-101")
    values.update(over)
    return staff.add_member(desk, actor, **values)


def test_a_supervisor_adds_a_member_and_everyone_reads_them(desk, supervisor, clerk):
    li = add_li(desk, supervisor)
    assert li.name == "李娜"
    assert li.department is Department.HOUSEKEEPING
    assert li.badge == "HK-101"  # typed in lower case, kept in one case
    assert li.active and li.version == 1
    assert [m.name for m in staff.list_members(desk, clerk)] == ["李娜"]
    assert staff.get_member(desk, clerk, li.id) == li
    assert_verifies(desk.db)


def test_a_clerk_may_not_keep_the_directory(desk, supervisor, clerk):
    li = add_li(desk, supervisor)
    with pytest.raises(PermissionDenied):
        add_li(desk, clerk, name="Ivan", badge="SEC-1")
    with pytest.raises(PermissionDenied):
        staff.update_member(desk, clerk, li.id, version=1, name="Li Na", department="housekeeping")
    with pytest.raises(PermissionDenied):
        staff.deactivate_member(desk, clerk, li.id)
    with pytest.raises(PermissionDenied):
        staff.list_members(desk, clerk, include_inactive=True)
    with desk.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(staff_member)).scalar_one() == 1


def test_a_manager_keeps_it_too(desk, manager):
    m = add_li(desk, manager, name="Алексей Смирнов", department="engineering", badge="")
    assert m.badge is None and m.department is Department.ENGINEERING


def test_a_badge_names_one_person_even_after_they_left(desk, supervisor):
    li = add_li(desk, supervisor)
    staff.deactivate_member(desk, supervisor, li.id)
    with pytest.raises(ValidationError) as caught:
        add_li(desk, supervisor, name="John Smith", department="security", badge=" HK-101 ")
    assert caught.value.field == "badge"
    assert caught.value.params["name"] == "李娜"


def test_two_namesakes_in_one_department_need_badges(desk, supervisor):
    add_li(desk, supervisor, badge="")
    with pytest.raises(ValidationError) as caught:
        add_li(desk, supervisor, badge="HK-102")
    assert caught.value.field == "badge"
    # In another department, or both with badges, they are told apart already.
    add_li(desk, supervisor, department="laundry", badge="")
    staff.add_member(desk, supervisor, name="Wang", department="spa", badge="S-1")
    staff.add_member(desk, supervisor, name="Wang", department="spa", badge="S-2")


def test_other_department_needs_its_words(desk, supervisor):
    with pytest.raises(ValidationError) as caught:
        add_li(desk, supervisor, department="other", department_other="  ")
    assert caught.value.field == "department_other"
    m = add_li(desk, supervisor, department="other", department_other="Gardening / 园艺")
    assert m.department is Department.OTHER and m.department_other == "Gardening / 园艺"


def test_an_edit_on_a_stale_form_is_refused(desk, supervisor, manager):
    li = add_li(desk, supervisor)
    staff.update_member(
        desk, manager, li.id, version=1, name="李娜", department="housekeeping", phone="8012"
    )
    with pytest.raises(ConflictError):
        staff.update_member(
            desk, supervisor, li.id, version=1, name="Li Na", department="housekeeping"
        )
    assert staff.get_member(desk, supervisor, li.id).phone == "8012"


def test_inactive_members_are_not_offered(desk, supervisor, clerk):
    li = add_li(desk, supervisor)
    ivan = add_li(desk, supervisor, name="Иван Петров", department="security", badge="SEC-7")
    staff.deactivate_member(desk, supervisor, ivan.id, version=1)
    assert [m.id for m in staff.list_members(desk, clerk)] == [li.id]
    everyone = staff.list_members(desk, supervisor, include_inactive=True)
    assert {m.id for m in everyone} == {li.id, ivan.id}
    back = staff.reactivate_member(desk, supervisor, ivan.id)
    assert back.active and back.version == 3


def test_search_in_every_script(desk, supervisor, clerk):
    add_li(desk, supervisor)
    add_li(desk, supervisor, name="Иван Петров", department="security", badge="SEC-7")
    add_li(desk, supervisor, name="John Smith", department="engineering", badge="ENG-3")
    assert [m.name for m in staff.list_members(desk, clerk, query="иван")] == ["Иван Петров"]
    assert [m.name for m in staff.list_members(desk, clerk, query="李")] == ["李娜"]
    assert [m.name for m in staff.list_members(desk, clerk, query="eng-3")] == ["John Smith"]
    assert [m.name for m in staff.list_members(desk, clerk, query="SECURITY")] == ["Иван Петров"]


def test_history_says_who_changed_what_when(desk, supervisor, manager, clock):
    li = add_li(desk, supervisor)
    clock.advance(timedelta(hours=1))
    staff.update_member(
        desk,
        manager,
        li.id,
        version=1,
        name="李娜",
        department="laundry",
        phone="+86 138 0000 1234",
        badge="HK-101",
    )
    clock.advance(timedelta(hours=1))
    staff.deactivate_member(desk, supervisor, li.id)
    history = staff.member_history(desk, supervisor, li.id)
    assert [h.kind for h in history] == ["added", "changed", "deactivated"]
    assert [h.actor_name for h in history] == [
        "Ivan Supervisor",
        "Мария Manager",
        "Ivan Supervisor",
    ]
    assert history[1].at - history[0].at == timedelta(hours=1)
    assert [(c.field, c.before, c.after) for c in history[1].changes] == [
        ("department", "housekeeping", "laundry")
    ]
    assert [(c.field, c.before, c.after) for c in history[2].changes] == [("active", True, False)]
    assert {c.field for c in history[0].changes} == {"name", "department", "phone", "badge"}
    with desk.db.read() as conn:
        rows = conn.execute(
            select(func.count()).select_from(journal).where(journal.c.entity == "staff_member")
        ).scalar_one()
    assert rows == 3
    assert_verifies(desk.db)


def add_floor_key(desk, manager):
    keys_commands.add_key(
        desk, manager, code="F12", label="Floor 12", key_type="floor", hook_row=1, hook_col=1
    )


def issue_to(desk, clerk, member_id: str):
    """Key F12 issued to a member of the directory for two hours."""
    return keys_commands.issue_key(
        desk,
        clerk,
        "F12",
        holder_kind="directory",
        staff_member_id=member_id,
        purpose="Cleaning",
        expected_back=desk.clock.now() + timedelta(hours=2),
    )


def test_a_key_issued_to_a_member_names_them(desk, manager, clerk):
    add_floor_key(desk, manager)
    li = add_li(desk, manager)
    view = issue_to(desk, clerk, li.id)
    assert view.holder_name == "李娜"
    (moved,) = keys_views.history(desk, clerk, key_id=view.id).rows
    assert moved.holder_kind is HolderKind.DIRECTORY
    assert moved.staff_member_id == li.id
    assert moved.department is Department.HOUSEKEEPING and moved.badge == "HK-101"
    assert moved.id_document is None and moved.company is None
    assert [m.id for m in keys_views.history(desk, clerk, staff_member_id=li.id).rows] == [moved.id]
    with desk.db.read() as conn:
        assert conn.execute(select(key_movement.c.staff_member_id)).scalar_one() == li.id
    assert_verifies(desk.db)


def test_a_member_who_left_cannot_take_a_key(desk, manager, clerk):
    add_floor_key(desk, manager)
    li = add_li(desk, manager)
    staff.deactivate_member(desk, manager, li.id)
    with pytest.raises(ValidationError) as caught:
        issue_to(desk, clerk, li.id)
    assert caught.value.field == "holder"
    with desk.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(key_movement)).scalar_one() == 0


def test_verify_finds_a_member_changed_behind_the_programs_back(desk, supervisor):
    li = add_li(desk, supervisor)
    with desk.db.engine.begin() as conn:
        conn.execute(staff_member.update().where(staff_member.c.id == li.id).values(badge="HK-999"))
    result = verify(desk.db)
    assert not result.ok
    assert any(p.table == "staff_member" and p.id == li.id for p in result.problems)
