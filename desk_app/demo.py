"""Realistic demo data: a staffed desk, years of duty log and of complaints, in Chinese, Russian
and English.

``seed_demo`` fills a freshly created database (no people yet): the accounts in ``DEMO_ACCOUNTS``
(known PINs, printed by the command line and the GUI), then the duty log from ``years`` back up to
the desk's clock, shift by shift (day 08:00-20:00, night 20:00-08:00 local time), with sign-ins at
each shift start, follow-ups and their closing entries, amendments, important entries and the next
shift's read marks; and the complaint register, about 20 complaints a day, each with its life:
acknowledged, often assigned, escalated to a supervisor when severe or costly, replied (some after
the promised time), resolved (some with compensation), the follow-up call (回访) with a
satisfaction score, closed; a few reopened; the last day's still open, some overdue.

Everything goes through the real write path: the people through ``services.accounts``; every entry
is checked by ``domain.log.validate_entry`` (with the entry's own time as "now") and written by
``services.log.write_entry``; follow-ups are closed with ``update_journaled`` on the stored row,
read marks and sign-ins written with ``insert_journaled``. Complaints are checked by
``domain.complaints.validate_intake`` and written by ``services.complaints.write_intake``; every
later step by ``services.complaints.write_step``, the function ``complaints.act`` uses, so the state
machine, the authority rule, money parsing and the version check hold for the demo as for a clerk;
each writes its history event and its duty-log entry (category complaint, linked), so the log stays
the one chronological book. Only the transactions are bigger: one ``JournalWriter`` per batch of a
few thousand rows, so three years (about 330,000 entries and 22,000 complaints) take two minutes or
so and ``desk-app verify`` passes on the result. The text is deterministic for a given seed and
clock; the ids are random, as in real use.
"""

from __future__ import annotations

import heapq
import random
import string
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, func, select

from desk_app.domain.clock import FixedClock
from desk_app.domain.complaints import (
    AWAITING_REPLY,
    Action,
    ComplaintDraft,
    Severity,
    Status,
    from_cents,
    validate_intake,
)
from desk_app.domain.errors import ValidationError
from desk_app.domain.log import EntryDraft, closing_entry, validate_entry
from desk_app.domain.roles import Role
from desk_app.services import accounts
from desk_app.services.complaints import get_limit, write_intake, write_step
from desk_app.services.desk import Actor, Desk
from desk_app.services.log import write_entry
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.tables import complaint, entry_read, follow_up, log_entry, sign_in
from desk_app.store.types import new_id

Progress = Callable[[int, int], None]

DEFAULT_SEED = 20261123
DEMO_STATION = "Front desk"
DEFAULT_BATCH = 4000
# Base entries a day (before closing entries, which add about 5%): ~170. With the complaint
# register's ~20 complaints a day, each of whose ~6 steps is also a log entry (~130 a day), the
# book has ~300 entries a day in all: ~330,000 over the three-year retention (DESIGN.md's scale).
DAY_SHIFT_MEAN = 100
NIGHT_SHIFT_MEAN = 54
DAY_START_HOUR = 8
NIGHT_START_HOUR = 20
# Follow-ups opened this close to "now" are sometimes left open (a few of them overdue).
FORGETTABLE = timedelta(hours=24)
FORGET_SHARE = 0.2
# The crew rotation counts days from a fixed date, so the same date always has the same crew.
ROTATION_EPOCH = date(2020, 1, 6)


# --------------------------------------------------------------------------------------------
# The demo accounts. One table, so the command line and the GUI print the same names and PINs.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoAccount:
    name: str  # as stored in the database
    role: Role
    pin: str
    lang: str  # "zh", "ru" or "en": the language this person mostly writes in
    short: str  # how colleagues write the name in a log line


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("Wang Li / 王丽", Role.MANAGER, "1111", "zh", "王丽"),
    DemoAccount("Olga Ivanova / Ольга Иванова", Role.SUPERVISOR, "2222", "ru", "Ольга Иванова"),
    DemoAccount("Sarah Mitchell", Role.SUPERVISOR, "3333", "en", "Sarah Mitchell"),
    DemoAccount("Zhang Wei / 张伟", Role.CLERK, "4444", "zh", "张伟"),
    DemoAccount("Dmitry Smirnov / Дмитрий Смирнов", Role.CLERK, "5555", "ru", "Дмитрий Смирнов"),
    DemoAccount("Liu Fang / 刘芳", Role.CLERK, "6666", "zh", "刘芳"),
    DemoAccount("Emily Carter", Role.CLERK, "7777", "en", "Emily Carter"),
    DemoAccount("Yana Kuznetsova / Яна Кузнецова", Role.CLERK, "8888", "ru", "Яна Кузнецова"),
    DemoAccount("Tom Walker", Role.CLERK, "9999", "en", "Tom Walker"),
)

# Clerks work in three mixed-language pairs: day shift, a day off, night shift, a day off, ...
CLERK_PAIRS: tuple[tuple[int, int], ...] = ((3, 4), (5, 6), (7, 8))
SUPERVISORS: tuple[int, ...] = (1, 2)
MANAGER = 0


