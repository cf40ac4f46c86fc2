"""Issue 19, the archive: a year past the retention moved out of a book written through the
services, what stays (open items, what later rows touch or refer to), the chain proven on both
sides, a second year after the first, the refusals; faults in tests/services/test_archive_faults.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.domain.errors import PermissionDenied, StorageError, ValidationError
from desk_app.services import archive as archive_service
from desk_app.services.archive_open import check_archive, open_archive
from desk_app.services.complaints import commands as complaints
from desk_app.services.desk import Desk
from desk_app.services.keys import commands as keys
from desk_app.services.log import commands as log
from desk_app.services.log.views import LogFilter, list_entries
from desk_app.store.anchor import write_anchor
from desk_app.store.archive_base import latest_checkpoint
from desk_app.store.database import connect, open_readonly
from desk_app.store.tables import complaint, follow_up, key_movement, log_entry, sign_in
from desk_app.store.verify import verify
from tests.conftest import CLERK_PIN, MANAGER_PIN, STATION, make_manager, make_person


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url  # archiving is for SQLite books (a server's is refused: see below)


def local(*args: int) -> datetime:
    return datetime(*args).astimezone()


@dataclass
class Book:
    desk: Desk
    manager: object
    clerk: object
    ids: dict[str, str]


@pytest.fixture
def book(desk, clock) -> Iterator[Book]:
    """Half a year of 2021 and a month of 2022, with each kind of record the rule names."""
    clock.set(local(2021, 6, 1, 9, 0))
    manager = make_manager(desk)
    clerk = make_person(desk, manager, "王芳", "clerk", CLERK_PIN)
    ids: dict[str, str] = {}
    keys.add_key(
        desk, manager, code="F12", label="Floor 12", key_type="floor", hook_row=1, hook_col=1
    )
    keys.add_key(
        desk, manager, code="R-3", label="Radio 3", key_type="radio", hook_row=1, hook_col=2
    )

    def entry(name: str, text: str, **more) -> None:
        clock.advance(timedelta(hours=1))
        ids[name] = log.record_entry(desk, clerk, category="note", text=text, **more).id

    entry("plain", "Lamp replaced in the lobby, 大堂灯")
    entry(
        "open_fu",
        "Guest in 301 wants a cot",
        follow_up_owner_id=clerk.id,
        follow_up_due=clock.now() + timedelta(days=1),
    )
    entry(
        "closed_fu",
        "Taxi for 402",
        follow_up_owner_id=clerk.id,
        follow_up_due=clock.now() + timedelta(hours=3),
    )
    entry(
        "fu_2022",
        "Window in 505 sticks",
        follow_up_owner_id=clerk.id,
        follow_up_due=clock.now() + timedelta(days=2),
    )
    entry("amended", "Parcel for 210 at the desk")
    with desk.db.read() as conn:
        fus = {r.entry_id: r.id for r in conn.execute(select(follow_up))}
    ids.update(
        open_fu_fu=fus[ids["open_fu"]],
        closed_fu_fu=fus[ids["closed_fu"]],
        fu_2022_fu=fus[ids["fu_2022"]],
    )
    clock.advance(timedelta(hours=1))
    log.close_follow_up(desk, clerk, ids["closed_fu_fu"], text="Taxi came at 10:05")
    clock.advance(timedelta(hours=1))
    ids["complaint"] = complaints.intake(
        desk,
        clerk,
        channel="phone",
        guest_name="Ivanov",
        room="707",
        category="noise",
        severity="low",
        text="Noise from the bar",
        promised_at=clock.now() + timedelta(hours=2),
    ).id
    clock.advance(timedelta(hours=1))
    keys.issue_key(
        desk,
        clerk,
        "R-3",
        holder_kind="staff",
        holder_id=clerk.id,
        purpose="Patrol",
        expected_back=clock.now() + timedelta(hours=2),
    )
    clock.advance(timedelta(hours=1))
    keys.return_key(desk, clerk, "R-3")
    clock.advance(timedelta(hours=1))
    keys.issue_key(
        desk,
        clerk,
        "F12",
        holder_kind="staff",
        holder_id=clerk.id,
        purpose="Floor 12 rooms",
        expected_back=clock.now() + timedelta(hours=8),
    )
    with desk.db.read() as conn:
        ids["open_issue"] = conn.execute(
            select(key_movement.c.id)
            .where(key_movement.c.kind == "issue")
            .order_by(key_movement.c.num.desc())
        ).scalar()
    # 2022: a follow-up of 2021 closed, an entry of 2021 amended, an entry of its own.
    clock.set(local(2022, 2, 1, 10, 0))
    log.close_follow_up(desk, clerk, ids["fu_2022_fu"], text="Window fixed")
    clock.advance(timedelta(hours=1))
    ids["amendment"] = log.amend_entry(
        desk, clerk, ids["amended"], category="note", text="Parcel for 211, not 210"
    ).id
    entry("new", "A quiet night in 2022")
    write_anchor(desk.db)
    # Archived in 2026: 2021 is past three years.
    clock.set(local(2026, 3, 1, 9, 0))
    yield Book(desk, manager, clerk, ids)
    desk.db.dispose()  # the book opened anew by an archiving


def archive(book: Book, year: int, tmp_path: Path) -> archive_service.ArchiveDone:
    return archive_service.archive_year(
        book.desk, book.manager, year, labels={}, folder=tmp_path / "archives", pin=MANAGER_PIN
    )


def assert_verifies(db) -> None:
    report = verify(db)
    assert report.ok, [p.describe() for p in report.problems]


def ids_of(conn, table) -> set[str]:
    return {r[0] for r in conn.execute(select(table.c.id))}


def test_a_year_leaves_the_book_open_items_and_what_later_rows_touch_stay(book, tmp_path):
    ids = book.ids
    done = archive(book, 2021, tmp_path)
    assert done.archive == tmp_path / "archives" / "desk-archive-2021.sqlite"
    assert [p.name for p in done.reports] == [
        f"desk-archive-2021-duty-report-2021-{m:02d}.pdf" for m in range(1, 13)
    ]
    assert all(p.stat().st_mode & 0o077 == 0 for p in (done.archive, *done.reports))
    assert done.open_kept >= 3  # the follow-up, the complaint, the key's issue
    db = book.desk.db  # opened anew after the file was made smaller
    with db.read() as conn:
        entries = ids_of(conn, log_entry)
        fus = ids_of(conn, follow_up)
        moves = ids_of(conn, key_movement)
        assert ids["plain"] not in entries
        assert ids["closed_fu"] not in entries and ids["closed_fu_fu"] not in fus
        assert ids["open_fu"] in entries and ids["open_fu_fu"] in fus  # open
        assert ids["fu_2022"] in entries and ids["fu_2022_fu"] in fus  # closed in 2022
        assert ids["amended"] in entries  # the 2022 amendment refers to it
        assert ids["complaint"] in ids_of(conn, complaint)  # open
        assert ids["open_issue"] in moves  # the key is still out
        assert len(moves) == 1  # the radio's issue and return are archived
        assert not list(conn.execute(select(sign_in).where(sign_in.c.at < local(2022, 1, 1))))
    assert_verifies(db)
    archived = open_readonly(str(done.archive))
    try:
        assert_verifies(archived)
        with archived.read() as conn:
            assert {ids["plain"], ids["open_fu"], ids["fu_2022"], ids["amended"]} <= ids_of(
                conn, log_entry
            )
            assert ids["amendment"] not in ids_of(conn, log_entry)  # 2022
            # The book as it stood at the end of 2021: that follow-up still open then.
            closed = conn.execute(
                select(follow_up.c.closed_at).where(follow_up.c.id == ids["fu_2022_fu"])
            ).scalar()
            assert closed is None
    finally:
        archived.dispose()
    checked = check_archive(db.url, done.archive)
    assert checked.ok, [p.describe() for p in [*checked.archive.problems, *checked.link]]
    assert checked.years == "2021"


def test_the_archive_opens_read_only_for_the_books_manager_with_search(book, tmp_path):
    done = archive(book, 2021, tmp_path)
    opened = open_archive(book.desk, book.manager, done.archive)
    try:
        assert opened.years == "2021"
        page = list_entries(opened.desk, book.manager, LogFilter(search="大堂灯"))
        assert [r.id for r in page.rows] == [book.ids["plain"]]
        with pytest.raises(StorageError):  # read-only: nothing can be written
            log.record_entry(opened.desk, book.manager, category="note", text="no")
    finally:
        opened.desk.db.dispose()
    with pytest.raises(PermissionDenied):
        open_archive(book.desk, book.clerk, done.archive)


def test_tampering_on_either_side_is_named(book, tmp_path):
    done = archive(book, 2021, tmp_path)
    path = book.desk.db.sqlite_path
    book.desk.db.dispose()
    raw = sqlite3.connect(path)
    # A record the cut carries (its rows all archived), changed behind the program's back.
    raw.execute("UPDATE log_entry SET text = 'changed' WHERE id = ?", (book.ids["open_fu"],))
    raw.commit()
    raw.close()
    db = open_readonly(str(path))
    try:
        report = verify(db)
        assert [(p.table, p.id, p.what) for p in report.problems] == [
            ("log_entry", book.ids["open_fu"], "edited")
        ]
    finally:
        db.dispose()
    raw = sqlite3.connect(path)
    raw.execute(
        "UPDATE log_entry SET text = 'Guest in 301 wants a cot' WHERE id = ?",
        (book.ids["open_fu"],),
    )
    raw.execute(
        'UPDATE desk_meta SET value = replace(value, \'"years":"2021"\', \'"years":"2020"\') WHERE key = \'archive_checkpoint\''
    )
    raw.commit()
    raw.close()
    db = open_readonly(str(path))
    try:
        assert [p.what for p in verify(db).problems] == ["meta"]
    finally:
        db.dispose()
    changed = sqlite3.connect(done.archive)  # the file written to (its header's user version)
    changed.execute("PRAGMA user_version = 7")
    changed.close()
    checked = check_archive("sqlite:///" + str(path), done.archive)
    assert "archive-file-changed" in [p.what for p in checked.link]


def test_a_second_year_continues_the_first(book, tmp_path):
    first = archive(book, 2021, tmp_path)
    second = archive(book, 2022, tmp_path)
    db = book.desk.db
    assert_verifies(db)
    with db.read() as conn:
        point = latest_checkpoint(conn)
        assert [a["years"] for a in point.archives()] == ["2021", "2022"]
        assert ids_of(conn, log_entry) >= {book.ids["open_fu"]}  # still open
        assert book.ids["new"] not in ids_of(conn, log_entry)
    for done in (first, second):
        checked = check_archive(db.url, done.archive)
        assert checked.ok, [p.describe() for p in [*checked.archive.problems, *checked.link]]


def test_refusals(book, tmp_path):
    with pytest.raises(ValidationError, match="oldest first"):
        archive(book, 2022, tmp_path)
    with pytest.raises(PermissionDenied):
        archive_service.archive_year(book.desk, book.clerk, 2021, labels={}, pin=CLERK_PIN)
    book.desk.clock.set(local(2024, 6, 1, 9, 0))
    with pytest.raises(ValidationError, match="not past the retention"):
        archive(book, 2021, tmp_path)
    book.desk.clock.set(local(2026, 3, 1, 9, 0))
    archive_service.set_retention(book.desk, book.manager, 5)
    with pytest.raises(ValidationError, match="retention of 5 years"):
        archive(book, 2021, tmp_path)
    with pytest.raises(ValidationError):
        archive_service.set_retention(book.desk, book.manager, 2)
    assert not (tmp_path / "archives" / "desk-archive-2021.sqlite").exists()


@pytest.mark.pg
def test_a_server_book_is_refused(pg_database, tmp_path):
    db = connect(pg_database)
    try:
        desk = Desk(db=db, station=STATION)
        manager = make_manager(desk)
        with pytest.raises(StorageError, match="PostgreSQL server"):
            archive_service.archive_year(desk, manager, 2021, labels={}, pin=MANAGER_PIN)
        assert archive_service.archive_info(desk, manager).on_server
    finally:
        db.dispose()
