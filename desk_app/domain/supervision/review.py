"""The supervisor's daily review (seed 004: 每日查阅当日值班记录): a local day of the whole desk read
and marked reviewed with a comment. A reviewed day stays reviewed (a later note is added, never
an edit); a day still to come cannot be reviewed. On time means by the review time (09:30 by
default) of the next day, which is also when the reminder for yesterday starts.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from desk_app.domain.errors import ValidationError
from desk_app.domain.text import lines

DEFAULT_REVIEW_TIME = time(9, 30)
MAX_COMMENT = 2000


def check_reviewable(day: date, today: date) -> None:
    """Today may be read and reviewed (the supervisor's end of day); tomorrow may not."""
    if day > today:
        raise ValidationError(
            "{day} has not come yet: a day is reviewed once it has been worked.",
            field="day",
            day=day.isoformat(),
        )


def review_comment(text: str) -> str:
    clean = lines(text, "comment")
    if len(clean) > MAX_COMMENT:
        raise ValidationError(
            "The comment is at most {most} characters.", field="comment", most=MAX_COMMENT
        )
    return clean


def note_text(text: str) -> str:
    clean = lines(text, "note")
    if not clean:
        raise ValidationError("Write the note.", field="note")
    if len(clean) > MAX_COMMENT:
        raise ValidationError(
            "The note is at most {most} characters.", field="note", most=MAX_COMMENT
        )
    return clean


def review_deadline(day: date, review_time: time = DEFAULT_REVIEW_TIME) -> datetime:
    """When the review of ``day`` is due: the review time of the next day (local wall clock)."""
    return datetime.combine(day + timedelta(days=1), review_time)


def on_time(day: date, reviewed_local: datetime, review_time: time = DEFAULT_REVIEW_TIME) -> bool:
    """Whether ``day`` was reviewed by its deadline (``reviewed_local``: the desk's wall clock)."""
    return reviewed_local.replace(tzinfo=None) <= review_deadline(day, review_time)


def days_to_remind(
    now_local: datetime,
    reviewed: set[date],
    first_day: date,
    review_time: time = DEFAULT_REVIEW_TIME,
) -> list[date]:
    """The worked days not reviewed, from ``first_day`` (the book's first day) to the last one
    due: yesterday once the review time has passed today, else the day before. Newest first."""
    today = now_local.date()
    last = today - timedelta(days=1 if now_local.time() >= review_time else 2)
    found = []
    day = last
    while day >= first_day:
        if day not in reviewed:
            found.append(day)
        day -= timedelta(days=1)
    return found
