"""``verify``'s check of every sealed handover sheet.

A seal is SHA-256 over the sheet's content and the journal head it was sealed at. Recomputing it
proves the content and the head; the content holds each signature as digests (of the drawn
picture and of its strokes) with its meaning and time, so the signatures kept beside the sheet
are compared with those digests too: a signature picture swapped behind the program's back —
with a journal row forged to match — would otherwise print under the original seal. Names and
roles are not compared: the content keeps them as they were at sealing.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import Connection, inspect, select

from desk_app.domain.handover.rules import seal_of
from desk_app.domain.integrity import Problem
from desk_app.domain.supervision.inspection import (
    SEALED_FIELDS,
    inspection_content,
    seal_of_inspection,
)
from desk_app.store.supervision_tables import inspection
from desk_app.store.tables import handover, handover_signature, journal


def _utc(value) -> str:
    return value.isoformat().replace("+00:00", "Z")


def kept_signatures(
    conn: Connection, handover_id: str | None = None
) -> dict[str, list[tuple[str, str, str, str]]]:
    """(meaning, time, picture digest, strokes digest) of every signature kept beside the
    sheets (or one sheet), by sheet."""
    s = handover_signature.c
    kept: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    stmt = select(s.handover_id, s.meaning, s.at, s.png, s.strokes)
    if handover_id is not None:
        stmt = stmt.where(s.handover_id == handover_id)
    rows = conn.execution_options(stream_results=True, yield_per=500).execute(stmt)
    for handover_id, meaning, at, png, strokes in rows:
        kept[handover_id].append(
            (
                meaning,
                _utc(at),
                hashlib.sha256(bytes(png)).hexdigest(),
                hashlib.sha256(strokes.encode("utf-8")).hexdigest(),
            )
        )
    return kept


_SIGNERS_KEY = '"signers":'
_DECODER = json.JSONDecoder()


def sealed_signatures(content: str) -> list[tuple[str, str, str, str]] | None:
    """The signatures a sheet's content sealed. Only that part is decoded: the content is
    canonical JSON (keys sorted, so "signers" comes after the long "sections", and as a key it
    is the only place those characters stand unescaped); three years of sheets hold some 60 MB,
    and decoding all of it would add a tenth to verify."""
    at = content.rfind(_SIGNERS_KEY + "[")
    if at < 0:
        return None
    try:
        signers, _end = _DECODER.raw_decode(content, at + len(_SIGNERS_KEY))
        return [(g["meaning"], g["at"], g["png"], g["strokes"]) for g in signers]
    except (ValueError, KeyError, TypeError):
        return None


def signatures_match(sealed, kept) -> bool:
    return sealed is not None and sorted(sealed) == sorted(kept)


def check_seals(conn: Connection, heads: Mapping[int, str] | None = None) -> list[Problem]:
    """Every sealed sheet: its seal recomputed from what it holds and the journal head it
    names, that head found in the journal (or, archived, in ``heads``: the hashes the archive
    cut kept), and its signatures the ones it sealed."""
    heads = heads or {}
    found = []
    h = handover.c
    kept = kept_signatures(conn)
    rows = conn.execute(
        select(h.id, h.content, h.seal, h.journal_seq, h.journal_hash).where(h.seal.is_not(None))
    )
    for row in rows:
        stored = conn.execute(
            select(journal.c.hash).where(journal.c.seq == row.journal_seq)
        ).scalar() or heads.get(row.journal_seq)
        content = row.content or ""
        sealed = sealed_signatures(content)
        if (
            stored != row.journal_hash
            or seal_of(content, row.journal_hash) != row.seal
            or not signatures_match(sealed, kept.get(row.id, []))
        ):
            found.append(Problem("handover", row.id, "seal-broken"))
    return found + check_inspection_seals(conn, heads)


def check_inspection_seals(
    conn: Connection, heads: Mapping[int, str] | None = None
) -> list[Problem]:
    """Every acknowledged or declined inspection: its content built again from the record as it
    is stored, equal to the content sealed, the seal recomputed over it and the journal head it
    names, that head found in the journal."""
    found: list[Problem] = []
    if not inspect(conn).has_table(inspection.name):
        return found  # a book from before supervision (verify never migrates)
    i = inspection.c
    fields = [i[name] for name in SEALED_FIELDS]
    rows = conn.execute(
        select(i.id, i.content, i.sealed_seq, i.sealed_head, i.seal, *fields).where(
            i.seal.is_not(None)
        )
    )
    for row in rows:
        values = row._mapping
        content = inspection_content({name: values[name] for name in SEALED_FIELDS})
        stored = conn.execute(
            select(journal.c.hash).where(journal.c.seq == row.sealed_seq)
        ).scalar() or (heads or {}).get(row.sealed_seq)
        if (
            content != row.content
            or stored != row.sealed_head
            or seal_of_inspection(content, row.sealed_head or "") != row.seal
        ):
            found.append(Problem("inspection", row.id, "inspection-seal-broken"))
    return found
