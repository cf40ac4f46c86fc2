"""The roster's settings a manager keeps (Roster → Settings): the shifts' codes and colours (their
hours come from the handover's shift starts), the month's rules, and the times around a shift change.

The pattern is also stored with each month as JSON (:func:`pattern_as_json`): a month keeps the
pattern it was approved with when the desk's pattern changes later.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import field
from datetime import time

from desk_app.domain.errors import ValidationError
from desk_app.domain.roster.checks import RosterRules
from desk_app.domain.roster.pattern import Shift, ShiftPattern, pattern_from_starts
from desk_app.domain.value import Value

_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


class RosterPolicy(Value):
    codes: tuple[str, ...] = ()  # empty: the default codes for so many shifts (D N, M E N, ...)
    colours: tuple[str, ...] = ()  # empty: the default colours
    rules: RosterRules = field(default_factory=RosterRules)
    handover_lead_minutes: int = 15  # 接班人员提前15分钟到岗: the reminder before a shift change
    grace_minutes: int = 10  # after the shift change: late, or "incoming clerk not arrived"
    reminder_day: int = 20  # from this day of the month, next month's roster is asked for
    due_day: int = 25  # 每月25日前: after this day the reminder is red

    def pattern(self, starts: Sequence[time]) -> ShiftPattern:
        """The desk's shifts for the handover's start times; codes that no longer fit the number
        of shifts (the manager changed the starts) give way to the defaults."""
        codes = self.codes if len(self.codes) == len(starts) else None
        colours = self.colours if len(self.colours) == len(starts) else None
        return pattern_from_starts(starts, codes, colours)

    def as_json(self) -> dict:
        return {
            "codes": list(self.codes),
            "colours": list(self.colours),
            "min_per_shift": self.rules.min_per_shift,
            "min_rest_hours": self.rules.min_rest_hours,
            "max_month_hours": self.rules.max_month_hours,
            "handover_lead_minutes": self.handover_lead_minutes,
            "grace_minutes": self.grace_minutes,
            "reminder_day": self.reminder_day,
            "due_day": self.due_day,
        }


def policy_from_json(data: dict | None) -> RosterPolicy:
    if not data:
        return RosterPolicy()
    d = RosterPolicy()
    return RosterPolicy(
        codes=tuple(str(c) for c in data.get("codes", ())),
        colours=tuple(str(c) for c in data.get("colours", ())),
        rules=RosterRules(
            min_per_shift=int(data.get("min_per_shift", d.rules.min_per_shift)),
            min_rest_hours=float(data.get("min_rest_hours", d.rules.min_rest_hours)),
            max_month_hours=float(data.get("max_month_hours", d.rules.max_month_hours)),
        ),
        handover_lead_minutes=int(data.get("handover_lead_minutes", d.handover_lead_minutes)),
        grace_minutes=int(data.get("grace_minutes", d.grace_minutes)),
        reminder_day=int(data.get("reminder_day", d.reminder_day)),
        due_day=int(data.get("due_day", d.due_day)),
    )


# The settings' bounds (low, high): checked here, and the settings form's spin boxes use them too.
LIMITS: dict[str, tuple[int, int]] = {
    "min_per_shift": (0, 20),
    "min_rest_hours": (0, 24),
    "max_month_hours": (8, 744),  # 744: every hour of a 31-day month
    "handover_lead_minutes": (0, 120),
    "grace_minutes": (0, 120),
    "reminder_day": (1, 28),  # 28: a day every month has
    "due_day": (1, 28),
}


def _within(value: float, low: float, high: float, field_name: str, message: str) -> None:
    if not low <= value <= high:
        raise ValidationError(message, field=field_name, low=low, high=high)


def validate_policy(policy: RosterPolicy, starts: Sequence[time]) -> RosterPolicy:
    """The settings as a manager typed them, checked; codes upper-cased, colours as #RRGGBB."""
    codes = tuple(c.strip().upper() for c in policy.codes)
    if codes:
        pattern_from_starts(starts, codes)  # one letter each, different, not O or L
    for colour in policy.colours:
        if not _COLOUR.fullmatch(colour.strip()):
            raise ValidationError(
                "{colour} is not a colour (write it as #RRGGBB).", field="colours", colour=colour
            )
    r = policy.rules
    bounds = LIMITS
    _within(
        r.min_per_shift,
        *bounds["min_per_shift"],
        "min_per_shift",
        "Clerks per shift: from {low} to {high}.",
    )
    _within(
        r.min_rest_hours,
        *bounds["min_rest_hours"],
        "min_rest_hours",
        "Rest between shifts: {low} to {high} hours.",
    )
    _within(
        r.max_month_hours,
        *bounds["max_month_hours"],
        "max_month_hours",
        "Hours in a month: from {low} to {high}.",
    )
    _within(
        policy.handover_lead_minutes,
        *bounds["handover_lead_minutes"],
        "handover_lead_minutes",
        "The handover reminder: {low} to {high} minutes before the shift change.",
    )
    _within(
        policy.grace_minutes,
        *bounds["grace_minutes"],
        "grace_minutes",
        "Grace time: {low} to {high} minutes.",
    )
    _within(
        policy.reminder_day,
        *bounds["reminder_day"],
        "reminder_day",
        "The reminder day: {low} to {high}.",
    )
    # Due no earlier than the reminder.
    _within(
        policy.due_day,
        policy.reminder_day,
        bounds["due_day"][1],
        "due_day",
        "The due day: {low} to {high}.",
    )
    return RosterPolicy(
        codes=codes,
        colours=tuple(c.strip().upper() for c in policy.colours),
        rules=r,
        handover_lead_minutes=policy.handover_lead_minutes,
        grace_minutes=policy.grace_minutes,
        reminder_day=policy.reminder_day,
        due_day=policy.due_day,
    )


def pattern_as_json(pattern: ShiftPattern) -> list[dict]:
    return [
        {
            "code": s.code,
            "start": s.start.strftime("%H:%M"),
            "end": s.end.strftime("%H:%M"),
            "colour": s.colour,
        }
        for s in pattern.shifts
    ]


def pattern_from_json(data: list[dict]) -> ShiftPattern:
    return ShiftPattern(
        tuple(
            Shift(
                str(s["code"]),
                time.fromisoformat(s["start"]),
                time.fromisoformat(s["end"]),
                str(s["colour"]),
            )
            for s in data
        )
    )
