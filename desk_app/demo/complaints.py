"""The demo's complaint register: how many guests complain in a shift, and each complaint's life.

A complaint is taken at the desk (``intake``) and its whole life is planned there and then
(``lifecycle``): acknowledged, assigned, escalated, replied, resolved with or without
compensation, the follow-up call, sometimes reopened, closed. Each planned step is queued as an
event and written when its time comes (``complaint_step``), by whoever is on duty then. The
generator in ``desk_app.demo.generator`` takes these methods in as a mixin, so they share its random
generator, its counters and its event queue, and the random draws stay in the same order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desk_app.demo.accounts import DEMO_ACCOUNTS, MANAGER, SUPERVISORS
from desk_app.demo.batch import STEP, Batch
from desk_app.demo.lines import Slots, Texts
from desk_app.demo.shifts import Shift, local_time, shift_end
from desk_app.demo.texts.complaints import (
    ACK_SHARE,
    ASSIGN_SHARE,
    CHANNEL_WEIGHTS,
    COMPENSATION_KINDS,
    COMPENSATION_SHARE,
    COMPLAINT_CATEGORY_WEIGHTS,
    COMPLAINT_DEMANDS,
    COMPLAINT_FRAMES,
    COMPLAINT_PROBLEMS,
    COMPLAINT_REPLIES,
    COMPLAINTS_DAY_MEAN,
    COMPLAINTS_NIGHT_MEAN,
    DEFAULT_SEVERITY_WEIGHTS,
    DEMAND_FORMS,
    EMAIL_HOSTS,
    EMAIL_NAMES,
    END,
    EXTRA_ESCALATION_SHARE,
    FEELINGS,
    FORGET_COMPLAINT_SHARE,
    KINDS_BY_CATEGORY,
    LARGE_COMPENSATION_SHARE,
    LATE_SHARE,
    REACHED_SHARE,
    REOPEN_SHARE,
    SATISFACTION_LATE,
    SATISFACTION_ON_TIME,
    SEVERITY_WEIGHTS,
    SKIP_REPLY_SHARE,
    STEP_NOTES,
)
from desk_app.demo.texts.log import DAY_HOURS, NIGHT_HOURS
from desk_app.domain.complaints import Action, Severity, Status, from_cents, validate_intake

# Follow-ups and complaints opened this close to "now" are sometimes left open (a few of them
# overdue).
FORGETTABLE = timedelta(hours=24)


@dataclass
class _PlannedStep:
    at: datetime
    action: Action
    detail: Any = None  # escalate: the note's kind; follow_up: (reached, score); resolve: "again"


@dataclass
class Complaint:
    """What the generator remembers of a complaint until it is closed."""

    id: str
    lang: str
    category: str
    severity: Severity
    room: str
    received_at: datetime
    promised_at: datetime
    version: int
    status: Status
    compensation: Decimal = Decimal("0.00")
    kind: str | None = None
    needs_authority: bool = False
    assignee: int | None = None
    escalated_to: int | None = None
    reopened: bool = False
    first_reply_at: datetime | None = None


def _calling_hours(t: datetime, r: random.Random) -> datetime:
    """The same moment if it is between 09:00 and 21:00 local time, else the next 09:00-11:00."""
    local = t.astimezone()
    if 9 <= local.hour < 21:
        return t
    day = local.date() if local.hour < 9 else local.date() + timedelta(days=1)
    return local_time(day, 9) + timedelta(minutes=r.uniform(0, 120))


class ComplaintsMixin:
    """The generator's complaint methods; ``Generator`` in ``desk_app.demo.generator`` provides the rest."""

    if TYPE_CHECKING:  # what the methods use of the generator
        rng: random.Random
        texts: Texts
        people: list[str]
        start: datetime
        now: datetime
        counts: dict[str, int]
        complaint_num: int
        complaints: dict[str, Complaint]
        limit: Decimal

        def push(self, at: datetime, kind: int, data: Any) -> None: ...

        def lang_for(self, person: int) -> str: ...

        def author(self, shift: Shift, at: datetime, manager_today: bool) -> int: ...

        def next_log_num(self, at: datetime) -> int: ...

        def on_duty(self, at: datetime) -> Shift: ...

    def complaint_times(self, shift: Shift) -> list[datetime]:
        r = self.rng
        day, kind = shift.key
        mean = COMPLAINTS_DAY_MEAN if kind == "day" else COMPLAINTS_NIGHT_MEAN
        if day.month in (7, 8, 10, 12):  # a full house complains more
            mean *= 1.1
        count = max(0, round(r.gauss(mean, mean * 0.3)))
        hours = DAY_HOURS if kind == "day" else NIGHT_HOURS
        span = (shift.end - shift.start).total_seconds() / len(hours)
        picks = r.choices(range(len(hours)), weights=hours, k=count)
        times = sorted(shift.start + timedelta(seconds=(h + r.random()) * span) for h in picks)
        return [t for t in times if self.start <= t < self.now]

    def intake(self, batch: Batch, at: datetime, shift: Shift) -> None:
        """A guest complains: the complaint is taken, and the rest of its life planned."""
        r = self.rng
        person = self.author(shift, at, manager_today=False)
        lang = self.lang_for(person)
        category = r.choices(
            list(COMPLAINT_CATEGORY_WEIGHTS), weights=list(COMPLAINT_CATEGORY_WEIGHTS.values())
        )[0]
        severity = r.choices(
            ("low", "medium", "high"),
            weights=SEVERITY_WEIGHTS.get(category, DEFAULT_SEVERITY_WEIGHTS),
        )[0]
        channel = r.choices(list(CHANNEL_WEIGHTS), weights=list(CHANNEL_WEIGHTS.values()))[0]
        at_local = at.astimezone()
        slots = Slots(self.texts, lang, at_local)
        room = self.texts.room() if r.random() < 0.9 else ""
        if room:
            slots["room"] = room
        guest = self.texts.party(lang)
        slots["guest"] = guest
        frames = [f for f in COMPLAINT_FRAMES[lang][channel] if room or "{room}" not in f]
        frames = frames or [f for f in COMPLAINT_FRAMES[lang]["email"]]
        slots["problem"] = r.choice(COMPLAINT_PROBLEMS[lang][category]).format_map(slots)
        text = r.choice(frames).format_map(slots)
        if r.random() < 0.45:
            text += DEMAND_FORMS[lang].format(demand=r.choice(COMPLAINT_DEMANDS[lang]))
        else:
            text += END[lang]
        if channel in ("email", "online"):
            contact = (
                f"{r.choice(EMAIL_NAMES[lang])}{r.randint(1, 99)}@{r.choice(EMAIL_HOSTS[lang])}"
            )
            received = at - timedelta(minutes=r.uniform(3, 180))
        else:
            contact = self.texts.slot("phone", lang, at_local, slots) if r.random() < 0.6 else ""
            received = at - timedelta(minutes=r.uniform(0.3, 8))
        promised = self.promise(at, severity)
        draft = validate_intake(
            received_at=received,
            channel=channel,
            guest_name=guest,
            room=room,
            contact=contact,
            category=category,
            severity=severity,
            text=text,
            promised_at=promised,
            now=at,  # a historical complaint is validated as of its own time
        )
        row = batch.intake(
            draft,
            actor_id=self.people[person],
            at=at,
            num=self.complaint_num,
            log_num=self.next_log_num(at),
        )
        self.complaint_num += 1
        c = Complaint(
            id=row["id"],
            lang=lang,
            category=category,
            severity=Severity(severity),
            room=room,
            received_at=received,
            promised_at=promised,
            version=row["version"],
            status=Status(row["status"]),
        )
        self.complaints[c.id] = c
        self.counts["complaints"] += 1
        for step in self.lifecycle(c, at):
            self.push(step.at, STEP, (c, step))

    def promise(self, at: datetime, severity: str) -> datetime:
        """The quick choices of the intake form: +30 min, +1 h, +2 h, end of shift, tomorrow 10:00."""
        r = self.rng
        weights = (40, 35, 15, 5, 5) if severity == "high" else (18, 27, 25, 12, 18)
        choice = r.choices(range(5), weights=weights)[0]
        if choice < 3:
            return at + timedelta(minutes=(30, 60, 120)[choice])
        if choice == 3:
            end = shift_end(at)
            return end if end - at > timedelta(minutes=30) else at + timedelta(hours=1)
        local = at.astimezone()
        return local_time(local.date() + timedelta(days=1), 10)

    def lifecycle(self, c: Complaint, t0: datetime) -> list[_PlannedStep]:
        """The steps this complaint will take, in time order, with what each will say and do."""
        r = self.rng
        high = c.severity is Severity.HIGH
        steps: list[_PlannedStep] = []
        t = t0

        def add(action: Action, gap_min: tuple[float, float], detail: Any = None) -> None:
            nonlocal t
            t = t + timedelta(minutes=r.uniform(*gap_min))
            steps.append(_PlannedStep(t, action, detail))

        # Compensation: most complaints are settled with an apology; a few cost the house.
        cents = 0
        kind = None
        if r.random() < COMPENSATION_SHARE[c.category]:
            if r.random() < LARGE_COMPENSATION_SHARE:
                cents = r.randrange(600, 3001, 50) * 100
            else:
                cents = r.randrange(50, 501, 10) * 100
            kind = COMPENSATION_KINDS[c.lang][r.choice(KINDS_BY_CATEGORY[c.category])]
        c.compensation = from_cents(cents)
        c.kind = kind
        above = c.compensation > self.limit
        c.needs_authority = high or above
        late_escalation = False
        early_escalation = None
        if high and r.random() < 0.92:
            early_escalation = "escalate_high"
        elif above:
            if r.random() < 0.45:
                early_escalation = "escalate_authority"
            else:
                late_escalation = True
        elif r.random() < EXTRA_ESCALATION_SHARE:
            early_escalation = "escalate_other"

        acked = r.random() < ACK_SHARE
        if acked:
            add(Action.ACKNOWLEDGE, (0.5, 12))
        if r.random() < ASSIGN_SHARE:
            add(Action.ASSIGN, (3, 45))
        if early_escalation:
            add(Action.ESCALATE, (2, 30), early_escalation)
        skip_reply = not late_escalation and r.random() < SKIP_REPLY_SHARE
        if not steps and skip_reply:
            add(Action.ACKNOWLEDGE, (0.5, 12))  # resolving needs the complaint taken up first
        if self.now - t0 < FORGETTABLE and r.random() < FORGET_COMPLAINT_SHARE:
            return steps  # not answered yet: open at the desk, overdue once the promise passes

        late = r.random() < (LATE_SHARE / 2 if high else LATE_SHARE)
        lo = t + timedelta(minutes=2)
        if late:
            first = max(lo, c.promised_at + timedelta(minutes=r.uniform(10, 360)))
        else:
            hi = c.promised_at - timedelta(minutes=1)
            first = lo + (hi - lo) * r.betavariate(1.2, 2.5) if hi > lo else lo
        t = first
        if skip_reply:
            steps.append(_PlannedStep(t, Action.RESOLVE))
        else:
            steps.append(_PlannedStep(t, Action.REPLY))
            if late_escalation:
                add(Action.ESCALATE, (10, 120), "escalate_authority")
            hours = min(72.0, max(10 / 60, r.expovariate(1 / 4)))
            add(Action.RESOLVE, (hours * 60, hours * 60))

        # The follow-up call (回访) in calling hours, a few hours to a day and a half later.
        reached = r.random() < REACHED_SHARE
        score = None
        if reached:
            weights = SATISFACTION_LATE if late else SATISFACTION_ON_TIME
            score = r.choices((1, 2, 3, 4, 5), weights=weights)[0]
            if cents and score < 5 and r.random() < 0.3:
                score += 1
        t = _calling_hours(t + timedelta(minutes=r.uniform(120, 30 * 60)), r)
        steps.append(_PlannedStep(t, Action.FOLLOW_UP, (reached, score)))
        if score is not None and score <= 2 and r.random() < REOPEN_SHARE:
            add(Action.REOPEN, (10, 120))
            t = _calling_hours(t + timedelta(minutes=r.uniform(60, 20 * 60)), r)
            steps.append(_PlannedStep(t, Action.RESOLVE, "again"))
            t = _calling_hours(t + timedelta(minutes=r.uniform(120, 30 * 60)), r)
            steps.append(_PlannedStep(t, Action.FOLLOW_UP, (True, r.choice((3, 4, 4, 5)))))
        add(Action.CLOSE, (1, 90))
        return steps

    def complaint_actor(self, c: Complaint, action: Action, at: datetime) -> int:
        """Who takes the step: someone on duty, the person it was given to, or a supervisor."""
        r = self.rng
        shift = self.on_duty(at)
        sup = shift.supervisor
        on_duty = (*shift.clerks, *(() if sup is None else (sup,)))
        if action is Action.RESOLVE and (
            c.needs_authority or c.escalated_to is not None or c.reopened
        ):
            if c.escalated_to is not None and (c.escalated_to in on_duty or sup is None):
                return c.escalated_to
            return sup if sup is not None else r.choice(SUPERVISORS)
        if action is Action.REOPEN:
            if sup is not None:
                return sup
            return c.escalated_to if c.escalated_to is not None else r.choice(SUPERVISORS)
        if action is Action.CLOSE and sup is not None and r.random() < 0.35:
            return sup
        if (
            action in (Action.REPLY, Action.RESOLVE, Action.FOLLOW_UP)
            and c.assignee is not None
            and c.assignee in on_duty
        ):
            return c.assignee
        return r.choice(shift.clerks)

    def complaint_step(self, batch: Batch, at: datetime, c: Complaint, step: _PlannedStep):
        r = self.rng
        lang = c.lang
        notes = STEP_NOTES[lang]
        action = step.action
        person = self.complaint_actor(c, action, at)
        kwargs: dict[str, Any] = {}
        slots = Slots(self.texts, lang, at.astimezone())
        if c.room:
            slots["room"] = c.room
        if action is Action.ACKNOWLEDGE:
            promised = c.promised_at.astimezone()
            hm = f"{promised:%H:%M}"
            if promised.date() != at.astimezone().date():
                hm = notes["tomorrow"][0].format(hm=hm)
            note = r.choice(notes["acknowledge"]).format(promise=hm)
        elif action is Action.ASSIGN:
            shift = self.on_duty(at)
            x = r.random()
            colleagues = [p for p in shift.clerks if p != person]
            if x < 0.25 and shift.supervisor is not None:
                assignee = shift.supervisor
            elif x < 0.8 and colleagues:
                assignee = r.choice(colleagues)
            else:
                assignee = person
            c.assignee = assignee
            kwargs["assignee_id"] = self.people[assignee]
            note = r.choice(notes["assign"]).format(who=DEMO_ACCOUNTS[assignee].short)
        elif action is Action.ESCALATE:
            sup = self.on_duty(at).supervisor
            x = r.random()
            if x < 0.1:
                target = MANAGER
            elif sup is not None and x < 0.9:
                target = sup
            else:
                target = r.choice(SUPERVISORS)
            c.escalated_to = target
            kwargs["escalate_to_id"] = self.people[target]
            note = r.choice(notes[step.detail]).format(who=DEMO_ACCOUNTS[target].short)
            self.counts["escalated"] += 1
        elif action is Action.REPLY:
            reply = r.choice(COMPLAINT_REPLIES[lang][c.category]).format_map(slots)
            note = r.choice(notes["reply"]).format(reply=reply)
        elif action is Action.RESOLVE:
            reply = r.choice(COMPLAINT_REPLIES[lang][c.category]).format_map(slots)
            outcome = r.choice(notes["outcome"]).format(reply=reply)
            amount, kind = c.compensation, c.kind
            if step.detail == "again":  # after reopening: the supervisor adds a goodwill gesture
                amount += from_cents(r.randrange(100, 301, 50) * 100)
                kind = kind or COMPENSATION_KINDS[lang][2]  # a voucher
            if amount:
                outcome += {"zh": "；", "ru": "; ", "en": "; "}[lang] + notes["compensation"][
                    0
                ].format(kind=kind, amount=f"{amount:.0f}")
                kwargs.update(compensation=str(amount), compensation_kind=kind)
            kwargs["outcome"] = outcome
            # A supervisor settling above the limit has typed their PIN at the desk.
            kwargs["pin_confirmed"] = True
            note = r.choice(notes["resolve"]).format(outcome=outcome)
        elif action is Action.FOLLOW_UP:
            reached, score = step.detail
            kwargs.update(reached=reached, satisfaction=score)
            if reached:
                note = r.choice(notes["reached"]).format(
                    feeling=FEELINGS[lang][score - 1], score=score
                )
            else:
                note = r.choice(notes["not_reached"])
        elif action is Action.CLOSE:
            note = r.choice(notes["close"])
        else:
            c.reopened = True
            self.counts["reopened"] += 1
            note = r.choice(notes["reopen"])
            # A reopened complaint is promised a reply anew, as the intake form's "+2 h".
            kwargs["promised_at"] = at + timedelta(hours=2)
            c.promised_at = kwargs["promised_at"]
        row = batch.step(
            c.id,
            action,
            expected_version=c.version,
            actor_id=self.people[person],
            role=DEMO_ACCOUNTS[person].role,
            at=at,
            note=note,
            limit=self.limit,
            log_num=self.next_log_num(at),
            **kwargs,
        )
        c.version = row["version"]
        c.status = Status(row["status"])
        self.counts["complaint_steps"] += 1
        if action is Action.RESOLVE and row["compensation_cents"]:
            self.counts["compensated"] += 1
        if action in (Action.REPLY, Action.RESOLVE) and c.first_reply_at is None:
            c.first_reply_at = at
            if at > c.promised_at:
                self.counts["late_replies"] += 1
        if c.status is Status.CLOSED:
            del self.complaints[c.id]
