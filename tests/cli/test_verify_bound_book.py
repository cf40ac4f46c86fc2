"""The auditor's checks, from the command line, on a copy of a demo book: the newest entry cut
with its journal rows is named with or without the anchor beside the copy; a printed sheet's
seal checks the book up to its moment."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desk_app.cli import main
from desk_app.demo.accounts import DEMO_ACCOUNTS
from desk_app.services.accounts import sign_in_by_name
from desk_app.services.desk import open_desk
from desk_app.services.handover.sheet import sealed_sheet
from desk_app.services.log import commands as log_commands
from tests.tamper import cut_from, cut_tail


@pytest.fixture
def book(tmp_path: Path, capsys):
    """A demo book, closed by the program, whose last journal rows are one log entry; the
    entry's id and the newest sealed sheet's QR text."""
    path = tmp_path / "book" / "desk.sqlite"
    path.parent.mkdir()
    assert main(["--db", str(path), "demo", "--years", "0.01"]) == 0
    desk = open_desk(str(path), station="Front desk", create=False)
    try:
        account = DEMO_ACCOUNTS[0]
        actor = sign_in_by_name(desk, name=account.name, pin=account.pin)
        last = log_commands.record_entry(desk, actor, category="security", text="Посторонний в холле")
        sheet = sealed_sheet(desk, None)
    finally:
        desk.db.dispose()
    capsys.readouterr()
    return path, last.id, f"DUTYDESK-SEAL:{sheet.number}:{sheet.seal}", sheet.journal_seq


def _copy(path: Path, to: Path, *, with_anchor: bool) -> Path:
    to.mkdir()
    shutil.copy(path, to / path.name)
    if with_anchor:
        shutil.copy(path.with_name(path.name + ".anchor.json"), to)
    return to / path.name


@pytest.mark.parametrize("with_anchor", [True, False], ids=["anchor beside", "no anchor beside"])
def test_the_newest_entry_cut_from_a_copy_is_named(book, tmp_path, capsys, with_anchor):
    path, entry_id, _qr, _seq = book
    copy = _copy(path, tmp_path / "audit", with_anchor=with_anchor)
    assert main(["--db", str(copy), "verify"]) == 0
    capsys.readouterr()
    cut_from(copy, entry_id)
    assert main(["--db", str(copy), "verify"]) == 1
    out = capsys.readouterr().out
    assert "its tail was removed" in out
    if with_anchor:
        assert str(copy) + ".anchor.json" in out
    assert "anchors" in out  # the data folder's anchor of the book names it too


def test_a_printed_sheet_checks_the_book(book, tmp_path, capsys):
    path, _entry, qr, sheet_seq = book
    assert main(["--db", str(path), "verify", "--sheet", qr]) == 0
    assert capsys.readouterr().out.startswith("ok:")
    typed = " ".join(qr.rsplit(":", 1)[1][i : i + 4] for i in range(0, 64, 4))
    assert main(["--db", str(path), "verify", "--sheet", typed]) == 0
    capsys.readouterr()

    copy = _copy(path, tmp_path / "audit", with_anchor=False)
    cut_tail(copy, sheet_seq)  # the book cut below the head the sheet printed
    assert main(["--db", str(copy), "verify", "--sheet", qr]) == 1
    assert "its tail was cut" in capsys.readouterr().out


def test_a_seal_that_is_not_one_is_an_error(book, capsys):
    path, *_ = book
    assert main(["--db", str(path), "verify", "--sheet", "12345"]) == 2
    assert "64 characters" in capsys.readouterr().err


def test_a_demo_made_anew_does_not_meet_the_old_demos_anchors(tmp_path):
    """Deleting the demo file and starting --demo again makes another database at the same
    place; the old demo's anchors go with it (a real book's are never removed)."""
    from desk_app.config import demo_database
    from desk_app.demo.command import forget_demo_anchors
    from desk_app.store.database import connect, open_readonly
    from desk_app.store.verify import verify
    from tests.conftest import MANAGER_PIN

    path = Path(demo_database())
    path.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(2):
        forget_demo_anchors(path)
        db = connect(str(path))
        from desk_app.services import accounts
        from desk_app.services.desk import Desk

        accounts.create_first_manager(
            Desk(db=db, station="Front desk"), name="M", pin=MANAGER_PIN, pin_repeat=MANAGER_PIN
        )
        db.dispose()
        reader = open_readonly(str(path))
        try:
            report = verify(reader)
        finally:
            reader.dispose()
        assert report.ok, [p.describe() for p in report.problems]
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
