"""Complaint analysis and the register for export, on SQLite and PostgreSQL.

A handful of complaints are made through the services on a clock the test moves, so every figure
below can be worked out by hand. The desk's local time zone is set to Asia/Shanghai (UTC+8) so
that grouping by day follows local midnight, not UTC's.
"""

from __future__ import annotations

import time
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event

from desk_app.domain.complaints import (
    UNSETTLED_KEY,
    AnalysisRow,
    Channel,
    ComplaintAnalysis,
    ComplaintCategory,
    Status,
)
from desk_app.domain.errors import PermissionDenied
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.complaints.analysis import TOTAL_KEY, analyse, register_rows
from tests.conftest import SUPERVISOR_PIN

HOUR = timedelta(hours=1)
MIN = timedelta(minutes=1)


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _intake(desk, actor, category, promise, **kw):
    return complaints_commands.intake(
        desk,
        actor,
        channel=kw.pop("channel", "phone"),
        guest_name=kw.pop("guest_name", "Гость Петров"),
        room=kw.pop("room", "712"),
        category=category,
        severity=kw.pop("severity", "medium"),
        text=kw.pop("text", "Шумно за стеной / 隔壁很吵"),
        promised_at=desk.clock.now() + promise,
        **kw,
    )


def _act(desk, actor, view, action, **kw):
    return complaints_commands.act(
        desk, actor, view.id, action, expected_version=view.version, note=f"{action} step", **kw
    )


@pytest.fixture
def story(desk, clock, manager, clerk, supervisor, shanghai):
    """Four complaints, all on 14-16 March 2026 (START is 09:30 UTC = 17:30 in Shanghai).

    1 noise, by the clerk: reply after 30 min (promise 60), resolved after 2 h with 100 by the
      clerk, follow-up call: satisfaction 4, closed.
    2 noise, by the clerk at 12:30 UTC (20:30 local): assigned to the supervisor, reply after
      90 min (promise 30: late), resolved after 5 h with 600 by the supervisor, satisfaction 2.
    3 billing, by the manager at 16:30 UTC = 00:30 local on the 15th: no reply, promise passes.
    4 billing, by the manager on the 16th 09:00 UTC: assigned to the supervisor, promise three
      days ahead, not yet due.
    The clock ends on the 16th at 10:00 UTC.
    """
    t0 = clock.now()
    c1 = _intake(desk, clerk, "noise", HOUR, channel="walk_in", guest_name="Li Wei 李伟")
    clock.set(t0 + 30 * MIN)
    c1 = _act(desk, clerk, c1, "reply")
    clock.set(t0 + 2 * HOUR)
    c1 = _act(
        desk,
        clerk,
        c1,
        "resolve",
        outcome="Moved to a quiet room",
        compensation="100",
        compensation_kind="voucher",
    )
    clock.set(t0 + 3 * HOUR)
    c2 = _intake(desk, clerk, "noise", 30 * MIN, severity="high")
    clock.set(t0 + 3 * HOUR + 10 * MIN)
    c2 = _act(desk, clerk, c2, "assign", assignee_id=supervisor.id)
    clock.set(t0 + 3 * HOUR + 90 * MIN)
    c2 = _act(desk, supervisor, c2, "reply")
    clock.set(t0 + 7 * HOUR)  # 16:30 UTC, 00:30 on the 15th in Shanghai
    c3 = _intake(desk, manager, "billing", HOUR, guest_name="Анна")
    clock.set(t0 + 8 * HOUR)
    c2 = _act(
        desk,
        supervisor,
        c2,
        "resolve",
        outcome="Refund of one night",
        compensation="600.50",
        compensation_kind="refund",
        pin=SUPERVISOR_PIN,  # above the limit of 500
    )
    clock.set(t0 + 26 * HOUR)
    c1 = _act(desk, clerk, c1, "follow_up", reached=True, satisfaction=4)
    c1 = _act(desk, clerk, c1, "close")
    clock.set(t0 + 30 * HOUR)
    c2 = _act(desk, supervisor, c2, "follow_up", reached=True, satisfaction=2)
    clock.set(t0 + 47 * HOUR + 30 * MIN)  # the 16th, 09:00 UTC
    c4 = _intake(desk, manager, "billing", 72 * HOUR)
    c4 = _act(desk, manager, c4, "assign", assignee_id=supervisor.id)
    clock.set(t0 + 48 * HOUR + 30 * MIN)
    return {"t0": t0, "c1": c1, "c2": c2, "c3": c3, "c4": c4}


