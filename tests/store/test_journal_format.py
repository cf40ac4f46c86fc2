"""The journal's stored form (issue 19): new payloads compressed behind a format byte, a sealed
sheet's content and strokes journaled as digests; rows written before stay as they were and
verify as before, beside new ones; an altered compressed row is found like any altered row."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import LargeBinary, create_engine, insert, select, type_coerce
from sqlalchemy.pool import NullPool

from desk_app.demo.accounts import DEMO_ACCOUNTS
from desk_app.domain.chain import canonical
from desk_app.domain.clock import FixedClock
from desk_app.domain.seal_text import parse_printed_seal
from desk_app.services import accounts
from desk_app.services.desk import Desk
from desk_app.services.log import commands as log_commands
from desk_app.store import journal_dictionary, migrate
from desk_app.store.anchor import read_head
from desk_app.store.database import connect, open_readonly
from desk_app.store.journal import JournalWriter
from desk_app.store.journal_codec import (
    UnreadablePayload,
    encode,
    is_plain,
    payload_bytes,
    payload_text,
)
from desk_app.store.tables import handover, journal, station
from desk_app.store.verify import verify
from desk_app.store.verify_sheet import check_sheet
from tests.sealing import seal_a_sheet

OLD_BOOK = Path(__file__).with_name("data") / "book_made_at_0007.sqlite.gz"
ID = "0b1f7a52-4c1e-4d7e-9a0e-5d2f1c3b4a69"
PAYLOADS = [
    canonical({"id": ID, "text": "水管漏水了, 3楼 客人投诉", "room": "1203", "num": 7}),
    canonical({"id": ID, "text": "Кондиционер шумит, мастер вызван", "important": True}),
    canonical({"id": ID, "text": "Late checkout for 1205, approved by the duty manager"}),
    canonical({"id": ID, "note": '\\u0000 is text here, and so are "quotes"'}),
    canonical({}),
]


@pytest.fixture
def db_url(sqlite_url):
    return sqlite_url


def _problems(db) -> list[tuple[str, str, str]]:
    return sorted((p.table, p.id, p.what) for p in verify(db, parallel=False).problems)


# --------------------------------------------------------------------------------------------
# The codec
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_payload_reads_back_exactly_from_each_form(payload):
    stored = encode("log_entry", ID, payload)
    assert stored[:1] == b"\x01" and not is_plain(stored)
    assert payload_text("log_entry", ID, stored) == payload
    assert payload_bytes("log_entry", ID, stored) == payload.encode("utf-8")
    assert payload_text("log_entry", ID, memoryview(stored)) == payload  # PostgreSQL's driver
    # Written before the format byte: text on SQLite, its UTF-8 on PostgreSQL after 0013.
    assert payload_text("log_entry", ID, payload) == payload and is_plain(payload)
    if payload.startswith("{"):
        as_bytes = payload.encode("utf-8")
        assert is_plain(as_bytes) and payload_text("log_entry", ID, as_bytes) == payload


def test_the_table_dictionary_and_the_record_id_make_a_row_small():
    payload = PAYLOADS[0]
    stored = encode("log_entry", ID, payload)
    assert len(stored) < len(payload.encode("utf-8")) / 2
    # Read with another record's id or another table's dictionary, it is not the same text.
    for entity, entity_id in (("log_entry", ID.replace("0", "1")), ("complaint", ID)):
        with contextlib.suppress(UnreadablePayload):
            assert payload_text(entity, entity_id, stored) != payload


def test_what_does_not_inflate_whole_is_unreadable():
    stored = encode("log_entry", ID, PAYLOADS[1])
    for broken in (stored[:-3], stored + b"\x00", b"\x02" + stored[1:], b"\x01\xff\xff\xff"):
        with pytest.raises(UnreadablePayload):
            payload_bytes("log_entry", ID, broken)


def test_the_format_1_dictionaries_never_change():
    """Rows written with them can only be read with them: a new dictionary is a new file and
    a new format byte (packaging/journal_dictionary.py)."""
    assert journal_dictionary.SHA256 == (
        "f5ad309a602c113b94601f54fafe6fecb83a7944892252993aa03f5d46b4b40d"
    )
    assert journal_dictionary.dictionary_v1("log_entry")
    assert journal_dictionary.dictionary_v1("a table made later") == b""


# --------------------------------------------------------------------------------------------
# New rows
# --------------------------------------------------------------------------------------------


def test_a_sealed_sheet_is_journaled_with_digests_and_verifies(db, desk, clerk, supervisor, pins):
    log_commands.record_entry(desk, clerk, category="note", text="Смена прошла спокойно")
    sheet = seal_a_sheet(desk, clerk, supervisor, pins)
    with db.read() as conn:
        j = journal.c
        rows = conn.execute(
            select(j.entity, j.entity_id, j.payload).where(
                j.entity.in_(["handover", "handover_signature"])
            )
        ).all()
        content = conn.execute(
            select(handover.c.content).where(handover.c.id == sheet.id)
        ).scalar_one()
    payloads = [json.loads(payload_text(*r)) for r in rows]
    assert all(not is_plain(r.payload) for r in rows)
    sealed = [p for p in payloads if "content" in p]
    assert sealed and all(p["content"].startswith("sha256:") for p in sealed)
    assert sealed[-1]["content"] == "sha256:" + hashlib.sha256(content.encode()).hexdigest()
    strokes = [p["strokes"] for p in payloads if "strokes" in p]
    assert len(strokes) == 2 and all(s.startswith("sha256:") for s in strokes)
    assert _problems(db) == []
    assert check_sheet(db, parse_printed_seal(sheet.seal)).ok


def test_an_altered_compressed_row_is_found(db, desk, clerk):
    entry = log_commands.record_entry(desk, clerk, category="note", text="水管漏水了, 3楼")
    with sqlite3.connect(db.sqlite_path) as raw:
        seq, stored = raw.execute(
            "SELECT seq, payload FROM journal WHERE entity_id = ?", (entry.id,)
        ).fetchone()
        flipped = bytearray(stored)
        flipped[len(flipped) // 2] ^= 0x10
        raw.execute("UPDATE journal SET payload = ? WHERE seq = ?", (bytes(flipped), seq))
    raw.close()
    problems = _problems(db)
    assert ("journal", str(seq), "journal-edited") in problems
    assert ("log_entry", entry.id, "edited") in problems


def test_a_sealed_sheets_content_is_kept_compressed_and_reads_as_sealed(
    db, desk, clerk, supervisor, pins
):
    log_commands.record_entry(desk, clerk, category="note", text="交班: 3楼走廊灯不亮, 已报修")
    sheet = seal_a_sheet(desk, clerk, supervisor, pins)
    with db.read() as conn:
        content = conn.execute(
            select(handover.c.content).where(handover.c.id == sheet.id)
        ).scalar_one()
    with sqlite3.connect(db.sqlite_path) as raw:
        (stored,) = raw.execute("SELECT content FROM handover WHERE id = ?", (sheet.id,)).fetchone()
    raw.close()
    assert isinstance(stored, bytes) and stored[:1] == b"\x01"
    assert len(stored) < len(content.encode("utf-8"))
    assert "交班: 3楼走廊灯不亮" in content and json.loads(content)
    assert _problems(db) == []
    assert check_sheet(db, parse_printed_seal(sheet.seal)).ok


def test_an_altered_compressed_content_is_named_not_fatal(db, desk, clerk, supervisor, pins):
    sheet = seal_a_sheet(desk, clerk, supervisor, pins)
    with sqlite3.connect(db.sqlite_path) as raw:
        (stored,) = raw.execute("SELECT content FROM handover WHERE id = ?", (sheet.id,)).fetchone()
        damaged = bytearray(stored)
        damaged[len(damaged) // 2] ^= 0x20
        raw.execute("UPDATE handover SET content = ? WHERE id = ?", (bytes(damaged), sheet.id))
    raw.close()
    problems = _problems(db)
    assert ("handover", sheet.id, "edited") in problems
    assert ("handover", sheet.id, "seal-broken") in problems


# --------------------------------------------------------------------------------------------
# A book written before the format byte
# --------------------------------------------------------------------------------------------


@pytest.fixture
def old_book(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    with gzip.open(OLD_BOOK) as source, path.open("wb") as out:
        shutil.copyfileobj(source, out)
    return path


def _pin(name: str) -> str:
    return next(a.pin for a in DEMO_ACCOUNTS if a.name == name)


def test_an_old_book_keeps_its_rows_and_verifies_beside_new_ones(old_book: Path):
    with sqlite3.connect(old_book) as raw:
        before = raw.execute("SELECT seq, payload FROM journal ORDER BY seq").fetchall()
        old_sheets = raw.execute("SELECT id, seal FROM handover WHERE seal IS NOT NULL").fetchall()
    raw.close()
    assert old_sheets and all(isinstance(p, str) for _s, p in before)
    db = connect(str(old_book))  # upgraded, as the window's start does
    upgraded = read_head(db)[0]  # the upgrade's own rows (0009) are plain: 0013 comes after
    try:
        desk = Desk(
            db=db, station="Front desk", clock=FixedClock(datetime(2026, 12, 8, 8, tzinfo=UTC))
        )
        clerk = accounts.sign_in_by_name(
            desk, name="Zhang Wei / 张伟", pin=_pin("Zhang Wei / 张伟")
        )
        supervisor_name = "Olga Ivanova / Ольга Иванова"
        supervisor = accounts.sign_in_by_name(desk, name=supervisor_name, pin=_pin(supervisor_name))
        log_commands.record_entry(desk, clerk, category="note", text="После обновления: всё тихо")
        pins = {"clerk": _pin("Zhang Wei / 张伟"), "supervisor": _pin(supervisor_name)}
        new_sheet = seal_a_sheet(desk, clerk, supervisor, pins)
        assert _problems(db) == []
        for _sheet_id, seal in old_sheets:
            assert check_sheet(db, parse_printed_seal(seal)).ok
        assert check_sheet(db, parse_printed_seal(new_sheet.seal)).ok
    finally:
        db.dispose()
    with sqlite3.connect(old_book) as raw:
        after = dict(raw.execute("SELECT seq, payload FROM journal"))
        # Every row written before is as it was, whole content and strokes included.
        assert all(after[seq] == payload for seq, payload in before)
        old_content = raw.execute(
            "SELECT payload FROM journal WHERE entity = 'handover' AND payload LIKE '%\"content\":\"{%'"
        ).fetchall()
        assert old_content
        newer = [p for seq, p in after.items() if seq > upgraded]
        assert newer and all(isinstance(p, bytes) and p[:1] == b"\x01" for p in newer)
    raw.close()


def test_an_old_sealed_sheet_altered_is_found_as_before(old_book: Path):
    connect(str(old_book)).dispose()
    with sqlite3.connect(old_book) as raw:
        sheet_id, content = raw.execute(
            "SELECT id, content FROM handover WHERE seal IS NOT NULL ORDER BY num LIMIT 1"
        ).fetchone()
        raw.execute(
            "UPDATE handover SET content = ? WHERE id = ?",
            (content.replace("true", "false", 1), sheet_id),
        )
    raw.close()
    db = open_readonly(str(old_book))
    try:
        problems = _problems(db)
    finally:
        db.dispose()
    assert ("handover", sheet_id, "edited") in problems
    assert ("handover", sheet_id, "seal-broken") in problems


@pytest.mark.pg
def test_postgresql_keeps_text_rows_as_bytes_beside_compressed_ones(pg_database):
    """A book at 0012 (payloads text) upgraded: 0013 makes the column bytea, the old rows
    their UTF-8, and the book verifies with new rows written beside them."""
    engine = create_engine(pg_database, poolclass=NullPool)
    now = datetime(2026, 12, 8, 8, tzinfo=UTC)
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0012")
        row = {"id": ID, "name": "Front desk", "created_at": now}
        conn.execute(insert(station), row)
        writer = JournalWriter(conn, station="Front desk", actor=None, plain=True)
        writer.record(station, row, "insert", now)
        writer.flush()
    engine.dispose()
    db = connect(pg_database)
    try:
        with db.read() as conn:
            (first,) = conn.execute(
                select(type_coerce(journal.c.payload, LargeBinary)).where(journal.c.seq == 1)
            ).one()
        assert bytes(first).startswith(b'{"created_at":')
        desk = Desk(db=db, station="Front desk", clock=FixedClock(now))
        made = accounts.create_first_manager(desk, name="Мария", pin="123456", pin_repeat="123456")
        manager = accounts.sign_in(desk, person_id=made.id, pin="123456")
        log_commands.record_entry(desk, manager, category="note", text="水管漏水了, 3楼")
        problems = [p for p in verify(db, parallel=False).problems if p.what != "anchor-missing"]
        assert problems == []
        with db.read() as conn:
            stored = conn.execute(select(journal.c.payload).order_by(journal.c.seq)).scalars().all()
        assert is_plain(stored[0]) and all(not is_plain(p) for p in stored[1:])
    finally:
        db.dispose()
