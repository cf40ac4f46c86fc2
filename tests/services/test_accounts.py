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
from desk_app.services import accounts
from desk_app.services.desk import Actor
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.store.journal import JournalWriter, update_journaled
from desk_app.store.journal_codec import payload_text
from desk_app.store.tables import journal, person, sign_in, station
from desk_app.store.verify import verify
from tests.conftest import CLERK_PIN, MANAGER_PIN


def count(db, table) -> int:
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_first_manager_only_once(desk, pins):
    assert accounts.needs_setup(desk)
    created = accounts.create_first_manager(
        desk, name="  Мария   Manager ", pin="123456", pin_repeat="123456"
    )
    assert created.role is Role.MANAGER
    assert created.name == "Мария Manager"
    assert not accounts.needs_setup(desk)
    journal_rows = count(desk.db, journal)
    with pytest.raises(ValidationError) as err:
        accounts.create_first_manager(desk, name="Intruder", pin="999999", pin_repeat="999999")
    assert "already has a manager" in err.value.message
    assert [p.name for p in accounts.list_people(desk)] == ["Мария Manager"]
    assert count(desk.db, journal) == journal_rows
    assert count(desk.db, station) == 1


def test_first_manager_with_bad_pin_writes_nothing(desk):
    with pytest.raises(ValidationError) as err:
        accounts.create_first_manager(desk, name="Мария", pin="123456", pin_repeat="654321")
    assert err.value.field == "pin_repeat"
    # A manager's PIN has six digits at least: four were enough before, not now.
    with pytest.raises(ValidationError) as err:
        accounts.create_first_manager(desk, name="Мария", pin="1234", pin_repeat="1234")
    assert err.value.field == "pin" and "at least 6 digits" in err.value.message
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
    assert err.value.field == "pin"


def test_an_unknown_name_and_a_wrong_pin_look_alike(desk, manager, clerk, monkeypatch):
    """A stranger typing names learns nothing: the same message beside the same field, and an
    argon2 verification for an unknown name too (the time a wrong PIN takes)."""
    verified = []

    class Counting:
        def __init__(self, real):
            self.real = real

        def verify(self, hash_, pin):
            verified.append(hash_)
            return self.real.verify(hash_, pin)

        def __getattr__(self, name):
            return getattr(self.real, name)

    monkeypatch.setattr(accounts, "_hasher", Counting(accounts._hasher))
    refusals = []
    for name in ("Nobody", clerk.name):
        with pytest.raises(AuthenticationFailed) as err:
            accounts.sign_in_by_name(desk, name=name, pin="0000")
        refusals.append((type(err.value), err.value.message, err.value.field))
    accounts.deactivate_person(desk, manager, clerk.id)
    for by_id in ("no-such-id", clerk.id):  # the window signs in by id: unknown or inactive
        with pytest.raises(AuthenticationFailed) as err:
            accounts.sign_in(desk, person_id=by_id, pin="0000")
        refusals.append((type(err.value), err.value.message, err.value.field))
    assert set(refusals) == {(AuthenticationFailed, "Wrong name or PIN.", "pin")}
    assert len(verified) == 4  # one verification each, whether the name exists or not
    assert verified.count(accounts._NOBODY_HASH) == 3
    # The known name's wrong PIN still counts towards its own lock-out.
    with desk.db.read() as conn:
        row = conn.execute(select(person).where(person.c.id == clerk.id)).one()
    assert row.failed_attempts == 1  # by name while active; nothing is counted for the inactive


