"""Desk-wide settings: shared through the database, changed only by a manager, journaled."""

from __future__ import annotations

import pytest

from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.services import settings
from desk_app.store.verify import verify


def test_idle_lock_minutes(desk, manager, supervisor):
    assert settings.get_settings(desk).idle_lock_minutes == 5
    assert settings.set_idle_lock_minutes(desk, manager, 15).idle_lock_minutes == 15
    assert settings.set_idle_lock_minutes(desk, manager, 15).idle_lock_minutes == 15
    assert settings.set_idle_lock_minutes(desk, manager, 240).idle_lock_minutes == 240
    with pytest.raises(PermissionDenied):
        settings.set_idle_lock_minutes(desk, supervisor, 30)
    with pytest.raises(ValidationError) as err:
        settings.set_idle_lock_minutes(desk, manager, 0)
    assert err.value.field == "idle_minutes"
    assert settings.get_settings(desk).idle_lock_minutes == 240
    assert verify(desk.db).ok
