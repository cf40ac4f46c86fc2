"""A hand-written signature for the demo: one to three cursive pen strokes drawn procedurally on
the signature pad's canvas, and their 1-bit PNG, as the window's pad would give them. The
lost-and-found book's returns and the handover sheets sign with them."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw

from desk_app.domain.signature import PNG_MAGIC, Signature, Stroke, stroke_bounds

# The signature pad's canvas in the window, and the pen the PNG is drawn with.
PAD_WIDTH, PAD_HEIGHT = 480, 160
PNG_MARGIN = 8


def signature_strokes(rng: random.Random) -> tuple[Stroke, ...]:
    """A hand-written name: one to three cursive strokes of humps and loops, slanted, with a
    little tremor, sometimes a dot and an underline flourish; 80-250 points in all."""
    strokes: list[Stroke] = []
    x = rng.uniform(25, 90)
    base = rng.uniform(90, 120)
    height = rng.uniform(28, 55)
    slant = rng.uniform(-0.05, 0.4)
    parts = rng.choice((1, 2, 2, 3))
    for _ in range(parts):
        length = rng.uniform(90, 300) / parts
        humps = max(2.0, length / rng.uniform(14, 24))
        count = max(12, round(humps * rng.uniform(7, 10)))
        loop = rng.uniform(3, 9)
        phase = rng.uniform(0, math.tau)
        # Letters of different heights (an l beside an e), the first a capital.
        amps = [rng.choice((0.35, 0.45, 0.5, 0.8, 1.0)) for _ in range(int(humps) + 3)]
        amps[0] = rng.uniform(1.1, 1.4)
        start = int(phase / math.tau + 0.25)
        points = []
        for i in range(count):
            u = i / (count - 1)
            turn = humps * u + phase / math.tau
            wave = math.sin(math.tau * turn)
            # A new letter starts at the bottom of a curve, where the height does not show.
            amp = amps[min(len(amps) - 1, int(turn + 0.25) - start)]
            y = base - height * amp * (0.5 + 0.5 * wave) + rng.gauss(0, 0.4)
            px = x + length * u + loop * math.cos(math.tau * turn)
            px += slant * (base - y) + rng.gauss(0, 0.4)
            points.append((min(max(px, 2.0), PAD_WIDTH - 2.0), min(max(y, 2.0), PAD_HEIGHT - 2.0)))
        strokes.append(tuple(points))
        x += length + rng.uniform(8, 30)
        if x > PAD_WIDTH - 60:
            break
    if rng.random() < 0.3:  # the dot over an i
        dx, dy = strokes[0][len(strokes[0]) // 3]
        strokes.append(((dx + 2, max(2.0, dy - height * 0.6)),))
    if rng.random() < 0.45:  # an underline flourish
        left, _top, right, bottom = stroke_bounds(strokes) or (30.0, 0.0, 300.0, 120.0)
        y0 = min(PAD_HEIGHT - 4.0, bottom + rng.uniform(4, 12))
        n = rng.randint(10, 18)
        strokes.append(
            tuple(
                (
                    left + (right - left) * i / (n - 1),
                    min(PAD_HEIGHT - 2.0, y0 + 3 * math.sin(math.pi * i / (n - 1))),
                )
                for i in range(n)
            )
        )
    return tuple(strokes)


def signature_png(strokes: tuple[Stroke, ...]) -> bytes:
    """The strokes in black on white, one bit a pixel, cropped to the ink: about a kilobyte."""
    left, top, right, bottom = stroke_bounds(strokes) or (0.0, 0.0, 1.0, 1.0)
    x0, y0 = max(0.0, left - PNG_MARGIN), max(0.0, top - PNG_MARGIN)
    size = (
        max(1, math.ceil(min(PAD_WIDTH, right + PNG_MARGIN) - x0)),
        max(1, math.ceil(min(PAD_HEIGHT, bottom + PNG_MARGIN) - y0)),
    )
    image = Image.new("1", size, 1)
    draw = ImageDraw.Draw(image)
    for stroke in strokes:
        shifted = [(x - x0, y - y0) for x, y in stroke]
        if len(shifted) == 1:
            (cx, cy) = shifted[0]
            draw.ellipse((cx - 1.2, cy - 1.2, cx + 1.2, cy + 1.2), fill=0)
        else:
            draw.line(shifted, fill=0, width=2, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    data = out.getvalue()
    assert data.startswith(PNG_MAGIC)
    return data


def make_signature(rng: random.Random) -> Signature:
    strokes = signature_strokes(rng)
    return Signature(strokes, PAD_WIDTH, PAD_HEIGHT, signature_png(strokes))