def _by_key(analysis: ComplaintAnalysis) -> dict[str, AnalysisRow]:
    return {r.key: r for r in analysis.rows}


def test_by_category(desk, supervisor, story):
    result = analyse(desk, supervisor, group_by="category")
    assert result.group_by == "category"
    assert (result.since, result.until) == (None, None)
    assert [r.key for r in result.rows] == [c.value for c in ComplaintCategory]
    rows = _by_key(result)
    assert rows["noise"] == AnalysisRow(
        key="noise",
        count=2,
        overdue=1,
        overdue_rate=0.5,
        median_first_reply_minutes=60.0,  # 30 and 90
        median_resolution_hours=3.5,  # 2 and 5
        compensation_total=Decimal("700.50"),
        satisfaction_avg=3.0,
    )
    assert rows["billing"] == AnalysisRow(
        key="billing",
        count=2,
        overdue=1,  # no reply and the promise passed; the other is not yet due
        overdue_rate=0.5,
        median_first_reply_minutes=None,
        median_resolution_hours=None,
        compensation_total=Decimal("0.00"),
        satisfaction_avg=None,
    )
    assert rows["food"] == AnalysisRow("food", 0, 0, 0.0, None, None, Decimal("0.00"), None)
    assert result.total == AnalysisRow(
        key=TOTAL_KEY,
        count=4,
        overdue=2,
        overdue_rate=0.5,
        median_first_reply_minutes=60.0,
        median_resolution_hours=3.5,
        compensation_total=Decimal("700.50"),
        satisfaction_avg=3.0,
    )


def test_by_period_in_local_time(desk, manager, story):
    days = analyse(desk, manager, group_by="day")
    # In UTC the third complaint would fall on the 14th; at the desk it is past midnight.
    assert [(r.key, r.count) for r in days.rows] == [
        ("2026-03-14", 2),
        ("2026-03-15", 1),
        ("2026-03-16", 1),
    ]
    assert [r.overdue for r in days.rows] == [1, 1, 0]
    assert days.rows[0].median_first_reply_minutes == 60.0
    weeks = analyse(desk, manager, group_by="week")
    assert [(r.key, r.count) for r in weeks.rows] == [("2026-W11", 3), ("2026-W12", 1)]
    months = analyse(desk, manager, group_by="month")
    assert [(r.key, r.count, r.overdue) for r in months.rows] == [("2026-03", 4, 2)]
    assert days.total == weeks.total == months.total


def test_days_without_complaints_are_listed_as_zero(desk, clerk, manager, clock, shanghai):
    _intake(desk, clerk, "food", HOUR)
    clock.advance(timedelta(days=3))
    _intake(desk, clerk, "food", HOUR)
    rows = analyse(desk, manager, group_by="day").rows
    assert [(r.key, r.count) for r in rows] == [
        ("2026-03-14", 1),
        ("2026-03-15", 0),
        ("2026-03-16", 0),
        ("2026-03-17", 1),
    ]
    assert rows[1].overdue_rate == 0.0


def test_week_and_month_keys_across_the_year_end(desk, clerk, manager, clock, shanghai):
    from datetime import UTC, datetime

    for when in ("2026-12-30T10:00", "2027-01-04T10:00", "2027-02-01T10:00"):
        clock.set(datetime.fromisoformat(when).replace(tzinfo=UTC))
        _intake(desk, clerk, "service", HOUR)
    weeks = analyse(desk, manager, group_by="week").rows
    assert [r.key for r in weeks] == ["2026-W53", *[f"2027-W{n:02d}" for n in range(1, 6)]]
    assert [r.count for r in weeks] == [1, 1, 0, 0, 0, 1]
    months = analyse(desk, manager, group_by="month").rows
    assert [(r.key, r.count) for r in months] == [("2026-12", 1), ("2027-01", 1), ("2027-02", 1)]


