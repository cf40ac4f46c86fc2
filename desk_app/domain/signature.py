"""A drawn signature, as the desk keeps it.

A signature on a return or a handover is evidence: the strokes are kept as numbers (they are
journaled and hashed, so they must serialise the same way every time) and the picture beside
them is what a report prints. A scribble of a few pixels or a stray tap proves nothing, so it is
refused here, whatever screen or script produced it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable

from desk_app.domain.errors import ValidationError
from desk_app.domain.value import Value

Point = tuple[float, float]
Stroke = tuple[Point, ...]
Strokes = tuple[Stroke, ...]

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_PNG_BYTES = 512 * 1024
# Below these a mark is a tap or a dot, not something a person would recognise as theirs.
MIN_SIGNATURE_POINTS = 10
MIN_SIGNATURE_EXTENT = 12.0
# A real signature is a few hundred to a few thousand points; far more is a stuck pen or a script,
# and would bloat every journal row that carries it.
MAX_SIGNATURE_POINTS = 20_000
MAX_PAD_SIDE = 10_000


class Signature(Value):
    """Strokes in pad pixels, the pad size they were drawn in, and a picture of them."""

    strokes: Strokes
    width: int
    height: int
    png: bytes


def point_count(strokes: Iterable[Stroke]) -> int:
    return sum(len(stroke) for stroke in strokes)


def stroke_bounds(strokes: Iterable[Stroke]) -> tuple[float, float, float, float] | None:
    """(left, top, right, bottom) of every point; None when there is none."""
    xs: list[float] = []
    ys: list[float] = []
    for stroke in strokes:
        for x, y in stroke:
            xs.append(x)
            ys.append(y)
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)


def validate_signature(signature: Signature | None, *, field: str = "signature") -> Signature:
    """The signature itself, once it is worth keeping as evidence."""
    if signature is None or point_count(signature.strokes) == 0:
        raise ValidationError("A signature is required: ask them to sign on the pad.", field=field)
    _check_geometry(signature.strokes, signature.width, signature.height, field)
    count = point_count(signature.strokes)
    if count > MAX_SIGNATURE_POINTS:
        raise ValidationError(
            "The signature has too many points to keep: clear the pad and sign again.",
            field=field,
        )
    left, top, right, bottom = stroke_bounds(signature.strokes) or (0.0, 0.0, 0.0, 0.0)
    if count < MIN_SIGNATURE_POINTS or max(right - left, bottom - top) < MIN_SIGNATURE_EXTENT:
        raise ValidationError(
            "The signature is too small: ask them to sign again, larger.", field=field
        )
    png = signature.png
    if not isinstance(png, bytes | bytearray) or not bytes(png[:8]) == PNG_MAGIC:
        raise ValidationError("The signature picture is not a PNG image.", field=field)
    if len(png) > MAX_SIGNATURE_PNG_BYTES:
        raise ValidationError(
            "The signature picture is larger than {limit} KiB.",
            field=field,
            limit=MAX_SIGNATURE_PNG_BYTES // 1024,
        )
    return signature


def _check_geometry(strokes: Strokes, width: int, height: int, field: str) -> None:
    """NaN or a pad of no size cannot be drawn, hashed or compared; they mean a bug upstream."""
    for side in (width, height):
        if isinstance(side, bool) or not isinstance(side, int) or not 0 < side <= MAX_PAD_SIDE:
            raise _unreadable(field)
    for stroke in strokes:
        for point in stroke:
            if (
                not isinstance(point, tuple | list)
                or len(point) != 2
                or not all(_is_finite_number(v) for v in point)
            ):
                raise _unreadable(field)


def _unreadable(field: str) -> ValidationError:
    return ValidationError("The stored signature cannot be read.", field=field)


def _is_finite_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _coordinate(value: float) -> float:
    # Tenths of a pixel are finer than any pen; + 0.0 turns -0.0 into 0.0 so the text never
    # depends on which side of zero a rounding came from.
    return round(float(value), 1) + 0.0


def strokes_to_json(signature: Signature) -> str:
    """The strokes as the database and the journal keep them: the same text for the same drawing."""
    _check_geometry(signature.strokes, signature.width, signature.height, "signature")
    document = {
        "w": signature.width,
        "h": signature.height,
        "strokes": [[[_coordinate(x), _coordinate(y)] for x, y in s] for s in signature.strokes],
    }
    return json.dumps(document, separators=(",", ":"), ensure_ascii=True, allow_nan=False)


def strokes_from_json(text: str, *, field: str = "signature") -> tuple[Strokes, int, int]:
    """(strokes, width, height) back from ``strokes_to_json``; a damaged row is a named error."""
    try:
        document = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise _unreadable(field) from exc
    if not isinstance(document, dict) or set(document) != {"w", "h", "strokes"}:
        raise _unreadable(field)
    width, height, raw = document["w"], document["h"], document["strokes"]
    if not isinstance(raw, list) or not all(isinstance(s, list) for s in raw):
        raise _unreadable(field)
    strokes: list[Stroke] = []
    for raw_stroke in raw:
        stroke: list[Point] = []
        for point in raw_stroke:
            if not isinstance(point, list) or len(point) != 2:
                raise _unreadable(field)
            if not all(_is_finite_number(v) for v in point):
                raise _unreadable(field)
            stroke.append((float(point[0]), float(point[1])))
        strokes.append(tuple(stroke))
    result = tuple(strokes)
    _check_geometry(result, width, height, field)
    return result, width, height
