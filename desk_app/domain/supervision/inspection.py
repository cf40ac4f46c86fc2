"""An inspection of the desk (seed 004: 检查 before 9:30 and at every handover, 不定期抽查 at any
time; 发现问题及时纠正、分析原因、提出改进措施): every item of the checklist answered, a failed one
with its cause and its correction (which becomes a follow-up with an owner and a due time), the
inspected clerks' acknowledgement or their remark when they decline, then sealed.

Who: a supervisor or a manager, never inspecting themselves. A 1-5 item fails at
:data:`FAIL_AT_MOST` or below.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import datetime, time, timedelta
from enum import StrEnum

from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.supervision.checklist import Checklist, Scoring
from desk_app.domain.text import lines
from desk_app.domain.value import Value

FAIL_AT_MOST = 2  # a score of 1 or 2 out of 5 is a failure to correct
MAX_NOTE = 1000


class InspectionKind(StrEnum):
    MORNING = "morning"  # the check before 09:30
    HANDOVER = "handover"  # at a shift change, linked to its sheet
    SPOT = "spot"  # at any time


class Result(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "na"


class Acknowledgement(StrEnum):
    PENDING = "pending"
    ACKNOWLEDGED = "acknowledged"  # the clerk's PIN
    DECLINED = "declined"  # the clerk's remark


class Answer(Value):
    code: str  # the checklist item
    result: Result | None = None  # pass / fail / n.a. (a pass-fail item, or n.a. of a scale one)
    score: int | None = None  # 1-5 (a scale item)
    note: str = ""
    cause: str = ""  # a failed item: why (分析原因)
    correction: str = ""  # a failed item: what is to be done (改进措施)
    owner_id: str | None = None  # who does it
    due_at: datetime | None = None  # by when

    @property
    def failed(self) -> bool:
        if self.score is not None:
            return self.score <= FAIL_AT_MOST
        return self.result is Result.FAIL


MORNING_BEFORE = time(9, 30)  # seed 004: the desk is checked before 9:30
EARLY_MINUTES = 5  # a clock a little ahead of the server's is not "in the future"


def check_when(kind: InspectionKind, at_local: datetime, now_local: datetime) -> None:
    """The time the supervisor gives: not to come; a morning check before 09:30."""
    if at_local > now_local + timedelta(minutes=EARLY_MINUTES):
        raise ValidationError("The inspection's time is still to come.", field="at")
    if kind is InspectionKind.MORNING and at_local.time() >= MORNING_BEFORE:
        raise ValidationError(
            "A morning check is made before {time}: choose a spot check.",
            field="kind",
            time=MORNING_BEFORE.strftime("%H:%M"),
        )


def check_inspector(inspector_id: str, clerk_ids: Sequence[str]) -> None:
    """Nobody inspects themselves; an inspection is of someone."""
    if not clerk_ids:
        raise ValidationError("Choose the clerk or clerks inspected.", field="clerks")
    if inspector_id in clerk_ids:
        raise PermissionDenied("Nobody inspects themselves: another supervisor inspects you.")


def _text(value: str, field: str, what: str) -> str:
    clean = lines(value, field)
    if len(clean) > MAX_NOTE:
        raise ValidationError(
            "{what} is at most {most} characters.", field=field, what=what, most=MAX_NOTE
        )
    return clean


def validate_answers(
    checklist: Checklist, answers: Mapping[str, Answer], now: datetime
) -> tuple[Answer, ...]:
    """The answers in the checklist's order, checked: each item answered as it is scored, a
    failed one with a cause, a correction, its owner and a due time to come."""
    found: list[Answer] = []
    unknown = set(answers) - set(checklist.codes)
    if unknown:
        raise ValidationError(
            "The answer for {code} is not an item of this checklist.",
            field="answers",
            code=sorted(unknown)[0],
        )
    for index, item in enumerate(checklist.items, start=1):
        answer = answers.get(item.code)
        field = f"answer:{item.code}"
        if answer is None or (answer.result is None and answer.score is None):
            raise ValidationError(
                "Item {number} is not answered.", field=field, number=index, code=item.code
            )
        if item.scoring is Scoring.SCALE:
            if answer.score is None and answer.result is not Result.NOT_APPLICABLE:
                raise ValidationError(
                    "Item {number} is scored 1 to 5 (or not applicable).", field=field, number=index
                )
            if answer.score is not None and not 1 <= answer.score <= 5:
                raise ValidationError(
                    "Item {number} is scored 1 to 5 (or not applicable).", field=field, number=index
                )
        elif answer.score is not None or answer.result is None:
            raise ValidationError(
                "Item {number} is answered pass, fail or not applicable.", field=field, number=index
            )
        note = _text(answer.note, field, "A note")
        cause = _text(answer.cause, field, "The cause")
        correction = _text(answer.correction, field, "The correction")
        if answer.failed:
            if not cause:
                raise ValidationError(
                    "Item {number} failed: say why (the cause).", field=field, number=index
                )
            if not correction:
                raise ValidationError(
                    "Item {number} failed: say what is to be corrected.", field=field, number=index
                )
            if answer.owner_id is None:
                raise ValidationError(
                    "Item {number} failed: name who makes the correction.",
                    field=field,
                    number=index,
                )
            if answer.due_at is None or answer.due_at <= now:
                raise ValidationError(
                    "Item {number} failed: the correction is due at a time still to come.",
                    field=field,
                    number=index,
                )
        found.append(
            Answer(
                item.code,
                None if answer.score is not None else answer.result,
                answer.score,
                note,
                cause if answer.failed else "",
                correction if answer.failed else "",
                answer.owner_id if answer.failed else None,
                answer.due_at if answer.failed else None,
            )
        )
    return tuple(found)


def answers_as_json(answers: Sequence[Answer]) -> str:
    return json.dumps(
        [
            {
                "code": a.code,
                "result": a.result.value if a.result else None,
                "score": a.score,
                "note": a.note,
                "cause": a.cause,
                "correction": a.correction,
                "owner_id": a.owner_id,
                "due_at": a.due_at.isoformat() if a.due_at else None,
            }
            for a in answers
        ],
        ensure_ascii=False,
    )


def answers_from_json(data: str) -> tuple[Answer, ...]:
    return tuple(
        Answer(
            d["code"],
            Result(d["result"]) if d.get("result") else None,
            d.get("score"),
            d.get("note", ""),
            d.get("cause", ""),
            d.get("correction", ""),
            d.get("owner_id"),
            datetime.fromisoformat(d["due_at"]) if d.get("due_at") else None,
        )
        for d in json.loads(data)
    )


def check_acknowledger(person_id: str, clerk_ids: Sequence[str]) -> None:
    """Only an inspected clerk acknowledges (or declines) their inspection."""
    if person_id not in clerk_ids:
        raise PermissionDenied("Only a clerk who was inspected acknowledges the inspection.")


def decline_remark(remark: str) -> str:
    clean = _text(remark, "remark", "The remark")
    if not clean:
        raise ValidationError("Say why you do not acknowledge the inspection.", field="remark")
    return clean


def seal_of_inspection(content: str, journal_hash: str) -> str:
    """SHA-256 over the inspection as acknowledged and the journal head then: printed on its
    PDF and recomputed by ``verify``."""
    digest = hashlib.sha256(content.encode("utf-8"))
    digest.update(b"\n")
    digest.update(journal_hash.encode("ascii"))
    return digest.hexdigest()


def inspection_content(fields: Mapping[str, object]) -> str:
    """What an inspection's seal covers, as canonical JSON: the stored record's fields (the list,
    the answers, who, when, the acknowledgement) as strings; the photo by its SHA-256. ``verify``
    builds it again from the row and compares."""

    def plain(value: object) -> object:
        if isinstance(value, bytes | bytearray | memoryview):
            return hashlib.sha256(bytes(value)).hexdigest()
        if isinstance(value, datetime):
            return value.isoformat()
        return value

    return json.dumps({k: plain(v) for k, v in fields.items()}, sort_keys=True, ensure_ascii=False)


SEALED_FIELDS: tuple[str, ...] = (
    "num",
    "station",
    "kind",
    "at",
    "inspector_id",
    "clerks",
    "handover_id",
    "checklist_version",
    "checklist",
    "answers",
    "comment",
    "photo",
    "ack_state",
    "ack_by",
    "ack_at",
    "ack_remark",
)
