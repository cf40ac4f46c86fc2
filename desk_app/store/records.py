"""A row as the journal records it: plain JSON values in column order, one rule for every table."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table

from desk_app.domain.chain import canonical


def encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        # The database keeps UTC and gives it back in UTC: journal the same instant the same way,
        # or a time given in another zone reads back as an edit.
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.isoformat()
    return value


def record_of(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    return {c.name: encode_value(row.get(c.name)) for c in table.columns}


def payload_of(table: Table, row: Mapping[str, Any]) -> str:
    return canonical(record_of(table, row))
