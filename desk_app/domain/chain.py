"""The hash chain of the journal: canonical JSON and SHA-256, nothing else.

The hash covers every field of a journal row, not only the payload, so editing who or when is
detected as surely as editing what.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class JournalFields:
    seq: int
    at: str
    actor: str | None
    station: str
    entity: str
    entity_id: str
    action: str
    payload: str  # canonical JSON of the record's state after the write


def link_hash(prev_hash: str, fields: JournalFields) -> str:
    header = canonical(
        [
            fields.seq,
            fields.at,
            fields.actor,
            fields.station,
            fields.entity,
            fields.entity_id,
            fields.action,
        ]
    )
    digest = hashlib.sha256()
    digest.update(prev_hash.encode("ascii"))
    digest.update(header.encode("utf-8"))
    digest.update(fields.payload.encode("utf-8"))
    return digest.hexdigest()


def payload_digest(payload: str) -> bytes:
    return hashlib.sha256(payload.encode("utf-8")).digest()
