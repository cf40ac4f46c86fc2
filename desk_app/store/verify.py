"""Checking that the database is what the journal says it is.

Two passes. The journal pass recomputes every link of the chain and remembers, for each record,
the digest of the last state the journal gave it. The table pass digests every row as it is now
and compares. An edit made with an SQLite tool behind the program's back shows up as a row whose
digest differs, a row the journal never saw, a journalled row that is gone, a broken link, or a
journal shorter than its anchor outside the database.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import func, inspect, select

from desk_app.domain.chain import link_digest
from desk_app.domain.errors import StorageError
from desk_app.domain.integrity import Problem, VerifyReport
from desk_app.store.archive_base import CHECKPOINT, chain_start, checkpoint_problems
from desk_app.store.handle import Database
from desk_app.store.journal import JOURNALED, stored_rows
from desk_app.store.journal_codec import UnreadablePayload, is_plain, payload_bytes
from desk_app.store.records import DIGESTED, PayloadWriter, as_journaled_now, recorded_columns
from desk_app.store.sqlite_file import wal_beside
from desk_app.store.tables import handover, journal
from desk_app.store.verify_anchors import check_anchors, collect_anchors
from desk_app.store.verify_meta import check_meta as _check_meta
from desk_app.store.verify_seals import check_seals

Progress = Callable[[int, int], None]
BATCH = 5000
URL_VARIABLE = "DESK_VERIFY_URL"
TABLES_VARIABLE = "DESK_VERIFY_TABLES"


def verify(
    db: Database, progress: Progress | None = None, *, parallel: bool = True
) -> VerifyReport:
    """Check the chain, every record, every anchor, every seal and the database's own marks.
    Nothing is written: give it a database from ``open_readonly`` to be sure of that."""
    report = _verify_parallel(db, progress, parallel=parallel)
    if db.immutable and db.sqlite_path is not None and wal_beside(db.sqlite_path):
        # Read as a closed file, and a desk opened it meanwhile: what was read may be torn.
        raise StorageError(
            "DutyDesk opened {path} while it was being checked. Check it again (the result "
            "could be wrong), or check a backup.",
            path=str(db.sqlite_path),
        )
    return report


def _verify_parallel(db: Database, progress: Progress | None, *, parallel: bool) -> VerifyReport:
    """Check everything. With two or more processors a second process digests the current rows
    of the larger tables while this one walks the journal and then digests the rest (three
    years: about 17 s down to 11). The two passes then read two snapshots, so a write landing
    between them could look like tampering: anything found is checked again on one snapshot
    before it is reported."""
    if parallel and (os.cpu_count() or 1) > 1:
        with db.read() as conn:
            counts = _counts(conn, set(inspect(conn).get_table_names()))
        helper_tables, _here = split_tables(counts)
        with tempfile.TemporaryDirectory(prefix="desk-verify-") as folder:
            out = Path(folder) / "digests.pickle"
            # A fresh interpreter, not a fork: nothing of this process's open database goes
            # with it, and no caller's __main__ is imported again.
            try:
                child = subprocess.Popen(
                    [sys.executable, "-m", "desk_app.store.verify", str(out)],
                    # The address by environment, not argv: a PostgreSQL password stays out of
                    # `ps`.
                    env={
                        **os.environ,
                        URL_VARIABLE: db.url,
                        TABLES_VARIABLE: ",".join(helper_tables),
                    },
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            except OSError as exc:
                logging.getLogger(__name__).warning("verify helper not started: %s", exc)
            else:
                try:
                    report = _verify(db, progress, lambda: _collect(child, out))
                except BaseException:
                    # Stopped (the progress callback may cancel) or failed: the helper goes too.
                    child.kill()
                    child.communicate()
                    raise
                if report.ok:
                    return report
    return _verify(db, progress, None)


# What a journal row costs to check (its payload inflated, its link and payload hashed) against
# what a table row costs to digest (read, encoded as the journal would, hashed), measured on a
# three-year file: 8.7 µs against 10.7 since payloads are compressed (issue 19; 0.57 before).
JOURNAL_ROW_COST = 0.8


def split_tables(counts: dict[str, int]) -> tuple[list[str], list[str]]:
    """(tables for the helper process, tables for this one after its journal walk): the
    largest tables first, each to whichever side has less work so far, so that both finish at
    about the same time."""
    helper: list[str] = []
    here: list[str] = []
    helper_load = 0.0
    here_load = counts.get(journal.name, 0) * JOURNAL_ROW_COST
    tables = sorted((t.name for t in JOURNALED), key=lambda n: -counts.get(n, 0))
    for name in tables:
        if helper_load <= here_load:
            helper.append(name)
            helper_load += counts.get(name, 0)
        else:
            here.append(name)
            here_load += counts.get(name, 0)
    return helper, here


def _counts(conn, present: set[str] | None = None) -> dict[str, int]:
    return {
        t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
        for t in (journal, *JOURNALED)
        if present is None or t.name in present
    }


def _collect(child: subprocess.Popen, out: Path) -> dict[str, dict[str, bytes]] | None:
    _stdout, err = child.communicate()
    if child.returncode != 0 or not out.exists():
        # The table pass is then done here, as without a second processor.
        logging.getLogger(__name__).warning("verify helper failed: %s", err.decode()[-500:])
        return None
    with out.open("rb") as f:
        return pickle.load(f)


def table_digests(url: str, names: list[str] | None = None) -> dict[str, dict[str, bytes]]:
    """The digest of every row by table and key, for the tables named (all when None); run in
    the second process."""
    from desk_app.store.database import open_readonly

    db = open_readonly(url)
    try:
        out: dict[str, dict[str, bytes]] = {}
        with db.read() as conn:
            present = _present_columns(conn)
            for table in JOURNALED:
                if (names is None or table.name in names) and table.name in present:
                    out[table.name] = dict(_row_digests(conn, table, present[table.name]))
        return out
    finally:
        db.dispose()


def _present_columns(conn) -> dict[str, set[str]]:
    """The columns each journaled table has in this database. A database of an older schema
    (a backup taken before an upgrade) lacks later tables and columns; a column it lacks is
    as a NULL one, which the journal's payloads leave out, so it verifies all the same."""
    inspector = inspect(conn)
    present = set(inspector.get_table_names())
    return {
        t.name: {c["name"] for c in inspector.get_columns(t.name)}
        for t in JOURNALED
        if t.name in present
    }


