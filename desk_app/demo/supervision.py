"""The demo's supervision (seed 004): most days reviewed the next morning by 09:30 (a few late, a
few missed), a morning check most days and a spot check each week by the supervisor on the day
shift, of the clerks on it; now and then an item fails, its cause and correction written, the
correction a follow-up in the log (closed like any other); the clerk acknowledges within minutes,
or, rarely, declines with a remark.

Written through the services' writers (``services.supervision.writes``) in the timeline's
batches, with a random stream of its own, so the other books come out as they did."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from desk_app.demo.accounts import DEMO_ACCOUNTS, SUPERVISORS
from desk_app.demo.batch import Batch
from desk_app.demo.host import Host
from desk_app.demo.shifts import local_time
from desk_app.demo.texts.supervision import DECLINE_REMARKS, FINDINGS, REVIEW_COMMENTS
from desk_app.domain.supervision.checklist import DEFAULT_CHECKLIST
from desk_app.domain.supervision.inspection import Acknowledgement, Answer, InspectionKind, Result
from desk_app.services.supervision.writes import (
    correction_draft,
    insert_day_review,
    insert_inspection,
    link_correction,
    seal_inspection,
)

REVIEW, INSPECT, ANSWER = "review", "inspect", "answer"
FAIL_SHARE = 0.045  # each item that has findings fails this often


class SupervisionBook:
    def __init__(self, host: Host, event_kind: int) -> None:
        self.host = host
        self.event_kind = event_kind
        self.rng = random.Random(f"demo supervision {host.rota.seed}")
        self.num = 0
        self.rows: dict[int, dict[str, Any]] = {}  # inspection num -> its row as stored
        self.counts = dict.fromkeys(
            ("reviewed", "late", "inspections", "failed", "declined", "waiting"), 0
        )

    # --- planning -----------------------------------------------------------------------------

    def plan(self) -> None:
        host = self.host
        first = host.start.astimezone().date()
        last = host.now.astimezone().date()
        day = first
        spot_day = self.rng.randint(0, 6)
        while day <= last:
            self._plan_review(day)
            if self.rng.random() < 0.75:
                at = local_time(day, 8) + timedelta(minutes=self.rng.uniform(45, 85))
                self._plan_inspection(at, InspectionKind.MORNING)
            if (day - first).days % 7 == spot_day:
                at = local_time(day, 10) + timedelta(minutes=self.rng.uniform(0, 480))
                self._plan_inspection(at, InspectionKind.SPOT)
            day += timedelta(days=1)

    def _plan_review(self, day: date) -> None:
        r = self.rng.random()
        if r < 0.82:
            at = local_time(day + timedelta(days=1), 8) + timedelta(
                minutes=self.rng.uniform(35, 85)
            )
        elif r < 0.95:
            at = local_time(day + timedelta(days=1), 10) + timedelta(
                minutes=self.rng.uniform(0, 420)
            )
        else:
            return  # missed: it stays on the list of days to review
        if at >= self.host.now:
            return
        shift = self.host.on_duty(at)
        reviewer = (
            shift.supervisor if shift.supervisor is not None else self.rng.choice(SUPERVISORS)
        )
        comment = self.rng.choice(REVIEW_COMMENTS[DEMO_ACCOUNTS[reviewer].lang])
        self.host.push(at, self.event_kind, (REVIEW, day, reviewer, comment, r >= 0.82))

    def _plan_inspection(self, at: datetime, kind: InspectionKind) -> None:
        if at >= self.host.now:
            return
        shift = self.host.on_duty(at)
        if shift.supervisor is None or not shift.clerks:
            return
        inspector = shift.supervisor
        clerks = tuple(shift.clerks)
        lang = DEMO_ACCOUNTS[inspector].lang
        answers = []
        for item in DEFAULT_CHECKLIST.items:
            found = FINDINGS[lang].get(item.code)
            if found and self.rng.random() < FAIL_SHARE:
                cause, correction = self.rng.choice(found)
                due = at + timedelta(hours=self.rng.uniform(4, 24))
                answers.append((item.code, cause, correction, self.rng.choice(clerks), due))
            else:
                answers.append((item.code, None, None, None, None))
        self.num += 1
        num = self.num
        self.host.push(at, self.event_kind, (INSPECT, num, kind, inspector, clerks, answers))
        answer_at = at + timedelta(minutes=self.rng.uniform(2, 12))
        if answer_at >= self.host.now:
            self.counts["waiting"] += 1
            return
        clerk = clerks[0]
        declined = self.rng.random() < 0.03
        remark = self.rng.choice(DECLINE_REMARKS[DEMO_ACCOUNTS[clerk].lang]) if declined else None
        self.host.push(answer_at, self.event_kind, (ANSWER, num, clerk, remark))

    # --- writing ------------------------------------------------------------------------------

    def apply(self, batch: Batch, at: datetime, data: tuple[Any, ...]) -> None:
        people = self.host.people
        what = data[0]
        if what == REVIEW:
            _w, day, reviewer, comment, late = data
            batch.w.actor = people[reviewer]
            insert_day_review(
                batch.conn, batch.w, day=day, by=people[reviewer], at=at, comment=comment
            )
            self.counts["reviewed"] += 1
            self.counts["late"] += late
        elif what == INSPECT:
            self._inspect(batch, at, *data[1:])
        else:
            _w, num, clerk, remark = data
            batch.w.actor = people[clerk]
            state = Acknowledgement.DECLINED if remark else Acknowledgement.ACKNOWLEDGED
            self.rows[num] = seal_inspection(
                batch.conn,
                batch.w,
                self.rows[num],
                state=state,
                by=people[clerk],
                at=at,
                remark=remark,
            )
            self.counts["declined"] += remark is not None

    def _inspect(
        self,
        batch: Batch,
        at: datetime,
        num: int,
        kind: InspectionKind,
        inspector: int,
        clerks: tuple[int, ...],
        planned: list[tuple[Any, ...]],
    ) -> None:
        people = self.host.people
        batch.w.actor = people[inspector]
        answers = [
            Answer(code, Result.PASS)
            if cause is None
            else Answer(
                code,
                Result.FAIL,
                cause=cause,
                correction=correction,
                owner_id=people[owner],
                due_at=due,
            )
            for code, cause, correction, owner, due in planned
        ]
        row = insert_inspection(
            batch.conn,
            batch.w,
            num=num,
            station=batch.station,
            kind=kind,
            at=at,
            recorded_at=at,
            inspector_id=people[inspector],
            clerks=[people[c] for c in clerks],
            checklist=DEFAULT_CHECKLIST,
            answers=answers,
        )
        self.rows[num] = row
        self.counts["inspections"] += 1
        lang = DEMO_ACCOUNTS[inspector].lang
        for number, (answer, plan) in enumerate(zip(answers, planned, strict=True), start=1):
            if not answer.failed:
                continue
            entry_id, follow_up_id = self.host.write_with_follow_up(
                batch, correction_draft(num, number, answer), at, inspector, lang, plan[3]
            )
            link_correction(
                batch.conn,
                batch.w,
                inspection_id=row["id"],
                item_code=answer.code,
                entry_id=entry_id,
                follow_up_id=follow_up_id,
                at=at,
            )
            self.counts["failed"] += 1

    def result(self) -> dict[str, int]:
        c = self.counts
        return {
            "days_reviewed": c["reviewed"],
            "days_reviewed_late": c["late"],
            "inspections": c["inspections"],
            "inspection_items_failed": c["failed"],
            "inspections_declined": c["declined"],
            "inspections_waiting": c["waiting"],
        }
