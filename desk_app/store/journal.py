"""Appending to the hash-chained journal, in the caller's transaction.

Every writer first takes the journal lock (an advisory lock on PostgreSQL; SQLite's write
transactions are already serialised by ``BEGIN IMMEDIATE``) and then reads the last row, so the
chain has one order and no two rows share a previous hash. The same writer serves one service call and the demo generator's batches.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    LargeBinary,
    Table,
    Text,
    bindparam,
    insert,
    select,
    text,
    type_coerce,
    update,
)

from desk_app.domain.chain import GENESIS, JournalFields, link_hash
from desk_app.domain.text import is_storable
from desk_app.store.journal_codec import encode as encode_payload
from desk_app.store.records import encode_value, payload_of, primary_key_value
from desk_app.store.roster_tables import roster_cell, roster_event, roster_month, roster_request
from desk_app.store.search_text import search_changes, with_search_text
from desk_app.store.supervision_tables import (
    day_review,
    inspection,
    inspection_checklist,
    inspection_correction,
    review_note,
    review_read,
    sheet_countersign,
)
from desk_app.store.tables import (
    complaint,
    complaint_event,
    entry_read,
    follow_up,
    handover,
    handover_signature,
    journal,
    key_asset,
    key_count,
    key_movement,
    lf_disposal,
    lf_item,
    lf_photo,
    lf_report,
    lf_return,
    log_entry,
    person,
    setting,
    sign_in,
    staff_member,
    station,
)

# The entity name in the journal is the table name.
JOURNALED: tuple[Table, ...] = (
    person,
    staff_member,
    setting,
    station,
    sign_in,
    complaint,
    complaint_event,
    lf_item,
    lf_photo,
    lf_report,
    lf_return,
    lf_disposal,
    key_asset,
    key_movement,
    key_count,
    handover,
    handover_signature,
    log_entry,
    follow_up,
    entry_read,
    roster_month,
    roster_cell,
    roster_request,
    roster_event,
    inspection_checklist,
    inspection,
    inspection_correction,
    day_review,
    review_note,
    review_read,
    sheet_countersign,
)
# Statements are built once: building one costs more than running it on SQLite.
_HEAD = select(journal.c.seq, journal.c.hash).order_by(journal.c.seq.desc()).limit(1)
_INSERT_JOURNAL = insert(journal)
# A plain writer's payloads bound as text: PostgreSQL's column is text until migration 0013.
_INSERT_PLAIN = insert(journal).values(payload=bindparam("payload", type_=Text()))
# PostgreSQL: one transaction-scoped advisory lock serialises every writer of the chain (stations
# on SQLite are already serialised by BEGIN IMMEDIATE). The key spells "desk".
JOURNAL_LOCK_KEY = 0x6465736B
_LOCK = text("SELECT pg_advisory_xact_lock(:key)").bindparams(key=JOURNAL_LOCK_KEY)
_INSERTS: dict[str, object] = {}


def _insert_stmt(table: Table):
    stmt = _INSERTS.get(table.name)
    if stmt is None:
        stmt = _INSERTS[table.name] = insert(table)
    return stmt


def stored_rows(
    conn: Connection, *, until: int | None = None, since: int | None = None, batch: int = 5000
):
    """Every journal row (from ``since``, up to ``until``) in order, streamed, as plain tuples of (seq, at,
    actor, station, entity, entity_id, action, payload, prev_hash, hash) with the payload and
    the two digests as stored (the payload in its stored form, read through
    ``store.journal_codec``; the digests 32 raw bytes; a memoryview from PostgreSQL's driver):
    what ``verify`` and a printed sheet's check recompute the links from."""
    j = journal.c
    stmt = select(
        j.seq,
        j.at,
        j.actor,
        j.station,
        j.entity,
        j.entity_id,
        j.action,
        j.payload,
        type_coerce(j.prev_hash, LargeBinary),
        type_coerce(j.hash, LargeBinary),
    ).order_by(j.seq)
    if until is not None:
        stmt = stmt.where(j.seq <= until)
    if since is not None:
        stmt = stmt.where(j.seq >= since)
    return conn.execution_options(stream_results=True, yield_per=batch).execute(stmt)


def read_head(conn: Connection) -> tuple[int, str]:
    """The chain's head is its last row: nothing to keep in step, nothing to update per write."""
    row = conn.execute(_HEAD).first()
    return (row.seq, row.hash) if row else (0, GENESIS)


class JournalWriter:
    def __init__(
        self, conn: Connection, *, station: str, actor: str | None, plain: bool = False
    ) -> None:
        """``plain``: payloads stored as their text, as before the format byte; only for the
        migrations that journal before 0013 made PostgreSQL's column ``bytea``."""
        self._conn = conn
        self.station = station
        self.actor = actor
        self._plain = plain
        if conn.dialect.name == "postgresql":
            conn.execute(_LOCK)
        self._seq, self._hash = read_head(conn)
        self._pending: list[dict[str, Any]] = []
        # What this writer touched, for the unit of work's ``Changes``: (table, id) per row.
        self.written: list[tuple[str, str]] = []

    def record(self, table: Table, row: Mapping[str, Any], action: str, at: datetime) -> None:
        """Journal the state ``row`` now has in ``table`` (the write itself is the caller's)."""
        self._seq += 1
        fields = JournalFields(
            seq=self._seq,
            at=encode_value(at),
            actor=self.actor,
            station=self.station,
            entity=table.name,
            entity_id=primary_key_value(table, row),
            action=action,
            payload=payload_of(table, row),
        )
        digest = link_hash(self._hash, fields)
        self.written.append((fields.entity, fields.entity_id))
        self._pending.append(
            {
                "seq": fields.seq,
                "at": fields.at,
                "actor": fields.actor,
                "station": fields.station,
                "entity": fields.entity,
                "entity_id": fields.entity_id,
                "action": fields.action,
                "payload": (
                    fields.payload
                    if self._plain
                    else encode_payload(fields.entity, fields.entity_id, fields.payload)
                ),
                "prev_hash": self._hash,
                "hash": digest,
            }
        )
        self._hash = digest

    def flush(self) -> None:
        if not self._pending:
            return
        self._conn.execute(_INSERT_PLAIN if self._plain else _INSERT_JOURNAL, self._pending)
        self._pending.clear()

    @property
    def head(self) -> tuple[int, str]:
        return self._seq, self._hash


def check_storable(table: Table, values: Mapping[str, Any]) -> None:
    """The last look before a write: a NUL or a lone surrogate is a text that skipped the domain's
    rule (:mod:`desk_app.domain.text`), a bug to name here rather than a raw driver error on
    PostgreSQL and a silently stored NUL on SQLite. One search over the row's texts joined:
    about 2 µs a row, against some 420 µs for a whole log entry."""
    if is_storable("".join([v for v in values.values() if type(v) is str])):
        return
    bad = sorted(k for k, v in values.items() if type(v) is str and not is_storable(v))
    raise ValueError(
        f"{table.name}.{', '.join(bad)}: a NUL or a lone surrogate reached the store; "
        "every text a user types must go through desk_app.domain.text first"
    )


def insert_journaled(
    conn: Connection, writer: JournalWriter, table: Table, row: Mapping[str, Any], at: datetime
) -> None:
    check_storable(table, row)
    conn.execute(_insert_stmt(table), dict(with_search_text(table, row)))
    writer.record(table, row, "insert", at)


def update_journaled(
    conn: Connection,
    writer: JournalWriter,
    table: Table,
    row: Mapping[str, Any],
    changes: Mapping[str, Any],
    at: datetime,
) -> dict[str, Any]:
    """Apply ``changes`` to the row (given whole, as read) and journal its new state."""
    check_storable(table, changes)
    changes = search_changes(table, row, changes)
    (pk,) = table.primary_key.columns
    conn.execute(update(table).where(pk == row[pk.name]).values(**changes))
    new_row = {**row, **changes}
    writer.record(table, new_row, "update", at)
    return new_row
