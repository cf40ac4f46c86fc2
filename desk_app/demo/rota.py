"""The demo's roster plan (排班表): who works which shift, month by month, made before anything is
written, so that every book of the demo follows it (``demo.shifts.Calendar`` asks it for each
shift's crew) and ``demo.roster`` writes it as the desk would have kept it.

Ten clerks in four mixed-language groups on a day-night-off-off rotation counted from a fixed date
(two or three clerks a shift), the two supervisors on day shifts every other day, Sundays apart.
Each month is drafted by a supervisor between the 17th and the 20th of the month before, submitted
a day or two later and approved by the manager before the 25th. Once approved, it changes only by
a request a supervisor approves: one to three leaves (each shift given away to a colleague off
that day, rested and within the month's hours: 顶班), now and then one turned down, and two to four
swaps; each change is made by the domain's own rules (``domain.roster.changes``) on the month as
it stands when decided, so no month has a warning. What happened besides the roster is planned
here too: one no-show a month (a colleague called in covers) and a few late arrivals.

Every month has its own random generator (the demo's seed and the month), so a month's plan does
not depend on the demo's length; only the first days of the demo (``since``) take no changes, as
they were decided before the program was there.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from desk_app.demo.accounts import CLERKS, DEMO_ACCOUNTS, SUPERVISORS
from desk_app.demo.shifts import Crew, local_time
from desk_app.demo.texts.roster import LEAVE_REASONS, REJECT_REASONS, SWAP_REASONS
from desk_app.domain.errors import ValidationError
from desk_app.domain.roster.changes import Swap, apply_leave, apply_swap
from desk_app.domain.roster.checks import RosterRules
from desk_app.domain.roster.month import Roster, month_days
from desk_app.domain.roster.pattern import LEAVE, OFF, pattern_from_starts
from desk_app.domain.value import Value

# The rotation counts days from a fixed date, so the same date always has the same groups.
ROTA_EPOCH = date(2020, 1, 6)
CYCLE = ("D", "N", OFF, OFF)
# The desk's two shifts as the roster knows them (the handover's starts 08:00 and 20:00).
PATTERN = pattern_from_starts((time(8), time(20)))
CODES = {"day": "D", "night": "N"}
GROUPS = 4  # clerk k of CLERKS is in group k % 4: D on the days ≡ group (mod 4), N the day after

LEAVES_A_MONTH = (1, 2, 2, 3)
SWAPS_A_MONTH = (2, 3, 3, 4)
REJECTED_SHARE = 0.3  # months with one more leave asked and turned down
LATE_A_MONTH = (2, 3, 3, 4)
LATE_MINUTES = (14.0, 50.0)  # after the start: past the grace time (10 minutes)
CALLED_IN_MINUTES = (45.0, 100.0)  # the colleague called in for a no-show
# A month's most shifts within the default maximum of hours (192 h of 12-hour shifts): a cover,
# or a swap on one day, gives a colleague a shift more, so only to one below it.
MAX_SHIFTS = int(RosterRules().max_month_hours // 12)
FREE_EDGE = 3  # no change in a month's first and last days: rest across months stays whole


class Change(Value):
    """A leave or a swap, asked and decided (people as indexes into DEMO_ACCOUNTS)."""

    kind: str  # "leave" | "swap"
    asker: int
    first: date  # leave: its first day; swap: the asker's day
    last: date  # leave: its last day; swap: the colleague's day
    reason: str
    asked_at: datetime
    decided_at: datetime
    decided_by: int
    approved: bool = True
    colleague: int | None = None  # a swap's
    covers: tuple[tuple[date, int], ...] = ()  # a leave's: who covers each shift it gives away
    decision_reason: str = ""  # a refusal's
    after: Roster | None = None  # the month once approved


class MonthPlan(Value):
    year: int
    month: int
    drafted_by: int
    drafted_at: datetime
    submitted_at: datetime
    approved_at: datetime
    base: Roster  # as drafted and approved
    changes: tuple[Change, ...]  # in the order decided
    final: Roster  # after every change
    crews: dict[tuple[date, str], Crew]


def _person(p: int) -> str:
    return str(p)


def base_roster(year: int, month: int) -> Roster:
    """The month as the supervisor drafts it: the rotation, the supervisors' day shifts."""
    people = tuple(_person(p) for p in (*CLERKS, *SUPERVISORS))  # the clerks first
    cells: dict[tuple[str, date], str] = {}
    for day in month_days(year, month):
        n = (day - ROTA_EPOCH).days
        for k, clerk in enumerate(CLERKS):
            code = CYCLE[(n - k % GROUPS) % len(CYCLE)]
            if code != OFF:
                cells[(_person(clerk), day)] = code
        if day.weekday() != 6:
            cells[(_person(SUPERVISORS[n % 2]), day)] = "D"
    return Roster(year, month, PATTERN, people, cells)


