"""The bench's figures for the books beside the duty log: complaints, lost and found, keys, handover.

Each section times one book's real paths through its services on the bench's scratch copy (a
first page, a search, matching a new report, issuing a key, compiling and printing a sheet), with
the bare ``sqlite3`` query beside it where there is one. They sit apart from ``desk_app.bench`` so
that the core (timings, the scratch copy, the log and the window) reads on its own and each book
adds its figures here; ``desk_app.bench.run_bench`` calls them in its order of measurement.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import func, select

from desk_app.bench.timing import WARM_UP, Say, Timings, ms_since, rounded
from desk_app.command_error import CommandError
from desk_app.domain.lostfound.matching import candidate_window_for_report
from desk_app.domain.lostfound.rules import ItemState
from desk_app.domain.people import PIN_HASH_PARAMETERS
from desk_app.domain.roles import Role
from desk_app.domain.value import Value
from desk_app.services import accounts
from desk_app.services.complaints import views as complaints_views
from desk_app.services.desk import Actor, Desk
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import matching as lostfound_matching
from desk_app.services.lostfound import views as lostfound_views
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.journal import update_journaled
from desk_app.store.tables import handover, key_movement, lf_item, log_entry, person

# The bench knows nobody's PIN: on its scratch copy (never the measured file) it gives the people
# it acts as this one, long enough for any role, and signs in with it like anyone.
BENCH_PIN = "73519246"

# The complaint register: searches in every script, long and short.
COMPLAINT_QUERIES = ("空调", "不制冷", "кондиционер", "Wi-Fi", "dirty room", "投诉", "漏水")
PAGE_REPEATS = 15
RAW_COMPLAINT_PAGE = (
    "SELECT * FROM complaint ORDER BY received_at DESC, num DESC "
    f"LIMIT {complaints_views.PAGE_SIZE}"
)
# Lost and found: guests' reports matched against the found items, losses within the data's
# last months (where items are still held, so the window has candidates to score).
MATCH_REPORTS = 20
MATCH_RECENT = timedelta(days=120)
MATCH_SEED = 20261124
# The candidate window the matching scores, as the service fetches it (held items found in the
# window, with the registering clerk's name), straight from sqlite3.
RAW_LF_WINDOW = (
    "SELECT i.*, p.name FROM lf_item AS i JOIN person AS p ON p.id = i.registered_by_id "
    "WHERE i.state IN (?, ?) AND i.found_at >= ? AND i.found_at <= ?"
)
HELD = (ItemState.STORED.value, ItemState.DISPOSAL_PROPOSED.value)
# Keys: the board as the window shows it, and the register's rows in hook order from sqlite3.
KEY_BOARD_REPEATS = 20
KEY_ISSUES = 50
RAW_KEY_BOARD = "SELECT * FROM key_asset WHERE active ORDER BY hook_row, hook_col"


# --------------------------------------------------------------------------------------------
# Signing in on the scratch copy
# --------------------------------------------------------------------------------------------


def signed_in(desk: Desk, person_id: str) -> Actor:
    """The person signed in on the scratch copy: their PIN there set to ``BENCH_PIN`` first, by a
    journaled write of the stored hash (as ``accounts.reset_pin`` writes it, so the copy still
    verifies), then ``accounts.sign_in`` as at the counter. Only on a copy: it replaces a PIN."""
    pin_hash = PasswordHasher(**PIN_HASH_PARAMETERS).hash(BENCH_PIN)
    with unit_of_work(desk, None) as work:
        conn, w = work.conn, work.journal
        row = conn.execute(select(person).where(person.c.id == person_id)).one()
        changes = {
            "pin_hash": pin_hash,
            "failed_attempts": 0,
            "locked_until": None,
            "version": row.version + 1,
        }
        update_journaled(conn, w, person, dict(row._mapping), changes, desk.clock.now())
    return accounts.sign_in(desk, person_id=person_id, pin=BENCH_PIN)


# --------------------------------------------------------------------------------------------
# Complaints
# --------------------------------------------------------------------------------------------


def analysis_actor(desk: Desk) -> Actor:
    """A supervisor (or else a manager): who reads the complaint analysis."""
    with desk.db.read() as conn:
        rows = conn.execute(
            select(person.c.id, person.c.name, person.c.role).where(
                person.c.active.is_(True),
                person.c.role.in_([Role.SUPERVISOR.value, Role.MANAGER.value]),
            )
        ).all()
    if not rows:
        raise CommandError("The database has no active supervisor or manager.")
    chosen = next((r for r in rows if r.role == Role.SUPERVISOR.value), rows[0])
    return signed_in(desk, chosen.id)


def complaint_page_ms(
    desk: Desk, actor: Actor, queries: tuple[str, ...] = ("",), repeats: int = PAGE_REPEATS
) -> Timings:
    """The register's first page, as the complaints dock opens it (or searches it)."""
    samples = []
    for query in queries:
        flt = complaints_views.ComplaintFilter(search=query)
        complaints_views.list_complaints(desk, actor, flt)  # warm
        for _ in range(repeats):
            start = time.perf_counter()
            complaints_views.list_complaints(desk, actor, flt)
            samples.append(ms_since(start))
    return Timings(samples)


