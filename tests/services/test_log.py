"""The duty log as a bound book: record, amend, follow up, read, list and filter."""

from __future__ import annotations

from datetime import UTC, timedelta, timezone

import pytest
from sqlalchemy import func, select

from desk_app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desk_app.domain.log import Category
from desk_app.services import accounts
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.services.log.views import FollowUpState, LogFilter
from desk_app.store.tables import journal, log_entry
from desk_app.store.verify import verify


def count(db, table) -> int:
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def all_rows(desk, actor, flt: LogFilter, limit=50):
    rows, cursor = [], None
    while True:
        page = log_views.list_entries(desk, actor, flt, after=cursor, limit=limit)
        rows.extend(page.rows)
        if page.next_cursor is None:
            return rows
        cursor = page.next_cursor


def nums(rows) -> list[int]:
    return [r.num for r in rows]


def test_record_entry(desk, clerk, clock):
    entry = log_commands.record_entry(
        desk,
        clerk,
        category="incident",
        text="  Протечка в номере 712 ",
        room=" 712 ",
        party="Гость Иванов",
        important=True,
    )
    assert entry.num == 1
    assert entry.category is Category.INCIDENT
    assert entry.text == "Протечка в номере 712"
    assert (entry.room, entry.party, entry.important) == ("712", "Гость Иванов", True)
    assert (entry.author_id, entry.author_name, entry.station) == (clerk.id, "王芳", "Test desk")
    assert entry.at == clock.now()
    assert entry.at.tzinfo is not None
    assert entry.follow_up_state is FollowUpState.NONE
    assert (entry.amends_num, entry.amended_by_num) == (None, None)
    assert log_views.get_entry(desk, clerk, entry.id) == entry
    second = log_commands.record_entry(desk, clerk, category="call", text="Звонок из 1205")
    assert second.num == 2
    assert verify(desk.db).ok


def test_invalid_entry_writes_nothing(desk, clerk):
    before = count(desk.db, journal)
    with pytest.raises(ValidationError):
        log_commands.record_entry(desk, clerk, category="note", text="   ")
    with pytest.raises(ValidationError):
        log_commands.record_entry(desk, clerk, category="weather", text="Rain")
    assert count(desk.db, log_entry) == 0
    assert count(desk.db, journal) == before


def test_amend_keeps_the_original_and_refuses_a_second_amendment(desk, clerk, supervisor):
    original = log_commands.record_entry(
        desk, clerk, category="note", text="Ключ 305 выдан", room="305"
    )
    fixed = log_commands.amend_entry(
        desk, clerk, original.id, category="note", text="Ключ 306 выдан (не 305)", room="306"
    )
    assert fixed.amends_num == original.num
    assert fixed.num == original.num + 1
    old = log_views.get_entry(desk, clerk, original.id)
    assert old.amended_by_num == fixed.num
    assert (old.text, old.room) == ("Ключ 305 выдан", "305")  # as written

    with pytest.raises(ConflictError) as err:
        log_commands.amend_entry(
            desk, supervisor, original.id, category="note", text="Другая правка"
        )
    assert err.value.params == {"num": original.num, "later": fixed.num}
    assert count(desk.db, log_entry) == 2

    # The newer one may be amended in turn: the chain of corrections grows.
    again = log_commands.amend_entry(desk, supervisor, fixed.id, category="note", text="Ключ 307")
    assert again.amends_num == fixed.num
    detail = log_views.entry_detail(desk, clerk, fixed.id)
    assert detail.amends.num == original.num
    assert detail.amended_by.num == again.num

    with pytest.raises(NotFound):
        log_commands.amend_entry(desk, clerk, "no-such-entry", category="note", text="x")
    assert verify(desk.db).ok


