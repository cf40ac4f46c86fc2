"""The demo's key book: the board, loans and returns, master keys, losses, counts at handover.

The duty-log generator (``desk_app.demo.generator``) owns the timeline; this one plans each shift's loans,
radios, master-key loans and the handover count into the same queue and writes each event when
the generator reaches it, in the same batch transaction, with the log numbers the generator
counts. The register (about 150 keys and other assets on a board of 10 rows of 16 hooks) is made
through ``services.keys.add_key`` as of the hour before the first shift; a few keys are retired
during the demo and replaced on the same hook, as ``update_key`` and ``add_key`` would write it.
Every movement goes through the connection-level writers of ``services.keys`` (``write_issue``,
``write_return``, ``write_report``, ``write_restore``, ``write_count``), each loan first checked by
``domain.keys.validate_issue`` as of its own time: a purpose, a time it comes back, a contractor's
or guest's identity document and its last four characters, a master key back within the policy's
hours. Restricted keys are issued only by a supervisor on duty or the manager (the use case's role
rule, which the writers leave to their caller); their issue and return, and every loss, damage and
restoration, write their duty-log entry (a message and its values, read in each reader's
language).

About 100 movements a day: the staff on duty take floor keys, linen rooms, service rooms, meeting
rooms, vehicles; contractors and guests take keys and access cards against an identity document;
the desk's radios go out for the whole shift; a few percent come back late; every two or three
months a key is lost or damaged and a supervisor puts it back on the board days later. The incoming
clerk counts the board at each handover; now and then the count does not match (a key on a wrong
hook, one hung back without its return being recorded, a mistyped code). Whatever falls after the
desk's clock stays to be done: the last hours' keys are out, one or two of them overdue.

The random generator is this module's own (derived from the log's), so adding the key book leaves
the duty log, the complaints and lost and found the same for a given seed.
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from desk_app.demo.accounts import DEMO_ACCOUNTS, MANAGER
from desk_app.demo.batch import Batch
from desk_app.demo.host import Host
from desk_app.demo.key_moves import (
    BACK,
    COUNT,
    LOAN,
    MASTER,
    RADIO,
    RESTORE,
    RETIRE,
    KeyMoves,
    Loan,
)
from desk_app.demo.lines import Texts
from desk_app.demo.shifts import Shift, local_time
from desk_app.demo.staff import Directory
from desk_app.demo.texts.key_board import BOARD_COLS, BOARD_ROWS, REGISTER, KeySpec
from desk_app.demo.texts.key_jobs import JOBS, RETIRE_NOTE
from desk_app.demo.texts.key_rates import (
    FIRST_MISHAP_DAYS,
    LANG_OWN_SHARE,
    LOANS_DAY_SHIFT,
    LOANS_NIGHT_SHIFT,
    MASTER_LOANS_PER_SHIFT,
    OVERDUE_AT_END,
    SUPERVISOR_ISSUES_SHARE,
    WEEKEND_FACTOR,
)
from desk_app.demo.texts.log import DAY_HOURS, NIGHT_HOURS
from desk_app.demo.texts.words import LANGS
from desk_app.domain import keys as rules
from desk_app.domain.clock import FixedClock
from desk_app.domain.keys import KeyState, Movement
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.services.keys import writes as keys_writes
from desk_app.store.journal import insert_journaled
from desk_app.store.tables import key_asset, key_movement
from desk_app.store.types import new_id

_TICK = timedelta(seconds=1)
_STAFF_JOBS_DAY = [j.day for j in JOBS]
_STAFF_JOBS_NIGHT = [j.night for j in JOBS]
# Retirements fall in this part of the demo's span.
_RETIRE_SPAN = (0.2, 0.8)


def _poisson(rng: random.Random, mean: float) -> int:
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def hook_of(index: int) -> tuple[int, int]:
    """The board is filled row by row, 16 hooks a row."""
    row, col = divmod(index, BOARD_COLS)
    assert row < BOARD_ROWS, "the register is larger than the board"
    return row + 1, col + 1


class Keys(KeyMoves):
    """Plans the key book shift by shift into the log generator's queue; writes its events."""

    def __init__(self, host: Host, event_kind: int) -> None:
        self.host = host
        self.event_kind = event_kind
        state = host.rng.getstate()[1]
        self.rng = random.Random(f"keys {state[:8]}")
        self.texts = Texts(self.rng)
        self.counts: Counter[str] = Counter()
        self.clock = host.start
        self.rows: dict[str, dict[str, Any]] = {}  # code -> the key's row as stored
        self.specs: dict[str, KeySpec] = {}
        self.pools: dict[str, list[str]] = defaultdict(list)
        self.loans: dict[str, Loan] = {}  # code -> the loan running
        self.next_mishap = host.start + timedelta(days=self.rng.uniform(*FIRST_MISHAP_DAYS))
        self.overdue_left = OVERDUE_AT_END
        with host.desk.db.read() as conn:
            self.policy = keys_views.read_policy(conn)
            self.num = conn.execute(select(func.max(key_movement.c.num))).scalar() or 0
        self.register()
        self.directory = Directory(host, str(state[:8]))
        self.plan_retirements()

    # --- the register ------------------------------------------------------------------------

    def label(self, index: int, spec: KeySpec) -> str:
        """Boards are labelled by whoever set them up: the three languages in turn."""
        return spec.names[index % len(LANGS)]

    def register(self) -> None:
        """The board as the manager set it up, through ``add_key``, before the first shift."""
        host = self.host
        actor = host.manager
        first = host.on_duty(host.start).start
        desk = replace(host.desk, clock=FixedClock(first - timedelta(hours=1)))
        for index, spec in enumerate(REGISTER):
            row, col = hook_of(index)
            keys_commands.add_key(
                desk,
                actor,
                code=spec.code,
                label=self.label(index, spec),
                key_type=spec.key_type,
                hook_row=row,
                hook_col=col,
                restricted=spec.restricted,
            )
            self.specs[spec.code] = spec
        with host.desk.db.read() as conn:
            for r in conn.execute(select(key_asset)):
                self.rows[r.code] = dict(r._mapping)
                self.pools[self.specs[r.code].pool].append(r.code)

    def plan_retirements(self) -> None:
        host = self.host
        span = host.now - host.start
        for spec in REGISTER:
            if spec.replaced_by is None:
                continue
            at = host.start + span * self.rng.uniform(*_RETIRE_SPAN)
            at = self.office_hours(at)
            if host.start <= at < host.now:
                host.push(at, self.event_kind, (RETIRE, spec.code))

    def retire(self, batch: Batch, at: datetime, code: str) -> None:
        """Worn out: retired with its reason (it keeps its history) and a new one hung on its
        hook, as the manager does with ``retire_key`` and ``add_key``."""
        key = self.rows[code]
        if key["state"] != KeyState.IN.value:  # out or off the board: try again tomorrow
            self.push(self.office_hours(at + timedelta(days=1)), (RETIRE, code))
            return
        spec = self.specs[code]
        new = spec.replaced_by
        assert new is not None
        self.rows[code] = keys_writes.write_retire(
            batch.conn,
            batch.w,
            key=key,
            reason=RETIRE_NOTE[DEMO_ACCOUNTS[MANAGER].lang],
            actor_id=self.writer(batch, MANAGER),
            station=batch.station,
            at=at,
            num=self.next_num(),
        )
        self.pools[spec.pool].remove(code)
        self.counts["retired"] += 1
        index = REGISTER.index(spec)
        draft = rules.validate_key(
            code=new.code,
            label=self.label(index, new),
            key_type=new.key_type,
            hook_row=key["hook_row"],
            hook_col=key["hook_col"],
            restricted=new.restricted,
        )
        row = {
            "id": new_id(),
            "code": draft.code,
            "label": draft.label,
            "key_type": draft.key_type.value,
            "hook_row": draft.hook_row,
            "hook_col": draft.hook_col,
            "restricted": draft.restricted,
            "active": True,
            "state": KeyState.IN.value,
            "holder_id": None,
            "holder_name": None,
            "out_since": None,
            "expected_back": None,
            "issue_id": None,
            "created_at": at,
            "version": 1,
        }
        insert_journaled(batch.conn, batch.w, key_asset, row, at)
        self.rows[draft.code] = row
        self.specs[draft.code] = new
        self.pools[new.pool].append(draft.code)

    # --- planning ----------------------------------------------------------------------------

    def push(self, at: datetime, data: tuple[Any, ...]) -> None:
        """Queue an event; never before the one being written (the log keeps time order)."""
        self.host.push(max(at, self.clock + _TICK), self.event_kind, data)

    def plan(self, shift: Shift) -> None:
        r = self.rng
        host = self.host
        day, kind = shift.key
        lo, hi = host.start, host.now

        def queue(at: datetime, data: tuple[Any, ...]) -> None:
            if lo <= at < hi:
                host.push(at, self.event_kind, data)

        # The incoming clerk counts the board at the handover.
        queue(shift.start + timedelta(minutes=r.uniform(0.5, 12)), (COUNT, shift))
        # The desk's radios, for the whole shift.
        for clerk in shift.clerks:
            minutes = r.uniform(-15, 10)
            late = shift.arrival(clerk)  # a late clerk takes one on arrival
            minutes = minutes if late is None else late + 2
            queue(shift.start + timedelta(minutes=minutes), (RADIO, clerk, shift))
        if shift.supervisor is not None:
            queue(
                shift.start + timedelta(minutes=r.uniform(40, 90)),
                (RADIO, shift.supervisor, shift),
            )
        # Ordinary loans over the shift's busy hours.
        mean = LOANS_DAY_SHIFT if kind == "day" else LOANS_NIGHT_SHIFT
        if day.weekday() >= 4:
            mean *= WEEKEND_FACTOR
        hours = DAY_HOURS if kind == "day" else NIGHT_HOURS
        weights = _STAFF_JOBS_DAY if kind == "day" else _STAFF_JOBS_NIGHT
        span = (shift.end - shift.start) / len(hours)
        count = max(0, round(r.gauss(mean, mean * 0.15)))
        for h in r.choices(range(len(hours)), weights=hours, k=count):
            job = r.choices(range(len(JOBS)), weights=weights)[0]
            queue(shift.start + span * (h + r.random()), (LOAN, job))
        # Master keys: only while a supervisor is on duty.
        if kind == "day" and shift.supervisor is not None:
            for _ in range(_poisson(r, MASTER_LOANS_PER_SHIFT)):
                window = shift.end - shift.start - timedelta(hours=2.5)
                queue(shift.start + timedelta(hours=1.5) + window * r.random(), (MASTER, shift))

    def apply(self, batch: Batch, at: datetime, data: tuple[Any, ...]) -> None:
        self.clock = at
        what = data[0]
        if what == LOAN:
            self.loan(batch, at, JOBS[data[1]])
        elif what == RADIO:
            self.radio(batch, at, data[1], data[2])
        elif what == MASTER:
            self.master(batch, at, data[1])
        elif what == BACK:
            self.back(batch, at, *data[1:])
        elif what == RESTORE:
            self.restore(batch, at, data[1], data[2])
        elif what == COUNT:
            self.count(batch, at, data[1])
        elif what == RETIRE:
            self.retire(batch, at, data[1])
        else:  # pragma: no cover - a planning bug
            raise ValueError(what)

    # --- helpers -----------------------------------------------------------------------------

    def lang(self, person: int) -> str:
        own = DEMO_ACCOUNTS[person].lang
        if self.rng.random() < LANG_OWN_SHARE:
            return own
        return self.rng.choice([x for x in LANGS if x != own])

    def on_duty(self, at: datetime) -> list[int]:
        shift = self.host.on_duty(at)
        return [*shift.clerks, *([shift.supervisor] if shift.supervisor is not None else [])]

    def clerk(self, at: datetime, supervisor_share: float = SUPERVISOR_ISSUES_SHARE) -> int:
        shift = self.host.on_duty(at)
        if shift.supervisor is not None and self.rng.random() < supervisor_share:
            return shift.supervisor
        return self.rng.choice(shift.clerks)

    def writer(self, batch: Batch, person: int) -> str:
        person_id = self.host.people[person]
        batch.w.actor = person_id
        return person_id

    def next_num(self) -> int:
        self.num += 1
        self.counts["movements"] += 1
        return self.num

    def pick(self, pools: tuple[str, ...]) -> str | None:
        """A key of one of these pools that hangs on the board now, at random."""
        r = self.rng
        candidates = [c for pool in pools for c in self.pools[pool]]
        if not candidates:
            return None
        for _ in range(6):  # most keys are on the board: a few draws find one
            code = r.choice(candidates)
            if self.rows[code]["state"] == KeyState.IN.value:
                return code
        free = [c for c in candidates if self.rows[c]["state"] == KeyState.IN.value]
        return r.choice(free) if free else None

    def office_hours(self, t: datetime) -> datetime:
        """The next weekday, 10:00-17:00, on or after ``t``: when the manager is in."""
        r = self.rng
        local = t.astimezone()
        day = local.date()
        if local.hour >= 10:
            day += timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return max(t, local_time(day, 10) + timedelta(minutes=r.uniform(0, 420)))

    def supervisor_slot(self, t: datetime) -> tuple[datetime, int]:
        """When a supervisor next sits at the morning review (09:30-12:00), on or after ``t``;
        and who."""
        day = t.astimezone().date()
        while True:
            shift = self.host.calendar.shift_for(day, "day")
            at = local_time(day, 9) + timedelta(minutes=self.rng.uniform(30, 180))
            if shift.supervisor is not None and at > t:
                return at, shift.supervisor
            day += timedelta(days=1)

    def purpose(self, templates: tuple[str, ...], code: str, lang: str, at: datetime) -> str:
        r = self.rng
        spec = self.specs[code]
        floor = spec.floor or r.randint(2, 18)
        suite = spec.pool == "suite"
        room = code.split("-")[1] if suite else f"{floor}{r.randint(1, 38):02d}"
        place = spec.name(lang)
        if lang == "en" and place[1:2].islower():
            place = place[0].lower() + place[1:]
        template = r.choice(templates)
        at_local = at.astimezone()
        values = {"room": room, "floor": str(floor), "place": place}
        if "{wo}" in template:
            values["wo"] = self.texts.slot("wo", lang, at_local, {})
        if "{flight}" in template:
            values["flight"] = self.texts.slot("flight", lang, at_local, {})
        text = template.format(**values)
        return text[0].upper() + text[1:]

    # --- loans -------------------------------------------------------------------------------

    def result(self) -> dict[str, int]:
        """The key book's fields of ``DemoResult``: keys out at the desk's clock, overdue ones."""
        now = self.host.now
        out = [k for k in self.rows.values() if k["state"] == KeyState.OUT.value]
        c = self.counts
        return {
            "keys": sum(1 for k in self.rows.values() if k["active"]),
            "key_movements": c["movements"],
            "keys_out": len(out),
            "keys_overdue": sum(1 for k in out if k["expected_back"] < now),
            "board_counts": c["board_counts"],
            "key_losses": c[Movement.LOST.value] + c[Movement.DAMAGED.value],
        }
