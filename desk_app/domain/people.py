"""Rules for people: names, PINs and the wrong-PIN lock-out."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from desk_app.domain import text as text_rule
from desk_app.domain.errors import AccountLocked, ValidationError
from desk_app.domain.roles import Role
from desk_app.domain.value import Value

# argon2id, OWASP's minimum: about 20-40 ms here, slow enough against guessing a short PIN
# offline. Kept here (not beside the hasher) so the bench's start-up floor pays the same.
PIN_HASH_PARAMETERS = {"time_cost": 2, "memory_cost": 19_456, "parallelism": 1}
# Shortest PIN by role. Those who can do more guard more: an argon2id guess costs ~21 ms, so a
# 4-digit PIN falls in minutes to whoever copies the file; 6 digits take a hundred times longer.
PIN_MIN_LENGTH = 4  # a clerk's, the shortest of all
PIN_MIN_LENGTHS: dict[Role, int] = {
    Role.CLERK: PIN_MIN_LENGTH,
    Role.SUPERVISOR: 6,
    Role.MANAGER: 6,
}
PIN_MAX_LENGTH = 12
MAX_WRONG_PINS = 5
LOCKOUT = timedelta(minutes=5)
NAME_MAX_LENGTH = 80


def validate_name(name: str) -> str:
    name = text_rule.line(name, "name")
    if not name:
        raise ValidationError("Enter the person's name.", field="name")
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError(
            "The name is longer than {limit} characters.", field="name", limit=NAME_MAX_LENGTH
        )
    return name


def pin_min_length(role: Role) -> int:
    """The shortest PIN this role may have."""
    return PIN_MIN_LENGTHS[Role(role)]


def validate_pin(pin: str, repeat: str | None = None, *, role: Role) -> str:
    """A PIN is digits, at least ``pin_min_length(role)`` of them (4 for a clerk, 6 for a
    supervisor or manager) and at most 12; when a repeat is given it must match."""
    shortest = pin_min_length(role)
    if len(pin) < shortest:
        if shortest > PIN_MIN_LENGTH:
            raise ValidationError(
                "The PIN is too short: supervisors and managers use at least {min} digits.",
                field="pin",
                min=shortest,
            )
        raise ValidationError(
            "The PIN is too short: use at least {min} digits.", field="pin", min=shortest
        )
    if len(pin) > PIN_MAX_LENGTH:
        raise ValidationError(
            "The PIN is too long: use at most {max} digits.", field="pin", max=PIN_MAX_LENGTH
        )
    if not pin.isascii() or not pin.isdigit():
        raise ValidationError("The PIN may contain digits only.", field="pin")
    if repeat is not None and repeat != pin:
        raise ValidationError("The two PINs differ: type the same PIN twice.", field="pin_repeat")
    return pin


def pin_change_due(pin: str, role: Role) -> bool:
    """A PIN set before its role's minimum was raised (it was right, so its length is known at
    sign-in): the person is asked for a new one before going on."""
    return len(pin) < pin_min_length(role)


def validate_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError("Unknown role: {role}.", field="role", role=value) from None


class LockState(Value):
    failed_attempts: int
    locked_until: datetime | None


def check_not_locked(state: LockState, now: datetime) -> None:
    if state.locked_until is not None and now < state.locked_until:
        remaining = state.locked_until - now
        minutes, seconds = divmod(math.ceil(remaining.total_seconds()), 60)
        raise AccountLocked(
            "Too many wrong PINs. The account is locked for another {minutes} min {seconds} s.",
            field="pin",
            minutes=minutes,
            seconds=seconds,
            until=state.locked_until,
        )


def after_wrong_pin(state: LockState, now: datetime) -> LockState:
    """Count a wrong PIN; the fifth in a row locks the account and restarts the count."""
    failed = state.failed_attempts + 1
    if failed >= MAX_WRONG_PINS:
        return LockState(failed_attempts=0, locked_until=now + LOCKOUT)
    return LockState(failed_attempts=failed, locked_until=None)


def validate_station_name(name: str) -> str:
    name = text_rule.line(name, "station")
    if not name:
        raise ValidationError("Enter a name for this station (this counter).", field="station")
    if len(name) > 60:
        raise ValidationError("The station name is longer than 60 characters.", field="station")
    return name


IDLE_LOCK_MIN_MINUTES = 1
IDLE_LOCK_MAX_MINUTES = 240


def validate_idle_minutes(value: int) -> int:
    if not IDLE_LOCK_MIN_MINUTES <= value <= IDLE_LOCK_MAX_MINUTES:
        raise ValidationError(
            "The idle lock time must be between {min} and {max} minutes.",
            field="idle_minutes",
            min=IDLE_LOCK_MIN_MINUTES,
            max=IDLE_LOCK_MAX_MINUTES,
        )
    return value


# --------------------------------------------------------------------------------------------
# Acts that are final or hurt: a role changed, an account closed with what it still holds
# --------------------------------------------------------------------------------------------

REASON_MAX_LENGTH = 500


class StillHolds(ValidationError):
    """Someone about to be deactivated still holds keys or owns open follow-ups or complaints:
    they are handed to someone else first."""


def admin_reason(text: str | None) -> str:
    """Why a manager changes a role or hands someone's work over: asked every time, kept in the
    duty log's line."""
    reason = text_rule.lines(text, "reason")
    if not reason:
        raise ValidationError("Say why, in a few words: it goes into the duty log.", field="reason")
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(
            "A reason may have at most {limit} characters.", field="reason", limit=REASON_MAX_LENGTH
        )
    return reason


def check_role_change(
    *,
    actor_id: str,
    person_id: str,
    name: str,
    active: bool,
    old: Role,
    new: Role,
    active_managers: int,
) -> None:
    """A manager changes someone else's role: never their own (a signed-in window left open
    must not be enough to take or give away the manager's rights), nor the last active
    manager's, nor an account no longer active's."""
    if person_id == actor_id:
        raise ValidationError("You cannot change your own role.", field="role")
    if not active:
        raise ValidationError(
            "{name} is no longer active: reactivate the account first.", field="role", name=name
        )
    if new is old:
        raise ValidationError("Choose a role other than the present one.", field="role")
    if old is Role.MANAGER and active_managers <= 1:
        raise ValidationError(
            "{name} is the last active manager: make someone else a manager first.",
            field="role",
            name=name,
        )


def check_hand_over(*, person_id: str, to_id: str, to_active: bool) -> None:
    """What someone holds goes to another active person."""
    if not to_id:
        raise ValidationError("Choose who takes them over.", field="to_person")
    if to_id == person_id:
        raise ValidationError("Choose someone else to take them over.", field="to_person")
    if not to_active:
        raise ValidationError(
            "Choose someone whose account is active to take them over.", field="to_person"
        )
