"""The inspections over a period, counted: per clerk and month, the fail rate by item and by
clerk (not-applicable answers left out), the days reviewed on time as a share, the corrections
open and overdue; supervisors and managers only. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app.domain.errors import PermissionDenied
from desk_app.domain.supervision.inspection import Answer, Result
from desk_app.services.log import commands as log_commands
from desk_app.services.supervision import analysis, inspections, review
from desk_app.services.supervision import checklist as checklists
from tests.conftest import START


def _inspect(desk, supervisor, clerk, failed: tuple[str, ...] = (), na: tuple[str, ...] = ()):
    listing = checklists.get_checklist(desk, supervisor)
    answers = {}
    for code in listing.codes:
        if code in failed:
            answers[code] = Answer(
                code,
                Result.FAIL,
                cause="why",
                correction="what",
                owner_id=clerk.id,
                due_at=desk.clock.now() + timedelta(hours=2),
            )
        elif code in na:
            answers[code] = Answer(code, Result.NOT_APPLICABLE)
        else:
            answers[code] = Answer(code, Result.PASS)
    return inspections.record_inspection(
        desk,
        supervisor,
        kind="spot",
        at=desk.clock.now() - timedelta(minutes=1),
        clerk_ids=[clerk.id],
        checklist_version=listing.version,
        answers=answers,
    )


def test_the_period_counted(desk, clock, supervisor, clerk, manager):
    log_commands.record_entry(desk, clerk, category="note", text="Day one.")
    day0 = desk.clock.now().astimezone().date()
    _inspect(desk, supervisor, clerk, failed=("duty_log",), na=("paid_services",))
    clock.set(START + timedelta(days=1))
    _inspect(desk, supervisor, clerk, failed=("duty_log", "appearance"))
    review.mark_reviewed(desk, supervisor, day0)  # day one, on time (09:30 next day)
    clock.set(START + timedelta(days=3, hours=2))  # the corrections are overdue now
    with pytest.raises(PermissionDenied):
        analysis.inspection_analysis(desk, clerk, day0, day0 + timedelta(days=3))
    found = analysis.inspection_analysis(desk, manager, day0, day0 + timedelta(days=3))
    assert found.inspections == 2
    assert [(c.clerk, c.inspections, c.failed_items) for c in found.per_clerk_month] == [
        (clerk.name, 2, 3)
    ]
    top = found.by_item[0]
    assert (top.key, top.answered, top.failed) == ("duty_log", 2, 2)
    paid = next(r for r in found.by_item if r.key == "paid_services")
    assert paid.answered == 1  # the not-applicable answer is left out
    (mine,) = found.by_clerk
    assert (mine.answered, mine.failed) == (19, 3)
    # Days due: the first three (the fourth is today); one reviewed on time.
    assert (found.days_due, found.days_on_time) == (3, 1)
    assert round(found.on_time_share, 3) == 0.333
    assert (found.corrections_open, found.corrections_overdue) == (3, 3)


def test_items_named_by_the_current_list_or_the_copy_kept(desk, supervisor, clerk, manager):
    """An item renamed since is read by its new words; one removed since by the words the
    inspection kept; a default item keeps its code (the reader's language names it)."""
    from desk_app.domain.supervision.checklist import ChecklistItem

    checklists.save_checklist(
        desk,
        manager,
        [ChecklistItem("duty_log"), ChecklistItem("uniform", "Uniform pressed")],
    )
    _inspect(desk, supervisor, clerk, failed=("uniform",))
    checklists.save_checklist(
        desk,
        manager,
        [ChecklistItem("duty_log", "The log, every page"), ChecklistItem("badge", "Name badge")],
    )
    _inspect(desk, supervisor, clerk)
    day = desk.clock.now().astimezone().date()
    found = analysis.inspection_analysis(desk, manager, day, day)
    assert [r.key for r in found.by_item] == ["uniform", "badge", "duty_log"]
    assert [(i.code, i.text) for i in found.items] == [
        ("uniform", "Uniform pressed"),  # removed since: the kept copy's words
        ("badge", "Name badge"),
        ("duty_log", "The log, every page"),  # renamed since: the current words
    ]
    assert found.item("nothing").code == "nothing" and found.item("nothing").text == ""


def test_the_command_line_reads_without_signing_in(desk, supervisor, clerk):
    """No actor: the command line (``export inspections``), whoever holds the database file."""
    first = _inspect(desk, supervisor, clerk, failed=("duty_log",))
    second = _inspect(desk, supervisor, clerk)
    day = desk.clock.now().astimezone().date()
    assert analysis.inspection_analysis(desk, None, day, day).inspections == 2
    records = analysis.period_inspections(desk, None, day, day)
    assert [r.id for r in records] == [first.id, second.id]  # oldest first
    assert records[0].failed == 1 and records[0].clerk_names == (clerk.name,)
    with pytest.raises(PermissionDenied):
        analysis.period_inspections(desk, clerk, day, day)
    assert len(analysis.period_inspections(desk, supervisor, day, day)) == 2
