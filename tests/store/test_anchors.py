"""The journal head kept outside the database: two places, written whole, following the chain,
and held against it by verify so that a cut tail is named.

The anchors are checked the way a careful auditor would: delete the newest entry with its journal
row, with and without the anchor files, and see verify fail and name what it was held to.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import time

import pytest

from desk_app.domain.integrity import Anchor
from desk_app.services import accounts
from desk_app.services.log import commands as log_commands
from desk_app.store.anchor import (
    anchors_folder,
    beside_path,
    read_anchor,
    read_head,
    write_anchor,
)
from desk_app.store.database import connect
from desk_app.store.verify import verify
from tests.conftest import MANAGER_PIN, make_manager
from tests.tamper import cut_from


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


def _wait_for(condition, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def _cut_newest_entry(db, entry_id: str) -> int:
    """The tail cut once the program has let go of the book (no timer of its own left)."""
    db.anchors.close()
    return cut_from(db.sqlite_path, entry_id)


def test_the_first_write_anchors_at_once_in_both_places(db, desk):
    assert [p.kind for p in db.anchors.places] == ["beside", "data-folder"]
    assert not any(p.path.exists() for p in db.anchors.places)
    accounts.create_first_manager(desk, name="Мария", pin=MANAGER_PIN, pin_repeat=MANAGER_PIN)
    head = read_head(db)
    for place in db.anchors.places:  # no waiting: the first anchor comes with the first write
        anchor = read_anchor(place.path)
        assert anchor is not None
        assert (anchor.seq, anchor.hash) == head
        assert anchor.database_id == db.database_id
        assert anchor.database == str(db.sqlite_path.resolve())
    assert db.anchors.places[0].path == beside_path(db.sqlite_path)
    assert db.anchors.places[1].path.parent == anchors_folder()


def test_anchors_follow_the_chain_within_a_second_and_at_close(db, desk, manager):
    for i in range(5):
        log_commands.record_entry(desk, manager, category="note", text=f"Обход {i}")
    head = read_head(db)
    assert _wait_for(
        lambda: all(
            (read_anchor(p.path).seq, read_anchor(p.path).hash) == head
            for p in db.anchors.places
        ),
        timeout=10.0,  # a second, and room for a busy machine
    )
    log_commands.record_entry(desk, manager, category="note", text="Последняя перед закрытием")
    places = db.anchors.places
    db.dispose()  # closing anchors at once, whatever the timer
    reopened = connect(str(db.sqlite_path), create=False)
    try:
        head = read_head(reopened)
    finally:
        reopened.dispose()
    assert all((read_anchor(p.path).seq, read_anchor(p.path).hash) == head for p in places)


def test_anchor_files_are_whole_and_owner_only(db, desk, manager):
    log_commands.record_entry(desk, manager, category="note", text="x")
    write_anchor(db)
    for place in db.anchors.places:
        data = json.loads(place.path.read_text(encoding="utf-8"))
        assert set(data) == {"seq", "hash", "at", "database_id", "database"}
        if os.name == "posix":
            assert stat.S_IMODE(place.path.stat().st_mode) == 0o600
        assert not [p for p in place.path.parent.iterdir() if p.name.startswith(".")]


def test_cutting_the_newest_entry_fails_verify_naming_every_anchor(db, desk, manager):
    log_commands.record_entry(desk, manager, category="note", text="Первая")
    last = log_commands.record_entry(desk, manager, category="security", text="Посторонний в холле")
    write_anchor(db)
    cut = _cut_newest_entry(db, last.id)
    report = verify(db)
    tails = [p for p in report.problems if p.what == "tail-missing"]
    assert {p.detail for p in tails} == {str(p.path) for p in db.anchors.places}
    assert all(p.id.startswith(f"{cut}..") for p in tails)


def test_without_the_anchor_beside_it_the_data_folder_still_names_the_cut(db, desk, manager):
    last = log_commands.record_entry(desk, manager, category="note", text="Последняя")
    db.anchors.close()
    beside, kept = (p.path for p in db.anchors.places)
    beside.unlink()
    _cut_newest_entry(db, last.id)
    report = verify(db)
    assert [(p.what, p.detail) for p in report.problems] == [("tail-missing", str(kept))]


def test_without_any_anchor_a_written_database_fails(db, desk, manager):
    last = log_commands.record_entry(desk, manager, category="note", text="Последняя")
    db.anchors.close()
    for place in db.anchors.places:
        place.path.unlink()
    _cut_newest_entry(db, last.id)
    report = verify(db)
    assert [p.what for p in report.problems] == ["anchor-missing"]
    assert str(beside_path(db.sqlite_path)) in report.problems[0].detail


def test_an_empty_database_needs_no_anchor(db):
    assert write_anchor(db) is None
    assert not any(p.path.exists() for p in db.anchors.places)
    assert verify(db).ok


def test_an_anchor_of_another_database_is_named(db, desk, manager, tmp_path):
    log_commands.record_entry(desk, manager, category="note", text="x")
    write_anchor(db)
    other = connect(str(tmp_path / "other.sqlite"))
    try:
        stranger = Anchor(1, "ab" * 32, "then", other.database_id, str(db.sqlite_path))
    finally:
        other.dispose()
    beside = db.anchors.places[0].path
    beside.write_bytes(stranger.as_json())
    report = verify(db)
    assert [(p.what, p.detail) for p in report.problems] == [("anchor-foreign", str(beside))]


def test_the_keeper_never_moves_an_anchor_back(db, desk, manager):
    """After a cut, the program writing again must not erase the evidence."""
    log_commands.record_entry(desk, manager, category="note", text="Первая")
    last = log_commands.record_entry(desk, manager, category="note", text="Вторая")
    anchored = write_anchor(db)
    _cut_newest_entry(db, last.id)
    log_commands.record_entry(desk, manager, category="note", text="Новая после среза")
    write_anchor(db)
    for place in db.anchors.places:
        assert read_anchor(place.path) == anchored
    assert db.anchors.problem is not None and db.anchors.problem.reason == "other-chain"
    assert any(p.what == "anchor-mismatch" for p in verify(db).problems)


def test_a_copy_is_held_to_the_books_anchor_and_a_backup_is_not(db, desk, manager, tmp_path):
    """Checked, a plain copy says truthfully that it is not the whole book; a backup (marked
    inside when it was made) is older by nature: the book's anchor is listed, not held."""
    from desk_app.store.backup import backup_database
    from desk_app.store.backup_open import open_backup_file
    from desk_app.store.database import open_readonly

    log_commands.record_entry(desk, manager, category="note", text="Первая")
    made = backup_database(db).path
    copy = tmp_path / "home" / "copy.sqlite"
    copy.parent.mkdir()
    db.anchors.close()
    with sqlite3.connect(db.sqlite_path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    log_commands.record_entry(desk, manager, category="note", text="Вторая")
    write_anchor(db)
    book_anchor = str(db.anchors.places[1].path)

    copied = open_readonly(str(copy))
    try:
        report = verify(copied)
    finally:
        copied.dispose()
    assert [(p.what, p.detail) for p in report.problems] == [("tail-missing", book_anchor)]

    backup = open_backup_file(made)  # compressed: read from a decompressed temporary copy
    try:
        report = verify(backup)
    finally:
        backup.dispose()
    assert report.ok, [p.describe() for p in report.problems]
    assert {(s.source, s.binding) for s in report.anchors} == {
        ("the anchor inside this backup", True),
        (book_anchor, False),
    }


@pytest.mark.pg
def test_on_postgresql_a_station_that_saw_the_longer_chain_names_the_cut(pg_database, clock):
    from sqlalchemy import text

    from desk_app.services.desk import Desk

    db = connect(pg_database)
    try:
        desk = Desk(db=db, station="Front", clock=clock)
        actor = make_manager(desk)
        last = log_commands.record_entry(desk, actor, category="note", text="Последняя")
        write_anchor(db)
        (place,) = db.anchors.places
        assert place.kind == "data-folder" and read_anchor(place.path).seq == read_head(db)[0]
        with db.engine.begin() as conn:  # the server's journal cut behind the program's back
            cut = conn.execute(
                text("SELECT min(seq) FROM journal WHERE entity_id = :id"), {"id": last.id}
            ).scalar_one()
            conn.execute(text("DELETE FROM log_entry WHERE id = :id"), {"id": last.id})
            conn.execute(text("DELETE FROM journal WHERE seq >= :s"), {"s": cut})
        report = verify(db)
        assert [(p.what, p.detail) for p in report.problems] == [
            ("tail-missing", str(place.path))
        ]
    finally:
        db.dispose()


def test_a_cut_tail_with_a_new_database_id_is_still_named(db, desk, manager):
    """Cutting the tail, giving the book a fresh id and rewriting the anchor beside it: the
    data folder's anchor of this path, written for the old id, still names it."""
    from desk_app.domain.integrity import Anchor

    log_commands.record_entry(desk, manager, category="note", text="Первая")
    last = log_commands.record_entry(desk, manager, category="note", text="Вторая")
    _cut_newest_entry(db, last.id)
    fresh = "f" * 32
    with sqlite3.connect(db.sqlite_path) as raw:
        raw.execute("UPDATE desk_meta SET value = ? WHERE key = 'database_id'", (fresh,))
        seq, digest = raw.execute(
            "SELECT seq, lower(hex(hash)) FROM journal ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    raw.close()
    forged = Anchor(seq, digest, "now", fresh, str(db.sqlite_path.resolve()))
    db.anchors.places[0].path.write_bytes(forged.as_json())
    from desk_app.store.database import open_readonly

    reader = open_readonly(str(db.sqlite_path))
    try:
        report = verify(reader)
    finally:
        reader.dispose()
    assert [(p.what, p.detail) for p in report.problems] == [
        ("anchor-foreign", str(db.anchors.places[1].path))
    ]
    reopened = connect(str(db.sqlite_path), create=False)
    try:  # and the window hears of it at opening
        assert reopened.anchors.problem is not None
        assert reopened.anchors.problem.reason == "other-database"
    finally:
        reopened.dispose()


def test_verify_of_a_book_being_written_finds_nothing_missing(db, desk, manager):
    """Anchors move on while verify reads: those it holds the chain to are read before its
    snapshot, so a busy desk is not reported as a cut tail."""
    import threading

    from desk_app.store.database import open_readonly

    log_commands.record_entry(desk, manager, category="note", text="Начало")
    stop = threading.Event()

    def keep_writing() -> None:
        i = 0
        while not stop.is_set():
            i += 1
            log_commands.record_entry(desk, manager, category="note", text=f"Пока проверяют {i}")
            db.anchors.flush()  # the anchors as far ahead as they can get
            time.sleep(0.01)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        for _ in range(3):
            reader = open_readonly(str(db.sqlite_path))
            try:
                report = verify(reader, parallel=False)
            finally:
                reader.dispose()
            assert report.ok, [p.describe() for p in report.problems]
    finally:
        stop.set()
        writer.join()


def test_no_timer_touches_the_book_once_it_is_closed(db, desk, manager):
    from sqlalchemy import event

    log_commands.record_entry(desk, manager, category="note", text="x")
    keeper = db.anchors
    db.dispose()
    opened = []
    event.listen(db.engine, "connect", lambda *_: opened.append(1))
    keeper._on_timer()  # a timer that was already running when the book closed
    assert opened == []


def test_an_anchor_that_cannot_be_read_does_not_keep_the_book_shut(tmp_path):
    path = tmp_path / "desk.sqlite"
    beside_path(path).mkdir()  # not even a file
    db = connect(str(path))
    try:
        assert db.anchors.problem is not None and db.anchors.problem.reason == "damaged"
    finally:
        db.dispose()