def test_periods_follow_daylight_saving_whatever_the_row_order(
    desk, clerk, manager, clock, monkeypatch
):
    """New York: summer time starts 8 March 2026 at 02:00 and ends 1 November at 02:00."""
    from datetime import UTC, datetime

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        times = [
            "2026-03-08T04:59",  # 23:59 on the 7th (UTC-5)
            "2026-03-08T05:00",  # midnight on the 8th
            "2026-03-09T03:59",  # 23:59 on the 8th (UTC-4)
            "2026-03-09T04:00",  # midnight on the 9th
            "2026-03-31T23:30",  # 19:30 on the 31st
            "2026-04-01T03:59",  # 23:59 on the 31st
            "2026-11-01T03:59",  # 23:59 on 31 October (UTC-4)
            "2026-11-01T05:30",  # 01:30 on 1 November, the first time (UTC-4)
            "2026-11-01T06:30",  # 01:30 on 1 November, the second time (UTC-5)
            "2026-11-02T04:59",  # 23:59 on 1 November (UTC-5)
            "2026-03-08T05:01",  # out of order, after the cache has moved on
        ]
        clock.set(datetime(2026, 12, 1, tzinfo=UTC))
        for when in times:
            received = datetime.fromisoformat(when).replace(tzinfo=UTC)
            complaints_commands.intake(
                desk,
                clerk,
                received_at=received,
                channel="other",
                guest_name="Guest",
                category="other",
                severity="low",
                text="x",
                promised_at=received + HOUR,
            )
        expected: dict[str, int] = {}
        for when in times:
            local = datetime.fromisoformat(when).replace(tzinfo=UTC).astimezone().date()
            expected[local.isoformat()] = expected.get(local.isoformat(), 0) + 1
        days = {r.key: r.count for r in analyse(desk, manager, group_by="day").rows if r.count}
        assert days == expected
        assert days["2026-03-08"] == 3 and days["2026-11-01"] == 3
        months = {r.key: r.count for r in analyse(desk, manager, group_by="month").rows}
        assert months["2026-03"] == 7 and months["2026-10"] == 1 and months["2026-11"] == 3
        weeks = {r.key: r.count for r in analyse(desk, manager, group_by="week").rows if r.count}
        assert weeks == {"2026-W10": 4, "2026-W11": 1, "2026-W14": 2, "2026-W44": 4}
    finally:
        monkeypatch.undo()
        time.tzset()


def test_by_staff_counts_against_who_took_it_in(desk, supervisor, story):
    result = analyse(desk, supervisor, group_by="staff")
    assert result.counts_against == "taken"  # the default
    # 1 and 2 taken in by the clerk, 3 and 4 by the manager: whoever settled or holds them.
    assert [(r.key, r.count) for r in result.rows] == [("Мария Manager", 2), ("王芳", 2)]
    rows = _by_key_rows(result.rows)
    assert rows["王芳"].compensation_total == Decimal("700.50")
    assert rows["Мария Manager"].overdue == 1
    assert sum(r.count for r in result.rows) == result.total.count == 4


def test_by_staff_counts_against_who_settled_it(desk, supervisor, story):
    result = analyse(desk, supervisor, group_by="staff", counts_against="settled")
    assert result.counts_against == "settled"
    # 1 resolved by the clerk, 2 by the supervisor; 3 and 4 nobody has settled: a row of their
    # own, last, so the rows still add up to the total.
    assert [(r.key, r.count) for r in result.rows] == [
        ("Ivan Supervisor", 1),
        ("王芳", 1),
        (UNSETTLED_KEY, 2),
    ]
    rows = _by_key_rows(result.rows)
    assert rows["Ivan Supervisor"].compensation_total == Decimal("600.50")
    assert rows["王芳"].compensation_total == Decimal("100.00")
    assert rows[UNSETTLED_KEY].overdue == 1 and rows[UNSETTLED_KEY].compensation_total == 0
    assert sum(r.count for r in result.rows) == result.total.count == 4
    assert analyse(desk, supervisor, group_by="category").counts_against is None


def test_unknown_counts_against_is_a_programming_error(desk, manager):
    with pytest.raises(ValueError):
        analyse(desk, manager, group_by="staff", counts_against="assigned")


def _by_key_rows(rows):
    return {r.key: r for r in rows}


