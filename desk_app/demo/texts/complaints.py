"""The complaint register's vocabulary and proportions: what guests complain about, how the desk
writes it down, each step's note, and how often each step happens."""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Complaints: what guests complain about, how the desk writes it down, and each step's note.
# A complaint is written in one language from intake to close (the guest's, as the desk took it).
# --------------------------------------------------------------------------------------------

# Shares of the register by category, and the severity mix of each (mostly low and medium).
COMPLAINT_CATEGORY_WEIGHTS = {
    "noise": 16,
    "cleanliness": 15,
    "maintenance": 24,
    "service": 14,
    "billing": 10,
    "food": 11,
    "safety": 4,
    "other": 6,
}
SEVERITY_WEIGHTS = {
    "safety": (30, 35, 35),
    "billing": (40, 50, 10),
    "service": (45, 42, 13),
}
DEFAULT_SEVERITY_WEIGHTS = (58, 34, 8)  # low, medium, high
CHANNEL_WEIGHTS = {"walk_in": 36, "phone": 34, "email": 8, "online": 16, "other": 6}
# Chance that a complaint of the category is settled with compensation.
COMPENSATION_SHARE = {
    "noise": 0.15,
    "cleanliness": 0.22,
    "maintenance": 0.28,
    "service": 0.18,
    "billing": 0.55,
    "food": 0.3,
    "safety": 0.3,
    "other": 0.1,
}
LARGE_COMPENSATION_SHARE = 0.18  # of those compensated: above the clerk's limit
# What is offered, by category: indexes into COMPENSATION_KINDS (refund, room discount, voucher,
# free breakfast, fruit basket, room upgrade, parking waived).
KINDS_BY_CATEGORY = {
    "noise": (1, 5, 4, 2),
    "cleanliness": (1, 5, 4, 2),
    "maintenance": (1, 5, 4, 2, 0),
    "service": (2, 4, 3, 1),
    "billing": (0, 0, 0, 1, 6),
    "food": (3, 4, 2, 0),
    "safety": (0, 2, 6),
    "other": (2, 4, 0),
}
LATE_SHARE = 0.08  # first reply planned after the promised time (a slow chain adds some)
SKIP_REPLY_SHARE = 0.25  # settled on the spot: the resolution is the first reply
ASSIGN_SHARE = 0.5
ACK_SHARE = 0.9
EXTRA_ESCALATION_SHARE = 0.04  # "I want to speak to the manager", whatever the severity
REACHED_SHARE = 0.86  # follow-up calls that reach the guest
REOPEN_SHARE = 0.3  # of follow-ups scored 1 or 2
# Complaints taken in the last day are sometimes not yet answered: open, some overdue, at the desk.
FORGET_COMPLAINT_SHARE = 0.25
# Intakes a shift, on average (20 a day, ~22,000 over three years).
COMPLAINTS_DAY_MEAN = 13.8
COMPLAINTS_NIGHT_MEAN = 6.0

