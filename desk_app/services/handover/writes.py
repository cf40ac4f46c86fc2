"""The handover's writers: the handover row, a signature, the seal, inside a unit of work the
caller holds.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from desk_app.domain.handover import rules
from desk_app.domain.handover.rules import HandoverState, Meaning, Section
from desk_app.domain.signature import Signature, strokes_to_json
from desk_app.services.handover.sheet import build_sheet, signers_of
from desk_app.services.handover.views import Draft, HandoverPolicy, HandoverView
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.tables import handover, handover_signature
from desk_app.store.types import new_id


def write_handover(
    conn: Connection,
    w: JournalWriter,
    *,
    num: int,
    station: str,
    shift_start: datetime,
    shift_end: datetime,
    outgoing_id: str,
    at: datetime,
    incoming_id: str | None = None,
    draft: Draft | None = None,
) -> dict[str, Any]:
    """A new sheet in the draft state (``start_handover``; the demo writes through it too)."""
    row = {
        "id": new_id(),
        "num": num,
        "station": station,
        "shift_start": shift_start,
        "shift_end": shift_end,
        "outgoing_id": outgoing_id,
        "incoming_id": incoming_id,
        "state": HandoverState.DRAFT.value,
        "draft": (draft or Draft()).as_json(),
        "content": None,
        "seal": None,
        "journal_seq": None,
        "journal_hash": None,
        "created_at": at,
        "sealed_at": None,
        "version": 1,
    }
    insert_journaled(conn, w, handover, row, at)
    return row


def write_signature(
    conn: Connection,
    w: JournalWriter,
    *,
    handover_id: str,
    person_id: str,
    meaning: Meaning,
    signature: Signature,
    at: datetime,
) -> None:
    """One signature (already validated) with its meaning; the caller checked who signs."""
    insert_journaled(
        conn,
        w,
        handover_signature,
        {
            "id": new_id(),
            "handover_id": handover_id,
            "person_id": person_id,
            "meaning": meaning.value,
            "at": at,
            "strokes": strokes_to_json(signature),
            "png": signature.png,
        },
        at,
    )


def write_seal(
    conn: Connection,
    w: JournalWriter,
    *,
    row: dict[str, Any],
    view: HandoverView,
    sections: tuple[Section, ...],
    policy: HandoverPolicy,
    incoming_id: str,
    at: datetime,
) -> dict[str, Any]:
    """Seal the sheet ``row`` (as stored) in this transaction: its content as canonical JSON with
    the signatures written so far, and SHA-256 over it and the journal head as it stands now.
    ``view`` gives the names printed on it. Returns the row as sealed."""
    signers = signers_of(conn, row["id"])
    content = rules.sheet_content(build_sheet(view, sections, signers, policy))
    seq, head = w.head  # the journal as it stands when the sheet is sealed
    changes = {
        "version": row["version"] + 1,
        "state": HandoverState.SEALED.value,
        "incoming_id": incoming_id,
        "content": content,
        "seal": rules.seal_of(content, head),
        "journal_seq": seq,
        "journal_hash": head,
        "sealed_at": at,
    }
    return update_journaled(conn, w, handover, row, changes, at)