def _width(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def format_accounts(accounts_: tuple[DemoAccount, ...] = DEMO_ACCOUNTS) -> str:
    """The demo accounts as a small table (name, role, PIN) for a terminal or a dialog."""
    width = max(_width(a.name) for a in accounts_)
    lines = [f"{'Name'}{' ' * (width - 4)}  {'Role':<10}  PIN"]
    lines += [
        f"{a.name}{' ' * (width - _width(a.name))}  {a.role.value:<10}  {a.pin}" for a in accounts_
    ]
    return "\n".join(lines)


@dataclass(frozen=True)
class DemoResult:
    accounts: tuple[DemoAccount, ...]
    entries: int
    follow_ups: int
    closed_follow_ups: int
    open_follow_ups: int
    overdue_follow_ups: int
    amendments: int
    important: int
    read_marks: int
    sign_ins: int
    first_at: datetime | None
    last_at: datetime | None
    seconds: float
    complaints: int = 0
    complaint_steps: int = 0  # after intake; each is also a log entry
    closed_complaints: int = 0
    open_complaints: int = 0
    overdue_complaints: int = 0
    escalated: int = 0
    compensated: int = 0
    late_replies: int = 0
    reopened: int = 0

    def summary(self) -> str:
        return (
            f"{self.entries} log entries ({self.amendments} amendments, {self.important} important, "
            f"{self.read_marks} read marks), {self.follow_ups} follow-ups "
            f"({self.closed_follow_ups} closed, {self.open_follow_ups} open, "
            f"{self.overdue_follow_ups} overdue), {self.sign_ins} sign-ins; "
            f"{self.complaints} complaints with {self.complaint_steps} further steps "
            f"({self.closed_complaints} closed, {self.open_complaints} open, "
            f"{self.overdue_complaints} overdue; {self.escalated} escalations, "
            f"{self.compensated} settlements with compensation, {self.late_replies} late first "
            f"replies, {self.reopened} reopened); in {self.seconds:.1f} s"
        )


# --------------------------------------------------------------------------------------------
# Vocabulary. Templates are filled from slots ({room}, {party}, ...); the slots a template uses
# decide the entry's room/location and party fields.
# --------------------------------------------------------------------------------------------

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

# Category weights by shift: the night has more rounds and notes, fewer questions.
DAY_WEIGHTS = {
    "inquiry": 20,
    "request": 22,
    "complaint": 1,  # complaints go to the register (whose steps are log entries too)
    "incident": 3,
    "repair": 12,
    "security": 8,
    "call": 17,
    "note": 9,
}
NIGHT_WEIGHTS = {
    "inquiry": 9,
    "request": 15,
    "complaint": 1,
    "incident": 4,
    "repair": 7,
    "security": 34,
    "call": 9,
    "note": 14,
}
FOLLOW_UP_SHARE = {
    "inquiry": 0.01,
    "request": 0.05,
    "complaint": 0.25,
    "incident": 0.15,
    "repair": 0.14,
    "security": 0.01,
    "call": 0.02,
    "note": 0.02,
}
IMPORTANT_SHARE = {
    "inquiry": 0.003,
    "request": 0.008,
    "complaint": 0.08,
    "incident": 0.35,
    "repair": 0.03,
    "security": 0.015,
    "call": 0.01,
    "note": 0.04,
}
AMEND_SHARE = 0.02
# Hour-of-shift weights, from the shift's first hour.
DAY_HOURS = (6, 8, 11, 12, 9, 7, 8, 8, 8, 10, 9, 8)  # 08:00 … 19:00
NIGHT_HOURS = (12, 12, 9, 6, 3, 2, 2, 2, 2, 3, 6, 9)  # 20:00 … 07:00

TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "zh": {
        "inquiry": (
            "{party}询问早餐时间及地点，已告知6:30-10:00在二楼餐厅。",
            "{room}房客人咨询退房时间，已告知中午12点前退房。",
            "客人咨询去{place}怎么走，已提供地图并指路。",
            "{party}来电询问{date}是否还有空房，已转预订部。",
            "访客询问{room}房客人是否在店，按规定未透露信息，已电话转接房间。",
            "客人询问机场大巴时刻，已告知首班{time}。",
            "{party}咨询会议室租用价格，已留电话{phone}，转销售部。",
            "{room}房客人询问Wi-Fi密码，已告知并写在卡片上。",
            "业户{party}咨询物业费缴纳方式，已告知可在前台或线上缴纳。",
            "{party}询问快递是否到达，经查已在行李房寄存，已通知领取。",
            "{room}房客人咨询洗衣服务收费标准，已提供价目表。",
            "{party}询问停车收费，已告知住客免费，访客每小时{n}元。",
            "{party}咨询{loc}开放时间，已告知。",
            "{room}房客人询问附近有没有中餐馆，已推荐并预订{time}的位子。",
            "{party}询问能否寄存贵重物品，已介绍保险箱服务。",
        ),
        "request": (
            "{room}房客人要求加送{n}条毛巾，已通知客房部，{min}分钟内送达。",
            "{room}房申请延迟退房至{late}点，经主管同意，已在系统备注。",
            "{party}要求明早{wake}叫醒服务，已设置。",
            "{room}房客人需要加床一张，已通知客房部。",
            "{room}房客人需要婴儿床，已安排送房。",
            "{party}寄存行李{n}件，行李牌号{tag}。",
            "{room}房客人要求更换荞麦枕，已通知楼层。",
            "{party}请求代叫出租车，{time}在正门等候，车牌{plate}。",
            "{room}房需要熨斗和熨衣板，已送达。",
            "{party}要求开具发票，已转财务，预计明天提供。",
            "{room}房客人要求打扫房间，已通知楼层服务员。",
            "业户{party}申请临时门禁卡一张，已登记身份证后四位{id4}。",
            "{room}房客人要求送{n}瓶矿泉水。",
            "{room}房客人借用{item}，已登记，押金{money}元。",
            "{party}要求送{item}到{room}房，已安排。",
            "{room}房客人要求加送{n}条毛巾和{item}，已通知客房部。",
            "{courier}送来{room}房客人包裹{n}件，已登记代收，存放行李房。",
        ),
        "complaint": (
            "{room}房客人投诉隔壁噪音太大，已致电{room2}房提醒，{min}分钟后回访客人表示已安静。",
            "{room}房客人投诉空调不制冷，已报工程部维修。",
            "{room}房卫生间漏水，客人投诉，已通知工程部并为客人换房至{room2}。",
            "{party}投诉早餐品种太少，已记录并转餐饮部。",
            "{room}房客人投诉房间有烟味，已安排换房。",
            "{party}电话投诉停车收费错误，已核实，退还{money}元。",
            "{room}房投诉热水不热，工程部已到场检查。",
            "{room}房天花板漏水，客人投诉，已放置水桶，工程部处理中。",
            "{party}投诉办理入住等候时间过长（{min}分钟），已致歉。",
            "{room}房客人投诉床单不干净，已安排客房部更换并致歉。",
            "业户{party}投诉楼上{room2}装修噪音，已联系施工方控制时间。",
            "{room}房投诉Wi-Fi信号差，已报IT。",
            "{room}房投诉电视无信号，已报工程部。",
            "{party}投诉快递丢失，已调取监控，正在核查。",
            "{room}房客人投诉空调噪音大，无法入睡，已报修并提出换房。",
            "{party}投诉{loc}卫生差，已通知保洁部立即清理。",
            "{room}房客人投诉楼上{room2}漏水到房间，已通知工程部。",
        ),
        "incident": (
            "{loc}地面湿滑，一名客人滑倒，无明显受伤，已做记录并提醒保洁。",
            "{room}房烟感报警，经查为客人吸烟，已提醒并记录。",
            "{loc}停电约{min}分钟，已启动应急照明，工程部处理完毕。",
            "{floor}楼电梯困人，{min}分钟后救出，无人受伤，已报电梯维保。",
            "{party}在{loc}与出租车司机发生争执，保安到场调解。",
            "{room}房客人突发身体不适，已拨打120，客人已送医院。",
            "{loc}发现可疑人员，保安已劝离。",
            "{room}房门锁故障，客人无法进房，已用万能钥匙开门并报修。",
            "{loc}消防报警误报，已复位，原因：{reason}。",
            "{room}房漏水影响楼下{room2}房，已通知工程部关闭阀门。",
            "{party}在{loc}丢失钱包，已调取监控，已报警。",
            "{loc}水管爆裂漏水，已关闭总阀，通知工程部抢修。",
        ),
        "repair": (
            "{room}房空调不制冷，已报工程部，维修单号{wo}。",
            "{room}房马桶堵塞，工程部已疏通。",
            "{loc}灯管损坏{n}支，已报修。",
            "{room}房淋浴喷头漏水，已报修，维修单号{wo}。",
            "{floor}楼走廊地毯破损，已报工程部。",
            "{room}房电视遥控器失灵，已更换电池。",
            "{loc}自动门故障，工程部正在维修。",
            "{room}房窗户关不严，已报修，维修单号{wo}。",
            "{room}房热水器故障，工程部{min}分钟后到场。",
            "{loc}水管漏水，已关闭阀门，等待维修。",
            "{room}房门卡读卡器失灵，已报工程部。",
            "{room}房空调遥控器没电，已更换。",
            "已联系工程部处理{loc}的问题，预计{time}到场。",
        ),
        "security": (
            "{hm}巡查{loc}，一切正常。",
            "{hm}巡楼{floor}层至{floor2}层，消防通道畅通，无异常。",
            "夜间巡查发现{loc}门未锁，已锁好并记录。",
            "{hm}检查消防设施，灭火器压力正常。",
            "{hm}巡查停车场，发现车辆{plate}未关车窗，已联系车主。",
            "{hm}查看{loc}监控画面正常，录像保存完整。",
            "访客{party}登记进入，拜访{room}房，身份证后四位{id4}。",
            "{hm}万能钥匙清点无误，共{n}把。",
            "{hm}巡查{loc}，发现{n}名闲杂人员，已劝离。",
            "{hm}巡查{loc}，发现地面有水，已通知保洁。",
            "{hm} {courier}进入大堂送件，已登记并指引。",
        ),
        "call": (
            "{party}来电，找{room}房客人，已转接。",
            "{party}来电预订明天{n}间标准间，已转预订部。",
            "工程部来电：{date}{floor}楼{time}起停水检修约{n}小时，已通知相关房间。",
            "{party}来电确认接机，航班{flight}，{time}到达。",
            "{room}房客人来电要求送餐，已转餐厅。",
            "未接来电{phone}，已回拨，对方为{party}，咨询房价。",
            "派出所来电核查住客信息，已按规定处理并报主管。",
            "{party}来电表扬{clerk}服务热情。",
            "{party}来电询问{room}房是否有遗留物品，已转客房部查找。",
            "{party}来电取消{date}的预订，已通知预订部。",
            "{org}来电：{date}{time}上门检修，已通知相关房间。",
            "{org}来电询问{room}房情况，已转告。",
        ),
        "note": (
            "今日入住{n2}间，退房{n3}间，出租率{pct}%。",
            "值班期间{room}房客人未归，已通知主管。",
            "主管{supervisor}检查前台，仪容仪表合格。",
            "{date}有旅游团{n2}人入住，已准备房卡。",
            "提醒下一班：{room}房客人明早{wake}叫醒并需要出租车。",
            "前台打印机卡纸，已处理。",
            "备用金清点：{cash}元，无差异。",
            "值班记录：{loc}钥匙已交保安部。",
            "提醒交接班：{room}房客人{date}退房，押金未结。",
        ),
        "handover": (
            "接班：钥匙{keys}把、备用金{cash}元清点无误，已阅上一班值班记录。",
            "交接班完成，钥匙{keys}把，备用金{cash}元，无遗留问题。",
            "接班：未结事项已交接，钥匙{keys}把齐全。",
        ),
        "review": (
            "已审阅{yesterday}值班记录，记录完整。",
            "已审阅{yesterday}值班记录，提醒注意投诉回访时间。",
            "抽查前台：仪容仪表、桌面整洁、交接班记录均合格。",
            "主管巡查：前台服务规范，无投诉遗漏。",
        ),
        "close_complaint": (
            "已回访客人，问题已解决，客人满意。",
            "已为客人换房，客人接受。",
            "已退还{money}元，客人表示满意。",
            "已与客人沟通并致歉，客人接受处理结果。",
            "工程部已处理，已回访客人确认。",
            "已转主管{supervisor}处理，客人同意方案。",
        ),
        "close_repair": (
            "维修完成，维修单{wo}已关闭。",
            "工程部已修复，试用正常。",
            "已更换配件，恢复正常。",
            "维修完毕，已通知客人。",
        ),
        "close_request": (
            "物品已送达，客人确认。",
            "已办妥，客人确认。",
            "已安排完毕，已电话告知客人。",
        ),
        "close_incident": (
            "事件已处理完毕，已报主管，记录存档。",
            "现场已恢复正常，已写事件报告。",
            "已与相关部门处理完毕，无后续问题。",
        ),
        "close": (
            "已处理完毕。",
            "已跟进，事项已办结。",
            "经{staff}跟进，事项已办结。",
            "已回电，对方确认。",
        ),
        "amend": (
            "更正第{num}号记录：",
            "更正#{num}：",
        ),
        "amend_time": ("更正第{num}号记录：时间记错，实际为{hm}。",),
    },
    "ru": {
        "inquiry": (
            "Гость из {room} спросил время завтрака: 6:30–10:00, ресторан на 2 этаже.",
            "{party}: вопрос о времени выезда, ответили: до 12:00.",
            "Гость спрашивал дорогу до {place}, дали карту.",
            "Звонок от {party}: свободные номера на {date}, передано в бронирование.",
            "Посетитель спрашивал, проживает ли гость {room}; сведения не разглашаем, соединили с номером.",
            "Гость из {room} спросил пароль Wi‑Fi, выдали карточку.",
            "{party} спрашивает стоимость конференц-зала, контакт {phone}, передано в отдел продаж.",
            "Гость уточнил расписание трансфера в аэропорт, первый рейс в {time}.",
            "{party}: пришла ли посылка? Посылка в камере хранения, гостя известили.",
            "Жилец {party}: вопрос об оплате коммунальных услуг, дали реквизиты.",
            "Вопрос о парковке от {party}: для гостей бесплатно, для посетителей {n2} руб./час.",
            "{party}: вопрос о часах работы ({loc}), ответили.",
            "Гость из {room} спросил, где поменять деньги, подсказали банк рядом.",
            "{party}: можно ли оставить ценности в сейфе — рассказали о сейфовых ячейках.",
        ),
        "request": (
            "Номер {room}: гость попросил {n} дополнительных полотенца, передано в хаускипинг.",
            "{party} просит поздний выезд до {late}:00, согласовано со старшим администратором.",
            "Будильник для номера {room} на {wake}, установлен.",
            "Номер {room} просит дополнительную кровать, передано горничной.",
            "{party}: в камеру хранения принято {n} места багажа, бирка {tag}.",
            "Гость {room} попросил вызвать такси на {time}, машина {plate}.",
            "Номер {room}: нужен утюг и гладильная доска, доставлено.",
            "{party} просит счёт на организацию, передано в бухгалтерию.",
            "Номер {room} попросил уборку, горничная уведомлена.",
            "Жилец {party} просит временный пропуск, паспорт записан (последние цифры {id4}).",
            "Номер {room}: просьба заменить подушку, передано на этаж.",
            "Гость {room} попросил детскую кроватку, установлена через {min} минут.",
            "Номер {room} просит {item}, отнесли.",
            "{party} просит {item} в номер {room}, выдано под запись.",
            "Номер {room}: просьба принести {n} бутылки воды.",
            "{courier}: посылка для номера {room} ({n} шт.), принята на ресепшн, в камере хранения.",
        ),
        "complaint": (
            "Жалоба из {room}: шум из номера {room2}, позвонили соседям, через {min} минут гость подтвердил тишину.",
            "Номер {room}: не работает кондиционер, жалоба гостя, вызван инженер.",
            "Номер {room}: протечка в ванной, гость переселён в {room2}.",
            "{party} жалуется на долгое заселение ({min} мин), принесены извинения.",
            "Жалоба: в номере {room} запах табака, предложена замена номера.",
            "{party} жалуется на ошибку в счёте за парковку, возвращено {money} руб.",
            "Номер {room}: нет горячей воды, инженер на месте.",
            "Жалоба {party} на завтрак: мало выбора, передано в ресторан.",
            "Номер {room}: с потолка капает вода, поставили ведро, вызвана служба ремонта.",
            "Жилец {party} жалуется на ремонт в {room2} после 21:00, связались с бригадой.",
            "Номер {room}: плохой Wi‑Fi, жалоба передана в IT.",
            "{party}: недовольство уборкой номера {room}, горничная направлена повторно, извинились.",
            "Номер {room}: шумит кондиционер, гость не может уснуть, предложили другой номер.",
            "{party} жалуется на грязь в зоне «{loc}», уборщица вызвана.",
            "Жалоба из {room}: протечка сверху из {room2}, вызван сантехник.",
        ),
        "incident": (
            "{loc}: гость поскользнулся на мокром полу, без травм, составлен акт.",
            "Срабатывание пожарного датчика в {room}: курение в номере, гостя предупредили.",
            "Отключение электричества ({loc}) на {min} минут, аварийное освещение работало.",
            "Застревание лифта на {floor} этаже, пассажиров освободили через {min} минут, пострадавших нет.",
            "{loc}: конфликт гостя {party} с таксистом, охрана урегулировала.",
            "Гостю в {room} стало плохо, вызвана скорая (103), гость госпитализирован.",
            "{loc}: посторонний без пропуска, охрана вывела.",
            "Ложное срабатывание пожарной сигнализации ({loc}), причина: {reason}, система сброшена.",
            "Протечка из {room} в {room2}, инженер перекрыл воду.",
            "{party}: потерян кошелёк, район: {loc}; просмотрены камеры, вызвана полиция.",
            "Номер {room}: не открывается замок, гость не может войти, открыли мастер-ключом.",
            "{loc}: прорыв трубы, перекрыт стояк, вызвана аварийная служба.",
        ),
        "repair": (
            "Номер {room}: не работает кондиционер, заявка {wo}.",
            "Номер {room}: засор унитаза, сантехник устранил.",
            "{loc}: перегорели {n} лампы, заявка в техслужбу.",
            "Номер {room}: течёт смеситель в душе, заявка {wo}.",
            "{floor} этаж: порван ковролин в коридоре, заявка {wo}.",
            "Номер {room}: не работает пульт ТВ, заменены батарейки.",
            "{loc}: не открываются автоматические двери, инженер вызван.",
            "Номер {room}: не закрывается окно, заявка {wo}.",
            "Номер {room}: сломан электронный замок, вызван техник.",
            "Номер {room}: нет горячей воды, инженер придёт через {min} минут.",
            "{loc}: капает из трубы, перекрыли кран, ждём сантехника.",
            "Вызвана инженерная служба: {loc}, приедут к {time}.",
        ),
        "security": (
            "{hm} обход: {loc} — без замечаний.",
            "{hm} обход этажей {floor}–{floor2}: эвакуационные выходы свободны.",
            "Ночной обход: дверь ({loc}) была не заперта, закрыли.",
            "{hm} ночная смена, обход: {loc} — всё в порядке.",
            "{hm} проверка огнетушителей: давление в норме.",
            "{hm} обход парковки: у автомобиля {plate} открыто окно, владелец уведомлён.",
            "Посетитель {party} к гостю номера {room}, документ записан (…{id4}).",
            "{hm} пересчёт мастер-ключей: {n} шт., расхождений нет.",
            "{hm} видеонаблюдение ({loc}): камеры работают, запись ведётся.",
            "{hm} обход: {loc}, посторонних {n} чел., попросили уйти.",
            "{hm} обход: {loc}, на полу вода, вызвана уборщица.",
            "{hm} {courier} в холле с доставкой, записан, показали дорогу.",
        ),
        "call": (
            "Звонок от {party}: просит соединить с номером {room}, соединили.",
            "Звонок от {party}: бронь на завтра, {n} стандартных номера, передано в бронирование.",
            "Инженерная служба: {date} отключение воды на {floor} этаже с {time}, номера предупреждены.",
            "{party} подтверждает трансфер из аэропорта, рейс {flight}, прибытие в {time}.",
            "Пропущенный звонок {phone}, перезвонили: {party}, вопрос о ценах.",
            "Звонок из полиции: запрос данных о проживающих, передано старшему администратору.",
            "Звонок от {party}: благодарность администратору {clerk}.",
            "Звонок от {party}: не остались ли вещи в номере {room}, передано в хаускипинг.",
            "{party} отменяет бронь на {date}, передано в бронирование.",
            "Номер {room} звонил: заказ еды в номер, передано в ресторан.",
            "Звонок: {org} — работы {date} с {time}, номера предупреждены.",
            "Звонок: {org} спрашивает о номере {room}, информацию передали.",
        ),
        "note": (
            "За смену: заезд {n2}, выезд {n3}, загрузка {pct}%.",
            "Для следующей смены: номер {room} — будильник на {wake} и такси.",
            "Старший администратор {supervisor} проверила стойку, замечаний нет.",
            "{date} заезд группы {n2} человек, ключи подготовлены.",
            "Принтер на ресепшн заело, устранено.",
            "Гость номера {room} не вернулся к ночи, сообщено старшему администратору.",
            "Касса: {cash} руб., расхождений нет.",
            "Передать следующей смене: номер {room}, выезд {date}, депозит не закрыт.",
            "Ночная смена прошла спокойно, жалоб нет.",
            "Дневная смена: заезд {n2}, выезд {n3}, без замечаний.",
            "Следующая смена предупреждена: номер {room}, поздний заезд после {time}.",
        ),
        "handover": (
            "Смена принята: ключи {keys} шт., касса {cash} руб., расхождений нет.",
            "Смена принята, журнал предыдущей смены прочитан, ключи {keys} шт.",
            "Приём смены: открытые вопросы переданы, касса {cash} руб.",
        ),
        "review": (
            "Журнал за {yesterday} проверен, замечаний нет.",
            "Журнал за {yesterday} проверен: напомнили смене про сроки ответа на жалобы.",
            "Проверка стойки: внешний вид, порядок на рабочем месте, журнал смены — в норме.",
            "Обход старшего администратора: стандарты соблюдаются, незакрытых жалоб нет.",
        ),
        "close_complaint": (
            "Перезвонили гостю, вопрос решён, гость доволен.",
            "Гостя переселили, гость согласен.",
            "Возвращено {money} руб., претензий нет.",
            "Принесли извинения, гость принял решение.",
            "Инженер устранил, гость подтвердил.",
            "Передано старшему администратору {supervisor}, гость согласен с решением.",
        ),
        "close_repair": (
            "Ремонт выполнен, заявка {wo} закрыта.",
            "Инженер устранил неисправность, проверено.",
            "Заменили деталь, работает.",
            "Починили, гостя известили.",
        ),
        "close_request": (
            "Доставлено, гость подтвердил.",
            "Выполнено, гость подтвердил.",
            "Всё организовано, гостю сообщили по телефону.",
        ),
        "close_incident": (
            "Происшествие закрыто, доложено старшему администратору, акт в папке.",
            "Всё восстановлено, составлен акт.",
            "Отработано со службами, последствий нет.",
        ),
        "close": (
            "Выполнено.",
            "Вопрос закрыт.",
            "Вопрос закрыт, занимался(ась) {staff}.",
            "Перезвонили, подтверждено.",
        ),
        "amend": (
            "Исправление к записи №{num}: ",
            "Исправление №{num}: ",
        ),
        "amend_time": ("Исправление к записи №{num}: время указано неверно, фактически {hm}.",),
    },
    "en": {
        "inquiry": (
            "{party} asked about breakfast: 6:30-10:00, restaurant on the 2nd floor.",
            "Guest in {room} asked for the checkout time; told 12:00 noon.",
            "Guest asked the way to {place}; gave a map and directions.",
            "{party} phoned about availability on {date}; passed to reservations.",
            "Visitor asked whether the guest in {room} is in; no details given, call put through to the room.",
            "Guest asked for the airport bus times; first bus at {time}.",
            "{party} asked about meeting room rates; left number {phone}, passed to sales.",
            "Guest in {room} asked for the Wi-Fi password; given on a card.",
            "Resident {party} asked how to pay the service charge; told at the desk or online.",
            "{party} asked if a parcel had arrived; it is in the luggage room, guest informed.",
            "Guest in {room} asked about laundry prices; gave the price list.",
            "{party} asked about parking: free for guests, visitors {n2} an hour.",
            "{party} asked when the {loc} opens; told.",
            "Guest in {room} asked for a good Chinese restaurant nearby; booked a table for {time}.",
            "{party} asked about a safe for valuables; explained the safe deposit boxes.",
        ),
        "request": (
            "Room {room} asked for {n} extra towels; housekeeping informed, delivered in {min} min.",
            "{party} requested late checkout until {late}:00; approved by the supervisor, noted.",
            "Wake-up call for room {room} at {wake}; set.",
            "Room {room} asked for an extra bed; housekeeping informed.",
            "Room {room} needs a baby cot; arranged.",
            "{party} left {n} bags in the luggage room, tag {tag}.",
            "Room {room} asked for a buckwheat pillow; floor informed.",
            "{party} asked for a taxi at {time} at the main entrance, plate {plate}.",
            "Room {room} asked for an iron and board; delivered.",
            "{party} asked for an invoice; passed to accounts, ready tomorrow.",
            "Room {room} asked for the room to be made up; housekeeping informed.",
            "Resident {party} asked for a temporary access card; ID last digits {id4} noted.",
            "Room {room} asked for {n} bottles of water.",
            "Room {room} borrowed {item}; logged, deposit {money}.",
            "{party} asked for {item} in room {room}; sent up.",
            "Room {room} asked for {n} extra towels and {item}; housekeeping informed.",
            "{courier} dropped off {n} parcels for room {room}; logged, kept in the luggage room.",
        ),
        "complaint": (
            "Complaint from {room}: noise from room {room2}; called them, guest confirmed quiet after {min} min.",
            "Room {room} complains the air conditioning is not cooling; engineering called.",
            "Water leak in the bathroom of room {room}; guest complained, moved to {room2}.",
            "{party} complained about the breakfast choice; logged and passed to F&B.",
            "Room {room} complains of a smell of smoke; offered a room change.",
            "{party} complained of a parking overcharge; checked, refunded {money}.",
            "Room {room}: no hot water, engineer on site.",
            "Ceiling leak in room {room}; bucket placed, maintenance working on it.",
            "{party} complained about waiting {min} minutes at check-in; apologised.",
            "Room {room} complains the sheets were not clean; housekeeping changed them, apologised.",
            "Resident {party} complained about renovation noise from {room2}; contractor asked to keep to hours.",
            "Room {room} complains of poor Wi-Fi; passed to IT.",
            "Room {room}: TV has no signal, maintenance informed.",
            "{party} complained a parcel is missing; CCTV being checked.",
            "Room {room} complains the air con is noisy and they cannot sleep; repair logged, room change offered.",
            "{party} complained the {loc} is dirty; cleaners sent.",
            "Complaint from {room}: water leaking from {room2} above; maintenance called.",
        ),
        "incident": (
            "Wet floor in the {loc}: a guest slipped, no visible injury, incident report made.",
            "Smoke detector alarm in room {room}: guest smoking, warned and noted.",
            "Power cut ({loc}) for {min} minutes; emergency lighting worked, maintenance fixed it.",
            "Lift stuck on floor {floor}; passengers out after {min} minutes, nobody hurt.",
            "{party} argued with a taxi driver in the {loc}; security settled it.",
            "Guest in room {room} taken ill; ambulance called, taken to hospital.",
            "Suspicious person in the {loc}; security asked them to leave.",
            "Door lock of room {room} failed, guest locked out; opened with the master key, repair logged.",
            "False fire alarm ({loc}), cause: {reason}; reset.",
            "Leak from room {room} into {room2} below; maintenance shut the valve.",
            "{party} lost a wallet near the {loc}; CCTV checked, police informed.",
            "Burst pipe in the {loc}; mains valve closed, emergency plumber called.",
        ),
        "repair": (
            "Room {room}: air con not cooling, work order {wo}.",
            "Room {room}: toilet blocked, maintenance cleared it.",
            "{loc}: {n} lights out, reported.",
            "Room {room}: shower head leaking, work order {wo}.",
            "Floor {floor}: corridor carpet torn, reported to maintenance.",
            "Room {room}: TV remote dead, batteries replaced.",
            "{loc}: automatic door faulty, maintenance working on it.",
            "Room {room}: window does not close, work order {wo}.",
            "Room {room}: water heater fault, engineer due in {min} min.",
            "{loc}: pipe leaking, valve closed, waiting for the plumber.",
            "Room {room}: key card reader not working, maintenance called.",
            "Called maintenance about the {loc}; due at {time}.",
        ),
        "security": (
            "{hm} round of the {loc}: all in order.",
            "{hm} round of floors {floor}-{floor2}: fire exits clear.",
            "Night round: {loc} door found unlocked, locked and noted.",
            "{hm} fire extinguisher check: pressure normal.",
            "{hm} car park round: car {plate} left with a window open, owner informed.",
            "Visitor {party} for room {room}, ID last digits {id4} noted.",
            "{hm} master key count: {n}, no discrepancy.",
            "{hm} CCTV check ({loc}): all cameras recording.",
            "{hm} round of the {loc}: {n} people loitering, asked to leave.",
            "{hm} round of the {loc}: water on the floor, cleaners called.",
            "{hm} {courier} in the lobby with a delivery; signed in and directed.",
        ),
        "call": (
            "Call from {party} for the guest in room {room}; put through.",
            "{party} called to book {n} standard rooms for tomorrow; passed to reservations.",
            "Maintenance called: water off on floor {floor} on {date} from {time}; rooms informed.",
            "{party} confirmed the airport pick-up, flight {flight}, arriving {time}.",
            "Missed call from {phone}; called back, {party} asking about rates.",
            "Police called to check guest details; handled per procedure, supervisor informed.",
            "{party} called to thank {clerk} for the help.",
            "{party} called to ask whether something was left in room {room}; passed to housekeeping.",
            "{party} called to cancel the booking for {date}; reservations informed.",
            "Room {room} called for room service; passed to the restaurant.",
            "{org} called: visit on {date} from {time}; rooms informed.",
            "{org} called about room {room}; message passed on.",
        ),
        "note": (
            "Today: {n2} arrivals, {n3} departures, occupancy {pct}%.",
            "Guest of room {room} not back yet; supervisor informed.",
            "Supervisor {supervisor} checked the desk: grooming fine.",
            "Group of {n2} arriving {date}; key cards prepared.",
            "For the next shift: room {room} wake-up at {wake} plus a taxi.",
            "Desk printer jammed; cleared.",
            "Cash float counted: {cash}, no difference.",
            "Reminder for handover: room {room} leaves {date}, deposit not settled.",
            "Quiet shift, no complaints.",
        ),
        "handover": (
            "Shift taken over: {keys} keys and float {cash} counted, no discrepancies.",
            "Shift accepted, previous shift's log read, {keys} keys on the board.",
            "Handover done: open items passed on, float {cash}.",
        ),
        "review": (
            "Reviewed the log of {yesterday}: complete.",
            "Reviewed the log of {yesterday}: reminded staff of complaint reply times.",
            "Spot check at the desk: grooming, tidy desk and handover log all fine.",
            "Supervisor round: service standards kept, no complaint left open.",
        ),
        "close_complaint": (
            "Called the guest back, resolved, guest satisfied.",
            "Guest moved to another room, accepted.",
            "Refunded {money}, guest satisfied.",
            "Apologised to the guest, who accepted the solution.",
            "Maintenance fixed it, guest confirmed.",
            "Passed to supervisor {supervisor}; guest agreed to the solution.",
        ),
        "close_repair": (
            "Repair done, work order {wo} closed.",
            "Maintenance fixed it, tested OK.",
            "Part replaced, working again.",
            "Fixed; guest informed.",
        ),
        "close_request": (
            "Delivered, guest confirmed.",
            "Done, guest confirmed.",
            "All arranged; guest told by phone.",
        ),
        "close_incident": (
            "Incident closed, supervisor informed, report filed.",
            "Back to normal, incident report written.",
            "Dealt with together with the other departments; nothing further.",
        ),
        "close": (
            "Done.",
            "Followed up, closed.",
            "Followed up by {staff}, closed.",
            "Called back, confirmed.",
        ),
        "amend": (
            "Correction to entry #{num}: ",
            "Correction #{num}: ",
        ),
        "amend_time": ("Correction to entry #{num}: wrong time noted, it was {hm}.",),
    },
}

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

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FORMATTER = string.Formatter()


