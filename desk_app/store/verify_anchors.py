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

from desk_app.store.anchor import (
    Anchor,
    beside_path,
    database_address,
    other_anchor_files,
    read_anchor,
)
from desk_app.store.backup import backups_in, default_backup_dir
from desk_app.store.database import Database
from desk_app.store.meta import BACKUP_AT, BACKUP_HASH, BACKUP_SEQ, read_all
from desk_app.store.tables import journal
from desk_app.store.verify_report import AnchorSeen, Problem, VerifyReport

INSIDE = "the anchor inside this backup"


def _hash_at(conn: Connection, seq: int) -> str | None:
    return conn.execute(select(journal.c.hash).where(journal.c.seq == seq)).scalar()


def _found(db: Database, conn: Connection, report: VerifyReport) -> list[AnchorSeen]:
    seen: list[AnchorSeen] = []

    def read(path) -> Anchor | None:
        try:
            return read_anchor(path)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            report.problems.append(Problem("anchor", path.name, "anchor-unreadable", f"{path}: {exc}"))
            return None

    if db.sqlite_path is not None:
        path = beside_path(db.sqlite_path)
        anchor = read(path)
        if anchor is not None:
            seen.append(AnchorSeen(str(path), anchor, binding=True))
    meta = read_all(conn)
    is_backup = BACKUP_SEQ in meta and meta[BACKUP_SEQ].isdigit()
    if db.database_id:
        address = database_address(db)
        for path in other_anchor_files(db.database_id):
            anchor = read(path)
            if anchor is not None:
                binding = anchor.database == address or not is_backup
                seen.append(AnchorSeen(str(path), anchor, binding=binding))
    if is_backup:
        inside = Anchor(
            seq=int(meta[BACKUP_SEQ]),
            hash=meta.get(BACKUP_HASH, ""),
            at=meta.get(BACKUP_AT, ""),
            database_id=db.database_id,
        )
        seen.append(AnchorSeen(INSIDE, inside, binding=True))
    if db.sqlite_path is not None and db.database_id:
        for backup in backups_in(default_backup_dir(db)):
            if backup.database_id == db.database_id and backup.path != db.sqlite_path:
                held = Anchor(backup.seq, backup.hash, backup.made_at, backup.database_id)
                seen.append(AnchorSeen(str(backup.path), held, binding=True))
    return seen


def check_anchors(
    db: Database, conn: Connection, last_seq: int, report: VerifyReport
) -> list[AnchorSeen]:
    """Add a problem for every binding anchor the chain does not match; the anchors held."""
    seen = _found(db, conn, report)
    report.anchors = seen
    held = []
    for item in seen:
        if not item.binding:
            continue
        anchor = item.anchor
        if anchor.database_id and db.database_id and anchor.database_id != db.database_id:
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
    if last_seq > 0 and not seen and not any(p.what == "anchor-unreadable" for p in report.problems):
        report.problems.append(
            Problem("journal", str(last_seq), "anchor-missing", ", ".join(_looked_in(db)))
        )
    return held


def _looked_in(db: Database) -> list[str]:
    places = []
    if db.sqlite_path is not None:
        places.append(str(beside_path(db.sqlite_path)))
        places.append(str(default_backup_dir(db)))
    from desk_app.store.anchor import anchors_folder

    places.append(str(anchors_folder()))
    return places



