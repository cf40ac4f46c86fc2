"""Wall-clock times of the desk become instants one way: this computer's zone with each instant's
own offset, also as a tzinfo for the handover's shift windows (a summer-time night)."""

from __future__ import annotations

import time as clock_time
from datetime import UTC, date, datetime, time, timedelta

import pytest

from desk_app.domain.clock import LOCAL_ZONE, local_instant
from desk_app.domain.handover.rules import previous_window, shift_window
from desk_app.domain.roster.attendance import local_moment


@pytest.fixture
def berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    clock_time.tzset()
    yield
    monkeypatch.undo()
    clock_time.tzset()


def test_each_instant_its_own_offset(berlin):
    assert local_instant(datetime(2026, 10, 24, 20)).utcoffset() == timedelta(hours=2)
    assert local_instant(datetime(2026, 10, 25, 8)).utcoffset() == timedelta(hours=1)
    assert local_moment(date(2026, 10, 25), time(8)) == datetime(2026, 10, 25, 7, tzinfo=UTC)


def test_the_shift_window_across_the_clocks_going_back(berlin):
    starts = (time(8), time(20))
    # 07:50 winter time: the window began at 20:00 summer time (18:00 UTC), 13 hours long
    at = datetime(2026, 10, 25, 6, 50, tzinfo=UTC)
    window = shift_window(at, starts, LOCAL_ZONE)
    assert window.start.astimezone(UTC) == datetime(2026, 10, 24, 18, tzinfo=UTC)
    assert window.end.astimezone(UTC) == datetime(2026, 10, 25, 7, tzinfo=UTC)
    before = previous_window(window, starts, LOCAL_ZONE)
    assert before.start.astimezone(UTC) == datetime(2026, 10, 24, 6, tzinfo=UTC)
    # the repeated hour: 02:30 twice, told apart by the fold
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC).astimezone(LOCAL_ZONE)
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC).astimezone(LOCAL_ZONE)
    assert first.replace(tzinfo=None) == second.replace(tzinfo=None)
    assert (first.fold, second.fold) == (0, 1)
    assert second.astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
