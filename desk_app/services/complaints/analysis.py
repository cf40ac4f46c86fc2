"""Complaint analysis (by category, period or staff member) and the register for export.

Supervisors and managers only. Both read the complaints in one streamed query of the columns
they need (the analysis by staff adds one small query for people's names) and aggregate in
Python, which is portable between SQLite and PostgreSQL and quick at the scale of three years:
22,000 complaints made through the services analyse in 45-60 ms on SQLite here. Times are read
as stored (naive UTC) and only period keys go through the time zone, once per period.

"Local" is this computer's time zone (as everywhere the desk shows a time).

Definitions, the same in the dialog, the export and the tests:

- A complaint belongs to the period, in the desk's local time zone, in which it was *received*;
  ``since``/``until`` select ``since <= received_at < until``. Keys: day ``2026-11-23``, ISO
  week ``2026-W47``, month ``2026-11``. Periods with no complaints between the first and the last
  that have some are listed with zeros, so a chart's axis has no holes.
- By category: every category, in the domain's order, zeros included; key = the category's value.
- By staff, two views (``counts_against``): ``"taken"`` counts a complaint against **who took it
  in**; ``"settled"`` against **who resolved it**, if it is resolved now, the others in one row
  keyed ``UNSETTLED_KEY`` (last), so the rows still add up to the total. Key = the person's name;
  rows by count, largest first.
- *Overdue* (here, looking back): the first reply came after the promised time, or there is no
  reply yet and the promise has passed (at the desk clock's now).
- First reply: minutes from received to the first reply (resolving without a reply counts as the
  reply). Resolution: hours from received to resolved. Medians over the complaints that have the
  value; ``None`` when none has.
- Compensation: the sum of settled amounts. Satisfaction: the mean of the follow-up calls' scores
  (1-5) where the guest was reached; ``None`` when there is none.

"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import DateTime, and_, case, select, true, type_coerce

from desk_app.domain import complaints as rules
from desk_app.domain.complaints import (
    UNSETTLED_KEY,
    AnalysisRow,
    Channel,
    ComplaintAnalysis,
    ComplaintCategory,
    RegisterRow,
    Severity,
    Status,
)
from desk_app.services.complaints.views import require_analyst
from desk_app.services.desk import Actor, Desk
from desk_app.store.tables import complaint, person

GROUPINGS = ("category", "day", "week", "month", "staff")
COUNTS_AGAINST = ("taken", "settled")
TOTAL_KEY = "total"  # the key of ComplaintAnalysis.total; never one of the rows' keys
_STREAM = {"yield_per": 2000}


@dataclass
class _Acc:
    count: int = 0
    overdue: int = 0
    cents: int = 0
    reply_minutes: list[float] = field(default_factory=list)
    resolution_hours: list[float] = field(default_factory=list)
    satisfaction_sum: int = 0
    satisfaction_n: int = 0

    def add(self, other: _Acc) -> None:
        self.count += other.count
        self.overdue += other.overdue
        self.cents += other.cents
        self.reply_minutes += other.reply_minutes
        self.resolution_hours += other.resolution_hours
        self.satisfaction_sum += other.satisfaction_sum
        self.satisfaction_n += other.satisfaction_n

    def row(self, key: str) -> AnalysisRow:
        return AnalysisRow(
            key=key,
            count=self.count,
            overdue=self.overdue,
            overdue_rate=self.overdue / self.count if self.count else 0.0,
            median_first_reply_minutes=(
                statistics.median(self.reply_minutes) if self.reply_minutes else None
            ),
            median_resolution_hours=(
                statistics.median(self.resolution_hours) if self.resolution_hours else None
            ),
            compensation_total=rules.from_cents(self.cents),
            satisfaction_avg=(
                self.satisfaction_sum / self.satisfaction_n if self.satisfaction_n else None
            ),
        )


def _is_late(promised: datetime, first_reply: datetime | None, now: datetime) -> bool:
    return first_reply > promised if first_reply is not None else promised < now


def _period_conditions(since: datetime | None, until: datetime | None) -> list:
    for value, name in ((since, "since"), (until, "until")):
        if value is not None and value.tzinfo is None:
            raise ValueError(f"{name} must be timezone-aware")
    conds = []
    if since is not None:
        conds.append(complaint.c.received_at >= since)
    if until is not None:
        conds.append(complaint.c.received_at < until)
    return conds


def _day_key(d: date) -> str:
    return d.isoformat()


def _week_key(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _month_key(d: date) -> str:
    return f"{d.year}-{d.month:02d}"


def _period_start(group_by: str, d: date) -> date:
    if group_by == "week":
        return d - timedelta(days=d.weekday())
    if group_by == "month":
        return d.replace(day=1)
    return d


def _next_period(group_by: str, d: date) -> date:
    if group_by == "day":
        return d + timedelta(days=1)
    if group_by == "week":
        return d + timedelta(days=7)
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1)


_PERIOD_KEY: dict[str, Callable[[date], str]] = {
    "day": _day_key,
    "week": _week_key,
    "month": _month_key,
}


class _PeriodOf:
    """The period key (local time) of a naive UTC time, remembering the last period's bounds:
    the rows come roughly in time order, so most need no time-zone conversion at all."""

    def __init__(self, group_by: str) -> None:
        self.group_by = group_by
        self.lo = self.hi = datetime.min
        self.key = ""

    def __call__(self, at: datetime) -> str:
        if self.lo <= at < self.hi:
            return self.key
        first = _period_start(self.group_by, at.replace(tzinfo=UTC).astimezone().date())
        key = first.isoformat()
        lo, hi = _utc_naive(first), _utc_naive(_next_period(self.group_by, first))
        if lo <= at < hi:  # else a day that starts oddly (daylight saving at midnight): no cache
            self.lo, self.hi, self.key = lo, hi, key
        return key


def _utc_naive(day: date) -> datetime:
    """Local midnight starting ``day``, as a naive UTC time (how the rows are read)."""
    return datetime.combine(day, time(0)).astimezone().astimezone(UTC).replace(tzinfo=None)


def _naive(column):
    """The column's stored value (naive UTC), skipping the aware-time conversion of every row."""
    return type_coerce(column, DateTime()).label(column.name)


