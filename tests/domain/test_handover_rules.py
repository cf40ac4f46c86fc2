"""Handover rules: shift windows (also across midnight and a summer-time change), the seal, who
may sign what, counts."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_app.domain import handover as ho
from desk_app.domain.errors import ValidationError
from desk_app.domain.handover import HandoverSheet, HandoverState, Meaning, Section

SHANGHAI = ZoneInfo("Asia/Shanghai")
MOSCOW = ZoneInfo("Europe/Moscow")
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    "local, start, end",
    [
        ("2026-03-14 09:00", "2026-03-14 07:00", "2026-03-14 15:00"),
        ("2026-03-14 15:00", "2026-03-14 15:00", "2026-03-14 23:00"),
        ("2026-03-14 23:30", "2026-03-14 23:00", "2026-03-15 07:00"),
        ("2026-03-15 02:30", "2026-03-14 23:00", "2026-03-15 07:00"),
        ("2026-03-15 06:59", "2026-03-14 23:00", "2026-03-15 07:00"),
    ],
)
def test_shift_window(local, start, end):
    def at(text):
        return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)

    window = ho.shift_window(at(local).astimezone(UTC), ho.DEFAULT_SHIFT_STARTS, SHANGHAI)
    assert (window.start, window.end) == (at(start), at(end))
    assert window.contains(at(local))
    assert window.crosses_midnight == (at(start).date() != at(end).date())


def test_two_shifts_a_day():
    starts = (time(8, 0), time(20, 0))
    night = ho.shift_window(datetime(2026, 3, 14, 1, 0, tzinfo=MOSCOW), starts, MOSCOW)
    assert night.start == datetime(2026, 3, 13, 20, 0, tzinfo=MOSCOW)
    assert night.end == datetime(2026, 3, 14, 8, 0, tzinfo=MOSCOW)
    assert ho.previous_window(night, starts, MOSCOW).start == datetime(
        2026, 3, 13, 8, 0, tzinfo=MOSCOW
    )


def test_night_shift_over_a_summer_time_change_is_seven_hours():
    # Berlin moves its clocks forward at 02:00 on 2026-03-29.
    window = ho.shift_window(
        datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN), ho.DEFAULT_SHIFT_STARTS, BERLIN
    )
    # Subtract instants: one zone's datetimes subtract by wall clock in Python (8 h here).
    assert window.end.astimezone(UTC) - window.start.astimezone(UTC) == timedelta(hours=7)


def test_shift_starts_checked():
    assert ho.validate_shift_starts([time(15), time(7)]) == (time(7), time(15))
    for bad in ([], [time(7), time(7)], [time(h) for h in range(7)]):
        with pytest.raises(ValidationError):
            ho.validate_shift_starts(bad)


def sheet(**over) -> HandoverSheet:
    values = dict(
        number=7,
        station="Front",
        property_name="Гостиница «Север» / 北方酒店",
        shift_start=datetime(2026, 3, 14, 23, tzinfo=SHANGHAI),
        shift_end=datetime(2026, 3, 15, 7, tzinfo=SHANGHAI),
        outgoing="王芳",
        incoming="Ivan",
        sections=(
            Section("log", ("at", "text"), ((datetime(2026, 3, 15, 1, tzinfo=UTC), "漏水"),)),
        ),
    )
    values.update(over)
    return HandoverSheet(**values)


def test_content_is_canonical_and_the_seal_covers_it_and_the_journal():
    content = ho.sheet_content(sheet())
    assert content == ho.sheet_content(sheet(state=HandoverState.SEALED, seal="x"))
    assert '"2026-03-15T01:00:00Z"' in content and "漏水" in content
    seal = ho.seal_of(content, "ab" * 32)
    assert len(seal) == 64 and seal == ho.seal_of(content, "ab" * 32)
    assert seal != ho.seal_of(content, "cd" * 32)
    assert seal != ho.seal_of(ho.sheet_content(sheet(incoming="Olga")), "ab" * 32)
    with pytest.raises(ValueError):
        ho.sheet_content(sheet(shift_start=datetime(2026, 3, 14, 23)))


def test_who_signs_what():
    draft, over, sealed = HandoverState.DRAFT, HandoverState.HANDED_OVER, HandoverState.SEALED
    ho.check_can_sign(draft, Meaning.HANDED_OVER, "out", "out")
    ho.check_can_sign(over, Meaning.ACCEPTED, "in", "out")
    refusals = [
        (draft, Meaning.HANDED_OVER, "in"),  # only the outgoing clerk hands over
        (over, Meaning.HANDED_OVER, "out"),  # not twice
        (draft, Meaning.ACCEPTED, "in"),  # the outgoing clerk signs first
        (over, Meaning.ACCEPTED, "out"),  # not the same person on both sides
        (sealed, Meaning.ACCEPTED, "in"),
    ]
    for state, meaning, signer in refusals:
        with pytest.raises(ValidationError):
            ho.check_can_sign(state, meaning, signer, "out")
    with pytest.raises(ValidationError):
        ho.check_signers("a", "a")


def test_counts_must_be_complete_whole_numbers():
    items = ("Cash float", "Касса")
    assert ho.check_counts(items, {"Cash float": 2000, "Касса": 0}) == {
        "Cash float": 2000,
        "Касса": 0,
    }
    with pytest.raises(ValidationError) as err:
        ho.check_counts(items, {"Cash float": 2000})
    assert err.value.params == {"item": "Касса"}
    with pytest.raises(ValidationError):
        ho.check_counts(items, {"Cash float": -1, "Касса": 1})


def test_remarks_length():
    assert ho.clean_remarks("  ok ") == "ok"
    with pytest.raises(ValidationError):
        ho.clean_remarks("x" * (ho.REMARKS_MAX_LENGTH + 1))
