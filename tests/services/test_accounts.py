"""People, roles, signing in and the lock-out, on every database the desk runs on."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desk_app.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from desk_app.domain.roles import Role
from desk_app.services import accounts, log
from desk_app.store.tables import journal, person, sign_in, station
from desk_app.store.verify import verify


def count(db, table) -> int:
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_first_manager_only_once(desk, pins):
    assert accounts.needs_setup(desk)
    created = accounts.create_first_manager(
        desk, name="  Мария   Manager ", pin="1234", pin_repeat="1234"
    )
    assert created.role is Role.MANAGER
    assert created.name == "Мария Manager"
    assert not accounts.needs_setup(desk)
    journal_rows = count(desk.db, journal)
    with pytest.raises(ValidationError) as err:
        accounts.create_first_manager(desk, name="Intruder", pin="9999", pin_repeat="9999")
    assert "already has a manager" in err.value.message
    assert [p.name for p in accounts.list_people(desk)] == ["Мария Manager"]
    assert count(desk.db, journal) == journal_rows
    assert count(desk.db, station) == 1


def test_first_manager_with_bad_pin_writes_nothing(desk):
    with pytest.raises(ValidationError) as err:
        accounts.create_first_manager(desk, name="Мария", pin="1234", pin_repeat="4321")
    assert err.value.field == "pin_repeat"
    assert accounts.needs_setup(desk)
    assert count(desk.db, journal) == 0
    assert count(desk.db, station) == 0


def test_sign_in_records_who_is_on_duty(desk, manager):
    assert manager.role is Role.MANAGER
    with desk.db.read() as conn:
        rows = conn.execute(select(sign_in)).all()
    assert [(r.person_id, r.station, r.at) for r in rows] == [
        (manager.id, "Test desk", desk.clock.now())
    ]


def test_sign_in_by_name_ignores_case_in_every_script(desk, manager, pins):
    again = accounts.sign_in_by_name(desk, name="  мария MANAGER ", pin=pins["manager"])
    assert again.id == manager.id
    with pytest.raises(AuthenticationFailed) as err:
        accounts.sign_in_by_name(desk, name="Nobody", pin=pins["manager"])
    assert err.value.field == "name"


def test_fifth_wrong_pin_locks_until_five_minutes_pass(desk, manager, clerk, pins, clock):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed) as err:
            accounts.sign_in(desk, person_id=clerk.id, pin="0000")
        assert err.value.field == "pin"
    with pytest.raises(AccountLocked) as err:
        accounts.sign_in(desk, person_id=clerk.id, pin="0000")
    assert "5 min 0 s" in err.value.message
    assert err.value.params["until"] == clock.now() + timedelta(minutes=5)

    # Locked means locked: the right PIN does not help, and the wait is shown.
    clock.advance(timedelta(minutes=2, seconds=15))
    with pytest.raises(AccountLocked) as err:
        accounts.sign_in(desk, person_id=clerk.id, pin=pins["clerk"])
    assert "2 min 45 s" in err.value.message
    locked = [p for p in accounts.list_people(desk) if p.id == clerk.id][0]
    assert locked.locked_until == clock.now() + timedelta(minutes=2, seconds=45)

    clock.advance(timedelta(minutes=2, seconds=44))
    with pytest.raises(AccountLocked):
        accounts.sign_in(desk, person_id=clerk.id, pin=pins["clerk"])

    clock.advance(timedelta(seconds=1))
    assert accounts.sign_in(desk, person_id=clerk.id, pin=pins["clerk"]).id == clerk.id
    with desk.db.read() as conn:
        row = conn.execute(select(person).where(person.c.id == clerk.id)).one()
    assert (row.failed_attempts, row.locked_until) == (0, None)
    # Other people were never affected.
    assert accounts.sign_in(desk, person_id=manager.id, pin=pins["manager"]).id == manager.id
    assert verify(desk.db).ok


def test_a_right_pin_resets_the_count(desk, clerk, pins):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            accounts.sign_in(desk, person_id=clerk.id, pin="0000")
    accounts.sign_in(desk, person_id=clerk.id, pin=pins["clerk"])
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            accounts.sign_in(desk, person_id=clerk.id, pin="0000")
    # Still four in a row at most: not locked.
    accounts.sign_in(desk, person_id=clerk.id, pin=pins["clerk"])


def test_unlocking_the_window_counts_wrong_pins_too(desk, clerk, pins):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            accounts.confirm_pin(desk, clerk, "0000")
    with pytest.raises(AccountLocked):
        accounts.confirm_pin(desk, clerk, "0000")
    with pytest.raises(AccountLocked):
        accounts.confirm_pin(desk, clerk, pins["clerk"])


def test_deactivated_person_can_neither_sign_in_nor_act(desk, manager, clerk, pins):
    entry = log.record_entry(desk, clerk, category="note", text="Before leaving")
    view = accounts.deactivate_person(desk, manager, clerk.id)
    assert view.active is False
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(desk, person_id=clerk.id, pin=pins["clerk"])
    # An actor object kept from before (an open window) is refused on every call.
    with pytest.raises(PermissionDenied):
        log.record_entry(desk, clerk, category="note", text="After leaving")
    with pytest.raises(PermissionDenied):
        log.list_entries(desk, clerk)
    with pytest.raises(PermissionDenied):
        log.mark_read(desk, clerk, entry.id)
    with pytest.raises(PermissionDenied):
        log.get_entry(desk, clerk, entry.id)
    # Their records keep their name.
    assert log.get_entry(desk, manager, entry.id).author_name == "王芳"
    assert clerk.id not in {p.id for p in accounts.list_people(desk)}
    assert clerk.id in {p.id for p in accounts.list_people(desk, include_inactive=True)}

    accounts.reactivate_person(desk, manager, clerk.id)
    assert accounts.sign_in(desk, person_id=clerk.id, pin=pins["clerk"]).id == clerk.id


def test_deactivating_oneself_is_refused(desk, manager):
    with pytest.raises(ValidationError):
        accounts.deactivate_person(desk, manager, manager.id)
    with pytest.raises(NotFound):
        accounts.deactivate_person(desk, manager, "no-such-id")


def test_only_a_manager_manages_people(desk, manager, clerk, supervisor):
    before = count(desk.db, person), count(desk.db, journal)
    for actor in (clerk, supervisor):
        with pytest.raises(PermissionDenied) as err:
            accounts.add_person(
                desk, actor, name="Новый сотрудник", role="clerk", pin="5555", pin_repeat="5555"
            )
        assert actor.role.value in err.value.message
        with pytest.raises(PermissionDenied):
            accounts.deactivate_person(desk, actor, manager.id)
    with pytest.raises(PermissionDenied):
        accounts.reset_pin(desk, clerk, supervisor.id, pin="5555", pin_repeat="5555")
    assert (count(desk.db, person), count(desk.db, journal)) == before


def test_add_person_rules(desk, manager, clerk):
    with pytest.raises(ValidationError) as err:
        accounts.add_person(desk, manager, name="王芳", role="clerk", pin="5555", pin_repeat="5555")
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        accounts.add_person(
            desk, manager, name="мария manager", role="clerk", pin="5555", pin_repeat="5555"
        )
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        accounts.add_person(desk, manager, name="Олег", role="admin", pin="5555", pin_repeat="5555")
    assert err.value.field == "role"
    with pytest.raises(ValidationError) as err:
        accounts.add_person(desk, manager, name="Олег", role="clerk", pin="55", pin_repeat="55")
    assert err.value.field == "pin"
    # A deactivated person's name may be given to someone new.
    accounts.deactivate_person(desk, manager, clerk.id)
    again = accounts.add_person(
        desk, manager, name="王芳", role="supervisor", pin="5555", pin_repeat="5555"
    )
    assert again.role is Role.SUPERVISOR


def test_reset_pin_replaces_the_pin_and_unlocks(desk, manager, clerk, pins):
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            accounts.sign_in(desk, person_id=clerk.id, pin="0000")
    accounts.reset_pin(desk, manager, clerk.id, pin="86420", pin_repeat="86420")
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(desk, person_id=clerk.id, pin=pins["clerk"])
    assert accounts.sign_in(desk, person_id=clerk.id, pin="86420").id == clerk.id
    # Only a manager sets PINs, even one's own: an unlocked window is not enough to take an account.
    with pytest.raises(PermissionDenied):
        accounts.reset_pin(desk, clerk, clerk.id, pin="97531", pin_repeat="97531")
    assert accounts.sign_in(desk, person_id=clerk.id, pin="86420").id == clerk.id
    with pytest.raises(ValidationError):
        accounts.reset_pin(desk, manager, clerk.id, pin="97531", pin_repeat="97530")


def test_stations_are_registered_once(desk, manager):
    assert count(desk.db, station) == 1
    accounts.register_station(desk)
    assert count(desk.db, station) == 1
    desk.station = "  Night   desk "
    assert accounts.register_station(desk) == "Night desk"
    assert count(desk.db, station) == 2
    desk.station = ""
    with pytest.raises(ValidationError):
        accounts.register_station(desk)


def test_pins_are_stored_only_as_slow_hashes(desk, manager, pins):
    with desk.db.read() as conn:
        stored = conn.execute(select(person.c.pin_hash)).scalar_one()
        payloads = [r[0] for r in conn.execute(select(journal.c.payload))]
    assert stored.startswith("$argon2id$")
    assert pins["manager"] not in stored
    assert all(f'"{pins["manager"]}"' not in p for p in payloads)


def test_reactivating_refuses_a_name_already_taken(desk, manager, clerk):
    accounts.deactivate_person(desk, manager, clerk.id)
    accounts.add_person(
        desk, manager, name=clerk.name.upper(), role="clerk", pin="13579", pin_repeat="13579"
    )
    with pytest.raises(ValidationError) as refused:
        accounts.reactivate_person(desk, manager, clerk.id)
    assert refused.value.field == "name"