def test_follow_up_lifecycle(desk, manager, clerk, clock):
    entry = log_commands.record_entry(
        desk,
        clerk,
        category="repair",
        text="Кондиционер шумит",
        room="712",
        follow_up_owner_id=manager.id,
        follow_up_due=clock.now() + timedelta(hours=2),
    )
    assert entry.follow_up_state is FollowUpState.OPEN
    assert entry.follow_up_owner_name == "Мария Manager"
    assert entry.follow_up_due == clock.now() + timedelta(hours=2)
    [fu] = log_views.open_follow_ups(desk, clerk)
    assert (fu.id, fu.entry_num, fu.owner_id, fu.overdue) == (
        entry.follow_up_id,
        entry.num,
        manager.id,
        False,
    )
    assert (fu.room, fu.entry_category, fu.version) == ("712", Category.REPAIR, 1)
    assert log_views.overdue_count(desk) == 0

    # The fixed clock decides what is overdue.
    clock.advance(timedelta(hours=2))
    assert log_views.overdue_count(desk) == 0
    clock.advance(timedelta(seconds=1))
    assert log_views.overdue_count(desk) == 1
    assert log_views.open_follow_ups(desk, clerk)[0].overdue is True
    assert log_views.get_entry(desk, clerk, entry.id).follow_up_state is FollowUpState.OVERDUE

    with pytest.raises(ConflictError):
        log_commands.close_follow_up(desk, manager, fu.id, text="Починили", expected_version=0)
    closing = log_commands.close_follow_up(
        desk, manager, fu.id, text="Мастер заменил фильтр", expected_version=fu.version
    )
    assert closing.num == entry.num + 1
    assert (closing.category, closing.room, closing.author_id) == (
        Category.REPAIR,
        "712",
        manager.id,
    )
    assert closing.text == "Мастер заменил фильтр"
    assert log_views.open_follow_ups(desk, clerk) == []
    assert log_views.overdue_count(desk) == 0
    assert log_views.get_entry(desk, clerk, entry.id).follow_up_state is FollowUpState.CLOSED

    detail = log_views.entry_detail(desk, clerk, entry.id)
    assert detail.closed_by.num == closing.num
    assert log_views.entry_detail(desk, clerk, closing.id).closes.num == entry.num

    with pytest.raises(ConflictError):
        log_commands.close_follow_up(desk, clerk, fu.id, text="Ещё раз")
    with pytest.raises(NotFound):
        log_commands.close_follow_up(desk, clerk, "no-such-follow-up", text="x")
    assert verify(desk.db).ok


def test_closing_needs_text_and_writes_nothing_without(desk, clerk, clock):
    entry = log_commands.record_entry(
        desk,
        clerk,
        category="request",
        text="Принести утюг в 1205",
        follow_up_owner_id=clerk.id,
        follow_up_due=clock.now() + timedelta(minutes=30),
    )
    before = count(desk.db, journal)
    with pytest.raises(ValidationError):
        log_commands.close_follow_up(desk, clerk, entry.follow_up_id, text="  ")
    assert count(desk.db, journal) == before
    assert len(log_views.open_follow_ups(desk, clerk)) == 1


def test_overdue_count_follows_the_clock_for_many(desk, clerk, clock):
    for minutes in (10, 20, 30):
        log_commands.record_entry(
            desk,
            clerk,
            category="request",
            text=f"Перезвонить через {minutes} минут",
            follow_up_owner_id=clerk.id,
            follow_up_due=clock.now() + timedelta(minutes=minutes),
        )
    seen = []
    for _ in range(4):
        seen.append(log_views.overdue_count(desk))
        clock.advance(timedelta(minutes=10, seconds=1))
    assert seen == [0, 1, 2, 3]
    due = [f.due_at for f in log_views.open_follow_ups(desk, clerk)]
    assert due == sorted(due)


