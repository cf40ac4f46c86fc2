"""One use case, one transaction: nothing half-written, and one chain under concurrent writers."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.pool import NullPool

from desk_app.domain.clock import FixedClock
from desk_app.domain.errors import ValidationError
from desk_app.services import accounts
from desk_app.services.desk import Desk
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.services.log import writes as log_writes
from desk_app.store.anchor import read_head
from desk_app.store.database import connect
from desk_app.store.journal import JOURNAL_LOCK_KEY
from desk_app.store.tables import follow_up, journal, log_entry
from desk_app.store.verify import verify


def counts(db) -> tuple[int, int, int]:
    with db.read() as conn:
        return tuple(
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (log_entry, follow_up, journal)
        )


def test_refused_follow_up_owner_leaves_nothing(desk, manager, clerk, supervisor, clock):
    log_commands.record_entry(desk, clerk, category="note", text="Начало смены")
    accounts.deactivate_person(desk, manager, supervisor.id)
    before, head = counts(desk.db), read_head(desk.db)
    with pytest.raises(ValidationError):
        log_commands.record_entry(
            desk,
            clerk,
            category="security",
            text="Дверь склада открыта",
            follow_up_owner_id=supervisor.id,
            follow_up_due=clock.now() + timedelta(hours=1),
        )
    assert counts(desk.db) == before
    assert read_head(desk.db) == head
    assert verify(desk.db).ok


class Boom(RuntimeError):
    pass


def test_failure_after_the_entry_row_rolls_everything_back(desk, clerk, clock, monkeypatch):
    """The entry row and its journal row are written, then the follow-up fails: none stays."""
    first = log_commands.record_entry(desk, clerk, category="note", text="Начало смены")
    before, head = counts(desk.db), read_head(desk.db)
    real = log_writes.insert_journaled
    written = []

    def failing(conn, w, table, row, at):
        if table is follow_up:
            raise Boom("disk full, say")
        real(conn, w, table, row, at)
        written.append(table.name)

    monkeypatch.setattr(log_writes, "insert_journaled", failing)
    with pytest.raises(Boom):
        log_commands.record_entry(
            desk,
            clerk,
            category="request",
            text="Разбудить 1205 в 6:00",
            follow_up_owner_id=clerk.id,
            follow_up_due=clock.now() + timedelta(hours=8),
        )
    assert written == ["log_entry"]  # the failure really came after the entry was inserted
    monkeypatch.undo()

    assert counts(desk.db) == before
    assert read_head(desk.db) == head
    assert log_views.list_entries(desk, clerk).rows == [log_views.get_entry(desk, clerk, first.id)]
    # The desk carries on as if nothing happened: the number is not used up, the chain is whole.
    after = log_commands.record_entry(desk, clerk, category="note", text="Снова работаем")
    assert after.num == first.num + 1
    assert verify(desk.db).ok


def test_failed_close_leaves_the_follow_up_open(desk, clerk, clock, monkeypatch):
    entry = log_commands.record_entry(
        desk,
        clerk,
        category="repair",
        text="Лифт застревает",
        follow_up_owner_id=clerk.id,
        follow_up_due=clock.now() + timedelta(hours=1),
    )
    before = counts(desk.db)

    def failing(*args, **kwargs):
        raise Boom("lost the connection, say")

    monkeypatch.setattr(log_commands, "update_journaled", failing)
    with pytest.raises(Boom):
        log_commands.close_follow_up(desk, clerk, entry.follow_up_id, text="Вызвали мастера")
    monkeypatch.undo()
    assert counts(desk.db) == before
    assert [f.id for f in log_views.open_follow_ups(desk, clerk)] == [entry.follow_up_id]
    assert verify(desk.db).ok


WRITERS = 2
PER_WRITER = 20


def test_concurrent_stations_keep_one_chain(db_url, desk, manager, clerk, clock):
    """Two stations write at once (own engines, own connections): one order, distinct numbers."""
    stations = []
    for i, actor in enumerate((manager, clerk)[:WRITERS]):
        station_db = connect(db_url)
        stations.append(
            (Desk(db=station_db, station=f"Desk {i + 1}", clock=FixedClock(clock.now())), actor)
        )
    barrier = threading.Barrier(WRITERS)
    errors: list[BaseException] = []
    results: dict[str, list[int]] = {}

    def work(station_desk: Desk, actor) -> None:
        try:
            barrier.wait(timeout=30)
            made = []
            for n in range(PER_WRITER):
                entry = log_commands.record_entry(
                    station_desk, actor, category="note", text=f"{station_desk.station}: {n}"
                )
                made.append(entry.num)
            results[station_desk.station] = made
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=s) for s in stations]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not any(t.is_alive() for t in threads)
    finally:
        for station_desk, _ in stations:
            station_desk.db.dispose()
    assert errors == []

    all_nums = [n for made in results.values() for n in made]
    assert len(all_nums) == WRITERS * PER_WRITER
    assert sorted(all_nums) == list(range(1, WRITERS * PER_WRITER + 1))
    for made in results.values():
        assert made == sorted(made)  # each station sees its own entries in order

    with desk.db.read() as conn:
        links = conn.execute(select(journal.c.seq, journal.c.prev_hash, journal.c.station)).all()
    assert len({prev for _, prev, _ in links}) == len(links), "two rows share a previous hash"
    assert sorted(seq for seq, _, _ in links) == list(range(1, len(links) + 1))
    assert {station for *_, station in links} >= {"Desk 1", "Desk 2"}
    report = verify(desk.db)
    assert report.ok, [p.describe() for p in report.problems]
    with desk.db.read() as conn:
        texts = set(conn.execute(select(log_entry.c.text)).scalars())
    assert len(texts) == WRITERS * PER_WRITER


@contextmanager
def journal_held(db_url: str, dialect: str):
    """Hold the journal the way a busy station does, so the next writers queue up behind it."""
    engine = create_engine(db_url, poolclass=NullPool)
    conn = engine.connect()
    try:
        if dialect == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.begin()
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({JOURNAL_LOCK_KEY})")
        yield conn
    finally:
        conn.rollback()
        conn.close()
        engine.dispose()


def wait_for_waiters(conn, dialect: str, count: int) -> None:
    """Until ``count`` other sessions are queued on a lock (PostgreSQL), or a moment (SQLite)."""
    if dialect == "sqlite":
        time.sleep(0.5)
        return
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        waiting = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        ).scalar()
        if waiting >= count:
            return
        time.sleep(0.02)
    raise AssertionError("the writers never queued up")


def race(db_url, dialect, calls) -> list[object]:
    """Start every call while the journal is held, release it, return each result or error."""
    results: list[object] = [None] * len(calls)

    def run(i, call):
        try:
            results[i] = call()
        except Exception as exc:  # the test looks at what was raised
            results[i] = exc

    with journal_held(db_url, dialect) as blocker:
        threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
        for t in threads:
            t.start()
        wait_for_waiters(blocker, dialect, len(calls))
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    return results


def test_two_stations_amending_the_same_entry(db_url, desk, manager, clerk):
    original = log_commands.record_entry(desk, clerk, category="note", text="Ключ 305 выдан")
    desks = [Desk(db=connect(db_url), station=f"Desk {i}", clock=desk.clock) for i in (1, 2)]
    try:
        results = race(
            db_url,
            desk.db.dialect,
            [
                lambda d=d, a=a, t=t: log_commands.amend_entry(
                    d, a, original.id, category="note", text=t
                )
                for d, a, t in zip(desks, (manager, clerk), ("Ключ 306", "Ключ 307"), strict=True)
            ],
        )
    finally:
        for d in desks:
            d.db.dispose()
    kinds = sorted(type(r).__name__ for r in results)
    assert kinds == ["ConflictError", "EntryView"], results
    with desk.db.read() as conn:
        amendments = conn.execute(
            select(func.count()).select_from(log_entry).where(log_entry.c.amends_id == original.id)
        ).scalar_one()
    assert amendments == 1
    assert verify(desk.db).ok


def test_two_stations_closing_the_same_follow_up(db_url, desk, manager, clerk, clock):
    entry = log_commands.record_entry(
        desk,
        clerk,
        category="repair",
        text="Лифт застревает",
        follow_up_owner_id=clerk.id,
        follow_up_due=clock.now() + timedelta(hours=1),
    )
    desks = [Desk(db=connect(db_url), station=f"Desk {i}", clock=desk.clock) for i in (1, 2)]
    try:
        results = race(
            db_url,
            desk.db.dialect,
            [
                lambda d=d, a=a, t=t: log_commands.close_follow_up(d, a, entry.follow_up_id, text=t)
                for d, a, t in zip(desks, (manager, clerk), ("Мастер был", "Починили"), strict=True)
            ],
        )
    finally:
        for d in desks:
            d.db.dispose()
    kinds = sorted(type(r).__name__ for r in results)
    assert kinds == ["ConflictError", "EntryView"], results
    [winner] = [r for r in results if isinstance(r, log_views.EntryView)]
    with desk.db.read() as conn:
        closings = conn.execute(
            select(log_entry.c.num).where(log_entry.c.closes_follow_up_id == entry.follow_up_id)
        ).all()
    assert [c.num for c in closings] == [winner.num]
    assert log_views.entry_detail(desk, clerk, entry.id).closed_by.num == winner.num
    assert verify(desk.db).ok
