"""The demo's wording: log lines filled in from the templates and word lists of ``demo.texts``.

A template names its slots (``{room}``, ``{party}``, ``{time}`` ...); ``Texts`` fills each slot
with a value made up from the shared random generator, in the line's language, only when the
template asks for it. The duty log, the complaint register, the key book and the lost-and-found
book all take their rooms, guests' names and phone numbers from here, so the same kinds of value
look the same in every book.
"""

from __future__ import annotations

import random
import string
from datetime import date, datetime, timedelta

from desk_app.demo.accounts import CLERKS, DEMO_ACCOUNTS, SUPERVISORS
from desk_app.demo.texts.log import TEMPLATES
from desk_app.demo.texts.words import (
    COURIERS,
    EN_FIRST,
    EN_LAST,
    ITEMS,
    LANGS,
    LOCATIONS,
    ORGS,
    PLACES,
    REASONS,
    RU_FEMALE,
    RU_MALE,
    RU_SURNAMES,
    ZH_GIVEN,
    ZH_SURNAMES,
)

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FORMATTER = string.Formatter()


def _fields(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in _FORMATTER.parse(template) if name)


# Parsed once: for each template, the slots it uses.
_TEMPLATE_FIELDS: dict[str, frozenset[str]] = {
    t: _fields(t) for by_cat in TEMPLATES.values() for ts in by_cat.values() for t in ts
}


class Slots(dict):
    """Slot values made on first use, so a template only pays for the slots it names."""

    def __init__(self, texts: Texts, lang: str, at_local: datetime) -> None:
        super().__init__()
        self.texts = texts
        self.lang = lang
        self.at_local = at_local

    def __missing__(self, key: str) -> str:
        value = self.texts.slot(key, self.lang, self.at_local, self)
        self[key] = value
        return value


