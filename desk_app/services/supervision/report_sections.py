"""Supervision in the duty report (issue 17, point 5): each local day of the period with whether
and by whom it was reviewed (a day not reviewed flagged), and the inspections made in it with
their failed items and the corrections still open (flagged). Plain sections, printed as the
report's others are."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, and_, func, select

from desk_app.domain.handover.rules import Section
from desk_app.domain.supervision.inspection import answers_from_json
from desk_app.domain.supervision.review import on_time
from desk_app.services.names import names_of
from desk_app.services.supervision.policy import read_review_time
from desk_app.store.supervision_tables import day_review, inspection, inspection_correction
from desk_app.store.tables import follow_up


def review_section(conn: Connection, worked: Iterable[date], now: datetime) -> Section:
    """A row per day worked in the period (a day with entries in its log): who reviewed it,
    when, on time, the comment; a day not reviewed (and due) or reviewed late flagged."""
    review_time = read_review_time(conn)
    columns = ("day", "reviewed_by", "reviewed_at", "on_time", "comment")
    days = sorted(set(worked))
    if not days:
        return Section("day_reviews", columns)
    rows = conn.execute(
        select(day_review).where(
            day_review.c.day >= days[0].isoformat(), day_review.c.day <= days[-1].isoformat()
        )
    ).all()
    by_day = {date.fromisoformat(r.day): r for r in rows}
    names = names_of(conn, [r.reviewed_by for r in rows])
    out, flagged = [], []
    for i, day in enumerate(days):
        r = by_day.get(day)
        if r is None:
            out.append((day, "", None, None, ""))
            if datetime.combine(day + timedelta(days=1), review_time) <= now.astimezone().replace(
                tzinfo=None
            ):
                flagged.append(i)
            continue
        local = r.reviewed_at.astimezone()
        out.append(
            (
                day,
                names.get(r.reviewed_by, ""),
                r.reviewed_at,
                on_time(day, local, review_time),
                r.comment,
            )
        )
        if not on_time(day, local, review_time):
            flagged.append(i)
    return Section(
        "day_reviews",
        columns,
        tuple(out),
        flagged=tuple(flagged),
    )


def inspection_section(conn: Connection, start: datetime, end: datetime, now: datetime) -> Section:
    """The inspections made in the period: kind, clerks, inspector, failed items, the
    acknowledgement, the corrections still open (flagged when any is, or overdue)."""
    i = inspection.c
    rows = conn.execute(
        select(i.id, i.num, i.at, i.kind, i.clerks, i.inspector_id, i.answers, i.ack_state)
        .where(i.at >= start, i.at < end)
        .order_by(i.at, i.num)
    ).all()
    open_counts = (
        dict(
            conn.execute(
                select(inspection_correction.c.inspection_id, func.count())
                .join(follow_up, follow_up.c.id == inspection_correction.c.follow_up_id)
                .where(
                    and_(
                        inspection_correction.c.inspection_id.in_([r.id for r in rows]),
                        follow_up.c.closed_at.is_(None),
                    )
                )
                .group_by(inspection_correction.c.inspection_id)
            ).all()
        )
        if rows
        else {}
    )
    clerks = {r.id: json.loads(r.clerks) for r in rows}
    names = names_of(conn, [r.inspector_id for r in rows] + [p for c in clerks.values() for p in c])
    out, flagged = [], []
    for n, r in enumerate(rows):
        failed = sum(a.failed for a in answers_from_json(r.answers))
        still_open = open_counts.get(r.id, 0)
        out.append(
            (
                r.num,
                r.at,
                r.kind,
                ", ".join(names.get(p, "") for p in clerks[r.id]),
                names.get(r.inspector_id, ""),
                failed,
                r.ack_state,
                still_open,
            )
        )
        if still_open:
            flagged.append(n)
    return Section(
        "inspections",
        (
            "num",
            "at",
            "inspection_kind",
            "clerks",
            "inspector",
            "failed",
            "acknowledgement",
            "corrections_open",
        ),
        tuple(out),
        flagged=tuple(flagged),
        coded=("inspection_kind", "acknowledgement"),
    )
