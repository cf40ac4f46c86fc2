"""A sealed handover sheet made through the services, and a forger who knows the journal's format:
a change made behind the program's back together with the journal row that makes it look as if
the program had written it. The table and journal passes of ``verify`` then see nothing: only a
seal can tell. Used by tests at several layers (store, cli, services)."""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PIL import Image
from sqlalchemy import Table, create_engine, select, update
from sqlalchemy.pool import NullPool

from desk_app.domain.signature import Signature
from desk_app.services.desk import Actor, Desk
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import views as handover_views
from desk_app.store.journal import JournalWriter

COUNTS = {"Cash float": 2000, "Blank room key cards": 40, "Guest umbrellas": 12}


def png(color: str = "white") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (200, 80), color).save(buf, "PNG")
    return buf.getvalue()


def signature(color: str = "white") -> Signature:
    stroke = tuple((10.0 + i * 5, 40.0 + (i % 4) * 7) for i in range(30))
    return Signature(strokes=(stroke,), width=320, height=120, png=png(color))


def seal_a_sheet(
    desk: Desk, outgoing: Actor, incoming: Actor, pins: Mapping[str, str]
) -> handover_views.HandoverView:
    """A handover signed by both, hence sealed; each signs with their own PIN (by role)."""
    draft = handover_commands.start_handover(desk, outgoing)
    handover_commands.save_draft(
        desk, outgoing, draft.id, handover_views.Draft(counts=dict(COUNTS), remarks="Касса сдана полностью")
    )
    handover_commands.sign_handover(
        desk,
        outgoing,
        draft.id,
        meaning="handed_over",
        pin=pins[outgoing.role.value],
        signature=signature(),
    )
    return handover_commands.sign_handover(
        desk,
        incoming,
        draft.id,
        meaning="accepted",
        pin=pins[incoming.role.value],
        signature=signature(),
        read_important=True,
    )


def forge(
    url: str,
    table: Table,
    row_id: str,
    changes: Mapping[str, Any],
    *,
    actor: Actor,
    station: str,
    at: datetime,
) -> None:
    """Change one row with a plain connection (none of the program's services, rules or anchors)
    and append the journal row the program would have written for that change, linked to the
    head, as ``actor`` at ``station``."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            (pk,) = table.primary_key.columns
            row = dict(conn.execute(select(table).where(pk == row_id)).mappings().one())
            row.update(changes)
            conn.execute(update(table).where(pk == row_id).values(**changes))
            w = JournalWriter(conn, station=station, actor=actor.id)
            w.record(table, row, "update", at)
            w.flush()
    finally:
        engine.dispose()


def signature_id(db, handover_id: str, meaning) -> str:
    """The id of one signature kept beside a sheet (what a forger would swap)."""
    from desk_app.store.tables import handover_signature

    s = handover_signature.c
    with db.read() as conn:
        found = conn.execute(
            select(s.id).where(s.handover_id == handover_id, s.meaning == meaning.value)
        ).scalar_one()
    return str(found)
