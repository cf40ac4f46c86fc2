"""What every figure of ``desk-app bench`` is measured with: samples in milliseconds, their
median and 99th percentile, and how figures are rounded. Apart so that the log's figures
(``bench.figures``) and the other books' (``bench.books``) share it without importing each other."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from desk_app.domain.value import Value

WARM_UP = 5  # untimed calls before each timed series

Say = Callable[[str], None]  # where progress lines go


class Timings(Value):
    samples_ms: list[float]

    @property
    def p50(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p99(self) -> float:
        if len(self.samples_ms) < 2:
            return self.samples_ms[0]
        return statistics.quantiles(self.samples_ms, n=100, method="inclusive")[98]


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)
