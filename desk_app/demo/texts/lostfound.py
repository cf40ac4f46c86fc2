"""The lost-and-found book's vocabulary for the demo: what guests leave behind, where it is found,
where the desk keeps it, what guests say when they report a loss, in Chinese, Russian and English;
and how often each thing happens."""

from __future__ import annotations

from desk_app.domain.value import Value

# --------------------------------------------------------------------------------------------
# Proportions. Three years: about 11,000 found items (DESIGN.md's scale), 35% of them returned
# (a third of those after a guest's report was linked to them), about 4,000 reports in all (the
# rest never match: what the guest lost was not handed in), the others disposed of after their
# retention with a supervisor's approval.
# --------------------------------------------------------------------------------------------

# Items registered a day, beside those found after a guest had reported them (REPORT_FIRST_PER_DAY).
ITEMS_PER_DAY = 9.55
DAY_SHIFT_ITEM_SHARE = 0.68  # most things are found by day (check-outs, the restaurant, the gym)
# A guest reports a loss and the item is handed in later: report, item, link, return.
REPORT_FIRST_PER_DAY = 0.47
# Reports of things nobody hands in: closed after a while (given up, found elsewhere).
UNMATCHED_REPORTS_PER_DAY = 2.5
# The fate of an item when it is registered (the rest stay until their retention runs out).
DIRECT_RETURN_SHARE = 0.245  # the owner is reached (room, name on it) or comes asking
REPORT_LATER_SHARE = 0.073  # the owner reports the loss afterwards; the desk links and returns
PHOTO_SHARE = 0.03
REJECT_SHARE = 0.05  # disposals a supervisor turns down (kept a while longer, then re-proposed)
RETURN_AFTER_REJECT_SHARE = 0.25  # ... of which the owner does come for the item
SUPERVISOR_PROPOSES_SHARE = 0.06
MANAGER_DECIDES_SHARE = 0.1
STAFF_OWNED_SHARE = 0.02  # an employee's own thing: identified by staff card
# Days from the end of an item's retention to the proposal of its disposal (the clerk's list of
# items past retention is worked through on quiet day shifts): some always wait, some are pending.
PROPOSAL_DELAY_DAYS = (0.3, 6.0)
ROOM_PLACE_SHARE = 0.45
HOUSEKEEPING_SHARE = 0.6  # of items found in rooms: handed in by housekeeping

LANG_OWN_SHARE = 0.7  # a clerk mostly writes the book in their own language

# --------------------------------------------------------------------------------------------
# Things
# --------------------------------------------------------------------------------------------


class ItemKind(Value):
    """One kind of thing; the variants are aligned across the languages (the same index is the
    same thing), so a guest's report can describe the item the desk registered."""

    code: str
    category: str  # a built-in lost-and-found category
    weight: float
    valuables: float  # share registered with the valuables flag
    zh: tuple[str, ...]
    ru: tuple[tuple[str, str], ...]  # (noun, gender for adjectives: m, f, n, p)
    en: tuple[str, ...]
    colour: bool = True
    bulky: bool = False  # kept in the luggage room, not on a shelf

    def noun(self, lang: str, variant: int) -> str:
        if lang == "ru":
            return self.ru[variant][0]
        return (self.zh if lang == "zh" else self.en)[variant]


