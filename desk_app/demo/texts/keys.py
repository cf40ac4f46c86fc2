"""The key book's vocabulary for the demo: the board (what hangs on which hook), who takes keys and
what for, the contractors' firms, what is said when a key is lost, damaged or back, in Chinese,
Russian and English; and how often each thing happens."""

from __future__ import annotations

from dataclasses import dataclass

# --------------------------------------------------------------------------------------------
# Proportions. Three years: about 110,000 movements (DESIGN.md's scale), about 100 a day: some
# 45 loans a day (an issue and a return each), most to the staff on duty, about a fifth to
# contractors and guests; the desk's radios out for a whole shift; master keys a few times a day,
# only while a supervisor is on duty.
# --------------------------------------------------------------------------------------------

LOANS_DAY_SHIFT = 29.4  # ordinary loans of a day shift (08:00-20:00)
LOANS_NIGHT_SHIFT = 11.8
WEEKEND_FACTOR = 1.08  # Friday to Sunday
MASTER_LOANS_PER_SHIFT = 3.2  # day shifts with a supervisor on duty (none at night)
MASTER_BY_MANAGER_SHARE = 0.1  # on weekdays, office hours: the manager issues it
LATE_SHARE = 0.03  # returned after the time promised: overdue, then back
COUNT_DISCREPANCY_SHARE = 0.03  # board counts that do not match
SUPERVISOR_ISSUES_SHARE = 0.05  # ordinary keys issued by the supervisor rather than a clerk
OWN_LOAN_SHARE = 0.45  # a clerk takes the key themself (to open a room, fetch something)
RETURN_NOTE_SHARE = 0.04
# Losses and damage: one every two or three months, the first within the demo's first weeks.
FIRST_MISHAP_DAYS = (5.0, 45.0)
MISHAP_EVERY_DAYS = (45.0, 110.0)
LOST_SHARE = 0.55  # of mishaps; the rest damaged
LOST_FOUND_DAYS = (1.0, 20.0)
REPAIR_DAYS = (2.0, 12.0)
# The last hours' loans that are not back yet though promised: the window shows them overdue.
OVERDUE_AT_END = 2
OVERDUE_WINDOW_HOURS = 10.0
OVERDUE_SHARE = 0.75  # of the loans in that window that are due by now

LANG_OWN_SHARE = 0.7  # a clerk mostly writes in their own language

# --------------------------------------------------------------------------------------------
# The board: 10 rows of 16 hooks. Each key is named in the three languages; the label on the
# board is one of them.
# --------------------------------------------------------------------------------------------

BOARD_ROWS = 10
BOARD_COLS = 16
FLOORS = range(2, 19)  # guest floors, as the log's room numbers (201-1838)


@dataclass(frozen=True)
class KeySpec:
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

# --------------------------------------------------------------------------------------------
# Loans: what a key is taken for. {place} is the key's name in the purpose's language, {room} a
# room (on the key's floor when it has one), {wo} a work order, {flight} a flight.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    code: str
    holder: str  # "staff", "contractor" or "guest"
    pools: tuple[str, ...]
    day: float  # weight on a day shift
    night: float
    minutes: tuple[int, int]  # how long the key is lent for
    purposes: dict[str, tuple[str, ...]]
    trade: str = ""  # the contractors' trade: COMPANIES


