"""What a log entry must hold before it is written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk_app.domain.errors import ValidationError
from desk_app.domain.log import (
    CATEGORY_ORDER,
    DUE_GRACE,
    SHORT_FIELD_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    Category,
    is_overdue,
    validate_entry,
)

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def entry(**kw):
    args = {"category": "note", "text": "Guest asked for a late checkout", "now": NOW}
    args.update(kw)
    return validate_entry(**args)


def test_valid_entry_is_cleaned():
    draft = entry(text="  水管漏水了  \n", room="  12   05 ", party=" Иван  Петров ")
    assert draft.category is Category.NOTE
    assert draft.text == "水管漏水了"
    assert draft.room == "12 05"
    assert draft.party == "Иван Петров"
    assert draft.follow_up is None
    assert draft.important is False


@pytest.mark.parametrize("text", ["", "   ", "\n\t ", None])
def test_empty_text_is_refused(text):
    with pytest.raises(ValidationError) as err:
        entry(text=text)
    assert err.value.field == "text"
    assert "empty" in err.value.message


def test_text_too_long_is_refused_but_limit_is_allowed():
    assert len(entry(text="x" * TEXT_MAX_LENGTH).text) == TEXT_MAX_LENGTH
    with pytest.raises(ValidationError) as err:
        entry(text="x" * (TEXT_MAX_LENGTH + 1))
    assert err.value.field == "text"
    assert str(TEXT_MAX_LENGTH) in err.value.message


@pytest.mark.parametrize("field", ["room", "party"])
def test_short_fields_have_a_limit(field):
    entry(**{field: "a" * SHORT_FIELD_MAX_LENGTH})
    with pytest.raises(ValidationError) as err:
        entry(**{field: "a" * (SHORT_FIELD_MAX_LENGTH + 1)})
    assert err.value.field == field


@pytest.mark.parametrize("category", ["", "gossip", "NOTE", "Note "])
def test_unknown_category_is_refused(category):
    with pytest.raises(ValidationError) as err:
        entry(category=category)
    assert err.value.field == "category"
    assert err.value.params["category"] == category
    assert "Unknown category" in err.value.message


def test_every_category_is_accepted_in_keyboard_order():
    assert list(CATEGORY_ORDER) == list(Category)
    assert len(CATEGORY_ORDER) == 8
    for cat in Category:
        assert entry(category=cat.value).category is cat


def test_follow_up_needs_an_owner():
    with pytest.raises(ValidationError) as err:
        entry(follow_up_due=NOW + timedelta(hours=1))
    assert err.value.field == "follow_up_owner"


def test_follow_up_needs_a_due_time():
    with pytest.raises(ValidationError) as err:
        entry(follow_up_owner_id="someone")
    assert err.value.field == "follow_up_due"


def test_follow_up_due_in_the_past_is_refused():
    with pytest.raises(ValidationError) as err:
        entry(follow_up_owner_id="someone", follow_up_due=NOW - DUE_GRACE - timedelta(seconds=1))
    assert err.value.field == "follow_up_due"
    assert "past" in err.value.message


def test_follow_up_due_within_grace_is_accepted():
    draft = entry(follow_up_owner_id="someone", follow_up_due=NOW - DUE_GRACE)
    assert draft.follow_up is not None
    assert draft.follow_up.owner_id == "someone"
    assert draft.follow_up.due_at == NOW - DUE_GRACE


def test_follow_up_due_must_be_timezone_aware():
    with pytest.raises(ValueError):
        entry(follow_up_owner_id="someone", follow_up_due=datetime(2026, 3, 15, 9, 0))


def test_validation_order_text_before_follow_up():
    # The first problem the user meets is the one they are told about, not an arbitrary one.
    with pytest.raises(ValidationError) as err:
        entry(text="", follow_up_owner_id="someone")
    assert err.value.field == "text"


def test_is_overdue():
    assert is_overdue(NOW - timedelta(seconds=1), closed=False, now=NOW)
    assert not is_overdue(NOW, closed=False, now=NOW)
    assert not is_overdue(NOW - timedelta(days=1), closed=True, now=NOW)