def test_times_given_in_another_zone_are_the_same_instant(desk, clerk, clock):
    """A due time typed in local time is stored as UTC and the journal still verifies."""
    shanghai = timezone(timedelta(hours=8))
    moscow = timezone(timedelta(hours=3))
    clock.set(clock.now().astimezone(moscow))
    due_local = (clock.now() + timedelta(hours=1)).astimezone(shanghai)
    entry = log_commands.record_entry(
        desk,
        clerk,
        category="request",
        text="Такси к 10:30",
        follow_up_owner_id=clerk.id,
        follow_up_due=due_local,
    )
    stored = log_views.get_entry(desk, clerk, entry.id)
    assert stored.follow_up_due == due_local
    assert stored.follow_up_due.utcoffset() == timedelta(0)
    assert stored.at == clock.now()
    report = verify(desk.db)
    assert report.ok, [p.describe() for p in report.problems]


def test_follow_up_owner_must_be_an_active_person(desk, manager, clerk, supervisor, clock):
    accounts.deactivate_person(desk, manager, supervisor.id)
    before = count(desk.db, journal)
    for owner, words in ((supervisor.id, "no longer active"), ("nobody", "does not exist")):
        with pytest.raises(ValidationError) as err:
            log_commands.record_entry(
                desk,
                clerk,
                category="request",
                text="Проверить сейф",
                follow_up_owner_id=owner,
                follow_up_due=clock.now() + timedelta(hours=1),
            )
        assert err.value.field == "follow_up_owner"
        assert words in err.value.message
    assert count(desk.db, log_entry) == 0
    assert count(desk.db, journal) == before


def test_mark_read_and_who_has_read(desk, manager, clerk, supervisor, pins, clock):
    clock.advance(timedelta(minutes=1))
    entry = log_commands.record_entry(
        desk, manager, category="note", text="VIP в 1801", important=True
    )
    # Nobody signed in since the entry yet (earlier sign-ins do not count).
    detail = log_views.entry_detail(desk, manager, entry.id)
    assert (detail.read_by, detail.not_read_by) == ([], [])

    clock.advance(timedelta(minutes=1))
    accounts.sign_in(desk, person_id=clerk.id, pin=pins["clerk"])
    detail = log_views.entry_detail(desk, manager, entry.id)
    assert [r.person_id for r in detail.not_read_by] == [clerk.id]
    assert log_views.unread_important(desk, clerk, since=entry.at) != []

    clock.advance(timedelta(minutes=1))
    assert log_commands.mark_read(desk, clerk, entry.id) is True
    assert log_commands.mark_read(desk, clerk, entry.id) is False
    detail = log_views.entry_detail(desk, manager, entry.id)
    assert [(r.person_id, r.name, r.at) for r in detail.read_by] == [
        (clerk.id, "王芳", clock.now())
    ]
    assert detail.not_read_by == []
    assert log_views.unread_important(desk, clerk, since=entry.at) == []
    # The author never owes themselves a read mark.
    assert log_views.unread_important(desk, manager, since=entry.at) == []

    accounts.sign_in(desk, person_id=supervisor.id, pin=pins["supervisor"])
    detail = log_views.entry_detail(desk, manager, entry.id)
    assert [r.person_id for r in detail.not_read_by] == [supervisor.id]
    assert [e.id for e in log_views.unread_important(desk, supervisor, since=entry.at)] == [
        entry.id
    ]

    with pytest.raises(NotFound):
        log_commands.mark_read(desk, clerk, "no-such-entry")
    with pytest.raises(NotFound):
        log_views.entry_detail(desk, clerk, "no-such-entry")
    assert verify(desk.db).ok


