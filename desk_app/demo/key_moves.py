"""The demo key book's movements: a key issued (to a clerk, a member of staff or an outsider,
for a loan, a radio for the shift, a master key), given back (on time or late, sometimes with a
note), reported lost or damaged and restored, and the board counted at a handover. ``Keys`` (in
``demo.keys``) plans them and takes these methods in; the event kinds are named here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desk_app.demo.accounts import DEMO_ACCOUNTS, MANAGER
from desk_app.demo.batch import Batch
from desk_app.demo.shifts import Shift
from desk_app.demo.texts.key_jobs import (
    COMPANIES,
    CONTRACTOR_DOCS,
    COUNT_RETURN_NOTES,
    DAMAGED_REASONS,
    GUEST_DOCS,
    LATE_NOTES,
    LOST_REASONS,
    MASTER_PURPOSES,
    RADIO_SHIFT_PURPOSE,
    RESTORE_REASONS,
    RETURN_NOTES,
    Job,
)
from desk_app.demo.texts.key_rates import (
    COUNT_DISCREPANCY_SHARE,
    LATE_SHARE,
    LOST_FOUND_DAYS,
    LOST_SHARE,
    MASTER_BY_MANAGER_SHARE,
    MISHAP_EVERY_DAYS,
    OVERDUE_SHARE,
    OVERDUE_WINDOW_HOURS,
    OWN_LOAN_SHARE,
    REPAIR_DAYS,
    RETURN_NOTE_SHARE,
)
from desk_app.demo.texts.words import LANGS, LOCATIONS
from desk_app.domain import keys as rules
from desk_app.domain.keys import KeyState, Movement
from desk_app.services.keys import writes as keys_writes

# Event kinds of this book (the first element of an event's data).
LOAN, RADIO, MASTER, BACK, RESTORE, COUNT, RETIRE = (
    "loan",
    "radio",
    "master",
    "back",
    "restore",
    "count",
    "retire",
)
ROUND = 5 * 60  # expected-back times are whole five minutes


def round_up(t: datetime) -> datetime:
    seconds = t.timestamp()
    return t + timedelta(seconds=(-seconds) % ROUND)


@dataclass
class Loan:
    """A loan the generator remembers: what happens when it ends."""

    issue_id: str
    job: str


class KeyMoves:
    """What happens to a key once it is on the board; ``Keys`` provides the rest."""

    def issue(
        self,
        batch: Batch,
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
        new = keys_writes.write_issue(
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
        self.loans[code] = Loan(new["issue_id"], job)
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

    def loan(self, batch: Batch, at: datetime, job: Job) -> None:
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
        expected = round_up(at + timedelta(minutes=r.uniform(*job.minutes)))
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

    def radio(self, batch: Batch, at: datetime, person: int, shift: Shift) -> None:
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

    def master(self, batch: Batch, at: datetime, shift: Shift) -> None:
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
        expected = min(round_up(at + timedelta(minutes=r.uniform(20, 240))), limit)
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
        self.push(back, (BACK, code, self.loans[code].issue_id, outcome, late, returner))

    def back(
        self,
        batch: Batch,
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
        self.rows[code] = keys_writes.write_return(
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
        self, batch: Batch, at: datetime, code: str, kind: Movement, person: int, lang: str
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
        self.rows[code] = keys_writes.write_report(
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
        self.push(when, (RESTORE, code, (kind.value, supervisor)))

    def restore(self, batch: Batch, at: datetime, code: str, detail: tuple[str, int]) -> None:
        """Found or repaired: a supervisor puts it back on its hook."""
        r = self.rng
        kind, supervisor = detail
        key = self.rows[code]
        if key["state"] != KeyState.OFF.value:  # pragma: no cover - a planning bug
            return
        lang = self.lang(supervisor)
        place = r.choice(LOCATIONS[lang])
        reason = r.choice(RESTORE_REASONS[kind][lang]).format(place=place)
        self.rows[code] = keys_writes.write_restore(
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

    def count(self, batch: Batch, at: datetime, shift: Shift) -> None:
        r = self.rng
        person = shift.first_in
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
                    (BACK, code, self.loans[code].issue_id, "count", False, person),
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
        row = keys_writes.write_count(
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
