"""Signature rules without Qt: what counts as a signature, and the stored text of its strokes."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.errors import ValidationError
from desk_app.domain.signature import (
    MAX_SIGNATURE_PNG_BYTES,
    MAX_SIGNATURE_POINTS,
    PNG_MAGIC,
    Signature,
    strokes_from_json,
    strokes_to_json,
    validate_signature,
)

PNG = PNG_MAGIC + b"\x00" * 32  # only the magic is checked here; the widget makes real ones


def wave(n: int = 40, x0: float = 20.0, y0: float = 80.0) -> tuple[tuple[float, float], ...]:
    return tuple((x0 + i * 4.123456, y0 + 25 * math.sin(i / 5)) for i in range(n))


def make(strokes=None, width: int = 480, height: int = 160, png: bytes = PNG) -> Signature:
    return Signature(
        strokes=(wave(),) if strokes is None else strokes, width=width, height=height, png=png
    )


def test_a_real_signature_passes_and_is_returned():
    sig = make()
    assert validate_signature(sig) is sig


@pytest.mark.parametrize("sig", [None, make(strokes=()), make(strokes=((), ()))])
def test_no_signature_is_required(sig):
    with pytest.raises(ValidationError, match="signature is required") as info:
        validate_signature(sig, field="claimant_signature")
    assert info.value.field == "claimant_signature"


@pytest.mark.parametrize(
    "strokes",
    [
        (((10.0, 10.0),),),  # a tap
        (tuple((10.0 + i, 10.0) for i in range(5)),),  # too few points
        (tuple((50 + (i % 3), 50 + (i % 2)) for i in range(60)),),  # many points, a smudge
    ],
)
def test_a_dot_or_smudge_is_too_small(strokes):
    with pytest.raises(ValidationError, match="too small") as info:
        validate_signature(make(strokes=strokes))
    assert info.value.field == "signature"


def test_the_points_may_be_spread_over_several_strokes():
    strokes = tuple(((x, 40.0), (x + 3, 60.0)) for x in range(10, 60, 10))
    assert validate_signature(make(strokes=strokes))


def test_too_many_points_are_refused():
    stroke = tuple((float(i % 400), float(i % 150)) for i in range(MAX_SIGNATURE_POINTS + 1))
    with pytest.raises(ValidationError, match="too many points"):
        validate_signature(make(strokes=(stroke,)))


@pytest.mark.parametrize("png", [b"", b"GIF89a....", b"\x89PNG\r\n", "not bytes"])
def test_the_picture_must_be_a_png(png):
    with pytest.raises(ValidationError, match="not a PNG"):
        validate_signature(make(png=png))


def test_the_picture_has_a_size_limit():
    validate_signature(make(png=PNG_MAGIC + b"\x00" * (MAX_SIGNATURE_PNG_BYTES - 8)))
    with pytest.raises(ValidationError, match="larger than 512 KiB") as info:
        validate_signature(make(png=PNG_MAGIC + b"\x00" * MAX_SIGNATURE_PNG_BYTES))
    assert info.value.params == {"limit": 512}


@pytest.mark.parametrize(
    "sig",
    [
        make(width=0),
        make(height=-5),
        make(width=True),
        make(strokes=(wave() + ((math.nan, 1.0),),)),
        make(strokes=(wave() + ((math.inf, 1.0),),)),
    ],
)
def test_impossible_geometry_is_refused(sig):
    with pytest.raises(ValidationError, match="cannot be read"):
        validate_signature(sig)


def test_json_is_compact_rounded_and_in_a_fixed_order():
    sig = make(strokes=(((1.04, 2.96), (3.25, -0.04)), ((10, 20),)), width=480, height=160)
    assert strokes_to_json(sig) == (
        '{"w":480,"h":160,"strokes":[[[1.0,3.0],[3.2,0.0]],[[10.0,20.0]]]}'
    )


def test_json_round_trip_keeps_the_drawing_to_a_tenth_of_a_pixel():
    sig = make()
    strokes, width, height = strokes_from_json(strokes_to_json(sig))
    assert (width, height) == (480, 160)
    assert len(strokes) == 1 and len(strokes[0]) == len(sig.strokes[0])
    for (x, y), (x2, y2) in zip(sig.strokes[0], strokes[0], strict=True):
        assert abs(x - x2) <= 0.05 + 1e-9 and abs(y - y2) <= 0.05 + 1e-9


coordinate = st.floats(min_value=-1000, max_value=5000, allow_nan=False, allow_infinity=False)


@given(
    st.lists(st.lists(st.tuples(coordinate, coordinate), max_size=20), max_size=5),
    st.integers(min_value=1, max_value=4000),
    st.integers(min_value=1, max_value=4000),
)
def test_the_stored_text_is_deterministic_and_stable(raw, width, height):
    strokes = tuple(tuple(s) for s in raw)
    text = strokes_to_json(Signature(strokes, width, height, PNG))
    # Same drawing, same text; and reading it back and writing again changes nothing.
    copy = tuple(tuple((float(x), float(y)) for x, y in s) for s in strokes)
    assert strokes_to_json(Signature(copy, width, height, b"")) == text
    back, w, h = strokes_from_json(text)
    assert (w, h) == (width, height)
    assert strokes_to_json(Signature(back, w, h, PNG)) == text
    assert list(json.loads(text)) == ["w", "h", "strokes"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        '{"w":480,"h":160}',
        '{"w":480,"h":160,"strokes":[],"extra":1}',
        '{"w":"480","h":160,"strokes":[]}',
        '{"w":0,"h":160,"strokes":[]}',
        '{"w":480,"h":true,"strokes":[]}',
        '{"w":480,"h":160,"strokes":{}}',
        '{"w":480,"h":160,"strokes":[[1,2]]}',
        '{"w":480,"h":160,"strokes":[[[1,2,3]]]}',
        '{"w":480,"h":160,"strokes":[[["1",2]]]}',
        '{"w":480,"h":160,"strokes":[[[1,NaN]]]}',
        '{"w":480,"h":160,"strokes":[[[1,Infinity]]]}',
        '{"w":480,"h":160,"strokes":[[[1,null]]]}',
    ],
)
def test_malformed_json_is_a_named_error(text):
    with pytest.raises(ValidationError, match="cannot be read") as info:
        strokes_from_json(text, field="handover_signature")
    assert info.value.field == "handover_signature"


def test_json_of_impossible_numbers_is_refused_not_written():
    with pytest.raises(ValidationError, match="cannot be read"):
        strokes_to_json(make(strokes=(((math.nan, 1.0),),)))
