"""The demo's key book: the board, loans and returns, master keys, losses, counts at handover.

The duty-log generator (``desk_app.demo``) owns the timeline; this one plans each shift's loans,
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
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desk_app.demo import _Batch, _local, _Shift, _shift_for, _Texts
from desk_app.demo_accounts import DEMO_ACCOUNTS, MANAGER
from desk_app.demo_keys_texts import (
    BOARD_COLS,
    BOARD_ROWS,
    COMPANIES,
    CONTRACTOR_DOCS,
    COUNT_DISCREPANCY_SHARE,
    COUNT_RETURN_NOTES,
    DAMAGED_REASONS,
    FIRST_MISHAP_DAYS,
    GUEST_DOCS,
    JOBS,
    LANG_OWN_SHARE,
    LATE_NOTES,
    LATE_SHARE,
    LOANS_DAY_SHIFT,
    LOANS_NIGHT_SHIFT,
    LOST_FOUND_DAYS,
    LOST_REASONS,
    LOST_SHARE,
    MASTER_BY_MANAGER_SHARE,
    MASTER_LOANS_PER_SHIFT,
    MASTER_PURPOSES,
    MISHAP_EVERY_DAYS,
    OVERDUE_AT_END,
    OVERDUE_SHARE,
    OVERDUE_WINDOW_HOURS,
    OWN_LOAN_SHARE,
    RADIO_SHIFT_PURPOSE,
    REGISTER,
    REPAIR_DAYS,
    RESTORE_REASONS,
    RETURN_NOTE_SHARE,
    RETURN_NOTES,
    SUPERVISOR_ISSUES_SHARE,
    WEEKEND_FACTOR,
    Job,
    KeySpec,
)
from desk_app.demo_staff import Directory
from desk_app.demo_texts import DAY_HOURS, LANGS, LOCATIONS, NIGHT_HOURS
from desk_app.domain import keys as rules
from desk_app.domain.clock import FixedClock
from desk_app.domain.keys import KeyState, Movement
from desk_app.services import keys as key_service
from desk_app.store.journal import insert_journaled, update_journaled
from desk_app.store.tables import key_asset, key_movement
from desk_app.store.types import new_id

if TYPE_CHECKING:
    from desk_app.demo import _Generator

# Event kinds of this book (the first element of an event's data).
_LOAN, _RADIO, _MASTER, _BACK, _RESTORE, _COUNT, _RETIRE = (
    "loan",
    "radio",
    "master",
    "back",
    "restore",
    "count",
    "retire",
)
_TICK = timedelta(seconds=1)
_ROUND = 5 * 60  # expected-back times are whole five minutes
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


def _round_up(t: datetime) -> datetime:
    seconds = t.timestamp()
    return t + timedelta(seconds=(-seconds) % _ROUND)


def hook_of(index: int) -> tuple[int, int]:
    """The board is filled row by row, 16 hooks a row."""
    row, col = divmod(index, BOARD_COLS)
    assert row < BOARD_ROWS, "the register is larger than the board"
    return row + 1, col + 1


@dataclass
class _Loan:
    """A loan the generator remembers: what happens when it ends."""

    issue_id: str
    job: str


class Keys:
    """Plans the key book shift by shift into the log generator's queue; writes its events."""

    def __init__(self, host: _Generator, event_kind: int) -> None:
        self.host = host
        self.event_kind = event_kind
        state = host.rng.getstate()[1]
        self.rng = random.Random(f"keys {state[:8]}")
        self.texts = _Texts(self.rng)
        self.counts: Counter[str] = Counter()
        self.clock = host.start
        self.rows: dict[str, dict[str, Any]] = {}  # code -> the key's row as stored
        self.specs: dict[str, KeySpec] = {}
        self.pools: dict[str, list[str]] = defaultdict(list)
        self.loans: dict[str, _Loan] = {}  # code -> the loan running
        self.next_mishap = host.start + timedelta(days=self.rng.uniform(*FIRST_MISHAP_DAYS))
        self.overdue_left = OVERDUE_AT_END
        with host.desk.db.read() as conn:
            self.policy = key_service.read_policy(conn)
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
            key_service.add_key(
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
                host.push(at, self.event_kind, (_RETIRE, spec.code))

    def retire(self, batch: _Batch, at: datetime, code: str) -> None:
        """Worn out: retired (it keeps its history) and a new one hung on its hook, as the
        manager does with ``update_key`` and ``add_key``."""
        key = self.rows[code]
        if key["state"] != KeyState.IN.value:  # out or off the board: try again tomorrow
            self.push(self.office_hours(at + timedelta(days=1)), (_RETIRE, code))
            return
        self.writer(batch, MANAGER)
        spec = self.specs[code]
        new = spec.replaced_by
        assert new is not None
        self.rows[code] = update_journaled(
            batch.conn,
            batch.w,
            key_asset,
            key,
            {"active": False, "version": key["version"] + 1},
            at,
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

    def plan(self, shift: _Shift) -> None:
        r = self.rng
        host = self.host
        day, kind = shift.key
        lo, hi = host.start, host.now

        def queue(at: datetime, data: tuple[Any, ...]) -> None:
            if lo <= at < hi:
                host.push(at, self.event_kind, data)

        # The incoming clerk counts the board at the handover.
        queue(shift.start + timedelta(minutes=r.uniform(0.5, 12)), (_COUNT, shift))
        # The desk's radios, for the whole shift.
        for clerk in shift.clerks:
            queue(shift.start + timedelta(minutes=r.uniform(-15, 10)), (_RADIO, clerk, shift))
        if shift.supervisor is not None:
            queue(
                shift.start + timedelta(minutes=r.uniform(40, 90)),
                (_RADIO, shift.supervisor, shift),
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
            queue(shift.start + span * (h + r.random()), (_LOAN, job))
        # Master keys: only while a supervisor is on duty.
        if kind == "day" and shift.supervisor is not None:
            for _ in range(_poisson(r, MASTER_LOANS_PER_SHIFT)):
                window = shift.end - shift.start - timedelta(hours=2.5)
                queue(shift.start + timedelta(hours=1.5) + window * r.random(), (_MASTER, shift))

    def apply(self, batch: _Batch, at: datetime, data: tuple[Any, ...]) -> None:
        self.clock = at
        what = data[0]
        if what == _LOAN:
            self.loan(batch, at, JOBS[data[1]])
        elif what == _RADIO:
            self.radio(batch, at, data[1], data[2])
        elif what == _MASTER:
            self.master(batch, at, data[1])
        elif what == _BACK:
            self.back(batch, at, *data[1:])
        elif what == _RESTORE:
            self.restore(batch, at, data[1], data[2])
        elif what == _COUNT:
            self.count(batch, at, data[1])
        elif what == _RETIRE:
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

    def writer(self, batch: _Batch, person: int) -> str:
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
        return max(t, _local(day, 10) + timedelta(minutes=r.uniform(0, 420)))

    def supervisor_slot(self, t: datetime) -> tuple[datetime, int]:
        """When a supervisor next sits at the morning review (09:30-12:00), on or after ``t``;
        and who."""
        day = t.astimezone().date()
        while True:
            shift = _shift_for(day, "day")
            at = _local(day, 9) + timedelta(minutes=self.rng.uniform(30, 180))
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

    def issue(
        self,
        batch: _Batch,
        at: datetime,
        code: str,
        *,
        issuer: int,
        holder: dict[str, Any],
        purpose: str,
        expected_back: datetime,
        job: str,
        lang: str,
    ) -> dict[str, Any]:
        key = self.rows[code]
        draft = rules.validate_issue(
            purpose=purpose,
            expected_back=expected_back,
            restricted=key["restricted"],
            policy=self.policy,
            now=at,  # a historical loan is checked as of its own time
            **holder,
        )
        new = key_service.write_issue(
            batch.conn,
            batch.w,
            key=key,
            draft=draft,
            actor_id=self.writer(batch, issuer),
            station=batch.station,
            at=at,
            num=self.next_num(),
            log_num=self.host.next_log_num(at) if key["restricted"] else None,
        )
        self.rows[code] = new
        self.loans[code] = _Loan(new["issue_id"], job)
        self.counts["loans"] += 1
        if key["restricted"]:
            self.counts["restricted_loans"] += 1
        return new

    def staff(self, person: int) -> dict[str, Any]:
        return {
            "holder_kind": "staff",
            "holder_id": self.host.people[person],
            "holder_name": DEMO_ACCOUNTS[person].name,
            "company": None,
            "id_document": None,
            "id_last_four": None,
        }

    def outsider(self, job: Job, lang: str) -> dict[str, Any]:
        r = self.rng
        if job.holder == "guest":
            guest_lang = r.choice(LANGS)
            docs = GUEST_DOCS[guest_lang]
            name, company = self.texts.party(guest_lang), ""
        else:
            docs = CONTRACTOR_DOCS
            name = self.texts.party(lang if r.random() < 0.85 else r.choice(LANGS))
            company = r.choice(COMPANIES[job.trade][lang])
        document = r.choices([d for d, _ in docs], weights=[w for _, w in docs])[0]
        return {
            "holder_kind": "outside",
            "holder_id": None,
            "holder_name": name,
            "company": company,
            "id_document": document,
            "id_last_four": f"{r.randint(0, 9999):04d}",
        }

    def loan(self, batch: _Batch, at: datetime, job: Job) -> None:
        r = self.rng
        code = self.pick(job.pools)
        if code is None:  # every such key is out: the clerk says so
            self.counts["none_free"] += 1
            return
        issuer = self.clerk(at)
        lang = self.lang(issuer)
        if job.holder == "staff":
            holder = issuer if r.random() < OWN_LOAN_SHARE else r.choice(self.on_duty(at))
            who = self.directory.taker(job.code) or self.staff(holder)
        else:
            who = self.outsider(job, lang)
        expected = _round_up(at + timedelta(minutes=r.uniform(*job.minutes)))
        self.issue(
            batch,
            at,
            code,
            issuer=issuer,
            holder=who,
            purpose=self.purpose(job.purposes[lang], code, lang, at),
            expected_back=expected,
            job=job.code,
            lang=lang,
        )
        self.plan_back(at, code, expected)

    def radio(self, batch: _Batch, at: datetime, person: int, shift: _Shift) -> None:
        """The desk's radio for the shift: the clerk signs it out to themself."""
        code = self.pick(("radio_desk",)) or self.pick(("radio_sec", "radio_hk"))
        if code is None:
            self.counts["none_free"] += 1
            return
        lang = self.lang(person)
        self.issue(
            batch,
            at,
            code,
            issuer=person,
            holder=self.staff(person),
            purpose=RADIO_SHIFT_PURPOSE[lang],
            expected_back=shift.end,
            job="radio",
            lang=lang,
        )
        if person in shift.clerks:
            back = shift.end - timedelta(minutes=self.rng.uniform(1, 25))  # at the handover
        else:  # the supervisor leaves before the evening handover
            back = shift.end - timedelta(minutes=self.rng.uniform(0, 120))
        self.plan_back(at, code, shift.end, back=back, returner=person)

    def master(self, batch: _Batch, at: datetime, shift: _Shift) -> None:
        """A master key: issued by the supervisor on duty (or the manager, in office hours),
        back within the policy's hours."""
        r = self.rng
        code = self.pick(("master",))
        if code is None:
            self.counts["none_free"] += 1
            return
        issuer = shift.supervisor
        local = at.astimezone()
        if local.weekday() < 5 and 10 <= local.hour < 17 and r.random() < MASTER_BY_MANAGER_SHARE:
            issuer = MANAGER
        assert issuer is not None
        assert self.policy.may_issue_restricted(DEMO_ACCOUNTS[issuer].role)
        holder = r.choice(shift.clerks) if r.random() < 0.6 else shift.supervisor
        limit = at + timedelta(hours=self.policy.restricted_hours)
        expected = min(_round_up(at + timedelta(minutes=r.uniform(20, 240))), limit)
        lang = self.lang(issuer)
        self.issue(
            batch,
            at,
            code,
            issuer=issuer,
            holder=self.staff(holder),
            purpose=self.purpose(MASTER_PURPOSES[lang], code, lang, at),
            expected_back=expected,
            job="master",
            lang=lang,
        )
        self.plan_back(at, code, expected, limit=limit)

    def plan_back(
        self,
        at: datetime,
        code: str,
        expected: datetime,
        *,
        back: datetime | None = None,
        limit: datetime | None = None,
        returner: int | None = None,
    ) -> None:
        """How the loan ends: back in time (mostly), late, or lost or damaged."""
        r = self.rng
        host = self.host
        outcome = "return"
        late = False
        if back is None:
            back = at + (expected - at) * r.uniform(0.3, 1.0)
        if r.random() < LATE_SHARE:
            late_back = expected + timedelta(minutes=r.uniform(10, 240))
            if limit is not None:  # a restricted key: late, but never past the limit
                late_back = min(late_back, limit - timedelta(minutes=1))
            if late_back > expected:
                back, late = late_back, True
        if limit is None and at >= self.next_mishap:
            outcome = "lost" if r.random() < LOST_SHARE else "damaged"
            self.next_mishap = at + timedelta(days=r.uniform(*MISHAP_EVERY_DAYS))
        if (
            limit is None
            and returner is None
            and self.overdue_left
            and host.now - at < timedelta(hours=OVERDUE_WINDOW_HOURS)
            and expected < host.now - timedelta(minutes=10)
            and r.random() < OVERDUE_SHARE
        ):
            # Not back yet at the desk's clock: the window shows it overdue.
            self.overdue_left -= 1
            back = host.now + timedelta(hours=r.uniform(1, 6))
        self.push(back, (_BACK, code, self.loans[code].issue_id, outcome, late, returner))

    def back(
        self,
        batch: _Batch,
        at: datetime,
        code: str,
        issue_id: str,
        outcome: str,
        late: bool,
        returner: int | None,
    ) -> None:
        r = self.rng
        key = self.rows[code]
        if key["issue_id"] != issue_id:
            return  # already taken back (found on the board at a count)
        person = returner if returner is not None else self.clerk(at, 0.1)
        if returner is not None and person not in self.on_duty(at):
            person = self.clerk(at, 0.1)
        lang = self.lang(person)
        actor_id = self.writer(batch, person)
        if outcome in ("lost", "damaged"):
            self.report(batch, at, code, Movement(outcome), person, lang)
            return
        if outcome == "count":
            note = r.choice(COUNT_RETURN_NOTES[lang])
        elif late:
            note = r.choice(LATE_NOTES[lang])
            self.counts["late"] += 1
        elif r.random() < RETURN_NOTE_SHARE:
            note = r.choice(RETURN_NOTES[lang])
        else:
            note = ""
        self.rows[code] = key_service.write_return(
            batch.conn,
            batch.w,
            key=key,
            note=note,
            actor_id=actor_id,
            station=batch.station,
            at=at,
            num=self.next_num(),
            log_num=self.host.next_log_num(at) if key["restricted"] else None,
        )
        del self.loans[code]

    # --- losses ------------------------------------------------------------------------------

    def report(
        self, batch: _Batch, at: datetime, code: str, kind: Movement, person: int, lang: str
    ) -> None:
        r = self.rng
        key = self.rows[code]
        spec = self.specs[code]
        floor = spec.floor or r.randint(2, 18)
        if kind is Movement.LOST:
            holder = "staff" if key["holder_id"] else "outside"
            place = r.choice(LOCATIONS[lang])
            reason = r.choice(LOST_REASONS[holder][lang]).format(floor=floor, place=place)
        else:
            sort = spec.key_type if spec.key_type in ("radio", "vehicle") else "key"
            reason = r.choice(DAMAGED_REASONS[sort][lang])
        self.rows[code] = key_service.write_report(
            batch.conn,
            batch.w,
            key=key,
            kind=kind,
            reason=rules.clean_reason(reason),
            actor_id=self.host.people[person],
            station=batch.station,
            at=at,
            num=self.next_num(),
            log_num=self.host.next_log_num(at),
        )
        self.loans.pop(code, None)
        self.counts[kind.value] += 1
        days = LOST_FOUND_DAYS if kind is Movement.LOST else REPAIR_DAYS
        when, supervisor = self.supervisor_slot(at + timedelta(days=r.uniform(*days)))
        self.push(when, (_RESTORE, code, (kind.value, supervisor)))

    def restore(self, batch: _Batch, at: datetime, code: str, detail: tuple[str, int]) -> None:
        """Found or repaired: a supervisor puts it back on its hook."""
        r = self.rng
        kind, supervisor = detail
        key = self.rows[code]
        if key["state"] != KeyState.OFF.value:  # pragma: no cover - a planning bug
            return
        lang = self.lang(supervisor)
        place = r.choice(LOCATIONS[lang])
        reason = r.choice(RESTORE_REASONS[kind][lang]).format(place=place)
        self.rows[code] = key_service.write_restore(
            batch.conn,
            batch.w,
            key=key,
            reason=rules.clean_reason(reason),
            actor_id=self.writer(batch, supervisor),
            station=batch.station,
            at=at,
            num=self.next_num(),
            log_num=self.host.next_log_num(at),
        )
        self.counts["restored"] += 1

    # --- the count at handover ---------------------------------------------------------------

    def count(self, batch: _Batch, at: datetime, shift: _Shift) -> None:
        r = self.rng
        person = shift.clerks[0]
        # The draw that once chose the line's wording: kept, so a seed gives the same demo.
        self.lang(person)
        present = {
            c for c, k in self.rows.items() if k["active"] and k["state"] == KeyState.IN.value
        }
        planned_mismatch = r.random() < COUNT_DISCREPANCY_SHARE
        if planned_mismatch:
            what = r.choices(("missing", "unexpected", "unknown"), weights=(4, 4, 2))[0]
            ordinary = sorted(c for c in present if not self.rows[c]["restricted"])
            out = sorted(
                c
                for c, loan in self.loans.items()
                if not self.rows[c]["restricted"] and loan.job != "radio"
            )
            if what == "unexpected" and out:
                # Hung back without a word: the clerk records the return after the count.
                code = r.choice(out)
                present.add(code)
                self.push(
                    at + timedelta(minutes=r.uniform(2, 10)),
                    (_BACK, code, self.loans[code].issue_id, "count", False, person),
                )
            elif what == "unknown" or not ordinary:
                code = r.choice(sorted(self.rows))
                typo = code.replace("-", "") if "-" in code else code + "1"
                while typo in self.rows:
                    typo += "X"
                present.add(typo)
            else:  # on a wrong hook, or in someone's pocket
                present.discard(r.choice(ordinary))
        # The next log number is used only if the count does not match.
        row = key_service.write_count(
            batch.conn,
            batch.w,
            present_codes=sorted(present),
            actor_id=self.writer(batch, person),
            station=batch.station,
            at=at,
            log_num=self.host.num,
        )
        # The register in memory is the register stored: a count is off only when planned so.
        assert row["matches"] is not planned_mismatch, (at, row)
        if not row["matches"]:
            self.host.next_log_num(at)
            self.counts["count_discrepancies"] += 1
        self.counts["board_counts"] += 1

    # --- at the end --------------------------------------------------------------------------

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
