"""Complaint services on SQLite and PostgreSQL: intake, every step, refusals, authority, overdue,
the register's pages, filters and search, and two stations acting on one complaint at once.

Every step is one transaction of three journaled writes (the complaint, its history event, a
duty-log entry of category complaint that links to it); a refused step writes none of them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.pool import NullPool

from desk_app.domain.complaints import (
    Action,
    Channel,
    ComplaintCategory,
    NeedsEscalation,
    Severity,
    Status,
    TransitionRefused,
)
from desk_app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desk_app.domain.log import Category
from desk_app.services import accounts, settings
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.complaints import views as complaints_views
from desk_app.services.complaints import writes as complaints_writes
from desk_app.services.complaints.views import ComplaintFilter, ComplaintView
from desk_app.services.desk import Desk
from desk_app.services.log import views as log_views
from desk_app.store.database import connect
from desk_app.store.journal import JOURNAL_LOCK_KEY
from desk_app.store.journal_codec import payload_text
from desk_app.store.tables import complaint, complaint_event, journal, log_entry
from desk_app.store.verify import verify
from tests.conftest import START, SUPERVISOR_PIN

TABLES = (complaint, complaint_event, log_entry, journal)
EVERYTHING = ComplaintFilter()


def make_person(desk: Desk, manager, name: str, role: str, pin: str):
    made = accounts.add_person(desk, manager, name=name, role=role, pin=pin, pin_repeat=pin)
    return accounts.sign_in(desk, person_id=made.id, pin=pin)


def counts(db) -> dict[str, int]:
    with db.read() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in TABLES
        }


def stored(db, complaint_id: str) -> dict:
    with db.read() as conn:
        return dict(
            conn.execute(select(complaint).where(complaint.c.id == complaint_id)).one()._mapping
        )


def log_rows(db, complaint_id: str) -> list:
    with db.read() as conn:
        return conn.execute(
            select(log_entry)
            .where(log_entry.c.complaint_id == complaint_id)
            .order_by(log_entry.c.num)
        ).all()


def assert_verifies(db) -> None:
    report = verify(db)
    assert report.ok, [p.describe() for p in report.problems]


def take(desk: Desk, actor, **overrides) -> ComplaintView:
    now = desk.clock.now()
    values = dict(
        channel="walk_in",
        guest_name="Иван Петров",
        room="1208",
        contact="+7 912 555-12-34",
        category="maintenance",
        severity="medium",
        text="Номер 1208: не работает кондиционер, жарко",
        promised_at=now + timedelta(hours=2),
    )
    values.update(overrides)
    return complaints_commands.intake(desk, actor, **values)


def step(desk: Desk, actor, view: ComplaintView, action: str, note: str = "", **kw):
    return complaints_commands.act(
        desk,
        actor,
        view.id,
        action,
        expected_version=view.version,
        note=note or f"{action}: 已处理",
        **kw,
    )


# --- intake ---------------------------------------------------------------------------------------


def test_intake_writes_the_complaint_its_event_and_a_log_entry(desk, clerk, clock):
    before = counts(desk.db)
    promised = clock.now() + timedelta(minutes=30)
    view = take(
        desk,
        clerk,
        received_at=clock.now() - timedelta(minutes=4),
        channel="phone",
        guest_name="  张 先生 ",
        room=" 806 ",
        category="noise",
        severity="low",
        text="  806房投诉隔壁太吵，无法入睡  ",
        promised_at=promised,
    )
    assert view.num == 1
    assert view.received_at == clock.now() - timedelta(minutes=4)
    assert view.channel is Channel.PHONE
    assert (view.guest_name, view.room, view.text) == (
        "张 先生",
        "806",
        "806房投诉隔壁太吵，无法入睡",
    )
    assert view.category is ComplaintCategory.NOISE and view.severity is Severity.LOW
    assert view.promised_at == promised
    assert view.status is Status.RECEIVED and view.version == 1 and not view.overdue
    assert (view.created_by_name, view.station) == ("王芳", "Test desk")
    assert view.compensation == Decimal("0.00")
    assert view.allowed_actions == [
        Action.ACKNOWLEDGE,
        Action.ASSIGN,
        Action.ESCALATE,
        Action.REPLY,
    ]

    after = counts(desk.db)
    assert {k: after[k] - before[k] for k in after} == {
        "complaint": 1,
        "complaint_event": 1,
        "log_entry": 1,
        "journal": 3,
    }
    detail = complaints_views.complaint_detail(desk, clerk, view.id)
    assert detail.complaint == view
    [event] = detail.events
    assert (event.action, event.from_status, event.to_status) == ("intake", None, Status.RECEIVED)
    assert (event.actor_name, event.at, event.note) == ("王芳", clock.now(), view.text)
    assert json.loads(event.data) == {"promised_at": promised.isoformat()}

    [entry] = log_rows(desk.db, view.id)
    assert entry.category == Category.COMPLAINT.value
    # The program's sentence (in the reader's language) with the clerk's words as typed.
    assert (entry.text, entry.message, entry.room, entry.party) == (
        "",
        "complaint.intake",
        "806",
        "张 先生",
    )
    assert json.loads(entry.message_values) == {"num": str(view.num), "note": view.text}
    assert (entry.author_id, entry.station) == (clerk.id, "Test desk")
    shown = log_views.get_entry(desk, clerk, entry.id)
    assert shown.category is Category.COMPLAINT and shown.at == clock.now()
    assert shown.text == f"Complaint #{view.num} received: {view.text}"  # no translator: English
    assert_verifies(desk.db)


def test_intake_numbers_follow_each_other(desk, clerk, supervisor):
    first = take(desk, clerk)
    second = take(desk, supervisor, text="Dirty room on arrival, hair in the bathroom")
    assert (first.num, second.num) == (1, 2)
    assert [e.num for e in log_views.list_entries(desk, clerk).rows] == [2, 1]


def test_printed_numbers_lead_back_to_the_records(desk, clerk, supervisor):
    """A handover sheet or duty report names complaints and entries by number; the window opens
    them from there."""
    first = take(desk, clerk)
    second = take(desk, supervisor, text="Dirty room on arrival, hair in the bathroom")
    assert complaints_views.complaint_id_of(desk, clerk, second.num) == second.id
    assert complaints_views.complaint_id_of(desk, clerk, first.num) == first.id
    entries = log_views.list_entries(desk, clerk).rows
    assert {log_views.entry_id_of(desk, clerk, e.num) for e in entries} == {e.id for e in entries}
    with pytest.raises(NotFound, match="complaint"):
        complaints_views.complaint_id_of(desk, clerk, 99)
    with pytest.raises(NotFound, match="entry"):
        log_views.entry_id_of(desk, clerk, 99)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"promised_at": None}, "promised_at"),
        ({"received_at": "past", "promised_at": "before"}, "promised_at"),
        ({"received_at": "future"}, "received_at"),
        ({"text": "   "}, "text"),
        ({"guest_name": ""}, "guest_name"),
        ({"channel": "fax"}, "channel"),
        ({"category": "weather"}, "category"),
        ({"severity": "urgent"}, "severity"),
    ],
)
def test_bad_intake_writes_nothing(desk, clerk, clock, overrides, field):
    now = clock.now()
    values = dict(overrides)
    if values.get("received_at") == "past":
        values["received_at"] = now - timedelta(hours=1)
    if values.get("promised_at") == "before":
        values["promised_at"] = now - timedelta(hours=2)
    if values.get("received_at") == "future":
        values["received_at"] = now + timedelta(hours=1)
        values["promised_at"] = now + timedelta(hours=3)
    before = counts(desk.db)
    with pytest.raises(ValidationError) as refused:
        take(desk, clerk, **values)
    assert refused.value.field == field
    assert counts(desk.db) == before


def test_intake_needs_an_active_account(desk, manager, clerk):
    accounts.deactivate_person(desk, manager, clerk.id)
    before = counts(desk.db)
    with pytest.raises(PermissionDenied):
        take(desk, clerk)
    assert counts(desk.db) == before


# --- every step ---------------------------------------------------------------------------------


def test_every_step_writes_the_complaint_an_event_and_a_log_entry(
    desk, manager, clerk, supervisor, clock
):
    colleague = make_person(desk, manager, "Яна Кузнецова", "clerk", "8642")
    view = take(desk, clerk, severity="high", text="Ceiling leak over the bed in 1208")
    t0 = clock.now()
    walk = [
        # (who, action, kwargs, expected status)
        (clerk, "acknowledge", {}, Status.ACKNOWLEDGED),
        (clerk, "assign", {"assignee_id": colleague.id}, Status.ASSIGNED),
        (colleague, "escalate", {"escalate_to_id": supervisor.id}, Status.ESCALATED),
        (supervisor, "reply", {}, Status.REPLIED),
        (
            supervisor,
            "resolve",
            {
                "outcome": "Moved to 1410, one night refunded",
                "compensation": "850,00",
                "compensation_kind": "refund",
                "pin": SUPERVISOR_PIN,  # above the limit
            },
            Status.RESOLVED,
        ),
        (clerk, "follow_up", {"reached": True, "satisfaction": 4}, Status.FOLLOWED_UP),
        (clerk, "close", {}, Status.CLOSED),
        (supervisor, "reopen", {"promised_at": START + timedelta(days=1)}, Status.ACKNOWLEDGED),
    ]
    for i, (who, action, kwargs, status) in enumerate(walk, 1):
        clock.advance(timedelta(minutes=10))
        before = counts(desk.db)
        note = f"Шаг {i}: {action} — 第{i}步"
        previous = view
        view = step(desk, who, view, action, note, **kwargs)
        assert view.status is status, action
        assert view.version == previous.version + 1
        after = counts(desk.db)
        assert {k: after[k] - before[k] for k in after} == {
            "complaint": 0,
            "complaint_event": 1,
            "log_entry": 1,
            "journal": 3,
        }, action
        event = complaints_views.complaint_detail(desk, who, view.id).events[-1]
        assert (event.action, event.from_status, event.to_status) == (
            action,
            previous.status,
            status,
        )
        assert (event.actor_name, event.at, event.note) == (who.name, clock.now(), note)
        entry = log_rows(desk.db, view.id)[-1]
        assert (entry.category, entry.message, entry.author_id) == (
            "complaint",
            f"complaint.{action}",
            who.id,
        )
        assert json.loads(entry.message_values) == {"num": str(view.num), "note": note}
        assert (entry.room, entry.party, entry.at) == ("1208", "Иван Петров", clock.now())

        if action == "assign":
            assert (view.assignee_id, view.assignee_name) == (colleague.id, "Яна Кузнецова")
            assert json.loads(event.data) == {"assignee": "Яна Кузнецова"}
        elif action == "escalate":
            assert view.escalated_to_name == "Ivan Supervisor"
            assert view.assignee_id == colleague.id  # still the one working on it
        elif action == "reply":
            assert view.first_reply_at == clock.now()
        elif action == "resolve":
            assert view.resolved_at == clock.now()
            assert view.first_reply_at == t0 + timedelta(minutes=40)  # the reply's, kept
            assert (view.compensation, view.compensation_kind) == (Decimal("850.00"), "refund")
            assert view.outcome == "Moved to 1410, one night refunded"
            assert json.loads(event.data) == {
                "compensation": "850.00",
                "kind": "refund",
                "confirmed_with_pin": True,
            }
        elif action == "follow_up":
            assert (view.follow_up_reached, view.satisfaction) == (True, 4)
        elif action == "close":
            assert view.closed_at == clock.now()
            assert view.allowed_actions == [Action.REOPEN]
        elif action == "reopen":
            assert view.closed_at is None and view.resolved_at is None
            assert (view.follow_up_reached, view.satisfaction) == (None, None)
            assert view.first_reply_at is not None  # the guest did have a reply

    history = complaints_views.complaint_detail(desk, clerk, view.id).events
    assert [e.action for e in history] == ["intake", *(w[1] for w in walk)]
    assert [e.num for e in log_views.list_entries(desk, clerk).rows] == list(range(9, 0, -1))
    assert_verifies(desk.db)


def test_resolving_without_a_reply_counts_as_the_reply(desk, clerk, clock):
    view = step(desk, clerk, take(desk, clerk), "acknowledge")
    clock.advance(timedelta(minutes=25))
    view = step(desk, clerk, view, "resolve", outcome="Reset the air conditioner; works")
    assert view.first_reply_at == view.resolved_at == clock.now()
    assert view.compensation == Decimal("0.00") and view.compensation_kind is None


def test_follow_up_not_reached_has_no_score(desk, clerk):
    view = step(desk, clerk, take(desk, clerk), "acknowledge")
    view = step(desk, clerk, view, "resolve", outcome="Fixed")
    view = step(desk, clerk, view, "follow_up", reached=False, satisfaction=5)
    assert (view.follow_up_reached, view.satisfaction) == (False, None)


# --- refusals write nothing ---------------------------------------------------------------------


@pytest.fixture
def acknowledged(desk, clerk) -> ComplaintView:
    return step(desk, clerk, take(desk, clerk), "acknowledge", "已向客人致歉")


# (action, kwargs, error, field), each refused on an acknowledged complaint by a clerk. CLERK and
# GONE stand for the clerk's id and a deactivated supervisor's id.
CLERK, GONE = "<clerk>", "<deactivated>"
REFUSALS = {
    "wrong state": ("follow_up", {"reached": True, "satisfaction": 5}, TransitionRefused, "action"),
    "close unresolved": ("close", {}, TransitionRefused, "action"),
    "unknown step": ("teleport", {}, ValidationError, "action"),
    "empty note": ("reply", {"note": "   "}, ValidationError, "note"),
    "not a number": (
        "resolve",
        {"outcome": "x", "compensation": "abc", "compensation_kind": "refund"},
        ValidationError,
        "compensation",
    ),
    "negative": (
        "resolve",
        {"outcome": "x", "compensation": "-5", "compensation_kind": "refund"},
        ValidationError,
        "compensation",
    ),
    "three decimals": (
        "resolve",
        {"outcome": "x", "compensation": "9.999", "compensation_kind": "refund"},
        ValidationError,
        "compensation",
    ),
    "kind missing": (
        "resolve",
        {"outcome": "x", "compensation": "50"},
        ValidationError,
        "compensation_kind",
    ),
    "outcome missing": ("resolve", {"outcome": " "}, ValidationError, "outcome"),
    "above the limit": (
        "resolve",
        {"outcome": "x", "compensation": "500.01", "compensation_kind": "voucher"},
        NeedsEscalation,
        "compensation",
    ),
    "nobody to assign": ("assign", {}, ValidationError, "assignee"),
    "unknown person": ("assign", {"assignee_id": "no-such-person"}, ValidationError, "assignee"),
    "deactivated assignee": ("assign", {"assignee_id": GONE}, ValidationError, "assignee"),
    "escalate to a clerk": ("escalate", {"escalate_to_id": CLERK}, ValidationError, "escalate_to"),
    "escalate to the deactivated": (
        "escalate",
        {"escalate_to_id": GONE},
        ValidationError,
        "escalate_to",
    ),
}


@pytest.mark.parametrize("name", list(REFUSALS))
def test_a_refused_step_writes_nothing(desk, manager, clerk, acknowledged, name):
    gone = make_person(desk, manager, "Tom Walker", "supervisor", "975310")
    accounts.deactivate_person(desk, manager, gone.id)
    action, kwargs, error, field = REFUSALS[name]
    ids = {CLERK: clerk.id, GONE: gone.id}
    kwargs = {k: ids.get(v, v) for k, v in kwargs.items()}
    note = kwargs.pop("note", "Попытка шага")
    before, row_before = counts(desk.db), stored(desk.db, acknowledged.id)
    with pytest.raises(error) as refused:
        complaints_commands.act(
            desk,
            clerk,
            acknowledged.id,
            action,
            expected_version=acknowledged.version,
            note=note,
            **kwargs,
        )
    assert refused.value.field == field
    assert counts(desk.db) == before
    assert stored(desk.db, acknowledged.id) == row_before
    if GONE in REFUSALS[name][1].values():
        assert "Tom Walker" in refused.value.message
    assert_verifies(desk.db)


@pytest.mark.parametrize("satisfaction", [None, 0, 6])
def test_follow_up_refusals(desk, clerk, acknowledged, satisfaction):
    resolved = step(desk, clerk, acknowledged, "resolve", outcome="Fixed")
    before, row_before = counts(desk.db), stored(desk.db, resolved.id)
    with pytest.raises(ValidationError) as refused:
        step(desk, clerk, resolved, "follow_up", reached=True, satisfaction=satisfaction)
    assert refused.value.field == "satisfaction"
    assert counts(desk.db) == before
    assert stored(desk.db, resolved.id) == row_before


def test_a_stale_version_is_a_conflict_and_writes_nothing(desk, clerk, acknowledged):
    before = counts(desk.db)
    with pytest.raises(ConflictError) as refused:
        complaints_commands.act(
            desk, clerk, acknowledged.id, "reply", expected_version=1, note="Перезвонили"
        )
    assert refused.value.params == {"num": acknowledged.num}
    assert counts(desk.db) == before


def test_unknown_complaint(desk, clerk):
    with pytest.raises(NotFound):
        complaints_commands.act(desk, clerk, "no-such-id", "reply", expected_version=1, note="x")
    with pytest.raises(NotFound):
        complaints_views.complaint_detail(desk, clerk, "no-such-id")


def test_a_refusal_inside_the_transaction_rolls_everything_back(
    desk, clerk, acknowledged, monkeypatch
):
    """A failure after the complaint row was updated (the log entry, say) leaves nothing."""
    before, row_before = counts(desk.db), stored(desk.db, acknowledged.id)

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(complaints_writes, "write_entry", broken)
    with pytest.raises(RuntimeError):
        step(desk, clerk, acknowledged, "reply", "Перезвонили гостю")
    monkeypatch.undo()
    assert counts(desk.db) == before
    assert stored(desk.db, acknowledged.id) == row_before
    assert_verifies(desk.db)


# --- authority ----------------------------------------------------------------------------------


def test_clerk_settles_exactly_the_limit(desk, clerk, acknowledged):
    view = step(
        desk,
        clerk,
        acknowledged,
        "resolve",
        outcome="Refund",
        compensation="500",
        compensation_kind="refund",
    )
    assert view.compensation == Decimal("500.00")


def test_clerk_above_the_limit_is_sent_to_a_supervisor(desk, clerk, supervisor, acknowledged):
    before = counts(desk.db)
    with pytest.raises(NeedsEscalation) as refused:
        step(
            desk,
            clerk,
            acknowledged,
            "resolve",
            outcome="Refund",
            compensation="500.01",
            compensation_kind="refund",
        )
    assert refused.value.params == {"limit": "500"}
    assert counts(desk.db) == before
    view = step(desk, clerk, acknowledged, "escalate", escalate_to_id=supervisor.id)
    view = step(
        desk,
        supervisor,
        view,
        "resolve",
        outcome="Refund",
        compensation="800",
        compensation_kind="refund",
        pin=SUPERVISOR_PIN,
    )
    assert view.status is Status.RESOLVED and view.compensation == Decimal("800.00")
    assert_verifies(desk.db)


def test_high_severity_is_settled_by_a_supervisor_or_manager(desk, manager, clerk, supervisor):
    for settler in (supervisor, manager):
        view = step(desk, clerk, take(desk, clerk, severity="high"), "acknowledge")
        before = counts(desk.db)
        with pytest.raises(NeedsEscalation):
            step(desk, clerk, view, "resolve", outcome="Apologised")  # not even for nothing
        assert counts(desk.db) == before
        view = step(
            desk,
            settler,
            view,
            "resolve",
            outcome="Apologised, fruit basket",
            compensation="120",
            compensation_kind="fruit basket",
        )
        assert view.status is Status.RESOLVED


def test_limit_set_by_a_manager_applies_and_a_clerk_cannot_set_it(desk, manager, clerk):
    assert settings.set_authority_limit(desk, manager, "1000").authority_limit == Decimal("1000")
    view = step(desk, clerk, take(desk, clerk), "acknowledge")
    view = step(
        desk,
        clerk,
        view,
        "resolve",
        outcome="Refund",
        compensation="999.99",
        compensation_kind="refund",
    )
    assert view.compensation == Decimal("999.99")

    settings.set_authority_limit(desk, manager, "100")
    view = step(desk, clerk, take(desk, clerk), "acknowledge")
    with pytest.raises(NeedsEscalation) as refused:
        step(
            desk,
            clerk,
            view,
            "resolve",
            outcome="Refund",
            compensation="100.50",
            compensation_kind="refund",
        )
    assert refused.value.params == {"limit": "100.00"}

    before = counts(desk.db)
    with pytest.raises(PermissionDenied):
        settings.set_authority_limit(desk, clerk, "100000")
    assert counts(desk.db) == before
    assert settings.get_settings(desk).authority_limit == Decimal("100")
    assert_verifies(desk.db)


def test_escalate_to_a_manager(desk, manager, clerk, acknowledged):
    view = step(desk, clerk, acknowledged, "escalate", escalate_to_id=manager.id)
    assert view.escalated_to_name == manager.name


def test_assignable_people(desk, manager, clerk, supervisor):
    gone = make_person(desk, manager, "Ушедший Сотрудник", "clerk", "1470")
    accounts.deactivate_person(desk, manager, gone.id)
    everyone = dict(complaints_views.assignable_people(desk, clerk))
    assert set(everyone) == {manager.id, clerk.id, supervisor.id}
    bosses = dict(complaints_views.assignable_people(desk, clerk, supervisors_only=True))
    assert set(bosses) == {manager.id, supervisor.id}


# --- overdue and reminders ----------------------------------------------------------------------


def test_overdue_and_due_soon_follow_the_clock(desk, manager, clerk, clock):
    start = clock.now()
    soon = take(desk, clerk, promised_at=start + timedelta(minutes=30), text="Wi-Fi не работает")
    later = take(desk, clerk, promised_at=start + timedelta(hours=3), text="早餐太少")
    assert complaints_views.overdue_count(desk) == 0
    assert complaints_views.due_soon(desk, clerk) == []
    assert [c.id for c in complaints_views.open_complaints(desk, clerk)] == [soon.id, later.id]

    clock.set(start + timedelta(minutes=15))  # the default lead is 15 minutes: on the edge
    assert [c.id for c in complaints_views.due_soon(desk, clerk)] == [soon.id]
    clock.set(start + timedelta(minutes=30))  # due now: still not late
    assert complaints_views.overdue_count(desk) == 0
    clock.set(start + timedelta(minutes=30, seconds=1))
    assert complaints_views.overdue_count(desk) == 1
    assert complaints_views.due_soon(desk, clerk) == []
    [shown] = [c for c in complaints_views.list_complaints(desk, clerk).rows if c.id == soon.id]
    assert shown.overdue
    assert complaints_views.complaint_detail(desk, clerk, soon.id).complaint.overdue

    settings.set_reminder_minutes(desk, manager, 180)
    assert [c.id for c in complaints_views.due_soon(desk, clerk)] == [later.id]

    # Acknowledging is not a reply: still overdue. A reply ends it.
    view = step(desk, clerk, soon, "acknowledge")
    assert view.overdue and complaints_views.overdue_count(desk) == 1
    view = step(desk, clerk, view, "reply", "Перезвонили, мастер придёт")
    assert not view.overdue and complaints_views.overdue_count(desk) == 0
    assert [c.id for c in complaints_views.open_complaints(desk, clerk)] == [later.id]

    clock.set(start + timedelta(days=1))
    assert complaints_views.overdue_count(desk) == 1  # the later one, never answered
    assert [
        c.id
        for c in complaints_views.list_complaints(
            desk, clerk, ComplaintFilter(overdue_only=True)
        ).rows
    ] == [later.id]


# --- the register: pages, filters, search -------------------------------------------------------

TEXTS = [
    ("noise", "low", "806房客人投诉隔壁噪音太大", "张先生", "806"),
    ("maintenance", "medium", "1208房空调不制冷，客人投诉", "Li Wei", "1208"),
    ("maintenance", "high", "Потолок течёт, вода на кровати", "Ян Ковальски", "1410"),
    ("cleanliness", "low", "Dirty room on arrival, hair in the bathroom", "Mr Smith", "512"),
    (
        "billing",
        "medium",
        "Ошибка в счёте: КОНДИЦИОНЕР не работал, а минибар посчитан дважды",
        "Ольга Янковская",
        "707",
    ),
    ("service", "medium", "Rude staff at the front desk at check-in", "Emma Brown", ""),
    ("food", "low", "早餐品种太少，咖啡是凉的", "王女士", "915"),
    (
        "other",
        "low",
        "Wi-Fi keeps dropping in the room; 漏水 in the bathroom too",
        "Kim Tanaka",
        "1001",
    ),
    ("safety", "high", "Parking barrier hit the car; guest upset", "Paul Hill", "car park"),
]


@pytest.fixture
def register(desk, clerk, supervisor, clock) -> list[ComplaintView]:
    """27 complaints over three days; some share a received time (the number breaks the tie)."""
    made = []
    start = clock.now()
    for i in range(27):
        category, severity, text, guest, room = TEXTS[i % len(TEXTS)]
        clock.set(start + timedelta(hours=2 * (i // 3)))  # three at each instant
        made.append(
            take(
                desk,
                clerk,
                received_at=clock.now(),
                category=category,
                severity=severity,
                text=f"{text} (#{i})",
                guest_name=guest,
                room=room,
                promised_at=clock.now() + timedelta(hours=1),
            )
        )
    # Some move on: replies for every fourth, assignment to the supervisor for every fifth.
    for i, view in enumerate(made):
        if i % 5 == 0:
            made[i] = view = step(desk, clerk, view, "assign", assignee_id=supervisor.id)
        if i % 4 == 0:
            made[i] = step(desk, clerk, view, "reply", "Ответили гостю")
    clock.set(start + timedelta(hours=2 * 9 + 30))
    return made


def every_page(desk, actor, flt=EVERYTHING, limit=7) -> list[ComplaintView]:
    rows, cursor, pages = [], None, 0
    while True:
        page = complaints_views.list_complaints(desk, actor, flt, after=cursor, limit=limit)
        assert len(page.rows) <= limit
        rows.extend(page.rows)
        pages += 1
        if page.next_cursor is None:
            return rows
        assert page.next_cursor == page.rows[-1].cursor
        cursor = page.next_cursor
        assert pages < 100


def newest_first(views) -> list[int]:
    return [v.num for v in sorted(views, key=lambda v: (v.received_at, v.num), reverse=True)]


def test_pages_cover_every_complaint_once_in_order(desk, clerk, register):
    rows = every_page(desk, clerk)
    assert [r.num for r in rows] == newest_first(register)
    assert len({r.id for r in rows}) == 27
    for limit in (1, 3, 26, 27, 28, 100):
        assert [r.num for r in every_page(desk, clerk, limit=limit)] == newest_first(register)
    first = complaints_views.list_complaints(desk, clerk, limit=27)
    assert first.next_cursor is None and len(first.rows) == 27


def test_filters(desk, clerk, supervisor, register, clock):
    def nums(**kw) -> list[int]:
        return [r.num for r in every_page(desk, clerk, ComplaintFilter(**kw), limit=4)]

    def expect(pred) -> list[int]:
        return newest_first([v for v in register if pred(v)])

    assert nums(statuses=frozenset({Status.REPLIED})) == expect(
        lambda v: v.status is Status.REPLIED
    )
    assert nums(statuses=frozenset({Status.RECEIVED, Status.ASSIGNED})) == expect(
        lambda v: v.status in (Status.RECEIVED, Status.ASSIGNED)
    )
    now = clock.now()
    overdue = expect(lambda v: v.status is not Status.REPLIED and v.promised_at < now)
    assert nums(overdue_only=True) == overdue and overdue
    assert nums(category=ComplaintCategory.MAINTENANCE) == expect(
        lambda v: v.category is ComplaintCategory.MAINTENANCE
    )
    assert nums(severity=Severity.HIGH) == expect(lambda v: v.severity is Severity.HIGH)
    assert nums(assignee_id=supervisor.id) == expect(lambda v: v.assignee_id == supervisor.id)
    since, until = register[6].received_at, register[15].received_at
    assert nums(since=since, until=until) == expect(lambda v: since <= v.received_at < until)
    assert nums(
        since=since, category=ComplaintCategory.MAINTENANCE, severity=Severity.HIGH
    ) == expect(
        lambda v: (
            v.received_at >= since
            and v.category is ComplaintCategory.MAINTENANCE
            and v.severity is Severity.HIGH
        )
    )
    assert nums(statuses=frozenset({Status.CLOSED})) == []


@pytest.mark.parametrize(
    ("query", "needle"),
    [
        ("投诉", "投诉"),  # two Chinese characters: shorter than a trigram
        ("漏水", "漏水"),
        ("不制冷", "不制冷"),
        ("кондиционер", "кондиционер"),  # stored in capitals
        ("КОНДИЦИОНЕР", "кондиционер"),
        ("Кондиционер", "кондиционер"),
        ("течёт", "течёт"),
        ("ян", "ян"),  # two letters, in a name, any case
        ("ЯН", "ян"),
        ("dirty", "dirty"),
        ("DIRTY ROOM", "dirty room"),
        ("rude staff", "rude staff"),
        ("Wi-Fi", "wi-fi"),
        ("1208", "1208"),  # the room
        ("Emma", "emma"),  # the guest
        ("912 555", "912 555"),  # the contact
    ],
)
def test_search_in_any_script(desk, clerk, register, query, needle):
    found = every_page(desk, clerk, ComplaintFilter(search=query), limit=5)
    expected = [
        v
        for v in register
        if any(needle in f.lower() for f in (v.text, v.guest_name, v.room, v.contact))
    ]
    assert expected, query
    assert [r.num for r in found] == newest_first(expected)


def test_search_with_filters_and_nothing_found(desk, clerk, register):
    both = ComplaintFilter(search="投诉", category=ComplaintCategory.NOISE)
    found = every_page(desk, clerk, both)
    assert found and all(r.category is ComplaintCategory.NOISE for r in found)
    assert every_page(desk, clerk, ComplaintFilter(search="Экскаватор")) == []
    assert every_page(desk, clerk, ComplaintFilter(search="   ")) == every_page(desk, clerk)


def test_reading_needs_an_active_account(desk, manager, clerk, register):
    accounts.deactivate_person(desk, manager, clerk.id)
    with pytest.raises(PermissionDenied):
        complaints_views.list_complaints(desk, clerk)
    with pytest.raises(PermissionDenied):
        complaints_views.complaint_detail(desk, clerk, register[0].id)


def test_analysis_is_for_supervisors_and_managers(desk, manager, clerk, supervisor):
    with desk.db.read() as conn:
        complaints_views.require_analyst(conn, supervisor)
        complaints_views.require_analyst(conn, manager)
        with pytest.raises(PermissionDenied):
            complaints_views.require_analyst(conn, clerk)


# --- two stations, one complaint ----------------------------------------------------------------


@contextmanager
def journal_held(db_url: str, dialect: str):
    """Hold the journal as a busy station would, so both stations' steps queue up behind it."""
    engine = create_engine(db_url, poolclass=NullPool)
    conn = engine.connect()
    try:
        if dialect == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.begin()
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({JOURNAL_LOCK_KEY})")
        yield conn
    finally:
        conn.rollback()
        conn.close()
        engine.dispose()


