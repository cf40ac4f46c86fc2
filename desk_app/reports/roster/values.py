"""What the roster's printouts print: one month of one desk as plain values (:class:`RosterSheet`),
filled by the service (``services/roster/printout.py``) and read by the PDF and the workbook.

Everything is as it prints: names as stored, each person's cells already one per day of the month
(a shift's code, :data:`OFF` or :data:`LEAVE`), their hours in the month and the clerks on each
shift of each day already counted. Times must carry their zone; they print on the desk's clock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from desk_app.domain.roster.checks import RosterRules
from desk_app.domain.roster.month import RosterState, month_days
from desk_app.domain.roster.pattern import LEAVE, OFF
from desk_app.domain.value import Value

__all__ = [
    "CellChange",
    "CoverageRow",
    "PersonRow",
    "RosterChange",
    "RosterSheet",
    "ShiftLegend",
    "is_shift",
]


def is_shift(code: str) -> bool:
    """A cell that is a shift (not off, not leave, not empty)."""
    return bool(code) and code not in (OFF, LEAVE)


class ShiftLegend(Value):
    """One shift of the month's pattern: its code, its hours on the desk's clock, its colour."""

    code: str
    start: time
    end: time  # before ``start`` when the shift runs past midnight
    colour: str  # "#RRGGBB"

    @property
    def hours(self) -> float:
        start = datetime.combine(date.min, self.start)
        end = datetime.combine(date.min, self.end)
        if end <= start:
            end += timedelta(days=1)
        return (end - start).total_seconds() / 3600


class PersonRow(Value):
    name: str
    cells: tuple[str, ...]  # one per day of the month: a shift's code, OFF or LEAVE
    hours: float  # rostered hours in the month

    @property
    def shifts(self) -> int:
        return sum(1 for code in self.cells if is_shift(code))


class CoverageRow(Value):
    """How many are rostered on one shift, day by day, against the minimum."""

    code: str
    counts: tuple[int, ...]  # one per day of the month
    minimum: int

    def gap(self, index: int) -> bool:
        return RosterRules(min_per_shift=self.minimum).short(self.counts[index])


class CellChange(Value):
    person: str  # the name
    day: date
    before: str
    after: str


class RosterChange(Value):
    """One change of the month since it was approved: an approved leave or swap."""

    at: datetime
    kind: str  # the history's action: "leave", "swap"
    asked_by: str
    approved_by: str
    reason: str
    cells: tuple[CellChange, ...] = ()


class RosterSheet(Value):
    station: str
    property_name: str
    year: int
    month: int
    state: RosterState
    shifts: tuple[ShiftLegend, ...]
    people: tuple[PersonRow, ...]
    coverage: tuple[CoverageRow, ...]
    drafted_by: str = ""
    drafted_at: datetime | None = None
    submitted_by: str = ""
    submitted_at: datetime | None = None
    approved_by: str = ""
    approved_at: datetime | None = None
    sent_back_reason: str = ""
    changes: tuple[RosterChange, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "state", RosterState(self.state))
        days = len(self.days)
        for row in self.people:
            if len(row.cells) != days:
                raise ValueError(f"{row.name!r}: {len(row.cells)} cells for {days} days")
        for row in self.coverage:
            if len(row.counts) != days:
                raise ValueError(f"shift {row.code!r}: {len(row.counts)} counts for {days} days")

    @property
    def days(self) -> tuple[date, ...]:
        return month_days(self.year, self.month)

    @property
    def approved(self) -> bool:
        return self.state is RosterState.APPROVED

    def shift(self, code: str) -> ShiftLegend | None:
        return next((s for s in self.shifts if s.code == code), None)

    def person(self, name: str) -> PersonRow:
        """The row of ``name`` (as stored, spaces around ignored); ``LookupError`` if none."""
        wanted = " ".join(name.split())
        for row in self.people:
            if " ".join(row.name.split()) == wanted:
                return row
        raise LookupError(name)

    def only(self, name: str) -> RosterSheet:
        """The same month with ``name``'s row alone (the coverage stays the desk's)."""
        return replace(self, people=(self.person(name),))
