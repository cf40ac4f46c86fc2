"""The daily review through the services, on SQLite and PostgreSQL: a day's books read, notes on
rows shown on their records, the day marked reviewed once (on time or late), the reminder of
days not reviewed from the review time; clerks neither review nor are reminded."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from desk_app.domain.errors import ConflictError, PermissionDenied, ValidationError
from desk_app.services.log import commands as log_commands
from desk_app.services.supervision import policy, review
from desk_app.store.verify import verify


def test_a_day_read_noted_and_marked_reviewed(desk, clock, supervisor, clerk, manager):
    entry = log_commands.record_entry(desk, clerk, category="note", text="水管漏水，已报修")
    today = desk.clock.now().astimezone().date()
    day = review.review_day(desk, supervisor, today)
    assert day.state is None and day.notes == ()
    log = next(s for s in day.report.sections if s.rows)
    assert any("水管漏水" in str(cell) for row in log.rows for cell in row)
    note = review.add_note(
        desk, supervisor, day=today, record_kind="entry", record_id=entry.id, text="跟进维修"
    )
    assert (note.by, note.text) == (supervisor.name, "跟进维修")
    # Everyone who opens the entry reads the note.
    assert [n.text for n in review.notes_on(desk, clerk, "entry", entry.id)] == ["跟进维修"]
    state = review.mark_reviewed(desk, supervisor, today, "All handled.")
    assert (state.reviewed_by, state.comment, state.on_time) == (
        supervisor.name,
        "All handled.",
        True,
    )
    with pytest.raises(ConflictError):
        review.mark_reviewed(desk, manager, today, "again")
    # Still noted afterwards, never edited.
    review.add_note(
        desk, manager, day=today, record_kind="entry", record_id=entry.id, text="Checked."
    )
    again = review.review_day(desk, supervisor, today)
    assert again.state == state and len(again.notes) == 2
    assert verify(desk.db).ok


def test_refusals(desk, supervisor, clerk):
    today = desk.clock.now().astimezone().date()
    with pytest.raises(ValidationError):
        review.review_day(desk, supervisor, today + timedelta(days=1))
    with pytest.raises(ValidationError):
        review.mark_reviewed(desk, supervisor, today + timedelta(days=1))
    with pytest.raises(PermissionDenied):
        review.mark_reviewed(desk, clerk, today)
    with pytest.raises(PermissionDenied):
        review.review_day(desk, clerk, today)
    with pytest.raises(ValidationError):
        review.add_note(
            desk, supervisor, day=today, record_kind="entry", record_id="x", text=" "
        )
    with pytest.raises(ValidationError):
        review.add_note(desk, supervisor, day=today, record_kind="nothing", record_id="x", text="y")


def test_the_reminder_from_the_review_time_and_late_reviews(
    desk, clock, supervisor, clerk, manager
):
    log_commands.record_entry(desk, clerk, category="note", text="Quiet night.")
    first = desk.clock.now().astimezone()
    day0 = first.date()
    assert review.days_not_reviewed(desk, supervisor) == []  # today is not due
    # The next day before the review time: nothing due; from it on, yesterday.
    next_morning = first.replace(hour=9, minute=0) + timedelta(days=1)
    clock.set(next_morning)
    assert review.days_not_reviewed(desk, supervisor) == []
    clock.set(next_morning.replace(minute=45))
    assert review.days_not_reviewed(desk, supervisor) == [day0]
    assert review.days_not_reviewed(desk, clerk) == []  # clerks are not asked
    late = review.mark_reviewed(desk, supervisor, day0)
    assert not late.on_time
    assert review.days_not_reviewed(desk, supervisor) == []
    assert review.reviews_between(desk, clerk, day0, day0)[day0].reviewed_by == supervisor.name
    # The manager moves the review time: yesterday is due later.
    with pytest.raises(PermissionDenied):
        policy.set_review_time(desk, supervisor, time(11, 0))
    assert policy.set_review_time(desk, manager, time(11, 0)) == time(11, 0)
    clock.set(next_morning.replace(minute=45) + timedelta(days=1))
    assert review.days_not_reviewed(desk, supervisor) == []
    clock.set(next_morning.replace(hour=11, minute=5) + timedelta(days=1))
    assert review.days_not_reviewed(desk, supervisor) == [day0 + timedelta(days=1)]


def test_the_duty_report_says_which_days_were_reviewed_and_the_inspections(
    desk, clock, supervisor, clerk, manager
):
    from desk_app.domain.clock import local_days
    from desk_app.services.duty_report import duty_report
    from tests.conftest import START
    from tests.services.test_inspections import record

    day0 = desk.clock.now().astimezone().date()
    for n in range(3):  # a worked day each: an entry on it
        clock.set(START + timedelta(days=n))
        log_commands.record_entry(desk, clerk, category="note", text=f"Day {n}: quiet.")
    clock.set(START)
    done = record(desk, supervisor, clerk)
    clock.set(START + timedelta(days=2, hours=1))  # past 09:30 two days on
    review.mark_reviewed(desk, supervisor, day0 + timedelta(days=1), "Fine.")
    report = duty_report(desk, manager, *local_days(day0, day0 + timedelta(days=2)))
    sections = {s.key: s for s in report.sections}
    reviews = sections["day_reviews"]
    assert [r[0] for r in reviews.rows] == [day0 + timedelta(days=n) for n in range(3)]
    assert reviews.rows[1][1] == supervisor.name and reviews.rows[1][3] is False  # late
    assert reviews.flagged == (0, 1)  # not reviewed; reviewed late; today is not due
    inspected = sections["inspections"]
    assert [r[0] for r in inspected.rows] == [done.num]
    assert inspected.rows[0][2] == "spot" and inspected.rows[0][6] == "pending"