def _wait_for_waiters(conn, dialect: str, count: int) -> None:
    if dialect == "sqlite":
        threading.Event().wait(0.5)
        return
    for _ in range(1000):
        waiting = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        ).scalar()
        if waiting >= count:
            return
        threading.Event().wait(0.02)
    raise AssertionError("the stations never queued up")


def _two_stations(db_url, desk, actors, act_: Callable) -> list[object]:
    """Each station (own Desk, own engine) reads the complaint, then both act at once."""
    desks = [Desk(db=connect(db_url), station=f"Desk {i}", clock=desk.clock) for i in (1, 2)]
    read_both = threading.Barrier(2)
    results: list[object] = [None, None]

    def station(i: int) -> None:
        try:
            seen = act_.read(desks[i], actors[i])
            read_both.wait(timeout=30)  # both have read version v before either acts
            results[i] = act_(desks[i], actors[i], seen, i)
        except Exception as exc:  # the test looks at what was raised
            results[i] = exc

    try:
        with journal_held(db_url, desk.db.dialect) as blocker:
            threads = [threading.Thread(target=station, args=(i,)) for i in (0, 1)]
            for t in threads:
                t.start()
            _wait_for_waiters(blocker, desk.db.dialect, 2)
        for t in threads:
            t.join(timeout=60)
        assert not any(t.is_alive() for t in threads)
    finally:
        for d in desks:
            d.db.dispose()
    return results


