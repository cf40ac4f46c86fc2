"""The demo's key board: what hangs on which hook, each key named in Chinese, Russian and English."""

from __future__ import annotations

from desk_app.domain.value import Value

# --------------------------------------------------------------------------------------------
# The board: 10 rows of 16 hooks. Each key is named in the three languages; the label on the
# board is one of them.
# --------------------------------------------------------------------------------------------

BOARD_ROWS = 10
BOARD_COLS = 16
FLOORS = range(2, 19)  # guest floors, as the log's room numbers (201-1838)


class KeySpec(Value):
    code: str
    key_type: str
    pool: str  # what a job asks for
    names: tuple[str, str, str]  # zh, ru, en
    floor: int | None = None
    restricted: bool = False
    # Retired during the demo and replaced on the same hook by this key.
    replaced_by: KeySpec | None = None

    def name(self, lang: str) -> str:
        return self.names[("zh", "ru", "en").index(lang)]


def _floor_keys() -> list[KeySpec]:
    keys: list[KeySpec] = []
    for f in FLOORS:
        keys.append(
            KeySpec(
                f"FH-{f:02d}",
                "floor",
                "floor_hk",
                (
                    f"{f}楼楼层钥匙（客房部）",
                    f"ключ от этажа {f} (горничные)",
                    f"Floor {f} key (housekeeping)",
                ),
                floor=f,
            )
        )
    for f in FLOORS:
        keys.append(
            KeySpec(
                f"FE-{f:02d}",
                "floor",
                "floor_en",
                (
                    f"{f}楼楼层钥匙（工程部）",
                    f"ключ от этажа {f} (инженеры)",
                    f"Floor {f} key (engineering)",
                ),
                floor=f,
            )
        )
    for f in FLOORS:
        keys.append(
            KeySpec(
                f"LN-{f:02d}",
                "service",
                "linen",
                (f"{f}楼布草间", f"бельевая, {f} этаж", f"Linen room, floor {f}"),
                floor=f,
            )
        )
    return keys


_RADIO_GROUPS = (
    ("radio_desk", "前台对讲机", "рация ресепшена", "front desk"),
    ("radio_sec", "保安部对讲机", "рация охраны", "security"),
    ("radio_eng", "工程部对讲机", "рация инженеров", "engineering"),
    ("radio_hk", "客房部对讲机", "рация хозслужбы", "housekeeping"),
)
RADIOS_PER_GROUP = 7


def _radio(n: int, group: int) -> KeySpec:
    pool, zh, ru, en = _RADIO_GROUPS[group]
    return KeySpec(f"RD-{n:02d}", "radio", pool, (f"{zh} {n}", f"{ru} {n}", f"Radio {n} ({en})"))


def _radios() -> list[KeySpec]:
    keys = []
    for g in range(len(_RADIO_GROUPS)):
        for i in range(RADIOS_PER_GROUP):
            n = g * RADIOS_PER_GROUP + i + 1
            spec = _radio(n, g)
            if n in (5, 16):  # dropped once too often: replaced by a new set
                spec = KeySpec(
                    spec.code,
                    spec.key_type,
                    spec.pool,
                    spec.names,
                    replaced_by=_radio(29 if n == 5 else 30, g),
                )
            keys.append(spec)
    return keys


