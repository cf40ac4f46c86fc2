"""The demo's write side: the events the generator queues in time order, and the batch that
writes them inside one unit of work.

Each event is one thing that happens at the desk at one instant (a sign-in, an entry, a complaint
step, a key handed out ...); the generator takes them off a heap in time order and writes a few
thousand of them per ``Batch``: one ``unit_of_work``, its one journal writer, every row through
the same service writers the desk itself uses, so the journal chain of the result verifies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, select

from desk_app.domain.complaints import Action, ComplaintDraft
from desk_app.domain.log import EntryDraft
from desk_app.domain.roles import Role
from desk_app.services.complaints.writes import write_intake, write_step
from desk_app.services.log.writes import write_entry, write_read
from desk_app.services.unit_of_work import Work
from desk_app.store.journal import insert_journaled, update_journaled
from desk_app.store.tables import follow_up

# Event kinds, in the order they are taken when two fall on the same instant.
SIGN_IN, ENTRY, CLOSE, READ, INTAKE, STEP = 0, 1, 2, 3, 4, 5
LOSTFOUND = 6  # the lost-and-found book's events (desk_app.demo.lostfound)
KEYS = 7  # the key book's events (desk_app.demo.keys)
HANDOVER = 8  # a sealed handover sheet at each shift change (desk_app.demo.handover)
ROSTER = 9  # the months' roster steps, leave and swaps (desk_app.demo.roster)
SUPERVISION = 10  # days reviewed, inspections and their answers (desk_app.demo.supervision)


@dataclass(order=True)
class Event:
    at: datetime
    kind: int
    order: int
    data: Any = field(compare=False)


class Batch:
    """The writes of one unit of work: every row through the real write path, one journal writer
    (whose rows the unit of work flushes at its end); each row journaled as its own author's.

    Entries go through ``write_entry`` (the writer ``record_entry`` uses), read marks through
    ``write_read`` (``mark_read``'s), complaints through ``write_intake`` and ``write_step``.
    Two writes have no writer of their own in the services, only a use case that opens its own
    unit of work: a follow-up's closing (``close_follow_up``), written here with
    ``update_journaled`` on the row as stored, as that use case does; and a sign-in, whose row
    ``accounts.sign_in`` writes only after checking a PIN, written here with ``insert_journaled``.
    """

    def __init__(self, work: Work) -> None:
        self.conn = work.conn
        self.station = work.by["station"]
        self.w = work.journal

    def entry(
        self, draft: EntryDraft, *, author_id: str, at: datetime, num: int
    ) -> tuple[str, str | None]:
        """Write an entry (and its follow-up); return their ids."""
        self.w.actor = author_id
        return write_entry(
            self.conn,
            self.w,
            draft=draft,
            author_id=author_id,
            station=self.station,
            at=at,
            num=num,
        )

    def close(self, follow_up_id: str, closing_entry_id: str, at: datetime) -> None:
        row = self.conn.execute(select(follow_up).where(follow_up.c.id == follow_up_id)).one()
        changes = {
            "closed_at": at,
            "closing_entry_id": closing_entry_id,
            "version": row.version + 1,
        }
        update_journaled(self.conn, self.w, follow_up, dict(row._mapping), changes, at)

    def insert(self, table: Table, row: dict[str, Any], actor: str) -> None:
        self.w.actor = actor
        insert_journaled(self.conn, self.w, table, row, row["at"])

    def read(self, entry_id: str, *, person_id: str, at: datetime) -> None:
        """The person's read mark on the entry, as ``mark_read`` writes it."""
        self.w.actor = person_id
        write_read(self.conn, self.w, entry_id=entry_id, person_id=person_id, at=at)

    def intake(
        self, draft: ComplaintDraft, *, actor_id: str, at: datetime, num: int, log_num: int
    ) -> dict[str, Any]:
        """A complaint, its history event and its log entry, as ``complaints.intake`` writes them."""
        self.w.actor = actor_id
        return write_intake(
            self.conn,
            self.w,
            draft=draft,
            actor_id=actor_id,
            station=self.station,
            at=at,
            num=num,
            log_num=log_num,
        )

    def step(
        self,
        complaint_id: str,
        action: Action,
        *,
        expected_version: int,
        actor_id: str,
        role: Role,
        at: datetime,
        note: str,
        limit: Decimal,
        log_num: int,
        **details: Any,
    ) -> dict[str, Any]:
        """One step, every rule checked, as ``complaints.act`` writes it."""
        self.w.actor = actor_id
        return write_step(
            self.conn,
            self.w,
            complaint_id=complaint_id,
            action=action,
            expected_version=expected_version,
            actor_id=actor_id,
            role=role,
            station=self.station,
            at=at,
            note=note,
            limit=limit,
            log_num=log_num,
            **details,
        )