@pytest.mark.parametrize("action", ["reply", "assign", "resolve"])
def test_two_stations_acting_on_one_complaint(
    db_url, desk, manager, clerk, supervisor, clock, acknowledged, action
):
    notes = ("Станция 1 ответила гостю", "站点2已回复客人")

    def act_(station_desk, actor, seen, i):
        kwargs = {}
        if action == "assign":
            kwargs["assignee_id"] = (supervisor.id, manager.id)[i]
        if action == "resolve":
            kwargs.update(
                outcome=notes[i], compensation=("100", "200")[i], compensation_kind="voucher"
            )
        return complaints_commands.act(
            station_desk,
            actor,
            seen.id,
            action,
            expected_version=seen.version,
            note=notes[i],
            **kwargs,
        )

    act_.read = lambda d, a: complaints_views.complaint_detail(d, a, acknowledged.id).complaint
    clock.advance(timedelta(minutes=3))  # history is in time order: the step comes later
    before = counts(desk.db)
    results = _two_stations(db_url, desk, (clerk, supervisor), act_)
    kinds = sorted(type(r).__name__ for r in results)
    assert kinds == ["ComplaintView", "ConflictError"], results
    winner = next(i for i, r in enumerate(results) if isinstance(r, ComplaintView))
    loser = 1 - winner
    assert results[loser].params == {"num": acknowledged.num}

    after = counts(desk.db)
    assert {k: after[k] - before[k] for k in after} == {
        "complaint": 0,
        "complaint_event": 1,
        "log_entry": 1,
        "journal": 3,
    }
    # The loser sees the complaint as the winner left it; nothing of the loser's was written.
    now = complaints_views.complaint_detail(desk, clerk, acknowledged.id)
    assert now.complaint == results[winner]
    assert now.complaint.version == acknowledged.version + 1
    assert [e.note for e in now.events][-1] == notes[winner]
    with desk.db.read() as conn:
        texts = {
            json.loads(v)["note"]
            for v in conn.execute(select(log_entry.c.message_values)).scalars()
            if v
        }
        j = journal.c
        journaled = " ".join(
            payload_text(*row) for row in conn.execute(select(j.entity, j.entity_id, j.payload))
        )
    assert notes[winner] in texts and notes[loser] not in texts
    assert notes[loser] not in journaled
    assert_verifies(desk.db)


