"""The inspections over a period, as a supervisor or manager reads them (seed 004: 检查 and its
follow-through; seed 000: quality improved from what the checks find): inspections per clerk and
month; how often each item fails and each clerk fails an item; the share of days reviewed on time
(by the review time the next day); the corrections still open, and overdue.

One read: the period's inspections (by the indexed ``at``), their corrections' follow-ups, the
days reviewed in the period; the counting is done here, not in SQL, so both engines agree.

An item is counted by its code; :attr:`InspectionAnalysis.items` says what each code checks: the
current checklist's item, else (an item removed or renamed since) the copy the newest inspection
of the period kept, so the reader sees the item's words, never a bare code where words exist."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta

from sqlalchemy import func, select

from desk_app.domain.clock import local_days
from desk_app.domain.roles import Capability
from desk_app.domain.supervision.checklist import ChecklistItem, checklist_from_json
from desk_app.domain.supervision.inspection import Result, answers_from_json
from desk_app.domain.supervision.review import on_time
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.names import names_of
from desk_app.services.supervision.checklist import read_checklist
from desk_app.services.supervision.inspection_views import InspectionView, views_of
from desk_app.services.supervision.policy import read_review_time
from desk_app.store.supervision_tables import day_review, inspection, inspection_correction
from desk_app.store.tables import follow_up, log_entry


class ClerkMonth(Value):
    clerk: str
    year: int
    month: int
    inspections: int
    failed_items: int


class Rate(Value):
    key: str  # an item's code, or a clerk's name
    answered: int  # items answered (not "not applicable")
    failed: int

    @property
    def rate(self) -> float:
        return self.failed / self.answered if self.answered else 0.0


class InspectionAnalysis(Value):
    first: date
    last: date
    inspections: int
    per_clerk_month: tuple[ClerkMonth, ...]  # by clerk, then month
    by_item: tuple[Rate, ...]  # most failed first
    by_clerk: tuple[Rate, ...]  # most failed first
    days_due: int  # days of the period worked and due for review
    days_on_time: int
    corrections_open: int
    corrections_overdue: int
    items: tuple[ChecklistItem, ...] = ()  # what each code of ``by_item`` checks, in its order

    def item(self, code: str) -> ChecklistItem:
        """The item a code names (a bare item of that code when none is known)."""
        return next((i for i in self.items if i.code == code), ChecklistItem(code))

    @property
    def on_time_share(self) -> float:
        return self.days_on_time / self.days_due if self.days_due else 0.0


def inspection_analysis(
    desk: Desk, actor: Actor | None, first: date, last: date
) -> InspectionAnalysis:
    """The local days ``first`` to ``last``. ``actor`` None: the command line (whoever runs it
    holds the database file, as for the duty report); otherwise a supervisor or manager."""
    start, end = local_days(first, last)
    now = desk.clock.now()
    with desk.db.read() as conn:
        if actor is not None:
            require(conn, actor, Capability.INSPECT)
        i = inspection.c
        rows = conn.execute(
            select(i.id, i.at, i.clerks, i.answers, i.checklist_version, i.checklist)
            .where(inspection.c.at >= start, inspection.c.at < end)
            .order_by(inspection.c.at)
        ).all()
        corrections = conn.execute(
            select(follow_up.c.due_at, follow_up.c.closed_at)
            .join(inspection_correction, inspection_correction.c.follow_up_id == follow_up.c.id)
            .join(inspection, inspection.c.id == inspection_correction.c.inspection_id)
            .where(inspection.c.at >= start, inspection.c.at < end)
        ).all()
        review_time = read_review_time(conn)
        reviews = conn.execute(
            select(day_review.c.day, day_review.c.reviewed_at).where(
                day_review.c.day >= first.isoformat(), day_review.c.day <= last.isoformat()
            )
        ).all()
        first_entry = conn.execute(select(func.min(log_entry.c.at))).scalar()
        clerks = {r.id: json.loads(r.clerks) for r in rows}
        names = names_of(conn, [p for ids in clerks.values() for p in ids])
        current = read_checklist(conn)
    per_month: Counter[tuple[str, int, int]] = Counter()
    failed_month: Counter[tuple[str, int, int]] = Counter()
    item_answered: Counter[str] = Counter()
    item_failed: Counter[str] = Counter()
    clerk_answered: Counter[str] = Counter()
    clerk_failed: Counter[str] = Counter()
    for r in rows:
        local = r.at.astimezone()
        answered = [
            a
            for a in answers_from_json(r.answers)
            if a.score is not None or a.result not in (None, Result.NOT_APPLICABLE)
        ]
        failed = [a for a in answered if a.failed]
        for a in answered:
            item_answered[a.code] += 1
            item_failed[a.code] += a.failed
        for clerk in clerks[r.id]:
            name = names.get(clerk, "")
            key = (name, local.year, local.month)
            per_month[key] += 1
            failed_month[key] += len(failed)
            clerk_answered[name] += len(answered)
            clerk_failed[name] += len(failed)
    today = now.astimezone().date()
    due_last = min(last, today - timedelta(days=1))
    due_first = (
        max(first, first_entry.astimezone().date()) if first_entry else due_last + timedelta(1)
    )
    days_due = max(0, (due_last - due_first).days + 1)
    reviewed = {date.fromisoformat(d): at for d, at in reviews}
    on_time_days = sum(
        1
        for n in range(days_due)
        if (day := due_first + timedelta(days=n)) in reviewed
        and on_time(day, reviewed[day].astimezone(), review_time)
    )

    def rates(answered: Counter[str], failed: Counter[str]) -> tuple[Rate, ...]:
        found = [Rate(k, answered[k], failed[k]) for k in answered]
        return tuple(sorted(found, key=lambda r: (-r.rate, -r.failed, r.key)))

    by_item = rates(item_answered, item_failed)
    return InspectionAnalysis(
        first=first,
        last=last,
        inspections=len(rows),
        per_clerk_month=tuple(
            ClerkMonth(name, y, m, n, failed_month[(name, y, m)])
            for (name, y, m), n in sorted(per_month.items())
        ),
        by_item=by_item,
        by_clerk=rates(clerk_answered, clerk_failed),
        days_due=days_due,
        days_on_time=on_time_days,
        corrections_open=sum(1 for c in corrections if c.closed_at is None),
        corrections_overdue=sum(1 for c in corrections if c.closed_at is None and c.due_at < now),
        items=_items([r.key for r in by_item], current.items, rows),
    )


def _items(codes: list[str], current: tuple[ChecklistItem, ...], rows) -> tuple[ChecklistItem, ...]:
    """Each code's item: the current checklist's, else the newest copy an inspection kept."""
    known = {item.code: item for item in current}
    kept: dict[str, ChecklistItem] = {}
    for r in reversed(rows):  # newest first: its copy wins
        missing = [c for c in codes if c not in known and c not in kept]
        if not missing:
            break
        for item in checklist_from_json(r.checklist_version, r.checklist).items:
            kept.setdefault(item.code, item)
    return tuple(known.get(c) or kept.get(c) or ChecklistItem(c) for c in codes)


def period_inspections(
    desk: Desk, actor: Actor | None, first: date, last: date
) -> list[InspectionView]:
    """Every inspection of the local days ``first`` to ``last``, oldest first, as the records
    print: the analysis's own records (``export inspections``). ``actor`` as for
    :func:`inspection_analysis`."""
    start, end = local_days(first, last)
    with desk.db.read() as conn:
        if actor is not None:
            require(conn, actor, Capability.INSPECT)
        rows = conn.execute(
            select(inspection)
            .where(inspection.c.at >= start, inspection.c.at < end)
            .order_by(inspection.c.at, inspection.c.num)
        ).all()
        return views_of(conn, rows)
