"""Which backups a rotation keeps: grandfather-father-son, over when each backup was made.

Kept, of one book's backups in one folder:

- every backup of the last ``recent_days`` days (each handover's, each made by hand: a backup
  just made is never removed by the next one an hour later);
- the newest backup of each of the ``daily`` most recent days that have one;
- the newest of each of the ``weekly`` most recent weeks (ISO weeks) that have one;
- the newest of each of the ``monthly`` most recent months that have one;
- and always the newest of all.

Days, weeks and months are those that *have* a backup, not the calendar's: a desk closed for
the winter keeps its last seven days of backups, not none. The times given are the local times
the backups were made (the reader's days); the rule knows no clock of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime, timedelta
from typing import Any, TypeVar

from desk_app.domain.errors import ValidationError
from desk_app.domain.value import Value

K = TypeVar("K", bound=Hashable)

# Each of the four numbers, at most: ten years of months, a year of days.
LIMITS = {"daily": 366, "weekly": 520, "monthly": 240, "recent_days": 366}


class RotationPolicy(Value):
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    recent_days: int = 2

    def as_json(self) -> dict[str, int]:
        return {
            "daily": self.daily,
            "weekly": self.weekly,
            "monthly": self.monthly,
            "recent_days": self.recent_days,
        }

    @classmethod
    def from_json(cls, value: Any) -> RotationPolicy:
        """The stored policy; a value missing or not a whole number in range keeps its default
        (a policy damaged by hand must not make rotation remove more)."""
        default = cls()
        if not isinstance(value, dict):
            return default
        numbers = {}
        for name, limit in LIMITS.items():
            number = value.get(name)
            ok = isinstance(number, int) and not isinstance(number, bool) and 0 <= number <= limit
            numbers[name] = number if ok else getattr(default, name)
        return cls(**numbers)


def validate_policy(policy: RotationPolicy) -> RotationPolicy:
    """Whole numbers from 0 to their limit; a policy keeping nothing but the newest is allowed
    (the newest is always kept)."""
    for name, limit in LIMITS.items():
        number = getattr(policy, name)
        if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= limit:
            raise ValidationError("Give a whole number from 0 to {limit}.", field=name, limit=limit)
    return policy


def _newest_per_bucket(
    items: list[tuple[K, datetime]], bucket: Callable[[datetime], Hashable], count: int
) -> set[K]:
    """The newest item of each of the ``count`` most recent buckets that hold one."""
    if count <= 0:
        return set()
    newest: dict[Hashable, tuple[datetime, K]] = {}
    for key, at in items:
        b = bucket(at)
        if b not in newest or at >= newest[b][0]:  # ties: the last in the sorted order
            newest[b] = (at, key)
    recent = sorted(newest, key=lambda b: newest[b][0], reverse=True)[:count]
    return {newest[b][1] for b in recent}


def to_keep(backups: Iterable[tuple[K, datetime]], policy: RotationPolicy, now: datetime) -> set[K]:
    """The keys of the backups to keep, given each one's key and local time made (see the
    module's docstring). ``now`` and the times must be alike (both aware, or both naive)."""
    items = list(backups)
    if not items:
        return set()
    # Ties (two backups in the same microsecond) are broken by the key's order, so that the
    # answer does not depend on the order given.
    items.sort(key=lambda item: (item[1], str(item[0])))
    keep = {items[-1][0]}
    horizon = now - timedelta(days=policy.recent_days)
    if policy.recent_days > 0:
        keep |= {key for key, at in items if at > horizon}
    keep |= _newest_per_bucket(items, lambda at: at.date(), policy.daily)
    keep |= _newest_per_bucket(items, lambda at: at.isocalendar()[:2], policy.weekly)
    keep |= _newest_per_bucket(items, lambda at: (at.year, at.month), policy.monthly)
    return keep
