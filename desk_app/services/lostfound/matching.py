"""Matching found items and lost-item reports: candidates ranked best first.

Matching scores only the candidates in an indexed time window, never three years of items.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, select

from desk_app.domain.errors import NotFound
from desk_app.domain.lostfound import matching
from desk_app.domain.lostfound.matching import MatchReason, MatchSide
from desk_app.domain.lostfound.rules import (
    ReportState,
)
from desk_app.domain.roles import Capability
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.lostfound.views import (
    HELD,
    ItemView,
    ReportView,
    item_select,
    item_view,
    read_policy,
    report_select,
    report_view,
)
from desk_app.store.tables import (
    lf_item,
    lf_report,
)


class ItemMatch(Value):
    item: ItemView
    reason: MatchReason


class ReportMatch(Value):
    report: ReportView
    reason: MatchReason


def _item_side(row) -> MatchSide:
    return MatchSide.of(
        row.id, row.category, row.found_place, row.description, row.found_at, row.found_at
    )


def _report_side(row) -> MatchSide:
    place = " ".join(p for p in (row.lost_place, row.room) if p)
    return MatchSide.of(row.id, row.category, place, row.description, row.lost_from, row.lost_until)


def _items_for(conn: Connection, report_row, now: datetime) -> list[ItemMatch]:
    start, end = matching.candidate_window_for_report(report_row.lost_from, report_row.lost_until)
    c = lf_item.c
    rows = conn.execute(
        item_select().where(
            c.state.in_(HELD),
            c.found_at >= start,
            c.found_at <= end,
        )
    ).all()
    target = _report_side(report_row)
    by_id = {r.id: r for r in rows}
    ranked = matching.rank((target, _item_side(r), r.id) for r in rows)
    policy = read_policy(conn)
    return [ItemMatch(item_view(by_id[i], policy, now), reason) for i, reason in ranked]


def matches_for_report(desk: Desk, actor: Actor, report_id: str) -> list[ItemMatch]:
    """Found items still held that may be what the guest lost, best first."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        row = conn.execute(select(lf_report).where(lf_report.c.id == report_id)).first()
        if row is None:
            raise NotFound("No such lost-item report.")
        return _items_for(conn, row, desk.clock.now())


def matches_for_item(desk: Desk, actor: Actor, item_id: str) -> list[ReportMatch]:
    """Open reports the found item may answer, best first."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        item = conn.execute(select(lf_item).where(lf_item.c.id == item_id)).first()
        if item is None:
            raise NotFound("No such found item.")
        lost_until_from, lost_from_to = matching.candidate_window_for_item(item.found_at)
        c = lf_report.c
        rows = conn.execute(
            report_select().where(
                c.state == ReportState.OPEN.value,
                c.lost_until >= lost_until_from,
                c.lost_from <= lost_from_to,
            )
        ).all()
    side = _item_side(item)
    by_id = {r.id: r for r in rows}
    ranked = matching.rank((_report_side(r), side, r.id) for r in rows)
    return [ReportMatch(report_view(by_id[i]), reason) for i, reason in ranked]
