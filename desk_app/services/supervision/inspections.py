"""Inspections of the desk (seed 004: 检查 / 不定期抽查): recorded by a supervisor or a manager on the
checklist, each failed item's correction written as a log entry with a follow-up (it lives in
Open items like any other and is closed by an entry), then acknowledged by an inspected clerk with
their PIN, or declined with a remark; either seals the record (its content and the journal head
hashed, printed on its PDF, checked by ``verify``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import Connection, select

from desk_app.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    ConflictError,
    NotFound,
    ValidationError,
)
from desk_app.domain.roles import Capability
from desk_app.domain.supervision.inspection import (
    Acknowledgement,
    Answer,
    InspectionKind,
    check_acknowledger,
    check_inspector,
    check_when,
    decline_remark,
    validate_answers,
)
from desk_app.domain.supervision.review import review_comment
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk
from desk_app.services.log.writes import next_entry_num, write_entry
from desk_app.services.supervision.checklist import read_checklist
from desk_app.services.supervision.inspection_views import InspectionView, load_inspection
from desk_app.services.supervision.writes import (
    correction_draft,
    insert_inspection,
    link_correction,
    next_inspection_num,
    seal_inspection,
)
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.journal import JournalWriter
from desk_app.store.supervision_tables import inspection
from desk_app.store.tables import handover, person

MAX_PHOTO_BYTES = 5_000_000


def _check_clerks(conn: Connection, clerk_ids: Sequence[str]) -> tuple[str, ...]:
    ids = tuple(dict.fromkeys(clerk_ids))
    rows = conn.execute(select(person.c.id, person.c.active).where(person.c.id.in_(ids))).all()
    active = {r.id for r in rows if r.active}
    if len(active) != len(ids):
        raise ValidationError("Choose active people as the clerks inspected.", field="clerks")
    return ids


def _check_handover(conn: Connection, kind: InspectionKind, handover_id: str | None) -> None:
    if kind is not InspectionKind.HANDOVER:
        if handover_id is not None:
            raise ValidationError("Only a handover check is linked to a sheet.", field="kind")
        return
    if handover_id is None:
        raise ValidationError("A handover check names its handover sheet.", field="handover")
    if conn.execute(select(handover.c.id).where(handover.c.id == handover_id)).first() is None:
        raise NotFound("That handover sheet does not exist.")


def _write_corrections(
    conn: Connection,
    w: JournalWriter,
    *,
    inspection_id: str,
    num: int,
    answers: Sequence[Answer],
    author: str,
    station: str,
    at: datetime,
) -> None:
    """Each failed item's correction: an important note in the log with its follow-up (owner, due
    time), linked to the inspection."""
    for number, answer in enumerate(answers, start=1):
        if not answer.failed:
            continue
        owner = conn.execute(select(person.c.active).where(person.c.id == answer.owner_id)).scalar()
        if not owner:
            raise ValidationError(
                "Item {number}: the correction's owner is not an active person.",
                field=f"answer:{answer.code}",
                number=number,
            )
        entry_id, follow_up_id = write_entry(
            conn,
            w,
            draft=correction_draft(num, number, answer),
            author_id=author,
            station=station,
            at=at,
            num=next_entry_num(conn),
        )
        link_correction(
            conn,
            w,
            inspection_id=inspection_id,
            item_code=answer.code,
            entry_id=entry_id,
            follow_up_id=follow_up_id,
            at=at,
        )


def record_inspection(
    desk: Desk,
    actor: Actor,
    *,
    kind: InspectionKind | str,
    at: datetime,
    clerk_ids: Sequence[str],
    checklist_version: int,
    answers: Mapping[str, Answer],
    comment: str = "",
    handover_id: str | None = None,
    photo: bytes | None = None,
) -> InspectionView:
    """An inspection as the supervisor made it, on the list version the form showed (a list
    saved meanwhile is refused, so no answer is put against another item)."""
    kind = InspectionKind(kind)
    now = desk.clock.now()
    check_when(kind, at.astimezone().replace(tzinfo=None), now.astimezone().replace(tzinfo=None))
    check_inspector(actor.id, clerk_ids)
    comment = review_comment(comment)
    if photo is not None and len(photo) > MAX_PHOTO_BYTES:
        raise ValidationError("The photo is larger than 5 MB.", field="photo")
    with unit_of_work(desk, actor, Capability.INSPECT) as work:
        conn, w, stamp = work.conn, work.journal, work.by["at"]
        checklist = read_checklist(conn)
        if checklist.version != checklist_version:
            raise ConflictError(
                "The checklist was changed meanwhile: open the inspection again on the new list."
            )
        clerks = _check_clerks(conn, clerk_ids)
        _check_handover(conn, kind, handover_id)
        clean = validate_answers(checklist, answers, now)
        num = next_inspection_num(conn)
        row = insert_inspection(
            conn,
            w,
            num=num,
            station=desk.station,
            kind=kind,
            at=at,
            recorded_at=stamp,
            inspector_id=actor.id,
            clerks=clerks,
            checklist=checklist,
            answers=clean,
            comment=comment,
            handover_id=handover_id,
            photo=photo,
        )
        inspection_id = row["id"]
        _write_corrections(
            conn,
            w,
            inspection_id=inspection_id,
            num=num,
            answers=clean,
            author=actor.id,
            station=desk.station,
            at=stamp,
        )
        return load_inspection(conn, inspection_id)


def _answer(
    desk: Desk,
    actor: Actor,
    inspection_id: str,
    *,
    clerk_id: str,
    pin: str,
    state: Acknowledgement,
    remark: str | None,
) -> InspectionView:
    with desk.db.read() as conn:
        row = conn.execute(select(inspection).where(inspection.c.id == inspection_id)).first()
    if row is None:
        raise NotFound("That inspection does not exist.")
    check_acknowledger(clerk_id, json.loads(row.clerks))
    if row.ack_state != Acknowledgement.PENDING.value:
        raise ConflictError("The inspection was already acknowledged or declined.")
    try:
        accounts.confirm_person(desk, person_id=clerk_id, pin=pin)
    except (AuthenticationFailed, AccountLocked) as exc:
        exc.field = "pin"
        raise
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        conn, w, at = work.conn, work.journal, work.by["at"]
        row = conn.execute(select(inspection).where(inspection.c.id == inspection_id)).one()
        if row.ack_state != Acknowledgement.PENDING.value:
            raise ConflictError("The inspection was already acknowledged or declined.")
        seal_inspection(conn, w, dict(row._mapping), state=state, by=clerk_id, at=at, remark=remark)
        return load_inspection(conn, inspection_id)


def acknowledge(
    desk: Desk, actor: Actor, inspection_id: str, *, clerk_id: str, pin: str
) -> InspectionView:
    """An inspected clerk acknowledges with their own PIN (typed at the supervisor's window);
    a wrong one counts towards their lock-out. Seals the record."""
    return _answer(
        desk,
        actor,
        inspection_id,
        clerk_id=clerk_id,
        pin=pin,
        state=Acknowledgement.ACKNOWLEDGED,
        remark=None,
    )


def decline(
    desk: Desk, actor: Actor, inspection_id: str, *, clerk_id: str, pin: str, remark: str
) -> InspectionView:
    """An inspected clerk does not acknowledge, saying why (printed with the record); their PIN
    proves it is them. Seals the record too."""
    return _answer(
        desk,
        actor,
        inspection_id,
        clerk_id=clerk_id,
        pin=pin,
        state=Acknowledgement.DECLINED,
        remark=decline_remark(remark),
    )
