"""How often each kind of duty-log entry happens, by shift and hour, and the log's templates in
Chinese, Russian and English (one module a language)."""

from __future__ import annotations

from desk_app.demo.texts.log_en import EN
from desk_app.demo.texts.log_ru import RU
from desk_app.demo.texts.log_zh import ZH

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

TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {"zh": ZH, "ru": RU, "en": EN}
