"""The one rule for typed text: NUL and lone surrogates refused with the field named, control and
bidi characters removed, lines kept only where a field allows them; and every book's validators
follow it."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain import complaints, keys, log, people
from desk_app.domain.errors import BadCharacter
from desk_app.domain.handover import rules as handover
from desk_app.domain.lostfound import categories
from desk_app.domain.lostfound import rules as lostfound
from desk_app.domain.search import SearchQuery, parse_query
from desk_app.domain.text import is_storable, line, lines

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Every control character the rule removes, in both kinds of field (tab, LF, CR aside).
REMOVED = (
    "".join(chr(c) for c in range(1, 0x20) if chr(c) not in "\t\n\r")
    + "\x7f"
    + "".join(chr(c) for c in range(0x80, 0xA0))
    + BIDI
)
REFUSED = ["\x00", "\ud800", "\udfff", "\udc80"]


def _is_removed(ch: str) -> bool:
    return (unicodedata.category(ch) == "Cc" and ch not in "\t\n") or ch in BIDI


# Any text at all, lone surrogates and NUL included (Hypothesis leaves surrogates out by default).
any_text = st.text(alphabet=st.characters(codec=None))
storable_text = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"))
# Text made mostly of the characters the rule is about, so the interesting cases come up often.
tricky_text = st.text(
    alphabet=st.sampled_from(list(REMOVED + "\t\n\r ab漏水Яя\u200f\u3000")), max_size=30
)


@pytest.mark.parametrize("bad", REFUSED)
@pytest.mark.parametrize("rule", [line, lines])
def test_nul_and_lone_surrogates_are_refused_naming_the_field(rule, bad):
    with pytest.raises(BadCharacter) as err:
        rule(f"Room 12{bad}08", "room")
    assert err.value.field == "room"
    assert "cannot be stored" in err.value.message
    assert not is_storable(f"a{bad}b")


def test_a_valid_surrogate_pair_is_one_character_and_stays():
    assert line("😀 guest", "party") == "😀 guest"
    assert is_storable("😀")


@pytest.mark.parametrize("ch", list(REMOVED))
def test_control_and_bidi_characters_are_removed(ch):
    assert line(f"12{ch}08", "room") == "1208"
    assert lines(f"12{ch}08", "text") == "1208"


def test_a_bidi_override_cannot_reverse_a_printed_room():
    assert line("\u202e8021\u202c", "room") == "8021"
    assert lines("Guest in \u2067room 1208\u2069 left", "text") == "Guest in room 1208 left"


def test_marks_used_to_write_arabic_and_hebrew_stay():
    assert line("\u05e9\u05dc\u05d5\u05dd\u200f 12", "party") == "\u05e9\u05dc\u05d5\u05dd\u200f 12"


def test_a_single_line_makes_tabs_and_newlines_one_space():
    assert line("  1208\t\r\nnorth   wing \r", "room") == "1208 north wing"


def test_lines_keep_tabs_and_newlines_and_read_every_newline_convention():
    assert lines("one\r\ntwo\rthree\nfour\tend", "text") == "one\ntwo\nthree\nfour\tend"
    assert lines("  \n first\n\n second \t\n", "text") == "first\n\n second"


@pytest.mark.parametrize("rule", [line, lines])
def test_none_and_empty_are_empty(rule):
    assert rule(None, "x") == ""
    assert rule("", "x") == ""
    assert rule("\x01\u202e", "x") == ""


@given(any_text)
def test_a_text_is_refused_exactly_when_it_cannot_be_stored(raw):
    try:
        raw.encode("utf-8")
        encodable = True
    except UnicodeEncodeError:
        encodable = False
    storable = encodable and "\x00" not in raw
    assert is_storable(raw) is storable
    for rule in (line, lines):
        if storable:
            rule(raw, "f")
        else:
            with pytest.raises(BadCharacter):
                rule(raw, "f")


@given(st.one_of(storable_text, tricky_text))
def test_a_single_line_holds_no_control_no_bidi_no_line_break_and_is_stable(raw):
    once = line(raw, "f")
    assert line(once, "f") == once
    assert not any(_is_removed(ch) or ch in "\t\n\r" for ch in once)
    assert once == once.strip() and "  " not in once
    assert is_storable(once)


@given(st.one_of(storable_text, tricky_text))
def test_lines_hold_no_control_but_tab_and_newline_and_are_stable(raw):
    once = lines(raw, "f")
    assert lines(once, "f") == once
    assert "\r" not in once
    assert not any(_is_removed(ch) for ch in once)
    assert once == once.strip()


@given(tricky_text)
def test_lines_keep_every_line_a_single_line_would_join(raw):
    # The two kinds of field agree on the words; they differ only in how lines are kept.
    assert " ".join(lines(raw, "f").split()) == line(raw, "f")


# --------------------------------------------------------------------------------------------
# Every book's validators follow the rule
# --------------------------------------------------------------------------------------------


def _refused(call, field: str) -> None:
    with pytest.raises(BadCharacter) as err:
        call()
    assert err.value.field == field


def _entry(**kw):
    args = {"category": "note", "text": "Guest called", "room": "1208", "party": "", "now": NOW}
    return log.validate_entry(**{**args, **kw})


@pytest.mark.parametrize("field", ["text", "room", "party"])
def test_log_entry_fields(field):
    _refused(lambda: _entry(**{field: "a\x00b"}), field)
    draft = _entry(**{field: "a\u202eb\x07c\r\nd"})
    expected = "ab" + ("c\nd" if field == "text" else "c d")
    assert getattr(draft, field) == expected


def _intake(**kw):
    args = {
        "received_at": NOW,
        "channel": "phone",
        "guest_name": "Mr Li",
        "room": "1208",
        "contact": "",
        "category": "noise",
        "severity": "low",
        "text": "Noise next door",
        "promised_at": NOW + timedelta(hours=1),
        "now": NOW,
    }
    return complaints.validate_intake(**{**args, **kw})


@pytest.mark.parametrize("field", ["guest_name", "room", "contact", "text"])
def test_complaint_intake_fields(field):
    _refused(lambda: _intake(**{field: "Li\ud800"}), field)
    draft = _intake(**{field: "Li\u2066 Wei\x1b"})
    assert getattr(draft, field) == "Li Wei"


def test_complaint_step_texts_and_compensation_kind():
    _refused(lambda: complaints.require_text("ok\x00", "outcome", "Write it."), "outcome")
    assert complaints.require_text("a\r\nb\u202d", "note", "Write it.") == "a\nb"
    _refused(
        lambda: complaints.validate_compensation_kind("voucher\x00", complaints.Decimal(5)),
        "compensation_kind",
    )
    assert complaints.validate_compensation_kind(" free\tdrink\x7f ", complaints.Decimal(5)) == (
        "free drink"
    )
    assert complaints.validate_compensation_kind("", complaints.Decimal(0)) is None


def test_lost_and_found_fields():
    policy = categories.default_policy()
    item = {
        "found_at": NOW,
        "found_place": "Lobby",
        "finder_kind": "guest",
        "finder_id": None,
        "finder_name": "Anna",
        "description": "Black umbrella",
        "category": "other",
        "valuables": False,
        "storage_place": "Shelf 2",
        "policy": policy,
        "now": NOW,
    }
    fields = {"found_place": "found_place", "finder_name": "finder"}
    fields |= {"description": "description", "storage_place": "storage_place"}
    for arg, field in fields.items():
        _refused(lambda arg=arg: lostfound.validate_item(**{**item, arg: "x\x00"}), field)
    draft = lostfound.validate_item(
        **{**item, "description": "Black\x0b umbrella\r\nwith\u202e tag", "storage_place": "S\t2"}
    )
    assert draft.description == "Black umbrella\nwith tag"
    assert draft.storage_place == "S 2"
    report = {
        "guest_name": "Anna",
        "contact": "+7 900",
        "room": "",
        "lost_from": NOW - timedelta(hours=2),
        "lost_until": NOW,
        "lost_place": "",
        "description": "Umbrella",
        "category": "other",
        "policy": policy,
        "now": NOW,
    }
    for field in ("guest_name", "contact", "room", "lost_place", "description"):
        _refused(lambda f=field: lostfound.validate_report(**{**report, f: "\udc00"}), field)
    returned = {
        "claimant_name": "Anna",
        "claimant_contact": "",
        "id_document": "passport",
        "id_last_four": "1234",
        "identity_checked": True,
    }
    for field in ("claimant_name", "claimant_contact", "id_last_four"):
        _refused(lambda f=field: lostfound.validate_return(**{**returned, f: "12\x0034"}), field)


def test_lost_and_found_category_names():
    policy = categories.default_policy()
    named = categories.ItemCategory("c-1", "Umbrellas\x00", 30, True)
    _refused(
        lambda: categories.validate_policy(
            categories.RetentionPolicy((*policy.categories, named), policy.valuables_days)
        ),
        "category_name",
    )
    named = categories.ItemCategory("c-1", "\u202eUmbrellas\t", 30, True)
    clean = categories.validate_policy(
        categories.RetentionPolicy((*policy.categories, named), policy.valuables_days)
    )
    assert clean.category("c-1").name == "Umbrellas"


def test_key_fields():
    _refused(lambda: keys.normalize_code("M\x00-1"), "code")
    assert keys.normalize_code(" m\u202e-1\x1f ") == "M-1"
    _refused(lambda: keys.count_board(["A"], ["A\x00"], ["A"]), "present")
    kw = {"code": "A1", "label": "Floor 1", "key_type": "floor", "hook_row": 1, "hook_col": 1}
    kw["restricted"] = False
    _refused(lambda: keys.validate_key(**{**kw, "label": "Floor\x00"}), "label")
    assert keys.validate_key(**{**kw, "label": "Floor\u2068 1\x85"}).label == "Floor 1"
    issue = {
        "holder_kind": "outside",
        "holder_id": None,
        "holder_name": "Plumber",
        "company": "Water Co",
        "id_document": "passport",
        "id_last_four": "1234",
        "purpose": "Repair",
        "expected_back": NOW + timedelta(hours=1),
        "restricted": False,
        "policy": keys.KeyPolicy(),
        "now": NOW,
    }
    for arg, field in {
        "holder_name": "holder_name",
        "company": "company",
        "purpose": "purpose",
        "id_last_four": "id_last_four",
    }.items():
        _refused(lambda a=arg: keys.validate_issue(**{**issue, a: "12\ud83434"}), field)
    _refused(lambda: keys.clean_reason("lost\x00"), "reason")
    assert keys.clean_reason("lost\r\nin lift\u202a") == "lost\nin lift"
    _refused(lambda: keys.clean_return_note("ok\x00"), "note")
    assert keys.clean_return_note("ok\r\n\x07thanks") == "ok thanks"


def test_handover_texts():
    _refused(lambda: handover.clean_remarks("All quiet\x00"), "remarks")
    assert handover.clean_remarks("All quiet\r\nKeys ok\u202e") == "All quiet\nKeys ok"
    _refused(lambda: handover.clean_policy_items(["Radios\x00"], "count_items"), "count_items")
    assert handover.clean_policy_items(["Ra\x07dios\t", "\u202e"], "checklist") == ("Radios",)
    _refused(lambda: handover.clean_property_name("Hotel\ud800"), "property")
    assert handover.clean_property_name("Grand\u2067 Hotel\r\n") == "Grand Hotel"
    _refused(lambda: handover.clean_discrepancy("Radios", "3", "2", "\x00"), "discrepancies")
    assert handover.clean_discrepancy("Ra\u202edios", "3\t", "2", "one\r\nmissing") == (
        "Radios",
        "3",
        "2",
        "one missing",
    )


def test_people_names():
    _refused(lambda: people.validate_name("Anna\x00"), "name")
    assert people.validate_name("\u202eAnna\tLee") == "Anna Lee"
    _refused(lambda: people.validate_station_name("Desk\udfff"), "station")
    assert people.validate_station_name("Front\x1b desk") == "Front desk"


@pytest.mark.parametrize("bad", REFUSED)
def test_a_search_with_a_nul_or_broken_character_is_refused(bad):
    with pytest.raises(BadCharacter) as err:
        parse_query(f"漏{bad}水")
    assert err.value.field == "search"


def test_a_search_drops_what_the_stored_text_dropped():
    assert parse_query("12\u202e08") == SearchQuery("1208")
    assert parse_query("\x01\u2066") is None
