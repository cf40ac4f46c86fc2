"""People, stations and signing in.

PINs are kept only as argon2id hashes. A wrong PIN is counted in its own committed transaction
before the error is raised, so five wrong tries lock the account even though each try fails.

Signing in (``sign_in``, ``sign_in_by_name``) and confirming a PIN (``confirm_person``) are the
only ways to an ``Actor`` the other services accept (``services.desk`` seals it). A name that is
unknown or inactive and a wrong PIN get the same message, beside the same field, after the same
argon2 verification, so neither the words nor the time tell a stranger which names exist.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import NoReturn

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, func, select

from desk_app.domain import people as rules
from desk_app.domain.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from desk_app.domain.roles import Capability, Role
from desk_app.domain.roster.pattern import NOT_SHIFTS
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, _mint_actor, check_signed_in
from desk_app.services.holdings import refuse_if_holding
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.roster_tables import roster_cell, roster_month
from desk_app.store.tables import person, station
from desk_app.store.tables import sign_in as sign_in_table
from desk_app.store.types import new_id

_hasher = PasswordHasher(**rules.PIN_HASH_PARAMETERS)

# The hash of a PIN nobody knows, made with PIN_HASH_PARAMETERS (a test checks they still match):
# an unknown or inactive name is verified against it, so it costs what a known name's wrong PIN
# costs. A constant, so that importing this module does not pay for hashing.
_NOBODY_HASH = (
    "$argon2id$v=19$m=19456,t=2,p=1$ytDTVSIVyaWapNHLHC7eJA"
    "$oAgvM4rpDZJ6Ecn1tldKDazoiIAuUdtwfDtMylIHCZg"
)


class PersonView(Value):
    id: str
    name: str
    role: Role
    active: bool
    locked_until: datetime | None


def _view(row) -> PersonView:
    return PersonView(
        id=row.id,
        name=row.name,
        role=Role(row.role),
        active=row.active,
        locked_until=row.locked_until,
    )


def needs_setup(desk: Desk) -> bool:
    """A new database has no people: the first start must ask for the manager's account."""
    with desk.db.read() as conn:
        return conn.execute(select(func.count()).select_from(person)).scalar_one() == 0


def _new_person(
    conn, w, desk: Desk, name: str, role: Role, pin: str, pin_repeat: str
) -> PersonView:
    name = rules.validate_name(name)
    rules.validate_pin(pin, pin_repeat, role=role)
    if _active_named(conn, name) is not None:
        raise ValidationError(
            "An active person named {name} already exists.", field="name", name=name
        )
    now = desk.clock.now()
    row = {
        "id": new_id(),
        "name": name,
        "role": role.value,
        "pin_hash": _hasher.hash(pin),
        "active": True,
        "failed_attempts": 0,
        "locked_until": None,
        "created_at": now,
        "version": 1,
    }
    insert_journaled(conn, w, person, row, now)
    return PersonView(id=row["id"], name=name, role=role, active=True, locked_until=None)


def _ensure_station(conn, w, desk: Desk) -> None:
    exists = conn.execute(select(station.c.id).where(station.c.name == desk.station)).first()
    if exists is None:
        now = desk.clock.now()
        insert_journaled(
            conn, w, station, {"id": new_id(), "name": desk.station, "created_at": now}, now
        )


def create_first_manager(desk: Desk, *, name: str, pin: str, pin_repeat: str) -> PersonView:
    desk.station = rules.validate_station_name(desk.station)
    # the journal lock first: two first starts cannot both win
    with unit_of_work(desk, None) as work:
        conn, w = work.conn, work.journal
        if conn.execute(select(func.count()).select_from(person)).scalar_one():
            raise ValidationError("This database already has a manager; sign in instead.")
        _ensure_station(conn, w, desk)
        created = _new_person(conn, w, desk, name, Role.MANAGER, pin, pin_repeat)
    return created