# fmt: off
KINDS: tuple[ItemKind, ...] = (
    # documents
    ItemKind("passport", "documents", 3.0, 0.0, ("护照",), (("паспорт", "m"),), ("passport",), colour=False),
    ItemKind("id_card", "documents", 3.0, 0.0, ("身份证",), (("удостоверение личности", "n"),), ("ID card",), colour=False),
    ItemKind("licence", "documents", 1.5, 0.0, ("驾驶证",), (("водительские права", "p"),), ("driving licence",), colour=False),
    ItemKind("pass", "documents", 1.2, 0.0, ("工作证", "学生证"), (("пропуск", "m"), ("студенческий билет", "m")), ("staff pass", "student card"), colour=False),
    ItemKind("boarding", "documents", 1.0, 0.0, ("登机牌和行程单",), (("посадочный талон", "m"),), ("boarding pass",), colour=False),
    ItemKind("folder", "documents", 1.2, 0.0, ("文件袋",), (("папка с документами", "f"),), ("document folder",)),
    # electronics
    ItemKind("charger", "electronics", 9.0, 0.0, ("手机充电器", "充电线", "笔记本电源适配器"), (("зарядка для телефона", "f"), ("зарядный кабель", "m"), ("блок питания от ноутбука", "m")), ("phone charger", "charging cable", "laptop power adapter")),
    ItemKind("power_bank", "electronics", 5.0, 0.0, ("充电宝",), (("пауэрбанк", "m"),), ("power bank",)),
    ItemKind("phone", "electronics", 5.0, 0.7, ("iPhone 13", "iPhone 15 Pro", "华为手机", "小米手机", "三星手机"), (("iPhone 13", "m"), ("iPhone 15 Pro", "m"), ("телефон Huawei", "m"), ("телефон Xiaomi", "m"), ("телефон Samsung", "m")), ("iPhone 13", "iPhone 15 Pro", "Huawei phone", "Xiaomi phone", "Samsung phone")),
    ItemKind("earbuds", "electronics", 4.0, 0.2, ("AirPods 蓝牙耳机", "头戴式耳机"), (("наушники AirPods", "p"), ("наушники", "p")), ("AirPods", "headphones")),
    ItemKind("adapter", "electronics", 3.0, 0.0, ("转换插头",), (("переходник для розетки", "m"),), ("plug adapter",)),
    ItemKind("laptop", "electronics", 1.0, 1.0, ("笔记本电脑", "MacBook"), (("ноутбук", "m"), ("MacBook", "m")), ("laptop", "MacBook")),
    ItemKind("tablet", "electronics", 1.2, 0.8, ("iPad 平板电脑", "Kindle 阅读器"), (("планшет iPad", "m"), ("электронная книга Kindle", "f")), ("iPad", "Kindle")),
    ItemKind("camera", "electronics", 0.6, 1.0, ("相机",), (("фотоаппарат", "m"),), ("camera",)),
    ItemKind("watch_smart", "electronics", 1.0, 0.6, ("智能手表",), (("смарт-часы", "p"),), ("smartwatch",)),
    ItemKind("usb", "electronics", 1.0, 0.0, ("U盘",), (("флешка", "f"),), ("USB stick",)),
    # money and valuables
    ItemKind("wallet", "valuables", 4.0, 1.0, ("钱包", "卡包"), (("кошелёк", "m"), ("картхолдер", "m")), ("wallet", "card holder")),
    ItemKind("ring", "valuables", 1.2, 1.0, ("结婚戒指", "戒指"), (("обручальное кольцо", "n"), ("кольцо", "n")), ("wedding ring", "ring"), colour=False),
    ItemKind("jewel", "valuables", 1.6, 1.0, ("项链", "耳环", "手链"), (("цепочка", "f"), ("серьги", "p"), ("браслет", "m")), ("necklace", "earrings", "bracelet"), colour=False),
    ItemKind("watch", "valuables", 1.0, 1.0, ("手表",), (("часы", "p"),), ("watch",)),
    ItemKind("cash", "valuables", 0.8, 1.0, ("装有现金的信封",), (("конверт с деньгами", "m"),), ("envelope with cash",), colour=False),
    ItemKind("bank_card", "valuables", 2.0, 1.0, ("银行卡",), (("банковская карта", "f"),), ("bank card",), colour=False),
    # clothing
    ItemKind("scarf", "clothing", 4.0, 0.0, ("围巾",), (("шарф", "m"),), ("scarf",)),
    ItemKind("jacket", "clothing", 3.5, 0.0, ("外套", "羽绒服"), (("куртка", "f"), ("пуховик", "m")), ("jacket", "down jacket"), bulky=True),
    ItemKind("coat", "clothing", 1.2, 0.0, ("大衣",), (("пальто", "n"),), ("coat",), bulky=True),
    ItemKind("hat", "clothing", 3.0, 0.0, ("帽子", "棒球帽"), (("шапка", "f"), ("кепка", "f")), ("hat", "cap")),
    ItemKind("gloves", "clothing", 3.0, 0.0, ("手套",), (("перчатки", "p"),), ("gloves",)),
    ItemKind("sweater", "clothing", 2.0, 0.0, ("毛衣",), (("свитер", "m"),), ("sweater",)),
    ItemKind("swimwear", "clothing", 2.0, 0.0, ("泳衣", "泳裤"), (("купальник", "m"), ("плавки", "p")), ("swimsuit", "swimming trunks")),
    ItemKind("shoes", "clothing", 1.5, 0.0, ("运动鞋", "童鞋"), (("кроссовки", "p"), ("детские ботинки", "p")), ("trainers", "child's shoes"), bulky=True),
    # keys
    ItemKind("car_key", "keys", 3.0, 0.2, ("车钥匙",), (("ключи от машины", "p"),), ("car key",), colour=False),
    ItemKind("house_key", "keys", 3.0, 0.0, ("一串钥匙", "家门钥匙"), (("связка ключей", "f"), ("ключи от квартиры", "p")), ("bunch of keys", "house keys"), colour=False),
    # other
    ItemKind("umbrella", "other", 11.0, 0.0, ("雨伞", "折叠伞"), (("зонт", "m"), ("складной зонт", "m")), ("umbrella", "folding umbrella")),
    ItemKind("glasses", "other", 4.0, 0.0, ("眼镜", "墨镜"), (("очки", "p"), ("солнцезащитные очки", "p")), ("glasses", "sunglasses")),
    ItemKind("bottle", "other", 3.0, 0.0, ("保温杯", "水杯"), (("термос", "m"), ("бутылка для воды", "f")), ("flask", "water bottle")),
    ItemKind("toy", "other", 2.5, 0.0, ("毛绒玩具",), (("мягкая игрушка", "f"),), ("soft toy",)),
    ItemKind("book", "other", 2.0, 0.0, ("书", "笔记本"), (("книга", "f"), ("блокнот", "m")), ("book", "notebook")),
    ItemKind("bag", "other", 3.0, 0.1, ("手提包", "双肩包", "化妆包"), (("сумка", "f"), ("рюкзак", "m"), ("косметичка", "f")), ("handbag", "backpack", "make-up bag")),
    ItemKind("suitcase", "other", 0.6, 0.0, ("行李箱",), (("чемодан", "m"),), ("suitcase",), bulky=True),
    ItemKind("medicine", "other", 1.5, 0.0, ("药品",), (("лекарства", "p"),), ("medicines",), colour=False),
    ItemKind("shopping", "other", 2.0, 0.0, ("购物袋",), (("пакет с покупками", "m"),), ("shopping bag",)),
    ItemKind("cosmetics", "other", 1.5, 0.0, ("化妆品",), (("косметика", "f"),), ("cosmetics",), colour=False),
)

