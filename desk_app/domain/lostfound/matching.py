"""Lost and found: matching a guest's report of a lost item with the found items.

Kept apart from :mod:`desk_app.domain.lostfound.rules`, which holds the book's rules (numbers,
input, states), because matching is a question of its own: how alike a report and an item
are, and which found times are worth comparing. It needs nothing from those rules.

The words of a description count two ways: character grams (the same words, in one script) and
the kinds of thing and colours it names in any of the three languages
(:mod:`desk_app.domain.lostfound.vocabulary`): "black wallet", "黑色钱包" and "чёрный кошелёк" are
one thing, and a black card holder is more like a black wallet than a silver necklace is, however
many letters "silver necklace" shares with it.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import field
from datetime import datetime, timedelta

from desk_app.domain.lostfound.vocabulary import Words, words_of
from desk_app.domain.value import Value

# An item found a little before the guest thinks they lost it is still a candidate (clocks and
# memories are loose); one found weeks after may have lain unseen under a bed.
MATCH_BEFORE = timedelta(days=1)
MATCH_AFTER = timedelta(days=30)
MATCH_LIMIT = 20
MIN_SCORE = 0.25
MIN_TEXT_ALONE = 0.2
_WEIGHTS = {"category": 0.30, "time": 0.20, "place": 0.15, "text": 0.35}
# The words' score when both name a kind of thing: mostly the kind, some the colour.
KIND_WEIGHT = 0.7
COLOUR_WEIGHT = 0.3


class MatchReason(Value):
    category: float
    time: float
    place: float
    text: float

    @property
    def score(self) -> float:
        return (
            _WEIGHTS["category"] * self.category
            + _WEIGHTS["time"] * self.time
            + _WEIGHTS["place"] * self.place
            + _WEIGHTS["text"] * self.text
        )


def _folded(text: str) -> str:
    """Case, width and accents folded, punctuation dropped: 'Чёрный  ЗОНТ!' ~ 'черный зонт'."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ё", "е")
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def _is_cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uac00" <= ch <= "\ud7af"


def grams(text: str) -> Counter[str]:
    """Character bigrams within each word, and every CJK character alone too: Chinese has no
    spaces and its words are one or two characters, Russian and English words share stems."""
    out: Counter[str] = Counter()
    for word in _folded(text).split():
        padded = f" {word} " if not _is_cjk(word[0]) else word
        for i in range(len(padded) - 1):
            out[padded[i : i + 2]] += 1
        for ch in word:
            if _is_cjk(ch):
                out[ch] += 1
    return out


def similarity(a: Counter[str] | str, b: Counter[str] | str) -> float:
    """Dice coefficient of the two texts' grams, 0 … 1."""
    ga = grams(a) if isinstance(a, str) else a
    gb = grams(b) if isinstance(b, str) else b
    total = sum(ga.values()) + sum(gb.values())
    if not total:
        return 0.0
    common = sum((ga & gb).values())
    return 2 * common / total


def words_fit(a: Counter[str], b: Counter[str], a_words: Words, b_words: Words) -> float:
    """How alike two descriptions are, 0 … 1: their shared grams, or the kind and colour they
    both name when that says more.

    The same kind (one family: wallet, 钱包, картхолдер) scores at least
    :data:`KIND_WEIGHT` plus the colour's share (half of it when a side names no colour). Kinds
    named on both sides and different (a wallet, a necklace) are different things: shared
    letters then count no more than a shared colour would. A colour alone, when neither side
    names a kind, counts as its share."""
    grams_fit = similarity(a, b)
    colour = None
    if a_words.colours and b_words.colours:
        colour = 1.0 if a_words.colours & b_words.colours else 0.0
    if a_words.kinds and b_words.kinds:
        if a_words.kinds & b_words.kinds:
            return max(grams_fit, KIND_WEIGHT + COLOUR_WEIGHT * (0.5 if colour is None else colour))
        return min(grams_fit, COLOUR_WEIGHT * (colour or 0.0))
    if colour:
        return max(grams_fit, COLOUR_WEIGHT * colour)
    return grams_fit


def time_fit(found_at: datetime, lost_from: datetime, lost_until: datetime) -> float:
    """1 when found inside the time the guest says it was lost, falling off outside it."""
    if lost_from <= found_at <= lost_until + timedelta(hours=12):
        return 1.0
    if found_at < lost_from:
        gap = (lost_from - found_at) / MATCH_BEFORE
    else:
        gap = (found_at - lost_until) / MATCH_AFTER
    return max(0.0, 1.0 - gap)


class MatchSide(Value):
    """What matching looks at, on either side (a found item or a guest's report)."""

    id: str
    category: str
    place: str
    text: str
    start: datetime  # found_at, or lost_from
    end: datetime  # found_at, or lost_until
    grams: Counter[str] = field(default_factory=Counter, compare=False)
    words: Words | None = field(default=None, compare=False)  # None: read from ``text``

    @classmethod
    def of(cls, id: str, category: str, place: str, text: str, start: datetime, end: datetime):
        return cls(id, category, place, text, start, end, grams(text), words_of(text))

    def text_grams(self) -> Counter[str]:
        return self.grams or grams(self.text)

    def text_words(self) -> Words:
        return self.words if self.words is not None else words_of(self.text)


def _category_fit(a: str, b: str) -> float:
    """Both "other" says little about two things being the same: half the weight."""
    if a != b:
        return 0.0
    return 0.5 if a == "other" else 1.0


def match_reason(report: MatchSide, item: MatchSide) -> MatchReason:
    return MatchReason(
        category=_category_fit(report.category, item.category),
        time=time_fit(item.start, report.start, report.end),
        place=similarity(report.place, item.place) if report.place and item.place else 0.0,
        text=words_fit(
            report.text_grams(), item.text_grams(), report.text_words(), item.text_words()
        ),
    )


def rank(
    pairs: Iterable[tuple[MatchSide, MatchSide, str]],
    *,
    limit: int = MATCH_LIMIT,
    min_score: float = MIN_SCORE,
) -> list[tuple[str, MatchReason]]:
    """The best candidates first: (report, item, candidate's id) in, (id, reason) out."""
    scored = [(cid, match_reason(report, item)) for report, item, cid in pairs]
    # Being found at the right time and place is not enough: it must be the same kind of thing
    # or be described in some of the same words.
    scored = [
        (cid, r)
        for cid, r in scored
        if r.score >= min_score and (r.category or r.text >= MIN_TEXT_ALONE)
    ]
    scored.sort(key=lambda p: (-p[1].score, p[0]))
    return scored[:limit]


def candidate_window_for_report(lost_from: datetime, lost_until: datetime):
    """Found times worth scoring for a report (an index range, not a scan of three years)."""
    return lost_from - MATCH_BEFORE, lost_until + MATCH_AFTER


def candidate_window_for_item(found_at: datetime):
    """Reports worth scoring for a found item: lost_until no earlier than this, lost_from no
    later than that."""
    return found_at - MATCH_AFTER, found_at + MATCH_BEFORE
