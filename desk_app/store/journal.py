"""Appending to the hash-chained journal, in the caller's transaction.

Every writer first takes the head row (``FOR UPDATE`` on PostgreSQL; SQLite's write transactions
are already serialised by ``BEGIN IMMEDIATE``), so the chain has one order and no two rows share a
previous hash. The same writer serves one service call and the demo generator's batches.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, select, update

from desk_app.domain.chain import GENESIS, JournalFields, link_hash
from desk_app.store.records import encode_value, payload_of
from desk_app.store.tables import journal, journal_head, primary_key_value

# Statements are built once: building one costs more than running it on SQLite.
_HEAD = select(journal_head.c.seq, journal_head.c.hash).where(journal_head.c.id == 1)
_HEAD_FOR_UPDATE = _HEAD.with_for_update()
_INSERT_JOURNAL = insert(journal)
_SET_HEAD = (
    update(journal_head)
    .where(journal_head.c.id == 1)
    .values(seq=bindparam("new_seq"), hash=bindparam("new_hash"))
)
_INSERTS: dict[str, object] = {}


def _insert_stmt(table: Table):
    stmt = _INSERTS.get(table.name)
    if stmt is None:
        stmt = _INSERTS[table.name] = insert(table)
    return stmt


class JournalWriter:
    def __init__(self, conn: Connection, *, station: str, actor: str | None) -> None:
        self._conn = conn
        self.station = station
        self.actor = actor
        head = conn.execute(_HEAD if conn.dialect.name == "sqlite" else _HEAD_FOR_UPDATE).first()
        if head is None:
            conn.execute(insert(journal_head).values(id=1, seq=0, hash=GENESIS))
            self._seq, self._hash = 0, GENESIS
        else:
            self._seq, self._hash = head.seq, head.hash
        self._start_seq = self._seq
        self._pending: list[dict[str, Any]] = []

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
        self._pending.append(
            {
                "seq": fields.seq,
                "at": fields.at,
                "actor": fields.actor,
                "station": fields.station,
                "entity": fields.entity,
                "entity_id": fields.entity_id,
                "action": fields.action,
                "payload": fields.payload,
                "prev_hash": self._hash,
                "hash": digest,
            }
        )
        self._hash = digest

    def flush(self) -> None:
        if not self._pending:
            return
        self._conn.execute(insert(journal), self._pending)
        self._conn.execute(
            update(journal_head)
            .where(journal_head.c.id == 1)
            .values(seq=self._seq, hash=self._hash)
        )
        self._pending.clear()

    @property
    def head(self) -> tuple[int, str]:
        return self._seq, self._hash


def insert_journaled(
    conn: Connection, writer: JournalWriter, table: Table, row: Mapping[str, Any], at: datetime
) -> None:
    conn.execute(_insert_stmt(table), dict(row))
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
    (pk,) = table.primary_key.columns
    conn.execute(update(table).where(pk == row[pk.name]).values(**changes))
    new_row = {**row, **changes}
    writer.record(table, new_row, "update", at)
    return new_row
