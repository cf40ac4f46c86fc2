"""One text rule in every book, on SQLite and PostgreSQL alike: a NUL or a lone surrogate is
refused with :class:`BadCharacter` naming the field and nothing is written (PostgreSQL used to
raise a raw driver error, SQLite to store the NUL); control and bidi characters are removed from
what is stored; a search with a NUL is refused too (SQLite used to return every entry or fail).
"""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select

from desk_app.domain.errors import BadCharacter
from desk_app.domain.lostfound.categories import ItemCategory, RetentionPolicy
from desk_app.domain.signature import Signature
from desk_app.services import accounts
from desk_app.services.complaints import commands as complaints_commands
from desk_app.services.complaints import views as complaints_views
from desk_app.services.complaints.views import ComplaintFilter
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import views as handover_views
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.services.log import commands as log_commands
from desk_app.services.log import views as log_views
from desk_app.services.log.views import LogFilter
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import views as lostfound_views
from desk_app.services.lostfound.views import ItemFilter, ReportFilter
from desk_app.store.journal import JournalWriter, insert_journaled
from desk_app.store.tables import (
    complaint,
    journal,
    key_asset,
    key_movement,
    lf_item,
    lf_report,
    lf_return,
    log_entry,
    person,
)
from desk_app.store.types import new_id

NUL = "\x00"
SURROGATE = "\ud800"
# What a paste from a web page or a spoofing attempt brings: a bidi override and its end, an
# isolate, an escape, a bell, DEL and a C1 control; all invisible, all removed.
JUNK = "\u202e\u202c\u2066\u2069\x1b\x07\x7f\x9b"


def journal_length(db) -> int:
    """Every write is journaled: an unchanged journal means nothing was written."""
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(journal)).scalar_one()


def refused(db, call, field: str) -> None:
    before = journal_length(db)
    with pytest.raises(BadCharacter) as err:
        call()
    assert err.value.field == field
    assert journal_length(db) == before


def row_of(db, table, row_id: str) -> dict:
    with db.read() as conn:
        return dict(conn.execute(select(table).where(table.c.id == row_id)).one()._mapping)