def _fields(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in _FORMATTER.parse(template) if name)


# Parsed once: for each template, the slots it uses.
_TEMPLATE_FIELDS: dict[str, frozenset[str]] = {
    t: _fields(t) for by_cat in TEMPLATES.values() for ts in by_cat.values() for t in ts
}


class _Slots(dict):
    """Slot values made on first use, so a template only pays for the slots it names."""

    def __init__(self, texts: _Texts, lang: str, at_local: datetime) -> None:
        super().__init__()
        self.texts = texts
        self.lang = lang
        self.at_local = at_local

    def __missing__(self, key: str) -> str:
        value = self.texts.slot(key, self.lang, self.at_local, self)
        self[key] = value
        return value


class _Texts:
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

    def slot(self, key: str, lang: str, at_local: datetime, slots: _Slots) -> str:
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
                return DEMO_ACCOUNTS[r.choice(CLERK_PAIRS)[r.randint(0, 1)]].short
        raise KeyError(key)

    # --- whole lines -------------------------------------------------------------------------

    def line(self, lang: str, kind: str, at_local: datetime) -> tuple[str, str, str]:
        """(text, room or location, party) for one entry."""
        template = self.rng.choice(TEMPLATES[lang][kind])
        slots = _Slots(self, lang, at_local)
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