def raw_complaint_page_ms(path: Path, repeats: int = PAGE_REPEATS) -> Timings:
    conn = sqlite3.connect(str(path))
    try:
        conn.execute(RAW_COMPLAINT_PAGE).fetchall()  # warm
        samples = []
        for _ in range(repeats):
            start = time.perf_counter()
            conn.execute(RAW_COMPLAINT_PAGE).fetchall()
            samples.append(ms_since(start))
    finally:
        conn.close()
    return Timings(samples)


def complaint_analysis_ms(desk: Desk, actor: Actor, group_by: str) -> float | None:
    """One analysis over every complaint (the median of three), or None when the analysis
    service is not there (it is built apart from the register; see issue 4)."""
    try:
        from desk_app.services.complaints.analysis import analyse
    except ImportError:
        return None
    analyse(desk, actor, group_by=group_by)  # warm
    samples = []
    for _ in range(3):
        start = time.perf_counter()
        analyse(desk, actor, group_by=group_by)
        samples.append(ms_since(start))
    return statistics.median(samples)


# --------------------------------------------------------------------------------------------
# Lost and found
# --------------------------------------------------------------------------------------------


def _sqlite_time(t: datetime) -> str:
    """A time as SQLAlchemy keeps it in SQLite: naive UTC text, microseconds always."""
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class LostReport(Value):
    id: str
    lost_from: datetime
    lost_until: datetime


def lostfound_reports(desk: Desk, actor: Actor, count: int = MATCH_REPORTS) -> list[LostReport]:
    """Guests' reports of a loss in the data's last months, in the demo's words (every script),
    written through ``services.lostfound.report_lost`` (into the scratch copy); none when the
    book is empty."""
    from desk_app.demo.lostfound_items import sample_report

    with desk.db.read() as conn:
        first, last = conn.execute(
            select(func.min(lf_item.c.found_at), func.max(lf_item.c.found_at))
        ).one()
    if first is None:
        return []
    rng = random.Random(MATCH_SEED)
    span = min(MATCH_RECENT, last - first)
    reports = []
    for _ in range(count):
        lost_until = last - span * rng.random()
        lost_from = lost_until - timedelta(hours=rng.uniform(1, 48))
        view = lostfound_commands.report_lost(
            desk, actor, lost_from=lost_from, lost_until=lost_until, **sample_report(rng)
        )
        reports.append(LostReport(view.id, view.lost_from, view.lost_until))
    return reports


def lostfound_match_ms(desk: Desk, actor: Actor, reports: list[LostReport]) -> Timings:
    """Matching each report against the found items still held (the call the window makes)."""
    lostfound_matching.matches_for_report(desk, actor, reports[0].id)  # warm
    samples = []
    for report in reports:
        start = time.perf_counter()
        lostfound_matching.matches_for_report(desk, actor, report.id)
        samples.append(ms_since(start))
    return Timings(samples)


def raw_lostfound_window_ms(path: Path, reports: list[LostReport]) -> tuple[Timings, float]:
    """The candidate window of each report from raw sqlite3; and its rows on average."""
    conn = sqlite3.connect(str(path))
    try:
        params = []
        for report in reports:
            start, end = candidate_window_for_report(report.lost_from, report.lost_until)
            params.append((*HELD, _sqlite_time(start), _sqlite_time(end)))
        conn.execute(RAW_LF_WINDOW, params[0]).fetchall()  # warm
        samples, rows = [], 0
        for p in params:
            start = time.perf_counter()
            rows += len(conn.execute(RAW_LF_WINDOW, p).fetchall())
            samples.append(ms_since(start))
    finally:
        conn.close()
    return Timings(samples), rows / len(params)


def lostfound_page_ms(desk: Desk, actor: Actor, repeats: int = PAGE_REPEATS) -> Timings:
    """The found-item book's first page, newest first, as the lost-and-found dock opens it."""
    lostfound_views.list_items(desk, actor)  # warm
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        lostfound_views.list_items(desk, actor)
        samples.append(ms_since(start))
    return Timings(samples)


def lostfound_figures(
    desk: Desk, actor: Actor, path: Path, say: Say | None = None
) -> dict[str, float | None]:
    """The lost-and-found keys of the result (None where the book is empty)."""
    reports = lostfound_reports(desk, actor)
    if not reports:
        return dict.fromkeys(("lostfound_match_ms_p50", "raw_lostfound_window_ms_p50")) | {
            "lostfound_page_ms_p50": rounded(lostfound_page_ms(desk, actor).p50, 3)
        }
    match = lostfound_match_ms(desk, actor, reports)
    raw, candidates = raw_lostfound_window_ms(path, reports)
    if say is not None:
        say(f"lost and found: {candidates:,.0f} candidate items a report on average")
    return {
        "lostfound_match_ms_p50": rounded(match.p50, 3),
        "raw_lostfound_window_ms_p50": rounded(raw.p50, 3),
        "lostfound_page_ms_p50": rounded(lostfound_page_ms(desk, actor).p50, 3),
    }


