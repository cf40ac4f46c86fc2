"""The demo world's shared vocabulary: its languages, locations, places, things, names of guests
and of couriers and organisations, in Chinese, Russian and English."""

from __future__ import annotations

LANGS = ("zh", "ru", "en")

# fmt: off
LOCATIONS = {
    "zh": (
        "大堂", "前台", "地下车库", "停车场", "电梯厅", "健身房", "游泳池", "二楼餐厅", "会议室", "商务中心", "行李房", "消防通道", "正门",
        "后门", "花园", "屋顶平台", "员工通道", "收发室", "1号楼", "2号楼", "地下一层", "配电房",
    ),
    "ru": (
        "холл", "ресепшн", "парковка", "подземный паркинг", "лифтовой холл", "тренажёрный зал",
        "бассейн", "ресторан", "конференц-зал", "бизнес-центр", "камера хранения",
        "запасной выход", "главный вход", "служебный вход", "двор", "крыша", "корпус 2",
        "цокольный этаж", "электрощитовая", "почтовая комната",
    ),
    "en": (
        "lobby", "front desk", "car park", "underground car park", "lift lobby", "gym", "pool",
        "restaurant", "meeting room 2", "business centre", "luggage room", "fire exit",
        "main entrance", "staff entrance", "garden", "roof terrace", "loading bay", "building B",
        "basement", "mail room",
    ),
}

PLACES = {
    "zh": (
        "地铁站", "药店", "银行", "医院", "超市", "火车站", "邮局", "购物中心", "博物馆", "夜市",
    ),
    "ru": (
        "метро", "аптеки", "банка", "больницы", "супермаркета", "вокзала", "почты",
        "торгового центра", "музея", "набережной",
    ),
    "en": (
        "the metro", "a pharmacy", "a bank", "the hospital", "a supermarket", "the station",
        "the post office", "the mall", "the museum", "the night market",
    ),
}

ITEMS = {
    "zh": (
        "牙刷", "拖鞋", "转换插头", "浴袍", "衣架", "吹风机", "加湿器", "雨伞", "针线包", "充电器", "枕头", "被子",
    ),
    "ru": (
        "зубную щётку", "тапочки", "переходник для розетки", "халат", "плечики", "фен",
        "увлажнитель", "зонт", "набор для шитья", "зарядку", "подушку", "одеяло",
    ),
    "en": (
        "a toothbrush", "slippers", "a plug adapter", "a bathrobe", "extra hangers",
        "a hair dryer", "a humidifier", "an umbrella", "a sewing kit", "a phone charger",
        "a pillow", "a blanket",
    ),
}

REASONS = {
    "zh": (
        "厨房油烟", "客人吸烟", "蒸汽", "灰尘", "探测器故障", "装修施工",
    ),
    "ru": (
        "дым с кухни", "курение в номере", "пар из душа", "пыль", "неисправность датчика",
        "ремонтные работы",
    ),
    "en": (
        "kitchen smoke", "smoking in a room", "shower steam", "dust", "a faulty detector",
        "building work",
    ),
}

ZH_SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐韩冯邓曹彭"
ZH_GIVEN = (
    "伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "军", "杰", "婷", "强", "秀英", "建华", "晓东", "丽娟", "志强", "海燕",
    "文博", "雪梅", "国庆", "明", "欣怡", "子涵", "浩然", "思远", "佳琪",
)
RU_SURNAMES = (
    ("Иванов", "Иванова"), ("Петров", "Петрова"), ("Смирнов", "Смирнова"),
    ("Кузнецов", "Кузнецова"), ("Попов", "Попова"), ("Соколов", "Соколова"),
    ("Лебедев", "Лебедева"), ("Козлов", "Козлова"), ("Новиков", "Новикова"),
    ("Морозов", "Морозова"), ("Волков", "Волкова"), ("Соловьёв", "Соловьёва"),
    ("Васильев", "Васильева"), ("Зайцев", "Зайцева"), ("Павлов", "Павлова"),
    ("Семёнов", "Семёнова"), ("Голубев", "Голубева"), ("Виноградов", "Виноградова"),
    ("Богданов", "Богданова"), ("Янковский", "Янковская"), ("Яковлев", "Яковлева"),
    ("Фёдоров", "Фёдорова"), ("Орлов", "Орлова"),
)
RU_MALE = (
    "Александр", "Дмитрий", "Сергей", "Андрей", "Алексей", "Иван", "Михаил", "Ян", "Павел",
    "Николай", "Игорь", "Евгений",
)
RU_FEMALE = (
    "Елена", "Ольга", "Наталья", "Татьяна", "Анна", "Мария", "Яна", "Ирина", "Светлана", "Юлия",
    "Ксения", "Дарья",
)
EN_FIRST = (
    "John", "Emma", "Michael", "Sarah", "David", "Laura", "James", "Olivia", "Robert", "Sophie",
    "Daniel", "Hannah", "Thomas", "Grace", "Peter", "Kate", "Mark", "Lucy", "Paul", "Anna",
)
EN_LAST = (
    "Smith", "Brown", "Taylor", "Wilson", "Johnson", "Miller", "Davies", "Evans", "Clarke",
    "Walker", "Wright", "Hughes", "Green", "Baker", "Turner", "Hill", "Cooper", "Ward", "Khan",
    "Murphy", "O'Neill", "Fischer", "Tanaka", "Kim",
)
COURIERS = {
    "zh": ("顺丰快递员", "京东快递员", "美团外卖员", "饿了么骑手", "邮政投递员"),
    "ru": ("курьер СДЭК", "курьер «Яндекс Еды»", "курьер Ozon", "почтальон", "курьер DHL"),
    "en": ("DHL courier", "food delivery rider", "Royal Mail postman", "UPS driver", "FedEx courier"),
}
ORGS = {
    "zh": (
        "工程部", "客房部", "保安部", "派出所民警", "旅行社导游", "电梯维保公司", "餐饮部", "销售部",
        "物业公司", "消防维保单位",
    ),
    "ru": (
        "инженерная служба", "хаускипинг", "служба охраны", "участковый", "турагентство «Восток»",
        "лифтовая компания", "ресторан", "отдел продаж", "управляющая компания", "пожарная инспекция",
    ),
    "en": (
        "maintenance", "housekeeping", "security team", "police officer", "tour guide",
        "lift contractor", "F&B", "sales office", "managing agent", "fire safety contractor",
    ),
}
# fmt: on
