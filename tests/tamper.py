"""Cutting the book's tail the way a person with an SQLite tool would: the rows that the last
journal rows inserted, and those journal rows, deleted with the program's rules out of the way.
What is left is a valid, shorter chain: only the anchors can tell."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def first_seq(path: Path, entity_id: str) -> int:
    """The journal row that first wrote this record."""
    with sqlite3.connect(path) as raw:
        (seq,) = raw.execute(
            "SELECT min(seq) FROM journal WHERE entity_id = ?", (entity_id,)
        ).fetchone()
    raw.close()
    return seq


def cut_tail(path: Path, from_seq: int) -> None:
    """Delete every journal row from ``from_seq`` on, and every record those rows inserted."""
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA foreign_keys=OFF")
        inserted = raw.execute(
            "SELECT entity, entity_id FROM journal WHERE seq >= ? AND action = 'insert'",
            (from_seq,),
        ).fetchall()
        for entity, entity_id in inserted:
            key = "key" if entity == "setting" else "id"
            raw.execute(f'DELETE FROM "{entity}" WHERE "{key}" = ?', (entity_id,))
        raw.execute("DELETE FROM journal WHERE seq >= ?", (from_seq,))
    raw.close()


def cut_from(path: Path, entity_id: str) -> int:
    """Cut the tail from the record's first journal row on; that row's sequence."""
    seq = first_seq(path, entity_id)
    cut_tail(path, seq)
    return seq