# fmt: off
JOBS: tuple[Job, ...] = (
    Job("room_check", "staff", ("floor_hk",), 10, 6, (15, 60), {
        "zh": ("查房 {room}", "{room}客人反锁门外，协助开门", "{room}退房查房", "{room}客人反映有异味，上楼查看", "{room}门锁没电，应急开门"),
        "ru": ("Проверка номера {room}", "Гость {room} не может открыть дверь", "Осмотр номера {room} после выезда", "Жалоба на запах в {room}, проверить", "Сел замок в {room}, открыть"),
        "en": ("Room check {room}", "Guest locked out of {room}", "Checking {room} after check-out", "Smell reported in {room}, checking", "Lock battery dead in {room}"),
    }),
    Job("delivery", "staff", ("floor_hk",), 6, 3, (10, 40), {
        "zh": ("送加床到{room}", "给{room}送婴儿床", "给{room}送熨斗熨衣板", "送行李到{room}"),
        "ru": ("Детская кроватка в {room}", "Доставка утюга в {room}", "Отнести багаж в {room}", "Дополнительная кровать в {room}"),
        "en": ("Extra bed to {room}", "Baby cot to {room}", "Iron and board to {room}", "Taking luggage up to {room}"),
    }),
    Job("repair", "staff", ("floor_en",), 5, 2, (30, 120), {
        "zh": ("维修{room}空调 {wo}", "{room}卫生间漏水 {wo}", "更换{room}门锁电池", "{room}电视无信号 {wo}"),
        "ru": ("Ремонт кондиционера в {room} ({wo})", "Течь в ванной {room}, {wo}", "Замена батареек замка {room}", "Нет сигнала ТВ в {room}, {wo}"),
        "en": ("Fix A/C in {room}, {wo}", "Leak in {room} bathroom, {wo}", "Door-lock batteries, {room}", "No TV signal in {room}, {wo}"),
    }),
    Job("linen", "staff", ("linen",), 5, 1, (15, 60), {
        "zh": ("取布草补充客房", "夜床服务取毛巾", "清点{floor}楼布草", "{room}要加枕头"),
        "ru": ("Взять бельё для номеров", "Полотенца для вечернего сервиса", "Пересчёт белья, {floor} этаж", "Дополнительные подушки в {room}"),
        "en": ("Linen for the rooms", "Towels for turndown", "Linen count, floor {floor}", "Extra pillows for {room}"),
    }),
    Job("meeting", "staff", ("meeting",), 3, 0.2, (120, 480), {
        "zh": ("{place}布置会场", "{place}会议", "开{place}给客人看场地", "{place}会后检查"),
        "ru": ("Подготовка: {place}", "Совещание: {place}", "Показ зала гостю: {place}", "Осмотр после мероприятия: {place}"),
        "en": ("Setting up the {place}", "Meeting in the {place}", "Showing the {place} to a client", "Check after the event, {place}"),
    }),
    Job("suite", "staff", ("suite",), 1, 0.3, (20, 90), {
        "zh": ("VIP入住前检查{room}套房", "{room}套房布置欢迎水果", "{room}套房客人要求开门"),
        "ru": ("Проверка люкса {room} перед заездом VIP", "Комплимент в люкс {room}", "Гость люкса {room} просит открыть"),
        "en": ("VIP arrival check, suite {room}", "Welcome amenity, suite {room}", "Guest asks us to open suite {room}"),
    }),
    Job("leisure", "staff", ("leisure",), 3, 0.7, (15, 90), {
        "zh": ("开{place}", "{place}巡查", "{place}清洁后检查", "给客人开{place}"),
        "ru": ("Открыть: {place}", "Обход: {place}", "Проверка после уборки: {place}", "Открыть гостю: {place}"),
        "en": ("Opening the {place}", "Round of the {place}", "Check after cleaning, {place}", "Opening the {place} for a guest"),
    }),
    Job("store", "staff", ("store", "food", "dock"), 4, 1.5, (10, 60), {
        "zh": ("到{place}取物品", "到{place}取备品", "{place}盘点", "{place}开门"),
        "ru": ("Взять вещи: {place}", "Расходники: {place}", "Инвентаризация: {place}", "Открыть: {place}"),
        "en": ("Fetching things from the {place}", "Restocking from the {place}", "Stock count, {place}", "Opening the {place}"),
    }),
    Job("office", "staff", ("office",), 1.5, 0.2, (15, 120), {
        "zh": ("到{place}取文件", "{place}开门", "{place}送文件"),
        "ru": ("Забрать документы: {place}", "Открыть: {place}", "Отнести документы: {place}"),
        "en": ("Fetching papers from the {place}", "Opening the {place}", "Taking papers to the {place}"),
    }),
    Job("tech_round", "staff", ("tech", "security", "lift"), 2, 1, (20, 120), {
        "zh": ("巡查{place}", "{place}抄表", "{place}报警，前往查看", "夜间安全巡查：{place}"),
        "ru": ("Обход: {place}", "Снять показания: {place}", "Сработала сигнализация: {place}", "Ночной обход: {place}"),
        "en": ("Round of the {place}", "Meter reading, {place}", "Alarm in the {place}, checking", "Night security round, {place}"),
    }),
    Job("vehicle", "staff", ("vehicle",), 1.5, 0.4, (60, 480), {
        "zh": ("机场接机 {flight}", "送客人去火车站", "采购物品", "送布草去洗衣厂"),
        "ru": ("Встреча в аэропорту, рейс {flight}", "Отвезти гостя на вокзал", "Закупки", "Бельё в прачечную"),
        "en": ("Airport pick-up, flight {flight}", "Guest to the railway station", "Supplies run", "Linen to the laundry"),
    }),
    Job("desk", "staff", ("desk",), 2, 1, (10, 60), {
        "zh": ("取备用金", "开保险箱取客人寄存物品", "交班清点现金"),
        "ru": ("Разменный фонд", "Вещи гостя из сейфа", "Пересчёт кассы"),
        "en": ("Cash float", "Guest's valuables from the safe", "Cash count at handover"),
    }),
    Job("radio_round", "staff", ("radio_sec", "radio_hk"), 1.5, 1.5, (60, 180), {
        "zh": ("陪同客人，带对讲机", "大堂巡查", "活动现场协调"),
        "ru": ("Сопровождение гостя, с рацией", "Обход лобби", "Координация на мероприятии"),
        "en": ("Escorting a guest, with a radio", "Lobby round", "Coordinating an event"),
    }),
    # From outside: contractors show an identity document, guests too.
    Job("lift", "contractor", ("lift", "card"), 1.2, 0, (120, 360), {
        "zh": ("电梯月度保养", "电梯故障维修 {wo}"),
        "ru": ("Ежемесячное ТО лифтов", "Ремонт лифта, {wo}"),
        "en": ("Monthly lift service", "Lift repair, {wo}"),
    }, "lift"),
    Job("hvac", "contractor", ("floor_en", "tech"), 1.5, 0.2, (60, 300), {
        "zh": ("空调维保 {wo}", "{room}空调检修"),
        "ru": ("Обслуживание кондиционеров, {wo}", "Кондиционер в {room}"),
        "en": ("A/C maintenance, {wo}", "A/C check in {room}"),
    }, "hvac"),
    Job("pest", "contractor", ("food", "store", "floor_hk"), 0.8, 0.6, (60, 180), {
        "zh": ("月度消杀", "厨房及仓库灭鼠", "客房区域消杀 {floor}楼"),
        "ru": ("Ежемесячная дезинсекция", "Дератизация кухни и склада", "Дезинсекция, {floor} этаж"),
        "en": ("Monthly pest control", "Rodent control, kitchen and stores", "Pest control, floor {floor}"),
    }, "pest"),
    Job("cleaning", "contractor", ("floor_hk", "linen"), 2, 1, (120, 480), {
        "zh": ("外包保洁 {floor}楼", "地毯清洗 {floor}楼", "玻璃清洗"),
        "ru": ("Клининг, {floor} этаж", "Чистка ковров, {floor} этаж", "Мойка окон"),
        "en": ("Contract cleaning, floor {floor}", "Carpet cleaning, floor {floor}", "Window cleaning"),
    }, "cleaning"),
    Job("events", "contractor", ("meeting", "radio_sec", "radio_hk"), 1.5, 0.3, (180, 600), {
        "zh": ("会场搭建", "婚宴布置", "音响灯光调试"),
        "ru": ("Монтаж сцены", "Оформление свадьбы", "Настройка звука и света"),
        "en": ("Stage set-up", "Wedding decorations", "Sound and light check"),
    }, "events"),
    Job("it", "contractor", ("it", "office"), 0.6, 0.1, (60, 240), {
        "zh": ("网络设备检修 {wo}", "电话系统升级"),
        "ru": ("Ремонт сетевого оборудования, {wo}", "Обновление АТС"),
        "en": ("Network repair, {wo}", "Phone system upgrade"),
    }, "it"),
    Job("fire", "contractor", ("security", "tech"), 0.4, 0, (60, 240), {
        "zh": ("消防设施年检", "烟感测试"),
        "ru": ("Проверка пожарной сигнализации", "Тест дымовых датчиков"),
        "en": ("Fire system inspection", "Smoke detector test"),
    }, "fire"),
    Job("supplier", "contractor", ("dock", "card"), 1.2, 0.5, (20, 90), {
        "zh": ("送货", "饮料补货", "收回空桶"),
        "ru": ("Доставка товара", "Поставка напитков", "Вывоз пустой тары"),
        "en": ("Delivery", "Drinks delivery", "Collecting empties"),
    }, "supplier"),
    Job("access_card", "contractor", ("card", "parking"), 2, 0.3, (240, 600), {
        "zh": ("装修施工 {floor}楼", "外来施工人员门禁", "广告物料安装"),
        "ru": ("Ремонт на {floor} этаже", "Пропуск для рабочих", "Монтаж рекламы"),
        "en": ("Renovation on floor {floor}", "Access for the work crew", "Signage installation"),
    }, "builders"),
    Job("guest", "guest", ("leisure", "guest", "meeting", "parking"), 2.5, 0.5, (30, 180), {
        "zh": ("客人借用{place}", "客人使用{place}"),
        "ru": ("Гостю: {place}", "Выдано гостю: {place}"),
        "en": ("Lent to a guest: {place}", "Guest using: {place}"),
    }),
)