def register_station(desk: Desk) -> str:
    """Record this station's name in the shared database (once per name); return the name."""
    desk.station = rules.validate_station_name(desk.station)
    with unit_of_work(desk, None) as work:
        conn, w = work.conn, work.journal
        _ensure_station(conn, w, desk)
    return desk.station


def list_people(desk: Desk, *, include_inactive: bool = False) -> list[PersonView]:
    stmt = select(person).order_by(person.c.name)
    if not include_inactive:
        stmt = stmt.where(person.c.active.is_(True))
    with desk.db.read() as conn:
        return [_view(r) for r in conn.execute(stmt)]


def _check_pin(
    conn: Connection, w: JournalWriter, desk: Desk, person_id: str, pin: str
) -> tuple[object, str | None]:
    """Return the person's row (None if unknown or inactive) and what went wrong, if anything:
    None, "unknown", "wrong" or "locked". The caller raises after its transaction commits, so a
    wrong PIN's count is kept.

    The caller holds the journal lock (``w``), so two stations guessing at once cannot both count
    the same wrong PIN as the first.
    """
    row = conn.execute(select(person).where(person.c.id == person_id)).first()
    if row is None or not row.active:
        with contextlib.suppress(VerificationError, InvalidHashError):
            _hasher.verify(_NOBODY_HASH, pin)  # the time a wrong PIN takes, for nobody
        return None, "unknown"
    now = desk.clock.now()
    rules.check_not_locked(rules.LockState(row.failed_attempts, row.locked_until), now)
    try:
        _hasher.verify(row.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        state = rules.after_wrong_pin(rules.LockState(row.failed_attempts, row.locked_until), now)
        update_journaled(
            conn,
            w,
            person,
            dict(row._mapping),
            {"failed_attempts": state.failed_attempts, "locked_until": state.locked_until},
            now,
        )
        w.flush()
        return row, ("locked" if state.locked_until else "wrong")
    return row, None


def _raise_if_locked(desk: Desk, person_id: str, outcome: str) -> None:
    """After the transaction that counted it: the wrong PIN that locked the account says so."""
    if outcome == "locked":
        with desk.db.read() as conn:
            row = conn.execute(select(person).where(person.c.id == person_id)).one()
        rules.check_not_locked(
            rules.LockState(row.failed_attempts, row.locked_until), desk.clock.now()
        )


def _refuse(desk: Desk, person_id: str, outcome: str) -> NoReturn:
    """One message, beside one field, for an unknown or inactive name and a wrong PIN: a
    stranger learns neither which names exist nor which of the two was wrong."""
    _raise_if_locked(desk, person_id, outcome)
    raise AuthenticationFailed("Wrong name or PIN.", field="pin")


def _clear_wrong_pins(conn: Connection, w: JournalWriter, desk: Desk, row) -> None:
    """A right PIN ends the count of wrong ones."""
    if row.failed_attempts or row.locked_until:
        changes = {"failed_attempts": 0, "locked_until": None}
        update_journaled(conn, w, person, dict(row._mapping), changes, desk.clock.now())
        w.flush()


def _actor_of(row, pin: str) -> Actor:
    role = Role(row.role)
    return _mint_actor(row.id, row.name, role, pin_change_due=rules.pin_change_due(pin, role))


def sign_in(desk: Desk, *, person_id: str, pin: str) -> Actor:
    """Check the PIN, record the sign-in (it tells who was on duty), and return the actor.

    The actor says ``pin_change_due`` when the PIN, though right, is shorter than the person's
    role now needs: the window then asks for a new one (``change_own_pin``) before opening."""
    with unit_of_work(desk, None) as work:
        conn, w = work.conn, work.journal
        row, outcome = _check_pin(conn, w, desk, person_id, pin)
        if outcome is None:
            w.actor = row.id
            _clear_wrong_pins(conn, w, desk, row)
            now = desk.clock.now()
            insert_journaled(
                conn,
                w,
                sign_in_table,
                {"id": new_id(), "person_id": row.id, "station": desk.station, "at": now},
                now,
            )
            w.flush()
    if outcome is not None:
        _refuse(desk, person_id, outcome)
    return _actor_of(row, pin)


def _active_named(conn: Connection, name: str) -> str | None:
    """Names compare without case in every script (SQLite's lower() folds ASCII only)."""
    wanted = " ".join(name.split()).casefold()
    rows = conn.execute(select(person.c.id, person.c.name).where(person.c.active.is_(True)))
    return next((r.id for r in rows if r.name.casefold() == wanted), None)


def sign_in_by_name(desk: Desk, *, name: str, pin: str) -> Actor:
    """``sign_in`` by the name typed; an unknown name goes the same way as a known one (a PIN
    verified, the same message), only with nobody to count the wrong PIN against."""
    with desk.db.read() as conn:
        found = _active_named(conn, name)
    return sign_in(desk, person_id=found or "", pin=pin)


def _confirm(desk: Desk, person_id: str, pin: str) -> tuple[object, str | None]:
    """The PIN check and lock-out of signing in, without a sign-in record."""
    with unit_of_work(desk, None) as work:
        conn, w = work.conn, work.journal
        row, outcome = _check_pin(conn, w, desk, person_id, pin)
        if outcome is None:
            w.actor = row.id
            _clear_wrong_pins(conn, w, desk, row)
    return row, outcome


def confirm_person(desk: Desk, *, person_id: str, pin: str) -> Actor:
    """Someone who is not the signed-in person proves who they are with their PIN (the incoming
    clerk chosen from a list at a handover) and is given an actor, without a sign-in record.
    Wrong PINs count towards the lock-out, once each."""
    row, outcome = _confirm(desk, person_id, pin)
    if outcome is not None:
        _refuse(desk, person_id, outcome)
    return _actor_of(row, pin)


def confirm_pin(desk: Desk, actor: Actor, pin: str) -> None:
    """Unlocking the window, signing a sheet, a restricted key: the signed-in person's PIN again,
    with the same lock-out, without a new sign-in record."""
    check_signed_in(actor)
    _row, outcome = _confirm(desk, actor.id, pin)
    if outcome == "unknown":
        raise PermissionDenied("Your account is no longer active. Ask a manager.")
    if outcome is not None:
        _raise_if_locked(desk, actor.id, outcome)
        raise AuthenticationFailed("Wrong PIN.", field="pin")


def change_own_pin(desk: Desk, actor: Actor, *, old_pin: str, pin: str, pin_repeat: str) -> Actor:
    """The signed-in person replaces their own PIN, proving the old one (a wrong one counts towards
    the lock-out); journaled like ``reset_pin``, in one transaction. Returns the actor anew, no
    longer asked to change."""
    with unit_of_work(desk, actor) as work:
        conn, w = work.conn, work.journal
        role = work.role
        rules.validate_pin(pin, pin_repeat, role=role)
        row, outcome = _check_pin(conn, w, desk, actor.id, old_pin)
        if outcome is None:
            update_journaled(
                conn,
                w,
                person,
                dict(row._mapping),
                {
                    "pin_hash": _hasher.hash(pin),
                    "failed_attempts": 0,
                    "locked_until": None,
                    "version": row.version + 1,
                },
                desk.clock.now(),
            )
            w.flush()
    if outcome is not None:
        _raise_if_locked(desk, actor.id, outcome)
        raise AuthenticationFailed("Wrong PIN.", field="old_pin")
    return _mint_actor(row.id, row.name, Role(row.role))


def add_person(
    desk: Desk, actor: Actor, *, name: str, role: str, pin: str, pin_repeat: str
) -> PersonView:
    chosen = rules.validate_role(role)
    with unit_of_work(desk, actor, Capability.MANAGE_PEOPLE) as work:
        conn, w = work.conn, work.journal
        created = _new_person(conn, w, desk, name, chosen, pin, pin_repeat)
    return created


def _refuse_with_shifts(conn: Connection, desk: Desk, row) -> None:
    """Someone still rostered from today on is not deactivated: the supervisor is told which
    shifts to give away first (a draft retyped, or leave with a cover on an approved month)."""
    today = desk.clock.now().astimezone().date().isoformat()
    shifts = conn.execute(
        select(roster_cell.c.day, roster_cell.c.code)
        .join(roster_month, roster_month.c.id == roster_cell.c.month_id)
        .where(
            roster_cell.c.person_id == row.id,
            roster_cell.c.day >= today,
            roster_cell.c.code.not_in(NOT_SHIFTS),
        )
        .order_by(roster_cell.c.day, roster_month.c.station)
    ).all()
    if shifts:
        listed = ", ".join(f"{s.day} {s.code}" for s in shifts[:12])
        raise ValidationError(
            "{name} still has shifts on the roster: {shifts}. Give them to others first.",
            name=row.name,
            shifts=listed + (", …" if len(shifts) > 12 else ""),
            count=len(shifts),
        )


def active_managers(conn: Connection) -> int:
    return conn.execute(
        select(func.count())
        .select_from(person)
        .where(person.c.role == Role.MANAGER.value, person.c.active.is_(True))
    ).scalar_one()


def write_active(
    conn: Connection, w: JournalWriter, desk: Desk, actor: Actor, row, active: bool
) -> PersonView:
    """Deactivate or reactivate ``row``'s person inside the caller's unit of work (which holds
    the journal lock: two managers cannot both remove "the last manager")."""
    if not active and row.id == actor.id:
        raise ValidationError("You cannot deactivate your own account.")
    if not active and row.role == Role.MANAGER.value and active_managers(conn) <= 1:
        raise ValidationError("The last active manager cannot be deactivated.")
    if row.active == active:
        return _view(row)
    if not active:
        _refuse_with_shifts(conn, desk, row)
        refuse_if_holding(conn, row)
    if active and _active_named(conn, row.name) is not None:
        raise ValidationError(
            "An active person named {name} already exists.", field="name", name=row.name
        )
    new = update_journaled(
        conn,
        w,
        person,
        dict(row._mapping),
        {"active": active, "version": row.version + 1},
        desk.clock.now(),
    )
    return PersonView(
        id=new["id"],
        name=new["name"],
        role=Role(new["role"]),
        active=active,
        locked_until=new["locked_until"],
    )


def person_row(conn: Connection, person_id: str):
    row = conn.execute(select(person).where(person.c.id == person_id)).first()
    if row is None:
        raise NotFound("No such person.")
    return row


def _set_active(desk: Desk, actor: Actor, person_id: str, active: bool) -> PersonView:
    with unit_of_work(desk, actor, Capability.MANAGE_PEOPLE) as work:
        row = person_row(work.conn, person_id)
        return write_active(work.conn, work.journal, desk, actor, row, active)


def deactivate_person(desk: Desk, actor: Actor, person_id: str) -> PersonView:
    """People are never deleted: their records keep their name. Refused while they are still
    rostered or hold keys, follow-ups or complaints (``people_admin.hand_over_and_deactivate``
    hands those over first)."""
    return _set_active(desk, actor, person_id, False)


def reactivate_person(desk: Desk, actor: Actor, person_id: str) -> PersonView:
    return _set_active(desk, actor, person_id, True)


def reset_pin(desk: Desk, actor: Actor, person_id: str, *, pin: str, pin_repeat: str) -> None:
    """A manager sets a new PIN (a forgotten PIN cannot be shown, only replaced); it also unlocks.

    Only a manager, even for their own account: a signed-in window left open must not be enough to
    take over an account.
    """
    with unit_of_work(desk, actor, Capability.MANAGE_PEOPLE) as work:
        conn, w = work.conn, work.journal
        row = conn.execute(select(person).where(person.c.id == person_id)).first()
        if row is None:
            raise NotFound("No such person.")
        rules.validate_pin(pin, pin_repeat, role=Role(row.role))
        update_journaled(
            conn,
            w,
            person,
            dict(row._mapping),
            {
                "pin_hash": _hasher.hash(pin),
                "failed_attempts": 0,
                "locked_until": None,
                "version": row.version + 1,
            },
            desk.clock.now(),
        )
