"""A month's roster: one cell per person and day, and the way it goes from draft to approved.

The grid is a value: every edit returns a new one, so the window can offer undo and the service
compares what it was given with what is stored. A published (approved) month changes only through an
approved leave or swap (the service refuses a direct edit, :func:`check_editable`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field, replace
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType

from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.roles import Role
from desk_app.domain.roster.pattern import LEAVE, OFF, ShiftPattern
from desk_app.domain.value import Value


class RosterState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"


class RosterAction(StrEnum):
    SUBMIT = "submit"  # the supervisor hands the draft to the manager
    SEND_BACK = "send_back"  # the manager returns it, with a reason
    APPROVE = "approve"  # the manager approves: published and locked


# (from, action) -> (to, the roles that may)
_FLOW: dict[tuple[RosterState, RosterAction], tuple[RosterState, frozenset[Role]]] = {
    (RosterState.DRAFT, RosterAction.SUBMIT): (
        RosterState.SUBMITTED,
        frozenset({Role.SUPERVISOR, Role.MANAGER}),
    ),
    (RosterState.SUBMITTED, RosterAction.SEND_BACK): (RosterState.DRAFT, frozenset({Role.MANAGER})),
    (RosterState.SUBMITTED, RosterAction.APPROVE): (
        RosterState.APPROVED,
        frozenset({Role.MANAGER}),
    ),
}


def next_state(
    state: RosterState, action: RosterAction, role: Role, reason: str = ""
) -> RosterState:
    """Where ``action`` takes a month in ``state`` when ``role`` does it; refused in words."""
    step = _FLOW.get((RosterState(state), RosterAction(action)))
    if step is None:
        raise ValidationError("This month's roster cannot take that step now.")
    to, roles = step
    if Role(role) not in roles:
        raise PermissionDenied("Your role ({role}) may not do this.", role=str(role))
    if action is RosterAction.SEND_BACK and not reason.strip():
        raise ValidationError("Say why the roster goes back to the supervisor.", field="reason")
    return to


def check_editable(state: RosterState) -> None:
    """Cells are typed into a draft only; a submitted month is with the manager, an approved one
    changes by leave and swaps."""
    state = RosterState(state)
    if state is RosterState.SUBMITTED:
        raise ValidationError(
            "This month's roster is with the manager: it changes only if sent back."
        )
    if state is RosterState.APPROVED:
        raise ValidationError("This month's roster is approved: change it through leave or a swap.")


def check_leave_kept(before: Roster | None, after: Roster) -> None:
    """Leave comes and goes only through a request a supervisor decides: a grid saved with a day
    of leave typed in, or with an approved one gone (typed over, or its person taken off the
    month), is refused."""
    for (who, day), code in after.cells.items():
        if code == LEAVE and (before is None or before.cell(who, day) != LEAVE):
            raise ValidationError(
                "Leave is set by approving a request, not typed into the grid.", field="cells"
            )
    if before is None:
        return
    for (who, day), code in before.cells.items():
        if code == LEAVE and after.cell(who, day) != LEAVE:
            raise ValidationError(
                "Approved leave on {day} stays on the roster: it is not typed over nor taken off.",
                field="cells",
                day=day.isoformat(),
            )


def month_days(year: int, month: int) -> tuple[date, ...]:
    return tuple(date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1))


def next_month(today: date) -> tuple[int, int]:
    return (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)


class Roster(Value):
    """People down, days across; a missing cell is a day off. ``leave`` holds the days of approved
    leave (a shift on one is a warning, :mod:`desk_app.domain.roster.checks`)."""

    year: int
    month: int
    pattern: ShiftPattern
    people: tuple[str, ...]
    cells: Mapping[tuple[str, date], str] = field(default_factory=dict)
    leave: frozenset[tuple[str, date]] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "cells", MappingProxyType(dict(self.cells)))

    @property
    def days(self) -> tuple[date, ...]:
        return month_days(self.year, self.month)

    def cell(self, person: str, day: date) -> str:
        return self.cells.get((person, day), OFF)

    def with_cells(self, changes: Iterable[tuple[str, date, str]]) -> Roster:
        """The grid with these cells typed in (each checked against the pattern)."""
        cells = dict(self.cells)
        days = set(self.days)
        for person, day, code in changes:
            if person not in self.people:
                raise ValidationError("Someone here is not on this month's roster.")
            if day not in days:
                raise ValidationError("That day is not in this month.")
            clean = self.pattern.check_cell(code)
            if clean == OFF:
                cells.pop((person, day), None)
            else:
                cells[(person, day)] = clean
        return replace(self, cells=cells)

    def with_people(self, people: Iterable[str]) -> Roster:
        """The month with these people, in this order; a person taken off takes their cells
        along."""
        people = tuple(people)
        keep = set(people)
        return replace(
            self,
            people=people,
            cells={k: v for k, v in self.cells.items() if k[0] in keep},
            leave=frozenset(k for k in self.leave if k[0] in keep),
        )

    def with_rotation(
        self,
        people: str | Sequence[str],
        first: date,
        last: date,
        cycle: Sequence[str],
        stagger: bool = False,
    ) -> Roster:
        """``cycle`` repeated from ``first`` to ``last`` (day-night-off-off: "D", "N", "O", "O")
        for each person (with ``stagger``, each next one a day further on in it); days of leave
        are kept."""
        if not cycle:
            raise ValidationError("Give the rotation to repeat, e.g. D N O O.", field="cycle")
        if last < first:
            raise ValidationError("The last day comes before the first.", field="last")
        people = (people,) if isinstance(people, str) else tuple(people)
        span = (last - first).days + 1
        return self.with_cells(
            (person, first + timedelta(days=i), cycle[(i + (n if stagger else 0)) % len(cycle)])
            for n, person in enumerate(people)
            for i in range(span)
            if self.cell(person, first + timedelta(days=i)) != LEAVE
        )

    def with_week_copied(self, people: str | Sequence[str], from_day: date, to_day: date) -> Roster:
        """The seven days from ``from_day`` typed again from ``to_day`` for each person (days past
        the month's end left out; leave neither copied nor overwritten)."""
        people = (people,) if isinstance(people, str) else tuple(people)
        days = set(self.days)
        changes = []
        for person in people:
            for i in range(7):
                source, target = from_day + timedelta(days=i), to_day + timedelta(days=i)
                if target not in days or self.cell(person, target) == LEAVE:
                    continue
                code = self.cell(person, source)
                changes.append((person, target, OFF if code == LEAVE else code))
        return self.with_cells(changes)


def parse_cycle(text: str, pattern: ShiftPattern) -> list[str]:
    """A rotation as typed: "D N O O", "d,n,o,o" or "DNOO"; leave is refused (it comes from a
    request)."""
    parts = [p for p in re.split(r"[\s,;/]+", text.strip()) if p]
    if len(parts) == 1 and len(parts[0]) > 1:
        parts = list(parts[0])
    if not parts:
        raise ValidationError("Give the rotation to repeat, e.g. D N O O.", field="cycle")
    codes = [pattern.check_cell(p) for p in parts]
    if LEAVE in codes:
        raise ValidationError(
            "Leave is set by approving a request, not typed into the grid.", field="cycle"
        )
    return codes
