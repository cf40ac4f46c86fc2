"""A line the program writes: every placeholder given, values kept as plain text, instants in
UTC, the stored form canonical and read back unchanged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from desk_app.domain.book_lines import (
    LINE_KINDS,
    BookLine,
    UnknownLine,
    kind_of,
    line,
    placeholders,
)


def test_a_line_needs_every_placeholder_and_keeps_only_those():
    with pytest.raises(ValueError, match="number"):
        line("lostfound.photo")
    made = line("lostfound.reject", number="LF-2026-00001", note="", method="destroyed")
    assert made.values == {"number": "LF-2026-00001", "note": ""}


def test_values_are_text_and_instants_utc_to_the_minute():
    back = datetime(2026, 12, 7, 18, 40, 31, tzinfo=timezone(timedelta(hours=8)))
    made = line(
        "keys.issue", code="MK-1", label="万能钥匙", holder="张伟", purpose="查房", back=back
    )
    assert made.values["back"] == "2026-12-07T10:40:00+00:00"
    counted = line("keys.count", missing=2, unexpected=0, unknown=1)
    assert counted.values == {"missing": "2", "unexpected": "0", "unknown": "1"}


def test_the_stored_form_is_canonical_and_reads_back():
    made = line("lostfound.report", guest="Ян Ковальски", description="Чёрный «кошелёк»")
    stored = made.encoded_values()
    assert stored == '{"description":"Чёрный «кошелёк»","guest":"Ян Ковальски"}'
    assert BookLine.decode(made.key, stored) == made
    assert BookLine.decode("lostfound.photo", None).values == {}


def test_every_kind_has_a_source_with_its_placeholders():
    for key, kind in LINE_KINDS.items():
        assert key.split(".")[0] in ("lostfound", "keys", "complaint", "roster", "people", "inspection")
        assert placeholders(key), key
        for name in (*kind.instants, *kind.codes):
            assert name in placeholders(key), (key, name)


def test_an_unknown_key_is_named():
    with pytest.raises(UnknownLine):
        kind_of("roster.shift")


def test_rendered_in_each_language_with_codes_and_times_in_its_words():
    from desk_app.book_text import render

    returned = line(
        "lostfound.return",
        number="LF-2026-00016",
        claimant="黄娜",
        document="passport",
        tail="9068",
    )
    assert render(returned, "en") == "Found item LF-2026-00016 returned to 黄娜 (Passport ···9068)."
    assert "护照" in render(returned, "zh_CN") and "Passport" not in render(returned, "zh_CN")
    assert "аспорт" in render(returned, "ru")
    back = datetime(2026, 12, 3, 9, 20, tzinfo=UTC)
    issued = line("keys.issue", code="MK-2", label="k", holder="h", purpose="p", back=back)
    local = back.astimezone()
    assert local.strftime("%d.%m.%Y %H:%M") in render(issued, "ru")
    assert local.strftime("%Y-%m-%d %H:%M") in render(issued, "zh_CN")
    # A line from a newer program still shows its values rather than nothing.
    assert "a note" in render(BookLine("roster.swap", {"note": "a note"}), "en")
