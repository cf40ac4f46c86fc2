"""The demo's supervision (seed 004): most days reviewed the next morning by 09:30 (a few late, a
few missed), a morning check most days and a spot check each week by the supervisor on the day
shift, of the clerks on it; now and then an item fails, its cause and correction written, the
correction a follow-up in the log (closed like any other); the clerk acknowledges within minutes,
or, rarely, declines with a remark. About one morning in five the supervisor checks the handover
at 08:00 (linked to the sheet just sealed, of its two clerks), and about one in six countersigns
that sheet (交接班检查).

Written through the services' writers (``services.supervision.writes``) in the timeline's
batches, with a random stream of its own, so the other books come out as they did."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from desk_app.demo.accounts import DEMO_ACCOUNTS, SUPERVISORS
from desk_app.demo.batch import Batch
from desk_app.demo.host import Host
from desk_app.demo.shifts import local_time
from desk_app.demo.texts.supervision import (
    COUNTERSIGN_NOTES,
    DECLINE_REMARKS,
    FINDINGS,
    HANDOVER_FINDINGS,
    REVIEW_COMMENTS,
)
from desk_app.domain.supervision.checklist import DEFAULT_CHECKLIST
from desk_app.domain.supervision.inspection import Acknowledgement, Answer, InspectionKind, Result
from desk_app.services.supervision.writes import (
    correction_draft,
    insert_day_review,
    insert_inspection,
    link_correction,
    seal_inspection,
)
from desk_app.store.journal import insert_journaled
from desk_app.store.supervision_tables import sheet_countersign
from desk_app.store.tables import handover
from desk_app.store.types import new_id

REVIEW, INSPECT, ANSWER, COUNTERSIGN = "review", "inspect", "answer", "countersign"
FAIL_SHARE = 0.045  # each item that has findings fails this often
HANDOVER_CHECK_SHARE = 0.2  # mornings whose 08:00 handover the supervisor checks
COUNTERSIGN_SHARE = 0.16  # mornings whose night sheet a supervisor countersigns


class SupervisionBook:
    def __init__(self, host: Host, event_kind: int) -> None:
        self.host = host
        self.event_kind = event_kind
        self.rng = random.Random(f"demo supervision {host.rota.seed}")
        self.planned = 0  # inspections planned (a handover check may find no sheet: not made)
        self.num = 0  # inspections made, numbered as they are written
        self.rows: dict[int, dict[str, Any]] = {}  # planned key -> the row as stored
        self.acknowledger: dict[int, str] = {}  # a handover check's: the sheet's incoming clerk
        self.counts = dict.fromkeys(
            (
                "reviewed",
                "late",
                "inspections",
                "failed",
                "declined",
                "waiting",
                "handover_checks",
                "countersigned",
            ),
            0,
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
            if self.rng.random() < HANDOVER_CHECK_SHARE:
                at = local_time(day, 8) + timedelta(minutes=self.rng.uniform(14, 28))
                self._plan_inspection(at, InspectionKind.HANDOVER)
            if self.rng.random() < COUNTERSIGN_SHARE:
                at = local_time(day, 9) + timedelta(minutes=self.rng.uniform(0, 50))
                self._plan_countersign(at)
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

    def _plan_countersign(self, at: datetime) -> None:
        if at >= self.host.now:
            return
        shift = self.host.on_duty(at)
        if shift.supervisor is None:
            return
        notes = COUNTERSIGN_NOTES[DEMO_ACCOUNTS[shift.supervisor].lang]
        self.host.push(at, self.event_kind, (COUNTERSIGN, shift.supervisor, self.rng.choice(notes)))

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
            if kind is InspectionKind.HANDOVER and item.code == "handover":
                found = HANDOVER_FINDINGS[lang]  # what a check at the change looks at
            if found and self.rng.random() < FAIL_SHARE:
                cause, correction = self.rng.choice(found)
                due = at + timedelta(hours=self.rng.uniform(4, 24))
                answers.append((item.code, cause, correction, self.rng.choice(clerks), due))
            else:
                answers.append((item.code, None, None, None, None))
        self.planned += 1
        num = self.planned
        self.host.push(at, self.event_kind, (INSPECT, num, kind, inspector, clerks, answers))
        answer_at = at + timedelta(minutes=self.rng.uniform(2, 12))
        if answer_at >= self.host.now:
            self.counts["waiting"] += 1
            return
        clerk = clerks[0]
        declined = self.rng.random() < 0.03
        remark = self.rng.choice(DECLINE_REMARKS[DEMO_ACCOUNTS[clerk].lang]) if declined else None
        if kind is InspectionKind.HANDOVER:  # the sheet's incoming clerk answers, in English
            remark = DECLINE_REMARKS["en"][0] if declined else None
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
        elif what == COUNTERSIGN:
            self._countersign(batch, at, *data[1:])
        else:
            _w, num, clerk, remark = data
            if num not in self.rows:  # a handover check with no sheet to check: not made
                return
            by = self.acknowledger.get(num, people[clerk])
            batch.w.actor = by
            state = Acknowledgement.DECLINED if remark else Acknowledgement.ACKNOWLEDGED
            self.rows[num] = seal_inspection(
                batch.conn,
                batch.w,
                self.rows[num],
                state=state,
                by=by,
                at=at,
                remark=remark,
            )
            self.counts["declined"] += remark is not None

    def _inspect(
        self,
        batch: Batch,
        at: datetime,
        key: int,
        kind: InspectionKind,
        inspector: int,
        clerks: tuple[int, ...],
        planned: list[tuple[Any, ...]],
    ) -> None:
        people = self.host.people
        clerk_ids = [people[c] for c in clerks]
        owners = {c: c for c in clerks}  # a planned owner -> who owns the correction
        sheet_id = None
        if kind is InspectionKind.HANDOVER:
            sheet = self._sheet_at(batch, at)
            if sheet is None or people[inspector] in (sheet.outgoing_id, sheet.incoming_id):
                return
            sheet_id, clerk_ids = sheet.id, [sheet.outgoing_id, sheet.incoming_id]
            owners = dict.fromkeys(clerks, people.index(sheet.incoming_id))  # now on duty
            self.acknowledger[key] = sheet.incoming_id
        batch.w.actor = people[inspector]
        self.num += 1
        num = self.num
        answers = [
            Answer(code, Result.PASS)
            if cause is None
            else Answer(
                code,
                Result.FAIL,
                cause=cause,
                correction=correction,
                owner_id=people[owners[owner]],
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
            clerks=clerk_ids,
            checklist=DEFAULT_CHECKLIST,
            answers=answers,
            handover_id=sheet_id,
        )
        self.counts["handover_checks"] += sheet_id is not None
        self.rows[key] = row
        self.counts["inspections"] += 1
        lang = DEMO_ACCOUNTS[inspector].lang
        for number, (answer, plan) in enumerate(zip(answers, planned, strict=True), start=1):
            if not answer.failed:
                continue
            entry_id, follow_up_id = self.host.write_with_follow_up(
                batch, correction_draft(num, number, answer), at, inspector, lang, owners[plan[3]]
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

    @staticmethod
    def _sheet_at(batch: Batch, at: datetime, within: timedelta = timedelta(hours=1)):
        """The sheet sealed at this station in the hour (or ``within``) before ``at``: the
        change just made."""
        h = handover.c
        return batch.conn.execute(
            select(h.id, h.outgoing_id, h.incoming_id)
            .where(h.station == batch.station, h.sealed_at <= at)
            .where(h.sealed_at > at - within)
            .order_by(h.sealed_at.desc())
            .limit(1)
        ).first()

    def _countersign(self, batch: Batch, at: datetime, supervisor: int, note: str) -> None:
        """The night's sheet countersigned, as ``services.supervision.countersign`` writes it
        (never by one of its signers)."""
        sheet = self._sheet_at(batch, at, timedelta(hours=2))
        by = self.host.people[supervisor]
        if sheet is None or by in (sheet.outgoing_id, sheet.incoming_id):
            return
        batch.w.actor = by
        row = {"id": new_id(), "handover_id": sheet.id, "by_id": by, "at": at, "note": note}
        insert_journaled(batch.conn, batch.w, sheet_countersign, row, at)
        self.counts["countersigned"] += 1

    def result(self) -> dict[str, int]:
        c = self.counts
        return {
            "days_reviewed": c["reviewed"],
            "days_reviewed_late": c["late"],
            "inspections": c["inspections"],
            "inspection_items_failed": c["failed"],
            "inspections_declined": c["declined"],
            "inspections_waiting": c["waiting"],
            "handover_checks": c["handover_checks"],
            "sheets_countersigned": c["countersigned"],
        }
