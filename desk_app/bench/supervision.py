"""The bench's figure for supervision: the busiest day's review screen opened
(``services.supervision.review.review_day``: every station's books of that local day as the duty
report reads them, its notes and state; target < 200 ms), by someone who reviews; and a year of
inspections counted by clerk, month and item (``services.supervision.analysis``, target < 300
ms)."""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desk_app.bench.timing import ms_since, rounded
from desk_app.services.desk import Actor, Desk
from desk_app.services.supervision import analysis, review

REVIEW_REPEATS = 5
# The day with the most entries (UTC days: a bench's choice of day, not a desk's).
RAW_BUSIEST_DAY = (
    "SELECT substr(at, 1, 10) AS day, count(*) FROM log_entry GROUP BY day "
    "ORDER BY count(*) DESC LIMIT 1"
)


def busiest_day(path: Path) -> date | None:
    with sqlite3.connect(path) as raw:
        row = raw.execute(RAW_BUSIEST_DAY).fetchone()
    return date.fromisoformat(row[0]) if row else None


def supervision_figures(desk: Desk, actor: Actor, path: Path) -> dict[str, Any]:
    day = busiest_day(path)
    if day is None:
        return {"day_review_ms": None, "inspection_analysis_ms": None}
    samples = []
    for _ in range(REVIEW_REPEATS):
        began = time.perf_counter()
        review.review_day(desk, actor, day)
        samples.append(ms_since(began))
    year_ms = []
    today = desk.clock.now().astimezone().date()
    for _ in range(REVIEW_REPEATS):
        began = time.perf_counter()
        analysis.inspection_analysis(desk, actor, today - timedelta(days=365), today)
        year_ms.append(ms_since(began))
    return {
        "day_review_ms": rounded(statistics.median(samples), 1),
        "inspection_analysis_ms": rounded(statistics.median(year_ms), 1),
    }