class Texts:
    """Log lines from templates and slots, deterministic for a given random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # --- slots -------------------------------------------------------------------------------

    def room(self) -> str:
        r = self.rng
        return f"{r.randint(2, 18)}{r.randint(1, 38):02d}"

    def party(self, lang: str) -> str:
        r = self.rng
        if r.random() < 0.15:  # a guest whose name is in another script
            lang = r.choice([x for x in LANGS if x != lang])
        if lang == "zh":
            surname = r.choice(ZH_SURNAMES)
            form = r.random()
            if form < 0.45:
                return surname + r.choice(("先生", "女士"))
            return surname + r.choice(ZH_GIVEN)
        if lang == "ru":
            male = r.random() < 0.5
            surname = r.choice(RU_SURNAMES)[0 if male else 1]
            first = r.choice(RU_MALE if male else RU_FEMALE)
            form = r.random()
            if form < 0.4:
                return f"{surname} {first[0]}."
            if form < 0.8:
                return f"{first} {surname}"
            return ("г-н " if male else "г-жа ") + surname
        first, last = r.choice(EN_FIRST), r.choice(EN_LAST)
        form = r.random()
        if form < 0.4:
            return r.choice(("Mr ", "Ms ", "Mrs ")) + last
        return f"{first} {last}"

    def day(self, lang: str, when: date) -> str:
        if lang == "zh":
            return f"{when.month}月{when.day}日"
        if lang == "ru":
            return f"{when.day:02d}.{when.month:02d}"
        return f"{when.day} {MONTHS_EN[when.month - 1]}"

    def slot(self, key: str, lang: str, at_local: datetime, slots: Slots) -> str:
        r = self.rng
        match key:
            case "room":
                return self.room()
            case "room2":
                room = slots["room"] if "room" in slots else self.room()
                floor, num = room[:-2], int(room[-2:])
                # Usually a neighbour: next door or the room above or below.
                if r.random() < 0.6:
                    return f"{floor}{max(1, min(38, num + r.choice((-1, 1)))):02d}"
                return f"{max(2, min(18, int(floor) + r.choice((-1, 1))))}{num:02d}"
            case "floor":
                return str(r.randint(2, 18))
            case "floor2":
                return str(min(18, int(slots["floor"]) + r.randint(1, 4)))
            case "loc":
                return r.choice(LOCATIONS[lang])
            case "place":
                return r.choice(PLACES[lang])
            case "item":
                return r.choice(ITEMS[lang])
            case "reason":
                return r.choice(REASONS[lang])
            case "party":
                return self.party(lang)
            case "org":
                return r.choice(ORGS[lang])
            case "courier":
                return r.choice(COURIERS[lang])
            case "n":
                return str(r.randint(2, 6))
            case "n2":
                return str(r.randint(10, 80))
            case "money":
                return str(
                    r.randrange(50, 500, 10) if lang != "ru" else r.randrange(300, 5000, 100)
                )
            case "n3":
                return str(r.randint(8, 90))
            case "pct":
                return str(r.randint(52, 99))
            case "min":
                return str(r.randrange(5, 45, 5))
            case "time":
                return f"{r.randint(5, 23):02d}:{r.choice(('00', '15', '30', '45'))}"
            case "hm":
                return f"{at_local:%H:%M}"
            case "wake":
                return f"{r.randint(5, 8):02d}:{r.choice(('00', '15', '30', '45'))}"
            case "late":
                return str(r.randint(13, 16))
            case "date":
                return self.day(lang, at_local.date() + timedelta(days=r.randint(1, 20)))
            case "yesterday":
                return self.day(lang, at_local.date() - timedelta(days=1))
            case "phone":
                if lang == "zh":
                    return f"1{r.choice('3589')}{r.randint(0, 9)}{r.randint(0, 99999999):08d}"
                if lang == "ru":
                    return f"+7 9{r.randint(10, 99)} {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
                return f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}"
            case "plate":
                if lang == "zh":
                    return (
                        f"{r.choice('京沪粤浙苏川')}{r.choice('ABCDEF')}·{r.randint(10000, 99999)}"
                    )
                if lang == "ru":
                    letters = "АВЕКМНОРСТУХ"
                    return (
                        f"{r.choice(letters)}{r.randint(100, 999)}{r.choice(letters)}"
                        f"{r.choice(letters)} {r.choice(('77', '97', '177', '78', '50'))}"
                    )
                up = string.ascii_uppercase
                return (
                    f"{r.choice(up)}{r.choice(up)}{r.randint(10, 75)} {''.join(r.choices(up, k=3))}"
                )
            case "tag":
                return f"L{r.randint(1000, 9999)}"
            case "wo":
                return f"WO-{r.randint(10000, 99999)}"
            case "id4":
                return f"{r.randint(0, 9999):04d}"
            case "flight":
                return (
                    f"{r.choice(('CA', 'MU', 'SU', 'S7', 'BA', 'CZ', 'HU'))}{r.randint(100, 1999)}"
                )
            case "cash":
                return str(r.randrange(1000, 3001, 500))
            case "keys":
                return str(r.choice((32, 32, 32, 32, 31)))
            case "staff":
                return r.choice(DEMO_ACCOUNTS).short
            case "supervisor":
                return DEMO_ACCOUNTS[r.choice(SUPERVISORS)].short
            case "clerk":
                return DEMO_ACCOUNTS[r.choice(CLERKS)].short
        raise KeyError(key)

    # --- whole lines -------------------------------------------------------------------------

    def line(self, lang: str, kind: str, at_local: datetime) -> tuple[str, str, str]:
        """(text, room or location, party) for one entry."""
        template = self.rng.choice(TEMPLATES[lang][kind])
        slots = Slots(self, lang, at_local)
        text = template.format_map(slots)
        names = _TEMPLATE_FIELDS[template]
        if "room" in names:
            room = slots["room"]
        elif "loc" in names:
            room = slots["loc"]
        elif "floor" in names:
            room = {"zh": "{}楼", "ru": "{} этаж", "en": "Floor {}"}[lang].format(slots["floor"])
        else:
            room = ""
        party = next((slots[k] for k in ("party", "org", "courier") if k in names), "")
        return text, room, party
