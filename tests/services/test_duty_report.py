"""The daily duty report on SQLite and PostgreSQL: every book of a period as sections; a
supervisor may make it, a clerk may not; the command line (no actor) may."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from PIL import Image

from desk_app.book_text import render
from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.handover.rules import COMMAND_LINE
from desk_app.domain.signature import Signature
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.duty_report import duty_report
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import views as handover_views
from desk_app.services.keys import commands as keys_commands
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.services.lostfound import commands as lostfound_commands
from tests.conftest import CLERK_PIN, SUPERVISOR_PIN


def _signature() -> Signature:
    buf = io.BytesIO()
    Image.new("RGB", (200, 80), "white").save(buf, "PNG")
    stroke = tuple((10.0 + i * 5, 40.0 + (i % 4) * 7) for i in range(30))
    return Signature(strokes=(stroke,), width=320, height=120, png=buf.getvalue())


@pytest.fixture
def day(desk, clerk, supervisor, manager, clock):
    """A morning: entries (one important), a complaint, a found item, a key out and back, and a
    sealed handover."""
    start = clock.now() - timedelta(hours=1)
    log_commands.record_entry(desk, clerk, category="note", text="Смена принята, всё спокойно")
    log_commands.record_entry(desk, clerk, category="incident", text="1203房漏水", important=True)
    complaints_commands.intake(
        desk,
        clerk,
        channel="walk_in",
        guest_name="Иван Петров",
        room="1208",
        category="maintenance",
        severity="medium",
        text="Не работает кондиционер",
        promised_at=clock.now() + timedelta(minutes=30),
    )
    lostfound_commands.register_item(
        desk,
        clerk,
        found_at=clock.now() - timedelta(minutes=20),
        found_place="Lobby 大堂",
        finder_kind="guest",
        finder_name="Anna Smith",
        description="黑色雨伞, black umbrella",
        category="other",
        storage_place="Shelf B",
    )
    keys_commands.add_key(
        desk, manager, code="F12", label="Floor 12", key_type="floor", hook_row=1, hook_col=1
    )
    keys_commands.issue_key(
        desk,
        clerk,
        "F12",
        holder_kind="staff",
        holder_id=clerk.id,
        purpose="Housekeeping",
        expected_back=clock.now() + timedelta(hours=1),
    )
    draft = handover_commands.start_handover(desk, clerk)
    counts = {item: 1 for item in handover_views.get_policy(desk).count_items}
    handover_commands.save_draft(
        desk, clerk, draft.id, handover_views.Draft(counts=counts), incoming_id=supervisor.id
    )
    handover_commands.sign_handover(
        desk, clerk, draft.id, meaning="handed_over", pin=CLERK_PIN, signature=_signature()
    )
    for entry in log_views.unread_important(desk, supervisor, since=draft.shift_start):
        log_commands.mark_read(desk, supervisor, entry.id)
    sealed = handover_commands.sign_handover(
        desk, supervisor, draft.id, meaning="accepted", pin=SUPERVISOR_PIN, signature=_signature()
    )
    clock.advance(timedelta(hours=2))  # the complaint's promise has passed
    return start, clock.now(), sealed


def test_sections_and_rows(day, desk, supervisor, clerk):
    start, end, sealed = day
    report = duty_report(desk, supervisor, start, end)
    assert report.made_by == supervisor.name and report.period_start == start
    by_key = {s.key: s for s in report.sections}
    assert list(by_key) == [
        "duty_log",
        "complaints",
        "lostfound",
        "key_movements",
        "handovers",
        "day_reviews",
        "inspections",
    ]

    entries = by_key["duty_log"]
    texts = [r[4] for r in entries.rows]
    assert texts[:2] == ["Смена принята, всё спокойно", "1203房漏水"]
    assert entries.flagged == (1,)
    assert entries.rows[0][5] == clerk.name and entries.coded == ("category",)
    assert "important" not in entries.columns  # marked by the flagged (red) rows instead

    (complaint,) = by_key["complaints"].rows
    assert complaint[2] == "Иван Петров" and complaint[4] == "maintenance"
    assert by_key["complaints"].flagged == (0,)  # overdue now

    assert len(by_key["lostfound"].rows) == 1
    # The program's line, kept as its message: printed in the report's language.
    assert "umbrella" in render(by_key["lostfound"].rows[0][1], "en")

    (move,) = by_key["key_movements"].rows
    assert move[1:5] == ("issue", "F12", "Floor 12", clerk.name)
    assert move[5] == "Housekeeping"

    (sheet,) = by_key["handovers"].rows
    assert sheet[0] == sealed.num and sheet[3:] == (clerk.name, supervisor.name, sealed.seal)


def test_period_bounds_and_who_may(day, desk, clerk, manager):
    start, end, _sealed = day
    with pytest.raises(PermissionDenied):
        duty_report(desk, clerk, start, end)
    assert duty_report(desk, manager, start, end).made_by == manager.name
    cli = duty_report(desk, None, start, end)
    assert cli.made_by == COMMAND_LINE and cli.sections[0].rows
    # A period before anything happened: every section empty.
    earlier = duty_report(desk, None, start - timedelta(days=1), start)
    assert all(not s.rows for s in earlier.sections)
    with pytest.raises(ValidationError):
        duty_report(desk, None, end, start)
