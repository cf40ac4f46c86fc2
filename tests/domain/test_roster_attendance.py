"""Attendance in the domain: rostered shifts against sign-ins and handovers (night shifts across
midnight and a month's end, late, no-show, pending, early leave, extra shifts, a sheet begun after
the change, a summer-time night) and the month per person."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desk_app.domain.roster.attendance import (
    AttendanceRules,
    HandoverRecord,
    Outcome,
    PersonAttendance,
    SignIn,
    attendance,
    desk_shifts,
    local_moment,
    planned_shifts,
    summary,
)
from desk_app.domain.roster.month import Roster
from desk_app.domain.roster.pattern import pattern_from_starts

TZ = ZoneInfo("Asia/Shanghai")
PATTERN = pattern_from_starts((time(8), time(20)))  # D 08-20, N 20-08
RULES = AttendanceRules(grace_minutes=10, lead_minutes=15)
A, B, C, X = "anna", "bo", "chen", "xenia"


def at(d: int, hh: int, mm: int = 0, month: int = 4) -> datetime:
    return datetime(2026, month, d, hh, mm, tzinfo=TZ)


def roster(cells: dict[tuple[str, int], str], people=(A, B, C)) -> Roster:
    return Roster(
        2026, 4, PATTERN, people, {(p, date(2026, 4, d)): code for (p, d), code in cells.items()}
    )


def run(r: Roster, sign_ins=(), handovers=(), days=None, now=None):
    days = days or [date(2026, 4, d) for d in range(1, 31)]
    around = [days[0] - timedelta(days=1), *days, days[-1] + timedelta(days=1)]
    return attendance(
        planned_shifts(r, tz=TZ),
        desk_shifts(PATTERN, around, TZ),
        [SignIn(p, t) for p, t in sign_ins],
        handovers,
        days=days,
        now=now or at(30, 23, month=5),
        rules=RULES,
    )


def handover(start, end, out, inc, handed, accepted) -> HandoverRecord:
    return HandoverRecord(start, end, out, inc, handed, accepted)


def test_shifts_come_from_the_roster_with_the_night_into_the_next_day():
    r = roster({(A, 1): "D", (B, 1): "N", (C, 30): "N", (A, 2): "L"})
    shifts = planned_shifts(r, tz=TZ)
    assert [(s.person, s.code, s.start, s.end) for s in shifts] == [
        (A, "D", at(1, 8), at(1, 20)),
        (B, "N", at(1, 20), at(2, 8)),
        (C, "N", at(30, 20), at(1, 8, month=5)),  # across the month's end
    ]
    assert [s.code for s in desk_shifts(PATTERN, [date(2026, 4, 1)], TZ)] == ["D", "N"]


def test_a_night_handed_over_in_the_morning_is_worked_on_time():
    r = roster({(A, 1): "N", (B, 2): "D"})
    rows = run(
        r,
        sign_ins=[(A, at(1, 19, 48)), (A, at(2, 2, 10)), (B, at(2, 7, 44))],
        handovers=[handover(at(1, 20), at(2, 8), A, B, at(2, 7, 50), at(2, 7, 55))],
    )
    night, day = rows
    assert (night.person, night.outcome, night.day) == (A, Outcome.ON_TIME, date(2026, 4, 1))
    assert night.signed_in_at == at(1, 19, 48) and night.left_at == at(2, 7, 55)
    assert night.handed_over_at == at(2, 7, 50)
    assert not night.left_early and night.hours_worked == 12.0 == night.hours_rostered
    assert (day.person, day.outcome) == (B, Outcome.ON_TIME)
    assert day.arrived_at == at(2, 7, 44) and day.accepted_at == at(2, 7, 55)


def test_a_late_arrival_counts_its_minutes_and_the_outgoing_clerk_who_stayed():
    r = roster({(A, 1): "N", (B, 2): "D"})
    rows = run(
        r,
        sign_ins=[(A, at(1, 19, 50)), (B, at(2, 8, 25))],
        handovers=[handover(at(1, 20), at(2, 8), A, B, at(2, 7, 40), at(2, 8, 30))],
    )
    night, day = rows
    assert day.outcome is Outcome.LATE and day.late_minutes == 25
    assert day.hours_worked == 11.58  # from 08:25
    assert night.outcome is Outcome.ON_TIME and night.hours_worked == 12.5  # stayed till 08:30
    # within the grace time is on time
    rows = run(r, sign_ins=[(A, at(1, 20, 10)), (B, at(2, 8, 9))])
    assert [x.outcome for x in rows] == [Outcome.ON_TIME, Outcome.ON_TIME]


def test_a_no_show_and_a_shift_not_yet_begun():
    r = roster({(A, 1): "D", (B, 1): "N"})
    rows = run(r, sign_ins=[(A, at(1, 7, 50))], now=at(1, 20, 5))
    assert [(x.person, x.outcome) for x in rows] == [(A, Outcome.ON_TIME), (B, Outcome.PENDING)]
    assert rows[0].hours_worked == 12.0
    rows = run(r, sign_ins=[(A, at(1, 7, 50))], now=at(1, 20, 11))
    assert rows[1].outcome is Outcome.NO_SHOW and rows[1].hours_worked == 0
    # an acceptance alone is arrival enough (signed on the outgoing clerk's screen)
    rows = run(r, handovers=[handover(at(1, 8), at(1, 20), A, B, at(1, 19, 40), at(1, 19, 45))])
    assert rows[1].outcome is Outcome.ON_TIME and rows[1].signed_in_at is None


def test_leaving_early_is_a_handover_before_the_change_less_lead_and_grace():
    r = roster({(A, 1): "D"}, people=(A, B))
    early = run(
        r,
        sign_ins=[(A, at(1, 7, 55))],
        handovers=[handover(at(1, 8), at(1, 20), A, C, at(1, 14, 50), at(1, 15, 0))],
    )
    a = early[0]
    assert a.left_early and a.early_minutes == 300 and a.hours_worked == 7.0
    at_the_change = run(
        r,
        sign_ins=[(A, at(1, 7, 55))],
        handovers=[handover(at(1, 8), at(1, 20), A, C, at(1, 19, 30), at(1, 19, 36))],
    )
    assert not at_the_change[0].left_early and at_the_change[0].hours_worked == 12.0
    # never accepted: released by the handing over itself
    only_handed = run(
        r,
        sign_ins=[(A, at(1, 7, 55))],
        handovers=[handover(at(1, 8), at(1, 20), A, None, at(1, 12), None)],
    )
    assert only_handed[0].left_early and only_handed[0].left_at == at(1, 12)


def test_extra_shifts_are_signed_in_or_accepted_without_being_rostered():
    r = roster({(A, 1): "D", (B, 1): "N"})
    rows = run(
        r,
        sign_ins=[(A, at(1, 7, 58)), (C, at(1, 19, 47)), (C, at(1, 23, 0)), (B, at(1, 19, 49))],
        handovers=[handover(at(1, 20), at(2, 8), C, X, at(2, 7, 50), at(2, 7, 52))],
    )
    got = [(x.person, x.code, x.day.day, x.outcome) for x in rows]
    assert got == [
        (A, "D", 1, Outcome.ON_TIME),
        (B, "N", 1, Outcome.ON_TIME),
        (C, "N", 1, Outcome.EXTRA),  # signed in twice, one extra shift
        (X, "D", 2, Outcome.EXTRA),  # took over the day shift, off the roster
    ]
    c = rows[2]
    assert c.hours_rostered == 0 and c.left_at == at(2, 7, 52) and c.hours_worked == 12.0
    # the clerk who leaves and signs in again soon after is not on an extra shift
    again = run(roster({(A, 1): "D"}), sign_ins=[(A, at(1, 8)), (A, at(1, 21))])
    assert [x.outcome for x in again] == [Outcome.ON_TIME]


def test_a_sheet_begun_after_the_change_still_links_both_clerks():
    r = roster({(A, 1): "D", (B, 1): "N"})
    # the outgoing clerk began the sheet at 20:05: it is the night's sheet, accepted 20:20
    rows = run(r, handovers=[handover(at(1, 20), at(2, 8), A, B, at(1, 20, 6), at(1, 20, 20))])
    a, b = rows
    assert a.left_at == at(1, 20, 20) and not a.left_early
    assert b.outcome is Outcome.LATE and b.late_minutes == 20


def test_the_night_before_the_period_is_not_an_extra_shift():
    r = roster({(A, 1): "D"})
    before = Roster(2026, 3, PATTERN, (C,), {(C, date(2026, 3, 31)): "N"})
    days = [date(2026, 4, 1)]
    rows = attendance(
        planned_shifts(r, days, TZ) + planned_shifts(before, tz=TZ),
        desk_shifts(PATTERN, [date(2026, 3, 31), *days, date(2026, 4, 2)], TZ),
        [SignIn(C, at(1, 6, 30)), SignIn(A, at(1, 7, 50))],
        [],
        days=days,
        now=at(2, 0),
    )
    assert [(x.person, x.outcome) for x in rows] == [(A, Outcome.ON_TIME)]


def test_a_summer_time_night_is_as_long_as_it_was():
    berlin = ZoneInfo("Europe/Berlin")  # clocks forward at 02:00 on 29 March 2026
    r = Roster(2026, 3, PATTERN, (A,), {(A, date(2026, 3, 28)): "N"})
    (shift,) = planned_shifts(r, tz=berlin)
    assert shift.end == local_moment(date(2026, 3, 29), time(8), berlin)
    (row,) = attendance(
        [shift],
        desk_shifts(PATTERN, [date(2026, 3, 28)], berlin),
        [SignIn(A, shift.start - timedelta(minutes=5))],
        [],
        days=[date(2026, 3, 28)],
        now=shift.end + timedelta(days=1),
    )
    assert row.hours_rostered == 11.0 == row.hours_worked


def test_the_month_per_person():
    r = roster({(A, 1): "D", (A, 3): "D", (B, 1): "N", (B, 3): "N", (C, 2): "D"})
    rows = run(
        r,
        sign_ins=[
            (A, at(1, 7, 50)),
            (A, at(3, 8, 40)),  # late
            (B, at(1, 19, 50)),  # B's second night: no-show
            (C, at(2, 7, 50)),
            (C, at(4, 7, 55)),  # extra
        ],
    )
    people = {p.person: p for p in summary(rows, (A, B, C, X))}
    assert people[A] == PersonAttendance(A, 2, 2, 24.0, 23.33, late=1)
    assert people[B] == PersonAttendance(B, 2, 1, 24.0, 12.0, no_show=1)
    assert people[C] == PersonAttendance(C, 1, 2, 12.0, 24.0, extra=1)
    assert people[X] == PersonAttendance(X)  # on the list, no shift