def test_a_reopened_complaint_no_longer_counts_as_settled(desk, supervisor, clerk, story, clock):
    c1 = story["c1"]
    c1 = _act(desk, supervisor, c1, "reopen", promised_at=clock.now() + timedelta(hours=2))
    _act(desk, supervisor, c1, "assign", assignee_id=supervisor.id)
    settled = _by_key_rows(
        analyse(desk, supervisor, group_by="staff", counts_against="settled").rows
    )
    assert "王芳" not in settled
    assert settled[UNSETTLED_KEY].count == 3
    taken = _by_key_rows(analyse(desk, supervisor, group_by="staff").rows)
    assert taken["王芳"].count == 2  # still the one who took it in
    # No longer resolved: its resolution time leaves the median; its first reply stays.
    noise = _by_key(analyse(desk, supervisor, group_by="category"))["noise"]
    assert noise.median_resolution_hours == 5.0
    assert noise.median_first_reply_minutes == 60.0


def test_period_selects_by_time_received(desk, supervisor, story):
    t0 = story["t0"]
    result = analyse(
        desk, supervisor, group_by="category", since=t0 + 3 * HOUR, until=t0 + 47 * HOUR
    )
    assert (result.since, result.until) == (t0 + 3 * HOUR, t0 + 47 * HOUR)
    assert result.total.count == 2  # complaints 2 and 3
    assert _by_key(result)["noise"].count == 1
    assert _by_key(result)["billing"].count == 1
    nothing = analyse(desk, supervisor, group_by="day", since=t0 + 100 * HOUR)
    assert nothing.rows == []
    assert nothing.total.count == 0
    assert nothing.total.overdue_rate == 0.0
    assert nothing.total.median_first_reply_minutes is None


def test_clerk_is_refused(desk, clerk, story):
    with pytest.raises(PermissionDenied):
        analyse(desk, clerk, group_by="category")
    with pytest.raises(PermissionDenied):
        register_rows(desk, clerk)


def test_unknown_grouping_is_a_programming_error(desk, manager):
    with pytest.raises(ValueError):
        analyse(desk, manager, group_by="year")


def test_register_rows(desk, manager, story):
    rows = register_rows(desk, manager)
    assert [r.num for r in rows] == [1, 2, 3, 4]  # oldest first
    r1, r2, r3, r4 = rows
    assert r1.guest_name == "Li Wei 李伟"
    assert r1.channel is Channel.WALK_IN
    assert r1.category is ComplaintCategory.NOISE
    assert r1.status is Status.CLOSED
    assert r1.compensation == Decimal("100.00")
    assert (r1.compensation_kind, r1.satisfaction, r1.follow_up_reached) == ("voucher", 4, True)
    assert (r1.created_by_name, r1.resolved_by_name, r1.assignee_name) == ("王芳", "王芳", None)
    assert r1.received_at == story["t0"]
    assert r1.received_at.tzinfo is not None
    assert r1.closed_at is not None
    assert r1.text == "Шумно за стеной / 隔壁很吵"
    assert r1.station == "Test desk"
    assert [r.overdue for r in rows] == [False, True, True, False]
    assert (r2.assignee_name, r2.resolved_by_name) == ("Ivan Supervisor", "Ivan Supervisor")
    assert r2.compensation == Decimal("600.50")
    assert r3.first_reply_at is None and r3.resolved_by_name is None
    assert r3.created_by_name == "Мария Manager"
    assert r4.assignee_name == "Ivan Supervisor"
    t0 = story["t0"]
    window = register_rows(desk, manager, since=t0 + HOUR, until=t0 + 47 * HOUR)
    assert [r.num for r in window] == [2, 3]


def test_one_query_for_the_complaints_whatever_their_number(desk, manager, story):
    statements: list[str] = []

    def record(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(desk.db.engine, "before_cursor_execute", record)
    try:
        for group_by in ("category", "day", "week", "month", "staff"):
            statements.clear()
            analyse(desk, manager, group_by=group_by)
            # The caller's role, the complaints, and (by staff) their names.
            assert len(statements) <= 3, statements
        statements.clear()
        register_rows(desk, manager)
        assert len(statements) == 2, statements
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", record)
