"""What the demo's clerks write when they ask for leave or a swap, and what a supervisor says when
turning a leave down, in each person's language."""

from __future__ import annotations

LEAVE_REASONS: dict[str, tuple[str, ...]] = {
    "zh": (
        "家里有事，需要请假。",
        "身体不适，要去医院看病。",
        "孩子学校开家长会。",
        "回老家办理身份证。",
        "参加朋友的婚礼。",
    ),
    "ru": (
        "Семейные обстоятельства.",
        "Плохо себя чувствую, записан(а) к врачу.",
        "Переезд на новую квартиру.",
        "Свадьба сестры.",
        "Оформление документов в консульстве.",
    ),
    "en": (
        "Family matter.",
        "Doctor's appointment, and a day to recover.",
        "Moving house.",
        "My sister's wedding.",
        "Exam at evening college.",
    ),
}

SWAP_REASONS: dict[str, tuple[str, ...]] = {
    "zh": (
        "那天要去医院复查。",
        "家里来客人，需要接站。",
        "孩子过生日。",
        "那天要考驾照。",
    ),
    "ru": (
        "В этот день экзамен.",
        "Нужно встретить родителей в аэропорту.",
        "Приём у стоматолога.",
        "Ребёнок выступает на концерте в школе.",
    ),
    "en": (
        "Driving test that day.",
        "Picking my parents up at the airport.",
        "Dentist appointment.",
        "My daughter's school concert.",
    ),
}

REJECT_REASONS: dict[str, tuple[str, ...]] = {
    "zh": ("那一周已有两人请假，请改到下周。", "旺季期间不批年假，请另选日期。"),
    "ru": (
        "На этой неделе уже двое в отпуске, перенесите, пожалуйста, на следующую.",
        "В заезд группы отпуск не согласую, выберите другие дни.",
    ),
    "en": (
        "Two are already on leave that week; please ask for the week after.",
        "A large group arrives those days; please choose other days.",
    ),
}