# --------------------------------------------------------------------------------------------
# The timeline: shifts, who is on duty, and the events of each shift in time order.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Shift:
    key: tuple[date, str]  # (local date the shift starts on, "day" or "night")
    start: datetime  # UTC
    end: datetime  # UTC
    clerks: tuple[int, ...]  # indexes into DEMO_ACCOUNTS
    supervisor: int | None


def _local(day: date, hour: int) -> datetime:
    """A wall-clock time on this computer, as UTC (DST handled by the system's zone)."""
    return datetime(day.year, day.month, day.day, hour).astimezone().astimezone(UTC)


def _shift_for(day: date, kind: str) -> _Shift:
    d = (day - ROTATION_EPOCH).days
    if kind == "day":
        start, end = _local(day, DAY_START_HOUR), _local(day, NIGHT_START_HOUR)
        pair = CLERK_PAIRS[d % 3]
        supervisor = SUPERVISORS[d % 2] if day.weekday() != 6 else None
    else:
        start = _local(day, NIGHT_START_HOUR)
        end = _local(day + timedelta(days=1), DAY_START_HOUR)
        pair = CLERK_PAIRS[(d + 2) % 3]
        supervisor = None
    return _Shift((day, kind), start, end, pair, supervisor)


def _shift_at(t: datetime) -> _Shift:
    local = t.astimezone()
    if DAY_START_HOUR <= local.hour < NIGHT_START_HOUR:
        return _shift_for(local.date(), "day")
    if local.hour >= NIGHT_START_HOUR:
        return _shift_for(local.date(), "night")
    return _shift_for(local.date() - timedelta(days=1), "night")