def test_the_loser_can_act_again_on_what_it_now_sees(db_url, desk, clerk, supervisor, acknowledged):
    def act_(station_desk, actor, seen, i):
        return complaints_commands.act(
            station_desk,
            actor,
            seen.id,
            "reply",
            expected_version=seen.version,
            note=f"Ответ станции {i + 1}",
        )

    act_.read = lambda d, a: complaints_views.complaint_detail(d, a, acknowledged.id).complaint
    results = _two_stations(db_url, desk, (clerk, supervisor), act_)
    loser = next(i for i, r in enumerate(results) if isinstance(r, ConflictError))
    actor = (clerk, supervisor)[loser]
    fresh = complaints_views.complaint_detail(desk, actor, acknowledged.id).complaint
    assert fresh.status is Status.REPLIED
    resolved = step(desk, actor, fresh, "resolve", outcome="Мастер заменил фильтр")
    assert resolved.status is Status.RESOLVED
    assert_verifies(desk.db)


def test_reopening_needs_a_new_promise_ahead(desk, clerk, supervisor, clock):
    view = complaints_commands.intake(
        desk,
        clerk,
        channel="phone",
        guest_name="Mr Brown",
        room="512",
        category="noise",
        severity="low",
        text="Music from the bar after midnight",
        promised_at=clock.now() + timedelta(minutes=30),
    )
    for action, kwargs in (
        ("acknowledge", {}),
        ("reply", {}),
        ("resolve", {"outcome": "Bar closed at 23:00"}),
        ("follow_up", {"reached": True, "satisfaction": 2}),
    ):
        clock.advance(timedelta(minutes=20))
        view = complaints_commands.act(
            desk, clerk, view.id, action, expected_version=view.version, note=action, **kwargs
        )
    clock.advance(timedelta(hours=1))
    for promise in (None, clock.now() - timedelta(minutes=1)):
        with pytest.raises(ValidationError) as refused:
            complaints_commands.act(
                desk,
                supervisor,
                view.id,
                "reopen",
                expected_version=view.version,
                note="Guest called again",
                promised_at=promise,
            )
        assert refused.value.field == "promised_at"
    promise = clock.now() + timedelta(hours=2)
    reopened = complaints_commands.act(
        desk,
        supervisor,
        view.id,
        "reopen",
        expected_version=view.version,
        note="Guest called again",
        promised_at=promise,
    )
    assert reopened.status is Status.ACKNOWLEDGED
    assert reopened.promised_at == promise and not reopened.overdue
    history = complaints_views.complaint_detail(desk, supervisor, view.id).events
    assert [e.action for e in history] == [
        "intake",
        "acknowledge",
        "reply",
        "resolve",
        "follow_up",
        "reopen",
    ]


