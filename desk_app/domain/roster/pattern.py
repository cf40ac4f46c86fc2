"""A desk's shifts as the roster knows them: a code typed in the grid, the hours it covers and its
colour, made from the shift starts the manager sets in Handover settings.

A shift runs from its start to the next start (the last one of the day into the next morning), so a
pattern of 08:00 and 20:00 is a day shift D 08:00-20:00 and a night shift N 20:00-08:00. Times are
the desk's wall clock: a shift is as long on the night the clocks change as on any other (the roster
plans wall-clock hours; attendance records what happened).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from desk_app.domain.errors import ValidationError
from desk_app.domain.value import Value

OFF = "O"  # a day off
LEAVE = "L"  # approved leave (请假): set only by approving a request
NOT_SHIFTS = (OFF, LEAVE)

# The codes a pattern of so many starts gets unless the manager names them otherwise.
DEFAULT_CODES: dict[int, tuple[str, ...]] = {
    1: ("D",),
    2: ("D", "N"),
    3: ("M", "E", "N"),
}
DEFAULT_COLOURS = ("#F6D776", "#8FB8ED", "#B5E3B0", "#F2A7A7", "#D7B8F3", "#C9C9C9")


class Shift(Value):
    code: str
    start: time
    end: time  # the next shift's start; before ``start`` when the shift runs past midnight
    colour: str

    @property
    def hours(self) -> float:
        return self.length.total_seconds() / 3600

    @property
    def length(self) -> timedelta:
        start = datetime.combine(date.min, self.start)
        end = datetime.combine(date.min, self.end)
        if end <= start:
            end += timedelta(days=1)
        return end - start

    def span(self, day: date) -> tuple[datetime, datetime]:
        """The shift that starts on ``day``, as wall-clock (naive) start and end."""
        start = datetime.combine(day, self.start)
        return start, start + self.length


class ShiftPattern(Value):
    shifts: tuple[Shift, ...]

    def shift(self, code: str) -> Shift | None:
        return next((s for s in self.shifts if s.code == code), None)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(s.code for s in self.shifts)

    def check_cell(self, code: str) -> str:
        """A grid cell's value as typed (any case, spaces around): a shift's code, off, leave."""
        clean = code.strip().upper()
        if clean not in self.codes and clean not in NOT_SHIFTS:
            raise ValidationError(
                "{code} is not a shift of this desk's pattern.", field="code", code=code.strip()
            )
        return clean


def pattern_from_starts(
    starts: Sequence[time],
    codes: Sequence[str] | None = None,
    colours: Sequence[str] | None = None,
) -> ShiftPattern:
    """The roster's shifts for the handover's start times (sorted, as the policy keeps them)."""
    ordered = sorted(starts)
    if not ordered:
        raise ValidationError("Give one to six different shift start times.", field="shift_starts")
    names = tuple(codes) if codes else DEFAULT_CODES.get(len(ordered))
    if names is None:
        names = tuple(str(i + 1) for i in range(len(ordered)))
    names = tuple(n.strip().upper() for n in names)
    if (
        len(names) != len(ordered)
        or len(set(names)) != len(names)
        or any(len(n) != 1 or n in NOT_SHIFTS for n in names)
    ):
        raise ValidationError(
            "Each shift needs its own one-letter code (O and L mean off and leave).", field="codes"
        )
    paints = tuple(colours) if colours else DEFAULT_COLOURS
    return ShiftPattern(
        tuple(
            Shift(names[i], start, ordered[(i + 1) % len(ordered)], paints[i % len(paints)])
            for i, start in enumerate(ordered)
        )
    )


def recoded(stored: ShiftPattern, desk: ShiftPattern) -> dict[str, str] | None:
    """How a draft planned with ``stored`` reads under the desk's pattern of today: each shift's
    code to the code of the shift in the same place (a letter renamed, or the hours moved), or
    None when the desk now has another number of shifts (the draft keeps its own pattern then, as
    a typed grid cannot be guessed onto other shifts)."""
    if len(stored.shifts) != len(desk.shifts):
        return None
    return {old.code: new.code for old, new in zip(stored.shifts, desk.shifts, strict=True)}


def off_leave_letter(letter: str, code: str, codes: Sequence[str]) -> str:
    """The letter shown for off or leave (``code``, O or L): the reader's own ``letter`` (休, В),
    unless a shift of the month is written the same (a Russian desk's В shift beside В for
    выходной); then the program's O or L, which no shift may take, so no cell reads two ways."""
    if letter.strip().upper() in {c.upper() for c in codes}:
        return code
    return letter
