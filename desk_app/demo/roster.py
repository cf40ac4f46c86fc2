"""The demo's roster book (排班表): every month the demo covers drafted by a supervisor, submitted and
approved by the manager; leave and swaps asked by the clerks and decided by a supervisor; next
month's draft waiting once its drafting days have come (so the reminder shows).

What each month holds is planned beforehand by ``demo.rota`` (which every other book reads, through
``demo.shifts.Calendar``, for who works each shift); this module writes it as the desk would have
kept it, each step at its own time in the demo's timeline and in its batch's unit of work: the
month, its cells and its history through ``services.roster.writes`` (``insert_month``,
``write_cells``, ``update_month``, ``write_event``: the writers of ``save_month``, ``submit_month``,
``approve_month`` and of a request's approval), the requests as rows of ``roster_request`` the way
``services.roster.requests`` stores them (asked; a swap confirmed by the colleague at once;
approved with the covers named, or turned down with a reason).

Steps planned before the program was there (the first months' drafts, a change asked before the
demo's first day) are written as entered when the desk was set up, a minute apart, in order.
A step still ahead of the demo's clock is left out: a request may wait for its decision, and one
leave asked in the demo's last hours always does.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from desk_app.demo.accounts import CLERKS, DEMO_ACCOUNTS, MANAGER, SUPERVISORS
from desk_app.demo.batch import Batch
from desk_app.demo.host import Host
from desk_app.demo.rota import Change, MonthPlan
from desk_app.demo.texts.roster import LEAVE_REASONS
from desk_app.domain.roster.month import Roster, RosterState, next_month
from desk_app.services.roster.request_views import RequestState
from desk_app.services.roster.writes import (
    change_for_request,
    decide_request,
    insert_month,
    insert_request,
    update_month,
    write_cells,
    write_event,
)
from desk_app.store.roster_tables import roster_request

DRAFT, SUBMIT, APPROVE, ASK, DECIDE = "draft", "submit", "approve", "ask", "decide"
SET_UP_GAP = timedelta(minutes=1)


def months_between(first: date, last: date) -> Iterator[tuple[int, int]]:
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield year, month
        year, month = next_month(date(year, month, 1))


class RosterBook:
    """Queues each month's steps and each request's into the generator's queue; writes them."""

    def __init__(self, host: Host, event_kind: int) -> None:
        self.host = host
        self.event_kind = event_kind
        self.rows: dict[tuple[int, int], dict[str, Any]] = {}  # each month's row as stored
        self.requests: dict[int, dict[str, Any]] = {}  # id(change) -> its request row
        self.counts = dict.fromkeys(
            ("months", "approved", "leave", "swaps", "refused", "waiting"), 0
        )
        with host.desk.db.read() as conn:
            self.num = conn.execute(select(func.max(roster_request.c.num))).scalar() or 0
        # What was decided before the desk had the program is entered as it is set up.
        self.set_up = host.on_duty(host.start).start - timedelta(minutes=30)

    def plan(self) -> None:
        """Every step of every month from the demo's first to the one after its clock."""
        host = self.host
        first = host.start.astimezone().date()
        today = host.now.astimezone().date()
        coming = date(*next_month(today), 1)
        for year, month in months_between(first, coming):
            plan = host.rota.month(year, month)
            if (year, month) == (coming.year, coming.month):
                if plan.drafted_at < host.now:  # next month: drafted, not yet submitted
                    self.queue(plan.drafted_at, (DRAFT, plan))
                continue
            self.queue(plan.drafted_at, (DRAFT, plan))
            self.queue(plan.submitted_at, (SUBMIT, plan))
            self.queue(plan.approved_at, (APPROVE, plan))
            for change in plan.changes:
                asked = self.queue(change.asked_at, (ASK, plan, change))
                if asked is None:
                    continue
                decided = max(change.decided_at, asked + timedelta(minutes=30))
                if decided < host.now:
                    self.queue(decided, (DECIDE, plan, change))
                else:
                    self.counts["waiting"] += 1
        self.waiting_leave()

    def waiting_leave(self) -> None:
        """A clerk asked for leave in the last hours, not yet decided: the supervisor has a
        request to look at when the demo opens (its own random stream: the plan stays as it is)."""
        host = self.host
        rng = random.Random(f"demo roster waiting {host.rota.seed}")
        day = host.now.astimezone().date() + timedelta(days=rng.randint(4, 10))
        plan = host.rota.month(day.year, day.month)
        working = [c for c in CLERKS if plan.final.pattern.shift(plan.final.cell(str(c), day))]
        if host.now - host.start < timedelta(days=2) or not working:
            return
        asker = rng.choice(working)
        reason = rng.choice(LEAVE_REASONS[DEMO_ACCOUNTS[asker].lang])
        last = day + timedelta(days=rng.randint(0, 1))
        asked = host.now - timedelta(hours=rng.uniform(1, 20))
        change = Change("leave", asker, day, last, reason, asked, host.now, SUPERVISORS[0])
        if self.queue(asked, (ASK, plan, change)) is not None:
            self.counts["waiting"] += 1

    def queue(self, at: datetime, data: tuple[Any, ...]) -> datetime | None:
        """The step at its time, or as entered at set-up when planned before it; None: ahead of
        the demo's clock."""
        if at < self.set_up:
            self.set_up += SET_UP_GAP
            at = self.set_up
        if at >= self.host.now:
            return None
        self.host.push(at, self.event_kind, data)
        return at

    # --- writing -----------------------------------------------------------------------------

    def ids(self, roster: Roster) -> Roster:
        """The plan's month with the people's ids for their indexes."""
        people = self.host.people
        return Roster(
            roster.year,
            roster.month,
            roster.pattern,
            tuple(people[int(p)] for p in roster.people),
            {(people[int(p)], d): code for (p, d), code in roster.cells.items()},
            frozenset((people[int(p)], d) for p, d in roster.leave),
        )

    def actor(self, batch: Batch, person: int) -> str:
        person_id = self.host.people[person]
        batch.w.actor = person_id
        return person_id

    def apply(self, batch: Batch, at: datetime, data: tuple[Any, ...]) -> None:
        what, plan = data[0], data[1]
        key = (plan.year, plan.month)
        conn, w = batch.conn, batch.w
        if what == DRAFT:
            by = self.actor(batch, plan.drafted_by)
            roster = self.ids(plan.base)
            row = insert_month(conn, w, batch.station, roster, by, at)
            write_event(conn, w, row["id"], action="drafted", by=by, at=at)
            write_cells(conn, w, row["id"], roster, at)
            self.rows[key] = row
            self.counts["months"] += 1
        elif what == SUBMIT:
            by = self.actor(batch, plan.drafted_by)
            self.step(batch, plan, at, by, "submitted", submitted_by=by, submitted_at=at)
        elif what == APPROVE:
            by = self.actor(batch, MANAGER)
            self.step(batch, plan, at, by, "approved", approved_by=by, approved_at=at)
            self.counts["approved"] += 1
        elif what == ASK:
            self.ask(batch, at, data[2])
        else:
            self.decide(batch, at, plan, data[2])

    def step(
        self, batch: Batch, plan: MonthPlan, at: datetime, by: str, action: str, **more
    ) -> None:
        key = (plan.year, plan.month)
        state = RosterState.SUBMITTED if action == "submitted" else RosterState.APPROVED
        changes = {"state": state.value, **more}
        self.rows[key] = update_month(batch.conn, batch.w, self.rows[key], changes, at)
        write_event(batch.conn, batch.w, self.rows[key]["id"], action=action, by=by, at=at)

    def ask(self, batch: Batch, at: datetime, change: Change) -> None:
        """The request as ``ask_leave`` / ``ask_swap`` store it (a swap confirmed by the
        colleague's PIN as it is asked)."""
        asker = self.actor(batch, change.asker)
        self.num += 1
        colleague = self.host.people[change.colleague] if change.colleague is not None else None
        self.requests[id(change)] = insert_request(
            batch.conn,
            batch.w,
            at,
            num=self.num,
            station=batch.station,
            kind=change.kind,
            asker_id=asker,
            reason=change.reason,
            first_day=change.first.isoformat(),
            last_day=change.last.isoformat(),
            colleague_id=colleague,
            confirmed_at=at if colleague is not None else None,
        )

    def decide(self, batch: Batch, at: datetime, plan: MonthPlan, change: Change) -> None:
        """Approved: the month's cells, its version and a step of its history naming the request,
        then the request decided (``approve_request``'s writes); or turned down with a reason."""
        conn, w = batch.conn, batch.w
        by = self.actor(batch, change.decided_by)
        request = self.requests[id(change)]
        if change.approved and change.after is not None:
            key = (plan.year, plan.month)
            changed = change_for_request(
                conn,
                w,
                self.rows[key],
                self.ids(change.after),
                request=request,
                action=change.kind,
                by=by,
                at=at,
            )
            if changed is not None:
                self.rows[key] = changed
            covers = {d.isoformat(): self.host.people[p] for d, p in change.covers}
            decision: dict[str, Any] = {
                "state": RequestState.APPROVED,
                "covers": json.dumps(covers, sort_keys=True) if covers else None,
            }
            self.counts["leave" if change.kind == "leave" else "swaps"] += 1
        else:
            decision = {
                "state": RequestState.REJECTED,
                "decision_reason": change.decision_reason,
            }
            self.counts["refused"] += 1
        self.requests[id(change)] = decide_request(conn, w, request, by=by, at=at, **decision)

    def result(self) -> dict[str, int]:
        c = self.counts
        return {
            "roster_months": c["months"],
            "rosters_approved": c["approved"],
            "leave_approved": c["leave"],
            "swaps_approved": c["swaps"],
            "requests_refused": c["refused"],
            "requests_waiting": c["waiting"],
        }
