"""Writing a month (its row, the cells that changed and a step of its history) and a leave or swap
request (asked, decided), each journaled. Shared by the month's commands, the requests' commands
and the demo, so a request's row and an approval's history are laid out in one place."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from desk_app.domain.roster.month import Roster, RosterState
from desk_app.domain.roster.pattern import OFF
from desk_app.domain.roster.policy import pattern_as_json
from desk_app.services.roster.request_views import RequestState
from desk_app.services.roster.views import cells_of
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.roster_tables import roster_cell, roster_event, roster_month, roster_request
from desk_app.store.types import new_id


def insert_month(
    conn: Connection, w: JournalWriter, station: str, roster: Roster, by: str, at: datetime
) -> dict[str, Any]:
    row = {
        "id": new_id(),
        "station": station,
        "year": roster.year,
        "month": roster.month,
        "state": RosterState.DRAFT.value,
        "pattern": json.dumps(pattern_as_json(roster.pattern)),
        "people": json.dumps(list(roster.people)),
        "drafted_by": by,
        "drafted_at": at,
        "version": 1,
    }
    insert_journaled(conn, w, roster_month, row, at)
    return row


def update_month(
    conn: Connection, w: JournalWriter, row, changes: dict[str, Any], at: datetime
) -> dict[str, Any]:
    current = _mapping(row)
    return update_journaled(
        conn, w, roster_month, current, {**changes, "version": current["version"] + 1}, at
    )


def write_cells(
    conn: Connection, w: JournalWriter, month_id: str, after: Roster, at: datetime
) -> list[list[str]]:
    """Store ``after``'s cells where they differ from the stored ones; returns what changed as
    [person id, day, before, after] (a day off is "O"; no cell row is ever deleted), by day and
    in the grid's order of people (not by id: ids are random, the order of the writes is not)."""
    stored = cells_of(conn, month_id)
    keys = set(stored) | set(after.cells)
    down = {p: i for i, p in enumerate(after.people)}
    changed: list[list[str]] = []
    for person_id, day in sorted(keys, key=lambda k: (k[1], down.get(k[0], len(down)), k[0])):
        old = stored.get((person_id, day))
        before = old.code if old is not None else OFF
        code = after.cell(person_id, day)
        if before == code:
            continue
        if old is None:
            insert_journaled(
                conn,
                w,
                roster_cell,
                {
                    "id": new_id(),
                    "month_id": month_id,
                    "person_id": person_id,
                    "day": day.isoformat(),
                    "code": code,
                },
                at,
            )
        else:
            update_journaled(conn, w, roster_cell, dict(old._mapping), {"code": code}, at)
        changed.append([person_id, day.isoformat(), before, code])
    return changed


def write_event(
    conn: Connection,
    w: JournalWriter,
    month_id: str,
    *,
    action: str,
    by: str,
    at: datetime,
    reason: str = "",
    cells: Sequence[Sequence[str]] = (),
    request_id: str | None = None,
    asked_by: str | None = None,
) -> None:
    seq = conn.execute(
        select(func.coalesce(func.max(roster_event.c.seq), 0)).where(
            roster_event.c.month_id == month_id
        )
    ).scalar_one()
    insert_journaled(
        conn,
        w,
        roster_event,
        {
            "id": new_id(),
            "month_id": month_id,
            "seq": seq + 1,
            "at": at,
            "by_id": by,
            "action": action,
            "request_id": request_id,
            "asked_by": asked_by,
            "reason": reason or None,
            "cells": json.dumps([list(c) for c in cells]) if cells else None,
        },
        at,
    )


def _mapping(row) -> dict[str, Any]:
    return dict(row._mapping) if hasattr(row, "_mapping") else dict(row)


def insert_request(
    conn: Connection, w: JournalWriter, at: datetime, *, num: int | None = None, **values: Any
) -> dict[str, Any]:
    """A request as asked (``values``: station, kind, asker_id, reason, first_day, last_day, and
    for a swap colleague_id and confirmed_at); ``num`` the next number unless given."""
    if num is None:
        num = (conn.execute(select(func.max(roster_request.c.num))).scalar() or 0) + 1
    row = {
        "id": new_id(),
        "num": num,
        "state": RequestState.ASKED.value,
        "asked_at": at,
        "colleague_id": None,
        "confirmed_at": None,
        "covers": None,
        "decided_by": None,
        "decided_at": None,
        "decision_reason": None,
        "version": 1,
        **values,
    }
    insert_journaled(conn, w, roster_request, row, at)
    return row


def decide_request(
    conn: Connection,
    w: JournalWriter,
    row,
    *,
    by: str,
    at: datetime,
    state: RequestState,
    **more: Any,
) -> dict[str, Any]:
    """The request approved or rejected by ``by`` (``more``: covers, decision_reason)."""
    current = _mapping(row)
    changes = {
        "state": state.value,
        "decided_by": by,
        "decided_at": at,
        "version": current["version"] + 1,
        **more,
    }
    return update_journaled(conn, w, roster_request, current, changes, at)


def change_for_request(
    conn: Connection,
    w: JournalWriter,
    month,
    after: Roster,
    *,
    request,
    action: str,
    by: str,
    at: datetime,
) -> dict[str, Any] | None:
    """An approved request's change to a month: the cells as ``after`` holds them, the month's
    version moved on (open grids are stale) and a step of its history naming the request (who
    asked, why, which cells). Returns the month's row, or None when nothing changed."""
    req = _mapping(request)
    month_id = _mapping(month)["id"]
    changed = write_cells(conn, w, month_id, after, at)
    if not changed:
        return None
    updated = update_month(conn, w, month, {}, at)
    write_event(
        conn,
        w,
        month_id,
        action=action,
        by=by,
        at=at,
        reason=req["reason"],
        cells=changed,
        request_id=req["id"],
        asked_by=req["asker_id"],
    )
    return updated