def test_keyset_paging_returns_every_row_once_in_order(desk, clerk, clock):
    made = []
    for i in range(23):
        if i % 3 == 0:  # several entries share a time: the number breaks the tie
            clock.advance(timedelta(minutes=7))
        made.append(log_commands.record_entry(desk, clerk, category="note", text=f"Обход {i}"))
    expected = sorted(made, key=lambda e: (e.at, e.num), reverse=True)

    for limit in (1, 5, 7, 23, 24, 200):
        pages = []
        cursor = None
        while True:
            page = log_views.list_entries(desk, clerk, after=cursor, limit=limit)
            assert len(page.rows) <= limit
            pages.append(page.rows)
            if page.next_cursor is None:
                break
            assert page.next_cursor == page.rows[-1].cursor
            cursor = page.next_cursor
        flat = [r for p in pages for r in p]
        assert nums(flat) == nums(expected), limit
        assert all(pages), "no empty page is handed out"
        assert len(pages) == -(-len(made) // limit)


def test_filters(desk, manager, clerk, clock):
    start = clock.now()
    a = log_commands.record_entry(desk, clerk, category="complaint", text="Шумят соседи в 1204")
    clock.advance(timedelta(hours=1))
    b = log_commands.record_entry(
        desk,
        manager,
        category="repair",
        text="Лампа в лифте",
        follow_up_owner_id=clerk.id,
        follow_up_due=clock.now() + timedelta(hours=3),
    )
    clock.advance(timedelta(hours=1))
    c = log_commands.record_entry(desk, clerk, category="repair", text="Кран капает в 305")
    clock.advance(timedelta(hours=1))
    d = log_commands.record_entry(
        desk,
        clerk,
        category="note",
        text="Проверить бассейн",
        follow_up_owner_id=manager.id,
        follow_up_due=clock.now() + timedelta(hours=1),
    )
    log_commands.close_follow_up(desk, manager, d.follow_up_id, text="Проверено")
    closing_num = d.num + 1

    def found(**kw):
        return nums(all_rows(desk, clerk, LogFilter(**kw)))

    assert found() == [closing_num, d.num, c.num, b.num, a.num]
    assert found(category=Category.REPAIR) == [c.num, b.num]
    assert found(category=Category.SECURITY) == []
    assert found(author_id=manager.id) == [closing_num, b.num]
    assert found(open_follow_ups_only=True) == [b.num]
    # since is inclusive, until exclusive
    assert found(since=start + timedelta(hours=1), until=start + timedelta(hours=2)) == [b.num]
    assert found(since=start, until=start + timedelta(hours=2)) == [b.num, a.num]
    assert found(since=start + timedelta(hours=2)) == [closing_num, d.num, c.num]
    assert found(until=start) == []
    # Filters combine.
    assert found(category=Category.REPAIR, author_id=clerk.id) == [c.num]
    assert found(category=Category.REPAIR, search="305") == [c.num]
    # Filter bounds in another zone mean the same instant.
    tz = timezone(timedelta(hours=-5))
    assert found(
        since=(start + timedelta(hours=1)).astimezone(tz),
        until=start.astimezone(UTC) + timedelta(hours=2),
    ) == [b.num]


def test_reading_needs_an_active_account(desk, manager, clerk):
    entry = log_commands.record_entry(desk, clerk, category="note", text="x")
    accounts.deactivate_person(desk, manager, clerk.id)
    for call in (
        lambda: log_views.entry_detail(desk, clerk, entry.id),
        lambda: log_views.open_follow_ups(desk, clerk),
        lambda: log_views.unread_important(desk, clerk, since=entry.at),
        lambda: log_commands.close_follow_up(desk, clerk, "x", text="x"),
    ):
        with pytest.raises(PermissionDenied):
            call()


@pytest.mark.parametrize("due_in", [timedelta(hours=1), timedelta(seconds=-30)])
def test_the_saved_view_is_what_a_reread_shows(desk, manager, clerk, clock, due_in):
    """What record_entry hands back is what the log shows when read again."""
    original = log_commands.record_entry(desk, clerk, category="note", text="Ошибка в номере")
    for entry in (
        log_commands.record_entry(
            desk,
            clerk,
            category="request",
            text="Заказать такси",
            room="1205",
            party="Ян",
            important=True,
            # A due time just past (within the grace for slow typing) is already overdue.
            follow_up_owner_id=manager.id,
            follow_up_due=clock.now() + due_in,
        ),
        log_commands.amend_entry(
            desk, clerk, original.id, category="note", text="Ошибка в номере 1205"
        ),
    ):
        assert entry == log_views.get_entry(desk, clerk, entry.id)
