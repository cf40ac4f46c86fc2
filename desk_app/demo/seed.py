"""Realistic demo data: a staffed desk, years of duty log and of complaints, in Chinese, Russian
and English.

``seed_demo`` fills a freshly created database (no people yet): the accounts in ``DEMO_ACCOUNTS``
(known PINs, printed by the command line and the GUI), then the duty log from ``years`` back up to
the desk's clock, shift by shift (day 08:00-20:00, night 20:00-08:00 local time), with sign-ins at
each shift start, follow-ups and their closing entries, amendments, important entries and the next
shift's read marks; and the complaint register, about 20 complaints a day, each with its life:
acknowledged, often assigned, escalated to a supervisor when severe or costly, replied (some after
the promised time), resolved (some with compensation), the follow-up call (回访) with a
satisfaction score, closed; a few reopened; the last day's still open, some overdue. And the
lost-and-found book (about 10 found items a day, with guests' reports, returns and disposals),
planned and written by ``desk_app.demo.lostfound`` in the same timeline and batches; and the key
book (about 100 movements a day, master keys, losses, a board count at each handover) by
``desk_app.demo.keys``; and a sealed handover sheet at every shift change by
``desk_app.demo.handover``.

Everything goes through the real write path: the people through ``services.accounts``; every entry
is checked by ``domain.log.validate_entry`` (with the entry's own time as "now") and written by
``services.log.write_entry``, read marks by ``services.log.write_read``; follow-ups are closed
with ``update_journaled`` on the stored row and sign-ins written with ``insert_journaled``, as
``close_follow_up`` and ``accounts.sign_in`` do (neither has a writer of its own to call inside
another unit of work). Complaints are checked by
``domain.complaints.validate_intake`` and written by ``services.complaints.write_intake``; every
later step by ``services.complaints.write_step``, the function ``complaints.act`` uses, so the state
machine, the authority rule, money parsing and the version check hold for the demo as for a clerk;
each writes its history event and its duty-log entry (category complaint, linked), so the log stays
the one chronological book. Only the transactions are bigger: one ``unit_of_work`` per batch of a
few thousand rows, so three years (about 330,000 entries and 22,000 complaints) take two minutes or
so and ``desk-app verify`` passes on the result. The text is deterministic for a given seed and
clock; the ids are random, as in real use.

Who works each shift is the roster's: ``demo.rota`` plans every month first (the rotation, leave
and swaps, late arrivals and a no-show), every book takes its people from it through the shift
calendar, and ``demo.roster`` writes the months (drafted, submitted, approved; next month a draft
once its drafting days are past) and the requests in the same timeline.

This module holds the entry point: ``seed_demo`` makes the accounts, then runs the timeline of
``demo.generator`` (which plans each shift and writes the duty log) in batches. The pieces it
builds on have their own modules: the shift calendar (``demo.shifts``), the wording of the lines
(``demo.lines``), the events and the batch writer (``demo.batch``), the complaint register
(``demo.complaints``), and the other books (``demo.lostfound``, ``demo.keys``, ``demo.handover``).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, timedelta

from sqlalchemy import func, select

from desk_app.demo.accounts import DEMO_ACCOUNTS, MANAGER, DemoResult
from desk_app.demo.batch import Batch, Event
from desk_app.demo.generator import Generator
from desk_app.demo.rota import Rota
from desk_app.demo.shifts import Calendar
from desk_app.domain.clock import FixedClock
from desk_app.domain.complaints import AWAITING_REPLY
from desk_app.domain.errors import ValidationError
from desk_app.services import accounts
from desk_app.services.complaints.views import get_limit
from desk_app.services.desk import Actor, Desk
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.tables import complaint, log_entry

Progress = Callable[[int, int], None]

DEFAULT_SEED = 20261123
DEMO_STATION = "Front desk"
DEFAULT_BATCH = 4000


def seed_demo(
    desk: Desk,
    *,
    years: float = 0.1,
    progress: Progress | None = None,
    seed: int = DEFAULT_SEED,
    batch_size: int = DEFAULT_BATCH,
) -> DemoResult:
    """Fill a new, empty database with the demo accounts and ``years`` of duty log and complaints
    up to now."""
    began = time.perf_counter()
    if not 0 < years <= 10:
        raise ValidationError("The demo covers between a few days and 10 years.", field="years")
    if not accounts.needs_setup(desk):
        raise ValidationError(
            "This database already has people. Demo data goes into a new, empty database."
        )
    rng = random.Random(seed)
    now = desk.clock.now().astimezone(UTC)
    start = now - timedelta(days=years * 365.25)
    # The roster first: every book follows who it has on each shift.
    rota = Rota(seed, start.astimezone().date())
    calendar = Calendar(rota)
    shifts = list(calendar.shifts_between(start, now))
    # The accounts exist before the first entry: create them as of then.
    setup = replace(desk, clock=FixedClock(shifts[0].start - timedelta(hours=2)))
    people, manager = _create_accounts(setup)

    with desk.db.read() as conn:
        first_num = (conn.execute(select(func.max(log_entry.c.num))).scalar() or 0) + 1
        first_complaint = (conn.execute(select(func.max(complaint.c.num))).scalar() or 0) + 1
        limit = get_limit(conn)
    gen = Generator(
        desk,
        people,
        manager=manager,
        rota=rota,
        calendar=calendar,
        start=start,
        now=now,
        rng=rng,
        first_num=first_num,
        first_complaint_num=first_complaint,
        limit=limit,
    )
    planned = [(shift, gen.entry_times(shift), gen.complaint_times(shift)) for shift in shifts]
    # Handover and review notes are planned with the shift; count them in the total too. The
    # progress counts entries and complaint intakes (their later steps are not known yet).
    total = sum(len(times) + len(intakes) for _, times, intakes in planned) + sum(
        1 + (s.supervisor is not None) for s in shifts
    )
    done = 0
    last_report = 0.0

    def timeline() -> Iterator[Event]:
        """Every event in time order: a shift is planned just before its first event is due."""
        for i, (shift, times, intakes) in enumerate(planned):
            gen.plan(shift, times, intakes)
            limit = planned[i + 1][0].start - timedelta(minutes=30) if i + 1 < len(planned) else now
            yield from gen.events_until(limit)
        yield from gen.events_until(now)

    events = timeline()
    exhausted = False
    while not exhausted:
        with unit_of_work(desk, None) as work:  # each row journaled as its own author's
            batch = Batch(work)
            for written, event in enumerate(events, 1):
                if gen.apply(batch, event):
                    done += 1
                if written >= batch_size:
                    break
            else:
                exhausted = True
        if progress is not None and time.perf_counter() - last_report > 0.1:
            last_report = time.perf_counter()
            progress(min(done, total), total)
    if progress is not None:
        progress(total, total)

    open_count = len(gen.open)
    overdue = sum(1 for fu in gen.open.values() if fu.due_at < now)
    c = gen.counts
    awaiting = [k for k in gen.complaints.values() if k.status in AWAITING_REPLY]
    return DemoResult(
        accounts=DEMO_ACCOUNTS,
        entries=c["entries"],
        follow_ups=c["follow_ups"],
        closed_follow_ups=c["closed"],
        open_follow_ups=open_count,
        overdue_follow_ups=overdue,
        amendments=c["amendments"],
        important=c["important"],
        read_marks=c["reads"],
        sign_ins=c["sign_ins"],
        first_at=gen.first_at,
        last_at=gen.last_at,
        seconds=time.perf_counter() - began,
        complaints=c["complaints"],
        complaint_steps=c["complaint_steps"],
        closed_complaints=c["complaints"] - len(gen.complaints),
        open_complaints=len(gen.complaints),
        overdue_complaints=sum(1 for k in awaiting if k.promised_at < now),
        escalated=c["escalated"],
        compensated=c["compensated"],
        late_replies=c["late_replies"],
        reopened=c["reopened"],
        found_items=gen.lostfound.counts["items"],
        lost_reports=gen.lostfound.counts["reports"],
        returns=gen.lostfound.counts["returns"],
        disposed=gen.lostfound.counts["disposed"],
        **gen.keys.result(),
        **gen.handovers.result(),
        **gen.roster.result(),
        **gen.supervision.result(),
    )


def _create_accounts(desk: Desk) -> tuple[list[str], Actor]:
    """The demo people through the real account services: their ids in DEMO_ACCOUNTS order, and
    the manager, signed in with the demo PIN as anyone would."""
    manager = DEMO_ACCOUNTS[MANAGER]
    created = accounts.create_first_manager(
        desk, name=manager.name, pin=manager.pin, pin_repeat=manager.pin
    )
    actor = accounts.sign_in(desk, person_id=created.id, pin=manager.pin)
    ids = [created.id]
    for account in DEMO_ACCOUNTS[1:]:
        person = accounts.add_person(
            desk,
            actor,
            name=account.name,
            role=account.role.value,
            pin=account.pin,
            pin_repeat=account.pin,
        )
        ids.append(person.id)
    return ids, actor