def analyse(
    desk: Desk,
    actor: Actor,
    *,
    group_by: str,
    since: datetime | None = None,
    until: datetime | None = None,
    counts_against: str = "taken",
) -> ComplaintAnalysis:
    """Counts, overdue rate, medians, compensation and satisfaction per group (module docstring).
    ``counts_against`` says whom a complaint counts against by staff: "taken" or "settled"."""
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {GROUPINGS}, not {group_by!r}")
    if counts_against not in COUNTS_AGAINST:
        raise ValueError(f"counts_against must be one of {COUNTS_AGAINST}, not {counts_against!r}")
    now = desk.clock.now().astimezone(UTC).replace(tzinfo=None)
    c = complaint.c
    if group_by == "category":
        key = c.category
    elif group_by == "staff" and counts_against == "settled":
        # Who resolved it, if it is resolved now (a reopened one keeps its old resolver's id).
        key = case(
            (and_(c.resolved_at.is_not(None), c.resolved_by_id.is_not(None)), c.resolved_by_id),
            else_=None,  # unsettled: UNSETTLED_KEY below
        )
    elif group_by == "staff":
        key = c.created_by_id
    else:
        key = _naive(c.received_at)
    stmt = (
        select(
            key.label("key"),
            _naive(c.received_at),
            _naive(c.promised_at),
            _naive(c.first_reply_at),
            _naive(c.resolved_at),
            c.compensation_cents,
            c.satisfaction,
        )
        .where(and_(true(), *_period_conditions(since, until)))
        .execution_options(**_STREAM)
    )
    period_of = _PeriodOf(group_by) if group_by in _PERIOD_KEY else None
    groups: dict[str, _Acc] = {}
    names: dict[str, str] = {}
    with desk.db.read() as conn:
        require_analyst(conn, actor)
        for gkey, received, promised, first_reply, resolved, cents, satisfaction in conn.execute(
            stmt
        ):
            if period_of is not None:
                gkey = period_of(received)
            elif gkey is None:
                gkey = UNSETTLED_KEY
            acc = groups.get(gkey)
            if acc is None:
                acc = groups[gkey] = _Acc()
            acc.count += 1
            if first_reply is not None:
                if first_reply > promised:
                    acc.overdue += 1
                acc.reply_minutes.append((first_reply - received).total_seconds() / 60)
            elif promised < now:
                acc.overdue += 1
            if resolved is not None:
                acc.resolution_hours.append((resolved - received).total_seconds() / 3600)
            if cents:
                acc.cents += cents
            if satisfaction is not None:
                acc.satisfaction_sum += satisfaction
                acc.satisfaction_n += 1
        ids = [key for key in groups if key != UNSETTLED_KEY]
        if group_by == "staff" and ids:
            people = select(person.c.id, person.c.name).where(person.c.id.in_(ids))
            names = {pid: name for pid, name in conn.execute(people)}
    rows = _ordered_rows(group_by, groups, names)
    total = _Acc()
    for acc in groups.values():
        total.add(acc)
    return ComplaintAnalysis(
        group_by=group_by,
        since=since,
        until=until,
        rows=rows,
        total=total.row(TOTAL_KEY),
        counts_against=counts_against if group_by == "staff" else None,
    )