# Colour: (Chinese, Russian by gender m/f/n/p, English, RGB for the photo).
COLOURS: dict[str, tuple[str, tuple[str, str, str, str], str, tuple[int, int, int]]] = {
    "black": ("黑色", ("чёрный", "чёрная", "чёрное", "чёрные"), "black", (30, 30, 32)),
    "white": ("白色", ("белый", "белая", "белое", "белые"), "white", (235, 235, 230)),
    "red": ("红色", ("красный", "красная", "красное", "красные"), "red", (190, 30, 40)),
    "blue": ("蓝色", ("синий", "синяя", "синее", "синие"), "blue", (35, 70, 160)),
    "grey": ("灰色", ("серый", "серая", "серое", "серые"), "grey", (128, 128, 128)),
    "brown": ("棕色", ("коричневый", "коричневая", "коричневое", "коричневые"), "brown", (110, 70, 40)),
    "pink": ("粉色", ("розовый", "розовая", "розовое", "розовые"), "pink", (230, 150, 170)),
    "green": ("绿色", ("зелёный", "зелёная", "зелёное", "зелёные"), "green", (40, 120, 60)),
    "silver": ("银色", ("серебристый", "серебристая", "серебристое", "серебристые"), "silver", (190, 195, 200)),
    "beige": ("米色", ("бежевый", "бежевая", "бежевое", "бежевые"), "beige", (215, 200, 170)),
}
COLOUR_WEIGHTS = {"black": 30, "white": 10, "red": 6, "blue": 12, "grey": 12, "brown": 8, "pink": 5, "green": 4, "silver": 7, "beige": 6}
GENDERS = {"m": 0, "f": 1, "n": 2, "p": 3}

