"""``verify``'s check of the chain's tail against every anchor it can find.

Binding anchors — the one beside the file, the data folder's anchors of this database id, the
anchor inside the file when it is a backup, and the heads held by this database's backups in the
folder beside it — must each be matched: the chain reaches that sequence and has that hash
there, and the anchor is this database's. A plain copy of the book is held to the book's anchors
too: checked, it says truthfully that it is not the whole book. Only a backup (marked inside
when DutyDesk made it) is not held to the anchors of the book it was taken from — it is older by
nature, and its own anchor says where it ends —; those are listed, not held against it. A
database that has written anything and has no anchor anywhere fails: deleting the anchors must
not be a way to cut the tail unseen.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from desk_app.domain.integrity import Anchor, AnchorSeen, Problem, VerifyReport
from desk_app.domain.value import Value
from desk_app.store.anchor import (
    ANCHOR_READ_ERRORS,
    anchors_folder,
    beside_path,
    database_address,
    other_anchor_files,
    read_anchor,
)
from desk_app.store.backup import backups_in, default_backup_dir
from desk_app.store.handle import Database
from desk_app.store.meta import BACKUP_AT, BACKUP_HASH, BACKUP_SEQ, read_all
from desk_app.store.tables import journal

INSIDE = "the anchor inside this backup"


def _hash_at(conn: Connection, seq: int) -> str | None:
    return conn.execute(select(journal.c.hash).where(journal.c.seq == seq)).scalar()


class Found(Value):
    """An anchor read from a file, before the snapshot the chain is read in."""

    source: str
    anchor: Anchor
    kind: str  # "beside" | "data-folder" | "backup"


def collect_anchors(db: Database, report: VerifyReport) -> list[Found]:
    """Every anchor outside the database, read *before* the chain is: anchors only ever follow
    commits, so each one read now is at most the head the snapshot will see. (Read after, a
    desk writing meanwhile would move them past the snapshot: a tail "missing" that is not.)"""
    found: list[Found] = []

    def read(path, kind: str) -> None:
        try:
            anchor = read_anchor(path)
        except ANCHOR_READ_ERRORS as exc:
            report.problems.append(
                Problem("anchor", path.name, "anchor-unreadable", f"{path}: {exc}")
            )
            return
        if anchor is not None:
            found.append(Found(str(path), anchor, kind))

    if db.sqlite_path is not None:
        read(beside_path(db.sqlite_path), "beside")
    for path in other_anchor_files(db.database_id, database_address(db)):
        read(path, "data-folder")
    if db.sqlite_path is not None and db.database_id:
        for backup in backups_in(default_backup_dir(db)):
            if backup.database_id == db.database_id and backup.path != db.sqlite_path:
                held = Anchor(backup.seq, backup.hash, backup.made_at, backup.database_id)
                found.append(Found(str(backup.path), held, "backup"))
    return found


def _seen(db: Database, conn: Connection, found: list[Found]) -> list[AnchorSeen]:
    meta = read_all(conn)
    is_backup = BACKUP_SEQ in meta and meta[BACKUP_SEQ].isdigit()
    address = database_address(db)
    seen = []
    for item in found:
        binding = item.kind != "data-folder" or item.anchor.database == address or not is_backup
        seen.append(AnchorSeen(item.source, item.anchor, binding=binding))
    if is_backup:
        inside = Anchor(
            seq=int(meta[BACKUP_SEQ]),
            hash=meta.get(BACKUP_HASH, ""),
            at=meta.get(BACKUP_AT, ""),
            database_id=db.database_id,
        )
        seen.append(AnchorSeen(INSIDE, inside, binding=True))
    return seen


def check_anchors(
    db: Database,
    conn: Connection,
    last_seq: int,
    report: VerifyReport,
    found: list[Found],
    *,
    archived_until: int = 0,
) -> list[AnchorSeen]:
    """Add a problem for every binding anchor the chain does not match; the anchors held. An
    anchor inside a prefix moved into an archive (``archived_until``: the cut) is the archive's
    to hold, not the book's (``verify --archive``)."""
    seen = _seen(db, conn, found)
    report.anchors = seen
    held = []
    for item in seen:
        if not item.binding:
            continue
        anchor = item.anchor
        if 0 < anchor.seq <= archived_until:
            continue
        if anchor.database_id and anchor.database_id != db.database_id:
            report.problems.append(
                Problem("anchor", str(anchor.seq), "anchor-foreign", item.source)
            )
            continue
        if anchor.seq > last_seq:
            report.problems.append(
                Problem("journal", f"{last_seq + 1}..{anchor.seq}", "tail-missing", item.source)
            )
        elif anchor.seq > 0 and _hash_at(conn, anchor.seq) != anchor.hash:
            report.problems.append(
                Problem("journal", str(anchor.seq), "anchor-mismatch", item.source)
            )
        held.append(item)
    if (
        last_seq > 0
        and not seen
        and not any(p.what == "anchor-unreadable" for p in report.problems)
    ):
        report.problems.append(
            Problem("journal", str(last_seq), "anchor-missing", ", ".join(_looked_in(db)))
        )
    return held


def _looked_in(db: Database) -> list[str]:
    places = []
    if db.sqlite_path is not None:
        places.append(str(beside_path(db.sqlite_path)))
        places.append(str(default_backup_dir(db)))
    places.append(str(anchors_folder()))
    return places
