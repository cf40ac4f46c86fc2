"""The journal's hash chain: canonical JSON and the link hash."""

from __future__ import annotations

import dataclasses
import json

from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.chain import GENESIS, JournalFields, canonical, link_hash, payload_digest

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def test_canonical_is_sorted_compact_and_keeps_scripts():
    assert (
        canonical({"b": 1, "a": [1, 2], "c": "漏水 смена"}) == '{"a":[1,2],"b":1,"c":"漏水 смена"}'
    )


def test_canonical_ignores_key_insertion_order():
    assert canonical({"x": 1, "y": {"q": 2, "p": 3}}) == canonical({"y": {"p": 3, "q": 2}, "x": 1})


@given(json_values)
def test_canonical_round_trips(value):
    encoded = canonical(value)
    assert json.loads(encoded) == value
    # Stable: encoding the decoded value gives the same text, byte for byte.
    assert canonical(json.loads(encoded)) == encoded


@given(st.dictionaries(st.text(max_size=6), st.integers(), max_size=8), st.randoms())
def test_canonical_is_independent_of_dict_order(mapping, rnd):
    items = list(mapping.items())
    rnd.shuffle(items)
    assert canonical(dict(items)) == canonical(mapping)


def base_fields() -> JournalFields:
    return JournalFields(
        seq=7,
        at="2026-03-14T09:30:00+00:00",
        actor="5b0c3bd0-1b43-4c55-9f86-4c1a3c0d8d37",
        station="Test desk",
        entity="log_entry",
        entity_id="a1e0b7a4-76a4-4a26-8d2f-3d5c1e0f9b11",
        action="insert",
        payload=canonical({"text": "水管漏水了", "num": 3}),
    )


def test_link_hash_is_deterministic_sha256_hex():
    h = link_hash(GENESIS, base_fields())
    assert h == link_hash(GENESIS, base_fields())
    assert len(h) == 64
    int(h, 16)
    assert GENESIS == "0" * 64


changed_values = {
    "seq": 8,
    "at": "2026-03-14T09:30:01+00:00",
    "actor": None,
    "station": "Night desk",
    "entity": "follow_up",
    "entity_id": "a1e0b7a4-76a4-4a26-8d2f-3d5c1e0f9b12",
    "action": "update",
    "payload": canonical({"text": "水管漏水了!", "num": 3}),
}


def test_link_hash_changes_when_any_field_changes():
    original = link_hash(GENESIS, base_fields())
    assert set(changed_values) == {f.name for f in dataclasses.fields(JournalFields)}
    for name, value in changed_values.items():
        changed = dataclasses.replace(base_fields(), **{name: value})
        assert link_hash(GENESIS, changed) != original, name


def test_link_hash_changes_with_previous_hash():
    assert link_hash(GENESIS, base_fields()) != link_hash("1" + GENESIS[1:], base_fields())


def test_link_hash_fields_cannot_slide_into_each_other():
    # Moving text from one field to its neighbour must not give the same hash.
    a = dataclasses.replace(base_fields(), station="Test", entity="desklog_entry")
    b = dataclasses.replace(base_fields(), station="Testdesk", entity="log_entry")
    assert link_hash(GENESIS, a) != link_hash(GENESIS, b)


text_field = st.text(max_size=20)
fields_strategy = st.builds(
    JournalFields,
    seq=st.integers(min_value=1, max_value=10**9),
    at=text_field,
    actor=st.none() | text_field,
    station=text_field,
    entity=text_field,
    entity_id=text_field,
    action=text_field,
    payload=json_values.map(canonical),
)


@given(fields_strategy, st.sampled_from(sorted(changed_values)), st.data())
def test_any_single_field_edit_changes_the_hash(fields, name, data):
    strategy = {
        "seq": st.integers(min_value=1, max_value=10**9),
        "actor": st.none() | text_field,
        "payload": json_values.map(canonical),
    }.get(name, text_field)
    new_value = data.draw(strategy.filter(lambda v: v != getattr(fields, name)))
    changed = dataclasses.replace(fields, **{name: new_value})
    assert link_hash(GENESIS, changed) != link_hash(GENESIS, fields)


def test_payload_digest():
    assert payload_digest("{}") == payload_digest("{}")
    assert payload_digest("{}") != payload_digest("{ }")
    assert len(payload_digest("漏水")) == 32


@given(
    seq=st.integers(min_value=0, max_value=2**62),
    texts=st.lists(st.text(), min_size=5, max_size=5),
    actor=st.none() | st.text(),
)
def test_the_fast_header_is_the_canonical_json_of_the_fields(seq, texts, actor):
    """The link hash is written once and checked for years: the header written out by hand
    must be, character for character, what the canonical encoder gives."""
    from desk_app.domain.chain import _header

    at, station, entity, entity_id, action = texts
    fields = [seq, at, actor, station, entity, entity_id, action]
    assert _header(*fields) == canonical(fields)


def test_a_header_of_unusual_types_falls_back_to_the_encoder():
    from desk_app.domain.chain import _header

    assert _header(True, "t", None, "s", "e", "i", "a") == canonical(
        [True, "t", None, "s", "e", "i", "a"]
    )
    assert link_hash(GENESIS, base_fields()) == link_hash(GENESIS, base_fields())


def test_the_link_hash_of_a_known_row_never_changes():
    """Journals written by every earlier version must still verify: a pinned link."""
    from desk_app.domain.chain import link_hash_of

    payload = canonical({"text": "水管漏水了", "n": 3})
    link = link_hash_of(
        GENESIS,
        12345,
        "2026-03-14T09:30:01Z",
        "a1e0b7a4",
        "前台 1 / Стойка 1",
        "log_entry",
        'e"1',
        "insert",
        payload,
    )
    assert link == "715e7b0fa4f9207640aa3bad2126e84003974cd0d9b1f11828c2962fa5a2377c"
