"""PINs, names, roles and the wrong-PIN lock-out."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.errors import AccountLocked, ValidationError
from desk_app.domain.people import (
    LOCKOUT,
    MAX_WRONG_PINS,
    PIN_MAX_LENGTH,
    PIN_MIN_LENGTH,
    LockState,
    after_wrong_pin,
    check_not_locked,
    pin_change_due,
    pin_min_length,
    validate_idle_minutes,
    validate_name,
    validate_pin,
    validate_role,
    validate_station_name,
)
from desk_app.domain.roles import Capability, Role, can

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize("pin", ["", "1", "12", "123"])
def test_pin_too_short(pin):
    with pytest.raises(ValidationError) as err:
        validate_pin(pin, role=Role.CLERK)
    assert err.value.field == "pin"
    assert "too short" in err.value.message
    assert str(PIN_MIN_LENGTH) in err.value.message


def test_pin_lengths_by_role():
    """Clerks keep 4 digits; supervisors and managers, who can do more, need 6."""
    assert {role: pin_min_length(role) for role in Role} == {
        Role.CLERK: 4,
        Role.SUPERVISOR: 6,
        Role.MANAGER: 6,
    }
    assert validate_pin("1234", role=Role.CLERK) == "1234"
    for role in (Role.SUPERVISOR, Role.MANAGER):
        for pin in ("1234", "12345"):
            with pytest.raises(ValidationError) as err:
                validate_pin(pin, pin, role=role)
            assert err.value.field == "pin"
            assert "too short" in err.value.message and "at least 6 digits" in err.value.message
            assert err.value.params == {"min": 6}
        assert validate_pin("123456", "123456", role=role) == "123456"
    # The role may come as stored (its value).
    assert pin_min_length("supervisor") == 6


def test_a_pin_shorter_than_the_role_now_needs_is_due_for_a_change():
    assert pin_change_due("1234", Role.SUPERVISOR) and pin_change_due("12345", Role.MANAGER)
    assert not pin_change_due("123456", Role.MANAGER)
    assert not pin_change_due("1234", Role.CLERK)


def test_pin_too_long():
    for role in Role:
        validate_pin("1" * PIN_MAX_LENGTH, role=role)
        with pytest.raises(ValidationError) as err:
            validate_pin("1" * (PIN_MAX_LENGTH + 1), role=role)
        assert "too long" in err.value.message


@pytest.mark.parametrize(
    "pin", ["12a4", "12 34", "1234 ", "-1234", "12.4", "١٢٣٤", "１２３４", "12³4"]
)
def test_pin_digits_only(pin):
    # Arabic-Indic and full-width digits pass str.isdigit() but are not keys on the PIN pad.
    with pytest.raises(ValidationError) as err:
        validate_pin(pin, role=Role.CLERK)
    assert err.value.field == "pin"
    assert "digits only" in err.value.message


def test_pin_mismatch():
    assert validate_pin("1234", "1234", role=Role.CLERK) == "1234"
    with pytest.raises(ValidationError) as err:
        validate_pin("1234", "1243", role=Role.CLERK)
    assert err.value.field == "pin_repeat"


@given(
    st.sampled_from(list(Role)),
    st.text(alphabet="0123456789", min_size=PIN_MIN_LENGTH, max_size=PIN_MAX_LENGTH),
)
def test_any_ascii_digit_pin_of_valid_length_is_accepted(role, pin):
    if len(pin) >= pin_min_length(role):
        assert validate_pin(pin, pin, role=role) == pin
    else:
        with pytest.raises(ValidationError):
            validate_pin(pin, pin, role=role)


def test_names_and_station_names():
    assert validate_name("  王   芳 ") == "王 芳"
    with pytest.raises(ValidationError) as err:
        validate_name("   ")
    assert err.value.field == "name"
    with pytest.raises(ValidationError):
        validate_name("x" * 81)
    assert validate_station_name(" Front   desk ") == "Front desk"
    with pytest.raises(ValidationError) as err:
        validate_station_name("")
    assert err.value.field == "station"
    with pytest.raises(ValidationError):
        validate_station_name("x" * 61)


def test_roles():
    assert validate_role("clerk") is Role.CLERK
    with pytest.raises(ValidationError) as err:
        validate_role("admin")
    assert err.value.field == "role"
    assert can(Role.MANAGER, Capability.MANAGE_PEOPLE)
    assert not can(Role.SUPERVISOR, Capability.MANAGE_PEOPLE)
    assert not can(Role.CLERK, Capability.MANAGE_PEOPLE)
    assert can(Role.SUPERVISOR, Capability.REVIEW_LOG)
    assert not can(Role.CLERK, Capability.REVIEW_LOG)
    assert all(can(r, Capability.KEEP_LOG) for r in Role)


def test_idle_minutes_bounds():
    assert validate_idle_minutes(1) == 1
    assert validate_idle_minutes(240) == 240
    for bad in (0, 241, -5):
        with pytest.raises(ValidationError):
            validate_idle_minutes(bad)


def test_fifth_wrong_pin_locks_for_five_minutes():
    assert MAX_WRONG_PINS == 5
    assert timedelta(minutes=5) == LOCKOUT
    state = LockState(0, None)
    for attempt in range(1, MAX_WRONG_PINS):
        state = after_wrong_pin(state, NOW)
        assert state == LockState(attempt, None)
        check_not_locked(state, NOW)  # four wrong PINs do not lock
    state = after_wrong_pin(state, NOW)
    assert state.locked_until == NOW + timedelta(minutes=5)
    assert state.failed_attempts == 0  # the count starts again after the lock


def test_lock_message_names_minutes_and_seconds():
    state = LockState(0, NOW + LOCKOUT)
    with pytest.raises(AccountLocked) as err:
        check_not_locked(state, NOW)
    assert err.value.params["minutes"] == 5
    assert err.value.params["seconds"] == 0
    assert "5 min 0 s" in err.value.message
    assert err.value.field == "pin"

    with pytest.raises(AccountLocked) as err:
        check_not_locked(state, NOW + timedelta(minutes=3, seconds=30))
    assert "1 min 30 s" in err.value.message

    # A fraction of a second left is shown as one second, never as zero.
    with pytest.raises(AccountLocked) as err:
        check_not_locked(state, NOW + LOCKOUT - timedelta(milliseconds=200))
    assert "0 min 1 s" in err.value.message


def test_lock_ends_exactly_at_its_end():
    state = LockState(0, NOW + LOCKOUT)
    check_not_locked(state, NOW + LOCKOUT)
    check_not_locked(state, NOW + LOCKOUT + timedelta(seconds=1))


@given(st.integers(min_value=1, max_value=int(LOCKOUT.total_seconds() * 1000)))
def test_remaining_time_is_rounded_up_to_the_second(ms_left):
    state = LockState(0, NOW + timedelta(milliseconds=ms_left))
    with pytest.raises(AccountLocked) as err:
        check_not_locked(state, NOW)
    m = re.search(r"(\d+) min (\d+) s", err.value.message)
    assert m is not None
    shown = int(m.group(1)) * 60 + int(m.group(2))
    assert shown > 0
    assert 0 <= shown * 1000 - ms_left < 1000
    assert int(m.group(2)) < 60
