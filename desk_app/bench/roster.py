"""The bench's figures for the duty roster: the month grid with 40 people opened
(``services.roster.views.open_month``, target < 100 ms) and who is on duty now
(``services.roster.duty.on_duty_now``, target < 5 ms), each beside the bare ``sqlite3`` reads of
the same rows.

A desk's roster has a dozen people; the target is for 40. So the bench writes its own months into
the scratch copy, at its own station ("bench", the desk it measures as): this month and the one
before (whose last days the grid checks rest against), approved, with 40 people on a
day-night-off-off rotation. Those of the copy's active clerks and supervisors there are stand on
it; the rest are clerks the manager adds (through ``accounts.add_person``, like anyone). The
three-year book's own months (the demo's station) stay in the file and its indexes, as in use.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desk_app.bench.books import BENCH_PIN, signed_in
from desk_app.bench.timing import ms_since, rounded
from desk_app.command_error import CommandError
from desk_app.domain.roles import Role
from desk_app.domain.roster.month import month_days
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk
from desk_app.services.roster import commands as roster_commands
from desk_app.services.roster import views as roster_views
from desk_app.store.tables import person

ROSTER_PEOPLE = 40
MONTH_REPEATS = 15
DUTY_REPEATS = 50
CYCLE = ("D", "N", "O", "O")
# The month as ``load_month`` reads it, straight from sqlite3: its row and the month before's,
# their cells, the names of its people.
RAW_MONTH = "SELECT * FROM roster_month WHERE station = ? AND year = ? AND month = ?"
RAW_CELLS = "SELECT * FROM roster_cell WHERE month_id = ?"
RAW_SETTING = "SELECT * FROM setting WHERE key IN ('roster_policy', 'handover_policy')"
# Who is on duty: the approved months of yesterday to tomorrow and those days' shift cells with
# the people's names.
RAW_DUTY_MONTHS = (
    "SELECT id, year, month, pattern, people FROM roster_month "
    "WHERE station = ? AND state = 'approved' "
    "AND ((year = ? AND month = ?) OR (year = ? AND month = ?))"
)
RAW_DUTY_CELLS = (
    "SELECT c.person_id, c.day, c.code, p.name, p.role FROM roster_cell AS c "
    "JOIN person AS p ON p.id = c.person_id "
    "WHERE c.month_id IN ({months}) AND c.day IN (?, ?, ?) AND c.code != 'O'"
)


def _median_ms(call: Callable[[], Any], repeats: int) -> float:
    call()  # warm
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        samples.append(ms_since(start))
    return statistics.median(samples)


def _manager(desk: Desk) -> Actor:
    with desk.db.read() as conn:
        found = conn.execute(
            select(person.c.id).where(
                person.c.active.is_(True), person.c.role == Role.MANAGER.value
            )
        ).scalar()
    if found is None:
        raise CommandError("The database has no active manager to write the bench's roster.")
    return signed_in(desk, found)


def roster_people(desk: Desk, manager: Actor, count: int = ROSTER_PEOPLE) -> list[str]:
    """``count`` people who may be on a roster: the copy's own, then clerks added to make up the
    number (into the scratch copy only)."""
    people = [p.id for p in roster_views.roster_people(desk, manager)][:count]
    for i in range(len(people), count):
        added = accounts.add_person(
            desk,
            manager,
            name=f"Bench clerk {i + 1:02d}",
            role=Role.CLERK.value,
            pin=BENCH_PIN,
            pin_repeat=BENCH_PIN,
        )
        people.append(added.id)
    return people


def _previous(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def write_months(desk: Desk, manager: Actor, people: list[str]) -> tuple[int, int]:
    """This month and the one before, approved, on the rotation; returns this month."""
    today = desk.clock.now().astimezone().date()
    for year, month in (_previous(today.year, today.month), (today.year, today.month)):
        if roster_views.open_month(desk, manager, year, month).id is not None:
            continue  # written by an earlier run on this copy
        epoch = date(2020, 1, 6)
        cells = [
            (p, day, CYCLE[((day - epoch).days - k) % len(CYCLE)])
            for k, p in enumerate(people)
            for day in month_days(year, month)
        ]
        view = roster_commands.save_month(
            desk, manager, year, month, people=people, cells=cells, version=None
        )
        view = roster_commands.submit_month(
            desk, manager, year, month, version=view.version, accept_warnings=True
        )
        roster_commands.approve_month(desk, manager, year, month, version=view.version)
    return today.year, today.month


def month_ms(desk: Desk, actor: Actor, year: int, month: int) -> float:
    """The month's grid as its page opens it: cells, names, warnings against the month before."""
    return _median_ms(lambda: roster_views.open_month(desk, actor, year, month), MONTH_REPEATS)


def raw_month_ms(path: Path, station: str, year: int, month: int) -> float:
    conn = sqlite3.connect(str(path))
    py, pm = _previous(year, month)

    def read() -> None:
        conn.execute(RAW_SETTING).fetchall()
        for y, m in ((year, month), (py, pm)):
            row = conn.execute(RAW_MONTH, (station, y, m)).fetchone()
            cells = conn.execute(RAW_CELLS, (row[0],)).fetchall()
            if (y, m) == (year, month):
                ids = sorted({c[2] for c in cells})
                marks = ", ".join("?" * len(ids))
                conn.execute(f"SELECT id, name FROM person WHERE id IN ({marks})", ids).fetchall()  # noqa: S608

    try:
        return _median_ms(read, MONTH_REPEATS)
    finally:
        conn.close()


def on_duty_ms(desk: Desk, actor: Actor) -> float:
    """Who is on duty now and who comes next, as the status bar asks every minute."""
    from desk_app.services.roster.duty import on_duty_now

    found = on_duty_now(desk, actor)
    if found.now is None or not found.now.people:
        raise CommandError("The bench's roster has nobody on duty now.")
    return _median_ms(lambda: on_duty_now(desk, actor), DUTY_REPEATS)


def raw_on_duty_ms(path: Path, station: str, today: date) -> float:
    conn = sqlite3.connect(str(path))
    spread = [today + timedelta(days=i) for i in (-1, 0, 1)]
    days = [d.isoformat() for d in spread]
    months = sorted({(d.year, d.month) for d in spread})
    keys = [v for ym in (months * 2)[:2] for v in ym]

    def read() -> None:
        months = conn.execute(RAW_DUTY_MONTHS, (station, *keys)).fetchall()
        marks = ", ".join("?" * len(months))
        conn.execute(
            RAW_DUTY_CELLS.format(months=marks), (*[m[0] for m in months], *days)
        ).fetchall()

    try:
        return _median_ms(read, DUTY_REPEATS)
    finally:
        conn.close()


def roster_figures(desk: Desk, actor: Actor, path: Path) -> dict[str, float | None]:
    """The roster's keys of the result: the 40-person month written, then read."""
    manager = _manager(desk)
    people = roster_people(desk, manager)
    year, month = write_months(desk, manager, people)
    today = desk.clock.now().astimezone().date()
    return {
        "roster_people": len(people),
        "roster_month_ms": rounded(month_ms(desk, actor, year, month), 2),
        "raw_roster_month_ms": rounded(raw_month_ms(path, desk.station, year, month), 3),
        "on_duty_ms": rounded(on_duty_ms(desk, actor), 3),
        "raw_on_duty_ms": rounded(raw_on_duty_ms(path, desk.station, today), 3),
    }
