"""A found item's detail: its photos, its return, its disposals and the reports linked to it."""

from __future__ import annotations

from dataclasses import field
from datetime import datetime

from sqlalchemy import Connection, select

from desk_app.domain.errors import NotFound
from desk_app.domain.lostfound.rules import (
    Decision,
    DisposalMethod,
    IdDocument,
)
from desk_app.domain.roles import Capability
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.lostfound.views import (
    ItemView,
    ReportView,
    load_item,
    load_report,
    read_policy,
    report_select,
    report_view,
)
from desk_app.store.tables import (
    lf_disposal,
    lf_photo,
    lf_report,
    lf_return,
    person,
)


class PhotoView(Value):
    id: str
    mime: str
    added_at: datetime
    added_by_name: str


class ReturnView(Value):
    id: str
    returned_at: datetime
    claimant_name: str
    claimant_contact: str
    id_document: IdDocument
    id_last_four: str
    returned_by_name: str
    signature: str  # strokes, JSON
    signature_png: bytes
    station: str


class DisposalView(Value):
    id: str
    proposed_at: datetime
    proposed_by_id: str
    proposed_by_name: str
    method: DisposalMethod
    note: str
    decision: Decision | None
    decided_at: datetime | None
    decided_by_name: str | None
    decision_note: str | None


class ItemDetail(Value):
    item: ItemView
    photos: list[PhotoView] = field(default_factory=list)
    returned: ReturnView | None = None
    disposals: list[DisposalView] = field(default_factory=list)
    reports: list[ReportView] = field(default_factory=list)  # linked to it

    @property
    def pending_disposal(self) -> DisposalView | None:
        for d in self.disposals:
            if d.decision is None:
                return d
        return None


def load_detail(conn: Connection, item_id: str, now: datetime) -> ItemDetail:
    policy = read_policy(conn)
    item = load_item(conn, item_id, policy, now)
    adder = person.alias("adder")
    photos = [
        PhotoView(r.id, r.mime, r.added_at, r.name)
        for r in conn.execute(
            select(lf_photo.c.id, lf_photo.c.mime, lf_photo.c.added_at, adder.c.name)
            .join(adder, adder.c.id == lf_photo.c.added_by_id)
            .where(lf_photo.c.item_id == item_id)
            .order_by(lf_photo.c.position)
        )
    ]
    giver = person.alias("giver")
    ret = conn.execute(
        select(lf_return, giver.c.name.label("returned_by_name"))
        .join(giver, giver.c.id == lf_return.c.returned_by_id)
        .where(lf_return.c.item_id == item_id)
    ).first()
    returned = (
        ReturnView(
            id=ret.id,
            returned_at=ret.returned_at,
            claimant_name=ret.claimant_name,
            claimant_contact=ret.claimant_contact,
            id_document=IdDocument(ret.id_document),
            id_last_four=ret.id_last_four,
            returned_by_name=ret.returned_by_name,
            signature=ret.signature,
            signature_png=bytes(ret.signature_png),
            station=ret.station,
        )
        if ret
        else None
    )
    proposer = person.alias("proposer")
    decider = person.alias("decider")
    disposals = [
        DisposalView(
            id=r.id,
            proposed_at=r.proposed_at,
            proposed_by_id=r.proposed_by_id,
            proposed_by_name=r.proposer_name,
            method=DisposalMethod(r.method),
            note=r.note,
            decision=Decision(r.decision) if r.decision else None,
            decided_at=r.decided_at,
            decided_by_name=r.decider_name,
            decision_note=r.decision_note,
        )
        for r in conn.execute(
            select(
                lf_disposal,
                proposer.c.name.label("proposer_name"),
                decider.c.name.label("decider_name"),
            )
            .join(proposer, proposer.c.id == lf_disposal.c.proposed_by_id)
            .outerjoin(decider, decider.c.id == lf_disposal.c.decided_by_id)
            .where(lf_disposal.c.item_id == item_id)
            .order_by(lf_disposal.c.proposed_at, lf_disposal.c.version)
        )
    ]
    reports = [
        report_view(r)
        for r in conn.execute(
            report_select().where(lf_report.c.item_id == item_id).order_by(lf_report.c.reported_at)
        )
    ]
    return ItemDetail(item, photos, returned, disposals, reports)


def item_detail(desk: Desk, actor: Actor, item_id: str) -> ItemDetail:
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return load_detail(conn, item_id, desk.clock.now())


def report_detail(desk: Desk, actor: Actor, report_id: str) -> ReportView:
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return load_report(conn, report_id)


def photo_data(desk: Desk, actor: Actor, photo_id: str) -> bytes:
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        data = conn.execute(select(lf_photo.c.data).where(lf_photo.c.id == photo_id)).scalar()
    if data is None:
        raise NotFound("No such photo.")
    return bytes(data)
