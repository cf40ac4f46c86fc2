"""The demo's key book: written through the real writers, its restricted keys and losses in the log.

A little over three months of demo data are read back with plain SQL and checked against the
domain's rules: about 100 movements a day, every return after an issue of the same key (and every
loss, every restoration in its place in each key's life), master keys issued only by supervisors
and the manager and back within the policy's hours, every restricted movement and every loss a
duty-log entry in the one numbered book, a count at each handover, some keys out at the end and
one or two overdue; the file verifies and the board reads back through the services.
"""

from __future__ import annotations

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
from desk_app.domain.keys import KeyState, KeyType, Movement
from desk_app.services.accounts import sign_in_by_name
from desk_app.services.desk import open_desk
from desk_app.services.keys import views as keys_views
from desk_app.store.tables import (
    key_asset,
    key_count,
    key_movement,
    log_entry,
    person,
    staff_member,
)
from desk_app.store.verify import verify

YEARS = 0.3
DAYS = YEARS * 365.25


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("keysdemo") / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--years", str(YEARS)]) == 0
    return path


@pytest.fixture(scope="module")
def book(demo):
    desk = open_desk(str(demo), station="Front desk", create=False)
    try:
        with desk.db.read() as conn:
            data = {
                "people": {r.id: r for r in conn.execute(select(person))},
                "keys": {r.id: r for r in conn.execute(select(key_asset))},
                "staff": {r.id: r for r in conn.execute(select(staff_member))},
                "moves": conn.execute(select(key_movement).order_by(key_movement.c.num)).all(),
                "counts": conn.execute(select(key_count).order_by(key_count.c.at)).all(),
                "log": conn.execute(
                    select(
                        log_entry.c.num,
                        log_entry.c.at,
                        log_entry.c.category,
                        log_entry.c.author_id,
                        log_entry.c.key_id,
                        log_entry.c.text,
                        log_entry.c.message,
                        log_entry.c.message_values,
                    ).order_by(log_entry.c.num)
                ).all(),
            }
            data["policy"] = keys_views.read_policy(conn)
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


def test_the_register_fits_the_board(book):
    registered = list(book["keys"].values())
    active = [k for k in registered if k.active]
    assert 130 <= len(registered) <= 170
    assert 1 <= len(registered) - len(active) <= 8  # a few retired, with their history
    hooks = [(k.hook_row, k.hook_col) for k in active]
    assert len(set(hooks)) == len(hooks)
    assert all(1 <= r <= 10 and 1 <= c <= 16 for r, c in hooks)
    assert {k.key_type for k in active} == {t.value for t in KeyType}
    masters = [k for k in active if k.key_type == KeyType.MASTER.value]
    assert 2 <= len(masters) <= 3 and all(k.restricted for k in masters)
    assert not any(k.restricted for k in active if k.key_type != KeyType.MASTER.value)
    labels = " ".join(k.label for k in registered)
    assert "万能钥匙" in labels and "мастер-ключ" in labels and "Master key" in labels
    assert re.search(r"[\u4e00-\u9fff]", labels) and re.search(r"[а-яё]", labels.lower())
    retired = {k.id for k in registered if not k.active}
    assert retired & {m.key_id for m in book["moves"]}  # in use before, history kept
    # Each retired with its reason, which its history shows.
    retirements = [m for m in book["moves"] if m.kind == Movement.RETIRE.value]
    assert {m.key_id for m in retirements} == retired and all(m.note for m in retirements)


def test_about_a_hundred_movements_a_day(book):
    moves = book["moves"]
    assert 85 * DAYS <= len(moves) <= 120 * DAYS  # 110,000 in three years
    kinds = Counter(m.kind for m in moves)
    assert abs(kinds[Movement.ISSUE.value] - kinds[Movement.RETURN.value]) < 40
    issues = [m for m in moves if m.kind == Movement.ISSUE.value]
    outside = [m for m in issues if m.holder_kind == "outside"]
    assert 0.1 * len(issues) <= len(outside) <= 0.3 * len(issues)
    for m in outside:  # an identity check: the document and its last four characters only
        assert m.holder_id is None and m.holder_name and m.id_document
        assert re.fullmatch(r"[0-9A-Z]{4}", m.id_last_four)
    assert any(m.company for m in outside) and not all(m.company for m in outside)
    for m in issues:
        assert m.purpose and m.expected_back > m.at
        if m.holder_kind == "staff":
            assert m.holder_name == book["people"][m.holder_id].name
    by_day = Counter(m.at.astimezone().date() for m in moves)
    days = sorted(by_day)
    full_days = [by_day[d] for d in days[1:-1]]  # the first and the last day are partial
    assert min(full_days) >= 55 and max(full_days) <= 160
    radios = [m for m in issues if book["keys"][m.key_id].key_type == KeyType.RADIO.value]
    long = [m for m in radios if m.expected_back - m.at >= timedelta(hours=10)]
    assert len(long) >= 3 * DAYS  # the desk's radios, out for a whole shift