def _next_shift(shift: _Shift) -> _Shift:
    day, kind = shift.key
    return _shift_for(day, "night") if kind == "day" else _shift_for(day + timedelta(days=1), "day")


def _shifts(start: datetime, end: datetime) -> Iterator[_Shift]:
    shift = _shift_at(start)
    while shift.start < end:
        yield shift
        shift = _next_shift(shift)


@dataclass
class _Recent:
    """What the generator remembers of a recent entry (to amend it)."""

    id: str
    num: int
    category: str
    lang: str
    text: str
    room: str
    party: str
    important: bool
    amended: bool = False


@dataclass
class _OpenFollowUp:
    due_at: datetime
    category: str
    room: str
    party: str
    owner: int


@dataclass
class _PlannedStep:
    at: datetime
    action: Action
    detail: Any = None  # escalate: the note's kind; follow_up: (reached, score); resolve: "again"


@dataclass
class _Complaint:
    """What the generator remembers of a complaint until it is closed."""

    id: str
    lang: str
    category: str
    severity: Severity
    room: str
    received_at: datetime
    promised_at: datetime
    version: int
    status: Status
    compensation: Decimal = Decimal("0.00")
    kind: str | None = None
    needs_authority: bool = False
    assignee: int | None = None
    escalated_to: int | None = None
    reopened: bool = False
    first_reply_at: datetime | None = None


def _calling_hours(t: datetime, r: random.Random) -> datetime:
    """The same moment if it is between 09:00 and 21:00 local time, else the next 09:00-11:00."""
    local = t.astimezone()
    if 9 <= local.hour < 21:
        return t
    day = local.date() if local.hour < 9 else local.date() + timedelta(days=1)
    return _local(day, 9) + timedelta(minutes=r.uniform(0, 120))


# Event kinds, in the order they are taken when two fall on the same instant.
_SIGN_IN, _ENTRY, _CLOSE, _READ, _INTAKE, _STEP = 0, 1, 2, 3, 4, 5


@dataclass(order=True)
class _Event:
    at: datetime
    kind: int
    order: int
    data: Any = field(compare=False)


# --------------------------------------------------------------------------------------------
# Writing: one journal writer per batch transaction.
# --------------------------------------------------------------------------------------------


class _Batch:
    """One write transaction: every row through the real write path, one journal writer.

    Entries go through ``write_entry`` (the function ``record_entry`` uses), follow-ups are closed
    with ``update_journaled`` on the row as stored (as ``close_follow_up`` does), read marks and
    sign-ins with ``insert_journaled``; the journal rows are flushed once at the end.
    """

    def __init__(self, conn: Connection, station: str) -> None:
        self.conn = conn
        self.station = station
        self.w = JournalWriter(conn, station=station, actor=None)

    def entry(
        self, draft: EntryDraft, *, author_id: str, at: datetime, num: int
    ) -> tuple[str, str | None]:
        """Write an entry (and its follow-up); return their ids."""
        self.w.actor = author_id
        return write_entry(
            self.conn,
            self.w,
            draft=draft,
            author_id=author_id,
            station=self.station,
            at=at,
            num=num,
        )

    def close(self, follow_up_id: str, closing_entry_id: str, at: datetime) -> None:
        row = self.conn.execute(select(follow_up).where(follow_up.c.id == follow_up_id)).one()
        changes = {
            "closed_at": at,
            "closing_entry_id": closing_entry_id,
            "version": row.version + 1,
        }
        update_journaled(self.conn, self.w, follow_up, dict(row._mapping), changes, at)

    def insert(self, table: Table, row: dict[str, Any], actor: str) -> None:
        self.w.actor = actor
        insert_journaled(self.conn, self.w, table, row, row["at"])

    def intake(
        self, draft: ComplaintDraft, *, actor_id: str, at: datetime, num: int, log_num: int
    ) -> dict[str, Any]:
        """A complaint, its history event and its log entry, as ``complaints.intake`` writes them."""
        self.w.actor = actor_id
        return write_intake(
            self.conn,
            self.w,
            draft=draft,
            actor_id=actor_id,
            station=self.station,
            at=at,
            num=num,
            log_num=log_num,
        )

    def step(
        self,
        complaint_id: str,
        action: Action,
        *,
        expected_version: int,
        actor_id: str,
        role: Role,
        at: datetime,
        note: str,
        limit: Decimal,
        log_num: int,
        **details: Any,
    ) -> dict[str, Any]:
        """One step, every rule checked, as ``complaints.act`` writes it."""
        self.w.actor = actor_id
        return write_step(
            self.conn,
            self.w,
            complaint_id=complaint_id,
            action=action,
            expected_version=expected_version,
            actor_id=actor_id,
            role=role,
            station=self.station,
            at=at,
            note=note,
            limit=limit,
            log_num=log_num,
            **details,
        )

    def flush(self) -> None:
        self.w.flush()


# --------------------------------------------------------------------------------------------
# The generator.
# --------------------------------------------------------------------------------------------


