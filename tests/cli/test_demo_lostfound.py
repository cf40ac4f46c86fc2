"""The demo's lost-and-found book: written through the real writers, every movement in the log.

A little over three months of demo data (long enough for the first items to pass their 90-day
retention) are read back with plain SQL and checked against the domain's rules: numbers per year
without gaps, found before registered, every return with an identity check and a signature that
reads back, every disposal proposed after retention and decided by another, senior person, every
movement a duty-log entry linked to its item, and the whole file verifies.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.book_text import entry_text
from desk_app.cli import main
from desk_app.demo.accounts import DEMO_ACCOUNTS
from desk_app.domain.book_lines import BookLine
from desk_app.domain.lostfound.categories import BUILTIN_CATEGORIES, default_policy
from desk_app.domain.lostfound.rules import (
    Decision,
    DisposalMethod,
    IdDocument,
    ItemState,
    ReportState,
)
from desk_app.domain.signature import PNG_MAGIC, strokes_from_json
from desk_app.services.accounts import sign_in_by_name
from desk_app.services.desk import open_desk
from desk_app.services.lostfound import detail as lostfound_detail
from desk_app.services.lostfound import matching as lostfound_matching
from desk_app.services.lostfound import views as lostfound_views
from desk_app.store.tables import (
    lf_disposal,
    lf_item,
    lf_photo,
    lf_report,
    lf_return,
    log_entry,
    person,
)
from desk_app.store.verify import verify

YEARS = 0.3  # about 110 days: the first three weeks' items are past their retention
DAYS = YEARS * 365.25


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("lfdemo") / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--years", str(YEARS)]) == 0
    return path


@pytest.fixture(scope="module")
def book(demo):
    desk = open_desk(str(demo), station="Front desk", create=False)
    try:
        with desk.db.read() as conn:
            data = {
                "people": {r.id: r for r in conn.execute(select(person))},
                "items": conn.execute(select(lf_item).order_by(lf_item.c.num)).all(),
                "photos": conn.execute(select(lf_photo)).all(),
                "reports": conn.execute(select(lf_report).order_by(lf_report.c.num)).all(),
                "returns": conn.execute(select(lf_return)).all(),
                "disposals": conn.execute(
                    select(lf_disposal).order_by(lf_disposal.c.proposed_at)
                ).all(),
                "log": conn.execute(
                    select(
                        log_entry.c.num,
                        log_entry.c.at,
                        log_entry.c.author_id,
                        log_entry.c.lf_item_id,
                        log_entry.c.text,
                        log_entry.c.message,
                        log_entry.c.message_values,
                    ).order_by(log_entry.c.num)
                ).all(),
            }
        data["verify"] = verify(desk.db)
        data["now"] = desk.clock.now()
    finally:
        desk.db.dispose()
    return data


def _reads(entry, language: str) -> str:
    """A log entry as a reader in ``language`` reads it (the program's lines are stored as a
    message and its values)."""
    line = BookLine.decode(entry.message, entry.message_values) if entry.message else None
    return entry_text(entry.text, line, language)


def test_the_book_has_the_scale_and_mix_of_a_busy_desk(book):
    items, reports, returns = book["items"], book["reports"], book["returns"]
    assert book["verify"].ok, [p.describe() for p in book["verify"].problems]
    assert 8 * DAYS <= len(items) <= 12 * DAYS  # about 10 a day: 11,000 in three years
    assert 2.5 * DAYS <= len(reports) <= 5 * DAYS  # about 4,000 in three years
    assert 0.25 * len(items) <= len(returns) <= 0.45 * len(items)  # about 35%
    after_report = sum(r.report_id is not None for r in returns)
    assert 0.2 * len(returns) <= after_report <= 0.5 * len(returns)  # about a third
    states = Counter(i.state for i in items)
    assert set(states) >= {s.value for s in (ItemState.STORED, ItemState.RETURNED)}
    assert states[ItemState.DISPOSED.value] > 0
    assert {i.category for i in items} == set(BUILTIN_CATEGORIES)
    assert any(i.valuables for i in items) and not all(i.valuables for i in items)
    assert {i.finder_kind for i in items} == {"staff", "guest"}
    assert 0 < len(book["photos"]) < 0.1 * len(items)
    for photo in book["photos"]:
        assert photo.mime == "image/jpeg" and bytes(photo.data).startswith(b"\xff\xd8\xff")
        assert len(photo.data) < 8 * 1024
    texts = " ".join(i.description for i in items)
    assert re.search(r"[\u4e00-\u9fff]", texts) and re.search(r"[а-яё]", texts.lower())
    assert re.search(r"\b(umbrella|wallet|charger|passport)\b", texts.lower())
    places = " ".join(i.storage_place for i in items)
    assert "保险柜" in places and "Сейф" in places and "Safe" in places
    assert {r.state for r in reports} >= {ReportState.OPEN.value, ReportState.CLOSED.value}


def test_numbers_are_gapless_per_year_and_found_before_registered(book):
    items = book["items"]
    assert [i.num for i in items] == list(range(1, len(items) + 1))
    by_year = defaultdict(list)
    for i in items:
        assert i.found_at <= i.registered_at <= book["now"]
        assert i.year == i.registered_at.astimezone().year
        by_year[i.year].append(i)
    for year_items in by_year.values():
        year_items.sort(key=lambda i: i.registered_at)
        assert [i.seq for i in year_items] == list(range(1, len(year_items) + 1))


def test_every_return_has_an_identity_check_and_a_signature(book):
    items = {i.id: i for i in book["items"]}
    reports = {r.id: r for r in book["reports"]}
    returns = {r.item_id: r for r in book["returns"]}
    assert len(returns) == len(book["returns"])  # one per item
    assert set(returns) == {i.id for i in items.values() if i.state == ItemState.RETURNED.value}
    people = book["people"]
    for item_id, ret in returns.items():
        assert ret.returned_at >= items[item_id].registered_at
        assert IdDocument(ret.id_document) and re.fullmatch(r"[0-9A-Z]{4}", ret.id_last_four)
        assert ret.claimant_name.strip()
        assert people[ret.returned_by_id].active
        strokes, width, height = strokes_from_json(ret.signature)
        assert sum(len(s) for s in strokes) >= 10 and width > 0 and height > 0
        png = bytes(ret.signature_png)
        assert png.startswith(PNG_MAGIC) and len(png) < 3 * 1024
        if ret.report_id is not None:
            report = reports[ret.report_id]
            assert report.item_id == item_id and report.state == ReportState.CLOSED.value
            assert report.reported_at <= ret.returned_at


def test_disposals_wait_for_retention_and_a_second_senior_person(book):
    policy = default_policy()
    items = {i.id: i for i in book["items"]}
    people = book["people"]
    by_item = defaultdict(list)
    for d in book["disposals"]:
        by_item[d.item_id].append(d)
        item = items[d.item_id]
        assert d.proposed_at >= policy.dispose_after(item.found_at, item.category, item.valuables)
        assert DisposalMethod(d.method)
        if d.decision in (Decision.APPROVED.value, Decision.REJECTED.value):
            assert d.decided_by_id != d.proposed_by_id
            assert people[d.decided_by_id].role in ("supervisor", "manager")
            assert d.decided_at > d.proposed_at
        if d.decision == Decision.REJECTED.value:
            assert d.decision_note
    decisions = Counter(d.decision for d in book["disposals"])
    assert decisions[Decision.APPROVED.value] > 0 and decisions[Decision.REJECTED.value] > 0
    for item in items.values():
        history = by_item[item.id]
        approved = [d for d in history if d.decision == Decision.APPROVED.value]
        pending = [d for d in history if d.decision is None]
        assert len(approved) == (item.state == ItemState.DISPOSED.value)
        assert len(pending) == (item.state == ItemState.DISPOSAL_PROPOSED.value)
        if item.found_at > book["now"] - timedelta(days=90):
            assert not history and item.state != ItemState.DISPOSED.value
    # Valuables are kept longer: none of them is past its 180 days in this short demo.
    assert not any(items[d.item_id].valuables for d in book["disposals"])


def test_every_movement_is_a_log_entry_linked_to_its_item(book):
    log = book["log"]
    assert [e.num for e in log] == list(range(1, len(log) + 1))
    assert all(a.at <= b.at for a, b in zip(log, log[1:], strict=False))  # one time order
    linked = defaultdict(list)
    for e in log:
        if e.lf_item_id is not None:
            linked[e.lf_item_id].append(e)
    links = Counter(r.item_id for r in book["reports"] if r.item_id)
    returned = {r.item_id for r in book["returns"]}
    moves = Counter(d.item_id for d in book["disposals"])
    decided = Counter(
        d.item_id
        for d in book["disposals"]
        if d.decision in (Decision.APPROVED.value, Decision.REJECTED.value)
    )
    for item in book["items"]:
        entries = linked[item.id]
        first = entries[0]
        assert first.at == item.registered_at and first.author_id == item.registered_by_id
        number = f"LF-{item.year}-{item.seq:05d}"
        assert first.message == "lostfound.found" and number in _reads(first, "en")
        expected = 1 + links[item.id] + (item.id in returned) + moves[item.id] + decided[item.id]
        assert len(entries) == expected, number
    # Reports and their closing are in the log too (category request, no item).
    # The program's lines read in the reader's language, whoever wrote them.
    found = linked[book["items"][0].id][0]
    assert "Found item" in _reads(found, "en")
    assert re.search(r"[\u4e00-\u9fff]", _reads(found, "zh_CN"))
    assert "Зарегистрирована находка" in _reads(found, "ru")


def test_the_book_reads_back_through_the_services(demo, book):
    desk = open_desk(str(demo), station="Front desk", create=False)
    try:
        account = DEMO_ACCOUNTS[3]  # a clerk
        actor = sign_in_by_name(desk, name=account.name, pin=account.pin)
        page = lostfound_views.list_items(desk, actor)
        assert len(page.rows) == lostfound_views.PAGE_SIZE and page.next_cursor is not None
        assert page.rows[0].found_at >= page.rows[-1].found_at
        returned = next(i for i in book["items"] if i.state == ItemState.RETURNED.value)
        detail = lostfound_detail.item_detail(desk, actor, returned.id)
        assert detail.returned is not None and detail.returned.signature_png.startswith(PNG_MAGIC)
        open_report = next(r for r in book["reports"] if r.state == ReportState.OPEN.value)
        assert isinstance(lostfound_matching.matches_for_report(desk, actor, open_report.id), list)
    finally:
        desk.db.dispose()


def test_bench_measures_matching_against_the_raw_window(demo, tmp_path):
    from desk_app.bench import books as bench_books
    from desk_app.bench import report
    from desk_app.bench.figures import bench_actor
    from desk_app.bench.scratch import copy_database

    for key in (
        "lostfound_items",
        "lostfound_match_ms_p50",
        "raw_lostfound_window_ms_p50",
        "lostfound_page_ms_p50",
    ):
        assert key in report.KEYS and key in report.LABELS
    copy = tmp_path / "copy.sqlite"
    copy_database(demo, copy)  # the bench writes its reports into a copy, never the book
    desk = open_desk(str(copy), station="bench", create=False)
    try:
        clerk = bench_actor(desk)
        reports = bench_books.lostfound_reports(desk, clerk, count=4)
        assert len(reports) == 4
        assert bench_books.lostfound_match_ms(desk, clerk, reports).p50 > 0
        raw, candidates = bench_books.raw_lostfound_window_ms(copy, reports)
        assert raw.p50 > 0 and candidates > 0
        assert bench_books.lostfound_page_ms(desk, clerk, repeats=2).p50 > 0
        figures = bench_books.lostfound_figures(desk, clerk, copy)
        assert all(v and v > 0 for v in figures.values()), figures
    finally:
        desk.db.dispose()
    result = dict.fromkeys(report.KEYS) | {"lostfound_items": 11000, "lostfound_match_ms_p50": 4.25}
    assert json.loads(report.format_json(result))["raw_lostfound_window_ms_p50"] is None
    table = report.format_table(result)
    assert "11,000" in table and "4.25 ms" in table