MASTER_PURPOSES = {
    "zh": ("客人反锁门外，开{room}", "{room}客人长时间无应答，安全检查", "保安夜巡（全楼层）", "配合警方检查{room}",
           "与客房部一起查房 {floor}楼", "{room}烟感报警，进房查看", "{room}门锁故障，应急开门"),
    "ru": ("Гость не может попасть в {room}", "Гость в {room} не отвечает, проверка", "Обход охраны по всем этажам",
           "Проверка номера {room} с полицией", "Проверка номеров с горничными, {floor} этаж",
           "Сработал датчик дыма в {room}", "Замок {room} неисправен, открыть"),
    "en": ("Guest locked out of {room}", "No answer from {room}, welfare check", "Security round, all floors",
           "Police visit to {room}", "Room inspection with housekeeping, floor {floor}",
           "Smoke alarm in {room}, checking", "Lock fault in {room}, emergency opening"),
}
RADIO_SHIFT_PURPOSE = {"zh": "当班使用", "ru": "На смену", "en": "For the shift"}

# Contractors' firms by trade, in the script the clerk writes them in.
COMPANIES = {
    "lift": {"zh": ("奥的斯电梯", "迅达电梯维保"), "ru": ("ООО «ЛифтСервис»", "ОТИС Лифт"), "en": ("Otis Elevators", "Schindler Service")},
    "hvac": {"zh": ("美的中央空调售后", "格力空调维修"), "ru": ("ООО «Климат-Про»", "ООО «АэроТехника»"), "en": ("Daikin Service", "CoolAir Ltd")},
    "pest": {"zh": ("绿洁消杀公司",), "ru": ("ООО «Дезконтроль»",), "en": ("Rentokil",)},
    "cleaning": {"zh": ("洁丽保洁", "万洁清洗"), "ru": ("Клининг «Чистый дом»", "ООО «Блеск»"), "en": ("CleanCo", "Sparkle Facility")},
    "events": {"zh": ("华彩会展", "喜缘婚庆"), "ru": ("Агентство «Праздник»", "ООО «Сцена»"), "en": ("Stagecraft Events", "Bliss Weddings")},
    "it": {"zh": ("中国电信", "华为服务"), "ru": ("Ростелеком", "ООО «Сетевые решения»"), "en": ("NetServe", "Vodafone Business")},
    "fire": {"zh": ("安保消防维保",), "ru": ("ООО «Пожтехника»",), "en": ("FireSafe Ltd",)},
    "supplier": {"zh": ("农夫山泉配送", "青岛啤酒经销商"), "ru": ("ООО «Продснаб»", "Кока-Кола ЭйчБиСи"), "en": ("Brakes Foodservice", "Bidfood")},
    "builders": {"zh": ("金螳螂装饰", "城建装修队"), "ru": ("ООО «СтройРемонт»", "ИП Гусейнов"), "en": ("Mace Interiors", "BuildRight Ltd")},
}
# Documents shown: (document, weight) for a contractor, for a guest.
CONTRACTOR_DOCS = (("company_id", 5), ("national_id", 3), ("passport", 1), ("driving_licence", 1))
GUEST_DOCS = {
    "zh": (("national_id", 7), ("passport", 2), ("driving_licence", 1)),
    "ru": (("passport", 8), ("driving_licence", 2)),
    "en": (("passport", 8), ("driving_licence", 2)),
}

