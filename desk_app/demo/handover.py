"""The demo's handover sheets: one sealed sheet at every shift change (two a day, ~2,190 in three
years).

The duty-log generator (``desk_app.demo.generator``) owns the timeline; this one queues each shift's
handover a few minutes before the shift ends and writes it when the generator reaches it, in the
same batch transaction. The people are the roster's (``demo.rota`` through the calendar): a clerk
of the outgoing shift starts the sheet naming the rostered incoming clerk, who accepts it at the
change; when that clerk comes late, or not at all (the month's no-show), the program's line
"incoming clerk not arrived" is written at the change plus the grace time and the sheet is
accepted on arrival, or by a colleague of the incoming shift. The counts of the policy's items are entered (now and then one is
off, with a discrepancy and a note), the desk checklist mostly ticked, sometimes a remark; the
outgoing clerk signs as handed over, the incoming one as accepted, each with a drawn signature
(procedural strokes and their 1-bit PNG, as ``desk_app.demo.signatures`` draws them), and the sheet
is sealed by ``services.handover.write_seal``, the writer ``sign_handover`` uses: its content and
seal are exactly what the service would store, so ``desk-app verify`` recomputes every seal.

The sheet is compiled cheaply rather than through ``compile_sections`` (which pages through the
log as a signed-in clerk): the shift's log entries and the complaints received in it are read in
the batch transaction with the duty report's two indexed range queries
(``services.duty_report.log_sections``, ``complaint_section``), the keys out come from the key
book's register in memory. The open follow-ups and the board count are left out of the demo sheets.

The policy is written first, as of the hour before the first shift: the demo's shifts (08:00 and
20:00), the demo property's name, the default count items and checklist.

The random generator is this module's own (derived from the log's), so adding the handovers leaves
every other book the same for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from desk_app.demo.accounts import CLERKS, DEMO_ACCOUNTS, SUPERVISORS
from desk_app.demo.batch import Batch
from desk_app.demo.host import Host
from desk_app.demo.shifts import DAY_START_HOUR, NIGHT_START_HOUR, Shift
from desk_app.demo.signatures import make_signature
from desk_app.domain.book_lines import line
from desk_app.domain.clock import FixedClock
from desk_app.domain.handover import counts as counting
from desk_app.domain.handover.rules import HandoverState, Meaning, Section
from desk_app.domain.keys import KeyState
from desk_app.domain.log import Category, program_entry
from desk_app.domain.roster.policy import RosterPolicy
from desk_app.services.duty_report import complaint_section, log_sections
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import writes as handover_writes
from desk_app.services.handover.views import Discrepancy, Draft, HandoverPolicy, HandoverView
from desk_app.store.journal import update_journaled
from desk_app.store.tables import handover

NOT_ARRIVED = "not arrived"
GRACE_MINUTES = RosterPolicy().grace_minutes  # the roster's default grace after a shift change
PROPERTY_NAME = "Grand Harbour Hotel 海港大酒店"
# What the desk holds when all is well (the default count items of HandoverPolicy).
EXPECTED_COUNTS = {"Cash float": 2000, "Blank room key cards": 40, "Guest umbrellas": 12}
CHECK_SHARE = 0.97  # each checklist item ticked
DISCREPANCY_SHARE = 0.06
REMARK_SHARE = 0.3
REMARKS = {
    "zh": (
        "交接正常，无遗留问题。",
        "1208房客人明早叫醒服务，已登记。",
        "打印机卡纸，已联系IT。",
        "夜班大堂较安静。",
    ),
    "ru": (
        "Смена прошла спокойно, замечаний нет.",
        "Гость 1512 просил поздний выезд — согласовано с менеджером.",
        "Закончилась бумага для принтера, заявка подана.",
    ),
    "en": (
        "All quiet; nothing outstanding.",
        "Group check-in tomorrow 10:00, keys pre-encoded.",
        "Card encoder slow; engineering informed.",
        "Taxi account slips handed to accounts.",
    ),
}
DISCREPANCY_NOTES = {
    "zh": "已报告值班经理",
    "ru": "Сообщено дежурному менеджеру",
    "en": "Reported to the duty manager",
}


def on_roster(shift: Shift) -> tuple[int, ...]:
    """Everyone the roster has on the shift, in the roster's order (its clerks, then the
    supervisor of a day shift): whom the duty services name for it."""
    clerks = tuple(sorted(shift.rostered, key=CLERKS.index))
    return clerks + ((shift.supervisor,) if shift.supervisor is not None else ())


class Handovers:
    """Queues a handover at each shift change into the log generator's queue; writes them."""

    def __init__(self, host: Host, event_kind: int) -> None:
        self.host = host
        self.event_kind = event_kind
        state = host.rng.getstate()[1]
        self.rng = random.Random(f"handover {state[:8]}")
        self.count = 0
        self.late_incoming = 0  # lines "incoming clerk not arrived"
        with host.desk.db.read() as conn:
            self.num = conn.execute(select(func.max(handover.c.num))).scalar() or 0
        setup = replace(host.desk, clock=FixedClock(host.start - timedelta(hours=1)))
        self.policy = handover_commands.set_policy(
            setup,
            host.manager,
            HandoverPolicy(
                property_name=PROPERTY_NAME,
                shift_starts=(time(DAY_START_HOUR), time(NIGHT_START_HOUR)),
            ),
        )

    def plan(self, shift: Shift) -> None:
        """The shift's handover at its end, if it is done before the clock: the outgoing clerk
        begins the sheet a few minutes before the change, naming the rostered incoming clerk,
        who accepts it at the change. When that clerk is late or does not come, the program's
        line "incoming clerk not arrived" is written at the change plus the grace time, and the
        sheet is accepted by the late clerk on arrival, or by a colleague of the incoming shift."""
        r = self.rng
        nxt = self.host.calendar.next_shift(shift)
        outgoing = shift.clerks[0]
        expected = nxt.rostered[0] if nxt.rostered else nxt.clerks[0]
        begun = shift.end - timedelta(minutes=r.uniform(3, 12))
        handed = begun + timedelta(minutes=r.uniform(2, 5))
        grace_end = nxt.start + timedelta(minutes=GRACE_MINUTES)
        late = nxt.arrival(expected)
        if expected not in nxt.clerks:  # the no-show: a colleague there on time accepts
            present = [c for c in nxt.clerks if c != outgoing and nxt.arrival(c) is None]
            incoming = present[0] if present else next(c for c in nxt.clerks if c != outgoing)
            accepted = grace_end + timedelta(minutes=r.uniform(2, 8))
        elif late is not None:
            incoming = expected
            accepted = max(handed, nxt.start + timedelta(minutes=late))
            accepted += timedelta(minutes=r.uniform(3, 8))
        else:
            incoming = expected
            accepted = handed + timedelta(minutes=r.uniform(1, 4))
        if incoming == outgoing:  # pragma: no cover - the roster's rest rule keeps them apart
            incoming = next(c for c in nxt.clerks if c != outgoing)
        if self.host.start <= shift.start and accepted < self.host.now:
            rostered = tuple(c for c in on_roster(nxt) if c != outgoing)
            data = (shift, outgoing, incoming, rostered, handed, accepted)
            self.host.push(begun, self.event_kind, data)
            if accepted > grace_end:
                at = grace_end + timedelta(minutes=r.uniform(0.5, 2))
                self.host.push(at, self.event_kind, (NOT_ARRIVED, nxt, outgoing))

    def apply(self, batch: Batch, at: datetime, data: tuple[Any, ...]) -> None:
        if data[0] == NOT_ARRIVED:
            self.not_arrived(batch, at, *data[1:])
            return
        r = self.rng
        shift, outgoing, incoming, rostered, handed_at, accepted_at = data
        out_id, in_id = self.host.people[outgoing], self.host.people[incoming]
        draft = self.draft(outgoing)
        # The roster's incoming clerks, as ``start_handover`` keeps them in the sheet's draft.
        draft = replace(
            draft, rostered=tuple((self.host.people[c], DEMO_ACCOUNTS[c].name) for c in rostered)
        )
        self.num += 1
        batch.w.actor = out_id
        row = handover_writes.write_handover(
            batch.conn,
            batch.w,
            num=self.num,
            station=batch.station,
            shift_start=shift.start,
            shift_end=shift.end,
            outgoing_id=out_id,
            incoming_id=in_id,
            draft=draft,
            at=at,
        )
        handover_writes.write_signature(
            batch.conn,
            batch.w,
            handover_id=row["id"],
            person_id=out_id,
            meaning=Meaning.HANDED_OVER,
            signature=make_signature(r),
            at=handed_at,
        )
        changes = {"version": row["version"] + 1, "state": HandoverState.HANDED_OVER.value}
        row = update_journaled(batch.conn, batch.w, handover, row, changes, handed_at)
        batch.w.actor = in_id
        handover_writes.write_signature(
            batch.conn,
            batch.w,
            handover_id=row["id"],
            person_id=in_id,
            meaning=Meaning.ACCEPTED,
            signature=make_signature(r),
            at=accepted_at,
        )
        view = HandoverView(
            id=row["id"],
            num=row["num"],
            station=batch.station,
            shift_start=shift.start,
            shift_end=shift.end,
            outgoing_id=out_id,
            outgoing_name=DEMO_ACCOUNTS[outgoing].name,
            incoming_id=in_id,
            incoming_name=DEMO_ACCOUNTS[incoming].name,
            state=HandoverState.HANDED_OVER,
            draft=draft,
            seal=None,
            sealed_at=None,
            version=row["version"],
        )
        handover_writes.write_seal(
            batch.conn,
            batch.w,
            row=row,
            view=view,
            sections=self.sections(batch, shift, draft, accepted_at),
            policy=self.policy,
            incoming_id=in_id,
            at=accepted_at,
        )
        self.count += 1

    def not_arrived(self, batch: Batch, at: datetime, nxt: Shift, outgoing: int) -> None:
        """The program's line when nobody has accepted the sheet by the change plus the grace
        time (值班人不得离岗), as ``services.roster.duty.record_not_arrived`` writes it in the
        outgoing clerk's session: an important note naming the rostered incoming clerks and whom
        to call (the supervisor rostered on the shift, else that day's, else both)."""
        day = nxt.key[0]
        on_day = self.host.calendar.shift_for(day, "day").supervisor
        call = [nxt.supervisor] if nxt.supervisor is not None else [on_day]
        call = [s for s in call if s is not None] or list(SUPERVISORS)
        said = line(
            "roster.incoming_not_arrived",
            incoming=", ".join(DEMO_ACCOUNTS[c].name for c in on_roster(nxt)),
            start=nxt.start,
            call=", ".join(DEMO_ACCOUNTS[s].name for s in call),
        )
        batch.entry(
            replace(program_entry(category=Category.NOTE, line=said), important=True),
            author_id=self.host.people[outgoing],
            at=at,
            num=self.host.next_log_num(at),
        )
        self.late_incoming += 1

    # --- the sheet ---------------------------------------------------------------------------

    def draft(self, person: int) -> Draft:
        r = self.rng
        lang = DEMO_ACCOUNTS[person].lang
        counts = dict(EXPECTED_COUNTS)
        discrepancies: tuple[Discrepancy, ...] = ()
        if r.random() < DISCREPANCY_SHARE:
            item = r.choice(sorted(counts))
            expected = counts[item]
            found = max(0, expected - r.randint(1, 3 if item != "Cash float" else 50))
            counts[item] = found
            discrepancies = (Discrepancy(item, str(expected), str(found), DISCREPANCY_NOTES[lang]),)
        checklist = {item: r.random() < CHECK_SHARE for item in self.policy.checklist}
        remarks = r.choice(REMARKS[lang]) if r.random() < REMARK_SHARE else ""
        return Draft(
            counts=counts, checklist=checklist, discrepancies=discrepancies, remarks=remarks
        )

    def sections(
        self, batch: Batch, shift: Shift, draft: Draft, now: datetime
    ) -> tuple[Section, ...]:
        """The sheet's sections, as ``compile_sections`` lays them out: the shift's log entries,
        its lost-and-found lines and the complaints received in it read in the batch transaction
        by the duty report's queries (``log_sections``, ``complaint_section``); the keys out from
        the key book's register in memory."""
        log_part, lostfound_part = log_sections(batch.conn, shift.start, shift.end)
        out = sorted(
            (k for k in self.host.keys.rows.values() if k["state"] == KeyState.OUT.value),
            key=lambda k: (k["hook_row"], k["hook_col"], k["code"]),
        )
        items = self.policy.count_items
        checks = self.policy.checklist
        sections: list[Section] = [
            replace(log_part, key="log"),  # the duty report's "duty_log", as the sheet names it
            complaint_section(batch.conn, shift.start, shift.end, now),
            lostfound_part,
            Section(
                "keys_out",
                ("code", "label", "holder", "since", "expected_back"),
                tuple(
                    (k["code"], k["label"], k["holder_name"], k["out_since"], k["expected_back"])
                    for k in out
                ),
                flagged=tuple(
                    i
                    for i, k in enumerate(out)
                    if k["expected_back"] is not None and k["expected_back"] < now
                ),
            ),
            Section(
                "counts",
                counting.COUNT_COLUMNS,
                *counting.count_rows(items, draft.counts, draft.not_counted, EXPECTED_COUNTS),
            ),
            Section(
                "checklist",
                ("item", "ok"),
                tuple((item, draft.checklist.get(item, False)) for item in checks),
                flagged=tuple(
                    i for i, item in enumerate(checks) if not draft.checklist.get(item, False)
                ),
            ),
            Section(
                "discrepancies",
                ("what", "expected", "found", "note"),
                tuple((d.what, d.expected, d.found, d.note) for d in draft.discrepancies),
                flagged=tuple(range(len(draft.discrepancies))),
            ),
            Section("remarks", ("text",), ((draft.remarks,),) if draft.remarks else ()),
        ]
        return tuple(sections)

    def result(self) -> dict[str, Any]:
        return {"handovers": self.count, "incoming_not_arrived": self.late_incoming}