# A few words more, by kind; {name} a person, {n} a count, {money} an amount, {tail} four digits.
DETAILS: dict[str, dict[str, tuple[str, ...]]] = {
    "passport": {
        "zh": ("姓名：{name}", "内夹登机牌", "护照持有人：{name}"),
        "ru": ("на имя {name}", "загранпаспорт, {name}", "в обложке, на имя {name}"),
        "en": ("name: {name}", "holder: {name}", "in a leather cover, {name}"),
    },
    "id_card": {
        "zh": ("姓名：{name}", "{name}的身份证", "尾号{tail}"),
        "ru": ("на имя {name}", "{name}", "номер оканчивается на {tail}"),
        "en": ("name: {name}", "{name}", "number ending {tail}"),
    },
    "licence": {
        "zh": ("姓名：{name}",), "ru": ("на имя {name}",), "en": ("name: {name}",),
    },
    "pass": {
        "zh": ("姓名：{name}", "带挂绳"), "ru": ("на имя {name}", "на шнурке"), "en": ("name: {name}", "on a lanyard"),
    },
    "boarding": {
        "zh": ("乘客：{name}",), "ru": ("пассажир {name}",), "en": ("passenger {name}",),
    },
    "folder": {
        "zh": ("内有合同和发票", "会议资料"), "ru": ("договоры и счета", "материалы конференции"), "en": ("contracts and invoices", "conference papers"),
    },
    "charger": {
        "zh": ("Type-C 接口", "苹果原装", "插在插座上"), "ru": ("Type-C", "оригинальная Apple", "была в розетке"), "en": ("USB-C", "Apple original", "left in the socket"),
    },
    "power_bank": {
        "zh": ("小米", "10000毫安", "Anker"), "ru": ("Xiaomi", "на 10000 мАч", "Anker"), "en": ("Xiaomi", "10,000 mAh", "Anker"),
    },
    "phone": {
        "zh": ("带手机壳", "屏幕有裂痕", "锁屏是一只猫", "已关机"), "ru": ("в чехле", "треснул экран", "на заставке кошка", "выключен"), "en": ("in a case", "cracked screen", "a cat on the lock screen", "switched off"),
    },
    "earbuds": {
        "zh": ("带充电盒", "只有一只"), "ru": ("в футляре", "только один"), "en": ("in the charging case", "only one"),
    },
    "laptop": {
        "zh": ("装在电脑包里", "贴有公司标签"), "ru": ("в сумке для ноутбука", "с наклейкой компании"), "en": ("in a laptop bag", "company sticker"),
    },
    "wallet": {
        "zh": ("内有银行卡{n}张及现金约{money}元", "内有身份证和少量现金", "皮质"), "ru": ("внутри {n} карты и около {money} руб.", "кожаный, с документами", "с мелочью"), "en": ("{n} cards and about {money} in cash", "leather, with ID inside", "some coins"),
    },
    "ring": {
        "zh": ("金色", "镶钻", "在洗手台上发现"), "ru": ("из золота", "с камнем", "лежало на раковине"), "en": ("gold", "with a stone", "on the washbasin"),
    },
    "jewel": {
        "zh": ("金色", "银色", "珍珠"), "ru": ("из золота", "из серебра", "с жемчугом"), "en": ("gold", "silver", "pearls"),
    },
    "watch": {
        "zh": ("金属表带", "皮表带"), "ru": ("металлический браслет", "кожаный ремешок"), "en": ("metal strap", "leather strap"),
    },
    "cash": {
        "zh": ("约{money}元", "写有房号"), "ru": ("около {money} руб.", "с номером комнаты"), "en": ("about {money}", "room number written on it"),
    },
    "bank_card": {
        "zh": ("尾号{tail}", "招商银行，尾号{tail}"), "ru": ("Сбербанк, оканчивается на {tail}", "оканчивается на {tail}"), "en": ("ending {tail}", "Visa ending {tail}"),
    },
    "car_key": {
        "zh": ("丰田", "大众", "特斯拉钥匙卡", "宝马"), "ru": ("Toyota", "Kia", "Lada", "BMW"), "en": ("Toyota", "VW", "Tesla key card", "BMW"),
    },
    "house_key": {
        "zh": ("3把，带钥匙扣", "带门禁卡"), "ru": ("{n} ключа с брелоком", "с домофонным ключом"), "en": ("{n} keys on a ring", "with a fob"),
    },
    "umbrella": {
        "zh": ("长柄", "自动伞", "有破损"), "ru": ("трость", "автомат", "сломана спица"), "en": ("long", "automatic", "one spoke broken"),
    },
    "glasses": {
        "zh": ("带眼镜盒", "金属框"), "ru": ("в футляре", "в металлической оправе"), "en": ("in a case", "metal frame"),
    },
    "toy": {
        "zh": ("小熊", "小兔子"), "ru": ("мишка", "зайчик"), "en": ("teddy bear", "bunny"),
    },
    "bag": {
        "zh": ("内有化妆品", "内有衣物"), "ru": ("внутри косметика", "внутри одежда"), "en": ("make-up inside", "clothes inside"),
    },
    "shopping": {
        "zh": ("内有衣物", "内有零食"), "ru": ("внутри одежда", "с продуктами"), "en": ("clothes inside", "groceries inside"),
    },
    "medicine": {
        "zh": ("降压药", "儿童退烧药"), "ru": ("от давления", "детское жаропонижающее"), "en": ("blood-pressure tablets", "children's paracetamol"),
    },
}
GENERIC_DETAILS = {
    "zh": ("无明显标记", "较新", "有使用痕迹", "装在塑料袋里"),
    "ru": ("без опознавательных знаков", "следы использования", "в пакете"),
    "en": ("no name on it", "looks new", "well used", "in a plastic bag"),
}
DETAIL_SHARE = 0.6

