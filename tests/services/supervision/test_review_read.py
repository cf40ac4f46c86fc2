"""The rows of a day's review read by the supervisor, on SQLite and PostgreSQL: a complaint or a
key opened from the review is marked read once (journaled, verified), per day and per reader;
an entry read through the log counts as read too; clerks mark nothing and read everyone's
notes and who reviewed a day."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.services.keys import commands as keys_commands
from desk_app.services.log import commands as log_commands
from desk_app.services.supervision import review
from desk_app.services.supervision.review_read import mark_row_read
from desk_app.store.journal import JOURNALED
from desk_app.store.supervision_tables import review_read
from desk_app.store.tables import journal
from desk_app.store.verify import verify
from tests.services.test_complaints import take
from tests.services.test_keys import lend


def test_a_complaint_row_read_once_per_day_and_reader(desk, clock, supervisor, manager, clerk):
    complaint = take(desk, clerk)
    entry = log_commands.record_entry(desk, clerk, category="note", text="Quiet night.")
    today = desk.clock.now().astimezone().date()
    assert review.review_day(desk, supervisor, today).read == frozenset()
    assert mark_row_read(desk, supervisor, today, "complaint", complaint.id) is True
    assert mark_row_read(desk, supervisor, today, "complaint", complaint.id) is False  # once
    log_commands.mark_read(desk, supervisor, entry.id)
    assert review.review_day(desk, supervisor, today).read == {
        ("complaint", complaint.num),
        ("entry", entry.num),
    }
    # The reader's own marks: the manager has read nothing of the day yet.
    assert review.review_day(desk, manager, today).read == frozenset()
    assert mark_row_read(desk, manager, today, "complaint", complaint.id) is True
    with desk.db.read() as conn:
        assert len(conn.execute(select(review_read.c.id)).all()) == 2
        tables = conn.execute(select(journal.c.entity)).scalars().all()
    assert tables.count("review_read") == 2 and review_read in JOURNALED
    assert verify(desk.db).ok


def test_a_key_moving_on_two_days_is_a_row_to_read_on_each(desk, clock, manager, supervisor, clerk):
    keys_commands.add_key(
        desk, manager, code="F12", label="Floor 12", key_type="floor", hook_row=1, hook_col=1
    )
    loan = lend(desk, clerk)
    first = desk.clock.now().astimezone().date()
    assert mark_row_read(desk, supervisor, first, "key", loan.id) is True
    clock.set(clock.now() + timedelta(days=1))
    second = first + timedelta(days=1)
    keys_commands.return_key(desk, clerk, "F12")
    assert ("key", "F12") in review.review_day(desk, supervisor, first).read
    assert ("key", "F12") not in review.review_day(desk, supervisor, second).read
    assert mark_row_read(desk, supervisor, second, "key", loan.id) is True
    assert ("key", "F12") in review.review_day(desk, supervisor, second).read


def test_refusals(desk, supervisor, clerk):
    complaint = take(desk, clerk)
    today = desk.clock.now().astimezone().date()
    with pytest.raises(PermissionDenied):
        mark_row_read(desk, clerk, today, "complaint", complaint.id)
    with pytest.raises(ValidationError):
        mark_row_read(desk, supervisor, today + timedelta(days=1), "complaint", complaint.id)
    with pytest.raises(ValueError):  # an entry is read through the log
        mark_row_read(desk, supervisor, today, "entry", complaint.id)
    with pytest.raises(ValueError):  # the review's rows name records that exist
        mark_row_read(desk, supervisor, today, "complaint", "no-such-complaint")
    with desk.db.read() as conn:
        assert conn.execute(select(review_read.c.id)).first() is None


def test_a_clerk_reads_the_notes_and_who_reviewed_a_day(desk, clock, supervisor, clerk):
    complaint = take(desk, clerk)
    today = desk.clock.now().astimezone().date()
    review.add_note(
        desk,
        supervisor,
        day=today,
        record_kind="complaint",
        record_id=complaint.id,
        text="Call the guest back tomorrow.",
    )
    notes = review.notes_on(desk, clerk, "complaint", complaint.id)
    assert [(n.by, n.text) for n in notes] == [(supervisor.name, "Call the guest back tomorrow.")]
    assert review.reviews_on(desk, clerk, [today]) == {}
    review.mark_reviewed(desk, supervisor, today, "Fine.")
    states = review.reviews_on(desk, clerk, [today, today - timedelta(days=3)])
    assert list(states) == [today] and states[today].reviewed_by == supervisor.name
    assert review.reviews_on(desk, clerk, []) == {}
