"""The duty report's first page: totals per book, counted on SQLite and PostgreSQL with indexed
ranges only (EXPLAIN QUERY PLAN of every statement the report runs, on SQLite)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import event, text

from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.duty_report import duty_report
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import views as handover_views
from desk_app.services.keys import commands as keys_commands
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.services.lostfound import commands as lostfound_commands
from tests.conftest import CLERK_PIN, SUPERVISOR_PIN
from tests.services.test_duty_report import _signature
from tests.services.test_lostfound import register, return_values


def _act(desk, actor, view, action, **kw):
    return complaints_commands.act(
        desk, actor, view.id, action, expected_version=view.version, note=f"{action} step", **kw
    )


def _intake(desk, clerk, clock, guest: str, minutes: int):
    return complaints_commands.intake(
        desk, clerk, channel="walk_in", guest_name=guest, room="1208", category="maintenance",
        severity="medium", text="Не работает кондиционер",
        promised_at=clock.now() + timedelta(minutes=minutes),
    )  # fmt: skip


@pytest.fixture
def busy_day(desk, clerk, supervisor, manager, clock):
    """Before the day: an item found 91 days ago. In the day: two entries, two complaints (one
    settled, rated 4 and closed; one left overdue), an item found and returned, the old one
    disposed of, a key issued and not back in time, a sheet sealed with one discrepancy."""
    old = register(desk, clerk, category="clothing", description="синий шарф")
    clock.advance(timedelta(days=91))
    start = clock.now()
    log_commands.record_entry(desk, clerk, category="note", text="Смена принята")
    log_commands.record_entry(desk, clerk, category="incident", text="1203房漏水", important=True)
    late = _intake(desk, clerk, clock, "Иван Петров", 30)
    settled = _intake(desk, clerk, clock, "王芳", 120)
    settled = _act(desk, clerk, settled, "acknowledge")
    settled = _act(desk, clerk, settled, "resolve", outcome="Fixed")
    settled = _act(desk, clerk, settled, "follow_up", reached=True, satisfaction=4)
    _act(desk, clerk, settled, "close")
    clock.advance(timedelta(minutes=10))
    item = register(desk, clerk, found_at=clock.now() - timedelta(minutes=5))
    lostfound_commands.return_item(desk, clerk, item.id, **return_values())
    lostfound_commands.propose_disposal(desk, clerk, old.id, "donated", "В фонд")
    lostfound_commands.decide_disposal(desk, supervisor, old.id, approve=True)
    keys_commands.add_key(
        desk, manager, code="F12", label="Floor 12", key_type="floor", hook_row=1, hook_col=1
    )
    keys_commands.issue_key(
        desk, clerk, "F12", holder_kind="staff", holder_id=clerk.id, purpose="Housekeeping",
        expected_back=clock.now() + timedelta(hours=1),
    )  # fmt: skip
    draft = handover_commands.start_handover(desk, clerk)
    counts = {name: 1 for name in handover_views.get_policy(desk).count_items}
    found = handover_views.Discrepancy("Cash float", "1000", "950", "Short by 50")
    handover_commands.save_draft(
        desk, clerk, draft.id, handover_views.Draft(counts=counts, discrepancies=(found,)),
        incoming_id=supervisor.id,
    )  # fmt: skip
    handover_commands.sign_handover(
        desk, clerk, draft.id, meaning="handed_over", pin=CLERK_PIN, signature=_signature()
    )
    for entry in log_views.unread_important(desk, supervisor, since=draft.shift_start):
        log_commands.mark_read(desk, supervisor, entry.id)
    handover_commands.sign_handover(
        desk, supervisor, draft.id, meaning="accepted", pin=SUPERVISOR_PIN, signature=_signature()
    )
    clock.advance(timedelta(hours=2))  # the first complaint's promise and the key's have passed
    assert late.status
    return start, clock.now()


def test_totals_per_book(busy_day, desk, supervisor):
    start, end = busy_day
    report = duty_report(desk, supervisor, start, end)
    s = report.summary
    entries = report.sections[0]
    assert s.entries == len(entries.rows) and s.important == len(entries.flagged) >= 1
    assert dict(s.entries_by_category) == Counter(r[2] for r in entries.rows)
    assert dict(s.entries_by_category)["incident"] == 1
    assert sum(n for _c, n in s.entries_by_category) == s.entries
    assert (s.complaints_opened, s.complaints_settled, s.complaints_overdue) == (2, 1, 1)
    assert s.satisfaction_average == pytest.approx(4.0) and s.satisfaction_count == 1
    assert (s.found_in, s.found_returned, s.found_disposed) == (1, 1, 1)
    assert s.key_movements == 1 and s.key_movements_by_kind == (("issue", 1),)
    assert s.keys_overdue == 1
    assert (s.handovers_sealed, s.discrepancies) == (1, 1)


def test_an_empty_period_has_zero_totals(busy_day, desk, supervisor):
    start, _end = busy_day
    s = duty_report(desk, supervisor, start - timedelta(days=1), start).summary
    assert s.entries == s.complaints_opened == s.found_in == s.handovers_sealed == 0
    assert s.entries_by_category == () and s.satisfaction_average is None
    assert s.keys_overdue == 1  # as the report is made: the key is late now


def test_every_statement_uses_an_index(busy_day, desk, supervisor):
    """No statement of the report reads a whole table that grows with the years (the key board,
    a row per physical key, is the one table read whole)."""
    if desk.db.dialect != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    start, end = busy_day
    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(desk.db.engine, "before_cursor_execute", seen)
    try:
        duty_report(desk, supervisor, start, end)
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", seen)
    assert len(statements) >= 12
    scans = []
    with desk.db.engine.connect() as conn:
        for statement, parameters in statements:
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
            for row in plan:
                detail = row[-1]
                if detail.startswith("SCAN") and not detail.startswith("SCAN key_asset"):
                    scans.append((detail, statement))
        assert conn.execute(text("SELECT 1")).scalar() == 1
    assert scans == []