def test_directory_members_take_their_departments_keys(book):
    """Housekeepers, engineers and guards of the staff directory take keys in their own name."""
    staff = book["staff"]
    assert 8 <= len(staff) <= 15
    names = " ".join(m.name for m in staff.values())
    assert re.search(r"[\u4e00-\u9fff]", names) and re.search(r"[а-яё]", names.lower())
    assert re.search(r"[A-Za-z]", names)
    issues = [m for m in book["moves"] if m.kind == Movement.ISSUE.value]
    to_members = [m for m in issues if m.holder_kind == "directory"]
    assert 0.1 * len(issues) <= len(to_members) <= 0.5 * len(issues)
    for m in to_members:
        member = staff[m.staff_member_id]
        assert m.holder_name == member.name and m.holder_id is None and m.id_document is None
    assert {staff[m.staff_member_id].department for m in to_members} == {
        "housekeeping",
        "engineering",
        "security",
    }


def test_every_return_follows_an_issue_of_the_same_key(book):
    state: dict[str, str] = defaultdict(lambda: KeyState.IN.value)
    loan: dict[str, object] = {}
    moves = book["moves"]
    assert [m.num for m in moves] == list(range(1, len(moves) + 1))
    assert all(a.at <= b.at for a, b in zip(moves, moves[1:], strict=False))
    late = returns = 0
    for m in moves:
        key = m.key_id
        assert m.at >= book["keys"][key].created_at
        if m.kind == Movement.ISSUE.value:
            assert state[key] == KeyState.IN.value, m
            state[key], loan[key] = KeyState.OUT.value, m
        elif m.kind == Movement.RETURN.value:
            issue = loan.pop(key)
            assert state[key] == KeyState.OUT.value and m.issue_id == issue.id
            assert m.holder_name == issue.holder_name and m.at > issue.at
            state[key] = KeyState.IN.value
            returns += 1
            late += m.at > issue.expected_back
        elif m.kind in (Movement.LOST.value, Movement.DAMAGED.value):
            assert state[key] != KeyState.OFF.value
            if key in loan:
                assert m.issue_id == loan.pop(key).id
            state[key] = KeyState.OFF.value
        elif m.kind == Movement.RETIRE.value:  # on its hook, with the reason
            assert state[key] == KeyState.IN.value and m.note
            assert not book["keys"][key].active
        else:
            assert m.kind == Movement.RESTORE.value and state[key] == KeyState.OFF.value
            state[key] = KeyState.IN.value
    assert 0.01 * returns <= late <= 0.06 * returns  # about 3% come back late
    for key in book["keys"].values():
        assert key.state == state[key.id]
        if key.state == KeyState.OUT.value:
            assert key.issue_id == loan[key.id].id and key.holder_name == loan[key.id].holder_name
        else:
            assert key.issue_id is None and key.holder_name is None


def test_master_keys_only_from_supervisors_and_back_within_the_limit(book):
    people, hours = book["people"], timedelta(hours=book["policy"].restricted_hours)
    restricted = {k.id for k in book["keys"].values() if k.restricted}
    log = {(e.key_id, e.at): e for e in book["log"] if e.key_id is not None}
    issued: dict[str, object] = {}
    count = 0
    for m in book["moves"]:
        if m.key_id not in restricted:
            continue
        entry = log[(m.key_id, m.at)]  # each writes its duty-log entry, by whoever moved it
        assert entry.category == "security" and entry.author_id == m.actor_id
        if m.kind == Movement.ISSUE.value:
            count += 1
            assert people[m.actor_id].role in ("supervisor", "manager")
            assert m.holder_kind == "staff" and m.expected_back <= m.at + hours
            issued[m.key_id] = m
        elif m.kind == Movement.RETURN.value:
            assert m.at <= issued.pop(m.key_id).at + hours
    assert count >= 2 * DAYS


def test_losses_are_incidents_and_a_supervisor_puts_keys_back(book):
    people = book["people"]
    log = {(e.key_id, e.at): e for e in book["log"] if e.key_id is not None}
    losses = [m for m in book["moves"] if m.kind in (Movement.LOST.value, Movement.DAMAGED.value)]
    assert 1 <= len(losses) <= 6
    for m in losses:
        entry = log[(m.key_id, m.at)]
        assert entry.category == "incident" and entry.message == f"keys.{m.kind}"
        assert m.note and all(m.note in _reads(entry, lang) for lang in ("en", "zh_CN", "ru"))
    restores = [m for m in book["moves"] if m.kind == Movement.RESTORE.value]
    assert len(restores) in (len(losses), len(losses) - 1)  # the last may still be off
    for m in restores:
        assert people[m.actor_id].role in ("supervisor", "manager")
        assert log[(m.key_id, m.at)].category == "security"


