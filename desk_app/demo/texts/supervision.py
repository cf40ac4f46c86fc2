"""What the demo's supervisors write on an inspection and a reviewed day, in their language:
causes and corrections by checklist item, review comments, and a clerk's remark declining."""

from __future__ import annotations

# item code -> (cause, correction) per language
FINDINGS: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "zh": {
        "appearance": (
            ("未佩戴工牌", "当班期间全程佩戴工牌"),
            ("制服不整洁", "交班前检查仪容仪表"),
        ),
        "duty_log": (
            ("两条记录未填房号", "交班前补全房号"),
            ("跟进事项未写期限", "每条跟进都写明期限"),
        ),
        "environment": (
            ("前台台面杂乱", "每班开始前清理台面"),
            ("宣传资料摆放不齐", "按规定位置摆放资料"),
        ),
        "service": (("接听电话超过三声", "电话三声内接听"),),
        "follow_ups": (("逾期跟进未处理", "当班内处理并记录结果"),),
    },
    "ru": {
        "appearance": (
            ("Нет бейджа", "Носить бейдж всю смену"),
            ("Форма не в порядке", "Проверять внешний вид до смены"),
        ),
        "duty_log": (
            ("В двух записях нет номера", "Дописать номера до передачи смены"),
            ("У задачи нет срока", "У каждой задачи указывать срок"),
        ),
        "environment": (("Беспорядок на стойке", "Убирать стойку в начале смены"),),
        "service": (("Телефон звонил дольше трёх гудков", "Отвечать до третьего гудка"),),
        "follow_ups": (("Просроченная задача не закрыта", "Закрыть в эту смену с записью"),),
    },
    "en": {
        "appearance": (("No name badge", "Wear the badge the whole shift"),),
        "duty_log": (("Two entries without a room", "Fill in the rooms before the handover"),),
        "environment": (
            ("Counter untidy", "Clear the counter at the start of each shift"),
            ("Brochures out of place", "Keep the brochures in their rack"),
        ),
        "service": (("Phone rang more than three times", "Answer within three rings"),),
        "follow_ups": (
            ("An overdue follow-up left open", "Close it this shift with what was done"),
        ),
    },
}

REVIEW_COMMENTS: dict[str, tuple[str, ...]] = {
    "zh": ("记录完整，客户诉求均已处理。", "", "两项跟进需关注，已提醒当班人员。", ""),
    "ru": (
        "Всё записано, обращения гостей решены.",
        "",
        "Две задачи на контроле, смена предупреждена.",
        "",
    ),
    "en": (
        "All recorded; every guest matter handled.",
        "",
        "Two follow-ups to watch; the shift is told.",
        "",
    ),
}

DECLINE_REMARKS: dict[str, tuple[str, ...]] = {
    "zh": ("当时正在接待客人，台面来不及整理。",),
    "ru": ("В это время я оформлял(а) гостя.",),
    "en": ("I was checking a guest in at that moment.",),
}

# Handover checks: what the supervisor finds at the morning change (the "handover" item).
HANDOVER_FINDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "zh": (
        ("钥匙未当面清点", "交接前双方当面清点钥匙"),
        ("备用金未当面点清", "交接时当面清点备用金"),
    ),
    "ru": (
        ("Ключи не пересчитаны вместе", "Пересчитывать ключи вдвоём до подписи"),
        ("Касса не пересчитана при передаче", "Пересчитывать кассу при передаче смены"),
    ),
    "en": (
        ("Keys not counted together", "Count the board together before signing"),
        ("Float not counted at the change", "Count the float together at the change"),
    ),
}

# A supervisor's countersignature on the night's sheet (交接班检查).
COUNTERSIGN_NOTES: dict[str, tuple[str, ...]] = {
    "zh": ("交接班检查：现金与钥匙核对无误。", "已核对交接内容，无异常。"),
    "ru": ("Передача смены проверена: касса и ключи сходятся.", "Проверено, замечаний нет."),
    "en": ("Handover checked: float and keys agree.", "Checked; nothing to add."),
}