# --------------------------------------------------------------------------------------------
# Keys
# --------------------------------------------------------------------------------------------


def _median_ms(call: Callable[[], Any], repeats: int) -> float:
    call()  # warm
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        samples.append(ms_since(start))
    return statistics.median(samples)


def key_board_ms(desk: Desk, actor: Actor, repeats: int = KEY_BOARD_REPEATS) -> float:
    """The whole board (every key, who holds it, what is overdue), as the keys dock opens it."""
    return _median_ms(lambda: keys_views.board(desk, actor), repeats)


def raw_key_board_ms(path: Path, repeats: int = KEY_BOARD_REPEATS) -> float:
    conn = sqlite3.connect(str(path))
    try:
        return _median_ms(lambda: conn.execute(RAW_KEY_BOARD).fetchall(), repeats)
    finally:
        conn.close()


def key_issue_ms(desk: Desk, actor: Actor, count: int = KEY_ISSUES) -> Timings | None:
    """Issuing an ordinary key on the board to the bench actor, back in an hour, through
    ``issue_key``; each is taken back with ``return_key`` (not timed). None: no such key."""
    codes = [
        k.code for k in keys_views.board(desk, actor) if k.state.value == "in" and not k.restricted
    ]
    if not codes:
        return None
    samples = []
    for i in range(WARM_UP + count):
        code = codes[i % len(codes)]
        start = time.perf_counter()
        keys_commands.issue_key(
            desk,
            actor,
            code,
            holder_kind="staff",
            holder_id=actor.id,
            purpose=f"bench {i + 1}",
            expected_back=desk.clock.now() + timedelta(hours=1),
        )
        if i >= WARM_UP:
            samples.append(ms_since(start))
        keys_commands.return_key(desk, actor, code)
    return Timings(samples)


def busiest_key(desk: Desk) -> str | None:
    """The key with the most movements: its history is the longest to page through."""
    with desk.db.read() as conn:
        return conn.execute(
            select(key_movement.c.key_id)
            .group_by(key_movement.c.key_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar()


def key_history_ms(
    desk: Desk, actor: Actor, key_id: str, repeats: int = KEY_BOARD_REPEATS
) -> float:
    """The first page of one key's history, newest first."""
    return _median_ms(lambda: keys_views.history(desk, actor, key_id=key_id), repeats)


def key_figures(desk: Desk, actor: Actor, path: Path) -> dict[str, float | None]:
    """The keys' figures of the result (None where the register is empty)."""
    busy = busiest_key(desk)
    issued = key_issue_ms(desk, actor)
    return {
        "key_board_ms": rounded(key_board_ms(desk, actor), 3),
        "raw_key_board_ms": rounded(raw_key_board_ms(path), 3),
        "key_issue_ms_p50": rounded(issued.p50, 3) if issued else None,
        "key_history_ms_p50": rounded(key_history_ms(desk, actor, busy), 3) if busy else None,
    }


# --------------------------------------------------------------------------------------------
# Handover
# --------------------------------------------------------------------------------------------


HANDOVER_REPEATS = 5


def busiest_handover(desk: Desk) -> str | None:
    """The handover sheet whose shift has the most log entries: the longest to compile."""
    h, e = handover.c, log_entry.c
    entries = (
        select(func.count())
        .where(e.at >= h.shift_start, e.at < h.shift_end)
        .correlate(handover)
        .scalar_subquery()
    )
    with desk.db.read() as conn:
        return conn.execute(select(h.id).order_by(entries.desc(), h.num).limit(1)).scalar()


def handover_figures(desk: Desk, actor: Actor) -> dict[str, float | None]:
    """The busiest shift's sheet compiled from every book, and printed (medians of five); None
    where no handover sheet exists."""
    from desk_app.reports.handover.pdf import render_handover_pdf
    from desk_app.services.handover import sheet as handover_sheet
    from desk_app.services.handover import views as handover_views

    busy = busiest_handover(desk)
    if busy is None:
        return {"handover_compile_ms": None, "handover_pdf_ms": None}
    view = handover_views.get_handover(desk, actor, busy)
    policy = handover_views.get_policy(desk)
    compile_ms = _median_ms(
        lambda: handover_sheet.compile_sections(desk, actor, view, policy), HANDOVER_REPEATS
    )
    sheet = handover_sheet.sheet(desk, actor, busy)
    pdf_ms = _median_ms(lambda: render_handover_pdf(sheet), HANDOVER_REPEATS)
    return {
        "handover_compile_ms": rounded(compile_ms, 1),
        "handover_pdf_ms": rounded(pdf_ms, 1),
    }
