"""The inspection checklist (seed 004, 检查 / 不定期抽查): the items a supervisor checks at the desk,
in order, each scored pass / fail / not applicable or 1 to 5.

The manager edits the list; every saved list is a new version, and an inspection keeps its own
copy of the list it was made on, so an item removed or renamed later leaves old inspections as
they were. The ten items of the seed are the default: their ``code`` names them, their ``text`` is
empty and the reader's language gives their words; an item the manager adds or renames has its
own text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from enum import StrEnum

from desk_app.domain.errors import ValidationError
from desk_app.domain.text import line
from desk_app.domain.value import Value


class Scoring(StrEnum):
    PASS_FAIL = "pass_fail"  # pass, fail or not applicable
    SCALE = "scale"  # 1 (poor) to 5 (excellent), or not applicable


# Seed 004's list, in its order: 仪容仪表行为规范, 值班记录, 前台环境, 服务意识及服务技能, 交接班情况,
# 客户信息处理情况, 客户诉求、意见处理情况, 待跟进事项处理情况, 有偿服务、便民服务情况, 其它临时性事项.
DEFAULT_CODES: tuple[str, ...] = (
    "appearance",
    "duty_log",
    "environment",
    "service",
    "handover",
    "guest_information",
    "requests_and_complaints",
    "follow_ups",
    "paid_services",
    "other",
)

MAX_ITEMS = 40
MAX_TEXT = 120
_CODE = re.compile(r"[a-z0-9_]{1,40}")


class ChecklistItem(Value):
    code: str  # stable within a list; an inspection's answers name it
    text: str = ""  # the manager's words; empty: the default item's words in the reader's language
    scoring: Scoring = Scoring.PASS_FAIL


class Checklist(Value):
    version: int  # 0: the default, never saved
    items: tuple[ChecklistItem, ...]

    def item(self, code: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.code == code), None)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(i.code for i in self.items)


DEFAULT_CHECKLIST = Checklist(0, tuple(ChecklistItem(code) for code in DEFAULT_CODES))


def validate_items(items: Sequence[ChecklistItem]) -> tuple[ChecklistItem, ...]:
    """The list as a manager saved it, checked: at least one item, at most :data:`MAX_ITEMS`,
    codes unique, an item that is not a default one has words of its own."""
    if not items:
        raise ValidationError("The checklist needs at least one item.", field="items")
    if len(items) > MAX_ITEMS:
        raise ValidationError(
            "The checklist holds at most {most} items.", field="items", most=MAX_ITEMS
        )
    clean: list[ChecklistItem] = []
    seen: set[str] = set()
    for item in items:
        code = item.code.strip().lower()
        if not _CODE.fullmatch(code):
            raise ValidationError(
                "An item's code is 1 to 40 letters a-z, digits or _: {code}.",
                field="items",
                code=item.code,
            )
        if code in seen:
            raise ValidationError("Two items have the code {code}.", field="items", code=code)
        seen.add(code)
        text = line(item.text, "items")
        if len(text) > MAX_TEXT:
            raise ValidationError(
                "An item's words are at most {most} characters.", field="items", most=MAX_TEXT
            )
        if not text and code not in DEFAULT_CODES:
            raise ValidationError("Say what the item {code} checks.", field="items", code=code)
        clean.append(ChecklistItem(code, text, Scoring(item.scoring)))
    return tuple(clean)


def checklist_as_json(items: Sequence[ChecklistItem]) -> str:
    return json.dumps(
        [{"code": i.code, "text": i.text, "scoring": i.scoring.value} for i in items],
        ensure_ascii=False,
    )


def checklist_from_json(version: int, data: str) -> Checklist:
    return Checklist(
        version,
        tuple(
            ChecklistItem(d["code"], d.get("text", ""), Scoring(d.get("scoring", "pass_fail")))
            for d in json.loads(data)
        ),
    )
