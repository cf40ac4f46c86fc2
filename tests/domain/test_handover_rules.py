"""Handover rules: shift windows (also across midnight and a summer-time change), the seal, who
may sign what, counts."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_app.domain.errors import ValidationError
from desk_app.domain.handover import rules as ho
from desk_app.domain.handover.rules import HandoverSheet, HandoverState, Meaning, Section

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


def test_a_duty_report_covers_at_most_a_month():
    start = datetime(2026, 3, 1, tzinfo=UTC)
    ho.check_report_period(start, start + timedelta(days=ho.MAX_REPORT_DAYS))
    with pytest.raises(ValidationError, match="at most") as err:
        ho.check_report_period(start, start + timedelta(days=ho.MAX_REPORT_DAYS + 1))
    assert err.value.field == "period" and err.value.params == {"days": ho.MAX_REPORT_DAYS}
    with pytest.raises(ValidationError, match="end after"):
        ho.check_report_period(start, start)
    # Summer time: 31 local days may be 31 days and an hour.
    paris = ZoneInfo("Europe/Paris")
    ho.check_report_period(datetime(2026, 10, 1, tzinfo=paris), datetime(2026, 11, 1, tzinfo=paris))


def test_shift_starts_as_a_manager_types_them():
    assert ho.parse_shift_starts("07:00, 15:00, 23:00") == (time(7), time(15), time(23))
    assert ho.parse_shift_starts("20:00 8:00") == (time(8), time(20))
    assert ho.parse_shift_starts("0630;1830") == (time(6, 30), time(18, 30))
    for bad, words in (
        ("", "one to six"),
        ("7", "HH:MM"),
        ("seven", "HH:MM"),
        ("25:00", "not a time"),
        ("07:00 7:00", "one to six different"),
    ):
        with pytest.raises(ValidationError, match=words) as err:
            ho.parse_shift_starts(bad)
        assert err.value.field == "shift_starts"


def test_the_counted_items_and_the_checklist():
    assert ho.clean_policy_items(["  Cash   float ", "", "Umbrellas"], "count_items") == (
        "Cash float",
        "Umbrellas",
    )
    with pytest.raises(ValidationError, match="twice") as err:
        ho.clean_policy_items(["Umbrellas", "umbrellas"], "checklist")
    assert err.value.field == "checklist"
    with pytest.raises(ValidationError, match="at most"):
        ho.clean_policy_items(["x" * (ho.MAX_POLICY_ITEM_LENGTH + 1)], "checklist")
    with pytest.raises(ValidationError, match="At most"):
        ho.clean_policy_items([f"Item {i}" for i in range(ho.MAX_POLICY_ITEMS + 1)], "count_items")


def test_counting_is_one_act_and_not_counted_needs_a_reason():
    """A number entered is the count (0 too); an item not counted is said so with a reason and
    does not stop the seal; an item with neither is missing, named so the window can go to it."""
    from desk_app.domain.handover import counts as hc

    items = ("Cash float", "Зонты")
    assert hc.check_counts(items, {"Cash float": 0}, {"Зонты": "  ключ у менеджера "}) == {
        "Cash float": 0
    }
    with pytest.raises(ValidationError) as err:
        hc.check_counts(items, {"Cash float": 1000}, {"Зонты": "   "})  # a blank reason
    assert err.value.field == "counts" and err.value.params == {"item": "Зонты"}
    assert err.value.template == "Count {item}, or say why it is not counted."
    with pytest.raises(ValidationError) as err:
        hc.check_counts(items, {"Cash float": True, "Зонты": 1})
    assert err.value.params["item"] == "Cash float"
    # A count wins over a reason given before it was counted.
    assert hc.clean_not_counted(items, {"Зонты": 3}, {"Зонты": "later"}) == {}
    assert hc.parse_count(" 1 000 ", "Cash float") == 1000
    assert hc.parse_count("", "Cash float") is None
    with pytest.raises(ValidationError) as err:
        hc.parse_count("12a", "Cash float")
    assert err.value.params["item"] == "Cash float"


def test_counts_are_shown_against_what_the_last_sheet_handed_over():
    from desk_app.domain.handover import counts as hc

    items = ("Cash float", "Key cards", "Umbrellas")
    rows, flagged = hc.count_rows(
        items,
        {"Cash float": 995, "Key cards": 40},
        {"Umbrellas": "lent out"},
        {"Cash float": 1000, "Key cards": 40},
    )
    assert rows == (
        ("Cash float", 1000, 995, ""),
        ("Key cards", 40, 40, ""),
        ("Umbrellas", None, None, "lent out"),
    )
    assert flagged == (0, 2)  # a count that differs, an item not counted
    # Read back from a sealed sheet, old (item, counted) or new columns alike.
    old = ho.Section("counts", ("item", "counted"), (("Cash float", 1000), ("Umbrellas", None)))
    assert hc.counted_on(old) == {"Cash float": 1000}
    new = ho.Section("counts", hc.COUNT_COLUMNS, rows)
    assert hc.counted_on(new) == {"Cash float": 995, "Key cards": 40}
    assert hc.counted_on(None) == {}


@pytest.mark.parametrize(
    "rostered, incoming, taken_over",
    [
        ((), "p1", False),  # no roster: no takeover
        (("p1",), None, False),  # nobody chosen yet
        (("p1",), "p1", False),
        (("p1", "p2"), "p2", False),
        (("p1",), "p3", True),
    ],
)
def test_takeover_is_someone_else_than_the_rostered(rostered, incoming, taken_over):
    assert ho.is_takeover(rostered, incoming) is taken_over


def test_takeover_asks_for_a_reason_only_when_someone_else_takes_over():
    assert ho.check_takeover(("p1",), "p1", "anything") == ""
    assert ho.check_takeover(("p1",), "p3", "  ill  ") == "ill"
    with pytest.raises(ValidationError) as missing:
        ho.check_takeover(("p1",), "p3", " ")
    assert missing.value.field == "takeover_reason"
    with pytest.raises(ValidationError) as long:
        ho.check_takeover(("p1",), "p3", "x" * (ho.TAKEOVER_REASON_MAX_LENGTH + 1))
    assert long.value.params["limit"] == ho.TAKEOVER_REASON_MAX_LENGTH
