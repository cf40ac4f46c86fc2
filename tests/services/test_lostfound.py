"""Lost-and-found services on SQLite and PostgreSQL: registering, numbering (also from two stations
at once), reports and matches, returns against a signature, disposals with approval, lists,
search, settings, and that a refused movement writes nothing at all.
"""

from __future__ import annotations

import io
import threading
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select, update

from desk_app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desk_app.domain.lostfound.categories import ItemCategory, RetentionPolicy
from desk_app.domain.lostfound.rules import Decision, ItemState, ReportState
from desk_app.domain.signature import Signature, strokes_from_json
from desk_app.services.desk import Desk
from desk_app.services.log.views import list_entries
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import detail as lostfound_detail
from desk_app.services.lostfound import matching as lostfound_matching
from desk_app.services.lostfound import views as lostfound_views
from desk_app.store.database import connect
from desk_app.store.tables import (
    journal,
    lf_disposal,
    lf_item,
    lf_photo,
    lf_report,
    lf_return,
    log_entry,
)
from desk_app.store.verify import verify
from tests.conftest import START

TABLES = (lf_item, lf_photo, lf_report, lf_return, lf_disposal, log_entry, journal)


def counts(db) -> dict[str, int]:
    with db.read() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in TABLES
        }


def png(color="red", size=(60, 40)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def signature() -> Signature:
    stroke = tuple((10.0 + i * 4, 40.0 + (i % 5) * 6) for i in range(40))
    return Signature(strokes=(stroke,), width=320, height=120, png=png("white", (200, 80)))


def register(desk, actor, **over):
    values = dict(
        found_at=desk.clock.now() - timedelta(minutes=20),
        found_place="Lobby 大堂",
        finder_kind="guest",
        finder_name="Anna Smith",
        description="黑色雨伞, black umbrella",
        category="other",
        storage_place="Shelf B",
    )
    values.update(over)
    return lostfound_commands.register_item(desk, actor, **values)


def report(desk, actor, **over):
    now = desk.clock.now()
    values = dict(
        guest_name="Пётр Петров",
        contact="+7 900 000 00 00",
        room="1203",
        lost_from=now - timedelta(hours=3),
        lost_until=now,
        lost_place="大堂 lobby",
        description="black umbrella 雨伞",
        category="other",
    )
    values.update(over)
    return lostfound_commands.report_lost(desk, actor, **values)


def return_values(**over):
    values = dict(
        claimant_name="Пётр Петров",
        claimant_contact="+7 900",
        id_document="passport",
        id_last_four="4521",
        identity_checked=True,
        signature=signature(),
    )
    values.update(over)
    return values


def assert_verifies(db):
    result = verify(db)
    assert result.ok, [p.describe() for p in result.problems]


# --- registering and numbers ---------------------------------------------------------------------


def test_register_numbers_log_and_journal(desk, clerk):
    before = counts(desk.db)
    first = register(desk, clerk, photos=[png(), png("green")])
    second = register(desk, clerk, description="паспорт", category="documents", valuables=True)
    assert (first.number, second.number) == ("LF-2026-00001", "LF-2026-00002")
    assert first.state is ItemState.STORED and not first.due
    assert first.registered_by_name == clerk.name
    assert second.dispose_after == second.found_at + timedelta(days=180)
    after = counts(desk.db)
    assert after["lf_item"] - before["lf_item"] == 2
    assert after["lf_photo"] - before["lf_photo"] == 2
    # Each registration is also a duty-log entry that links to the item.
    entries = list_entries(desk, clerk).rows
    linked = [e for e in entries if e.lf_item_id == first.id]
    assert len(linked) == 1 and "LF-2026-00001" in linked[0].text
    detail = lostfound_detail.item_detail(desk, clerk, first.id)
    assert len(detail.photos) == 2
    assert lostfound_detail.photo_data(desk, clerk, detail.photos[0].id) == png()
    assert_verifies(desk.db)


def test_staff_finder_name_comes_from_their_account(desk, clerk, supervisor):
    item = register(desk, clerk, finder_kind="staff", finder_id=supervisor.id, finder_name="")
    assert item.finder_name == supervisor.name


def test_numbers_restart_each_year_and_a_refusal_leaves_no_gap(desk, clerk, clock):
    register(desk, clerk)
    with pytest.raises(ValidationError):
        register(desk, clerk, found_at=clock.now() + timedelta(hours=1))
    assert register(desk, clerk).number == "LF-2026-00002"
    clock.set(datetime(2027, 1, 2, 9, 0, tzinfo=UTC))
    assert register(desk, clerk).number == "LF-2027-00001"


@pytest.mark.parametrize(
    "over, field",
    [
        ({"found_at": START + timedelta(hours=2)}, "found_at"),
        ({"description": "  "}, "description"),
        ({"storage_place": ""}, "storage_place"),
        ({"category": "weapons"}, "category"),
        ({"photos": [b"%PDF-1.4 this is no picture at all......."]}, "photo"),
        ({"photos": [b"\xff\xd8\xff" + bytes(6 * 1024 * 1024)]}, "photo"),
        ({"finder_kind": "staff", "finder_id": "no-such-person"}, "finder"),
    ],
)
def test_bad_registration_writes_nothing(desk, clerk, over, field):
    before = counts(desk.db)
    with pytest.raises(ValidationError) as err:
        register(desk, clerk, **over)
    assert err.value.field == field
    assert counts(desk.db) == before


def test_two_stations_register_at_once_get_consecutive_numbers(db_url, desk, clerk, supervisor):
    desks = [Desk(db=connect(db_url), station=f"Desk {i}", clock=desk.clock) for i in (1, 2)]
    start = threading.Barrier(2)
    results: list[object] = [None, None]

    def station(i: int) -> None:
        try:
            start.wait(timeout=30)
            results[i] = register(desks[i], (clerk, supervisor)[i], description=f"item {i}")
        except Exception as exc:  # the test looks at what was raised
            results[i] = exc

    try:
        for _round in range(3):
            threads = [threading.Thread(target=station, args=(i,)) for i in (0, 1)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            assert all(isinstance(r, lostfound_views.ItemView) for r in results), results
    finally:
        for d in desks:
            d.db.dispose()
    with desk.db.read() as conn:
        seqs = sorted(conn.execute(select(lf_item.c.seq)).scalars())
    assert seqs == [1, 2, 3, 4, 5, 6]
    assert_verifies(desk.db)


# --- reports, matches, links -------------------------------------------------------------------


def test_report_matches_both_ways_and_link(desk, clerk, clock):
    umbrella = register(desk, clerk)
    register(desk, clerk, description="iPhone 15 手机", category="electronics")
    register(
        desk, clerk, description="黑色雨伞", found_at=clock.now() - timedelta(days=40)
    )  # too early
    clock.advance(timedelta(minutes=30))
    guest = report(desk, clerk)
    assert guest.state is ReportState.OPEN
    found = lostfound_matching.matches_for_report(desk, clerk, guest.id)
    assert [m.item.number for m in found] == [umbrella.number]
    assert found[0].reason.category == 0.5 and found[0].reason.score > 0.6  # both "other"
    back = lostfound_matching.matches_for_item(desk, clerk, umbrella.id)
    assert [m.report.id for m in back] == [guest.id]

    linked = lostfound_commands.link_match(
        desk, clerk, guest.id, umbrella.id, expected_version=guest.version
    )
    assert linked.state is ReportState.LINKED and linked.item_number == umbrella.number
    # A linked report is no longer an open one to match.
    assert lostfound_matching.matches_for_item(desk, clerk, umbrella.id) == []
    assert [r.id for r in lostfound_detail.item_detail(desk, clerk, umbrella.id).reports] == [
        guest.id
    ]
    with pytest.raises(ConflictError):
        lostfound_commands.unlink_match(desk, clerk, guest.id, expected_version=guest.version)
    reopened = lostfound_commands.unlink_match(
        desk, clerk, guest.id, expected_version=linked.version
    )
    assert reopened.state is ReportState.OPEN and reopened.item_id is None
    assert_verifies(desk.db)


def test_new_item_shows_open_reports(desk, clerk, clock):
    guest = report(desk, clerk, description="кошелёк коричневый", category="valuables")
    clock.advance(timedelta(hours=5))
    wallet = register(
        desk, clerk, description="Коричневый кошелёк", category="valuables", valuables=True
    )
    assert [m.report.id for m in lostfound_matching.matches_for_item(desk, clerk, wallet.id)] == [
        guest.id
    ]


def test_close_report_needs_a_reason(desk, clerk):
    guest = report(desk, clerk)
    before = counts(desk.db)
    with pytest.raises(ValidationError) as err:
        lostfound_commands.close_report(desk, clerk, guest.id, "  ")
    assert err.value.field == "note"
    assert counts(desk.db) == before
    closed = lostfound_commands.close_report(desk, clerk, guest.id, "Гость нашёл сам")
    assert closed.state is ReportState.CLOSED and closed.close_note == "Гость нашёл сам"
    with pytest.raises(ValidationError):
        lostfound_commands.close_report(desk, clerk, guest.id, "again")


# --- returns -------------------------------------------------------------------------------------


def test_return_with_signature_closes_linked_report(desk, clerk):
    item = register(desk, clerk)
    guest = report(desk, clerk)
    lostfound_commands.link_match(desk, clerk, guest.id, item.id)
    detail = lostfound_commands.return_item(
        desk, clerk, item.id, report_id=guest.id, **return_values()
    )
    assert detail.item.state is ItemState.RETURNED
    ret = detail.returned
    assert ret is not None and ret.claimant_name == "Пётр Петров"
    assert ret.id_last_four == "4521" and ret.returned_by_name == clerk.name
    assert ret.signature_png.startswith(b"\x89PNG")
    strokes, width, height = strokes_from_json(ret.signature)
    assert (width, height) == (320, 120) and len(strokes[0]) == 40
    assert [r.state for r in detail.reports] == [ReportState.CLOSED]
    with desk.db.read() as conn:
        stored = conn.execute(select(lf_return)).one()
    # Never more of the document than its last four characters.
    assert stored.id_last_four == "4521"
    with pytest.raises(ValidationError, match="no longer held"):
        lostfound_commands.return_item(desk, clerk, item.id, **return_values())
    assert_verifies(desk.db)


@pytest.mark.parametrize(
    "over, field",
    [
        ({"signature": None}, "signature"),
        ({"identity_checked": False}, "identity_checked"),
        ({"id_last_four": "123456789"}, "id_last_four"),
        ({"id_document": ""}, "id_document"),
        ({"claimant_name": " "}, "claimant_name"),
    ],
)
def test_return_without_signature_or_identity_writes_nothing(desk, clerk, over, field):
    item = register(desk, clerk)
    before = counts(desk.db)
    with pytest.raises(ValidationError) as err:
        lostfound_commands.return_item(desk, clerk, item.id, **return_values(**over))
    assert err.value.field == field
    assert counts(desk.db) == before
    assert lostfound_detail.item_detail(desk, clerk, item.id).item.state is ItemState.STORED


def test_return_of_unknown_item(desk, clerk):
    with pytest.raises(NotFound):
        lostfound_commands.return_item(desk, clerk, "no-such-item", **return_values())


# --- disposal ----------------------------------------------------------------------------------


@pytest.fixture
def old_item(desk, clerk, clock):
    item = register(desk, clerk, description="шарф", category="clothing")
    clock.advance(timedelta(days=91))
    return item


def test_disposal_only_after_retention(desk, clerk, clock):
    item = register(desk, clerk, category="clothing")
    clock.advance(timedelta(days=89))
    before = counts(desk.db)
    with pytest.raises(ValidationError, match="retention"):
        lostfound_commands.propose_disposal(desk, clerk, item.id, "donated")
    assert counts(desk.db) == before
    clock.advance(timedelta(days=2))
    assert lostfound_detail.item_detail(desk, clerk, item.id).item.due
    assert lostfound_views.due_count(desk) == 1


def test_proposal_then_approval_by_someone_else(desk, clerk, supervisor, manager, old_item):
    proposed = lostfound_commands.propose_disposal(
        desk, clerk, old_item.id, "donated", "В благотворительный фонд"
    )
    assert proposed.item.state is ItemState.DISPOSAL_PROPOSED
    assert proposed.pending_disposal is not None
    assert (
        lostfound_views.awaiting_approval_count(desk) == 1 and lostfound_views.due_count(desk) == 0
    )
    before = counts(desk.db)
    with pytest.raises(PermissionDenied):
        lostfound_commands.decide_disposal(desk, clerk, old_item.id, approve=True)
    assert counts(desk.db) == before
    done = lostfound_commands.decide_disposal(
        desk, supervisor, old_item.id, approve=True, note="OK"
    )
    assert done.item.state is ItemState.DISPOSED
    (disposal,) = done.disposals
    assert disposal.decision is Decision.APPROVED and disposal.decided_by_name == supervisor.name
    with pytest.raises(ValidationError):
        lostfound_commands.decide_disposal(desk, manager, old_item.id, approve=False, note="late")
    with pytest.raises(ValidationError):
        lostfound_commands.return_item(desk, clerk, old_item.id, **return_values())
    assert_verifies(desk.db)


def test_nobody_approves_their_own_proposal(desk, supervisor, manager, old_item):
    lostfound_commands.propose_disposal(desk, supervisor, old_item.id, "destroyed", "промок")
    before = counts(desk.db)
    with pytest.raises(ValidationError, match="another supervisor"):
        lostfound_commands.decide_disposal(desk, supervisor, old_item.id, approve=True)
    assert counts(desk.db) == before
    assert lostfound_commands.decide_disposal(
        desk, manager, old_item.id, approve=True
    ).item.state is (ItemState.DISPOSED)


def test_rejection_needs_a_reason_and_puts_it_back(desk, clerk, supervisor, old_item):
    lostfound_commands.propose_disposal(desk, clerk, old_item.id, "destroyed")
    with pytest.raises(ValidationError) as err:
        lostfound_commands.decide_disposal(desk, supervisor, old_item.id, approve=False)
    assert err.value.field == "note"
    back = lostfound_commands.decide_disposal(
        desk, supervisor, old_item.id, approve=False, note="Гость звонил, заберёт"
    )
    assert back.item.state is ItemState.STORED
    assert back.disposals[0].decision is Decision.REJECTED
    # It can be proposed again later.
    again = lostfound_commands.propose_disposal(desk, clerk, old_item.id, "handed_to_police")
    assert len(again.disposals) == 2 and again.pending_disposal is not None


def test_owner_arriving_withdraws_a_pending_proposal(desk, clerk, old_item):
    lostfound_commands.propose_disposal(desk, clerk, old_item.id, "donated")
    detail = lostfound_commands.return_item(desk, clerk, old_item.id, **return_values())
    assert detail.item.state is ItemState.RETURNED
    assert detail.disposals[0].decision is Decision.WITHDRAWN
    assert_verifies(desk.db)


def test_stale_version_is_refused(desk, clerk, old_item):
    with pytest.raises(ConflictError):
        lostfound_commands.propose_disposal(
            desk, clerk, old_item.id, "donated", expected_version=old_item.version + 1
        )


# --- lists, search, filters ---------------------------------------------------------------------


def test_lists_filters_and_search(desk, clerk, clock):
    umbrella = register(desk, clerk, found_at=clock.now() - timedelta(days=100))
    ring = register(
        desk,
        clerk,
        description="Обручальное КОЛЬЦО, золото",
        category="valuables",
        valuables=True,
        storage_place="Сейф 2",
    )
    phone = register(desk, clerk, description="iPhone 15 手机", category="electronics")
    everything = lostfound_views.list_items(desk, clerk).rows
    assert [i.id for i in everything] == [phone.id, ring.id, umbrella.id]

    def ids(**flt):
        return [
            i.id
            for i in lostfound_views.list_items(desk, clerk, lostfound_views.ItemFilter(**flt)).rows
        ]

    assert ids(valuables_only=True) == [ring.id]
    assert ids(category="electronics") == [phone.id]
    assert ids(due_only=True) == [umbrella.id]
    assert ids(search="雨伞") == [umbrella.id]  # two characters: the short path
    assert ids(search="手") == [phone.id]
    assert ids(search="кольцо") == [ring.id]  # Cyrillic, any case
    assert ids(search="сейф") == [ring.id]
    assert ids(search="iphone") == [phone.id]
    assert ids(search="lf-2026-00002") == [ring.id]  # a scanned tag
    assert ids(since=clock.now() - timedelta(days=1)) == [phone.id, ring.id]
    assert ids(states=frozenset({ItemState.RETURNED})) == []
    assert lostfound_views.find_by_number(desk, clerk, "LF-2026-00003").id == phone.id
    assert lostfound_views.find_by_number(desk, clerk, "LF-2026-00099") is None
    assert lostfound_views.find_by_number(desk, clerk, "umbrella") is None


def test_item_pages_are_keyset(desk, clerk, clock):
    made = [register(desk, clerk, description=f"item {i}").id for i in range(7)]
    seen, cursor = [], None
    while True:
        page = lostfound_views.list_items(desk, clerk, before=cursor, limit=3)
        seen += [i.id for i in page.rows]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == list(reversed(made))


def test_report_list_and_search(desk, clerk):
    a = report(desk, clerk)
    b = report(desk, clerk, guest_name="李娜", description="身份证", category="documents")
    assert [r.id for r in lostfound_views.list_reports(desk, clerk).rows] == [b.id, a.id]
    found = lostfound_views.list_reports(
        desk, clerk, lostfound_views.ReportFilter(search="身份")
    ).rows
    assert [r.id for r in found] == [b.id]
    open_ = lostfound_views.list_reports(
        desk, clerk, lostfound_views.ReportFilter(states=frozenset({ReportState.OPEN}))
    )
    assert len(open_.rows) == 2


# --- settings -------------------------------------------------------------------------------------


def test_manager_sets_categories_and_retention(desk, manager, clerk, clock):
    policy = lostfound_views.get_policy(desk)
    code = lostfound_commands.new_category_code()
    cats = tuple(
        ItemCategory(c.code, c.name, 30 if c.code == "clothing" else c.retention_days, c.active)
        for c in policy.categories
    ) + (ItemCategory(code, "Зонты", 14),)
    with pytest.raises(PermissionDenied):
        lostfound_commands.set_policy(desk, clerk, RetentionPolicy(cats))
    saved = lostfound_commands.set_policy(desk, manager, RetentionPolicy(cats, valuables_days=365))
    assert saved.days_for("clothing", False) == 30
    assert saved.days_for(code, False) == 14 and saved.days_for(code, True) == 365
    item = register(desk, clerk, category=code, description="зонт")
    clock.advance(timedelta(days=15))
    assert [
        i.id
        for i in lostfound_views.list_items(
            desk, clerk, lostfound_views.ItemFilter(due_only=True)
        ).rows
    ] == [item.id]
    assert_verifies(desk.db)


# --- tampering ------------------------------------------------------------------------------------


def test_a_photo_swapped_behind_the_back_is_found(desk, clerk):
    item = register(desk, clerk, photos=[png()])
    with desk.db.write() as conn:
        conn.execute(update(lf_photo).values(data=png("black")))
    problems = verify(desk.db).problems
    assert [(p.table, p.what) for p in problems] == [("lf_photo", "edited")]
    assert item.number == "LF-2026-00001"


def test_a_transaction_failing_after_numbering_leaves_no_gap(desk, clerk, monkeypatch):
    register(desk, clerk)
    before = counts(desk.db)

    def broken_disk(*args, **kwargs):
        raise OSError("disk full")

    # The item row and its number are written, then the photo fails: all of it rolls back.
    monkeypatch.setattr(lostfound_commands, "write_photo", broken_disk)
    with pytest.raises(OSError):
        register(desk, clerk, photos=[png()])
    assert counts(desk.db) == before
    monkeypatch.undo()
    assert register(desk, clerk).number == "LF-2026-00002"
    assert_verifies(desk.db)