class _Generator:
    def __init__(
        self,
        desk: Desk,
        people: list[str],
        *,
        start: datetime,
        now: datetime,
        rng: random.Random,
        first_num: int,
        first_complaint_num: int = 1,
        limit: Decimal = Decimal("500"),
    ) -> None:
        self.desk = desk
        self.people = people  # person ids, in DEMO_ACCOUNTS order
        self.start = start
        self.now = now
        self.rng = rng
        self.texts = _Texts(rng)
        self.num = first_num
        self.order = 0
        self.events: list[_Event] = []
        self.recent: deque[_Recent] = deque(maxlen=80)
        self.counts = dict.fromkeys(
            (
                "entries",
                "follow_ups",
                "closed",
                "amendments",
                "important",
                "reads",
                "sign_ins",
                "complaints",
                "complaint_steps",
                "escalated",
                "compensated",
                "late_replies",
                "reopened",
            ),
            0,
        )
        self.complaint_num = first_complaint_num
        self.complaints: dict[str, _Complaint] = {}  # not yet closed
        self.limit = limit  # the authority limit, as the service reads it
        self.open: dict[str, _OpenFollowUp] = {}
        self.first_at: datetime | None = None
        self.last_at: datetime | None = None

    # --- ids and helpers ---------------------------------------------------------------------

    def push(self, at: datetime, kind: int, data: Any) -> None:
        self.order += 1
        heapq.heappush(self.events, _Event(at, kind, self.order, data))

    def lang_for(self, person: int) -> str:
        """Mostly the writer's own language, often another: equal shares over the whole log."""
        own = DEMO_ACCOUNTS[person].lang
        return own if self.rng.random() < 0.5 else self.rng.choice([x for x in LANGS if x != own])

    def jitter(self, base: datetime, lo_min: float, hi_min: float) -> datetime:
        return base + timedelta(seconds=self.rng.uniform(lo_min * 60, hi_min * 60))

    # --- planning a shift --------------------------------------------------------------------

    def entry_times(self, shift: _Shift) -> list[datetime]:
        r = self.rng
        day, kind = shift.key
        mean = DAY_SHIFT_MEAN if kind == "day" else NIGHT_SHIFT_MEAN
        if day.weekday() >= 4:  # Friday to Sunday are busier
            mean *= 1.1
        if day.month in (7, 8, 10, 12):  # holidays
            mean *= 1.12
        count = max(1, round(r.gauss(mean, mean * 0.12)))
        hours = DAY_HOURS if kind == "day" else NIGHT_HOURS
        picks = r.choices(range(len(hours)), weights=hours, k=count)
        span = (shift.end - shift.start).total_seconds() / len(hours)  # an hour, except on DST days
        times = [
            shift.start
            + timedelta(seconds=(h + r.random()) * span, microseconds=r.randrange(10**6))
            for h in picks
        ]
        times.sort()
        return [t for t in times if self.start <= t < self.now]

    def plan(self, shift: _Shift, times: list[datetime], intakes: list[datetime] = ()) -> None:
        """Queue a shift's sign-ins and entries; closings and read marks are queued as they arise."""
        r = self.rng
        lo, hi = self.start, self.now
        signed: list[tuple[datetime, int]] = [
            (self.jitter(shift.start, -20, -5), c) for c in shift.clerks
        ]
        if shift.supervisor is not None:
            signed.append((self.jitter(shift.start, 30, 75), shift.supervisor))
        day, kind = shift.key
        manager_today = kind == "day" and day.weekday() < 5 and r.random() < 0.6
        if manager_today:
            signed.append((self.jitter(shift.start, 90, 150), MANAGER))
        for at, person in signed:
            if lo <= at < hi:
                self.push(at, _SIGN_IN, person)
        # The incoming clerk's handover note opens the shift.
        handover_at = self.jitter(shift.start, 1, 12)
        if lo <= handover_at < hi:
            self.push(handover_at, _ENTRY, ("handover", shift, shift.clerks[0]))
        sup_at = shift.start + timedelta(minutes=r.uniform(60, 240))
        if shift.supervisor is not None and lo <= sup_at < hi:
            self.push(sup_at, _ENTRY, ("review", shift, shift.supervisor))
        for at in times:
            self.push(at, _ENTRY, ("normal", shift, self.author(shift, at, manager_today)))
        for at in intakes:
            self.push(at, _INTAKE, shift)

    def author(self, shift: _Shift, at: datetime, manager_today: bool) -> int:
        x = self.rng.random()
        if shift.supervisor is not None and x < 0.07 and at >= shift.start + timedelta(hours=1):
            return shift.supervisor
        if manager_today and x > 0.995:
            return MANAGER
        return self.rng.choice(shift.clerks)

    # --- complaints --------------------------------------------------------------------------

    def complaint_times(self, shift: _Shift) -> list[datetime]:
        r = self.rng
        day, kind = shift.key
        mean = COMPLAINTS_DAY_MEAN if kind == "day" else COMPLAINTS_NIGHT_MEAN
        if day.month in (7, 8, 10, 12):  # a full house complains more
            mean *= 1.1
        count = max(0, round(r.gauss(mean, mean * 0.3)))
        hours = DAY_HOURS if kind == "day" else NIGHT_HOURS
        span = (shift.end - shift.start).total_seconds() / len(hours)
        picks = r.choices(range(len(hours)), weights=hours, k=count)
        times = sorted(shift.start + timedelta(seconds=(h + r.random()) * span) for h in picks)
        return [t for t in times if self.start <= t < self.now]

    def next_log_num(self, at: datetime) -> int:
        num = self.num
        self.num += 1
        self.counts["entries"] += 1
        self.first_at = self.first_at or at
        self.last_at = at
        return num

    def intake(self, batch: _Batch, at: datetime, shift: _Shift) -> None:
        """A guest complains: the complaint is taken, and the rest of its life planned."""
        r = self.rng
        person = self.author(shift, at, manager_today=False)
        lang = self.lang_for(person)
        category = r.choices(
            list(COMPLAINT_CATEGORY_WEIGHTS), weights=list(COMPLAINT_CATEGORY_WEIGHTS.values())
        )[0]
        severity = r.choices(
            ("low", "medium", "high"),
            weights=SEVERITY_WEIGHTS.get(category, DEFAULT_SEVERITY_WEIGHTS),
        )[0]
        channel = r.choices(list(CHANNEL_WEIGHTS), weights=list(CHANNEL_WEIGHTS.values()))[0]
        at_local = at.astimezone()
        slots = _Slots(self.texts, lang, at_local)
        room = self.texts.room() if r.random() < 0.9 else ""
        if room:
            slots["room"] = room
        guest = self.texts.party(lang)
        slots["guest"] = guest
        frames = [f for f in COMPLAINT_FRAMES[lang][channel] if room or "{room}" not in f]
        frames = frames or [f for f in COMPLAINT_FRAMES[lang]["email"]]
        slots["problem"] = r.choice(COMPLAINT_PROBLEMS[lang][category]).format_map(slots)
        text = r.choice(frames).format_map(slots)
        if r.random() < 0.45:
            text += DEMAND_FORMS[lang].format(demand=r.choice(COMPLAINT_DEMANDS[lang]))
        else:
            text += END[lang]
        if channel in ("email", "online"):
            contact = (
                f"{r.choice(EMAIL_NAMES[lang])}{r.randint(1, 99)}@{r.choice(EMAIL_HOSTS[lang])}"
            )
            received = at - timedelta(minutes=r.uniform(3, 180))
        else:
            contact = self.texts.slot("phone", lang, at_local, slots) if r.random() < 0.6 else ""
            received = at - timedelta(minutes=r.uniform(0.3, 8))
        promised = self.promise(at, severity)
        draft = validate_intake(
            received_at=received,
            channel=channel,
            guest_name=guest,
            room=room,
            contact=contact,
            category=category,
            severity=severity,
            text=text,
            promised_at=promised,
            now=at,  # a historical complaint is validated as of its own time
        )
        row = batch.intake(
            draft,
            actor_id=self.people[person],
            at=at,
            num=self.complaint_num,
            log_num=self.next_log_num(at),
        )
        self.complaint_num += 1
        c = _Complaint(
            id=row["id"],
            lang=lang,
            category=category,
            severity=Severity(severity),
            room=room,
            received_at=received,
            promised_at=promised,
            version=row["version"],
            status=Status(row["status"]),
        )
        self.complaints[c.id] = c
        self.counts["complaints"] += 1
        for step in self.lifecycle(c, at):
            self.push(step.at, _STEP, (c, step))

    def promise(self, at: datetime, severity: str) -> datetime:
        """The quick choices of the intake form: +30 min, +1 h, +2 h, end of shift, tomorrow 10:00."""
        r = self.rng
        weights = (40, 35, 15, 5, 5) if severity == "high" else (18, 27, 25, 12, 18)
        choice = r.choices(range(5), weights=weights)[0]
        if choice < 3:
            return at + timedelta(minutes=(30, 60, 120)[choice])
        if choice == 3:
            end = _shift_at(at).end
            return end if end - at > timedelta(minutes=30) else at + timedelta(hours=1)
        local = at.astimezone()
        return _local(local.date() + timedelta(days=1), 10)

    def lifecycle(self, c: _Complaint, t0: datetime) -> list[_PlannedStep]:
        """The steps this complaint will take, in time order, with what each will say and do."""
        r = self.rng
        high = c.severity is Severity.HIGH
        steps: list[_PlannedStep] = []
        t = t0

        def add(action: Action, gap_min: tuple[float, float], detail: Any = None) -> None:
            nonlocal t
            t = t + timedelta(minutes=r.uniform(*gap_min))
            steps.append(_PlannedStep(t, action, detail))

        # Compensation: most complaints are settled with an apology; a few cost the house.
        cents = 0
        kind = None
        if r.random() < COMPENSATION_SHARE[c.category]:
            if r.random() < LARGE_COMPENSATION_SHARE:
                cents = r.randrange(600, 3001, 50) * 100
            else:
                cents = r.randrange(50, 501, 10) * 100
            kind = COMPENSATION_KINDS[c.lang][r.choice(KINDS_BY_CATEGORY[c.category])]
        c.compensation = from_cents(cents)
        c.kind = kind
        above = c.compensation > self.limit
        c.needs_authority = high or above
        late_escalation = False
        early_escalation = None
        if high and r.random() < 0.92:
            early_escalation = "escalate_high"
        elif above:
            if r.random() < 0.45:
                early_escalation = "escalate_authority"
            else:
                late_escalation = True
        elif r.random() < EXTRA_ESCALATION_SHARE:
            early_escalation = "escalate_other"

        acked = r.random() < ACK_SHARE
        if acked:
            add(Action.ACKNOWLEDGE, (0.5, 12))
        if r.random() < ASSIGN_SHARE:
            add(Action.ASSIGN, (3, 45))
        if early_escalation:
            add(Action.ESCALATE, (2, 30), early_escalation)
        skip_reply = not late_escalation and r.random() < SKIP_REPLY_SHARE
        if not steps and skip_reply:
            add(Action.ACKNOWLEDGE, (0.5, 12))  # resolving needs the complaint taken up first
        if self.now - t0 < FORGETTABLE and r.random() < FORGET_COMPLAINT_SHARE:
            return steps  # not answered yet: open at the desk, overdue once the promise passes

        late = r.random() < (LATE_SHARE / 2 if high else LATE_SHARE)
        lo = t + timedelta(minutes=2)
        if late:
            first = max(lo, c.promised_at + timedelta(minutes=r.uniform(10, 360)))
        else:
            hi = c.promised_at - timedelta(minutes=1)
            first = lo + (hi - lo) * r.betavariate(1.2, 2.5) if hi > lo else lo
        t = first
        if skip_reply:
            steps.append(_PlannedStep(t, Action.RESOLVE))
        else:
            steps.append(_PlannedStep(t, Action.REPLY))
            if late_escalation:
                add(Action.ESCALATE, (10, 120), "escalate_authority")
            hours = min(72.0, max(10 / 60, r.expovariate(1 / 4)))
            add(Action.RESOLVE, (hours * 60, hours * 60))

        # The follow-up call (回访) in calling hours, a few hours to a day and a half later.
        reached = r.random() < REACHED_SHARE
        score = None
        if reached:
            weights = SATISFACTION_LATE if late else SATISFACTION_ON_TIME
            score = r.choices((1, 2, 3, 4, 5), weights=weights)[0]
            if cents and score < 5 and r.random() < 0.3:
                score += 1
        t = _calling_hours(t + timedelta(minutes=r.uniform(120, 30 * 60)), r)
        steps.append(_PlannedStep(t, Action.FOLLOW_UP, (reached, score)))
        if score is not None and score <= 2 and r.random() < REOPEN_SHARE:
            add(Action.REOPEN, (10, 120))
            t = _calling_hours(t + timedelta(minutes=r.uniform(60, 20 * 60)), r)
            steps.append(_PlannedStep(t, Action.RESOLVE, "again"))
            t = _calling_hours(t + timedelta(minutes=r.uniform(120, 30 * 60)), r)
            steps.append(_PlannedStep(t, Action.FOLLOW_UP, (True, r.choice((3, 4, 4, 5)))))
        add(Action.CLOSE, (1, 90))
        return steps

    def complaint_actor(self, c: _Complaint, action: Action, at: datetime) -> int:
        """Who takes the step: someone on duty, the person it was given to, or a supervisor."""
        r = self.rng
        shift = self.on_duty(at)
        sup = shift.supervisor
        on_duty = (*shift.clerks, *(() if sup is None else (sup,)))
        if action is Action.RESOLVE and (
            c.needs_authority or c.escalated_to is not None or c.reopened
        ):
            if c.escalated_to is not None and (c.escalated_to in on_duty or sup is None):
                return c.escalated_to
            return sup if sup is not None else r.choice(SUPERVISORS)
        if action is Action.REOPEN:
            if sup is not None:
                return sup
            return c.escalated_to if c.escalated_to is not None else r.choice(SUPERVISORS)
        if action is Action.CLOSE and sup is not None and r.random() < 0.35:
            return sup
        if (
            action in (Action.REPLY, Action.RESOLVE, Action.FOLLOW_UP)
            and c.assignee is not None
            and c.assignee in on_duty
        ):
            return c.assignee
        return r.choice(shift.clerks)

    def complaint_step(self, batch: _Batch, at: datetime, c: _Complaint, step: _PlannedStep):
        r = self.rng
        lang = c.lang
        notes = STEP_NOTES[lang]
        action = step.action
        person = self.complaint_actor(c, action, at)
        kwargs: dict[str, Any] = {}
        slots = _Slots(self.texts, lang, at.astimezone())
        if c.room:
            slots["room"] = c.room
        if action is Action.ACKNOWLEDGE:
            promised = c.promised_at.astimezone()
            hm = f"{promised:%H:%M}"
            if promised.date() != at.astimezone().date():
                hm = notes["tomorrow"][0].format(hm=hm)
            note = r.choice(notes["acknowledge"]).format(promise=hm)
        elif action is Action.ASSIGN:
            shift = self.on_duty(at)
            x = r.random()
            colleagues = [p for p in shift.clerks if p != person]
            if x < 0.25 and shift.supervisor is not None:
                assignee = shift.supervisor
            elif x < 0.8 and colleagues:
                assignee = r.choice(colleagues)
            else:
                assignee = person
            c.assignee = assignee
            kwargs["assignee_id"] = self.people[assignee]
            note = r.choice(notes["assign"]).format(who=DEMO_ACCOUNTS[assignee].short)
        elif action is Action.ESCALATE:
            sup = self.on_duty(at).supervisor
            x = r.random()
            if x < 0.1:
                target = MANAGER
            elif sup is not None and x < 0.9:
                target = sup
            else:
                target = r.choice(SUPERVISORS)
            c.escalated_to = target
            kwargs["escalate_to_id"] = self.people[target]
            note = r.choice(notes[step.detail]).format(who=DEMO_ACCOUNTS[target].short)
            self.counts["escalated"] += 1
        elif action is Action.REPLY:
            reply = r.choice(COMPLAINT_REPLIES[lang][c.category]).format_map(slots)
            note = r.choice(notes["reply"]).format(reply=reply)
        elif action is Action.RESOLVE:
            reply = r.choice(COMPLAINT_REPLIES[lang][c.category]).format_map(slots)
            outcome = r.choice(notes["outcome"]).format(reply=reply)
            amount, kind = c.compensation, c.kind
            if step.detail == "again":  # after reopening: the supervisor adds a goodwill gesture
                amount += from_cents(r.randrange(100, 301, 50) * 100)
                kind = kind or COMPENSATION_KINDS[lang][2]  # a voucher
            if amount:
                outcome += {"zh": "；", "ru": "; ", "en": "; "}[lang] + notes["compensation"][
                    0
                ].format(kind=kind, amount=f"{amount:.0f}")
                kwargs.update(compensation=str(amount), compensation_kind=kind)
            kwargs["outcome"] = outcome
            note = r.choice(notes["resolve"]).format(outcome=outcome)
        elif action is Action.FOLLOW_UP:
            reached, score = step.detail
            kwargs.update(reached=reached, satisfaction=score)
            if reached:
                note = r.choice(notes["reached"]).format(
                    feeling=FEELINGS[lang][score - 1], score=score
                )
            else:
                note = r.choice(notes["not_reached"])
        elif action is Action.CLOSE:
            note = r.choice(notes["close"])
        else:
            c.reopened = True
            self.counts["reopened"] += 1
            note = r.choice(notes["reopen"])
            # A reopened complaint is promised a reply anew, as the intake form's "+2 h".
            kwargs["promised_at"] = at + timedelta(hours=2)
            c.promised_at = kwargs["promised_at"]
        row = batch.step(
            c.id,
            action,
            expected_version=c.version,
            actor_id=self.people[person],
            role=DEMO_ACCOUNTS[person].role,
            at=at,
            note=note,
            limit=self.limit,
            log_num=self.next_log_num(at),
            **kwargs,
        )
        c.version = row["version"]
        c.status = Status(row["status"])
        self.counts["complaint_steps"] += 1
        if action is Action.RESOLVE and row["compensation_cents"]:
            self.counts["compensated"] += 1
        if action in (Action.REPLY, Action.RESOLVE) and c.first_reply_at is None:
            c.first_reply_at = at
            if at > c.promised_at:
                self.counts["late_replies"] += 1
        if c.status is Status.CLOSED:
            del self.complaints[c.id]

    # --- one entry ---------------------------------------------------------------------------

    def on_duty(self, at: datetime) -> _Shift:
        return _shift_at(at)

    def make_entry(
        self, batch: _Batch, at: datetime, what: str, shift: _Shift, person: int
    ) -> None:
        r = self.rng
        at_local = at.astimezone()
        lang = self.lang_for(person)
        amends: _Recent | None = None
        if what == "handover" or what == "review":
            category = "note"
            text, room, party = self.texts.line(lang, what, at_local)
        else:
            weights = DAY_WEIGHTS if shift.key[1] == "day" else NIGHT_WEIGHTS
            if r.random() < AMEND_SHARE:
                amends = self.amend_target()
            if amends is not None:
                category, text, room, party = self.amendment(amends, at_local)
            else:
                category = r.choices(list(weights), weights=list(weights.values()))[0]
                text, room, party = self.texts.line(lang, category, at_local)
        important = (
            amends.important if amends is not None else r.random() < IMPORTANT_SHARE[category]
        )
        owner: int | None = None
        due: datetime | None = None
        if amends is None and what == "normal" and r.random() < FOLLOW_UP_SHARE[category]:
            owner = self.follow_up_owner(shift, person)
            due = at + timedelta(minutes=r.choice((30, 60, 90, 120, 180, 240, 360, 480)))
        draft = validate_entry(
            category=category,
            text=text,
            room=room,
            party=party,
            important=important,
            follow_up_owner_id=self.people[owner] if owner is not None else None,
            follow_up_due=due,
            now=at,  # a historical entry is validated as of its own time
            amends_id=amends.id if amends else None,
        )
        self.write(batch, draft, at, person, lang, fu_owner=owner)
        if amends is not None:
            amends.amended = True
            self.counts["amendments"] += 1

    def write(
        self,
        batch: _Batch,
        draft: EntryDraft,
        at: datetime,
        person: int,
        lang: str,
        fu_owner: int | None = None,
    ) -> str:
        num = self.num
        self.num += 1
        entry_id, follow_up_id = batch.entry(draft, author_id=self.people[person], at=at, num=num)
        self.counts["entries"] += 1
        self.first_at = self.first_at or at
        self.last_at = at
        if draft.closes_follow_up_id is None and draft.amends_id is None:
            self.recent.append(
                _Recent(
                    entry_id,
                    num,
                    draft.category.value,
                    lang,
                    draft.text,
                    draft.room,
                    draft.party,
                    draft.important,
                )
            )
        if draft.important:
            self.counts["important"] += 1
            self.plan_reads(entry_id, at, person)
        if draft.follow_up is not None:
            assert fu_owner is not None and follow_up_id is not None
            self.counts["follow_ups"] += 1
            self.open[follow_up_id] = _OpenFollowUp(
                draft.follow_up.due_at, draft.category.value, draft.room, draft.party, fu_owner
            )
            self.plan_close(follow_up_id, at, draft.follow_up.due_at)
        return entry_id

    def follow_up_owner(self, shift: _Shift, author: int) -> int:
        x = self.rng.random()
        if x < 0.6 or author in (MANAGER, *SUPERVISORS):
            return author if author != MANAGER else self.rng.choice(shift.clerks)
        if x < 0.8 and shift.supervisor is not None:
            return shift.supervisor
        return self.rng.choice(shift.clerks)

    def plan_close(self, follow_up_id: str, at: datetime, due: datetime) -> None:
        r = self.rng
        if r.random() < 0.8:
            close_at = at + (due - at) * r.uniform(0.3, 1.0)
        else:  # late: closed after the due time
            close_at = due + timedelta(minutes=r.uniform(15, 360))
        if self.now - at < FORGETTABLE and r.random() < FORGET_SHARE:
            return  # left open: shows up as open (or overdue) at the desk
        self.push(close_at, _CLOSE, follow_up_id)

    def plan_reads(self, entry_id: str, at: datetime, author: int) -> None:
        nxt = _next_shift(self.on_duty(at))
        for clerk in nxt.clerks:
            if clerk != author and self.rng.random() < 0.92:
                read_at = max(self.jitter(nxt.start, -10, 90), self.jitter(at, 1, 10))
                self.push(read_at, _READ, (entry_id, clerk))

    def amend_target(self) -> _Recent | None:
        """One of the last entries, not yet amended: corrections come soon after the mistake."""
        candidates = [e for e in list(self.recent)[-30:] if not e.amended]
        return self.rng.choice(candidates) if candidates else None

    def amendment(self, target: _Recent, at_local: datetime) -> tuple[str, str, str, str]:
        """A correction of a recent entry, in its language: the corrected line after a prefix."""
        r = self.rng
        prefix = r.choice(TEMPLATES[target.lang]["amend"]).format(num=target.num)
        room, party, text = target.room, target.party, target.text
        if room.isdigit() and room in text:
            new_room = self.texts.room()
            text = text.replace(room, new_room)
            room = new_room
        elif party and party in text:
            new_party = self.texts.party(target.lang)
            text = text.replace(party, new_party)
            party = new_party
        else:
            template = r.choice(TEMPLATES[target.lang]["amend_time"])
            hm = (at_local - timedelta(minutes=r.randint(5, 50))).strftime("%H:%M")
            return target.category, template.format(num=target.num, hm=hm), room, party
        return target.category, prefix + text, room, party

    def close_follow_up(self, batch: _Batch, at: datetime, fu_id: str) -> None:
        fu = self.open.pop(fu_id)
        shift = self.on_duty(at)
        on_duty = [*shift.clerks, *([shift.supervisor] if shift.supervisor is not None else [])]
        closer = fu.owner if fu.owner in on_duty else self.rng.choice(shift.clerks)
        lang = self.lang_for(closer)
        kind = f"close_{fu.category}"
        kind = kind if kind in TEMPLATES[lang] else "close"
        text, _room, _party = self.texts.line(lang, kind, at.astimezone())
        draft = closing_entry(
            category=fu.category,
            text=text,
            room=fu.room,
            party=fu.party,
            now=at,
            follow_up_id=fu_id,
        )
        entry_id = self.write(batch, draft, at, closer, lang)
        batch.close(fu_id, entry_id, at)
        self.counts["closed"] += 1

    def read_mark(self, batch: _Batch, at: datetime, entry_id: str, person: int) -> None:
        row = {"id": new_id(), "entry_id": entry_id, "person_id": self.people[person], "at": at}
        batch.insert(entry_read, row, self.people[person])
        self.counts["reads"] += 1

    def sign_in(self, batch: _Batch, at: datetime, person: int) -> None:
        row = {
            "id": new_id(),
            "person_id": self.people[person],
            "station": self.desk.station,
            "at": at,
        }
        batch.insert(sign_in, row, self.people[person])
        self.counts["sign_ins"] += 1

    def apply(self, batch: _Batch, event: _Event) -> bool:
        """Write one event; True when it was a base entry (what the progress counts)."""
        if event.kind == _SIGN_IN:
            self.sign_in(batch, event.at, event.data)
        elif event.kind == _ENTRY:
            what, shift, person = event.data
            self.make_entry(batch, event.at, what, shift, person)
            return True
        elif event.kind == _CLOSE:
            self.close_follow_up(batch, event.at, event.data)
        elif event.kind == _INTAKE:
            self.intake(batch, event.at, event.data)
            return True
        elif event.kind == _STEP:
            self.complaint_step(batch, event.at, *event.data)
        else:
            entry_id, person = event.data
            self.read_mark(batch, event.at, entry_id, person)
        return False

    def events_until(self, limit: datetime) -> Iterator[_Event]:
        while self.events and self.events[0].at < limit:
            yield heapq.heappop(self.events)


