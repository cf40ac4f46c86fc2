"""The duty log as a bound book: what an entry must hold, and how amendments and follow-ups work.

Entries are never changed once written. An amendment is a new entry pointing at the old one; a
follow-up is closed by a new entry that says what was done. So every state shown on screen
("amended", "closed") is derived from later entries, never from editing an earlier one.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from desk_app.domain import text as text_rule
from desk_app.domain.book_lines import BookLine
from desk_app.domain.errors import ValidationError
from desk_app.domain.value import Value

TEXT_MAX_LENGTH = 4000
SHORT_FIELD_MAX_LENGTH = 120
# A due time a few seconds in the past is a slow typist, not a mistake.
DUE_GRACE = timedelta(minutes=1)


class Category(StrEnum):
    INQUIRY = "inquiry"
    REQUEST = "request"
    COMPLAINT = "complaint"
    INCIDENT = "incident"
    REPAIR = "repair"
    SECURITY = "security"
    CALL = "call"
    NOTE = "note"


# Keyboard order of the quick-entry line: Alt+1 … Alt+8.
CATEGORY_ORDER: tuple[Category, ...] = tuple(Category)


def parse_category(value: str) -> Category:
    try:
        return Category(value)
    except ValueError:
        raise ValidationError(
            "Unknown category: {category}.", field="category", category=value
        ) from None


_TOO_LONG = {
    "room": "The room or place is longer than {limit} characters.",
    "party": "The party concerned is longer than {limit} characters.",
}


def clean_short(value: str | None, field: str) -> str:
    value = text_rule.line(value, field)
    if len(value) > SHORT_FIELD_MAX_LENGTH:
        raise ValidationError(_TOO_LONG[field], field=field, limit=SHORT_FIELD_MAX_LENGTH)
    return value


def clean_text(text: str | None) -> str:
    text = text_rule.lines(text, "text")
    if not text:
        raise ValidationError("Write what happened: the text is empty.", field="text")
    if len(text) > TEXT_MAX_LENGTH:
        raise ValidationError(
            "The text is longer than {limit} characters.", field="text", limit=TEXT_MAX_LENGTH
        )
    return text


class FollowUpDraft(Value):
    owner_id: str
    due_at: datetime


class EntryDraft(Value):
    """A log entry as validated, ready to write."""

    category: Category
    text: str
    room: str
    party: str
    important: bool
    follow_up: FollowUpDraft | None
    amends_id: str | None = None
    closes_follow_up_id: str | None = None
    # A line the program words (a key issued, a found item registered): shown in the reader's
    # language; ``text`` is then empty.
    line: BookLine | None = None


def program_entry(
    *, category: Category, line: BookLine, room: str = "", party: str = ""
) -> EntryDraft:
    """An entry the program writes about a movement in another book. Its values were checked by
    that book's rules; the room and the party are cut to what the log keeps."""
    return EntryDraft(
        category=category,
        text="",
        room=clean_short(room[:SHORT_FIELD_MAX_LENGTH], "room"),
        party=clean_short(party[:SHORT_FIELD_MAX_LENGTH], "party"),
        important=False,
        follow_up=None,
        line=line,
    )


def validate_entry(
    *,
    category: str,
    text: str | None,
    room: str | None = "",
    party: str | None = "",
    important: bool = False,
    follow_up_owner_id: str | None = None,
    follow_up_due: datetime | None = None,
    now: datetime,
    amends_id: str | None = None,
    closes_follow_up_id: str | None = None,
) -> EntryDraft:
    cat = parse_category(category)
    clean = clean_text(text)
    follow_up = None
    if follow_up_owner_id or follow_up_due:
        if not follow_up_owner_id:
            raise ValidationError("Choose who owns the follow-up.", field="follow_up_owner")
        if follow_up_due is None:
            raise ValidationError("Choose when the follow-up is due.", field="follow_up_due")
        if follow_up_due.tzinfo is None:
            raise ValueError("follow_up_due must be timezone-aware")
        if follow_up_due < now - DUE_GRACE:
            raise ValidationError("The follow-up due time is in the past.", field="follow_up_due")
        follow_up = FollowUpDraft(owner_id=follow_up_owner_id, due_at=follow_up_due)
    return EntryDraft(
        category=cat,
        text=clean,
        room=clean_short(room, "room"),
        party=clean_short(party, "party"),
        important=important,
        follow_up=follow_up,
        amends_id=amends_id,
        closes_follow_up_id=closes_follow_up_id,
    )


def closing_entry(
    *, category: str, room: str, party: str, text: str | None, now: datetime, follow_up_id: str
) -> EntryDraft:
    """A follow-up is closed by an entry of the same category and place saying what was done."""
    return validate_entry(
        category=category,
        text=text,
        room=room,
        party=party,
        now=now,
        closes_follow_up_id=follow_up_id,
    )


def is_overdue(due_at: datetime, closed: bool, now: datetime) -> bool:
    return not closed and due_at < now
