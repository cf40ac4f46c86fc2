"""The supervisor's daily review (seed 004: 每日查阅当日值班记录): a local day of every station, the
duty report's sections for it (the log with important entries and amendments, complaints,
lost and found, keys, the sheets sealed and their discrepancies), the notes written on its rows,
and whether and by whom the day was marked reviewed, and which of its rows the reviewer has read
(:mod:`desk_app.services.supervision.review_read`). A reviewed day stays reviewed; a note added
later never changes a record, and shows on that record to everyone afterwards.

The review time (09:30 unless the manager sets another) is when yesterday's review falls due:
from then on supervisors are reminded of each worked day not reviewed, newest first, over the
last :data:`REMIND_DAYS` days.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, func, select

from desk_app.domain.clock import local_days
from desk_app.domain.errors import ConflictError, ValidationError
from desk_app.domain.handover.rules import DutyReport
from desk_app.domain.roles import Capability, can
from desk_app.domain.supervision.review import (
    check_reviewable,
    days_to_remind,
    note_text,
    on_time,
    review_comment,
)
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.duty_report import duty_report
from desk_app.services.names import names_of
from desk_app.services.supervision.policy import read_review_time
from desk_app.services.supervision.review_read import rows_read
from desk_app.services.supervision.writes import insert_day_review
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.journal import insert_journaled
from desk_app.store.supervision_tables import day_review, review_note
from desk_app.store.tables import log_entry
from desk_app.store.types import new_id

REMIND_DAYS = 31  # how far back the reminder looks for days not reviewed
RECORD_KINDS = ("entry", "complaint", "lf_item", "lf_report", "key", "handover")  # ui/shell/records


class ReviewState(Value):
    day: date
    reviewed_by: str  # a name
    reviewed_at: datetime
    comment: str
    on_time: bool


class NoteView(Value):
    id: str
    day: date
    record_kind: str
    record_id: str
    by: str
    at: datetime
    text: str


class DayReview(Value):
    day: date
    report: DutyReport
    state: ReviewState | None
    notes: tuple[NoteView, ...]
    # (kind, the number or code its row prints) of the rows the reviewer has read: the entries
    # they read (or wrote), the other rows they opened from this day's review.
    read: frozenset[tuple[str, object]] = field(default_factory=frozenset)


def _today(desk: Desk) -> date:
    return desk.clock.now().astimezone().date()


def _states(conn: Connection, first: date, last: date) -> dict[date, ReviewState]:
    return _states_where(
        conn, day_review.c.day >= first.isoformat(), day_review.c.day <= last.isoformat()
    )


def _states_where(conn: Connection, *where) -> dict[date, ReviewState]:
    rows = conn.execute(select(day_review).where(*where)).all()
    names = names_of(conn, [r.reviewed_by for r in rows])
    review_time = read_review_time(conn)
    found = {}
    for r in rows:
        day = date.fromisoformat(r.day)
        local = r.reviewed_at.astimezone()
        found[day] = ReviewState(
            day,
            names.get(r.reviewed_by, ""),
            r.reviewed_at,
            r.comment,
            on_time(day, local, review_time),
        )
    return found


def _notes(conn: Connection, *where) -> tuple[NoteView, ...]:
    rows = conn.execute(select(review_note).where(*where).order_by(review_note.c.at)).all()
    names = names_of(conn, [r.by_id for r in rows])
    return tuple(
        NoteView(
            r.id,
            date.fromisoformat(r.day),
            r.record_kind,
            r.record_id,
            names.get(r.by_id, ""),
            r.at,
            r.text,
        )
        for r in rows
    )


def review_day(desk: Desk, actor: Actor, day: date) -> DayReview:
    """The day's review screen: every station's books over the local day, its notes and state."""
    check_reviewable(day, _today(desk))
    start, end = local_days(day, day)
    report = duty_report(desk, actor, start, end)  # checks REVIEW_LOG
    with desk.db.read() as conn:
        state = _states(conn, day, day).get(day)
        notes = _notes(conn, review_note.c.day == day.isoformat())
        read = rows_read(conn, actor.id, day, start, end)
    return DayReview(day, report, state, notes, read)


def mark_reviewed(desk: Desk, actor: Actor, day: date, comment: str = "") -> ReviewState:
    """The day marked reviewed, with a comment; once only (a later word is a note)."""
    check_reviewable(day, _today(desk))
    comment = review_comment(comment)
    with unit_of_work(desk, actor, Capability.REVIEW_LOG) as work:
        conn, at = work.conn, work.by["at"]
        if conn.execute(select(day_review.c.id).where(day_review.c.day == day.isoformat())).first():
            raise ConflictError(
                "{day} is already reviewed: add a note to a row instead.", day=day.isoformat()
            )
        insert_day_review(conn, work.journal, day=day, by=actor.id, at=at, comment=comment)
        return _states(conn, day, day)[day]


def add_note(
    desk: Desk, actor: Actor, *, day: date, record_kind: str, record_id: str, text: str
) -> NoteView:
    """A supervisor's note on one row of the day (a log entry, a complaint, a key …): shown on
    that record afterwards, never changing it."""
    if record_kind not in RECORD_KINDS:
        raise ValidationError("Notes are written on a book's record.", field="record")
    check_reviewable(day, _today(desk))
    text = note_text(text)
    with unit_of_work(desk, actor, Capability.REVIEW_LOG) as work:
        conn, at = work.conn, work.by["at"]
        note_id = new_id()
        insert_journaled(
            conn,
            work.journal,
            review_note,
            {
                "id": note_id,
                "day": day.isoformat(),
                "record_kind": record_kind,
                "record_id": str(record_id),
                "by_id": actor.id,
                "at": at,
                "text": text,
            },
            at,
        )
        return _notes(conn, review_note.c.id == note_id)[0]


def notes_on(desk: Desk, actor: Actor, record_kind: str, record_id: str) -> tuple[NoteView, ...]:
    """The review notes on one record, oldest first: everyone who opens it reads them."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return _notes(
            conn,
            review_note.c.record_kind == record_kind,
            review_note.c.record_id == str(record_id),
        )