HANDED_IN_BY_HOUSEKEEPING = {
    "zh": ("（客房服务员交来）", "（退房查房时发现）", "（保洁员交来）"),
    "ru": (" (сдала горничная)", " (найдено при уборке после выезда)", " (принесла уборщица)"),
    "en": (" (handed in by housekeeping)", " (found at check-out inspection)", " (from the room attendant)"),
}

# Where things are found: aligned (zh, ru, en); a room number is added by the generator.
FOUND_PLACES: tuple[tuple[str, str, str], ...] = (
    ("大堂", "холл", "Lobby"),
    ("大堂吧", "лобби-бар", "Lobby bar"),
    ("前台", "стойка регистрации", "Front desk"),
    ("餐厅", "ресторан", "Restaurant"),
    ("早餐厅", "зал для завтраков", "Breakfast room"),
    ("健身房", "тренажёрный зал", "Gym"),
    ("游泳池", "бассейн", "Pool"),
    ("水疗中心", "спа", "Spa"),
    ("会议室", "конференц-зал", "Meeting room 2"),
    ("商务中心", "бизнес-центр", "Business centre"),
    ("电梯", "лифт", "Lift"),
    ("停车场", "парковка", "Car park"),
    ("大堂洗手间", "туалет в холле", "Lobby toilets"),
    ("行李房", "камера хранения", "Luggage room"),
    ("正门", "главный вход", "Main entrance"),
    ("出租车上", "в такси", "Taxi"),
)
FOUND_PLACE_WEIGHTS = (14, 5, 6, 14, 10, 8, 6, 3, 7, 3, 6, 5, 4, 2, 4, 3)
ROOM_PLACE = {"zh": "{room}房", "ru": "номер {room}", "en": "Room {room}"}

