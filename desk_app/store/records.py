"""A row as the journal records it: plain JSON values by column name, one rule for every table."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from functools import cache
from json.encoder import encode_basestring as _json_string
from typing import Any

from sqlalchemy import Column, Table

from desk_app.domain.chain import canonical
from desk_app.store.tables import DERIVED, handover, handover_signature

# Most values are these and go into the JSON as they are: one set lookup instead of two
# isinstance calls, for the six million values ``verify`` encodes on a three-year file.
_PLAIN = frozenset({str, int, bool, float})
# Texts the journal keeps as their digest, like a picture's (issue 19): a sealed sheet's content,
# sealed in the sheet row itself, whose seal ``verify`` recomputes; and a signature's strokes,
# sealed by digest inside that content. Journal rows written before the format byte
# (``store.journal_codec``) hold them whole; ``verify`` digests those to compare.
DIGESTED: dict[str, tuple[str, ...]] = {
    handover.name: ("content",),
    handover_signature.name: ("strokes",),
}


def text_digest(value: str) -> str:
    return "sha256:" + hashlib.sha256(value.encode("utf-8")).hexdigest()


def as_journaled_now(entity: str, payload: bytes) -> bytes:
    """A payload written before the format byte, as today's writer journals the same state: a
    sealed sheet's content and its strokes as their digests (what ``verify`` compares the record
    with). Other tables' payloads, and payloads that do not parse, are given back as they are."""
    names = DIGESTED.get(entity)
    if not names:
        return payload
    try:
        record = json.loads(payload)
    except ValueError:
        return payload
    if not isinstance(record, dict):
        return payload
    for name in names:
        value = record.get(name)
        if isinstance(value, str):
            record[name] = text_digest(value)
    return canonical(record).encode("utf-8")


def encode_value(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        # A photo or a signature image: the journal keeps its digest, so an image swapped behind
        # the program's back is found without copying megabytes into every journal row.
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, datetime):
        # The database keeps UTC and gives it back in UTC: journal the same instant the same way,
        # or a time given in another zone reads back as an edit.
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        # "Z" rather than "+00:00": the same instant, five bytes less in every journal row.
        return value.isoformat().replace("+00:00", "Z")
    return value


def record_of(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """Empty (NULL) columns are left out: smaller journal, and a nullable column added by a later
    migration leaves every earlier record's payload unchanged."""
    record = {}
    for c in recorded_columns(table):
        value = row.get(c.name)
        if value is not None:
            record[c.name] = encode_value(value)
    for name in DIGESTED.get(table.name, ()):
        if name in record:
            record[name] = text_digest(record[name])
    return record


def payload_of(table: Table, row: Mapping[str, Any]) -> str:
    return canonical(record_of(table, row))


class PayloadWriter:
    """``payload_of`` for many rows of one table read as plain tuples, written out directly: the columns in
    sorted order and their JSON keys worked out once, strings through the JSON module's own
    escaper, so the text is the canonical encoder's to the character (a test compares them)
    at a fraction of its cost. ``verify`` digests every row of three years with it."""

    def __init__(
        self,
        names: Sequence[str],
        digested: Sequence[str] = (),
        stored_times: Sequence[str] = (),
    ) -> None:
        """``stored_times``: the columns given as SQLite keeps a time (its text), not as a
        datetime: made the journal's text directly, without a datetime made and written out
        again in between (a third of the cost of a row)."""
        order = sorted(range(len(names)), key=lambda i: names[i])
        self._columns = [(i, _json_string(names[i]) + ":") for i in order]
        self._digested = [names.index(name) for name in digested if name in names]
        self._times = [names.index(name) for name in stored_times if name in names]

    def payload(self, values: Sequence[Any]) -> str:
        if self._digested or self._times:
            values = list(values)
            for i in self._digested:
                if values[i] is not None:
                    values[i] = text_digest(values[i])
            for i in self._times:
                if values[i] is not None:
                    values[i] = journal_time_of_stored(values[i])
        parts = []
        for i, key in self._columns:
            v = values[i]
            if v is None:
                continue
            kind = type(v)
            if kind is str:
                parts.append(key + _json_string(v))
            elif kind is int:
                parts.append(key + int.__repr__(v))
            elif kind is bool:
                parts.append(key + ("true" if v else "false"))
            else:  # times, binary digests, floats: as the journal encodes them
                parts.append(key + canonical(encode_value(v)))
        return "{" + ",".join(parts) + "}"


# SQLite's stored form of a time, as SQLAlchemy writes it (naive UTC, six digits of fraction).
_STORED_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}")


def journal_time_of_stored(stored: str) -> str:
    """What the journal writes for the time SQLite holds as ``stored`` (``encode_value`` of the
    datetime the column gives): the same text, for any text, as the datetime's way round."""
    if _STORED_TIME.fullmatch(stored):
        if stored.endswith(".000000"):  # isoformat() leaves a zero fraction out
            return f"{stored[:10]}T{stored[11:19]}Z"
        return f"{stored[:10]}T{stored[11:]}Z"
    # Anything else (a time someone typed in with an SQLite tool, say): read as the column
    # would read it.
    return encode_value(_sqlite_datetime()(stored).replace(tzinfo=UTC))


@cache
def _sqlite_datetime():
    from sqlalchemy.dialects import sqlite

    return sqlite.DATETIME().result_processor(sqlite.dialect(), None)


def recorded_columns(table: Table) -> list[Column]:
    """The columns that make a row's record: all but the derived ones."""
    return [c for c in table.columns if not c.info.get(DERIVED)]


def primary_key_value(table: Table, row) -> str:
    (column,) = table.primary_key.columns
    return str(row[column.name])
