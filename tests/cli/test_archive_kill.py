"""Issue 19: ``desk-app archive`` killed with SIGKILL at chosen moments — while the archive is
written, while it is checked, as the year leaves the book, while the book's file is made
smaller — leaves the book whole and verifiable, and the archive either complete (it verifies,
and links to the book once the book names it) or absent; archiving again then finishes.

The moments are found as a real run reaches them: the test reads the steps the command says
on stderr and kills the process a few milliseconds after a step began (no hook in the program).
Each moment on a fresh copy of the book: a kill after the year left it ends the archiving.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from desk_app.services.archive_open import check_archive
from desk_app.store.archive_base import latest_checkpoint
from desk_app.store.database import open_readonly
from tests.archive_book import archive_command, copy_book, make_book, problems

# (the step's words on stderr, seconds after it began)
MOMENTS = [
    ("writing the archive", 0.3),
    ("checking the archive", 0.1),
    ("taking the archived year out of the book", 0.0),
    ("taking the archived year out of the book", 0.03),
    ("making the book's file smaller", 0.05),
]


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory) -> Path:
    return make_book(tmp_path_factory.mktemp("archive-kill") / "demo.sqlite")


def kill_at(command: list[str], words: str, delay: float, timeout: float = 240) -> int | None:
    """Run ``command``; SIGKILL it ``delay`` s after it says ``words``. Its exit status when it
    ended before (None: killed)."""
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    reached = threading.Event()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            if words in line:
                reached.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout
    while not reached.is_set() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    if process.poll() is not None:
        return process.returncode
    time.sleep(delay)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    reader.join(5)
    time.sleep(0.5)  # its report helpers die with it (PR_SET_PDEATHSIG)
    return None


def book_names_archive(book: Path) -> bool:
    db = open_readonly(str(book))
    try:
        with db.read() as conn:
            return latest_checkpoint(conn) is not None
    finally:
        db.dispose()


@pytest.mark.parametrize(("words", "delay"), MOMENTS)
def test_killed_halfway_nothing_is_lost(demo_book, tmp_path, words, delay):
    book = copy_book(demo_book, tmp_path / "book")
    final = book.with_name("archives") / "desk-archive-2021.sqlite"
    ended = kill_at(archive_command(book), words, delay)
    assert ended in (None, 0), f"the archiving failed on its own ({ended})"
    assert problems(book) == []  # the book whole, its chain proven
    archived = book_names_archive(book)
    if final.exists():
        assert problems(final) == []  # complete: the archive alone verifies
    else:
        assert not archived  # absent, and the book still holds the year
    if archived:
        checked = check_archive(str(book), final)
        assert checked.ok, [p.describe() for p in [*checked.archive.problems, *checked.link]]
    else:  # archiving again finishes what was begun
        done = subprocess.run(archive_command(book), capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-2000:]
        assert problems(book) == []
    verified = subprocess.run(
        [*archive_command(book)[:5], "verify", "--archive", str(final)],
        capture_output=True,
        text=True,
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr[-2000:]
