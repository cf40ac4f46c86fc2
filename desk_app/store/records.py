"""A row as the journal records it: plain JSON values by column name, one rule for every table."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table

from desk_app.domain.chain import canonical

# Most values are these and go into the JSON as they are: one set lookup instead of two
# isinstance calls, for the six million values ``verify`` encodes on a three-year file.
_PLAIN = frozenset({str, int, bool, float})


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
    for c in table.columns:
        value = row.get(c.name)
        if value is not None:
            record[c.name] = encode_value(value)
    return record


def payload_of(table: Table, row: Mapping[str, Any]) -> str:
    return canonical(record_of(table, row))


def payload_of_values(names: Sequence[str], values: Sequence[Any]) -> str:
    """``payload_of`` for a row read as a plain tuple in column order (verify's fast path)."""
    plain = _PLAIN
    return canonical(
        {
            n: v if type(v) in plain else encode_value(v)
            for n, v in zip(names, values, strict=True)
            if v is not None
        }
    )
