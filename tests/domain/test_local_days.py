"""Local days as a period: from the first day's midnight to the midnight after the last."""

from __future__ import annotations

import os
import time as _time
from datetime import date, timedelta

import pytest

from desk_app.domain.clock import local_days, local_midnight


@pytest.fixture
def paris():
    """This computer's zone set to Paris for the test, put back after it."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    _time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    _time.tzset()


def test_both_days_included(paris):
    start, end = local_days(date(2026, 3, 14), date(2026, 3, 15))
    assert (start.hour, end.hour) == (0, 0)
    assert end - start == timedelta(days=2)


def test_a_summer_time_day_is_23_hours_long(paris):
    start, end = local_days(date(2026, 3, 29), date(2026, 3, 29))
    assert end - start == timedelta(hours=23)
    assert local_midnight(date(2026, 10, 25)).utcoffset() == timedelta(hours=2)
