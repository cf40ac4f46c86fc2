"""A supervisor's countersignature on a sealed handover sheet (交接班检查): a note and their PIN,
added after the seal without changing it (a row of its own, journaled), shown and printed with
the sheet. Several supervisors may countersign one sheet; nobody countersigns a sheet they signed
themselves."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, select

from desk_app.domain.errors import NotFound, PermissionDenied, ValidationError
from desk_app.domain.handover.rules import HandoverState
from desk_app.domain.roles import Capability
from desk_app.domain.supervision.review import note_text
from desk_app.domain.value import Value
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.journal import insert_journaled
from desk_app.store.supervision_tables import sheet_countersign
from desk_app.store.tables import handover, person
from desk_app.store.types import new_id


class Countersign(Value):
    by: str  # a name
    at: datetime
    note: str


def read_countersigns(conn: Connection, handover_id: str) -> tuple[Countersign, ...]:
    c = sheet_countersign.c
    rows = conn.execute(
        select(person.c.name, c.at, c.note)
        .join(person, person.c.id == c.by_id)
        .where(c.handover_id == handover_id)
        .order_by(c.at)
    ).all()
    return tuple(Countersign(r.name, r.at, r.note) for r in rows)


def countersigns(desk: Desk, actor: Actor, handover_id: str) -> tuple[Countersign, ...]:
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return read_countersigns(conn, handover_id)


def _check_sheet(conn: Connection, actor: Actor, handover_id: str) -> None:
    sheet = conn.execute(
        select(handover.c.state, handover.c.outgoing_id, handover.c.incoming_id).where(
            handover.c.id == handover_id
        )
    ).first()
    if sheet is None:
        raise NotFound("That handover sheet does not exist.")
    if sheet.state != HandoverState.SEALED.value:
        raise ValidationError(
            "Only a sealed sheet is countersigned: it is not accepted yet.", field="sheet"
        )
    if actor.id in (sheet.outgoing_id, sheet.incoming_id):
        raise PermissionDenied("You signed this sheet: another supervisor countersigns it.")


def countersign(desk: Desk, actor: Actor, handover_id: str, *, note: str, pin: str) -> Countersign:
    """The supervisor checked the sealed sheet: their note and PIN (a wrong one counts towards
    the lock-out)."""
    note = note_text(note)
    if not pin:
        raise ValidationError("Type your PIN to countersign.", field="pin")
    with desk.db.read() as conn:
        require(conn, actor, Capability.INSPECT)
        _check_sheet(conn, actor, handover_id)
    accounts.confirm_pin(desk, actor, pin)
    with unit_of_work(desk, actor, Capability.INSPECT) as work:
        conn, at = work.conn, work.by["at"]
        _check_sheet(conn, actor, handover_id)
        insert_journaled(
            conn,
            work.journal,
            sheet_countersign,
            {
                "id": new_id(),
                "handover_id": handover_id,
                "by_id": actor.id,
                "at": at,
                "note": note,
            },
            at,
        )
        return read_countersigns(conn, handover_id)[-1]
