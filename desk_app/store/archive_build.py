"""Writing an archive: a DutyDesk database of its own, the book as it stood at the cut.

The file is made by the opener (the same schema and migrations as any book, its own database id),
then filled in one read transaction of the book — the plan and the copy see the same snapshot,
whatever the counter writes meanwhile — with the book's file attached to it: every record the
book held at the cut (store/archive_plan.py), those unchanged since as they are, those changed
since in the state the cut left them (decoded from their last journal row, their search texts
derived again, the search index filled by the schema's own triggers); the journal rows from the
chain's start to the cut; and its marks (whose archive, which years, where its chain starts).

It is written under a temporary name beside its place and becomes the archive only once it was
checked by ``verify`` (its chain, every record against it, its seals), flushed to the disk and
renamed: a crash, a full disk or a failed check leave no archive, only a temporary file that the
next try removes. The archive then gets its own anchor, beside it and in the data folder.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, MetaData, Table, insert
from sqlalchemy.exc import DBAPIError

from desk_app.domain.errors import StorageError
from desk_app.domain.integrity import Anchor
from desk_app.domain.value import Value
from desk_app.store.archive_base import Cut
from desk_app.store.archive_plan import Plan, Progress, plan_year
from desk_app.store.files import POSIX, private_folder, write_atomically
from desk_app.store.handle import Database
from desk_app.store.journal import JOURNALED
from desk_app.store.journal_codec import is_plain, payload_bytes
from desk_app.store.meta import ARCHIVE_BASE, ARCHIVE_OF, ARCHIVE_YEARS
from desk_app.store.records import DIGESTED, as_journaled_now, recorded_columns, text_digest
from desk_app.store.search_text import with_search_text
from desk_app.store.tables import DERIVED, journal, metadata
from desk_app.store.types import SealedText, UTCDateTime, sealed_text_value

# The journaled tables, those referred to first.
ORDER: tuple[Table, ...] = tuple(t for t in metadata.sorted_tables if t in JOURNALED)
_ARCHIVE = MetaData()
_IN_ARCHIVE: dict[str, Table] = {t.name: t.to_metadata(_ARCHIVE, schema="arc") for t in ORDER}


class Written(Value):
    path: Path
    sha256: str
    size: int
    database_id: str
    head: tuple[int, str]  # its last journal row: the cut
    plan: Plan


def partial_path(final: Path) -> Path:
    return final.with_name(final.name + ".partial")


def new_archive_file(partial: Path) -> str:
    """An empty DutyDesk database at ``partial`` (schema, marks, its own id): its id."""
    from desk_app.store.database import connect  # the opener makes every database

    partial.unlink(missing_ok=True)
    db = connect(str(partial))
    try:
        database_id = db.database_id or ""
    finally:
        db.dispose()
    import sqlite3

    conn = sqlite3.connect(str(partial), isolation_level=None)
    try:
        # An archive is read, never written: a rollback journal, so that reading it (read-only
        # media too) creates nothing beside it.
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)
    return database_id


def fill_archive(
    db: Database,
    partial: Path,
    *,
    year: int,
    start: Cut,
    cut_seq: int,
    progress: Progress | None = None,
) -> tuple[Plan, Cut]:
    """Plan the year on the book and copy what it held at the cut into ``partial``, in one
    snapshot of the book; the plan, and the cut the book's checkpoint will keep (what it
    carries, the sealed heads it keeps). A failure of the storage (a full disk) is a
    StorageError, the file left as it is for the caller to remove."""
    try:
        with db.engine.connect() as conn:
            # Outside any transaction, on the driver's connection (SQLAlchemy begins one).
            raw = conn.connection.driver_connection
            raw.execute("ATTACH DATABASE ? AS arc", (str(partial),))
            try:
                raw.execute("PRAGMA arc.journal_mode=OFF")  # not yet an archive
                raw.execute("PRAGMA arc.synchronous=OFF")
                with conn.begin():
                    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
                    plan = plan_year(conn, year, start, cut_seq, _part(progress, 0, 30))
                    _copy(conn, plan, db.database_id or "", _part(progress, 30, 95))
                    cut = _new_cut(conn, plan)
            finally:
                raw.execute("DROP TABLE IF EXISTS temp.arc_rows")
                raw.execute("DETACH DATABASE arc")
    except DBAPIError as exc:
        raise StorageError(
            "The archive {path} could not be written: {error}",
            path=str(partial),
            error=str(exc.orig or exc).strip(),
        ) from exc
    if progress:
        progress(100, 100)
    return plan, cut


def _new_cut(conn: Connection, plan: Plan) -> Cut:
    """What the book's checkpoint keeps: row S, and the payloads of the records it carries (as
    ``verify`` compares a record with its last journal row)."""
    carried = list(plan.carried())
    texts = journal_texts(
        conn, [seq for _t, _k, seq in carried if seq is not None], as_compared=True
    )
    payloads = {
        (table, key): (texts[seq] if seq is not None else plan.start.carried[(table, key)])
        for table, key, seq in carried
    }
    heads: dict[int, str] = {}
    for table, column in (("handover", "journal_seq"), ("inspection", "sealed_seq")):
        gone = plan.removed(table)
        for key, seq in conn.exec_driver_sql(
            f"SELECT id, {column} FROM main.{table} WHERE {column} <= ?",  # noqa: S608
            (plan.cut_seq,),
        ):
            if key not in gone and seq is not None:
                heads[int(seq)] = ""
    for seq in list(heads):
        found = conn.exec_driver_sql("SELECT hash FROM main.journal WHERE seq = ?", (seq,))
        value = found.scalar()
        heads[seq] = bytes(value).hex() if value is not None else plan.start.heads.get(seq, "")
    return Cut(plan.cut_seq, plan.cut_hash, payloads, {s: h for s, h in heads.items() if h})


def _part(progress: Progress | None, low: int, high: int) -> Progress | None:
    """A progress callback for a share (``low``..``high`` of 100) of one step."""
    if progress is None:
        return None
    return lambda done, total: progress(low + (high - low) * done // max(total, 1), 100)


def _copy(conn: Connection, plan: Plan, book_id: str, progress: Progress | None) -> None:
    later = [(t, key) for t, ids in plan.later.items() for key in ids]
    conn.exec_driver_sql("ALTER TABLE temp.arc_rows ADD COLUMN later INTEGER")
    if later:
        conn.exec_driver_sql(
            "UPDATE temp.arc_rows SET later = 1 WHERE entity = ? AND id = ?", later
        )
    payloads = _payloads(conn, plan)
    for i, table in enumerate(ORDER):
        if table.name in plan.at_cut:
            (pk,) = table.primary_key.columns
            names = ", ".join(c.name for c in table.columns)
            chosen = ", ".join(f"t.{c.name}" for c in table.columns)
            # In the book's own order (its row ids): a year of entries goes into the search
            # index and the time indexes as appended, some three times faster than by id.
            conn.exec_driver_sql(
                f"INSERT INTO arc.{table.name} ({names}) SELECT {chosen} "  # noqa: S608
                f"FROM main.{table.name} t WHERE t.{pk.name} IN (SELECT id FROM temp.arc_rows "
                "WHERE entity = ? AND later IS NULL) ORDER BY t.rowid",
                (table.name,),
            )
            rows = [
                _as_row(conn, table, key, payloads[(table.name, key)])
                for key in plan.later.get(table.name, ())
            ]
            if rows:
                conn.execute(insert(_IN_ARCHIVE[table.name]), rows)
        if progress:
            progress(i + 1, len(ORDER) + 2)
    j = ", ".join(c.name for c in journal.columns)
    conn.exec_driver_sql(
        f"INSERT INTO arc.journal ({j}) SELECT {j} FROM main.journal "  # noqa: S608
        "WHERE seq > ? AND seq <= ?",
        (plan.start.seq, plan.cut_seq),
    )
    conn.exec_driver_sql(
        "INSERT INTO arc.desk_meta (key, value) VALUES (?, ?)",
        [
            (ARCHIVE_OF, book_id),
            (ARCHIVE_YEARS, str(plan.year)),
            (ARCHIVE_BASE, plan.start.as_text()),
        ],
    )
    if progress:
        progress(1, 1)


def _payloads(conn: Connection, plan: Plan) -> dict[tuple[str, str], str]:
    """The payload of the last row up to the cut of every record changed since."""
    wanted: dict[int, tuple[str, str]] = {}
    found: dict[tuple[str, str], str] = {}
    for table, ids in plan.later.items():
        for key in ids:
            seq = plan.at_cut[table][key]
            if seq is None:
                found[(table, key)] = plan.start.carried[(table, key)]
            else:
                wanted[seq] = (table, key)
    for seq, payload in journal_texts(conn, sorted(wanted)).items():
        found[wanted[seq]] = payload
    return found


def journal_texts(
    conn: Connection, seqs: list[int], *, as_compared: bool = False
) -> dict[int, str]:
    """The payload texts of the book's journal rows ``seqs``, read through the codec. With
    ``as_compared``, a row written before the format byte as ``verify`` compares it now (a
    sealed sheet's content and strokes as their digests)."""
    found: dict[int, str] = {}
    for i in range(0, len(seqs), 500):
        chunk = seqs[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        for seq, entity, entity_id, stored in conn.exec_driver_sql(
            f"SELECT seq, entity, entity_id, payload FROM main.journal "  # noqa: S608
            f"WHERE seq IN ({marks})",
            tuple(chunk),
        ):
            text = payload_bytes(entity, entity_id, stored)
            if as_compared and entity in DIGESTED and is_plain(stored):
                text = as_journaled_now(entity, text)
            found[seq] = text.decode("utf-8")
    return found


def _as_row(conn: Connection, table: Table, key: str, payload: str) -> dict:
    """The record as its journal row gives it, for an insert (the search text derived again; a
    picture, which the journal keeps as its digest, taken from the record if it is the same)."""
    values = json.loads(payload)
    row: dict = {}
    for column in recorded_columns(table):
        value = values.get(column.name)
        if value is not None and isinstance(column.type, UTCDateTime):
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        elif (
            isinstance(value, str)
            and value.startswith("sha256:")
            and (_binary(column) or column.name in DIGESTED.get(table.name, ()))
        ):
            value = _same_picture(conn, table, key, column.name, value)
        row[column.name] = value
    for column in table.columns:
        if column.info.get(DERIVED):
            row.pop(column.name, None)
    return dict(with_search_text(table, row))


def _binary(column) -> bool:
    return column.type.__class__.__name__ == "LargeBinary"


def _same_picture(conn: Connection, table: Table, key: str, name: str, digest: str) -> bytes | str:
    (pk,) = table.primary_key.columns
    data = conn.exec_driver_sql(
        f"SELECT {name} FROM main.{table.name} WHERE {pk.name} = ?",  # noqa: S608
        (key,),
    ).scalar()
    if isinstance(table.c[name].type, SealedText):  # stored compressed (store/types.py)
        try:
            data = sealed_text_value(data)
        except ValueError:
            data = None  # altered behind the program's back: refused below, as any other
    if isinstance(data, str):  # a sealed sheet's content, journaled as its digest
        if text_digest(data) != digest:
            data = None
    elif data is not None and "sha256:" + hashlib.sha256(bytes(data)).hexdigest() != digest:
        data = None
    if data is None:
        raise StorageError(
            "{table} {id} holds another picture or sealed text than at the end of the year "
            "archived: its state then cannot be written into the archive.",
            table=table.name,
            id=key,
        )
    return data if isinstance(data, str) else bytes(data)


def file_digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def sync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def sync_folder(folder: Path) -> None:
    if POSIX:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def forget_anchors(path: Path) -> None:
    """The anchors written for a database at ``path`` (beside it, in the data folder)."""
    from desk_app.store.anchor import address_key, anchors_folder, beside_path

    beside_path(path).unlink(missing_ok=True)
    folder = anchors_folder()
    if folder.is_dir():
        for stale in folder.glob(f"*-{address_key(str(path.resolve()))}.json"):
            stale.unlink(missing_ok=True)


def forget_archive(path: Path) -> None:
    """An archive the book does not rely on (unfinished, or an archiving interrupted after it
    was written), removed with its anchors, so that the one written in its place is not held
    to them."""
    forget_anchors(path)
    path.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def anchor_archive(path: Path, database_id: str, head: tuple[int, str]) -> None:
    """The archive's own anchor, beside it and in this account's data folder."""
    from desk_app.store.anchor import beside_path, data_folder_path

    address = str(path.resolve())
    anchor = Anchor(
        seq=head[0],
        hash=head[1],
        at=datetime.now(UTC).isoformat(),
        database_id=database_id,
        database=address,
    )
    write_atomically(beside_path(path), anchor.as_json())
    place = data_folder_path(database_id, address)
    private_folder(place.parent.parent)
    private_folder(place.parent)
    write_atomically(place, anchor.as_json())