def test_the_board_is_counted_at_each_handover(book):
    counts = book["counts"]
    assert 1.8 * DAYS <= len(counts) <= 2.2 * DAYS
    people = book["people"]
    assert {people[c.actor_id].role for c in counts} == {"clerk"}
    off = [c for c in counts if not c.matches]
    assert 0 < len(off) <= 0.08 * len(counts)
    notes = {e.at: e for e in book["log"] if e.category == "security" and e.key_id is None}
    for c in off:
        assert c.at in notes and notes[c.at].author_id == c.actor_id
    for c in counts:
        hour = c.at.astimezone().hour
        assert hour in (8, 20)  # at the shift change


def test_log_numbers_run_on_through_the_key_book(book):
    log = book["log"]
    assert [e.num for e in log] == list(range(1, len(log) + 1))
    assert all(a.at <= b.at for a, b in zip(log, log[1:], strict=False))
    # The program's lines read in the reader's language, whoever wrote them.
    issue = next(e for e in log if e.message == "keys.issue")
    assert "Restricted key" in _reads(issue, "en")
    assert re.search(r"[\u4e00-\u9fff]", _reads(issue, "zh_CN"))
    assert "Ключ ограниченного доступа" in _reads(issue, "ru")


def test_the_end_leaves_keys_out_and_one_or_two_overdue(book):
    assert book["verify"].ok, [p.describe() for p in book["verify"].problems]
    out = [k for k in book["keys"].values() if k.state == KeyState.OUT.value]
    overdue = [k for k in out if k.expected_back < book["now"]]
    assert len(out) >= 3
    assert 1 <= len(overdue) <= 6


def test_the_board_reads_back_through_the_services(demo, book):
    desk = open_desk(str(demo), station="Front desk", create=False)
    try:
        account = DEMO_ACCOUNTS[3]  # a clerk
        actor = sign_in_by_name(desk, name=account.name, pin=account.pin)
        board = keys_views.board(desk, actor)
        active = {k.id for k in book["keys"].values() if k.active}
        assert {k.id for k in board} == active
        assert [(k.hook_row, k.hook_col) for k in board] == sorted(
            (k.hook_row, k.hook_col) for k in board
        )
        assert board[0].hook == "A1" and board[0].restricted
        out = [k for k in board if k.state is KeyState.OUT]
        assert out and all(k.holder_name and k.out_since for k in out)
        assert sum(k.overdue for k in board) == keys_views.overdue_count(desk) >= 1
        assert len(keys_views.board(desk, actor, include_retired=True)) == len(book["keys"])
        busy = Counter(m.key_id for m in book["moves"]).most_common(1)[0][0]
        page = keys_views.history(desk, actor, key_id=busy)
        assert len(page.rows) == keys_views.PAGE_SIZE and page.next_cursor is not None
        assert all(r.key_id == busy for r in page.rows)
        assert [r.num for r in page.rows] == sorted((r.num for r in page.rows), reverse=True)
        more = keys_views.history(desk, actor, key_id=busy, before=page.next_cursor)
        assert more.rows[0].num < page.rows[-1].num
        mine = keys_views.history(desk, actor, person_id=actor.id)
        assert mine.rows
        assert all(r.holder_id == actor.id or r.actor_name == actor.name for r in mine.rows)
        last = keys_views.last_count(desk, actor)
        assert last is not None and last.at == book["counts"][-1].at
    finally:
        desk.db.dispose()


def test_bench_measures_the_board_against_the_raw_register(demo, tmp_path):
    from desk_app.bench import books as bench_books
    from desk_app.bench import report
    from desk_app.bench.figures import bench_actor
    from desk_app.bench.scratch import copy_database

    for key in (
        "key_movements",
        "key_board_ms",
        "raw_key_board_ms",
        "key_issue_ms_p50",
        "key_history_ms_p50",
    ):
        assert key in report.KEYS and key in report.LABELS
    copy = tmp_path / "copy.sqlite"
    copy_database(demo, copy)  # the bench lends keys in a copy, never in the book
    desk = open_desk(str(copy), station="bench", create=False)
    try:
        clerk = bench_actor(desk)
        before = {k.code: k.state for k in keys_views.board(desk, clerk)}
        issued = bench_books.key_issue_ms(desk, clerk, count=3)
        assert issued is not None and len(issued.samples_ms) == 3
        assert {k.code: k.state for k in keys_views.board(desk, clerk)} == before  # all taken back
        figures = bench_books.key_figures(desk, clerk, copy)
        assert all(v and v > 0 for v in figures.values()), figures
        assert verify(desk.db).ok
    finally:
        desk.db.dispose()
    result = dict.fromkeys(report.KEYS) | {"key_movements": 109834, "key_board_ms": 1.25}
    table = report.format_table(result)
    assert "109,834" in table and "1.25 ms" in table
