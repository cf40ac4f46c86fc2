"""What supervisors add to a handover sheet beside the clerks' sealed content: the handover checks
made at that shift change (seed 004: 检查…交接班情况, each linked to its sheet), the
countersignatures after the seal (交接班检查) and the daily review's notes on the sheet. None of
them is sealed with the sheet (they may come after it, and a seal never changes): they are shown
and printed after the seal, as sections of their own."""

from __future__ import annotations

from sqlalchemy import Connection, select

from desk_app.domain.handover.rules import Section
from desk_app.domain.supervision.inspection import Acknowledgement, answers_from_json
from desk_app.services.names import names_of
from desk_app.services.supervision.countersign import read_countersigns
from desk_app.store.supervision_tables import inspection, review_note

CHECK_COLUMNS = ("num", "at", "inspector", "failed", "acknowledgement")


def handover_checks(conn: Connection, handover_id: str) -> Section | None:
    """The handover checks linked to the sheet, oldest first; a row flagged when an item failed
    or the clerk declined to acknowledge. None when the sheet had none."""
    c = inspection.c
    rows = conn.execute(
        select(c.num, c.at, c.inspector_id, c.answers, c.ack_state)
        .where(c.handover_id == handover_id)
        .order_by(c.at, c.num)
    ).all()
    if not rows:
        return None
    names = names_of(conn, [r.inspector_id for r in rows])
    found = [
        (
            r.num,
            r.at,
            names.get(r.inspector_id, ""),
            sum(a.failed for a in answers_from_json(r.answers)),
            r.ack_state,
        )
        for r in rows
    ]
    flagged = tuple(
        i for i, row in enumerate(found) if row[3] or row[4] == Acknowledgement.DECLINED.value
    )
    return Section(
        "handover_checks",
        CHECK_COLUMNS,
        tuple(found),
        flagged=flagged,
        coded=("acknowledgement",),
    )


def review_notes_on_sheet(conn: Connection, handover_id: str) -> Section | None:
    """The daily review's notes written on this sheet, oldest first; None when there are none."""
    n = review_note.c
    rows = conn.execute(
        select(n.by_id, n.at, n.text)
        .where(n.record_kind == "handover", n.record_id == str(handover_id))
        .order_by(n.at)
    ).all()
    if not rows:
        return None
    names = names_of(conn, [r.by_id for r in rows])
    return Section(
        "review_notes",
        ("noted_by", "at", "note"),
        tuple((names.get(r.by_id, ""), r.at, r.text) for r in rows),
    )


def after_seal(conn: Connection, handover_id: str) -> tuple[Section, ...]:
    """The sections a sheet shows and prints after its seal, in this order: the handover checks,
    the countersignatures, the review notes. Only those that have rows."""
    sections = [handover_checks(conn, handover_id)]
    checked = read_countersigns(conn, handover_id)
    if checked:
        sections.append(
            Section(
                "countersigns",
                ("countersigned_by", "at", "note"),
                tuple((c.by, c.at, c.note) for c in checked),
            )
        )
    sections.append(review_notes_on_sheet(conn, handover_id))
    return tuple(s for s in sections if s is not None)
