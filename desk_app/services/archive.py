"""The archive (issue 19): a year past the retention moved out of the book into a file of its
own, the manager's alone; and an archive opened to be read.

Archiving a year, in this order, so that a failure or a crash at any step loses nothing:

1. the checks: a manager (with the PIN, in the window; the command line is whoever holds the
   file), a book on SQLite (a PostgreSQL server is archived by whoever looks after it), the
   oldest year the book holds, past the retention (three years, settable, never shorter);
2. a backup of the book (``before-archive``): the way back;
3. the year's twelve monthly duty reports, exported as PDF beside the archive (helper processes,
   :mod:`desk_app.services.archive_reports`), while
4. the archive is written under a temporary name — the book as it stood when the year ended,
   :mod:`desk_app.store.archive_build` — and checked by ``verify``; flushed, renamed into its
   place and anchored;
5. only then does the book give up what the archive holds, and write its archive checkpoint,
   in one transaction (:mod:`desk_app.store.archive_cut`);
6. and its file is made smaller (``VACUUM INTO`` and a rename), unless another DutyDesk has it
   open.

A full disk, a failed check or any error before step 5 removes what this archiving wrote (the
temporary file, the reports) and leaves the book as it was; a crash leaves the book intact and
at most a temporary file, removed by the next try. After step 5 the book and the archive are
both whole; a file not made smaller is said, not an error.
"""

from __future__ import annotations

import errno
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from desk_app.domain.archive import (
    DEFAULT_RETENTION_YEARS,
    RETENTION_KEY,
    check_year,
    journal_time,
    last_archivable_year,
    validate_retention,
    year_end,
)
from desk_app.domain.errors import DeskError, DiskFull, StorageError, ValidationError
from desk_app.domain.roles import Capability
from desk_app.domain.value import Value
from desk_app.services import accounts
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.settings import change_setting, read_setting
from desk_app.store.archive_base import CHECKPOINT, chain_start, latest_checkpoint, text_digest
from desk_app.store.archive_build import (
    anchor_archive,
    file_digest,
    fill_archive,
    forget_anchors,
    forget_archive,
    new_archive_file,
    partial_path,
    sync_file,
    sync_folder,
)
from desk_app.store.archive_cut import shrink, shrinking_path, take_out
from desk_app.store.archive_plan import find_cut
from desk_app.store.backup import backup_database
from desk_app.store.database import connect, open_readonly
from desk_app.store.files import private_folder
from desk_app.store.meta import ARCHIVE_OF
from desk_app.store.sqlite_file import Kind, probe
from desk_app.store.types import new_id
from desk_app.store.verify import verify

_log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Say = Callable[[str], None]  # the step begun: backup, reports, archive, verify, remove, shrink
ARCHIVES_FOLDER = "archives"
# Each step's share of the progress bar (out of 1000), as measured on a four-year book.
STEPS = {
    "backup": 0,  # beside the archive's writing
    "reports": 0,  # in helper processes, waited for below
    "archive": 300,
    "verify": 200,
    "wait": 300,
    "remove": 120,
    "shrink": 80,
}


class ArchiveInfo(Value):
    """What the Archive dialog shows before anything is done."""

    on_server: bool
    retention_years: int
    oldest_year: int | None  # the oldest year the book holds
    last_year: int  # the newest year past the retention
    folder: Path | None  # where archives go by default

    @property
    def next_year(self) -> int | None:
        """The year that may be archived now, if any."""
        if self.oldest_year is None or self.oldest_year > self.last_year:
            return None
        return self.oldest_year


class ArchiveDone(Value):
    year: int
    archive: Path
    reports: tuple[Path, ...]
    backup: Path
    journal_rows: int  # the rows moved into the archive
    records_removed: int
    open_kept: int  # open items of the year kept in the book
    carried: int  # records kept whose history went into the archive
    size_before: int
    size_after: int
    shrunk: bool  # False: another DutyDesk had the book open; it is made smaller next time
    seconds: float
    reports_seconds: float


def default_folder(desk: Desk) -> Path | None:
    path = desk.db.sqlite_path
    return path.with_name(ARCHIVES_FOLDER) if path is not None else None


def read_retention(conn) -> int:
    value = read_setting(conn, RETENTION_KEY)
    return int(value) if value is not None else DEFAULT_RETENTION_YEARS


def set_retention(desk: Desk, actor: Actor, years: int) -> int:
    """The manager keeps records longer than three years (never shorter)."""
    validate_retention(years)
    return change_setting(desk, actor, RETENTION_KEY, years, read_retention)


def _oldest_year(conn, after: int) -> int | None:
    at = conn.exec_driver_sql(
        "SELECT at FROM journal WHERE seq > ? AND entity != ? ORDER BY seq LIMIT 1",
        (after, CHECKPOINT),
    ).scalar()
    if at is None:
        return None
    return datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone().year


def archive_info(desk: Desk, actor: Actor | None) -> ArchiveInfo:
    with desk.db.read() as conn:
        if actor is not None:
            require(conn, actor, Capability.ARCHIVE)
        retention = read_retention(conn)
        oldest = None if desk.db.sqlite_path is None else _oldest_year(conn, chain_start(conn).seq)
    last = last_archivable_year(desk.clock.now(), retention)
    return ArchiveInfo(desk.db.sqlite_path is None, retention, oldest, last, default_folder(desk))