def _ordered_rows(group_by: str, groups: dict[str, _Acc], names: dict[str, str]):
    if group_by == "category":
        return [groups.get(cat.value, _Acc()).row(cat.value) for cat in ComplaintCategory]
    if group_by == "staff":
        people = [pid for pid in groups if pid != UNSETTLED_KEY]
        order = sorted(people, key=lambda pid: (-groups[pid].count, names.get(pid, ""), pid))
        rows = [groups[pid].row(names.get(pid, pid)) for pid in order]
        if UNSETTLED_KEY in groups:
            rows.append(groups[UNSETTLED_KEY].row(UNSETTLED_KEY))
        return rows
    if not groups:
        return []
    key = _PERIOD_KEY[group_by]
    starts = sorted(date.fromisoformat(s) for s in groups)
    rows = []
    d, last = starts[0], starts[-1]
    while d <= last:
        rows.append(groups.get(d.isoformat(), _Acc()).row(key(d)))
        d = _next_period(group_by, d)
    return rows


_assignee = person.alias("assignee")
_escalated = person.alias("escalated_to")
_resolver = person.alias("resolver")
_creator = person.alias("creator")


def register_rows(
    desk: Desk,
    actor: Actor,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[RegisterRow]:
    """The complaint register, oldest first, names joined, in one streamed query."""
    now = desk.clock.now()
    c = complaint.c
    stmt = (
        select(
            complaint,
            _assignee.c.name.label("assignee_name"),
            _escalated.c.name.label("escalated_to_name"),
            _resolver.c.name.label("resolved_by_name"),
            _creator.c.name.label("created_by_name"),
        )
        .select_from(complaint)
        .join(_creator, _creator.c.id == c.created_by_id)
        .outerjoin(_assignee, _assignee.c.id == c.assignee_id)
        .outerjoin(_escalated, _escalated.c.id == c.escalated_to_id)
        .outerjoin(_resolver, _resolver.c.id == c.resolved_by_id)
        .where(and_(true(), *_period_conditions(since, until)))
        .order_by(c.received_at, c.num)
        .execution_options(**_STREAM)
    )
    with desk.db.read() as conn:
        require_analyst(conn, actor)
        return list(_register(conn.execute(stmt), now))


def _register(rows: Iterable, now: datetime) -> Iterable[RegisterRow]:
    for r in rows:
        resolved = r.resolved_at is not None
        yield RegisterRow(
            num=r.num,
            id=r.id,
            received_at=r.received_at,
            channel=Channel(r.channel),
            guest_name=r.guest_name,
            room=r.room,
            contact=r.contact,
            category=ComplaintCategory(r.category),
            severity=Severity(r.severity),
            text=r.text,
            promised_at=r.promised_at,
            status=Status(r.status),
            overdue=_is_late(r.promised_at, r.first_reply_at, now),
            assignee_name=r.assignee_name,
            escalated_to_name=r.escalated_to_name,
            first_reply_at=r.first_reply_at,
            resolved_at=r.resolved_at,
            # A reopened complaint keeps who once resolved it in the table; not shown as resolved.
            resolved_by_name=r.resolved_by_name if resolved else None,
            outcome=r.outcome,
            compensation=rules.from_cents(r.compensation_cents),
            compensation_kind=r.compensation_kind,
            follow_up_reached=r.follow_up_reached,
            satisfaction=r.satisfaction,
            closed_at=r.closed_at,
            created_by_name=r.created_by_name,
            station=r.station,
        )