def _row_digests(conn, table, present: set[str] | None = None) -> Iterator[tuple[str, bytes]]:
    (pk,) = table.primary_key.columns
    columns = [c for c in recorded_columns(table) if present is None or c.name in present]
    names = [c.name for c in columns]
    key_at = names.index(pk.name)
    payload = PayloadWriter(names, DIGESTED.get(table.name, ())).payload
    sha256 = hashlib.sha256
    rows = conn.execution_options(stream_results=True, yield_per=BATCH).execute(select(*columns))
    for values in rows:
        yield str(values[key_at]), sha256(payload(values).encode("utf-8")).digest()


def _verify(
    db: Database,
    progress: Progress | None,
    digests: Callable[[], dict[str, dict[str, bytes]] | None] | None,
) -> VerifyReport:
    report = VerifyReport()
    # For each table, the digest of the last state the journal gave each row still there.
    latest: dict[str, dict[str, bytes]] = {t.name: {} for t in JOURNALED}
    anchors = collect_anchors(db, report)  # before the snapshot: see collect_anchors
    with db.read() as conn:
        present_tables = set(inspect(conn).get_table_names())
        total = sum(_counts(conn, present_tables).values())
        done = 0
        # After an archiving the chain starts at its cut (store/archive_base.py).
        start = chain_start(conn, report.problems)
        prev = bytes.fromhex(start.hash)  # the stored digest of the row before, raw
        expected_seq = start.seq + 1
        gone: set[tuple[str, str]] = set()  # deleted by a journal row
        rows = stored_rows(conn, batch=BATCH)
        sha256 = hashlib.sha256
        # Plain tuples: at three years this loop runs over a million rows.
        for (
            seq,
            at,
            actor,
            station,
            entity,
            entity_id,
            action,
            payload,
            stored_prev,
            stored,
        ) in rows:
            if type(stored) is not bytes:  # PostgreSQL's driver may give a memoryview
                stored, stored_prev = bytes(stored), bytes(stored_prev)
            if seq != expected_seq:
                if seq - expected_seq > 100:  # a cut prefix is one problem, not a million
                    report.problems.append(
                        Problem("journal", f"{expected_seq}..{seq - 1}", "journal-missing")
                    )
                for missing in range(expected_seq, seq if seq - expected_seq <= 100 else 0):
                    report.problems.append(Problem("journal", str(missing), "journal-missing"))
                # Re-anchor on the stored link so one gap is not reported as every later row.
                prev = stored_prev
            try:
                encoded = payload_bytes(entity, entity_id, payload)
            except UnreadablePayload:
                encoded = bytes(payload)  # an altered row: its link will not hold
            link = link_digest(
                prev.hex(), seq, at, actor, station, entity, entity_id, action, encoded
            )
            if stored_prev != prev or link != stored:
                report.problems.append(Problem("journal", str(seq), "journal-edited"))
            prev = stored
            expected_seq = seq + 1
            bucket = latest.get(entity)
            if bucket is None:
                bucket = latest[entity] = {}
            if action == "delete":
                bucket.pop(entity_id, None)
                gone.add((entity, entity_id))
            elif entity in DIGESTED and is_plain(payload):
                # Written before the format byte: a sealed sheet's content and strokes whole,
                # which the record is now compared with as their digests.
                bucket[entity_id] = sha256(as_journaled_now(entity, encoded)).digest()
            else:
                bucket[entity_id] = sha256(encoded).digest()
            report.journal_rows += 1
            done += 1
            if progress and done % BATCH == 0:
                progress(done, total)
        last_seq = expected_seq - 1
        report.problems.extend(checkpoint_problems(conn, latest.get(CHECKPOINT, {})))
        # The records the cut vouches for: their last journal rows went into the archive.
        for name, carried in start.digests().items():
            bucket = latest.setdefault(name, {})
            for key, digest in carried.items():
                if key not in bucket and (name, key) not in gone:
                    bucket[key] = digest

        held = check_anchors(db, conn, last_seq, report, anchors, archived_until=start.seq)
        report.anchor_seq = max((a.anchor.seq for a in held), default=None)
        present = _present_columns(conn)

        current = digests() if digests is not None else None
        for table in JOURNALED:
            expected = latest.get(table.name, {})  # id -> digest of every row not deleted
            found = current.get(table.name) if current is not None else None
            if found is None:
                found = {}
                rows = (
                    _row_digests(conn, table, present[table.name])
                    if table.name in present
                    else iter(())
                )
                for key, digest in rows:
                    found[key] = digest
                    done += 1
                    if progress and done % BATCH == 0:
                        progress(done, total)
            else:
                done += len(found)
            report.records += len(found)
            if found != expected:  # one comparison in C when all holds, as it should
                for key, digest in found.items():
                    journaled = expected.get(key)
                    if journaled is None:
                        report.problems.append(Problem(table.name, key, "inserted"))
                    elif journaled != digest:
                        report.problems.append(Problem(table.name, key, "edited"))
                for key in sorted(expected.keys() - found.keys()):
                    report.problems.append(Problem(table.name, key, "deleted"))
            if progress:
                progress(done, total)
        if handover.name in present:
            report.problems.extend(check_seals(conn, start.heads))
        report.problems.extend(_check_meta(conn))
        if progress:
            progress(total, total)
    return report


if __name__ == "__main__":
    # The second process of ``verify``: python -m desk_app.store.verify OUT
    with open(sys.argv[1], "wb") as f:
        names = os.environ.get(TABLES_VARIABLE)
        digests = table_digests(os.environ[URL_VARIABLE], names.split(",") if names else None)
        pickle.dump(digests, f, protocol=pickle.HIGHEST_PROTOCOL)
