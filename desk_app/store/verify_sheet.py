"""Checking the book against one printed handover sheet.

Every sealed sheet prints its seal (as text and as a QR code) and the journal head it was sealed
at. Given that seal, this finds the sheet in the book, recomputes its seal from what it holds,
and walks the chain from its first row to the sheet's journal head and on to the row that
sealed it: the head must still be in the chain, at that sequence, with that hash. A paper sheet
in a drawer thus proves the book up to its moment, whatever happened to the files beside it.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import select

from desk_app.domain.chain import link_digest
from desk_app.domain.handover.rules import seal_of
from desk_app.domain.integrity import SheetCheck
from desk_app.domain.seal_text import PrintedSeal
from desk_app.store.archive_base import Cut, chain_start
from desk_app.store.handle import Database
from desk_app.store.journal import stored_rows
from desk_app.store.journal_codec import UnreadablePayload, payload_bytes, payload_text
from desk_app.store.tables import handover, journal
from desk_app.store.verify_seals import kept_signatures, sealed_signatures, signatures_match

BATCH = 5000


def check_sheet(
    db: Database, printed: PrintedSeal, progress: Callable[[int, int], None] | None = None
) -> SheetCheck:
    result = SheetCheck(seal=printed.seal, number=printed.number)
    h = handover.c
    with db.read() as conn:
        row = conn.execute(select(handover).where(h.seal == printed.seal)).first()
        if row is None:
            result.findings.append("not-found")
            return result
        result.sheet_id, result.number = row.id, row.num
        result.journal_seq, result.journal_hash = row.journal_seq, row.journal_hash
        if printed.number is not None and printed.number != row.num:
            result.findings.append("number-differs")
        if row.content is None or seal_of(row.content, row.journal_hash or "") != row.seal:
            result.findings.append("seal-broken")
        elif not signatures_match(
            sealed_signatures(row.content), kept_signatures(conn, row.id).get(row.id, [])
        ):
            result.findings.append("signature-differs")
        j = journal.c
        sealing = conn.execute(
            select(j.seq, j.entity, j.entity_id, j.payload)
            .where(journal.c.entity == handover.name, journal.c.entity_id == row.id)
            .order_by(journal.c.seq.desc())
            .limit(1)
        ).first()
        # A sheet kept in a book whose rows all went into an archive: the cut keeps its last row.
        start = chain_start(conn)
        carried = start.carried.get((handover.name, row.id))
        if sealing is None and carried is None:
            result.findings.append("sealing-row-missing")
        else:
            try:
                if sealing is not None:
                    result.sealed_seq = sealing.seq
                    text = payload_text(sealing.entity, sealing.entity_id, sealing.payload)
                else:
                    text = carried or ""
                payload = json.loads(text)
            except ValueError:  # an altered row (UnreadablePayload is one)
                payload = {}
            if payload.get("seal") != row.seal or payload.get("journal_hash") != row.journal_hash:
                result.findings.append("sealing-row-differs")
        _walk(conn, result, progress, start)
    return result


def _walk(conn, result: SheetCheck, progress, start: Cut) -> None:
    """Recompute every link up to the row that sealed the sheet (or its head if that is gone),
    from where the chain starts (its first row, or an archive's cut: store/archive_base.py). A
    head inside the archived prefix is as the cut kept it."""
    head_seq = result.journal_seq or 0
    last = max(head_seq, result.sealed_seq or 0)
    rows = stored_rows(conn, until=last, batch=BATCH)
    prev = bytes.fromhex(start.hash)
    expected = start.seq + 1
    broken = False
    head_hash: str | None = start.hash if head_seq == start.seq else start.heads.get(head_seq)
    for seq, at, actor, station, entity, entity_id, action, payload, stored_prev, stored in rows:
        stored, stored_prev = bytes(stored), bytes(stored_prev)
        try:
            encoded = payload_bytes(entity, entity_id, payload)
        except UnreadablePayload:
            encoded = bytes(payload)  # an altered row: its link will not hold
        link = link_digest(prev.hex(), seq, at, actor, station, entity, entity_id, action, encoded)
        if seq != expected or stored_prev != prev or link != stored:
            broken = True
        if seq == head_seq:
            head_hash = stored.hex()
        prev = stored
        expected = seq + 1
        result.chain_rows += 1
        if progress and result.chain_rows % BATCH == 0:
            progress(result.chain_rows, last)
    if broken:
        result.findings.append("journal-broken")
    if head_seq and max(expected - 1, start.seq) < head_seq:
        result.findings.append("head-missing")
    elif head_seq and head_hash != result.journal_hash:
        result.findings.append("head-differs")
    if progress:
        progress(last, last)