# fmt: off
_MASTERS = [
    KeySpec("MK-1", "master", "master", ("万能钥匙 1号", "мастер-ключ №1", "Master key 1"), restricted=True),
    KeySpec("MK-2", "master", "master", ("万能钥匙 2号", "мастер-ключ №2", "Master key 2"), restricted=True),
    KeySpec("MK-3", "master", "master", ("万能钥匙 3号", "мастер-ключ №3", "Master key 3"), restricted=True),
]
_SUITES = [
    KeySpec(f"RM-{room}", "room", "suite", (f"{room}套房备用钥匙", f"запасной ключ от люкса {room}", f"Suite {room} spare key"), floor=room // 100)
    for room in (1801, 1802, 1808, 1701, 1702, 1601)
]
_MEETING = [
    KeySpec("MR-A", "room", "meeting", ("会议室A", "конференц-зал «А»", "Meeting room A")),
    KeySpec("MR-B", "room", "meeting", ("会议室B", "конференц-зал «Б»", "Meeting room B")),
    KeySpec("MR-C", "room", "meeting", ("会议室C", "конференц-зал «В»", "Meeting room C")),
    KeySpec("MR-D", "room", "meeting", ("小会议室", "переговорная", "Boardroom")),
    KeySpec("MR-VIP", "room", "meeting", ("贵宾室", "VIP-зал", "VIP lounge")),
    KeySpec("BALL-1", "room", "meeting", ("宴会厅正门", "банкетный зал, главный вход", "Ballroom main door")),
    KeySpec("BALL-2", "room", "meeting", ("宴会厅后台", "банкетный зал, служебный вход", "Ballroom back door")),
    KeySpec("MR-MM", "room", "meeting", ("多功能厅", "многофункциональный зал", "Function room")),
]
_SERVICE = [
    KeySpec("POOL", "service", "leisure", ("泳池大门", "калитка бассейна", "Pool gate")),
    KeySpec("GYM", "service", "leisure", ("健身房", "тренажёрный зал", "Gym")),
    KeySpec("SPA", "service", "leisure", ("水疗中心", "спа-центр", "Spa")),
    KeySpec("SAUNA", "service", "leisure", ("桑拿房", "сауна", "Sauna")),
    KeySpec("KIDS", "service", "leisure", ("儿童乐园", "детская комната", "Kids club")),
    KeySpec("ROOF", "service", "tech", ("天台门", "выход на крышу", "Roof access")),
    KeySpec("BOIL", "service", "tech", ("锅炉房", "котельная", "Boiler room")),
    KeySpec("ELEC", "service", "tech", ("配电室", "электрощитовая", "Electrical room")),
    KeySpec("PUMP", "service", "tech", ("水泵房", "насосная", "Pump room")),
    KeySpec("GEN", "service", "tech", ("发电机房", "генераторная", "Generator room")),
    KeySpec("LIFT", "service", "lift", ("电梯机房", "машинное отделение лифтов", "Lift machine room")),
    KeySpec("HVAC", "service", "tech", ("空调机房", "венткамера", "Air-handling room")),
    KeySpec("SRV", "service", "it", ("服务器机房", "серверная", "Server room")),
    KeySpec("STOR", "service", "store", ("总仓库", "главный склад", "Main storeroom")),
    KeySpec("LUGG", "service", "store", ("行李房", "камера хранения", "Luggage room")),
    KeySpec("UNIF", "service", "store", ("制服房", "склад униформы", "Uniform room")),
    KeySpec("DOCK", "service", "dock", ("卸货区", "разгрузочная рампа", "Loading dock")),
    KeySpec("LAUN", "service", "store", ("洗衣房", "прачечная", "Laundry")),
    KeySpec("LOCK-M", "service", "store", ("男更衣室", "мужская раздевалка", "Staff locker room (men)")),
    KeySpec("LOCK-F", "service", "store", ("女更衣室", "женская раздевалка", "Staff locker room (women)")),
    KeySpec("WINE", "service", "food", ("酒窖", "винный погреб", "Wine cellar")),
    KeySpec("BAR", "service", "food", ("大堂吧仓库", "склад лобби-бара", "Lobby bar store")),
    KeySpec("KIT", "service", "food", ("厨房后门", "служебный вход кухни", "Kitchen back door")),
    KeySpec("OFF", "service", "office", ("行政办公室", "административный офис", "Admin office")),
    KeySpec("FIN", "service", "office", ("财务室", "бухгалтерия", "Finance office")),
    KeySpec("HR", "service", "office", ("人事部办公室", "отдел кадров", "HR office")),
    KeySpec("BC", "service", "office", ("商务中心", "бизнес-центр", "Business centre")),
    KeySpec("MAIL", "service", "office", ("收发室", "почтовая комната", "Mail room")),
    KeySpec("CCTV", "service", "security", ("监控室", "комната видеонаблюдения", "CCTV room")),
    KeySpec("FIRE", "service", "security", ("消防控制室", "пост пожарной охраны", "Fire control room")),
    KeySpec("GARD", "service", "tech", ("花园工具房", "сарай садового инвентаря", "Garden shed")),
    KeySpec("PARK", "service", "tech", ("停车场道闸", "шлагбаум парковки", "Car park barrier")),
]
_VEHICLES = [
    KeySpec("VH-1", "vehicle", "vehicle", ("商务车钥匙 别克GL8", "ключи от служебного авто (Buick GL8)", "Minivan keys (Buick GL8)")),
    KeySpec("VH-2", "vehicle", "vehicle", ("工程车钥匙", "ключи от служебного авто (Ford Transit)", "Service van keys (Ford Transit)")),
    KeySpec(
        "VH-3", "vehicle", "vehicle", ("机场班车钥匙", "ключи от шаттла", "Shuttle bus keys"),
        replaced_by=KeySpec("VH-5", "vehicle", "vehicle", ("新机场班车钥匙", "ключи от нового шаттла", "New shuttle bus keys")),
    ),
    KeySpec("VH-4", "vehicle", "vehicle", ("电瓶车钥匙", "ключ от электрокара", "Golf cart key")),
]
_OTHER = [
    *[
        KeySpec(f"CARD-{n}", "other", "card", (f"外来施工门禁卡 {n}", f"пропуск подрядчика {n}", f"Contractor access card {n}"))
        for n in (1, 2, 3, 5, 6)
    ],
    KeySpec(
        "CARD-4", "other", "card", ("外来施工门禁卡 4", "пропуск подрядчика 4", "Contractor access card 4"),
        replaced_by=KeySpec("CARD-7", "other", "card", ("外来施工门禁卡 7", "пропуск подрядчика 7", "Contractor access card 7")),
    ),
    KeySpec("PC-1", "other", "parking", ("停车卡 1", "парковочная карта 1", "Parking card 1")),
    KeySpec("PC-2", "other", "parking", ("停车卡 2", "парковочная карта 2", "Parking card 2")),
    KeySpec("PC-3", "other", "parking", ("停车卡 3", "парковочная карта 3", "Parking card 3")),
    KeySpec("SAFE", "other", "desk", ("前台保险箱钥匙", "ключ от сейфа ресепшена", "Front desk safe key")),
    KeySpec("CASH", "other", "desk", ("备用金抽屉钥匙", "ключ от денежного ящика", "Cash drawer key")),
    KeySpec("BIKE", "other", "guest", ("客用自行车锁钥匙", "ключ от велосипедов для гостей", "Guest bicycle locks")),
    KeySpec("UMB", "other", "guest", ("雨伞架锁钥匙", "ключ от стойки для зонтов", "Umbrella stand lock")),
]
# fmt: on

# In board order: masters first (top left), then the floors, rooms, service rooms, radios,
# vehicles and the rest.
REGISTER: tuple[KeySpec, ...] = (
    *_MASTERS,
    *_floor_keys(),
    *_SUITES,
    *_MEETING,
    *_SERVICE,
    *_radios(),
    *_VEHICLES,
    *_OTHER,
)
