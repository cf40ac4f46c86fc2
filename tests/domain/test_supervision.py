"""Supervision's rules without Qt or SQL: who inspects, the checklist's versions, a failed item's
correction, on-time review and the days to remind of."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.roles import Capability, Role, can
from desk_app.domain.supervision.checklist import (
    DEFAULT_CHECKLIST,
    Checklist,
    ChecklistItem,
    Scoring,
    checklist_as_json,
    checklist_from_json,
    validate_items,
)
from desk_app.domain.supervision.inspection import (
    Answer,
    Result,
    answers_as_json,
    answers_from_json,
    check_acknowledger,
    check_inspector,
    decline_remark,
    seal_of_inspection,
    validate_answers,
)
from desk_app.domain.supervision.review import (
    check_reviewable,
    days_to_remind,
    note_text,
    on_time,
)

NOW = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)
LIST = Checklist(
    3,
    (
        ChecklistItem("appearance"),
        ChecklistItem("duty_log"),
        ChecklistItem("smile", "Greets each guest with a smile", Scoring.SCALE),
    ),
)


def passing(**more: Answer) -> dict[str, Answer]:
    answers = {
        "appearance": Answer("appearance", Result.PASS),
        "duty_log": Answer("duty_log", Result.NOT_APPLICABLE),
        "smile": Answer("smile", score=4),
    }
    return answers | more


def test_only_supervisors_and_managers_inspect_and_nobody_themselves():
    assert not can(Role.CLERK, Capability.INSPECT)
    assert can(Role.SUPERVISOR, Capability.INSPECT) and can(Role.MANAGER, Capability.INSPECT)
    check_inspector("sup", ["c1", "c2"])
    with pytest.raises(PermissionDenied):
        check_inspector("sup", ["c1", "sup"])
    with pytest.raises(ValidationError):
        check_inspector("sup", [])


def test_the_default_checklist_is_the_seeds_ten_items():
    assert len(DEFAULT_CHECKLIST.items) == 10
    assert DEFAULT_CHECKLIST.codes[0] == "appearance" and DEFAULT_CHECKLIST.codes[-1] == "other"


def test_a_checklist_is_checked_and_kept_as_json():
    items = validate_items(
        [ChecklistItem(" Duty_Log "), ChecklistItem("smile", " Smiles ", "scale")]
    )
    assert items == (ChecklistItem("duty_log"), ChecklistItem("smile", "Smiles", Scoring.SCALE))
    assert checklist_from_json(4, checklist_as_json(items)) == Checklist(4, items)
    for bad in (
        [],
        [ChecklistItem("a b")],
        [ChecklistItem("duty_log"), ChecklistItem("duty_log")],
        [ChecklistItem("new_item")],  # not a default one: needs words
        [ChecklistItem("x", "y" * 121)],
    ):
        with pytest.raises(ValidationError):
            validate_items(bad)


def test_every_item_answered_as_it_is_scored():
    done = validate_answers(LIST, passing(), NOW)
    assert [a.code for a in done] == ["appearance", "duty_log", "smile"]
    with pytest.raises(ValidationError) as missing:
        validate_answers(LIST, {"appearance": Answer("appearance", Result.PASS)}, NOW)
    assert missing.value.field == "answer:duty_log"
    with pytest.raises(ValidationError):
        validate_answers(LIST, passing(smile=Answer("smile", Result.PASS)), NOW)
    with pytest.raises(ValidationError):
        validate_answers(LIST, passing(smile=Answer("smile", score=6)), NOW)
    with pytest.raises(ValidationError):
        validate_answers(LIST, passing(appearance=Answer("appearance", score=3)), NOW)
    with pytest.raises(ValidationError):
        validate_answers(LIST, passing(ghost=Answer("ghost", Result.PASS)), NOW)
    # A scale item may be not applicable.
    validate_answers(LIST, passing(smile=Answer("smile", Result.NOT_APPLICABLE)), NOW)


def test_a_failed_item_needs_a_cause_a_correction_an_owner_and_a_due_time_to_come():
    due = NOW + timedelta(hours=4)
    failed = Answer(
        "appearance", Result.FAIL, cause="No badge", correction="Wear it", owner_id="c1"
    )
    for answer in (
        Answer("appearance", Result.FAIL, correction="Wear it", owner_id="c1", due_at=due),
        Answer("appearance", Result.FAIL, cause="No badge", owner_id="c1", due_at=due),
        Answer("appearance", Result.FAIL, cause="No badge", correction="Wear it", due_at=due),
        failed,
        Answer(
            "appearance",
            Result.FAIL,
            cause="No badge",
            correction="Wear it",
            owner_id="c1",
            due_at=NOW - timedelta(minutes=1),
        ),
    ):
        with pytest.raises(ValidationError):
            validate_answers(LIST, passing(appearance=answer), NOW)
    ok = validate_answers(
        LIST,
        passing(
            appearance=Answer(
                "appearance",
                Result.FAIL,
                cause="No badge",
                correction="Wear it",
                owner_id="c1",
                due_at=due,
            ),
            smile=Answer(
                "smile", score=2, cause="Tired", correction="Coaching", owner_id="c2", due_at=due
            ),
        ),
        NOW,
    )
    assert [a.failed for a in ok] == [True, False, True]
    assert answers_from_json(answers_as_json(ok)) == ok
    # A passed item keeps no correction typed by mistake.
    kept = validate_answers(
        LIST, passing(smile=Answer("smile", score=5, cause="x", correction="y", owner_id="c1")), NOW
    )
    assert kept[2].cause == "" and kept[2].owner_id is None


def test_acknowledgement_by_an_inspected_clerk_and_a_decline_says_why():
    check_acknowledger("c1", ["c1", "c2"])
    with pytest.raises(PermissionDenied):
        check_acknowledger("c3", ["c1", "c2"])
    with pytest.raises(ValidationError):
        decline_remark("   ")
    assert decline_remark(" Not fair ") == "Not fair"


def test_the_seal_changes_with_content_and_head():
    a = seal_of_inspection("content", "0" * 64)
    assert len(a) == 64
    assert a != seal_of_inspection("content.", "0" * 64)
    assert a != seal_of_inspection("content", "1" * 64)


def test_a_day_is_reviewed_once_worked_and_on_time_by_half_past_nine_next_day():
    check_reviewable(date(2026, 3, 14), date(2026, 3, 14))
    with pytest.raises(ValidationError):
        check_reviewable(date(2026, 3, 15), date(2026, 3, 14))
    assert on_time(date(2026, 3, 13), datetime(2026, 3, 14, 9, 30))
    assert not on_time(date(2026, 3, 13), datetime(2026, 3, 14, 9, 31))
    assert not on_time(date(2026, 3, 13), datetime(2026, 3, 14, 9, 0), time(8, 0))
    with pytest.raises(ValidationError):
        note_text(" ")


def test_the_days_to_remind_of_start_with_yesterday_at_the_review_time():
    first = date(2026, 3, 10)
    reviewed = {date(2026, 3, 11), date(2026, 3, 12)}
    before = days_to_remind(datetime(2026, 3, 14, 9, 29), reviewed, first)
    assert before == [date(2026, 3, 10)]  # the 13th is not due before 09:30 on the 14th
    after = days_to_remind(datetime(2026, 3, 14, 9, 30), reviewed, first)
    assert after == [date(2026, 3, 13), date(2026, 3, 10)]
    assert days_to_remind(datetime(2026, 3, 14, 12), reviewed, first, time(12, 30)) == [
        date(2026, 3, 10)
    ]
