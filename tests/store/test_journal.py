"""The journal's chain, and verify() naming every kind of edit made behind the program's back.

The tampering is done the way a curious user would: raw SQL on the SQLite file with the program's
rules out of the way.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desk_app.domain.chain import GENESIS, JournalFields, canonical, link_hash
from desk_app.services.log import commands as log_commands
from desk_app.store.anchor import places, read_anchor, read_head, write_anchor
from desk_app.store.backup import backup_database
from desk_app.store.journal import JOURNALED
from desk_app.store.journal_codec import encode as encode_payload
from desk_app.store.journal_codec import payload_text
from desk_app.store.tables import journal
from desk_app.store.verify import verify


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


@contextmanager
def raw(db, *, foreign_keys: bool = True) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to the file, committed on exit: the program is not involved."""
    conn = sqlite3.connect(db.sqlite_path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    finally:
        conn.close()


@pytest.fixture
def entries(desk, manager, clerk, clock):
    """A small log: plain entries, one with a follow-up that is then closed, one read mark."""
    made = []
    for i, text in enumerate(["Смена принята", "水管漏水了, 3楼", "Late checkout for 1205"]):
        clock.advance(timedelta(minutes=5))
        made.append(log_commands.record_entry(desk, clerk if i % 2 else manager, category="note", text=text))
    with_fu = log_commands.record_entry(
        desk,
        clerk,
        category="repair",
        text="Кондиционер шумит",
        room="712",
        follow_up_owner_id=manager.id,
        follow_up_due=clock.now() + timedelta(hours=2),
    )
    log_commands.close_follow_up(desk, manager, with_fu.follow_up_id, text="Мастер починил")
    log_commands.mark_read(desk, manager, made[1].id)
    return made


def test_chain_is_whole_after_writes(db, entries):
    report = verify(db)
    assert report.ok, [p.describe() for p in report.problems]
    with db.read() as conn:
        rows = conn.execute(select(journal).order_by(journal.c.seq)).all()
        records = sum(
            conn.execute(select(func.count()).select_from(t)).scalar_one() for t in JOURNALED
        )
    assert report.journal_rows == len(rows) > 10
    assert report.records == records
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    prev = GENESIS
    for r in rows:
        assert r.prev_hash == prev
        payload = payload_text(r.entity, r.entity_id, r.payload)
        fields = JournalFields(
            r.seq, r.at, r.actor, r.station, r.entity, r.entity_id, r.action, payload
        )
        assert link_hash(prev, fields) == r.hash
        assert canonical(json.loads(payload)) == payload
        assert r.payload[:1] == b"\x01"  # new rows are compressed (store/journal_codec.py)
        prev = r.hash
    assert read_head(db) == (rows[-1].seq, rows[-1].hash)
    assert len({r.prev_hash for r in rows}) == len(rows)


def test_every_row_is_journaled_with_station_and_actor(db, entries, manager, clerk):
    with db.read() as conn:
        rows = conn.execute(select(journal).where(journal.c.entity == "log_entry")).all()
    assert len(rows) == 5
    assert {r.station for r in rows} == {"Test desk"}
    assert {r.actor for r in rows} == {manager.id, clerk.id}
    assert {r.action for r in rows} == {"insert"}


def only(report) -> list[tuple[str, str, str]]:
    return [(p.table, p.id, p.what) for p in report.problems]


def test_edited_entry_text_is_detected(db, entries):
    victim = entries[1]
    with raw(db) as conn:
        conn.execute("UPDATE log_entry SET text = ? WHERE id = ?", ("Всё спокойно", victim.id))
    report = verify(db)
    assert only(report) == [("log_entry", victim.id, "edited")]
    assert "changed" in report.problems[0].describe()


def test_edited_entry_time_is_detected(db, entries):
    victim = entries[0]
    with raw(db) as conn:
        conn.execute(
            "UPDATE log_entry SET at = '2020-01-01 00:00:00.000000' WHERE id = ?", (victim.id,)
        )
    assert only(verify(db)) == [("log_entry", victim.id, "edited")]


def test_reopened_follow_up_is_detected(db, entries):
    with raw(db) as conn:
        (fu_id,) = conn.execute("SELECT id FROM follow_up").fetchone()
        conn.execute("UPDATE follow_up SET closed_at = NULL, closing_entry_id = NULL")
    assert only(verify(db)) == [("follow_up", fu_id, "edited")]


def test_row_inserted_without_journal_is_detected(db, entries, manager):
    new_id = str(uuid.uuid4())
    with raw(db) as conn:
        conn.execute(
            "INSERT INTO log_entry (id, num, at, category, text, room, party, important, "
            "author_id, station, amends_id, closes_follow_up_id) "
            "VALUES (?, 999, '2026-03-14 08:00:00.000000', 'note', 'Backdated alibi', '', '', 0, "
            "?, 'Test desk', NULL, NULL)",
            (new_id, manager.id),
        )
    report = verify(db)
    assert only(report) == [("log_entry", new_id, "inserted")]


def test_deleted_entry_is_detected(db, entries):
    victim = entries[2]
    with raw(db, foreign_keys=False) as conn:
        assert conn.execute("DELETE FROM log_entry WHERE id = ?", (victim.id,)).rowcount == 1
    assert only(verify(db)) == [("log_entry", victim.id, "deleted")]


def test_deleted_read_mark_is_detected(db, entries):
    with raw(db) as conn:
        (read_id,) = conn.execute("SELECT id FROM entry_read").fetchone()
        conn.execute("DELETE FROM entry_read")
    assert only(verify(db)) == [("entry_read", read_id, "deleted")]


def _edited(row, old: str, new: str) -> tuple[str, bytes]:
    """A journal row's payload (seq, at, actor, station, entity, entity_id, action, payload …)
    edited by someone who knows how it is stored: (the new text, its stored form)."""
    entity, entity_id, stored = row[4], row[5], row[7]
    text = payload_text(entity, entity_id, stored).replace(old, new)
    return text, encode_payload(entity, entity_id, text)


ROW = "SELECT seq, at, actor, station, entity, entity_id, action, payload, prev_hash FROM journal "


def test_edited_journal_payload_is_detected(db, entries):
    victim = entries[1]
    with raw(db) as conn:
        row = conn.execute(ROW + "WHERE entity_id = ?", (victim.id,)).fetchone()
        seq = row[0]
        conn.execute(
            "UPDATE journal SET payload = ? WHERE seq = ?", (_edited(row, "漏水", "正常")[1], seq)
        )
    problems = only(verify(db))
    assert ("journal", str(seq), "journal-edited") in problems
    # The row no longer matches what the (altered) journal says either.
    assert ("log_entry", victim.id, "edited") in problems


def test_edited_journal_actor_is_detected(db, entries, clerk):
    with raw(db) as conn:
        seq = conn.execute(
            "SELECT seq FROM journal WHERE actor = ? ORDER BY seq LIMIT 1", (clerk.id,)
        ).fetchone()[0]
        conn.execute("UPDATE journal SET actor = NULL WHERE seq = ?", (seq,))
    assert only(verify(db)) == [("journal", str(seq), "journal-edited")]


def test_edit_with_recomputed_hash_breaks_the_next_link(db, entries):
    victim = entries[1]
    with raw(db) as conn:
        row = conn.execute(ROW + "WHERE entity_id = ?", (victim.id,)).fetchone()
        payload, stored = _edited(row, "漏水", "正常")
        new_hash = link_hash(row[8].hex(), JournalFields(*row[:7], payload))
        conn.execute(
            "UPDATE journal SET payload = ?, hash = ? WHERE seq = ?",
            (stored, bytes.fromhex(new_hash), row[0]),
        )
        conn.execute("UPDATE log_entry SET text = '水管正常了, 3楼' WHERE id = ?", (victim.id,))
    assert only(verify(db)) == [("journal", str(row[0] + 1), "journal-edited")]


def test_rewritten_chain_is_caught_by_the_anchor(db, entries):
    """Rewriting every later link and the head fools the chain, not the anchor outside it."""
    anchor = write_anchor(db, "2026-03-14T10:00:00+00:00")
    assert anchor is not None
    victim = entries[1]
    with raw(db) as conn:
        rows = conn.execute(ROW + "ORDER BY seq").fetchall()
        prev = GENESIS
        for r in rows:
            payload, stored = (
                _edited(r, "漏水", "正常") if r[5] == victim.id else _edited(r, "", "")
            )
            digest = link_hash(prev, JournalFields(*r[:7], payload))
            conn.execute(
                "UPDATE journal SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                (stored, bytes.fromhex(prev), bytes.fromhex(digest), r[0]),
            )
            prev = digest
        conn.execute("UPDATE log_entry SET text = '水管正常了, 3楼' WHERE id = ?", (victim.id,))
    report = verify(db)
    # Each anchor names the rewrite: the one beside the file and the one in the data folder.
    assert only(report) == [("journal", str(anchor.seq), "anchor-mismatch")] * 2
    assert sorted(p.detail for p in report.problems) == sorted(
        str(place.path) for place in db.anchors.places
    )


def test_missing_journal_row_is_detected(db, entries):
    with raw(db) as conn:
        conn.execute("DELETE FROM journal WHERE seq = 3")
    problems = only(verify(db))
    assert ("journal", "3", "journal-missing") in problems
    assert [p for p in problems if p[2].startswith("journal")] == [
        ("journal", "3", "journal-missing")
    ]


def test_cut_tail_is_detected_against_the_backup_anchor(db, desk, entries, clerk, clock):
    clock.advance(timedelta(minutes=1))
    last = log_commands.record_entry(desk, clerk, category="security", text="Посторонний в холле")
    result = backup_database(db)
    anchor = read_anchor(places(db)[0].path)
    assert anchor is not None
    assert result.anchor_seq == anchor.seq == read_head(db)[0]
    with raw(db, foreign_keys=False) as conn:
        (cut_from,) = conn.execute(
            "SELECT seq FROM journal WHERE entity_id = ?", (last.id,)
        ).fetchone()
        conn.execute("DELETE FROM log_entry WHERE id = ?", (last.id,))
        conn.execute("DELETE FROM journal WHERE seq >= ?", (cut_from,))
    report = verify(db)
    # Named by each anchor: beside the file, in the data folder, and inside the backup.
    assert set(only(report)) == {("journal", f"{cut_from}..{anchor.seq}", "tail-missing")}
    assert {p.detail for p in report.problems} == {
        str(db.anchors.places[0].path),
        str(db.anchors.places[1].path),
        str(result.path),
    }
    assert report.anchor_seq == anchor.seq
    assert "tail" in report.problems[0].describe()


def test_anchor_of_an_empty_database_is_nothing(db):
    assert write_anchor(db, "now") is None
    assert read_anchor(places(db)[0].path) is None
    assert verify(db).ok


def test_progress_is_reported_to_the_end(db, entries):
    calls: list[tuple[int, int]] = []
    report = verify(db, progress=lambda done, total: calls.append((done, total)))
    assert report.ok
    assert calls
    assert calls[-1][0] == calls[-1][1] == report.journal_rows + report.records