def png(color: str = "white", size: tuple[int, int] = (200, 80)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def signature() -> Signature:
    stroke = tuple((10.0 + i * 4, 40.0 + (i % 5) * 6) for i in range(40))
    return Signature(strokes=(stroke,), width=320, height=120, png=png())


# --- the duty log ----------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [NUL, SURROGATE])
@pytest.mark.parametrize("field", ["text", "room", "party"])
def test_log_entry_refuses_a_nul_or_broken_character(desk, clerk, field, bad):
    values = {"text": "Guest called", "room": "1208", "party": "Mr Li"}
    values[field] = f"12{bad}08"
    refused(
        desk.db, lambda: log_commands.record_entry(desk, clerk, category="note", **values), field
    )


def test_log_entry_stores_no_control_or_bidi_character(desk, clerk):
    entry = log_commands.record_entry(
        desk,
        clerk,
        category="incident",
        text=f"Leak in {JUNK}bathroom\r\nplumber called\rwaiting\tnow",
        room=f"\u202e8021{JUNK}",
        party=f"张\t先生{JUNK}",
    )
    stored = row_of(desk.db, log_entry, entry.id)
    assert stored["text"] == "Leak in bathroom\nplumber called\nwaiting\tnow"
    assert stored["room"] == "8021"
    assert stored["party"] == "张 先生"
    assert (entry.text, entry.room, entry.party) == (stored["text"], "8021", "张 先生")


def test_amending_and_closing_follow_the_rule(desk, clerk, clock):
    first = log_commands.record_entry(
        desk,
        clerk,
        category="request",
        text="Towels for 1208",
        follow_up_owner_id=clerk.id,
        follow_up_due=clock.now() + timedelta(hours=1),
    )
    refused(
        desk.db,
        lambda: log_commands.amend_entry(desk, clerk, first.id, category="request", text=f"x{NUL}"),
        "text",
    )
    follow_up_id = log_views.open_follow_ups(desk, clerk)[0].id
    refused(
        desk.db, lambda: log_commands.close_follow_up(desk, clerk, follow_up_id, text=NUL), "text"
    )
    closing = log_commands.close_follow_up(desk, clerk, follow_up_id, text=f"Brought{JUNK} them")
    assert row_of(desk.db, log_entry, closing.id)["text"] == "Brought them"


@pytest.mark.parametrize("query", [NUL, f"a{NUL}", f"Leak{NUL}", SURROGATE, f"漏水{SURROGATE}"])
def test_a_log_search_with_a_nul_or_broken_character_is_refused(desk, clerk, query):
    log_commands.record_entry(desk, clerk, category="note", text="Leak in 1208 漏水")
    log_commands.record_entry(desk, clerk, category="note", text="Taxi for 1502")
    with pytest.raises(BadCharacter) as err:
        log_views.list_entries(desk, clerk, LogFilter(search=query))
    assert err.value.field == "search"


def test_a_search_ignores_the_controls_the_text_lost(desk, clerk):
    log_commands.record_entry(desk, clerk, category="note", text=f"Leak in 12{JUNK}08")
    log_commands.record_entry(desk, clerk, category="note", text="Taxi for 1502")
    for query in ("1208", f"12{JUNK}08", f"\u202e{JUNK}08"):
        rows = log_views.list_entries(desk, clerk, LogFilter(search=query)).rows
        assert [r.text for r in rows] == ["Leak in 1208"], query
    assert len(log_views.list_entries(desk, clerk, LogFilter(search=JUNK)).rows) == 2  # no query


# --- complaints ------------------------------------------------------------------------------


def take(desk, actor, **over):
    values = dict(
        channel="walk_in",
        guest_name="Иван Петров",
        room="1208",
        contact="+7 912 555-12-34",
        category="maintenance",
        severity="medium",
        text="Кондиционер не работает",
        promised_at=desk.clock.now() + timedelta(hours=2),
    )
    values.update(over)
    return complaints_commands.intake(desk, actor, **values)


@pytest.mark.parametrize("field", ["guest_name", "room", "contact", "text"])
def test_complaint_intake_refuses_a_nul(desk, clerk, field):
    refused(desk.db, lambda: take(desk, clerk, **{field: f"a{NUL}b"}), field)
    refused(desk.db, lambda: take(desk, clerk, **{field: f"a{SURROGATE}b"}), field)


def test_complaint_steps_follow_the_rule(desk, clerk):
    view = take(
        desk,
        clerk,
        guest_name=f"Иван{JUNK} Петров",
        room="\u202e8021",
        contact=f"+7\t912{JUNK}",
        text=f"Кондиционер{JUNK}\r\nне работает",
    )
    stored = row_of(desk.db, complaint, view.id)
    assert (stored["guest_name"], stored["room"], stored["contact"]) == (
        "Иван Петров",
        "8021",
        "+7 912",
    )
    assert stored["text"] == "Кондиционер\nне работает"

    def act(action: str, version: int, note: str, **kw):
        return complaints_commands.act(
            desk, clerk, view.id, action, expected_version=version, note=note, **kw
        )

    refused(desk.db, lambda: act("acknowledge", view.version, f"ok{NUL}"), "note")
    view = act("acknowledge", view.version, f"Called{JUNK} back")
    logged = row_of(desk.db, log_entry, _last_log_id(desk.db))
    assert json.loads(logged["message_values"])["note"] == "Called back"  # the words as cleaned
    for over, field in (
        ({"outcome": f"Fixed{NUL}"}, "outcome"),
        ({"compensation_kind": f"voucher{SURROGATE}"}, "compensation_kind"),
    ):
        values = {"outcome": "Fixed", "compensation": "50", "compensation_kind": "voucher"}
        values.update(over)
        refused(desk.db, lambda v=values: act("resolve", view.version, "Done", **v), field)
    view = act(
        "resolve",
        view.version,
        "Done",
        outcome=f"Fixed{JUNK}\r\ntoday",
        compensation="50",
        compensation_kind=f"free\tdrink{JUNK}",
    )
    stored = row_of(desk.db, complaint, view.id)
    assert stored["outcome"] == "Fixed\ntoday"
    assert stored["compensation_kind"] == "free drink"


def _last_log_id(db) -> str:
    with db.read() as conn:
        return conn.execute(
            select(log_entry.c.id).order_by(log_entry.c.num.desc()).limit(1)
        ).scalar_one()


@pytest.mark.parametrize("query", [NUL, f"Иван{NUL}", SURROGATE])
def test_a_complaint_search_with_a_nul_is_refused(desk, clerk, query):
    take(desk, clerk)
    with pytest.raises(BadCharacter) as err:
        complaints_views.list_complaints(desk, clerk, ComplaintFilter(search=query))
    assert err.value.field == "search"


# --- lost and found --------------------------------------------------------------------------


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


@pytest.mark.parametrize(
    ("arg", "field"),
    [
        ("found_place", "found_place"),
        ("finder_name", "finder"),
        ("description", "description"),
        ("storage_place", "storage_place"),
    ],
)
def test_registering_a_found_item_refuses_a_nul(desk, clerk, arg, field):
    refused(desk.db, lambda: register(desk, clerk, **{arg: f"a{NUL}b"}), field)


@pytest.mark.parametrize("field", ["guest_name", "contact", "room", "lost_place", "description"])
def test_reporting_a_lost_item_refuses_a_nul(desk, clerk, field):
    refused(desk.db, lambda: report(desk, clerk, **{field: f"a{SURROGATE}b"}), field)


def test_lost_and_found_stores_no_control_or_bidi_character(desk, clerk, supervisor, clock):
    item = register(
        desk,
        clerk,
        found_place=f"Lobby{JUNK}",
        finder_name=f"Anna\tSmith{JUNK}",
        description=f"Black{JUNK} umbrella\r\nwooden handle",
        storage_place="\u202eShelf B",
    )
    stored = row_of(desk.db, lf_item, item.id)
    assert (stored["found_place"], stored["finder_name"], stored["storage_place"]) == (
        "Lobby",
        "Anna Smith",
        "Shelf B",
    )
    assert stored["description"] == "Black umbrella\nwooden handle"
    lost = report(desk, clerk, guest_name=f"Пётр{JUNK}", description=f"Umbrella{JUNK}")
    stored = row_of(desk.db, lf_report, lost.id)
    assert (stored["guest_name"], stored["description"]) == ("Пётр", "Umbrella")

    refused(
        desk.db,
        lambda: lostfound_commands.close_report(desk, clerk, lost.id, f"found{NUL}"),
        "note",
    )
    lostfound_commands.close_report(desk, clerk, lost.id, f"Found it{JUNK}\r\nhimself")
    assert row_of(desk.db, log_entry, _last_log_id(desk.db))["text"].find("\u202e") == -1

    def give_back(**over):
        values = dict(
            claimant_name="Anna Smith",
            claimant_contact="+7 900",
            id_document="passport",
            id_last_four="4521",
            identity_checked=True,
            signature=signature(),
        )
        values.update(over)
        return lostfound_commands.return_item(desk, clerk, item.id, **values)

    refused(desk.db, lambda: give_back(claimant_name=f"Anna{NUL}"), "claimant_name")
    refused(desk.db, lambda: give_back(claimant_contact=NUL), "claimant_contact")
    refused(desk.db, lambda: give_back(id_last_four=f"45{NUL}21"), "id_last_four")
    give_back(claimant_name=f"Anna{JUNK} Smith", id_last_four="45\u202e21")
    with desk.db.read() as conn:
        ret = conn.execute(select(lf_return).where(lf_return.c.item_id == item.id)).one()
    assert (ret.claimant_name, ret.id_last_four) == ("Anna Smith", "4521")

    old = register(desk, clerk, description="шарф", category="clothing")
    clock.advance(timedelta(days=91))
    refused(
        desk.db,
        lambda: lostfound_commands.propose_disposal(desk, clerk, old.id, "donated", f"x{NUL}"),
        "note",
    )
    lostfound_commands.propose_disposal(desk, clerk, old.id, "donated", f"To{JUNK} charity")
    refused(
        desk.db,
        lambda: lostfound_commands.decide_disposal(
            desk, supervisor, old.id, approve=False, note=SURROGATE
        ),
        "note",
    )


@pytest.mark.parametrize("query", [NUL, f"um{NUL}", f"umbrella{SURROGATE}"])
def test_lost_and_found_searches_with_a_nul_are_refused(desk, clerk, query):
    register(desk, clerk)
    report(desk, clerk)
    for call in (
        lambda: lostfound_views.list_items(desk, clerk, ItemFilter(search=query)),
        lambda: lostfound_views.list_reports(desk, clerk, ReportFilter(search=query)),
    ):
        with pytest.raises(BadCharacter) as err:
            call()
        assert err.value.field == "search"


def test_category_names_follow_the_rule(desk, manager):
    policy = lostfound_views.get_policy(desk)

    def with_category(name: str) -> RetentionPolicy:
        extra = ItemCategory(lostfound_commands.new_category_code(), name, 30, True)
        return RetentionPolicy((*policy.categories, extra), policy.valuables_days)

    refused(
        desk.db,
        lambda: lostfound_commands.set_policy(desk, manager, with_category(f"Um{NUL}")),
        "category_name",
    )
    saved = lostfound_commands.set_policy(desk, manager, with_category(f"\u202eUmbrellas{JUNK}"))
    assert "Umbrellas" in [c.name for c in saved.categories]


# --- keys ------------------------------------------------------------------------------------


@pytest.fixture
def board(desk, manager):
    keys_commands.add_key(
        desk, manager, code="F12", label="Floor 12", key_type="floor", hook_row=1, hook_col=1
    )
    return desk


def test_the_key_register_follows_the_rule(board, manager):
    def add(**over):
        values = dict(code="R-3", label="Radio 3", key_type="radio", hook_row=2, hook_col=1)
        values.update(over)
        return keys_commands.add_key(board, manager, **values)

    refused(board.db, lambda: add(label=f"Radio{NUL}"), "label")
    refused(board.db, lambda: add(code=f"R{NUL}3"), "code")
    added = add(code=f"r-{JUNK}3", label=f"Radio{JUNK}\t3")
    stored = row_of(board.db, key_asset, added.id)
    assert (stored["code"], stored["label"]) == ("R-3", "Radio 3")
    refused(
        board.db,
        lambda: keys_commands.update_key(
            board,
            manager,
            "R-3",
            label=SURROGATE,
            key_type="radio",
            hook_row=2,
            hook_col=1,
            restricted=False,
        ),
        "label",
    )


def test_a_key_lookup_with_a_nul_is_refused(board, clerk):
    for call in (
        lambda: keys_views.find_key(board, clerk, f"F12{NUL}"),
        lambda: keys_views.key_id_of(board, clerk, NUL),
    ):
        with pytest.raises(BadCharacter) as err:
            call()
        assert err.value.field == "code"
    assert keys_views.find_key(board, clerk, f"f{JUNK}12").code == "F12"


def test_issuing_returning_and_losing_a_key_follow_the_rule(board, clerk, supervisor, clock):
    def lend(**over):
        values = dict(
            holder_kind="outside",
            holder_name="Plumber",
            company="Water Co",
            id_document="passport",
            id_last_four="1234",
            purpose="Repair in 1208",
            expected_back=clock.now() + timedelta(hours=2),
        )
        values.update(over)
        return keys_commands.issue_key(board, clerk, "F12", **values)

    for arg in ("holder_name", "company", "purpose", "id_last_four"):
        refused(board.db, lambda a=arg: lend(**{a: f"12{NUL}34"}), arg)
    refused(
        board.db,
        lambda: keys_commands.issue_key(
            board,
            clerk,
            f"F12{NUL}",
            holder_kind="staff",
            holder_id=clerk.id,
            purpose="x",
            expected_back=clock.now() + timedelta(hours=1),
        ),
        "code",
    )
    lend(holder_name=f"\u202eOleg{JUNK}", company=f"Water{JUNK} Co", purpose="Repair\r\n1208")
    with board.db.read() as conn:
        moved = conn.execute(
            select(key_movement).order_by(key_movement.c.num.desc()).limit(1)
        ).one()
    assert (moved.holder_name, moved.company, moved.purpose) == ("Oleg", "Water Co", "Repair 1208")

    refused(board.db, lambda: keys_commands.return_key(board, clerk, "F12", f"ok{NUL}"), "note")
    keys_commands.return_key(board, clerk, "F12", f"ok{JUNK}\r\nthanks")
    with board.db.read() as conn:
        note = conn.execute(
            select(key_movement.c.note).order_by(key_movement.c.num.desc()).limit(1)
        ).scalar_one()
    assert note == "ok thanks"

    refused(
        board.db,
        lambda: keys_commands.report_key(board, clerk, "F12", "lost", f"in lift{NUL}"),
        "reason",
    )
    keys_commands.report_key(board, clerk, "F12", "lost", f"Lost{JUNK}\r\nin the lift")
    refused(
        board.db, lambda: keys_commands.restore_key(board, supervisor, "F12", SURROGATE), "reason"
    )
    refused(
        board.db, lambda: keys_commands.record_count(board, clerk, ["F12", f"R{NUL}"]), "present"
    )


# --- handover --------------------------------------------------------------------------------


def test_handover_remarks_discrepancies_and_policy_follow_the_rule(desk, clerk, manager):
    draft = handover_commands.start_handover(desk, clerk)

    def save(**over):
        return handover_commands.save_draft(desk, clerk, draft.id, handover_views.Draft(**over))

    refused(desk.db, lambda: save(remarks=f"All quiet{NUL}"), "remarks")
    bad_row = handover_views.Discrepancy("Radios", "3", "2", f"one{SURROGATE}")
    refused(desk.db, lambda: save(discrepancies=(bad_row,)), "discrepancies")
    saved = save(
        remarks=f"All quiet{JUNK}\r\nKeys counted",
        discrepancies=(
            handover_views.Discrepancy("\u202eRadios", "3", "2", f"one\r\nin{JUNK} repair"),
        ),
    )
    assert saved.draft.remarks == "All quiet\nKeys counted"
    assert saved.draft.discrepancies == (
        handover_views.Discrepancy("Radios", "3", "2", "one in repair"),
    )

    policy = handover_views.get_policy(desk)

    def set_policy(**over):
        values = dict(
            property_name=policy.property_name,
            shift_starts=policy.shift_starts,
            count_items=policy.count_items,
            checklist=policy.checklist,
        )
        values.update(over)
        return handover_commands.set_policy(desk, manager, handover_views.HandoverPolicy(**values))

    refused(desk.db, lambda: set_policy(property_name=f"Hotel{NUL}"), "property")
    refused(desk.db, lambda: set_policy(count_items=("Radios", f"Cash{NUL}")), "count_items")
    refused(desk.db, lambda: set_policy(checklist=(f"Desk{SURROGATE}",)), "checklist")
    saved_policy = set_policy(
        property_name=f"\u202eGrand{JUNK} Hotel", count_items=(f"Ra{JUNK}dios", "Cash\t")
    )
    assert saved_policy.property_name == "Grand Hotel"
    assert saved_policy.count_items == ("Radios", "Cash")


# --- people and stations ---------------------------------------------------------------------


def test_person_and_station_names_follow_the_rule(desk, manager):
    def add(name: str):
        return accounts.add_person(
            desk, manager, name=name, role="clerk", pin="24680", pin_repeat="24680"
        )

    refused(desk.db, lambda: add(f"Anna{NUL}"), "name")
    refused(desk.db, lambda: add(f"Anna{SURROGATE}"), "name")
    made = add(f"\u202eAnna{JUNK}\tLee")
    assert row_of(desk.db, person, made.id)["name"] == "Anna Lee"
    desk.station = f"Front{NUL} desk"
    refused(desk.db, lambda: accounts.register_station(desk), "station")


# --- the store's last check ------------------------------------------------------------------


@pytest.mark.parametrize("bad", [NUL, SURROGATE])
def test_the_store_names_a_text_that_skipped_the_rule(desk, clerk, bad):
    """A bug (a path that forgot the rule) is named before the database sees it, the same way on
    both engines, instead of a driver error on one and a stored NUL on the other."""
    before = journal_length(desk.db)
    row = {
        "id": new_id(),
        "num": 1,
        "at": desk.clock.now(),
        "category": "note",
        "text": f"x{bad}",
        "room": "",
        "party": "",
        "important": False,
        "author_id": clerk.id,
        "station": desk.station,
    }
    unstorable = r"log_entry\.text: a NUL or a lone surrogate"
    with pytest.raises(ValueError, match=unstorable), desk.db.write() as conn:
        w = JournalWriter(conn, station=desk.station, actor=clerk.id)
        insert_journaled(conn, w, log_entry, row, desk.clock.now())
        w.flush()
    assert journal_length(desk.db) == before