def reviews_between(desk: Desk, actor: Actor, first: date, last: date) -> dict[date, ReviewState]:
    """Who reviewed which of these days and when (the duty report, the log dock's day header)."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return _states(conn, first, last)


def reviews_on(desk: Desk, actor: Actor, days: Iterable[date]) -> dict[date, ReviewState]:
    """Who reviewed which of these days and when, for anyone signed in: the log dock asks for
    the days of the rows it has loaded (a page of a search may span years, a few dozen days of
    it), never for a range it would have to read whole."""
    wanted = sorted({d.isoformat() for d in days})
    if not wanted:
        return {}
    with desk.db.read() as conn:
        require(conn, actor, Capability.KEEP_LOG)
        return _states_where(conn, day_review.c.day.in_(wanted))


def days_not_reviewed(desk: Desk, actor: Actor) -> list[date]:
    """For supervisors and managers: the worked days of the last month not reviewed, newest
    first, once each is due (yesterday from the review time on). A day before the book's first
    entry is not a worked day."""
    now = desk.clock.now().astimezone().replace(tzinfo=None)
    with desk.db.read() as conn:
        role = require(conn, actor, Capability.KEEP_LOG)
        if not can(role, Capability.REVIEW_LOG):
            return []
        first_entry = conn.execute(select(func.min(log_entry.c.at))).scalar()
        if first_entry is None:
            return []
        first = max(first_entry.astimezone().date(), now.date() - timedelta(days=REMIND_DAYS))
        reviewed = set(_states(conn, first, now.date()))
        return days_to_remind(now, reviewed, first, read_review_time(conn))
