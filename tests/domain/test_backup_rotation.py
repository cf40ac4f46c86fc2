"""Grandfather-father-son rotation: which backups are kept, as a pure rule over times."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.domain.backup_rotation import (
    LIMITS,
    RotationPolicy,
    to_keep,
    validate_policy,
)
from desk_app.domain.errors import ValidationError

NOW = datetime(2026, 3, 14, 23, 0)

times = st.lists(
    st.integers(min_value=0, max_value=800 * 24 * 60).map(lambda m: NOW - timedelta(minutes=m)),
    max_size=60,
)
policies = st.builds(
    RotationPolicy,
    daily=st.integers(0, 10),
    weekly=st.integers(0, 6),
    monthly=st.integers(0, 14),
    recent_days=st.integers(0, 4),
)


def _keys(made: list[datetime]) -> list[tuple[int, datetime]]:
    return list(enumerate(made))


def test_the_default_policy_over_three_years_of_daily_and_handover_backups():
    """One backup at closing each day and three handovers a day for three years."""
    made = []
    for day in range(3 * 365):
        date = NOW - timedelta(days=day)
        made.append((f"daily-{day}", date.replace(hour=23, minute=0) - timedelta(minutes=1)))
        for hour in (8, 16):
            made.append((f"handover-{day}-{hour}", date.replace(hour=hour, minute=5)))
    kept = to_keep(made, RotationPolicy(), NOW)
    recent = {key for key, at in made if at > NOW - timedelta(days=2)}
    assert recent <= kept  # every handover of the last two days
    assert {f"daily-{day}" for day in range(7)} <= kept  # the last seven days' newest
    assert len(kept) <= len(recent) + 7 + 4 + 12
    assert len(kept) >= 7 + 12 - 1  # months and days overlap at most at the newest
    assert not any(key.startswith("handover-10-") for key in kept)


def test_weeks_and_months_keep_the_newest_of_each():
    made = [
        ("jan-3", datetime(2026, 1, 3, 23)),
        ("jan-31", datetime(2026, 1, 31, 23)),
        ("feb-1", datetime(2026, 2, 1, 23)),
        ("feb-20", datetime(2026, 2, 20, 23)),
    ]
    only_months = RotationPolicy(daily=0, weekly=0, monthly=2, recent_days=0)
    assert to_keep(made, only_months, NOW) == {"jan-31", "feb-20"}
    only_weeks = RotationPolicy(daily=0, weekly=2, monthly=0, recent_days=0)
    # 31 January (Saturday) and 1 February (Sunday) are in the same ISO week.
    assert to_keep(made, only_weeks, NOW) == {"feb-1", "feb-20"}


def test_days_that_have_backups_count_not_the_calendars():
    """A desk closed for a month keeps its last days of backups."""
    made = [(day, datetime(2025, 11, day, 23)) for day in range(1, 11)]
    kept = to_keep(made, RotationPolicy(daily=3, weekly=0, monthly=0, recent_days=2), NOW)
    assert kept == {10, 9, 8}


def test_nothing_given_nothing_kept():
    assert to_keep([], RotationPolicy(), NOW) == set()


@given(times, policies)
@settings(max_examples=300, deadline=None)
def test_the_newest_and_the_recent_are_always_kept(made, policy):
    items = _keys(made)
    kept = to_keep(items, policy, NOW)
    assert kept <= {key for key, _ in items}
    if items:
        newest = max(items, key=lambda item: (item[1], str(item[0])))
        assert newest[0] in kept
    horizon = NOW - timedelta(days=policy.recent_days)
    if policy.recent_days:
        assert {key for key, at in items if at > horizon} <= kept


@given(times, policies)
@settings(max_examples=300, deadline=None)
def test_each_recent_day_keeps_its_newest_and_nothing_else_old(made, policy):
    items = _keys(made)
    kept = to_keep(items, policy, NOW)
    days = sorted({at.date() for _, at in items}, reverse=True)
    for day in days[: policy.daily]:
        newest = max(
            (item for item in items if item[1].date() == day), key=lambda i: (i[1], str(i[0]))
        )
        assert newest[0] in kept
    horizon = NOW - timedelta(days=policy.recent_days)
    for key, at in items:
        same_day = [other for other in items if other[1].date() == at.date()]
        newest_of_day = max(same_day, key=lambda i: (i[1], str(i[0])))[0]
        if key in kept and not (policy.recent_days and at > horizon):
            assert key == newest_of_day  # an older backup of a day is only kept as recent


@given(times, policies)
@settings(max_examples=300, deadline=None)
def test_rotating_again_removes_nothing_more(made, policy):
    items = _keys(made)
    kept = to_keep(items, policy, NOW)
    again = to_keep([item for item in items if item[0] in kept], policy, NOW)
    assert again == kept


@given(times, policies)
@settings(max_examples=300, deadline=None)
def test_at_most_one_per_bucket_beyond_the_recent(made, policy):
    items = _keys(made)
    kept = to_keep(items, policy, NOW)
    horizon = NOW - timedelta(days=policy.recent_days)
    recent = {key for key, at in items if policy.recent_days and at > horizon}
    assert len(kept - recent) <= policy.daily + policy.weekly + policy.monthly + 1


@given(times, policies)
@settings(max_examples=100, deadline=None)
def test_the_order_given_does_not_matter(made, policy):
    items = _keys(made)
    assert to_keep(items, policy, NOW) == to_keep(list(reversed(items)), policy, NOW)


def test_a_stored_policy_read_back_and_a_damaged_one_keeps_defaults():
    policy = RotationPolicy(daily=10, weekly=5, monthly=24, recent_days=3)
    assert RotationPolicy.from_json(policy.as_json()) == policy
    assert RotationPolicy.from_json(None) == RotationPolicy()
    damaged = RotationPolicy.from_json({"daily": -1, "weekly": "4", "monthly": True, "x": 1})
    assert damaged == RotationPolicy()


@pytest.mark.parametrize("name", sorted(LIMITS))
def test_each_number_is_checked(name):
    with pytest.raises(ValidationError) as err:
        validate_policy(RotationPolicy(**{name: LIMITS[name] + 1}))
    assert err.value.field == name
    with pytest.raises(ValidationError):
        validate_policy(RotationPolicy(**{name: -1}))
    assert validate_policy(RotationPolicy(**{name: 0})) == RotationPolicy(**{name: 0})
