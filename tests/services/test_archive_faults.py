"""Issue 19's faults: an archive written to a disk that fills up takes nothing out of the book,
and leaves nothing half written behind; a file in the archive's place that is not the book's is
refused; an archive is never opened to be written; printed sheets are checked on both sides of
the cut. (A kill -9 halfway: tests/cli.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.domain.errors import StorageError, ValidationError
from desk_app.domain.seal_text import PrintedSeal
from desk_app.services.archive import archive_year
from desk_app.services.desk import Desk
from desk_app.store.database import connect, open_readonly
from desk_app.store.tables import handover
from desk_app.store.verify_sheet import check_sheet
from tests.archive_book import (
    YEAR,
    copy_book,
    journal_head,
    make_book,
    problems,
    small_disk,
)


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory) -> Path:
    return make_book(tmp_path_factory.mktemp("archive-demo") / "demo.sqlite")


def archive_into(book: Path, folder: Path):
    db = connect(str(book), create=False)
    desk = Desk(db=db, station="Front desk")
    try:
        return archive_year(desk, None, YEAR, labels={}, folder=folder)
    finally:
        desk.db.dispose()


def test_a_disk_that_fills_up_takes_nothing_out_of_the_book(demo_book, tmp_path):
    book = copy_book(demo_book, tmp_path / "book")
    head = journal_head(book)
    with small_disk(tmp_path / "usb", "4m") as usb:
        with pytest.raises(StorageError) as caught:
            archive_into(book, usb)
        message = caught.value.message
        assert "full" in message or "No space left" in message, message
        assert "Nothing was taken out of the book" in message
        assert sorted(p.name for p in usb.iterdir()) == []  # the partial archive and reports gone
    assert journal_head(book) == head
    assert problems(book) == []
    done = archive_into(book, tmp_path / "roomy")  # the same year, on a disk with room
    assert done.records_removed > 0
    assert problems(book) == []


def test_a_file_in_the_archives_place_is_not_overwritten(demo_book, tmp_path):
    book = copy_book(demo_book, tmp_path / "book")
    folder = tmp_path / "archives"
    folder.mkdir()
    stranger = folder / "desk-archive-2021.sqlite"
    stranger.write_bytes(b"someone's notes")
    with pytest.raises(ValidationError, match="not this book's archive"):
        archive_into(book, folder)
    assert stranger.read_bytes() == b"someone's notes"


def test_an_archive_is_only_ever_opened_to_be_read(demo_book, tmp_path):
    book = copy_book(demo_book, tmp_path / "book")
    done = archive_into(book, tmp_path / "archives")
    with pytest.raises(StorageError, match="is an archive of the years 2021"):
        connect(str(done.archive), create=False)
    assert problems(done.archive) == []


def test_printed_sheets_are_checked_on_both_sides_of_the_cut(demo_book, tmp_path):
    """verify --sheet walks the chain from where it starts: the book's from the cut, the
    archive's from its own start."""
    book = copy_book(demo_book, tmp_path / "book")
    done = archive_into(book, tmp_path / "archives")
    for path, year in ((book, 2022), (done.archive, 2021)):
        db = open_readonly(str(path))
        try:
            with db.read() as conn:
                sheets = conn.execute(
                    select(handover.c.num, handover.c.seal, handover.c.sealed_at).where(
                        handover.c.seal.is_not(None)
                    )
                ).all()
            num, seal, _at = max(s for s in sheets if s.sealed_at.astimezone().year == year)
            checked = check_sheet(db, PrintedSeal(seal=seal, number=num))
            assert checked.ok, checked.findings
        finally:
            db.dispose()
