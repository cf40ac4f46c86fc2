"""Kinds and colours across English, Chinese and Russian, and what they do to matching."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk_app.domain.lostfound import matching as m
from desk_app.domain.lostfound.vocabulary import COLOURS, KINDS, words_of

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text, kinds, colours",
    [
        ("black wallet", {"wallet"}, {"black"}),
        ("Black card holder", {"wallet"}, {"black"}),
        ("黑色钱包", {"wallet"}, {"black"}),
        ("Чёрный картхолдер", {"wallet"}, {"black"}),
        ("в чёрном кошельке", {"wallet"}, {"black"}),  # inflected: matched by stems
        ("черного кошелька", {"wallet"}, {"black"}),
        ("silver necklace", {"jewellery"}, {"silver"}),
        ("серебряная цепочка", {"jewellery"}, {"silver"}),
        ("серые серьги", {"jewellery"}, {"grey"}),  # сер-ьги is no colour
        ("Тёмно-синяя куртка, в кармане перчатки", {"clothing"}, {"blue"}),
        ("зарядка для телефона", {"charger"}, set()),  # what it is for is not what it is
        ("phone charger", {"charger"}, set()),
        ("笔记本电脑", {"laptop"}, set()),  # the longer word claims its characters
        ("粉红色的钱包", {"wallet"}, {"pink"}),  # pink, not red
        ("AirPods 蓝牙耳机", {"headphones"}, set()),  # 蓝牙 is Bluetooth, not blue
        ("带红色手机壳，壳内夹有一张银行卡", {"phone"}, {"red"}),  # 银行 is a bank, not silver
        ("白天在大堂发现的雨伞", {"umbrella"}, set()),  # 白天 is daytime, not white
        ("Gucci wallets", {"wallet"}, set()),
        ("ключи от машины", {"key"}, set()),
        ("бельё", set(), set()),
        ("", set(), set()),
    ],
)
def test_kinds_and_colours_in_three_languages(text, kinds, colours):
    words = words_of(text)
    assert words.kinds == kinds and words.colours == colours


def test_every_family_has_words_in_every_language():
    assert {f.key for f in KINDS} >= {
        "wallet", "phone", "key", "bag", "umbrella", "glasses", "watch", "jewellery",
        "documents", "charger", "laptop", "headphones", "clothing", "toys", "bottle", "book",
    }  # fmt: skip
    assert {f.key for f in COLOURS} == {
        "black", "white", "red", "blue", "green", "yellow", "brown", "grey", "silver", "gold",
        "pink", "purple", "orange",
    }  # fmt: skip
    for family in KINDS + COLOURS:
        assert family.en and family.zh and family.ru, family.key
        # Each language's own words are found in it.
        for word in (family.en[0], family.zh[0]):
            found = words_of(word)
            assert family.key in (found.kinds | found.colours), (family.key, word)


def _side(id: str, text: str, place: str = "Lobby", hours: float = 1) -> m.MatchSide:
    at = NOW - timedelta(hours=hours)
    return m.MatchSide.of(id, "valuables", place, text, at, at)


def _report(text: str) -> m.MatchSide:
    return m.MatchSide.of("r", "valuables", "Lobby", text, NOW - timedelta(hours=5), NOW)


@pytest.mark.parametrize(
    "holder",
    ["black card holder", "Чёрный картхолдер", "黑色卡包"],
)
def test_the_black_wallet_ranks_a_black_card_holder_above_a_silver_necklace(holder):
    necklace = _side("necklace", "silver necklace", hours=2)
    card_holder = _side("holder", holder, place="Lobby bar")
    ranked = m.rank([(_report("black wallet"), s, s.id) for s in (necklace, card_holder)])
    assert [cid for cid, _ in ranked] == ["holder", "necklace"]
    holder_reason, necklace_reason = (r for _, r in ranked)
    assert holder_reason.text == 1.0 and necklace_reason.text == 0.0
    assert holder_reason.score - necklace_reason.score > 0.25


@pytest.mark.parametrize(
    "lost, found",
    [
        ("黑色钱包", "Чёрный кошелёк с картами"),  # a zh report, a ru item
        ("чёрный кошелёк", "黑色钱包，内有银行卡"),  # a ru report, a zh item
        ("红色雨伞", "Красный складной зонтик"),
        ("синий рюкзак", "蓝色双肩包"),
    ],
)
def test_a_report_in_one_language_matches_an_item_in_another(lost, found):
    item = _side("item", found)
    other = _side("other", "iPhone 15 手机", hours=2)
    ranked = m.rank([(_report(lost), s, s.id) for s in (other, item)])
    assert [cid for cid, _ in ranked][0] == "item"
    assert ranked[0][1].text == 1.0
    assert m.similarity(lost, found) < 0.2  # grams alone saw nothing alike


def test_words_fit_same_kind_different_kind_and_colour_alone():
    def fit(a: str, b: str) -> float:
        return m.words_fit(m.grams(a), m.grams(b), words_of(a), words_of(b))

    assert fit("black wallet", "кошелёк") == pytest.approx(0.85)  # the colour unsaid: half
    assert fit("black wallet", "brown wallet") == pytest.approx(0.7)  # colours disagree
    assert fit("black wallet", "black umbrella") == pytest.approx(0.3)  # only the colour
    assert fit("black wallet", "黑色") == pytest.approx(0.3)  # no kind on one side
    assert fit("Gucci wallet", "Gucci scarf") == 0.0  # a brand does not make them one thing
    assert fit("雨伞", "雨伞") == pytest.approx(1.0)