def seed_demo(
    desk: Desk,
    *,
    years: float = 0.1,
    progress: Progress | None = None,
    seed: int = DEFAULT_SEED,
    batch_size: int = DEFAULT_BATCH,
) -> DemoResult:
    """Fill a new, empty database with the demo accounts and ``years`` of duty log and complaints
    up to now."""
    began = time.perf_counter()
    if not 0 < years <= 10:
        raise ValidationError("The demo covers between a few days and 10 years.", field="years")
    if not accounts.needs_setup(desk):
        raise ValidationError(
            "This database already has people. Demo data goes into a new, empty database."
        )
    rng = random.Random(seed)
    now = desk.clock.now().astimezone(UTC)
    start = now - timedelta(days=years * 365.25)
    shifts = list(_shifts(start, now))
    # The accounts exist before the first entry: create them as of then.
    setup = replace(desk, clock=FixedClock(shifts[0].start - timedelta(hours=2)))
    people = _create_accounts(setup)

    with desk.db.read() as conn:
        first_num = (conn.execute(select(func.max(log_entry.c.num))).scalar() or 0) + 1
        first_complaint = (conn.execute(select(func.max(complaint.c.num))).scalar() or 0) + 1
        limit = get_limit(conn)
    gen = _Generator(
        desk,
        people,
        start=start,
        now=now,
        rng=rng,
        first_num=first_num,
        first_complaint_num=first_complaint,
        limit=limit,
    )
    planned = [(shift, gen.entry_times(shift), gen.complaint_times(shift)) for shift in shifts]
    # Handover and review notes are planned with the shift; count them in the total too. The
    # progress counts entries and complaint intakes (their later steps are not known yet).
    total = sum(len(times) + len(intakes) for _, times, intakes in planned) + sum(
        1 + (s.supervisor is not None) for s in shifts
    )
    done = 0
    last_report = 0.0

    def timeline() -> Iterator[_Event]:
        """Every event in time order: a shift is planned just before its first event is due."""
        for i, (shift, times, intakes) in enumerate(planned):
            gen.plan(shift, times, intakes)
            limit = planned[i + 1][0].start - timedelta(minutes=30) if i + 1 < len(planned) else now
            yield from gen.events_until(limit)
        yield from gen.events_until(now)

    events = timeline()
    exhausted = False
    while not exhausted:
        with desk.db.write() as conn:
            batch = _Batch(conn, desk.station)
            for written, event in enumerate(events, 1):
                if gen.apply(batch, event):
                    done += 1
                if written >= batch_size:
                    break
            else:
                exhausted = True
            batch.flush()
        if progress is not None and time.perf_counter() - last_report > 0.1:
            last_report = time.perf_counter()
            progress(min(done, total), total)
    if progress is not None:
        progress(total, total)

    open_count = len(gen.open)
    overdue = sum(1 for fu in gen.open.values() if fu.due_at < now)
    c = gen.counts
    awaiting = [k for k in gen.complaints.values() if k.status in AWAITING_REPLY]
    return DemoResult(
        accounts=DEMO_ACCOUNTS,
        entries=c["entries"],
        follow_ups=c["follow_ups"],
        closed_follow_ups=c["closed"],
        open_follow_ups=open_count,
        overdue_follow_ups=overdue,
        amendments=c["amendments"],
        important=c["important"],
        read_marks=c["reads"],
        sign_ins=c["sign_ins"],
        first_at=gen.first_at,
        last_at=gen.last_at,
        seconds=time.perf_counter() - began,
        complaints=c["complaints"],
        complaint_steps=c["complaint_steps"],
        closed_complaints=c["complaints"] - len(gen.complaints),
        open_complaints=len(gen.complaints),
        overdue_complaints=sum(1 for k in awaiting if k.promised_at < now),
        escalated=c["escalated"],
        compensated=c["compensated"],
        late_replies=c["late_replies"],
        reopened=c["reopened"],
    )


def _create_accounts(desk: Desk) -> list[str]:
    """The demo people through the real account services; their ids in DEMO_ACCOUNTS order."""
    manager = DEMO_ACCOUNTS[MANAGER]
    created = accounts.create_first_manager(
        desk, name=manager.name, pin=manager.pin, pin_repeat=manager.pin
    )
    actor = Actor(id=created.id, name=created.name, role=Role.MANAGER)
    ids = [created.id]
    for account in DEMO_ACCOUNTS[1:]:
        person = accounts.add_person(
            desk,
            actor,
            name=account.name,
            role=account.role.value,
            pin=account.pin,
            pin_repeat=account.pin,
        )
        ids.append(person.id)
    return ids
