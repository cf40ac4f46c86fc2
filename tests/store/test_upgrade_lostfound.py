"""A desk that kept its log and complaints under revision 0002 upgrades to lost and found: a
backup first, every earlier record intact (verify passes), and the new book works at once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import inspect

from desk_app.domain.clock import FixedClock
from desk_app.services import accounts
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.desk import Desk
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.store import migrate
from desk_app.store.database import connect
from desk_app.store.verify import verify
from tests.conftest import START


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


def test_upgrade_from_0002_keeps_everything(sqlite_url, tmp_path):
    db = connect(sqlite_url)
    desk = Desk(db=db, station="Front", clock=FixedClock(START))
    made = accounts.create_first_manager(desk, name="Мария", pin="123456", pin_repeat="123456")
    manager = accounts.sign_in(desk, person_id=made.id, pin="123456")
    log_commands.record_entry(desk, manager, category="note", text="До обновления: 漏水 в 1203")
    complaints_commands.intake(
        desk,
        manager,
        received_at=START,
        channel="phone",
        guest_name="Li",
        room="1203",
        contact="",
        category="noise",
        severity="low",
        text="太吵了",
        promised_at=START + timedelta(hours=1),
    )
    with db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0002")
    db.dispose()

    upgraded = connect(sqlite_url)
    try:
        with upgraded.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
            assert "lf_item" in inspect(conn).get_table_names()
        assert list((tmp_path / "backups").glob("*before-upgrade*"))
        result = verify(upgraded)
        assert result.ok, [p.describe() for p in result.problems]
        desk = Desk(db=upgraded, station="Front", clock=FixedClock(START + timedelta(hours=2)))
        item = lostfound_commands.register_item(
            desk,
            manager,
            found_at=START + timedelta(hours=1),
            found_place="大堂",
            finder_kind="guest",
            finder_name="Anna",
            description="黑色雨伞",
            category="other",
            storage_place="Shelf B",
        )
        assert item.number == "LF-2026-00001"
        texts = [e.text for e in log_views.list_entries(desk, manager).rows]
        assert "До обновления: 漏水 в 1203" in texts
        assert verify(upgraded).ok
    finally:
        upgraded.dispose()
