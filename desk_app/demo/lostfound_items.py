"""The lost-and-found book's things: what a found item is (``ItemSpec``), how the desk and the
guests put it into words (``Wording``), a photo of it on the desk's mat, and a guest's report as
the bench asks for one (``sample_report``)."""

from __future__ import annotations

import io
import random
from datetime import datetime

from PIL import Image, ImageDraw

from desk_app.demo.lines import Texts
from desk_app.demo.texts.lostfound import (
    COLOUR_WEIGHTS,
    COLOURS,
    CUPBOARD,
    DETAIL_SHARE,
    DETAILS,
    FOUND_PLACE_WEIGHTS,
    FOUND_PLACES,
    GENDERS,
    GENERIC_DETAILS,
    HANDED_IN_BY_HOUSEKEEPING,
    KEY_CABINET,
    KINDS,
    LUGGAGE_ROOM,
    REPORT_FRAMES,
    ROOM_PLACE,
    ROOM_PLACE_SHARE,
    SAFE,
    SHELF,
    SHELF_ROWS,
    ItemKind,
)
from desk_app.demo.texts.words import LANGS
from desk_app.domain.value import Value

PHOTO_SIZE = (160, 120)


def _kind_weights() -> list[float]:
    return [k.weight for k in KINDS]


_KIND_WEIGHTS = _kind_weights()
_COLOUR_KEYS = list(COLOUR_WEIGHTS)
_COLOUR_W = list(COLOUR_WEIGHTS.values())


class ItemSpec(Value):
    """What a thing is, whoever describes it: the desk registering it or its owner reporting it."""

    kind: ItemKind
    variant: int
    colour: str | None
    place: int | None  # index into FOUND_PLACES; None: a room
    room: str
    detail: int  # a seed for the detail wording

    def noun(self, lang: str) -> str:
        return self.kind.noun(lang, self.variant)

    def named(self, lang: str) -> str:
        """'black umbrella', '黑色雨伞', 'чёрный зонт'."""
        noun = self.noun(lang)
        if self.colour is None:
            return noun
        zh, ru, en, _rgb = COLOURS[self.colour]
        if lang == "zh":
            return zh + noun
        if lang == "ru":
            return f"{ru[GENDERS[self.kind.ru[self.variant][1]]]} {noun}"
        return f"{en} {noun}"

    def place_text(self, lang: str) -> str:
        if self.place is None:
            return ROOM_PLACE[lang].format(room=self.room)
        return FOUND_PLACES[self.place][LANGS.index(lang)]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def item_photo(rng: random.Random, colour: str | None) -> bytes:
    """A small JPEG of the thing on the desk's grey mat: a few kilobytes."""
    rgb = COLOURS[colour][3] if colour else (150, 120, 90)
    mat = (rng.randint(170, 200),) * 3
    image = Image.new("RGB", PHOTO_SIZE, mat)
    draw = ImageDraw.Draw(image)
    w, h = PHOTO_SIZE
    cx, cy = w / 2 + rng.uniform(-15, 15), h / 2 + rng.uniform(-10, 10)
    rw, rh = rng.uniform(25, 60), rng.uniform(18, 40)
    shadow = tuple(max(0, c - 60) for c in mat)
    box = (cx - rw, cy - rh, cx + rw, cy + rh)
    draw.rounded_rectangle([c + 4 for c in box], radius=10, fill=shadow)
    if rng.random() < 0.5:
        draw.rounded_rectangle(box, radius=rng.uniform(3, 15), fill=rgb)
    else:
        draw.ellipse(box, fill=rgb)
    highlight = tuple(min(255, c + 50) for c in rgb)
    draw.line((cx - rw * 0.6, cy - rh * 0.5, cx + rw * 0.3, cy - rh * 0.6), fill=highlight, width=3)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70, optimize=True)
    return out.getvalue()


class Wording:
    """How the desk and the guests put things into words; deterministic for a random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.texts = Texts(rng)

    def spec(self) -> ItemSpec:
        r = self.rng
        kind = r.choices(KINDS, weights=_KIND_WEIGHTS)[0]
        variant = r.randrange(len(kind.zh))
        colour = r.choices(_COLOUR_KEYS, weights=_COLOUR_W)[0] if kind.colour else None
        in_room = r.random() < ROOM_PLACE_SHARE
        place = None if in_room else r.choices(range(len(FOUND_PLACES)), FOUND_PLACE_WEIGHTS)[0]
        return ItemSpec(kind, variant, colour, place, self.texts.room(), r.randrange(1 << 30))

    def detail(self, spec: ItemSpec, lang: str) -> str:
        r = random.Random(spec.detail)  # the same wording each time the thing is described
        if r.random() > DETAIL_SHARE:
            return ""
        options = DETAILS.get(spec.kind.code, {}).get(lang) or GENERIC_DETAILS[lang]
        template = r.choice(options)
        values: dict[str, str] = {}
        if "{name}" in template:
            values["name"] = Texts(r).party(lang)
        if "{n}" in template:
            values["n"] = str(r.randint(2, 4))
        if "{money}" in template:
            values["money"] = str(
                r.randrange(100, 3001, 50) if lang != "en" else r.randint(20, 300)
            )
        if "{tail}" in template:
            values["tail"] = f"{r.randint(0, 9999):04d}"
        return template.format(**values)

    def description(self, spec: ItemSpec, lang: str, *, handed_in: bool = False) -> str:
        named = self.named_with_detail(spec, lang)
        if handed_in:
            named += self.rng.choice(HANDED_IN_BY_HOUSEKEEPING[lang])
        return named

    def named_with_detail(self, spec: ItemSpec, lang: str) -> str:
        named = spec.named(lang)
        extra = self.detail(spec, lang)
        if lang == "zh":
            return named + (f"，{extra}" if extra else "")
        return _capital(named) + (f", {extra}" if extra else "")

    def storage(self, spec: ItemSpec, valuables: bool, lang: str) -> str:
        r = self.rng
        if valuables or spec.kind.category == "documents":
            return r.choice(SAFE[lang])
        if spec.kind.category == "keys":
            return r.choice(KEY_CABINET[lang])
        if spec.kind.bulky:
            return r.choice(LUGGAGE_ROOM[lang])
        if r.random() < 0.7:
            return SHELF[lang].format(row=r.choice(SHELF_ROWS[lang]), n=r.randint(1, 4))
        return CUPBOARD[lang].format(n=r.randint(1, 5))

    def report_text(self, spec: ItemSpec, lang: str) -> str:
        """What the guest says, as the clerk writes it down."""
        r = self.rng
        what = self.named_with_detail(spec, lang) if r.random() < 0.7 else spec.named(lang)
        frame = r.choice(REPORT_FRAMES[lang])
        return frame.format(what=what[:1].lower() + what[1:], What=_capital(what))


# --------------------------------------------------------------------------------------------
# For the bench: what a guest says when reporting a loss.
# --------------------------------------------------------------------------------------------


def sample_report(rng: random.Random) -> dict[str, str]:
    """A guest's report as the desk takes it down: ``services.lostfound.report_lost``'s keywords
    (the times apart), for the bench."""
    words = Wording(rng)
    spec = words.spec()
    lang = rng.choice(LANGS)
    room = spec.room if spec.place is None else ""
    phone = words.texts.slot("phone", lang, datetime.now().astimezone(), {})
    return {
        "guest_name": words.texts.party(lang),
        "contact": "" if room else phone,
        "room": room,
        "lost_place": "" if spec.place is None else spec.place_text(lang),
        "description": words.report_text(spec, lang),
        "category": spec.kind.category,
    }