# fmt: off
COMPLAINT_FRAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "zh": {
        "walk_in": ("{room}房客人到前台投诉：{problem}", "客人{guest}到前台投诉{problem}"),
        "phone": ("{room}房客人来电投诉：{problem}", "客人来电投诉：{problem}"),
        "email": ("客人邮件投诉：{problem}",),
        "online": ("客人在网上点评中投诉：{problem}", "携程订单客人在线投诉：{problem}"),
        "other": ("客房部转来客人投诉：{problem}", "大堂经理转来投诉：{problem}"),
    },
    "ru": {
        "walk_in": ("Гость из {room} подошёл на ресепшн с жалобой: {problem}",
                    "{guest} лично жалуется: {problem}"),
        "phone": ("Звонок из номера {room}, жалоба: {problem}", "Гость позвонил с жалобой: {problem}"),
        "email": ("Жалоба по электронной почте: {problem}",),
        "online": ("Жалоба в отзыве на Booking: {problem}", "Жалоба через сайт: {problem}"),
        "other": ("Жалоба передана хаускипингом: {problem}",
                  "Жалоба через менеджера лобби: {problem}"),
    },
    "en": {
        "walk_in": ("Guest from room {room} came to the desk to complain: {problem}",
                    "{guest} complained in person: {problem}"),
        "phone": ("Room {room} phoned to complain: {problem}", "Guest called to complain: {problem}"),
        "email": ("Complaint by e-mail: {problem}",),
        "online": ("Complaint in an online review: {problem}",
                   "Complaint through the booking site: {problem}"),
        "other": ("Complaint passed on by housekeeping: {problem}",
                  "Complaint passed on by the duty manager: {problem}"),
    },
}
COMPLAINT_DEMANDS = {
    "zh": ("换房", "退款", "尽快处理", "经理出面道歉", "减免房费"),
    "ru": ("переселить в другой номер", "вернуть деньги", "срочно решить вопрос",
           "извинений от руководства", "скидку на проживание"),
    "en": ("a room change", "a refund", "it fixed tonight", "an apology from the manager",
           "a discount"),
}
DEMAND_FORMS = {"zh": "，要求{demand}。", "ru": ". Просит {demand}.", "en": "; wants {demand}."}
END = {"zh": "。", "ru": ".", "en": "."}
COMPLAINT_PROBLEMS: dict[str, dict[str, tuple[str, ...]]] = {
    "zh": {
        "noise": ("隔壁{room2}房深夜喧哗，无法入睡", "楼上装修噪音太大", "空调外机噪音大，影响休息",
                  "走廊有人大声喧哗到凌晨", "窗外施工噪音，早上六点就开始", "酒吧音乐太吵"),
        "cleanliness": ("房间不干净，卫生间有头发", "床单有污渍", "房间有很重的烟味", "毛巾有异味",
                        "地毯很脏，有污渍", "浴缸没有清洁干净"),
        "maintenance": ("空调不制冷", "卫生间漏水", "热水不热", "马桶堵塞", "电视没有信号",
                        "天花板漏水，滴到床上", "房卡打不开门", "Wi-Fi信号差，经常掉线", "淋浴喷头漏水"),
        "service": ("前台服务员态度恶劣", "办理入住等了{min}分钟", "叫醒服务没有打电话，误了航班",
                    "行李送错房间", "客房服务电话一直没人接", "保安态度粗鲁"),
        "billing": ("账单多收了一晚房费", "迷你吧费用重复收取", "停车费收费错误，多收{money}元",
                    "押金一直未退还", "发票抬头开错", "信用卡被重复扣款"),
        "food": ("早餐品种太少", "早餐咖啡是凉的", "送餐等了一个多小时", "餐厅菜里有头发",
                 "早餐结束太早，没吃上", "点的菜上错了"),
        "safety": ("停车场车辆被刮", "房门无法反锁", "走廊灯坏了，很暗", "楼梯扶手松动",
                   "半夜有陌生人敲门", "停车场道闸砸到车顶"),
        "other": ("快递丢失", "预订的房型与实际不符", "泳池开放时间与网站不一致", "隔壁有宠物一直叫",
                  "电梯等候时间太长", "网上预订的价格与前台不一致"),
    },
    "ru": {
        "noise": ("шум из номера {room2} ночью, не может уснуть", "ремонт этажом выше, очень шумно",
                  "гудит наружный блок кондиционера", "в коридоре шумели до трёх ночи",
                  "стройка под окном с шести утра", "громкая музыка из бара"),
        "cleanliness": ("в номере грязно, волосы в ванной", "пятна на простыне",
                        "в номере сильно пахнет табаком", "полотенца с неприятным запахом",
                        "грязный ковролин", "ванна плохо вымыта"),
        "maintenance": ("не работает кондиционер, в номере жарко", "протечка в ванной",
                        "нет горячей воды", "засорился унитаз", "нет сигнала на телевизоре",
                        "с потолка капает на кровать", "ключ-карта не открывает дверь",
                        "плохой Wi-Fi, постоянно отключается", "течёт душевая лейка"),
        "service": ("грубость администратора", "ждали заселения {min} минут",
                    "не было звонка-будильника, опоздали на рейс", "багаж доставили в чужой номер",
                    "рум-сервис не берёт трубку", "охранник разговаривал грубо"),
        "billing": ("в счёте лишняя ночь", "минибар посчитан дважды",
                    "ошибка в оплате парковки, переплата {money} руб.", "не вернули депозит",
                    "неверные реквизиты в счёте", "двойное списание с карты"),
        "food": ("на завтраке мало выбора", "кофе на завтраке холодный",
                 "доставку еды ждали больше часа", "волос в блюде в ресторане",
                 "завтрак заканчивается слишком рано", "принесли не то блюдо"),
        "safety": ("поцарапали машину на парковке", "дверь номера не запирается изнутри",
                   "в коридоре не горит свет", "шатаются перила на лестнице",
                   "ночью в дверь стучал посторонний", "шлагбаум на парковке ударил машину"),
        "other": ("пропала посылка", "номер не соответствует забронированному",
                  "часы работы бассейна не как на сайте", "у соседей постоянно лает собака",
                  "лифт приходится долго ждать", "цена на сайте не совпадает с ценой на ресепшн"),
    },
    "en": {
        "noise": ("loud noise from room {room2} at night, cannot sleep",
                  "renovation noise from the floor above", "the air-con unit outside is noisy",
                  "people shouting in the corridor until 3 am", "building work outside from 6 am",
                  "loud music from the bar"),
        "cleanliness": ("dirty room, hair in the bathroom", "stains on the sheets",
                        "the room smells of smoke", "the towels smell", "dirty carpet",
                        "bathtub not cleaned"),
        "maintenance": ("air conditioning not cooling", "water leak in the bathroom", "no hot water",
                        "toilet blocked", "no TV signal", "ceiling leaking onto the bed",
                        "key card does not open the door", "Wi-Fi keeps dropping",
                        "shower head leaking"),
        "service": ("rude staff at the front desk", "waited {min} minutes to check in",
                    "wake-up call never came, missed the flight",
                    "luggage delivered to the wrong room", "room service never answers the phone",
                    "security guard was rude"),
        "billing": ("charged for an extra night", "minibar charged twice",
                    "parking overcharged by {money}", "deposit not refunded",
                    "wrong company name on the invoice", "card charged twice"),
        "food": ("poor breakfast choice", "cold coffee at breakfast",
                 "room service took over an hour", "hair in a dish at the restaurant",
                 "breakfast ends too early", "wrong dish served"),
        "safety": ("car scratched in the car park", "the room door does not lock from inside",
                   "corridor lights out, very dark", "stair handrail loose",
                   "a stranger knocked on the door at night", "the car park barrier hit the car"),
        "other": ("parcel missing", "room not the type booked", "pool hours differ from the website",
                  "a dog barking next door all day", "long waits for the lift",
                  "price on the website differs from the desk"),
    },
}
# What the desk tells the guest, and how it ends, by category.
COMPLAINT_REPLIES: dict[str, dict[str, tuple[str, ...]]] = {
    "zh": {
        "noise": ("已提醒{room2}房客人保持安静", "已联系施工方，晚上不再施工", "已安排换到安静的房间"),
        "cleanliness": ("已安排客房部重新打扫", "已更换床单毛巾", "已安排换房并做除味处理"),
        "maintenance": ("工程部已到场维修", "已安排换房至{room2}", "工程部已修好"),
        "service": ("已与当班员工核实并向客人道歉", "已对员工进行培训，向客人致歉"),
        "billing": ("已核实账单，多收费用将退还", "财务部已核查并更正账单"),
        "food": ("已转告餐饮部改进", "已安排重新出餐"),
        "safety": ("保安部已调取监控核查", "工程部已修复"),
        "other": ("已核实情况并向客人说明", "已协调相关部门处理"),
    },
    "ru": {
        "noise": ("соседей из {room2} попросили соблюдать тишину",
                  "строителей попросили не работать вечером", "предложили тихий номер"),
        "cleanliness": ("горничная повторно убрала номер", "заменили бельё и полотенца",
                        "переселили, номер проветривают"),
        "maintenance": ("инженер на месте, ремонтирует", "переселили в номер {room2}",
                        "инженер всё починил"),
        "service": ("разобрались с сотрудником, принесли извинения",
                    "провели беседу с персоналом, извинились"),
        "billing": ("счёт проверен, переплату вернём", "бухгалтерия исправила счёт"),
        "food": ("передали замечание в ресторан", "блюдо приготовили заново"),
        "safety": ("служба охраны смотрит записи камер", "неисправность устранена"),
        "other": ("проверили и объяснили гостю", "подключили нужные службы"),
    },
    "en": {
        "noise": ("asked room {room2} to keep the noise down",
                  "contractor asked to stop work in the evening", "offered a quieter room"),
        "cleanliness": ("housekeeping cleaned the room again", "sheets and towels replaced",
                        "moved the guest; the room is being aired"),
        "maintenance": ("engineer on site fixing it", "moved the guest to room {room2}",
                        "engineer fixed it"),
        "service": ("spoke to the staff member and apologised",
                    "staff briefed, apologised to the guest"),
        "billing": ("bill checked, the overcharge will be refunded", "accounts corrected the bill"),
        "food": ("passed to the restaurant", "dish made again"),
        "safety": ("security is checking the CCTV", "fault repaired"),
        "other": ("checked and explained to the guest", "other departments involved"),
    },
}
COMPENSATION_KINDS = {
    "zh": ("退款", "房费折扣", "代金券", "免费早餐", "果盘", "免费升级房型", "免停车费"),
    "ru": ("возврат", "скидка на проживание", "ваучер", "бесплатный завтрак",
           "фруктовая корзина", "повышение категории номера", "бесплатная парковка"),
    "en": ("refund", "room discount", "voucher", "free breakfast", "fruit basket",
           "room upgrade", "parking waived"),
}
FEELINGS = {  # by satisfaction score 1..5
    "zh": ("很不满意", "不太满意", "还可以", "基本满意", "非常满意"),
    "ru": ("очень недоволен", "недоволен", "так себе", "в целом доволен", "очень доволен"),
    "en": ("very unhappy", "not satisfied", "so-so", "mostly satisfied", "very satisfied"),
}
STEP_NOTES: dict[str, dict[str, tuple[str, ...]]] = {
    "zh": {
        "acknowledge": ("已向客人致歉，确认问题，承诺{promise}前答复。", "已受理，向客人致歉并记录详情。",
                        "已确认投诉内容，安抚客人情绪。"),
        "assign": ("已指派{who}跟进。", "转{who}处理，已通知相关部门。"),
        "escalate_authority": ("补偿超出前台权限，上报{who}。",),
        "escalate_high": ("严重投诉，已上报{who}。", "客人情绪激动，已请{who}出面处理。"),
        "escalate_other": ("客人要求见主管，已上报{who}。",),
        "reply": ("已回复客人：{reply}。", "已致电客人说明进展：{reply}。"),
        "resolve": ("投诉已解决：{outcome}。", "处理完毕：{outcome}。"),
        "compensation": ("给予{kind}（{amount}元）",),
        "outcome": ("{reply}，客人接受", "{reply}，并向客人道歉"),
        "reached": ("回访客人：{feeling}，满意度{score}分。", "已回访，客人满意度{score}分。"),
        "not_reached": ("回访电话无人接听，已发短信致歉。", "回访未联系上客人，客人已退房。"),
        "close": ("投诉处理完毕，结案。", "已结案。"),
        "reopen": ("回访时客人仍不满意，重新处理。", "客人再次来电，问题未解决，重新受理。"),
        "tomorrow": ("明天{hm}",),
    },
    "ru": {
        "acknowledge": ("Извинились, проблему подтвердили, ответ обещан до {promise}.",
                        "Жалоба принята, извинились, записали подробности.",
                        "Выслушали гостя, успокоили, жалобу зафиксировали."),
        "assign": ("Ответственный: {who}.", "Поручено: {who}; службы уведомлены."),
        "escalate_authority": ("Компенсация выше лимита администратора, передано: {who}.",),
        "escalate_high": ("Серьёзная жалоба, передано: {who}.",
                          "Гость очень расстроен, подключили: {who}."),
        "escalate_other": ("Гость просит руководство, передано: {who}.",),
        "reply": ("Ответили гостю: {reply}.", "Позвонили гостю, сообщили: {reply}."),
        "resolve": ("Жалоба урегулирована: {outcome}.", "Решено: {outcome}."),
        "compensation": ("компенсация — {kind} ({amount})",),
        "outcome": ("{reply}, гость согласен", "{reply}, принесли извинения"),
        "reached": ("Обзвон: гость {feeling}, оценка {score}.", "Перезвонили гостю, оценка {score}."),
        "not_reached": ("Не дозвонились до гостя, отправили SMS с извинениями.",
                        "Гость уже выехал, дозвониться не удалось."),
        "close": ("Жалоба закрыта.", "Закрыто, вопросов нет."),
        "reopen": ("При обзвоне гость недоволен, жалоба возобновлена.",
                   "Гость снова позвонил: проблема не решена."),
        "tomorrow": ("завтра {hm}",),
    },
    "en": {
        "acknowledge": ("Apologised, confirmed the problem, promised an answer by {promise}.",
                        "Complaint taken, apologised, details noted.",
                        "Listened to the guest and calmed things down; complaint logged."),
        "assign": ("Assigned to {who}.", "Passed to {who}; departments informed."),
        "escalate_authority": ("Compensation above the desk's limit; escalated to {who}.",),
        "escalate_high": ("Serious complaint, escalated to {who}.",
                          "Guest very upset; {who} asked to step in."),
        "escalate_other": ("Guest asked for a manager; escalated to {who}.",),
        "reply": ("Replied to the guest: {reply}.", "Called the guest with an update: {reply}."),
        "resolve": ("Complaint resolved: {outcome}.", "Settled: {outcome}."),
        "compensation": ("compensation: {kind} ({amount})",),
        "outcome": ("{reply}, guest accepted", "{reply}, apologised"),
        "reached": ("Follow-up call: guest {feeling}, score {score}.",
                    "Called the guest back, satisfaction {score}."),
        "not_reached": ("Follow-up call not answered; apology sent by text.",
                        "Could not reach the guest after check-out."),
        "close": ("Complaint closed.", "Closed, nothing further."),
        "reopen": ("Guest still unhappy on the follow-up call; reopened.",
                   "Guest called again, problem not solved; reopened."),
        "tomorrow": ("tomorrow {hm}",),
    },
}
EMAIL_NAMES = {
    "zh": ("wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu"),
    "ru": ("ivanova", "petrov", "smirnova", "kuznetsov", "popova", "sokolov", "orlova", "volkov"),
    "en": ("j.smith", "emma.brown", "d.taylor", "laura.wilson", "p.hill", "kate.green", "tom.ward"),
}
EMAIL_HOSTS = {
    "zh": ("163.com", "qq.com", "126.com"),
    "ru": ("mail.ru", "yandex.ru", "gmail.com"),
    "en": ("gmail.com", "outlook.com", "yahoo.co.uk"),
}
SATISFACTION_ON_TIME = (3, 7, 15, 33, 42)  # weights of scores 1..5
SATISFACTION_LATE = (10, 15, 30, 30, 15)
# fmt: on
