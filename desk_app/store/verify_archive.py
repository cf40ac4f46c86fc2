"""``verify --archive FILE``: an archive alone, and its link to the book it was cut from.

Alone, the archive is a book of its own: ``verify`` recomputes its chain from where it starts
(its base) to its end (the cut), holds every record to it and every seal, and holds the chain to
the archive's own anchors. The link is the book's archive checkpoint for it (found by the
archive's database id along the book's checkpoints): the archive's last row is the cut the
checkpoint names, at that sequence with that hash, so the book's chain — which starts at that
hash — continues the archive's; the file is byte for byte the one checked when it was made (its
digest); it starts where the archive before it ended (the cut of the checkpoint before, or the
genesis); and the monthly duty reports exported with it lie beside it, unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from desk_app.domain.integrity import Problem, VerifyReport
from desk_app.store.archive_base import latest_checkpoint, text_digest
from desk_app.store.archive_build import file_digest
from desk_app.store.handle import Database
from desk_app.store.meta import ARCHIVE_BASE, ARCHIVE_OF, ARCHIVE_YEARS, read_all
from desk_app.store.tables import journal


@dataclass
class ArchiveReport:
    archive: VerifyReport
    years: str = ""
    link: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.archive.ok and not self.link


def archive_marks(archive: Database) -> dict[str, str]:
    with archive.read() as conn:
        return read_all(conn)


def check_link(book: Database, archive: Database, path: Path) -> tuple[str, list[Problem]]:
    """The years the book's checkpoint says the archive at ``path`` holds, and what does not
    hold of its link."""
    name = path.name
    marks = archive_marks(archive)
    if ARCHIVE_OF not in marks:
        return "", [Problem("archive", name, "archive-not-archive")]
    if marks[ARCHIVE_OF] != book.database_id:
        return "", [Problem("archive", name, "archive-foreign", marks[ARCHIVE_OF])]
    with book.read() as conn:
        latest = latest_checkpoint(conn)
    entry = next(
        (
            a
            for a in (latest.archives() if latest is not None else [])
            if a["archive"].get("database_id") == archive.database_id
        ),
        None,
    )
    if entry is None:
        return "", [Problem("archive", name, "archive-unknown")]
    found: list[Problem] = []
    with archive.read() as conn:
        head = conn.execute(
            select(journal.c.seq, journal.c.hash).order_by(journal.c.seq.desc()).limit(1)
        ).first()
    cut = entry["cut"]
    if head is None or (head.seq, head.hash) != (cut["seq"], cut["hash"]):
        found.append(Problem("archive", name, "archive-head-differs", f"row {cut['seq']}"))
    if file_digest(path)[0] != entry["archive"].get("sha256"):
        found.append(Problem("archive", name, "archive-file-changed"))
    if text_digest(marks.get(ARCHIVE_BASE, "")) != entry["base"].get("digest"):
        found.append(Problem("archive", name, "archive-base-differs"))
    if marks.get(ARCHIVE_YEARS) != entry["years"]:
        found.append(Problem("archive", name, "archive-years-differ"))
    for report_name, report_digest in entry["reports"]:
        report = path.with_name(report_name)
        if not report.is_file():
            found.append(Problem("archive", report_name, "report-missing"))
        elif file_digest(report)[0] != report_digest:
            found.append(Problem("archive", report_name, "report-changed"))
    return entry["years"], found
