"""Lost-and-found rules: numbers, retention, input, identity, photos, states and matching."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from desk_app.domain.errors import ValidationError
from desk_app.domain.lostfound import categories, matching
from desk_app.domain.lostfound import rules as lf
from desk_app.domain.lostfound.categories import ItemCategory, RetentionPolicy
from desk_app.domain.lostfound.matching import MatchSide
from desk_app.domain.lostfound.rules import DisposalMethod, IdDocument, ItemState

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
POLICY = categories.default_policy()


def png_bytes(size=(40, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, "blue").save(buf, "PNG")
    return buf.getvalue()


# --- numbers ------------------------------------------------------------------------------------


def test_item_number_format():
    assert lf.item_number(2026, 42) == "LF-2026-00042"
    assert lf.item_number(2027, 123456) == "LF-2027-123456"


@pytest.mark.parametrize(
    "text, parsed",
    [
        ("LF-2026-00042", (2026, 42)),
        ("  lf-2026-00042\n", (2026, 42)),
        ("LF-2026-123456", (2026, 123456)),
        ("LF-26-00042", None),
        ("LF-2026-42", None),
        ("umbrella", None),
        ("", None),
    ],
)
def test_parse_item_number(text, parsed):
    assert lf.parse_item_number(text) == parsed


@given(st.integers(2000, 2100), st.integers(1, 999_999))
def test_number_round_trip(year, seq):
    assert lf.parse_item_number(lf.item_number(year, seq)) == (year, seq)


def test_next_seq_is_gapless():
    assert lf.next_seq(None) == 1
    assert lf.next_seq(41) == 42


# --- retention ----------------------------------------------------------------------------------


def test_default_retention_is_90_days_and_valuables_longer():
    assert POLICY.days_for("clothing", False) == 90
    assert POLICY.days_for("valuables", False) == 180
    # A valuable item of any category is kept as long as valuables are.
    assert POLICY.days_for("clothing", True) == 180
    found = NOW - timedelta(days=90)
    assert POLICY.is_due(found, "clothing", False, NOW)
    assert not POLICY.is_due(found, "clothing", True, NOW)
    assert not POLICY.is_due(found + timedelta(seconds=1), "clothing", False, NOW)


def test_policy_json_round_trip_and_builtins_restored():
    custom = RetentionPolicy(
        (*POLICY.categories, ItemCategory("c-1234abcd", "Зонты", 30)), valuables_days=365
    )
    back = categories.policy_from_json(custom.as_json())
    assert back == custom
    partial = categories.policy_from_json({"categories": [{"code": "keys", "days": 10}]})
    assert {c.code for c in partial.categories} == set(categories.BUILTIN_CATEGORIES)
    assert partial.days_for("keys", False) == 10


@pytest.mark.parametrize(
    "change, field",
    [
        (lambda cats: [*cats, ItemCategory("c-1", "", 30)], "category_name"),
        (
            lambda cats: [*cats, ItemCategory("c-1", "Зонты"), ItemCategory("c-2", "зонты")],
            "category_name",
        ),
        (lambda cats: [*cats, ItemCategory("bogus", "X")], "category"),
        (lambda cats: cats[1:], "category"),
        (lambda cats: [ItemCategory(c.code, c.name, 0) for c in cats], "retention_days"),
        (
            lambda cats: [ItemCategory(c.code, c.name, c.retention_days, False) for c in cats],
            "category",
        ),
    ],
)
def test_policy_edits_refused(change, field):
    bad = RetentionPolicy(tuple(change(list(POLICY.categories))))
    with pytest.raises(ValidationError) as err:
        categories.validate_policy(bad)
    assert err.value.field == field


def test_valuables_days_checked():
    with pytest.raises(ValidationError) as err:
        categories.validate_policy(RetentionPolicy(POLICY.categories, valuables_days=0))
    assert err.value.field == "valuables_days"


# --- input --------------------------------------------------------------------------------------


def item(**over):
    values = dict(
        found_at=NOW - timedelta(minutes=5),
        found_place=" Lobby  大堂 ",
        finder_kind="guest",
        finder_id=None,
        finder_name="Anna",
        description="黑色雨伞",
        category="other",
        valuables=False,
        storage_place="Shelf B",
        policy=POLICY,
        now=NOW,
    )
    values.update(over)
    return lf.validate_item(**values)


def test_valid_item_is_cleaned():
    draft = item()
    assert draft.found_place == "Lobby 大堂"
    assert draft.finder_kind is lf.FinderKind.GUEST


@pytest.mark.parametrize(
    "over, field",
    [
        ({"found_at": NOW + timedelta(minutes=5)}, "found_at"),
        ({"found_at": None}, "found_at"),
        ({"found_place": "  "}, "found_place"),
        ({"description": ""}, "description"),
        ({"storage_place": ""}, "storage_place"),
        ({"category": "nope"}, "category"),
        ({"finder_name": ""}, "finder"),
        ({"finder_kind": "staff", "finder_id": None}, "finder"),
        ({"finder_kind": "robot"}, "finder"),
        ({"description": "x" * 2001}, "description"),
    ],
)
def test_bad_item_refused(over, field):
    with pytest.raises(ValidationError) as err:
        item(**over)
    assert err.value.field == field


def test_retired_category_refused_for_new_items():
    cats = tuple(
        ItemCategory(c.code, c.name, c.retention_days, c.code != "keys") for c in POLICY.categories
    )
    with pytest.raises(ValidationError):
        item(category="keys", policy=RetentionPolicy(cats))


def test_report_needs_a_way_to_reach_the_guest_and_a_sane_window():
    base = dict(
        guest_name="Петров",
        contact="",
        room="",
        lost_from=NOW - timedelta(hours=3),
        lost_until=NOW,
        lost_place="",
        description="кошелёк",
        category="valuables",
        policy=POLICY,
        now=NOW,
    )
    with pytest.raises(ValidationError) as err:
        lf.validate_report(**base)
    assert err.value.field == "contact"
    with pytest.raises(ValidationError) as err:
        lf.validate_report(**{**base, "room": "1203", "lost_until": NOW - timedelta(hours=4)})
    assert err.value.field == "lost_until"
    with pytest.raises(ValidationError) as err:
        lf.validate_report(**{**base, "room": "1203", "lost_from": NOW + timedelta(hours=1)})
    assert err.value.field == "lost_from"
    ok = lf.validate_report(**{**base, "room": "1203", "lost_until": NOW + timedelta(days=2)})
    assert ok.lost_until <= NOW + lf.FUTURE_GRACE


@pytest.mark.parametrize(
    "over, field",
    [
        ({"claimant_name": ""}, "claimant_name"),
        ({"id_document": None}, "id_document"),
        ({"id_document": "library_card"}, "id_document"),
        ({"id_last_four": "123"}, "id_last_four"),
        ({"id_last_four": "123456789"}, "id_last_four"),
        ({"id_last_four": "12-4"}, "id_last_four"),
        ({"identity_checked": False}, "identity_checked"),
    ],
)
def test_return_needs_identity(over, field):
    values = dict(
        claimant_name="Петров",
        claimant_contact="",
        id_document="passport",
        id_last_four="ab12",
        identity_checked=True,
    )
    values.update(over)
    with pytest.raises(ValidationError) as err:
        lf.validate_return(**values)
    assert err.value.field == field


def test_return_keeps_only_four_characters():
    draft = lf.validate_return(
        claimant_name="Петров",
        claimant_contact="",
        id_document="passport",
        id_last_four=" ab12 ",
        identity_checked=True,
    )
    assert draft.id_last_four == "AB12" and draft.id_document is IdDocument.PASSPORT


# --- photos -------------------------------------------------------------------------------------


def test_photo_types():
    assert lf.validate_photo(png_bytes()) == "image/png"
    buf = io.BytesIO()
    Image.new("RGB", (20, 20)).save(buf, "JPEG")
    assert lf.validate_photo(buf.getvalue()) == "image/jpeg"


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7 not a picture" * 3, b"", b"\x89PNG\r\n\x1a\n", "текст".encode() * 20],
)
def test_not_a_picture_refused(data):
    with pytest.raises(ValidationError) as err:
        lf.validate_photo(data)
    assert err.value.field == "photo"


def test_photo_too_large_or_too_many():
    with pytest.raises(ValidationError) as err:
        lf.validate_photo(b"\xff\xd8\xff" + b"0" * lf.MAX_PHOTO_BYTES)
    assert "MB" in err.value.message
    with pytest.raises(ValidationError):
        lf.validate_photo(png_bytes(), existing_count=lf.MAX_PHOTOS_PER_ITEM)


# --- states -------------------------------------------------------------------------------------


def test_return_only_while_held():
    lf.check_can_return(ItemState.STORED)
    lf.check_can_return(ItemState.DISPOSAL_PROPOSED)
    for state in (ItemState.RETURNED, ItemState.DISPOSED):
        with pytest.raises(ValidationError):
            lf.check_can_return(state)


def test_proposal_needs_retention_over_and_no_pending_one():
    lf.check_can_propose(ItemState.STORED, due=True)
    with pytest.raises(ValidationError, match="retention"):
        lf.check_can_propose(ItemState.STORED, due=False)
    with pytest.raises(ValidationError, match="already waiting"):
        lf.check_can_propose(ItemState.DISPOSAL_PROPOSED, due=True)
    with pytest.raises(ValidationError):
        lf.check_can_propose(ItemState.RETURNED, due=True)


def test_nobody_approves_their_own_proposal():
    lf.check_can_decide(ItemState.DISPOSAL_PROPOSED, "a", "b")
    with pytest.raises(ValidationError, match="another supervisor"):
        lf.check_can_decide(ItemState.DISPOSAL_PROPOSED, "a", "a")
    with pytest.raises(ValidationError):
        lf.check_can_decide(ItemState.STORED, "a", "b")


def test_disposal_method():
    assert lf.validate_disposal_method("donated") is DisposalMethod.DONATED
    with pytest.raises(ValidationError):
        lf.validate_disposal_method("sold")


# --- matching -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("黑色雨伞", "一把黑色的雨伞"),
        ("Чёрный ЗОНТ", "черный зонт складной"),
        ("black umbrella", "Umbrella, black"),
    ],
)
def test_similar_texts_in_any_script(a, b):
    assert matching.similarity(a, b) > 0.4
    assert matching.similarity(a, "iPhone 15 手机") < 0.2


def test_similarity_bounds():
    assert matching.similarity("", "") == 0.0
    assert matching.similarity("雨伞", "雨伞") == pytest.approx(1.0)


def test_time_fit():
    lost_from, lost_until = NOW - timedelta(hours=5), NOW
    assert matching.time_fit(NOW - timedelta(hours=1), lost_from, lost_until) == 1.0
    assert matching.time_fit(NOW + timedelta(days=15), lost_from, lost_until) == pytest.approx(
        0.5, abs=0.02
    )
    assert matching.time_fit(lost_from - timedelta(days=2), lost_from, lost_until) == 0.0


def test_ranking_prefers_category_time_place_and_words():
    report = MatchSide.of("r", "other", "大堂 lobby", "黑色雨伞", NOW - timedelta(hours=4), NOW)
    good = MatchSide.of("good", "other", "Lobby", "雨伞 黑色", NOW - timedelta(hours=1), NOW)
    wrong_kind = MatchSide.of("phone", "electronics", "Lobby", "手机", NOW, NOW)
    late = MatchSide.of("late", "other", "Bar", "雨伞", NOW + timedelta(days=25), NOW)
    ranked = matching.rank([(report, s, s.id) for s in (late, wrong_kind, good)])
    assert [cid for cid, _ in ranked][0] == "good"
    assert "phone" not in [cid for cid, _ in ranked]
    best = ranked[0][1]
    assert best.category == 0.5 and best.time == 1.0 and best.text > 0.5  # both "other": half


def test_a_shared_specific_category_counts_more_than_other():
    lost = MatchSide.of("r", "electronics", "", "手机", NOW - timedelta(hours=2), NOW)
    phone = MatchSide.of("p", "electronics", "", "手机", NOW - timedelta(hours=1), NOW)
    assert matching.match_reason(lost, phone).category == 1.0
    vague = MatchSide.of("r", "other", "", "手机", NOW - timedelta(hours=2), NOW)
    thing = MatchSide.of("p", "other", "", "手机", NOW - timedelta(hours=1), NOW)
    assert matching.match_reason(vague, thing).score < matching.match_reason(lost, phone).score
