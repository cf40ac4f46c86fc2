"""The rows of a day's review the supervisor has read (issue 17: "reading a row marks it read by
the supervisor"). An entry read is the log's own mark (``entry_read``, through
:func:`desk_app.services.log.commands.mark_read`): the clerks see who read it. Every other row
(a complaint, a key's movement, a sheet sealed, an inspection …) is marked in ``review_read``,
per day: a key moves on many days, and each day's movement is a row of that day's review to read.

The review shows the rows read differently and counts them, so the supervisor who leaves a day
half read finds where they stopped; the marks are the reader's own, as an entry's are.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import Column, Connection, Table, or_, select

from desk_app.domain.roles import Capability
from desk_app.domain.supervision.review import check_reviewable
from desk_app.services.desk import Actor, Desk
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.journal import JournalWriter, insert_journaled
from desk_app.store.supervision_tables import inspection, review_read
from desk_app.store.tables import (
    complaint,
    entry_read,
    handover,
    key_asset,
    lf_item,
    lf_report,
    log_entry,
)
from desk_app.store.types import new_id

ENTRY = "entry"
# Each kind a review row opens, but an entry: its table and the column its row prints (the
# number or code the review's row shows, which the page matches its rows by).
_RECORDS: dict[str, tuple[Table, Column]] = {
    "complaint": (complaint, complaint.c.num),
    "lf_item": (lf_item, lf_item.c.num),
    "lf_report": (lf_report, lf_report.c.num),
    "key": (key_asset, key_asset.c.code),
    "handover": (handover, handover.c.num),
    "inspection": (inspection, inspection.c.num),
}
READ_KINDS = tuple(_RECORDS)  # what mark_row_read marks; an entry is read through the log


def insert_row_read(
    conn: Connection,
    writer: JournalWriter,
    *,
    day: date,
    record_kind: str,
    record_id: str,
    person_id: str,
    at: datetime,
) -> bool:
    """The writer step, for the command and the demo: False when that person already read that
    row of that day (under the unit of work's lock, so two clicks cannot both write it)."""
    r = review_read.c
    done = conn.execute(
        select(r.id).where(
            r.day == day.isoformat(),
            r.record_kind == record_kind,
            r.record_id == str(record_id),
            r.person_id == person_id,
        )
    ).first()
    if done is not None:
        return False
    insert_journaled(
        conn,
        writer,
        review_read,
        {
            "id": new_id(),
            "day": day.isoformat(),
            "record_kind": record_kind,
            "record_id": str(record_id),
            "person_id": person_id,
            "at": at,
        },
        at,
    )
    return True


def mark_row_read(desk: Desk, actor: Actor, day: date, record_kind: str, record_id: str) -> bool:
    """The row of ``day``'s review that opens this record, read by the supervisor; False when they
    had read it already. Supervisors and managers only, as the review itself. The kind and id
    come from the review's own rows, never from what someone typed: one that names no record is
    a bug, not a refusal to explain."""
    if record_kind not in _RECORDS:
        raise ValueError(f"a review row of kind {record_kind!r} is not marked here")
    check_reviewable(day, desk.clock.now().astimezone().date())
    table, _ref = _RECORDS[record_kind]
    with unit_of_work(desk, actor, Capability.REVIEW_LOG) as work:
        conn = work.conn
        if conn.execute(select(table.c.id).where(table.c.id == str(record_id))).first() is None:
            raise ValueError(f"no {record_kind} {record_id!r} to mark read")
        return insert_row_read(
            conn,
            work.journal,
            day=day,
            record_kind=record_kind,
            record_id=record_id,
            person_id=actor.id,
            at=work.by["at"],
        )


def rows_read(
    conn: Connection, person_id: str, day: date, start: datetime, end: datetime
) -> frozenset[tuple[str, object]]:
    """(kind, the number or code its row prints) of each row of the day the person has read: the
    entries of ``start`` … ``end`` they read or wrote (a writer has read their own), and the
    other rows they opened from that day's review. A handful of indexed reads, whatever the
    book's size."""
    e, er = log_entry.c, entry_read.c
    mine = select(er.entry_id).where(er.person_id == person_id)
    found: set[tuple[str, object]] = {
        (ENTRY, num)
        for num in conn.execute(
            select(e.num).where(
                e.at >= start, e.at < end, or_(e.author_id == person_id, e.id.in_(mine))
            )
        ).scalars()
    }
    r = review_read.c
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in conn.execute(
        select(r.record_kind, r.record_id).where(r.day == day.isoformat(), r.person_id == person_id)
    ):
        by_kind.setdefault(kind, []).append(record_id)
    for kind, ids in by_kind.items():
        if kind in _RECORDS:
            found.update((kind, ref) for ref in _refs(conn, kind, ids))
    return frozenset(found)


def _refs(conn: Connection, kind: str, ids: Iterable[str]) -> list[object]:
    table, ref = _RECORDS[kind]
    return list(conn.execute(select(ref).where(table.c.id.in_(list(ids)))).scalars())
