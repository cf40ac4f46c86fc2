"""A desk that kept keys under revision 0007 upgrades to the staff directory (0008): a backup
first, every earlier record intact (verify passes: the new nullable column on key movements
leaves every journalled payload as it was), and the directory works at once.

``data/book_with_keys_at_0007.sqlite.gz`` was written by main's own code at 13c4e79 (the last
revision before 0008): two keys, one issued to someone from outside and taken back, one issued to
a desk account, a restricted key with its duty-log line, a note. On PostgreSQL the same rows are
copied into a database brought to 0007 and upgraded from there.
"""

from __future__ import annotations

import gzip
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import MetaData, create_engine, delete, inspect, select
from sqlalchemy.pool import NullPool

from desk_app.domain.clock import FixedClock
from desk_app.services import accounts, staff
from desk_app.services.desk import Desk
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.store import migrate
from desk_app.store.anchor import write_anchor
from desk_app.store.database import connect
from desk_app.store.tables import metadata
from desk_app.store.verify import verify
from tests.conftest import START

BOOK = Path(__file__).with_name("data") / "book_with_keys_at_0007.sqlite.gz"


def _assert_verifies(db) -> None:
    result = verify(db)
    assert result.ok, [p.describe() for p in result.problems]


def _unpacked(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    with gzip.open(BOOK) as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def _use_the_book(url: str, *, anchor: bool = False, when_hours: int = 5) -> None:
    db = connect(url)
    if anchor:
        # The rows were copied in: the station that kept them had anchored them.
        write_anchor(db)
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
            assert "staff_member" in inspect(conn).get_table_names()
            indexes = {i["name"] for i in inspect(conn).get_indexes("journal")}
            assert "ix_journal_staff_member" in indexes
        _assert_verifies(db)
        desk = Desk(db=db, station="Front", clock=FixedClock(START + timedelta(hours=when_hours)))
        manager = accounts.sign_in_by_name(desk, name="Мария", pin="123456")
        before = keys_views.history(desk, manager).rows
        assert [r.holder_name for r in before] == [
            "王芳",
            "王芳",
            "Сергей Кузнецов",
            "Сергей Кузнецов",
        ]
        assert all(r.staff_member_id is None and r.department is None for r in before)
        keys_commands.return_key(desk, manager, "F-2")
        li = staff.add_member(desk, manager, name="李娜", department="housekeeping", badge="HK-101")
        keys_commands.issue_key(
            desk,
            manager,
            "F-2",
            holder_kind="directory",
            staff_member_id=li.id,
            purpose="Cleaning",
            expected_back=desk.clock.now() + timedelta(hours=2),
        )
        latest = keys_views.history(desk, manager).rows[0]
        assert (latest.holder_name, latest.staff_member_id) == ("李娜", li.id)
        assert [h.kind for h in staff.member_history(desk, manager, li.id)] == ["added"]
        _assert_verifies(db)
    finally:
        db.dispose()


@pytest.mark.skipif(not BOOK.exists(), reason="the 0007 book is not in the tree")
def test_upgrade_from_0007_keeps_every_key_movement(tmp_path):
    path = _unpacked(tmp_path)
    old = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    with old.connect() as conn:
        assert migrate.current_revision(conn) == "0007"
        assert "staff_member" not in inspect(conn).get_table_names()
    old.dispose()
    _use_the_book(str(path))
    assert list((tmp_path / "backups").glob("*before-upgrade*"))


@pytest.mark.pg
def test_upgrade_from_0007_on_postgresql(pg_database, tmp_path):
    source = create_engine(f"sqlite:///{_unpacked(tmp_path)}", poolclass=NullPool)
    old = MetaData()
    # The tables the 0007 book has: later revisions' tables (staff, roster …) are not in it.
    known = {t.name for t in metadata.sorted_tables}
    old.reflect(source, only=lambda name, _meta: name in known)
    target = create_engine(pg_database, poolclass=NullPool)
    with target.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0007")
        # The rows as they are stored (digests as raw bytes): the tables as the server has them.
        raw = MetaData()
        raw.reflect(conn, only=list(old.tables))
        conn.execute(delete(raw.tables["desk_meta"]))
        for table in metadata.sorted_tables:  # parents first
            if table.name not in old.tables:
                continue
            with source.connect() as src:
                rows = [dict(r._mapping) for r in src.execute(select(old.tables[table.name]))]
            if rows:
                conn.execute(raw.tables[table.name].insert(), rows)
    source.dispose()
    target.dispose()
    _use_the_book(pg_database, anchor=True)