# Where the desk keeps them.
SAFE = {"zh": ("保险柜1号", "保险柜2号"), "ru": ("Сейф 1", "Сейф 2"), "en": ("Safe 1", "Safe 2")}
KEY_CABINET = {"zh": ("钥匙柜",), "ru": ("Ключница",), "en": ("Key cabinet",)}
LUGGAGE_ROOM = {"zh": ("行李房", "行李房B架"), "ru": ("Камера хранения",), "en": ("Luggage room", "Luggage room, rack B")}
SHELF = {"zh": "货架{row}{n}", "ru": "Стеллаж {row}{n}", "en": "Shelf {row}{n}"}
SHELF_ROWS = {"zh": "ABC", "ru": "АБВ", "en": "ABC"}
CUPBOARD = {"zh": "失物柜{n}号", "ru": "Шкаф находок, полка {n}", "en": "Lost property cupboard, shelf {n}"}

# What a guest says when reporting a loss, around the description.
REPORT_FRAMES = {
    "zh": ("{what}", "丢失{what}", "遗失{what}", "找不到{what}了"),
    "ru": ("{What}", "Потерял: {what}", "Потеряла: {what}", "Забыли в отеле: {what}"),
    "en": ("{What}", "Lost: {what}", "Left behind: {what}", "Missing: {what}"),
}
REPORT_PLACES = {
    "zh": ("不确定在哪里丢的", "可能在出租车上", "可能在地铁上"),
    "ru": ("не помнит где", "возможно, в такси", "возможно, в метро"),
    "en": ("not sure where", "maybe in the taxi", "maybe on the metro"),
}
CLOSE_NOTES = {
    "zh": ("客人已自行找到", "超过30天未找到，已告知客人", "客人表示不再需要", "客人已在车上找到", "未找到，已留客人联系方式"),
    "ru": ("Гость нашёл вещь сам", "Не найдено за 30 дней, гостю сообщили", "Гость больше не ищет", "Нашлось в машине гостя", "Не найдено, контакты гостя сохранены"),
    "en": ("Guest found it themselves", "Not found after 30 days; guest informed", "Guest no longer looking", "It was in the guest's car", "Not found; guest's contact kept"),
}
PROPOSAL_NOTES = {
    "zh": ("保管期满，无人认领。", "已超过保管期限。", "多次联系失主未果。", ""),
    "ru": ("Срок хранения истёк, владелец не объявился.", "Срок хранения вышел.", "Связаться с владельцем не удалось.", ""),
    "en": ("Retention over, unclaimed.", "Past retention.", "Owner could not be reached.", ""),
}
APPROVAL_NOTES = {
    "zh": ("", "同意。", "已核对物品。"),
    "ru": ("", "Согласовано.", "Вещь проверена."),
    "en": ("", "Agreed.", "Item checked."),
}
REJECT_NOTES = {
    "zh": ("失主来电，将来领取，继续保管一个月。", "贵重物品，再联系失主一次。", "等待派出所回复。"),
    "ru": ("Владелец звонил, обещал забрать — хранить ещё месяц.", "Ценная вещь: ещё раз связаться с владельцем.", "Ждём ответа из полиции."),
    "en": ("Owner phoned and will collect: keep another month.", "Valuable: try the owner once more.", "Waiting for the police to reply."),
}
# How each category usually leaves the book: (method, weight).
DISPOSAL_METHODS: dict[str, tuple[tuple[str, int], ...]] = {
    "documents": (("handed_to_police", 85), ("destroyed", 12), ("returned_to_owner", 3)),
    "valuables": (("handed_to_police", 90), ("returned_to_owner", 10)),
    "electronics": (("destroyed", 45), ("donated", 35), ("handed_to_police", 15), ("returned_to_owner", 5)),
    "clothing": (("donated", 85), ("destroyed", 15)),
    "keys": (("destroyed", 80), ("handed_to_police", 20)),
    "other": (("donated", 50), ("destroyed", 48), ("returned_to_owner", 2)),
}
# The identity document a claimant shows, by the language of their name.
ID_DOCUMENTS: dict[str, tuple[tuple[str, int], ...]] = {
    "zh": (("national_id", 72), ("passport", 18), ("driving_licence", 8), ("other", 2)),
    "ru": (("passport", 82), ("driving_licence", 12), ("residence_permit", 4), ("other", 2)),
    "en": (("passport", 68), ("driving_licence", 20), ("residence_permit", 10), ("other", 2)),
}

# fmt: on
