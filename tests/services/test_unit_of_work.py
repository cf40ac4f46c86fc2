"""A write says what it changed: the books and records its journal rows name, on both engines."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app.domain.errors import ValidationError
from desk_app.domain.roles import Capability
from desk_app.services.changes import NOTHING, Changes, changes_since, journal_head
from desk_app.services.desk import Desk
from desk_app.services.keys import commands as keys_commands
from desk_app.services.log import commands as log_commands
from desk_app.services.log import writes as log_writes
from desk_app.services.unit_of_work import collect_changes, unit_of_work


def test_an_entry_changes_the_log_and_names_its_row(desk, clerk):
    with collect_changes() as collected:
        entry = log_commands.record_entry(desk, clerk, category="note", text="Лифт №2 остановлен")
    changes = collected.changes
    assert changes.books == {"log"}
    assert changes.ids("log_entry") == {entry.id}
    assert changes.touches("log", "keys") and not changes.touches("complaints")
    assert changes.head == journal_head(desk)


def test_a_key_issued_changes_the_key_register_only(desk, clerk, manager):
    keys_commands.add_key(
        desk, manager, code="F1", label="Floor 1", key_type="floor", hook_row=1, hook_col=1
    )
    with collect_changes() as collected:
        keys_commands.issue_key(
            desk,
            clerk,
            "F1",
            holder_kind="staff",
            holder_id=clerk.id,
            purpose="Housekeeping, floor 1",
            expected_back=desk.clock.now() + timedelta(hours=2),
        )
    assert collected.changes.books == {"keys"}  # an unrestricted key writes no log line
    assert collected.changes.ids("key_asset")


def test_two_writes_in_one_call_are_one_changes(desk, clerk):
    with collect_changes() as collected:
        first = log_commands.record_entry(desk, clerk, category="note", text="one")
        second = log_commands.record_entry(desk, clerk, category="note", text="two")
    assert collected.changes.ids("log_entry") == {first.id, second.id}


def test_a_refused_write_changes_nothing(desk, clerk):
    with collect_changes() as collected, pytest.raises(ValidationError):
        log_commands.record_entry(desk, clerk, category="note", text="   ")
    assert collected.changes == NOTHING and not collected.changes


def test_the_work_itself_carries_its_changes_and_nothing_is_kept_on_error(desk, manager):
    with unit_of_work(desk, manager, Capability.CHANGE_SETTINGS) as work:
        assert work.role == "manager"
    assert work.changes == NOTHING  # nothing journaled, nothing changed
    entry = log_commands.record_entry(desk, manager, category="note", text="read me")
    head = journal_head(desk)
    with pytest.raises(RuntimeError), unit_of_work(desk, manager) as work:
        log_writes.write_read(
            work.conn, work.journal, entry_id=entry.id, person_id=manager.id, at=desk.clock.now()
        )
        raise RuntimeError("a bug halfway")
    assert journal_head(desk) == head and work.changes == NOTHING


def test_another_stations_write_arrives_as_the_same_value(desk, clerk, clock):
    other = Desk(db=desk.db, station="Back office", clock=clock)
    seen = journal_head(desk)
    with collect_changes() as collected:
        entry = log_commands.record_entry(other, clerk, category="note", text="另一个前台的记录")
    found = changes_since(desk, clerk, seen)
    assert found == collected.changes == Changes.of_rows(found.head, [("log_entry", entry.id)])