def test_the_stand_in_hash_costs_what_a_pin_hash_costs():
    # Made with the hasher's parameters: if they change, make it anew (a test, not start-up).
    assert not accounts._hasher.check_needs_rehash(accounts._NOBODY_HASH)


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
    entry = log_commands.record_entry(desk, clerk, category="note", text="Before leaving")
    view = accounts.deactivate_person(desk, manager, clerk.id)
    assert view.active is False
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(desk, person_id=clerk.id, pin=pins["clerk"])
    # An actor object kept from before (an open window) is refused on every call.
    with pytest.raises(PermissionDenied):
        log_commands.record_entry(desk, clerk, category="note", text="After leaving")
    with pytest.raises(PermissionDenied):
        log_views.list_entries(desk, clerk)
    with pytest.raises(PermissionDenied):
        log_commands.mark_read(desk, clerk, entry.id)
    with pytest.raises(PermissionDenied):
        log_views.get_entry(desk, clerk, entry.id)
    # Their records keep their name.
    assert log_views.get_entry(desk, manager, entry.id).author_name == "王芳"
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
    # Supervisors and managers guard more: six digits at least, the message says so.
    for role in ("supervisor", "manager"):
        with pytest.raises(ValidationError) as err:
            accounts.add_person(
                desk, manager, name="Олег", role=role, pin="55555", pin_repeat="55555"
            )
        assert err.value.field == "pin" and "at least 6 digits" in err.value.message
    again = accounts.add_person(
        desk, manager, name="王芳", role="supervisor", pin="555555", pin_repeat="555555"
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
        j = journal.c
        payloads = [
            payload_text(*row) for row in conn.execute(select(j.entity, j.entity_id, j.payload))
        ]
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


def _set_pin_the_old_way(desk, person_id: str, pin: str) -> None:
    """A PIN set before the minimum for the role was raised: its hash written as reset_pin did."""
    with desk.db.write() as conn:
        w = JournalWriter(conn, station=desk.station, actor=None)
        row = conn.execute(select(person).where(person.c.id == person_id)).one()
        changes = {"pin_hash": accounts._hasher.hash(pin), "version": row.version + 1}
        update_journaled(conn, w, person, dict(row._mapping), changes, desk.clock.now())
        w.flush()


def test_a_short_pin_from_before_is_changed_at_the_next_sign_in(desk, manager, supervisor, clerk):
    _set_pin_the_old_way(desk, supervisor.id, "1357")
    signed = accounts.sign_in(desk, person_id=supervisor.id, pin="1357")
    assert signed.id == supervisor.id and signed.pin_change_due
    # Long enough PINs, and a clerk's four digits, are not asked to change.
    assert not accounts.sign_in(desk, person_id=clerk.id, pin=CLERK_PIN).pin_change_due
    assert not accounts.sign_in(desk, person_id=manager.id, pin=MANAGER_PIN).pin_change_due

    # The new PIN follows the role's rule; a refused one counts nothing and writes nothing.
    journal_rows = count(desk.db, journal)
    with pytest.raises(ValidationError) as err:
        accounts.change_own_pin(desk, signed, old_pin="1357", pin="2468", pin_repeat="2468")
    assert err.value.field == "pin" and "at least 6 digits" in err.value.message
    with pytest.raises(ValidationError) as err:
        accounts.change_own_pin(desk, signed, old_pin="1357", pin="246802", pin_repeat="246803")
    assert err.value.field == "pin_repeat"
    assert count(desk.db, journal) == journal_rows

    # A wrong old PIN is refused and counted towards the lock-out.
    with pytest.raises(AuthenticationFailed) as err:
        accounts.change_own_pin(desk, signed, old_pin="7531", pin="246802", pin_repeat="246802")
    assert err.value.field == "old_pin"
    with desk.db.read() as conn:
        assert (
            conn.execute(
                select(person.c.failed_attempts).where(person.c.id == supervisor.id)
            ).scalar_one()
            == 1
        )

    changed = accounts.change_own_pin(
        desk, signed, old_pin="1357", pin="246802", pin_repeat="246802"
    )
    assert changed.id == supervisor.id and not changed.pin_change_due
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(desk, person_id=supervisor.id, pin="1357")
    again = accounts.sign_in(desk, person_id=supervisor.id, pin="246802")
    assert not again.pin_change_due
    with desk.db.read() as conn:
        row = conn.execute(select(person).where(person.c.id == supervisor.id)).one()
        last = conn.execute(
            select(journal.c.entity, journal.c.actor)
            .where(journal.c.entity == "person")
            .order_by(journal.c.seq.desc())
        ).first()
    assert row.failed_attempts == 0  # the change ended the count of wrong PINs
    assert (last.entity, last.actor) == ("person", supervisor.id)  # journaled, by them
    assert verify(desk.db).ok


def test_changing_ones_own_pin_needs_a_signed_in_actor(desk, supervisor, pins):
    forged = Actor(id=supervisor.id, name=supervisor.name, role=supervisor.role)
    with pytest.raises(PermissionDenied):
        accounts.change_own_pin(
            desk, forged, old_pin=pins["supervisor"], pin="246802", pin_repeat="246802"
        )
    assert accounts.sign_in(desk, person_id=supervisor.id, pin=pins["supervisor"])


def test_confirming_a_person_gives_an_actor_without_a_sign_in(desk, clerk, pins):
    sign_ins = count(desk.db, sign_in)
    confirmed = accounts.confirm_person(desk, person_id=clerk.id, pin=pins["clerk"])
    assert (confirmed.id, confirmed.name, confirmed.role) == (clerk.id, clerk.name, clerk.role)
    assert log_views.list_entries(desk, confirmed).rows == []  # services accept it
    assert count(desk.db, sign_in) == sign_ins
    with pytest.raises(AuthenticationFailed) as err:
        accounts.confirm_person(desk, person_id=clerk.id, pin="0000")
    assert (err.value.message, err.value.field) == ("Wrong name or PIN.", "pin")
    with pytest.raises(AuthenticationFailed) as err:
        accounts.confirm_person(desk, person_id="no-such-id", pin="0000")
    assert (err.value.message, err.value.field) == ("Wrong name or PIN.", "pin")
    with desk.db.read() as conn:
        failed = conn.execute(
            select(person.c.failed_attempts).where(person.c.id == clerk.id)
        ).scalar_one()
    assert failed == 1  # one wrong PIN, counted once
