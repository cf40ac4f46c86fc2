"""The demo's roster: every month it covers drafted by a supervisor, submitted and approved by the
manager before the 25th, next month a draft once its drafting days are past (the reminder shows);
leave with covers and swaps through requests; the handovers, sign-ins and the log following the
roster, with a few late arrivals and one no-show a month; the book verifies.

The demo runs on a fixed clock (the 23rd of a month, past the reminder day) over a little more
than a whole month, so one month is covered from its first day to its last."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from desk_app.demo.accounts import CLERKS, DEMO_ACCOUNTS, MANAGER, SUPERVISORS
from desk_app.demo.rota import Rota, base_roster
from desk_app.demo.seed import seed_demo
from desk_app.domain.clock import FixedClock
from desk_app.domain.roster.checks import Concern, check
from desk_app.domain.roster.month import RosterState
from desk_app.services.accounts import sign_in_by_name
from desk_app.services.desk import open_desk
from desk_app.services.roster import views as roster_views
from desk_app.services.roster.attendance import attendance_month
from desk_app.services.roster.duty import on_duty_now, roster_reminder
from desk_app.store.roster_tables import roster_event, roster_month, roster_request
from desk_app.store.tables import handover, log_entry, person, sign_in
from desk_app.store.verify import verify

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
YEARS = 0.15  # from the end of September: October whole
WHOLE = (2026, 10)


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    path = tmp_path_factory.mktemp("rosterdemo") / "demo.sqlite"
    desk = open_desk(str(path), station="Front desk")
    desk.clock = FixedClock(NOW)
    seed_demo(desk, years=YEARS)
    yield desk
    desk.db.dispose()


@pytest.fixture(scope="module")
def book(desk):
    with desk.db.read() as conn:
        months = {
            (r.year, r.month): r
            for r in conn.execute(
                select(roster_month).where(roster_month.c.station == desk.station)
            )
        }
        rosters = {key: roster_views.roster_of(conn, row) for key, row in months.items()}
        events = conn.execute(
            select(roster_event).order_by(roster_event.c.month_id, roster_event.c.seq)
        ).all()
        requests = conn.execute(select(roster_request).order_by(roster_request.c.num)).all()
        sheets = conn.execute(select(handover).order_by(handover.c.num)).all()
        signs = conn.execute(select(sign_in).order_by(sign_in.c.at)).all()
        people = {r.id: r for r in conn.execute(select(person))}
        late_lines = conn.execute(
            select(log_entry).where(log_entry.c.message == "roster.incoming_not_arrived")
        ).all()
    return {
        "months": months,
        "rosters": rosters,
        "events": events,
        "requests": requests,
        "sheets": sheets,
        "signs": signs,
        "people": people,
        "late_lines": late_lines,
    }


def _code(t: datetime) -> str:
    return "D" if t.astimezone().hour == 8 else "N"


def _rostered(book, who: str, t: datetime) -> bool:
    local = t.astimezone()
    roster = book["rosters"][(local.year, local.month)]
    return roster.cell(who, local.date()) == _code(t)


def test_each_month_drafted_submitted_and_approved_next_month_a_draft(book):
    months = book["months"]
    assert sorted(months) == [(2026, 9), (2026, 10), (2026, 11), (2026, 12)]
    by_month = {}
    for e in book["events"]:
        by_month.setdefault(e.month_id, []).append(e)
    ids = {r.id: r for r in book["people"].values()}
    for key, row in months.items():
        actions = [e.action for e in by_month[row.id]]
        if key == (2026, 12):
            assert row.state == RosterState.DRAFT.value and actions == ["drafted"]
            assert ids[row.drafted_by].role == "supervisor"
            assert date(2026, 11, 17) <= row.drafted_at.astimezone().date() <= date(2026, 11, 20)
            continue
        assert row.state == RosterState.APPROVED.value
        assert actions[:3] == ["drafted", "submitted", "approved"]
        assert set(actions[3:]) <= {"leave", "swap"}
        assert ids[row.drafted_by].role == "supervisor"
        assert ids[row.approved_by].name == DEMO_ACCOUNTS[MANAGER].name
        assert row.drafted_at < row.submitted_at < row.approved_at
        times = [e.at for e in by_month[row.id]]
        assert times == sorted(times)
        if key in ((2026, 11),):  # planned by the desk with the program: before the 25th
            approved = row.approved_at.astimezone()
            assert (approved.year, approved.month) == (2026, 10) and approved.day < 25
            assert 17 <= row.drafted_at.astimezone().day <= 20
        roster = book["rosters"][key]
        assert len(roster.people) == 12
        roles = Counter(book["people"][p].role for p in roster.people)
        assert roles == {"clerk": 10, "supervisor": 2}


def test_the_reminder_shows_for_next_month(desk):
    account = DEMO_ACCOUNTS[SUPERVISORS[0]]
    actor = sign_in_by_name(desk, name=account.name, pin=account.pin)
    reminder = roster_reminder(desk, actor)
    assert reminder is not None and (reminder.year, reminder.month) == (2026, 12)
    assert reminder.state is RosterState.DRAFT
    view = roster_views.open_month(desk, actor, 2026, 11)
    assert view.state is RosterState.APPROVED and len(view.roster.people) == 12
    assert not [w for w in view.warnings if w.concern in (Concern.DOUBLE, Concern.REST)]
    duty = on_duty_now(desk, actor)
    assert duty.now is not None and len(duty.now.people) >= 2


def test_leave_with_covers_and_swaps_through_requests(book):
    requests = book["requests"]
    kinds = Counter((r.kind, r.state) for r in requests)
    assert kinds[("leave", "approved")] >= 2 and kinds[("swap", "approved")] >= 3
    assert kinds[("leave", "asked")] >= 1  # asked in the last hours: waiting for a supervisor
    supervisors = {p.id for p in book["people"].values() if p.role == "supervisor"}
    changed = {e.request_id: e for e in book["events"] if e.request_id}
    for r in requests:
        assert r.asked_at <= (r.decided_at or r.asked_at)
        if r.state != "approved":
            continue
        assert r.decided_by in supervisors and r.id in changed
        event = changed[r.id]
        assert (
            event.action == r.kind and event.asked_by == r.asker_id and event.by_id == r.decided_by
        )
        cells = json.loads(event.cells)
        assert cells
        if r.kind == "leave":
            covers = json.loads(r.covers)
            assert covers and all(c != r.asker_id for c in covers.values())
            first = date.fromisoformat(r.first_day)
            roster = book["rosters"][(first.year, first.month)]
            assert roster.cell(r.asker_id, first) == "L"
            for day, cover in covers.items():
                d = date.fromisoformat(day)
                assert roster.cell(cover, d) in ("D", "N")
            assert r.decided_at < datetime.combine(first, datetime.min.time()).astimezone()
        else:
            assert r.colleague_id and r.confirmed_at == r.asked_at


def test_handovers_by_the_rostered_clerks(book):
    sheets = book["sheets"]
    assert sheets
    for s in sheets:
        assert _rostered(book, s.outgoing_id, s.shift_start), s.num
        assert _rostered(book, s.incoming_id, s.shift_end), s.num


def test_sign_ins_follow_the_roster_with_late_arrivals_and_a_no_show(book, desk):
    clerks = {p.id for p in book["people"].values() if p.role == "clerk"}
    off_roster = [
        s
        for s in book["signs"]
        if s.person_id in clerks and not _rostered(book, s.person_id, _start(s.at))
    ]
    # A clerk signs in for a shift they are rostered on, but for the colleague called in.
    assert len(off_roster) <= 3
    lines = book["late_lines"]
    assert lines and all(line.important for line in lines)
    account = DEMO_ACCOUNTS[SUPERVISORS[1]]
    actor = sign_in_by_name(desk, name=account.name, pin=account.pin)
    month = attendance_month(desk, actor, *WHOLE)
    assert month.approved
    outcomes = Counter(row.outcome.value for row in month.rows)
    assert outcomes["no_show"] == 1
    assert 1 <= outcomes["late"] <= 6
    assert outcomes["extra"] == 1  # the colleague called in
    assert outcomes["on_time"] > 0.95 * sum(outcomes.values())
    assert not any(p.left_early for p in month.people)


def _start(at: datetime) -> datetime:
    """The start of the shift a sign-in at ``at`` is for (clerks come in before it)."""
    local = (at + timedelta(minutes=30)).astimezone()
    hour = 8 if 8 <= local.hour < 20 else 20
    day = local.date() if local.hour >= 8 else local.date() - timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour).astimezone()


def test_the_book_verifies(desk):
    report = verify(desk.db)
    assert report.ok, [p.describe() for p in report.problems]


def test_the_plan_is_the_same_for_a_seed_and_breaks_no_rule():
    a, b = Rota(7, date(2025, 1, 1)), Rota(7, date(2025, 1, 1))
    previous = None
    kinds: Counter[str] = Counter()
    for month in range(1, 13):
        plan = a.month(2025, month)
        assert plan == b.month(2025, month)
        assert plan.base == base_roster(2025, month)
        concerns = {w.concern for w in check(plan.final, None, previous)}
        assert not concerns  # no double, short rest, shift on leave, hours over, nor gap
        clerks_a_shift = Counter((d, c) for (_p, d), c in plan.final.cells.items() if c != "L")
        assert min(clerks_a_shift.values()) >= 2
        assert sum(c.no_show is not None for c in plan.crews.values()) == 1
        kinds.update(c.kind for c in plan.changes if c.approved)
        previous = plan.final
    assert kinds["leave"] >= 12 and kinds["swap"] >= 20
    assert {int(p) for p in plan.final.people} == {*SUPERVISORS, *CLERKS}
