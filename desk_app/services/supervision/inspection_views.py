"""Inspections as the window and the printout read them: the record with its own checklist,
answers, names as stored now, its corrections' follow-ups (open, overdue, closed)."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import Connection, select

from desk_app.domain.clock import local_days
from desk_app.domain.errors import NotFound
from desk_app.domain.roles import Capability, can
from desk_app.domain.supervision.checklist import Checklist, checklist_from_json
from desk_app.domain.supervision.inspection import (
    Acknowledgement,
    Answer,
    InspectionKind,
    answers_from_json,
)
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.names import names_of
from desk_app.store.supervision_tables import inspection, inspection_correction
from desk_app.store.tables import follow_up, log_entry


class CorrectionView(Value):
    item_code: str
    entry_num: int
    owner_name: str
    due_at: datetime
    closed_at: datetime | None


class InspectionView(Value):
    id: str
    num: int
    station: str
    kind: InspectionKind
    at: datetime
    recorded_at: datetime
    inspector_id: str
    inspector_name: str
    clerk_ids: tuple[str, ...]
    clerk_names: tuple[str, ...]
    handover_id: str | None
    checklist: Checklist
    answers: tuple[Answer, ...]
    comment: str
    has_photo: bool
    ack_state: Acknowledgement
    ack_by_name: str
    ack_at: datetime | None
    ack_remark: str
    seal: str | None
    corrections: tuple[CorrectionView, ...]
    version: int

    @property
    def failed(self) -> int:
        return sum(a.failed for a in self.answers)


def _corrections(conn: Connection, ids: list[str]) -> dict[str, list[CorrectionView]]:
    c, f, e = inspection_correction.c, follow_up.c, log_entry.c
    rows = conn.execute(
        select(c.inspection_id, c.item_code, e.num, f.owner_id, f.due_at, f.closed_at)
        .join(follow_up, f.id == c.follow_up_id)
        .join(log_entry, e.id == c.entry_id)
        .where(c.inspection_id.in_(ids))
        .order_by(e.num)
    ).all()
    names = names_of(conn, [r.owner_id for r in rows])
    found: dict[str, list[CorrectionView]] = {}
    for r in rows:
        found.setdefault(r.inspection_id, []).append(
            CorrectionView(r.item_code, r.num, names.get(r.owner_id, ""), r.due_at, r.closed_at)
        )
    return found


def views_of(conn: Connection, rows) -> list[InspectionView]:
    ids = [r.id for r in rows]
    corrections = _corrections(conn, ids) if ids else {}
    clerks = {r.id: tuple(json.loads(r.clerks)) for r in rows}
    names = names_of(
        conn,
        [r.inspector_id for r in rows]
        + [r.ack_by for r in rows]
        + [p for ids_ in clerks.values() for p in ids_],
    )
    return [
        InspectionView(
            id=r.id,
            num=r.num,
            station=r.station,
            kind=InspectionKind(r.kind),
            at=r.at,
            recorded_at=r.recorded_at,
            inspector_id=r.inspector_id,
            inspector_name=names.get(r.inspector_id, ""),
            clerk_ids=clerks[r.id],
            clerk_names=tuple(names.get(p, "") for p in clerks[r.id]),
            handover_id=r.handover_id,
            checklist=checklist_from_json(r.checklist_version, r.checklist),
            answers=answers_from_json(r.answers),
            comment=r.comment,
            has_photo=r.photo is not None,
            ack_state=Acknowledgement(r.ack_state),
            ack_by_name=names.get(r.ack_by, "") if r.ack_by else "",
            ack_at=r.ack_at,
            ack_remark=r.ack_remark or "",
            seal=r.seal,
            corrections=tuple(corrections.get(r.id, ())),
            version=r.version,
        )
        for r in rows
    ]


def load_inspection(conn: Connection, inspection_id: str) -> InspectionView:
    row = conn.execute(select(inspection).where(inspection.c.id == inspection_id)).first()
    if row is None:
        raise NotFound("That inspection does not exist.")
    return views_of(conn, [row])[0]


def get_inspection(desk: Desk, actor: Actor, inspection_id: str) -> InspectionView:
    """Supervisors and managers read every inspection; a clerk the ones of them."""
    with desk.db.read() as conn:
        role = require(conn, actor, Capability.KEEP_LOG)
        view = load_inspection(conn, inspection_id)
    if not _may_read(role, actor, view):
        raise NotFound("That inspection does not exist.")
    return view


def _may_read(role, actor: Actor, view: InspectionView) -> bool:
    return can(role, Capability.INSPECT) or actor.id in view.clerk_ids


def list_inspections(desk: Desk, actor: Actor, first: date, last: date) -> list[InspectionView]:
    """The inspections made on the local days ``first`` to ``last`` (all stations), newest
    first; a clerk sees their own."""
    start, end = local_days(first, last)
    with desk.db.read() as conn:
        role = require(conn, actor, Capability.KEEP_LOG)
        rows = conn.execute(
            select(inspection)
            .where(inspection.c.at >= start, inspection.c.at < end)
            .order_by(inspection.c.at.desc(), inspection.c.num.desc())
        ).all()
        views = views_of(conn, rows)
    return [v for v in views if _may_read(role, actor, v)]


def inspection_id_of(desk: Desk, actor: Actor, num: object) -> str:
    """The inspection behind a printed number (a handover sheet's checks, the duty report): its
    id, for whoever may read it (a clerk, their own)."""
    with desk.db.read() as conn:
        role = require(conn, actor, Capability.KEEP_LOG)
        row = conn.execute(select(inspection).where(inspection.c.num == int(num))).first()
        if row is None:
            raise NotFound("That inspection does not exist.")
        view = views_of(conn, [row])[0]
    if not _may_read(role, actor, view):
        raise NotFound("That inspection does not exist.")
    return view.id