def _refuse(desk: Desk) -> None:
    if desk.db.sqlite_path is None:
        raise StorageError(
            "This book is on a PostgreSQL server: archiving it is the server administrator's "
            "job (with every station closed), not one station's."
        )
    if desk.db.read_only:
        raise StorageError("A book opened to be read cannot be archived.")


def archive_year(
    desk: Desk,
    actor: Actor | None,
    year: int,
    *,
    labels: dict[str, str],
    folder: Path | None = None,
    pin: str | None = None,
    progress: Progress | None = None,
    say: Say | None = None,
    shrink: bool = True,
) -> ArchiveDone:
    """Archive ``year`` (see the module's docstring). ``actor`` None: the command line. With
    ``shrink`` (the command line) the book's file is made smaller too and ``desk.db`` is the
    book opened anew; the window does that last step on its own thread (:func:`make_smaller`)."""
    began = time.perf_counter()
    _refuse(desk)
    db = desk.db
    if actor is not None:
        with db.read() as conn:
            require(conn, actor, Capability.ARCHIVE)
        if pin is not None:
            accounts.confirm_pin(desk, actor, pin)
    now = desk.clock.now()
    with db.read() as conn:
        retention = read_retention(conn)
        start = chain_start(conn)
        latest = latest_checkpoint(conn)
        check_year(year, _oldest_year(conn, start.seq), now, retention)
        cut_seq = find_cut(conn, start.seq, journal_time(year_end(year)))
    if cut_seq is None:
        raise ValidationError("The book holds nothing from {year} to archive.", year=year)
    book = db.sqlite_path
    assert book is not None
    target = (folder or default_folder(desk) or book.parent).expanduser()
    final = target / f"{book.stem}-archive-{year}.sqlite"
    partial = partial_path(final)
    _prepare(db, target, final, partial, book)
    bar = _Bar(progress)
    step = _Steps(say)
    from desk_app.services.archive_reports import MonthlyReports  # reportlab: when archiving

    reports = MonthlyReports(desk, year, target, book.stem, labels)
    reports.remove()  # what an interrupted archiving of the year left

    step("backup")
    backup_job = _Backup(db)
    backup_job.start()  # the book as it is now, copied while the archive is written
    reports_began = time.perf_counter()
    finished = False
    try:
        step("reports")
        reports.start()
        step("archive")
        database_id = new_archive_file(partial)
        plan, cut = fill_archive(
            db,
            partial,
            year=year,
            start=start,
            cut_seq=cut_seq,
            progress=bar.part("archive"),
        )
        step("verify")
        # Held to its own anchor as it is checked (written again for its place once renamed).
        anchor_archive(partial, database_id, (plan.cut_seq, plan.cut_hash))
        checked = open_readonly(str(partial))
        try:
            report = verify(checked, bar.part("verify"))
        finally:
            checked.dispose()
        problems = report.problems
        if problems:
            raise StorageError(
                "The archive written did not pass its check ({problem}).",
                problem=problems[0].describe(),
            )
        step("wait")
        written = reports.wait(bar.part("wait"))
        reports_seconds = time.perf_counter() - reports_began
        digests = [[p.name, file_digest(p)[0]] for p in written]
        sync_file(partial)
        digest, size = file_digest(partial)
        forget_anchors(partial)
        partial.replace(final)
        sync_folder(target)
        anchor_archive(final, database_id, (plan.cut_seq, plan.cut_hash))
        step("remove")
        backup = backup_job.result()  # the way back, before anything leaves the book
        size_before = book.stat().st_size
        checkpoint = {
            "id": new_id(),
            "years": str(year),
            "cut": cut.as_value(),
            "base": {"seq": start.seq, "hash": start.hash, "digest": text_digest(start.as_text())},
            "archive": {
                "file": final.name,
                "sha256": digest,
                "size": size,
                "database_id": database_id,
                "journal_rows": plan.cut_seq - start.seq,
            },
            "reports": digests,
            "removed": plan.removed_counts(),
            "kept": {"open": plan.open_kept, "carried": len(cut.carried)},
            "retention_years": retention,
            "made_at": now.astimezone(UTC).isoformat().replace("+00:00", "Z"),
            "history": latest.archives() if latest is not None else [],
        }
        take_out(
            db,
            plan,
            checkpoint,
            station=desk.station,
            actor=actor.id if actor else None,
            at=now,
        )
        finished = True
    except BaseException as exc:
        reports.stop()
        backup_job.join()
        if not finished:
            reports.remove()
            forget_archive(partial)
            if final.exists() and not _linked(db, final):
                forget_archive(final)
        if isinstance(exc, OSError) and not finished:
            raise StorageError(
                "The archive could not be written to {folder}: {error}. Nothing was taken out "
                "of the book, and what was written of the archive was removed.",
                folder=str(target),
                error=_cause(exc),
            ) from exc
        if isinstance(exc, StorageError) and not finished:
            raise StorageError(
                "{error} Nothing was taken out of the book, and what was written of the archive "
                "was removed.",
                error=exc.message,
            ) from exc
        raise
    bar.done("remove")
    shrunk = False
    if shrink:
        step("shrink")
        shrunk = _shrink(desk)
        bar.done("shrink")
    _log.warning(
        "year %s archived from %s into %s: %d records, journal rows %d-%d",
        year,
        book,
        final,
        plan.removed_total,
        start.seq + 1,
        plan.cut_seq,
    )
    return ArchiveDone(
        year=year,
        archive=final,
        reports=tuple(written),
        backup=backup,
        journal_rows=plan.cut_seq - start.seq,
        records_removed=plan.removed_total,
        open_kept=plan.open_kept,
        carried=len(cut.carried),
        size_before=size_before,
        size_after=book.stat().st_size,
        shrunk=shrunk,
        seconds=time.perf_counter() - began,
        reports_seconds=reports_seconds,
    )