def _shifts(roster: Roster, person: str) -> int:
    return sum(1 for (p, _d), code in roster.cells.items() if p == person and code != LEAVE)


def _free(roster: Roster, person: str, day: date, code: str) -> bool:
    """Whether ``person`` may take ``code`` on ``day``, by the two shifts' rest rule: off that
    day, no night before a day shift, no day shift after a night. A quick sieve before the
    domain's own check (``cover_candidates``, ``apply_leave``, ``apply_swap``), which is the rule."""
    if roster.cell(person, day) != OFF:
        return False
    if code == "D":
        return roster.cell(person, day - timedelta(days=1)) != "N"
    return roster.cell(person, day + timedelta(days=1)) != "D"


def _office_hours(at: datetime) -> datetime:
    """``at``, or when it falls in the night (before 08:00 or from 21:00 local), the next 08:xx:
    supervisors and the manager submit, approve and decide by day."""
    local = at.astimezone()
    if 8 <= local.hour < 21:
        return at
    day = local.date() + timedelta(days=1 if local.hour >= 21 else 0)
    return local_time(day, 8) + timedelta(minutes=local.minute)


class Rota:
    """Month plans made on first use and kept; the crew of any shift."""

    def __init__(self, seed: int, since: date) -> None:
        self.seed = seed
        self.since = since  # the demo's first day: changes only from a few days after it
        self._months: dict[tuple[int, int], MonthPlan] = {}

    def month(self, year: int, month: int) -> MonthPlan:
        plan = self._months.get((year, month))
        if plan is None:
            plan = self._months[(year, month)] = self._plan(year, month)
        return plan

    def crew(self, day: date, kind: str) -> Crew:
        return self.month(day.year, day.month).crews[(day, kind)]

    # --- one month ---------------------------------------------------------------------------

    def _plan(self, year: int, month: int) -> MonthPlan:
        rng = random.Random(f"demo roster {self.seed} {year}-{month:02d}")
        base = base_roster(year, month)
        before = date(year, month, 1) - timedelta(days=1)
        drafted_at = local_time(before.replace(day=rng.randint(17, 20)), 10) + timedelta(
            minutes=rng.uniform(0, 360)
        )
        submitted_at = _office_hours(drafted_at + timedelta(hours=rng.uniform(20, 44)))
        approved_at = min(
            _office_hours(submitted_at + timedelta(hours=rng.uniform(3, 40))),
            local_time(before.replace(day=24), 18),
        )
        changes, final = self._changes(rng, base, approved_at)
        return MonthPlan(
            year,
            month,
            rng.choice(SUPERVISORS),
            drafted_at,
            submitted_at,
            approved_at,
            base,
            changes,
            final,
            self._crews(rng, final),
        )

    def _open_days(self, roster: Roster) -> list[date]:
        """Days a change may touch: not the month's edges, not the demo's first days."""
        days = roster.days
        return [
            d for d in days[FREE_EDGE:-FREE_EDGE] if d >= self.since + timedelta(days=FREE_EDGE)
        ]

    def _times(
        self, rng: random.Random, day: date, approved_at: datetime
    ) -> tuple[datetime, datetime]:
        """When a change for ``day`` is asked (days before, after the month's approval) and
        decided (within hours to a day or so, always before the day)."""
        asked = local_time(day - timedelta(days=rng.randint(2, 12)), 9) + timedelta(
            minutes=rng.uniform(0, 720)
        )
        asked = max(asked, approved_at + timedelta(hours=rng.uniform(2, 30)))
        latest = local_time(day, 6)
        decided = min(_office_hours(asked + timedelta(hours=rng.uniform(2, 30))), latest)
        if decided <= asked:
            asked = latest - timedelta(hours=rng.uniform(6, 20))
            decided = asked + timedelta(hours=rng.uniform(1, 4))
        return asked, decided

    def _changes(
        self, rng: random.Random, base: Roster, approved_at: datetime
    ) -> tuple[tuple[Change, ...], Roster]:
        days = self._open_days(base)
        if not days:
            return (), base
        wanted: list[tuple[datetime, datetime, str, date]] = []
        kinds = ["leave"] * rng.choice(LEAVES_A_MONTH) + ["swap"] * rng.choice(SWAPS_A_MONTH)
        if rng.random() < REJECTED_SHARE:
            kinds.append("refused")
        for kind in kinds:
            day = rng.choice(days)
            asked, decided = self._times(rng, day, approved_at)
            wanted.append((decided, asked, kind, day))
        wanted.sort()
        roster = base
        made: list[Change] = []
        for decided, asked, kind, day in wanted:
            if kind == "swap":
                change = self._swap(rng, roster, day, days, asked, decided)
            else:
                change = self._leave(rng, roster, day, days, asked, decided, kind == "leave")
            if change is not None:
                made.append(change)
                roster = change.after or roster
        return tuple(made), roster

    def _leave(
        self,
        rng: random.Random,
        roster: Roster,
        day: date,
        days: list[date],
        asked: datetime,
        decided: datetime,
        approve: bool,
    ) -> Change | None:
        """A leave from ``day`` (or, when nobody can cover it within the month's hours, from one
        of a few later days), with a cover for each shift it gives away; or one turned down."""
        later = [d for d in days if d > day]
        for first in [day, *rng.sample(later, min(3, len(later)))]:
            working = [c for c in CLERKS if roster.pattern.shift(roster.cell(_person(c), first))]
            if not working:
                continue
            asker = rng.choice(working)
            length = rng.choice((1, 1, 2, 3))
            leave = [first + timedelta(days=i) for i in range(length)]
            leave = [d for d in leave if d in set(days)]
            if any(roster.cell(_person(asker), d) == LEAVE for d in leave):
                continue  # already on leave some of those days
            lang = DEMO_ACCOUNTS[asker].lang
            decider = rng.choice(SUPERVISORS)
            asking = ("leave", asker, leave[0], leave[-1], rng.choice(LEAVE_REASONS[lang]))
            if not approve:
                refusal = rng.choice(REJECT_REASONS[DEMO_ACCOUNTS[decider].lang])
                return Change(
                    *asking, asked, decided, decider, approved=False, decision_reason=refusal
                )
            covered = self._covered(rng, roster, asker, leave)
            if covered is not None:
                after, covers = covered
                return Change(*asking, asked, decided, decider, covers=covers, after=after)
        return None

    def _covered(
        self, rng: random.Random, roster: Roster, asker: int, leave: list[date]
    ) -> tuple[Roster, tuple[tuple[date, int], ...]] | None:
        """The month with ``asker`` on leave those days, each shift given to whoever is free,
        rested and has the fewest shifts within the month's hours; None: nobody is."""
        covers: dict[date, str] = {}
        trial = roster
        clerks = sorted({_person(c) for c in CLERKS} - {_person(asker)})
        for d in leave:
            code = roster.cell(_person(asker), d)
            if roster.pattern.shift(code) is None:
                continue
            free = [
                p for p in clerks if _free(trial, p, d, code) and _shifts(trial, p) < MAX_SHIFTS
            ]
            if not free:
                return None
            fewest = min(_shifts(trial, p) for p in free)
            cover = rng.choice([p for p in free if _shifts(trial, p) == fewest])
            covers[d] = cover
            trial = trial.with_cells([(cover, d, code)])
        try:
            after = apply_leave(roster, _person(asker), leave, covers)
        except ValidationError:
            return None
        return after, tuple((d, int(p)) for d, p in sorted(covers.items()))

    def _swap(
        self,
        rng: random.Random,
        roster: Roster,
        day: date,
        days: list[date],
        asked: datetime,
        decided: datetime,
    ) -> Change | None:
        open_days = set(days)
        working = [c for c in CLERKS if roster.pattern.shift(roster.cell(_person(c), day))]
        for _ in range(12):
            if not working:
                return None
            asker = rng.choice(working)
            code = roster.cell(_person(asker), day)
            other = day
            if rng.random() < 0.6:  # a shift of theirs in return, a few days later
                other = day + timedelta(days=rng.randint(1, 6))
                if other not in open_days:
                    continue
            free = [
                c
                for c in CLERKS
                if c != asker
                and _free(roster, _person(c), day, code)
                and (other == day or roster.pattern.shift(roster.cell(_person(c), other)))
                and (other != day or _shifts(roster, _person(c)) < MAX_SHIFTS)
            ]
            if not free:
                continue
            colleague = rng.choice(free)
            try:
                after = apply_swap(roster, Swap(_person(asker), day, _person(colleague), other))
            except ValidationError:
                continue
            lang = DEMO_ACCOUNTS[asker].lang
            return Change(
                "swap",
                asker,
                day,
                other,
                rng.choice(SWAP_REASONS[lang]),
                asked,
                max(decided, asked + timedelta(minutes=30)),
                rng.choice(SUPERVISORS),
                colleague=colleague,
                after=after,
            )
        return None

    # --- who came ----------------------------------------------------------------------------

    def _crews(self, rng: random.Random, roster: Roster) -> dict[tuple[date, str], Crew]:
        crews: dict[tuple[date, str], Crew] = {}
        for day in roster.days:
            n = (day - ROTA_EPOCH).days
            for kind, code in CODES.items():
                on = [c for c in CLERKS if roster.cell(_person(c), day) == code]
                turn = n % len(on) if on else 0
                rostered = tuple(on[turn:] + on[:turn])  # each in turn takes the handover
                supervisor = next(
                    (s for s in SUPERVISORS if roster.cell(_person(s), day) == code), None
                )
                crews[(day, kind)] = Crew(rostered, rostered, supervisor)
        # What went otherwise, on days the demo shows: a no-show, a few late arrivals.
        shown = [
            key
            for key, crew in crews.items()
            if key[0] >= self.since
            and len(crew.rostered) >= 2
            and 2 < key[0].day < len(roster.days) - 1
        ]
        if not shown:
            return crews
        shown.sort()
        day, kind = key = rng.choice(shown)
        crew = crews[key]
        absent = crew.rostered[0]  # the one the handover waits for
        free = [c for c in CLERKS if _free(roster, _person(c), day, CODES[kind])]
        arrivals: tuple[tuple[int, float], ...] = ()
        clerks = tuple(c for c in crew.rostered if c != absent)
        if free:
            cover = rng.choice(free)
            clerks += (cover,)
            arrivals = ((cover, rng.uniform(*CALLED_IN_MINUTES)),)
        crews[key] = Crew(crew.rostered, clerks, crew.supervisor, arrivals, absent)
        for _ in range(rng.choice(LATE_A_MONTH)):
            late_key = rng.choice(shown)
            crew = crews[late_key]
            if crew.no_show is not None or crew.arrivals:
                continue
            who = crew.rostered[0] if rng.random() < 0.6 else rng.choice(crew.rostered)
            late = ((who, rng.uniform(*LATE_MINUTES)),)
            crews[late_key] = Crew(crew.rostered, crew.clerks, crew.supervisor, late)
        return crews
