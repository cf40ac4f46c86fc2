"""What the store's tests of backups share."""

from __future__ import annotations

import pytest

from desk_app.services.log import commands as log_commands


@pytest.fixture
def logged(desk, manager):
    """A book of three entries, in Russian, Chinese and English."""
    return [
        log_commands.record_entry(desk, manager, category="note", text=text)
        for text in ("Смена принята", "水管漏水了, room 1208", "Keys counted: 42")
    ]