def _cause(exc: BaseException) -> str:
    """What went wrong, in a few words: a full disk said as such."""
    if isinstance(exc, DiskFull) or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC):
        return "the disk is full"
    text = (
        exc.message if isinstance(exc, DeskError) else (getattr(exc, "strerror", None) or str(exc))
    )
    if "disk is full" in text or "No space left" in text:
        return "the disk is full"
    return text


def make_smaller(desk: Desk, done: ArchiveDone) -> ArchiveDone:
    """The book's file made smaller after an archiving (closed, copied compact, renamed,
    opened again as ``desk.db``): on a thread nothing else uses the book from meanwhile."""
    book = desk.db.sqlite_path
    assert book is not None
    shrunk = _shrink(desk)
    return replace(done, shrunk=shrunk, size_after=book.stat().st_size)


def _prepare(db, target: Path, final: Path, partial: Path, book: Path) -> None:
    """The folder made; what an interrupted archiving left removed; a file in the archive's
    place refused unless it is this book's own unfinished archive."""
    try:
        private_folder(target)
    except OSError as exc:
        raise StorageError(
            "Cannot create the archive folder {folder}: {error}",
            folder=str(target),
            error=exc.strerror or str(exc),
        ) from exc
    forget_archive(partial)  # an interrupted archiving's, with the anchor it was checked against
    shrinking_path(book).unlink(missing_ok=True)
    if final.exists():
        found = probe(final)
        if found.kind is not Kind.DUTYDESK or found.meta.get(ARCHIVE_OF) != db.database_id:
            raise ValidationError(
                "{path} is there already and is not this book's archive: choose another folder.",
                path=str(final),
            )
        if _linked(db, final):
            raise ValidationError("{path} is this book's archive already.", path=str(final))
        forget_archive(final)  # an archiving interrupted after it was written: made again


def _linked(db, final: Path) -> bool:
    """Does the book's latest checkpoint name this file (an archive it relies on)?"""
    with db.read() as conn:
        latest = latest_checkpoint(conn)
    return latest is not None and latest.archive.get("file") == final.name


def _shrink(desk: Desk) -> bool:
    """The book closed, made smaller, opened again (``desk.db`` is the new handle)."""
    db = desk.db
    url, book = db.url, db.sqlite_path
    assert book is not None
    db.dispose()
    try:
        return shrink(book)
    except (OSError, DeskError) as exc:
        _log.error("the book %s was archived but not made smaller: %s", book, exc)
        return False
    except Exception as exc:  # noqa: BLE001 - sqlite3's error: the book is whole, only bigger
        _log.error("the book %s was archived but not made smaller: %s", book, exc)
        return False
    finally:
        desk.db = connect(url, create=False)


class _Backup(threading.Thread):
    """The backup before archiving, made beside the archive's writing (both only read the
    book); waited for before anything leaves the book."""

    def __init__(self, db) -> None:
        super().__init__(name="archive-backup", daemon=True)
        self._db = db
        self._path: Path | None = None
        self._error: BaseException | None = None

    def run(self) -> None:
        try:
            self._path = backup_database(self._db, reason="before-archive").path
        except BaseException as exc:  # noqa: BLE001 - raised where it is waited for
            self._error = exc

    def result(self) -> Path:
        self.join()
        if self._error is not None:
            raise self._error
        assert self._path is not None
        return self._path


class _Bar:
    """The steps' shares of one progress bar."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._base = 0
        self._order = list(STEPS)

    def _start_of(self, name: str) -> int:
        return sum(STEPS[n] for n in self._order[: self._order.index(name)])

    def part(self, name: str) -> Progress | None:
        if self._progress is None:
            return None
        start, share, report = self._start_of(name), STEPS[name], self._progress
        return lambda done, total: report(start + share * min(done, total) // max(total, 1), 1000)

    def done(self, name: str) -> None:
        if self._progress is not None:
            self._progress(self._start_of(name) + STEPS[name], 1000)


class _Steps:
    def __init__(self, say: Say | None) -> None:
        self._say = say

    def __call__(self, name: str) -> None:
        if self._say is not None:
            self._say(name)
