"""Lost and found: the kinds of things guests lose and their colours, in English, Chinese and
Russian, so a report and a found item written in different languages are seen to be alike.

Character grams (:mod:`desk_app.domain.lostfound.matching`) find "чёрный кошелёк" in "черный
кошелек" but see nothing shared between "black wallet", "黑色钱包" and "чёрный кошелёк", and they
count "black" in "black card holder" no more than "er" in "silver necklace". This vocabulary gives
each description the *families* of kind words it names (wallet / purse / card holder / 钱包 /
кошелёк / картхолдер are one family) and its colours.

How words are found, per language:

- English: whole words, a plural "s"/"es" accepted; a phrase ("card holder", "phone charger")
  matches as a phrase and claims its words first, so a phone charger is a charger, not a phone.
- Chinese: substrings, the longest first claiming its characters: 笔记本电脑 is a laptop, not a
  notebook; 粉红色 is pink, not red. Colour words are written with 色 or a qualifier where the
  bare character means something else (蓝牙 is Bluetooth, 银行卡 a bank card, 白天 daytime).
- Russian: stems. A kind matches a word that starts with its stem and has at most
  :data:`RU_KIND_ENDING` letters more (кошел → кошелёк, кошелька, кошельком); a colour matches its
  stem followed by an adjective ending (сер → серый, серая, not серьги). Words after "для" and "от"
  name what the thing is for or from (зарядка для телефона, ключи от машины) and are skipped.
  "ё" is read as "е".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from desk_app.domain.value import Value

RU_KIND_ENDING = 4
# fmt: off
RU_ADJECTIVE_ENDINGS = frozenset({
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
    "ыми", "ими", "ых", "их", "ую", "юю", "ей", "ом", "ем",
})
# fmt: on
_RU_SKIP_AFTER = frozenset({"для", "от"})
_EN_SKIP_AFTER = frozenset({"for"})


class Family(Value):
    """One kind of thing (or one colour) and its words: English words or phrases, Chinese
    substrings, Russian stems (a stem ending in "$" matches that whole word only)."""

    key: str
    en: tuple[str, ...]
    zh: tuple[str, ...]
    ru: tuple[str, ...]


# fmt: off
KINDS: tuple[Family, ...] = (
    Family("wallet",
           ("wallet", "purse", "card holder", "cardholder", "card case", "billfold"),
           ("钱包", "钱夹", "皮夹", "卡包", "卡套", "卡夹"),
           ("кошел", "бумажник", "картхолдер", "портмоне", "визитниц")),
    Family("phone",
           ("phone", "smartphone", "mobile", "mobile phone", "cellphone", "iphone"),
           ("手机", "电话", "iphone"),
           ("телефон", "смартфон", "мобильн", "айфон", "iphone")),
    Family("key",
           ("key", "keyring", "key card", "keycard", "car key", "key fob", "fob"),
           ("钥匙", "房卡", "门卡"),
           ("ключ", "брелок")),
    Family("bag",
           ("bag", "handbag", "backpack", "rucksack", "suitcase", "luggage", "tote",
            "make-up bag", "shopping bag", "pouch"),
           ("手提包", "双肩包", "背包", "挎包", "包包", "化妆包", "手袋", "购物袋", "行李箱", "拉杆箱"),
           ("сумк", "сумочк", "рюкзак", "чемодан", "косметичк", "пакет")),
    Family("umbrella", ("umbrella",), ("伞",), ("зонт",)),
    Family("glasses",
           ("glasses", "sunglasses", "spectacles", "eyeglasses"),
           ("眼镜", "墨镜"),
           ("очки$", "очков$", "очками$", "очках$")),
    Family("watch",
           ("watch", "wristwatch", "smartwatch"),
           ("手表", "腕表"),
           ("часы$", "смарт-часы$")),
    Family("jewellery",
           ("jewellery", "jewelry", "necklace", "chain", "ring", "earring", "bracelet", "pendant",
            "brooch", "wedding ring"),
           ("项链", "戒指", "耳环", "耳钉", "手链", "手镯", "首饰", "吊坠", "胸针"),
           ("цепочк", "кольц", "колечк", "серьг", "сережк", "браслет", "кулон", "ожерель",
            "украшени", "подвеск", "брошь", "брошк")),
    Family("documents",
           ("passport", "document", "id card", "licence", "license", "driving licence", "visa",
            "boarding pass", "staff pass", "student card", "document folder"),
           ("护照", "证件", "身份证", "驾照", "驾驶证", "工作证", "学生证", "登机牌", "文件袋", "文件"),
           ("паспорт", "документ", "удостоверени", "пропуск", "посадочн")),
    Family("charger",
           ("charger", "cable", "adapter", "power bank", "powerbank", "phone charger",
            "laptop charger", "charging cable", "power adapter", "laptop power adapter",
            "plug adapter"),
           ("充电器", "充电线", "数据线", "充电宝", "适配器", "手机充电器", "笔记本电源适配器",
            "电源适配器", "转换插头", "插头"),
           ("зарядк", "зарядн", "кабел", "провод", "адаптер", "переходник", "пауэрбанк")),
    Family("laptop",
           ("laptop", "tablet", "ipad", "macbook", "kindle", "notebook computer"),
           ("笔记本电脑", "电脑", "平板", "平板电脑", "macbook", "ipad", "阅读器"),
           ("ноутбук", "планшет", "макбук", "macbook", "ipad")),
    Family("headphones",
           ("headphones", "headphone", "earphones", "earbuds", "airpods", "headset"),
           ("耳机", "airpods"),
           ("наушник", "гарнитур", "airpods")),
    Family("clothing",
           ("jacket", "down jacket", "coat", "scarf", "hat", "cap", "glove", "sweater", "jumper",
            "shirt", "hoodie", "cardigan"),
           ("外套", "夹克", "羽绒服", "大衣", "围巾", "帽子", "棒球帽", "手套", "毛衣", "衬衫", "卫衣"),
           ("куртк", "пуховик", "пальто", "шарф", "шапк", "кепк", "перчатк", "варежк", "свитер",
            "кофт", "рубашк", "пиджак", "плащ", "толстовк")),
    Family("toys",
           ("toy", "soft toy", "teddy", "teddy bear", "doll", "plush"),
           ("玩具", "娃娃", "玩偶", "毛绒"),
           ("игрушк", "кукл")),
    Family("bottle",
           ("bottle", "water bottle", "flask", "thermos", "tumbler"),
           ("水瓶", "水壶", "瓶", "保温杯", "水杯"),
           ("бутылк", "термос", "фляг")),
    Family("book",
           ("book", "notebook", "novel", "diary"),
           ("书", "笔记本", "本子", "日记"),
           ("книг", "книжк", "блокнот", "ежедневник")),
)

COLOURS: tuple[Family, ...] = (
    Family("black", ("black",), ("黑",), ("черн",)),
    Family("white", ("white",), ("白色", "白的", "纯白", "乳白", "米白"), ("бел",)),
    Family("red", ("red", "burgundy", "maroon"), ("红色", "红的", "大红", "深红", "酒红"),
           ("красн", "бордов")),
    Family("blue", ("blue", "navy"), ("蓝色", "蓝的", "深蓝", "浅蓝", "天蓝", "藏青", "宝蓝"),
           ("син", "голуб")),
    Family("green", ("green",), ("绿色", "绿的", "墨绿", "深绿", "浅绿"), ("зелен",)),
    Family("yellow", ("yellow",), ("黄色", "黄的"), ("желт",)),
    Family("brown", ("brown", "beige", "tan"), ("棕色", "棕的", "褐色", "咖啡色", "驼色", "卡其色"),
           ("коричнев", "бежев")),
    Family("grey", ("grey", "gray"), ("灰色", "灰的", "深灰", "浅灰"), ("сер",)),
    Family("silver", ("silver",), ("银色", "银的", "银白", "银质", "纯银"),
           ("серебрист", "серебрян", "серебро$")),
    Family("gold", ("gold", "golden"), ("金色", "金质", "黄金", "玫瑰金"),
           ("золот", "золотист", "золото$")),
    Family("pink", ("pink",), ("粉色", "粉红", "粉红色", "粉的"), ("розов",)),
    Family("purple", ("purple", "violet", "lilac"), ("紫",), ("фиолетов", "сиренев", "лилов")),
    Family("orange", ("orange",), ("橙", "橘色", "橘黄", "橘红"), ("оранжев",)),
)
# fmt: on


class Words(Value):
    """What a description names: the families of kind words and the colours."""

    kinds: frozenset[str] = frozenset()
    colours: frozenset[str] = frozenset()


def _fold(text: str) -> str:
    """Case and width folded, "ё" read as "е" ("й" kept: it is a letter of its own)."""
    return unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")


_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _zh_terms(families: tuple[Family, ...]) -> list[tuple[str, str]]:
    terms = [(w, f.key) for f in families for w in f.zh]
    return sorted(terms, key=lambda t: -len(t[0]))


def _en_index(families: tuple[Family, ...]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Phrases by their first word, the longest first: a token looks up only its own."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for family in families:
        for words in family.en:
            phrase = tuple(_TOKEN.findall(words.casefold().replace("-", " ")))
            index.setdefault(phrase[0], []).append((phrase, family.key))
    for phrases in index.values():
        phrases.sort(key=lambda t: -len(t[0]))
    return index


def _ru_index(families: tuple[Family, ...]) -> tuple[dict[str, str], dict[str, str]]:
    """Stems, and whole words (a stem ending in "$"), to their family."""
    stems, words = {}, {}
    for family in families:
        for stem in family.ru:
            if stem.endswith("$"):
                words[stem[:-1]] = family.key
            else:
                stems[stem] = family.key
    return stems, words


_ZH = {"kinds": _zh_terms(KINDS), "colours": _zh_terms(COLOURS)}
_EN = {"kinds": _en_index(KINDS), "colours": _en_index(COLOURS)}
_RU = {"kinds": _ru_index(KINDS), "colours": _ru_index(COLOURS)}
_RU_SHORTEST_STEM = min(len(s) for f in KINDS + COLOURS for s in f.ru if not s.endswith("$"))


def _zh_found(text: str, terms: list[tuple[str, str]]) -> set[str]:
    found = set()
    for term, key in terms:
        if term in text:
            found.add(key)
            text = text.replace(term, "\0")
    return found


def _singular(token: str) -> tuple[str, ...]:
    """The word a token may be: itself, or without a plural "s" / "es"."""
    forms = [token]
    if token.endswith("es") and len(token) > 3:
        forms.append(token[:-2])
    if token.endswith("s") and len(token) > 2:
        forms.append(token[:-1])
    return tuple(forms)


def _en_word(token: str, word: str) -> bool:
    return token == word or token in (word + "s", word + "es")


def _en_found(tokens: list[str], index: dict[str, list[tuple[tuple[str, ...], str]]]) -> set[str]:
    """Phrases left to right, the longest at each place claiming its words."""
    tokens = [t for i, t in enumerate(tokens) if i == 0 or tokens[i - 1] not in _EN_SKIP_AFTER]
    found = set()
    i = 0
    while i < len(tokens):
        step = 1
        candidates = [p for form in _singular(tokens[i]) for p in index.get(form, ())]
        for phrase, key in sorted(candidates, key=lambda t: -len(t[0])):
            n = len(phrase)
            if i + n <= len(tokens) and all(_en_word(tokens[i + j], phrase[j]) for j in range(n)):
                found.add(key)
                step = n
                break
        i += step
    return found


def _ru_key(word: str, stems: dict[str, str], words: dict[str, str], colour: bool) -> str | None:
    """The family of one Russian word: a whole word, or its longest stem with an ending the
    stem allows (any few letters for a kind, an adjective's ending for a colour)."""
    if word in words:
        return words[word]
    shortest = len(word) - RU_KIND_ENDING if not colour else _RU_SHORTEST_STEM
    for length in range(len(word), max(_RU_SHORTEST_STEM, shortest) - 1, -1):
        key = stems.get(word[:length])
        if key is not None and (not colour or word[length:] in RU_ADJECTIVE_ENDINGS):
            return key
    return None


def _ru_found(
    tokens: list[str], index: tuple[dict[str, str], dict[str, str]], colour: bool
) -> set[str]:
    stems, words = index
    found = set()
    for i, token in enumerate(tokens):
        if i and tokens[i - 1] in _RU_SKIP_AFTER and not colour:
            continue
        for part in {token, *token.split("-")}:
            key = _ru_key(part, stems, words, colour)
            if key is not None:
                found.add(key)
    return found


@lru_cache(maxsize=4096)
def words_of(text: str) -> Words:
    """The kind families and colours ``text`` names, in any of the three languages."""
    folded = _fold(text)
    found: dict[str, set[str]] = {"kinds": set(), "colours": set()}
    if _CJK.search(folded):
        for what in found:
            found[what] |= _zh_found(folded, _ZH[what])
    tokens = _TOKEN.findall(folded)
    latin = [t for t in tokens if t.isascii()]
    latin_words = [w for t in latin for w in t.split("-")]
    cyrillic = [t for t in tokens if any("а" <= ch <= "я" for ch in t)]
    for what in found:
        found[what] |= _en_found(latin_words, _EN[what])
        found[what] |= _ru_found(cyrillic, _RU[what], colour=what == "colours")
    return Words(frozenset(found["kinds"]), frozenset(found["colours"]))
