"""An archive read: opened in a window of its own (Desk → Open archive…), or checked with its
link to the book (``verify --archive``).

An archive holds the people of its years, not those of today: the manager who opens the 2022
archive in 2027 may not be in it. So the window on an archive admits the person signed in to the
book as a *reader* with the role the book gives them (a supervisor or a manager: who may review
the log), on an archive opened only to be read — nothing can be written in it, in their name or
anyone's. The archive must be this book's (cut from it: its mark says so).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import event

from desk_app.domain.errors import NotFound, ValidationError
from desk_app.domain.roles import Capability
from desk_app.domain.value import Value
from desk_app.services.desk import READERS, Actor, Desk, require
from desk_app.store.database import open_readonly
from desk_app.store.meta import ARCHIVE_OF, ARCHIVE_YEARS
from desk_app.store.sqlite_file import Kind, probe
from desk_app.store.verify import verify
from desk_app.store.verify_archive import ArchiveReport, check_link

Progress = Callable[[int, int], None]


class ArchiveOpened(Value):
    desk: Desk
    years: str  # "2022", or "2022-2023"


def archive_years(path: Path) -> str | None:
    """The years an archive file says it holds; None for a file that is not an archive."""
    found = probe(path)
    if found.kind is not Kind.DUTYDESK or ARCHIVE_OF not in found.meta:
        return None
    return found.meta.get(ARCHIVE_YEARS, "")


def open_archive(desk: Desk, actor: Actor, path: Path) -> ArchiveOpened:
    """The archive at ``path`` opened read-only, as a desk of its own that admits ``actor``
    with their role in the book (see the module's docstring)."""
    with desk.db.read() as conn:
        role = require(conn, actor, Capability.REVIEW_LOG)
    years = archive_years(path) if path.is_file() else None
    if years is None:
        raise NotFound("{path} is not a DutyDesk archive.", path=str(path))
    found = probe(path)
    if found.meta.get(ARCHIVE_OF) != desk.db.database_id:
        raise ValidationError("{path} is an archive of another book.", path=str(path))
    db = open_readonly(str(path))
    readers = {actor.id: role}

    @event.listens_for(db.engine, "connect")
    def _admit(_dbapi, record) -> None:
        record.info[READERS] = readers

    db.engine.dispose()  # connections opened before the listener: none left to miss it
    return ArchiveOpened(Desk(db=db, station=desk.station, clock=desk.clock), years)


def check_archive(book_url: str, path: Path, progress: Progress | None = None) -> ArchiveReport:
    """``verify`` on the archive alone, then its link to the book (store/verify_archive.py)."""
    if not path.is_file():
        raise NotFound("There is no archive at {path}.", path=str(path))
    book = open_readonly(book_url)
    try:
        archive = open_readonly(str(path))
        try:
            report = ArchiveReport(verify(archive, progress))
            report.years, report.link = check_link(book, archive, path)
        finally:
            archive.dispose()
    finally:
        book.dispose()
    return report