def test_escalating_an_answered_complaint_does_not_make_it_overdue(desk, clerk, supervisor, clock):
    view = complaints_commands.intake(
        desk,
        clerk,
        channel="walk_in",
        guest_name="Ольга",
        room="710",
        category="billing",
        severity="medium",
        text="Двойное списание за мини-бар",
        promised_at=clock.now() + timedelta(minutes=30),
    )
    clock.advance(timedelta(minutes=20))
    view = complaints_commands.act(
        desk, clerk, view.id, "reply", expected_version=view.version, note="Проверяем счёт"
    )
    clock.advance(timedelta(hours=1))  # the promise has passed, but it was kept
    view = complaints_commands.act(
        desk,
        clerk,
        view.id,
        "escalate",
        expected_version=view.version,
        note="Гость требует возврат 800",
        escalate_to_id=supervisor.id,
    )
    assert view.status is Status.ESCALATED and not view.overdue
    assert complaints_views.overdue_count(desk) == 0
    assert not complaints_views.list_complaints(
        desk, clerk, ComplaintFilter(overdue_only=True)
    ).rows


def test_a_second_settlement_after_reopening_adds_to_the_first(desk, clerk, supervisor, clock):
    view = complaints_commands.intake(
        desk,
        clerk,
        channel="phone",
        guest_name="Ms Lee",
        room="1502",
        category="cleanliness",
        severity="low",
        text="Room not cleaned",
        promised_at=clock.now() + timedelta(minutes=30),
    )

    def step(actor, action, **kwargs):
        nonlocal view
        clock.advance(timedelta(minutes=10))
        view = complaints_commands.act(
            desk, actor, view.id, action, expected_version=view.version, note=action, **kwargs
        )

    step(clerk, "acknowledge")
    step(clerk, "resolve", outcome="Cleaned", compensation="100", compensation_kind="voucher")
    step(clerk, "follow_up", reached=True, satisfaction=1)
    step(supervisor, "reopen", promised_at=clock.now() + timedelta(hours=1))
    assert view.compensation == Decimal("100.00")  # what was given stays on record
    # The clerk's limit applies to this settlement alone (450 ≤ 500), the total is 550.
    step(clerk, "resolve", outcome="Room changed", compensation="450", compensation_kind="refund")
    assert view.compensation == Decimal("550.00")
