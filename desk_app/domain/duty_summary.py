"""The duty report's first page: totals per book over the report's period, and the period as the
title names it.

A manager reads the totals before any table: how many entries of each category, how the
complaints went (opened, settled, overdue, the guests' satisfaction), what the lost-and-found
took in and gave out, how busy the key board was and which keys are late, how many handovers
were sealed and how many discrepancies they noted. The service counts them
(:mod:`desk_app.services.duty_report`); the printouts and the window print them as they are.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from desk_app.domain.value import Value


class DutySummary(Value):
    """Totals of every book over a duty report's period.

    ``entries_by_category`` and ``key_movements_by_kind`` are (code, count) pairs in the order
    of the codes' own enumerations, codes with no entries left out. "Overdue" counts are as the
    report is made: complaints still owed a reply past their promise, keys out past their
    expected return. ``satisfaction_average`` is over the complaints closed in the period with a
    rating (1 … 5), None when none has one."""

    entries: int = 0
    important: int = 0
    entries_by_category: tuple[tuple[str, int], ...] = ()
    complaints_opened: int = 0
    complaints_settled: int = 0
    complaints_overdue: int = 0
    satisfaction_average: float | None = None
    satisfaction_count: int = 0
    found_in: int = 0
    found_returned: int = 0
    found_disposed: int = 0
    key_movements: int = 0
    key_movements_by_kind: tuple[tuple[str, int], ...] = ()
    keys_overdue: int = 0
    handovers_sealed: int = 0
    discrepancies: int = 0


class ReportDays(Value):
    """A period of whole local days, ``first`` to ``last`` included (one day: the same)."""

    first: date
    last: date

    @property
    def one_day(self) -> bool:
        return self.first == self.last


def report_days(start: datetime, end: datetime, tz: tzinfo | None = None) -> ReportDays | None:
    """The local days ``start`` … ``end`` (end excluded) covers when both fall on midnight on
    the desk's clock (``tz``; None: this computer's zone); None for a period of other times,
    which is titled by its times instead."""
    first, stop = start.astimezone(tz), end.astimezone(tz)
    if first.timetz().replace(tzinfo=None) != time(0) or stop.timetz().replace(tzinfo=None) != time(
        0
    ):
        return None
    last = (stop - timedelta(hours=12)).date()  # the day before the end's midnight (DST-proof)
    if last < first.date():
        return None
    return ReportDays(first.date(), last)
