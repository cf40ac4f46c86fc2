"""What the demo's keys are taken for and what is said of them: the loans' purposes by job, the
contractors' firms, the documents shown, and the notes when a key is late, back, lost, damaged,
found or retired, in Chinese, Russian and English."""

from __future__ import annotations

from desk_app.domain.value import Value

# --------------------------------------------------------------------------------------------
# Loans: what a key is taken for. {place} is the key's name in the purpose's language, {room} a
# room (on the key's floor when it has one), {wo} a work order, {flight} a flight.
# --------------------------------------------------------------------------------------------


class Job(Value):
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
