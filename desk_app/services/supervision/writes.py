"""Supervision's writers inside a unit of work the caller holds: an inspection's row, the link
from a failed item to its correction's follow-up, the seal at the acknowledgement, a day marked
reviewed. Shared by the services and the demo, so the rows are laid out in one place."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, select

from desk_app.domain.book_lines import line as book_line
from desk_app.domain.log import Category, EntryDraft, FollowUpDraft, program_entry
from desk_app.domain.supervision.checklist import Checklist, checklist_as_json
from desk_app.domain.supervision.inspection import (
    SEALED_FIELDS,
    Acknowledgement,
    Answer,
    InspectionKind,
    answers_as_json,
    inspection_content,
    seal_of_inspection,
)
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.supervision_tables import day_review, inspection, inspection_correction
from desk_app.store.types import new_id


def next_inspection_num(conn: Connection) -> int:
    return (conn.execute(select(func.max(inspection.c.num))).scalar() or 0) + 1


def insert_inspection(
    conn: Connection,
    w: JournalWriter,
    *,
    num: int,
    station: str,
    kind: InspectionKind,
    at: datetime,
    recorded_at: datetime,
    inspector_id: str,
    clerks: Sequence[str],
    checklist: Checklist,
    answers: Sequence[Answer],
    comment: str = "",
    handover_id: str | None = None,
    photo: bytes | None = None,
) -> dict[str, Any]:
    """The inspection as recorded, waiting for the clerk; returns its row."""
    row = {
        "id": new_id(),
        "num": num,
        "station": station,
        "kind": kind.value,
        "at": at,
        "recorded_at": recorded_at,
        "inspector_id": inspector_id,
        "clerks": json.dumps(list(clerks)),
        "handover_id": handover_id,
        "checklist_version": checklist.version,
        "checklist": checklist_as_json(checklist.items),
        "answers": answers_as_json(answers),
        "comment": comment,
        "photo": photo,
        "ack_state": Acknowledgement.PENDING.value,
        "ack_by": None,
        "ack_at": None,
        "ack_remark": None,
        "content": None,
        "sealed_seq": None,
        "sealed_head": None,
        "seal": None,
        "version": 1,
    }
    insert_journaled(conn, w, inspection, row, recorded_at)
    return row


def correction_draft(num: int, number: int, answer: Answer) -> EntryDraft:
    """A failed item's correction as the log keeps it: an important note with its follow-up."""
    from dataclasses import replace

    return replace(
        program_entry(
            category=Category.NOTE,
            line=book_line(
                "inspection.correction",
                num=num,
                number=number,
                cause=answer.cause,
                correction=answer.correction,
            ),
        ),
        important=True,
        follow_up=FollowUpDraft(answer.owner_id, answer.due_at),
    )


def link_correction(
    conn: Connection,
    w: JournalWriter,
    *,
    inspection_id: str,
    item_code: str,
    entry_id: str,
    follow_up_id: str,
    at: datetime,
) -> None:
    insert_journaled(
        conn,
        w,
        inspection_correction,
        {
            "id": new_id(),
            "inspection_id": inspection_id,
            "item_code": item_code,
            "entry_id": entry_id,
            "follow_up_id": follow_up_id,
        },
        at,
    )


def seal_inspection(
    conn: Connection,
    w: JournalWriter,
    row: dict[str, Any],
    *,
    state: Acknowledgement,
    by: str,
    at: datetime,
    remark: str | None,
) -> dict[str, Any]:
    """The clerk's answer, and the seal over the record and the journal head as it stands."""
    fields = {**row, "ack_state": state.value, "ack_by": by, "ack_at": at, "ack_remark": remark}
    content = inspection_content({k: fields[k] for k in SEALED_FIELDS})
    seq, head = w.head
    changes = {
        "ack_state": state.value,
        "ack_by": by,
        "ack_at": at,
        "ack_remark": remark,
        "content": content,
        "sealed_seq": seq,
        "sealed_head": head,
        "seal": seal_of_inspection(content, head),
        "version": row["version"] + 1,
    }
    return update_journaled(conn, w, inspection, row, changes, at)


def insert_day_review(
    conn: Connection, w: JournalWriter, *, day: date, by: str, at: datetime, comment: str
) -> None:
    insert_journaled(
        conn,
        w,
        day_review,
        {
            "id": new_id(),
            "day": day.isoformat(),
            "reviewed_by": by,
            "reviewed_at": at,
            "comment": comment,
        },
        at,
    )
