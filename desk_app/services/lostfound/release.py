"""Writers for an item leaving the store: returned to its owner against a signature, or
disposed of (a proposal, then a supervisor's decision; a return settles pending proposals).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from desk_app.domain.lostfound import rules
from desk_app.domain.lostfound.rules import Decision, DisposalMethod, ItemState, ReportState
from desk_app.domain.signature import Signature, strokes_to_json
from desk_app.services.lostfound.views import ITEM_STATES
from desk_app.services.lostfound.writes import number_of, write_item_log
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.tables import (
    lf_disposal,
    lf_item,
    lf_report,
    lf_return,
)
from desk_app.store.types import new_id


def write_return(
    conn: Connection,
    w: JournalWriter,
    *,
    item: dict[str, Any],
    draft: rules.ReturnDraft,
    signature: Signature,
    actor_id: str,
    station: str,
    at: datetime,
    report_id: str | None = None,
    log_num: int | None = None,
) -> dict[str, Any]:
    rules.check_can_return(ITEM_STATES[item["state"]])
    # A disposal waiting for approval is moot once the owner has the item.
    for pending in _pending_disposals(conn, item["id"]):
        update_journaled(
            conn,
            w,
            lf_disposal,
            dict(pending._mapping),
            {
                "decision": Decision.WITHDRAWN.value,
                "decided_at": at,
                "decided_by_id": actor_id,
                "decision_note": "",
                "version": pending.version + 1,
            },
            at,
        )
    ret = {
        "id": new_id(),
        "item_id": item["id"],
        "returned_at": at,
        "claimant_name": draft.claimant_name,
        "claimant_contact": draft.claimant_contact,
        "id_document": draft.id_document.value,
        "id_last_four": draft.id_last_four,
        "returned_by_id": actor_id,
        "signature": strokes_to_json(signature),
        "signature_png": signature.png,
        "report_id": report_id,
        "station": station,
    }
    insert_journaled(conn, w, lf_return, ret, at)
    update_journaled(
        conn,
        w,
        lf_item,
        item,
        {"state": ItemState.RETURNED.value, "version": item["version"] + 1},
        at,
    )
    # Reports the item answered are done with.
    for r in conn.execute(
        select(lf_report).where(
            lf_report.c.item_id == item["id"], lf_report.c.state != ReportState.CLOSED.value
        )
    ).all():
        update_journaled(
            conn,
            w,
            lf_report,
            dict(r._mapping),
            {
                "state": ReportState.CLOSED.value,
                "closed_at": at,
                "close_note": number_of(item),
                "version": r.version + 1,
            },
            at,
        )
    write_item_log(
        conn,
        w,
        item=item,
        kind="return",
        party=draft.claimant_name,
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        claimant=draft.claimant_name,
        document=draft.id_document.value,
        tail=draft.id_last_four,
    )
    return ret


def write_proposal(
    conn: Connection,
    w: JournalWriter,
    *,
    item: dict[str, Any],
    method: DisposalMethod,
    note: str,
    due: bool,
    actor_id: str,
    station: str,
    at: datetime,
    log_num: int | None = None,
) -> dict[str, Any]:
    rules.check_can_propose(ITEM_STATES[item["state"]], due)
    proposal = {
        "id": new_id(),
        "item_id": item["id"],
        "proposed_at": at,
        "proposed_by_id": actor_id,
        "method": method.value,
        "note": note,
        "decision": None,
        "decided_at": None,
        "decided_by_id": None,
        "decision_note": None,
        "version": 1,
    }
    insert_journaled(conn, w, lf_disposal, proposal, at)
    update_journaled(
        conn,
        w,
        lf_item,
        item,
        {"state": ItemState.DISPOSAL_PROPOSED.value, "version": item["version"] + 1},
        at,
    )
    write_item_log(
        conn,
        w,
        item=item,
        kind="propose",
        party="",
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        method=method.value,
        note=note,
    )
    return proposal


def _pending_disposals(conn: Connection, item_id: str):
    """Proposals of the item still waiting for a decision (at most one, by the rules)."""
    return conn.execute(
        select(lf_disposal).where(
            lf_disposal.c.item_id == item_id, lf_disposal.c.decision.is_(None)
        )
    ).all()


def write_decision(
    conn: Connection,
    w: JournalWriter,
    *,
    item: dict[str, Any],
    approve: bool,
    note: str,
    actor_id: str,
    station: str,
    at: datetime,
    log_num: int | None = None,
) -> dict[str, Any]:
    pending = next(iter(_pending_disposals(conn, item["id"])), None)
    rules.check_can_decide(
        ITEM_STATES[item["state"]], pending.proposed_by_id if pending else "", actor_id
    )
    assert pending is not None  # check_can_decide refuses a proposed item without one
    decision = Decision.APPROVED if approve else Decision.REJECTED
    new = update_journaled(
        conn,
        w,
        lf_disposal,
        dict(pending._mapping),
        {
            "decision": decision.value,
            "decided_at": at,
            "decided_by_id": actor_id,
            "decision_note": note,
            "version": pending.version + 1,
        },
        at,
    )
    state = ItemState.DISPOSED if approve else ItemState.STORED
    update_journaled(
        conn, w, lf_item, item, {"state": state.value, "version": item["version"] + 1}, at
    )
    method = DisposalMethod(pending.method)
    write_item_log(
        conn,
        w,
        item=item,
        kind="approve" if approve else "reject",
        party="",
        actor_id=actor_id,
        station=station,
        at=at,
        log_num=log_num,
        method=method.value,
        note=note,
    )
    return new