LATE_NOTES = {
    "zh": ("逾期归还，已提醒", "超时归还，客人说工作未完成", "催还后归还"),
    "ru": ("Возвращён с опозданием", "Вернули после звонка", "Задержались с работой, вернули позже"),
    "en": ("Returned late, reminded", "Back after a phone call", "Work ran over, returned late"),
}
RETURN_NOTES = {
    "zh": ("完好", "已检查完好", "对讲机电量低，已充电"),
    "ru": ("В порядке", "Проверен, исправен", "Рация разряжена, поставлена на зарядку"),
    "en": ("All fine", "Checked, in order", "Radio battery low, put on charge"),
}
COUNT_RETURN_NOTES = {
    "zh": ("清点时发现已挂回钥匙板，补登记归还",),
    "ru": ("При пересчёте ключ оказался на доске: возврат оформлен задним числом",),
    "en": ("Found on the board at the count: return recorded",),
}
# {place} is one of the log's LOCATIONS, in the same language.
LOST_REASONS = {
    "staff": {
        "zh": ("持有人在{floor}楼丢失钥匙，已通知保安", "钥匙在{place}附近遗失，正在寻找"),
        "ru": ("Держатель потерял ключ на {floor} этаже, охрана оповещена",
               "Ключ потерян, последнее место: {place}; ищем"),
        "en": ("Holder lost the key on floor {floor}; security informed",
               "Lost near the {place}; searching"),
    },
    "outside": {
        "zh": ("外来人员离店时未归还，联系不上", "外来人员称钥匙在{place}遗失，已通知保安"),
        "ru": ("Посетитель ушёл, не вернув ключ; не отвечает",
               "Посетитель потерял ключ, последнее место: {place}; охрана оповещена"),
        "en": ("Left without returning it; not answering",
               "Visitor lost it near the {place}; security informed"),
    },
}
DAMAGED_REASONS = {
    "key": {
        "zh": ("钥匙弯折，无法转动", "钥匙断在锁里，已叫工程部"),
        "ru": ("Ключ погнут, не проворачивается", "Ключ сломался в замке, вызвали инженера"),
        "en": ("Key bent, does not turn", "Key broke in the lock; engineering called"),
    },
    "radio": {
        "zh": ("对讲机摔坏，屏幕破裂", "对讲机进水，无法开机"),
        "ru": ("Рация упала, треснул экран", "В рацию попала вода, не включается"),
        "en": ("Radio dropped, cracked screen", "Radio got wet, will not switch on"),
    },
    "vehicle": {
        "zh": ("车钥匙遥控失灵",),
        "ru": ("Не работает брелок ключа",),
        "en": ("Key fob not working",),
    },
}
RESTORE_REASONS = {
    "lost": {
        "zh": ("钥匙已在{place}找到，检查完好", "保安在员工通道捡到，已核对编号", "持有人送回，钥匙完好"),
        "ru": ("Ключ нашёлся (место: {place}), проверен", "Охрана нашла в служебном коридоре, номер сверен",
               "Держатель принёс ключ, исправен"),
        "en": ("Found at the {place}; checked", "Security found it in the staff corridor; number checked",
               "Brought back by the holder; in order"),
    },
    "damaged": {
        "zh": ("工程部已修复，测试正常", "已配新钥匙（同编号）"),
        "ru": ("Отремонтирован инженерами, проверен", "Изготовлен новый ключ с тем же номером"),
        "en": ("Repaired by engineering; tested", "A new key cut with the same number"),
    },
}
RETIRE_NOTE = {"zh": "停用", "ru": "списан", "en": "retired"}

# fmt: on
