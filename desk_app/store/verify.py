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

from sqlalchemy import String, func, inspect, select, type_coerce

from desk_app.domain.errors import StorageError
from desk_app.domain.integrity import Problem, VerifyReport
from desk_app.domain.value import Value
from desk_app.store.archive_base import CHECKPOINT, chain_start, checkpoint_problems
from desk_app.store.handle import Database
from desk_app.store.journal import JOURNALED, read_head, stored_rows
from desk_app.store.records import DIGESTED, PayloadWriter, recorded_columns
from desk_app.store.sqlite_file import wal_beside
from desk_app.store.tables import handover, journal
from desk_app.store.types import UTCDateTime
from desk_app.store.verify_anchors import check_anchors, collect_anchors
from desk_app.store.verify_meta import check_meta as _check_meta
from desk_app.store.verify_seals import check_seals
from desk_app.store.verify_walk import Walk, join, walk

Progress = Callable[[int, int], None]
BATCH = 5000
URL_VARIABLE = "DESK_VERIFY_URL"
TABLES_VARIABLE = "DESK_VERIFY_TABLES"
TAIL_VARIABLE = "DESK_VERIFY_TAIL"


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
    of the larger tables, and walks the journal's last rows, while this one walks the rest of
    the journal and then digests the other tables (three years: about 22 s of work done in
    12). The two read two snapshots, so a write landing between them could look like
    tampering: anything found is checked again on one snapshot before it is reported."""
    if parallel and (os.cpu_count() or 1) > 1:
        with db.read() as conn:
            counts = _counts(conn, set(inspect(conn).get_table_names()))
            head = read_head(conn)[0]
        split = split_work(counts, head)
        with tempfile.TemporaryDirectory(prefix="desk-verify-") as folder:
            out = Path(folder) / "helper.pickle"
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
                        TABLES_VARIABLE: ",".join(split.helper),
                        TAIL_VARIABLE: str(split.tail_from or ""),
                    },
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            except OSError as exc:
                logging.getLogger(__name__).warning("verify helper not started: %s", exc)
            else:
                try:
                    report = _verify(
                        db, progress, lambda waiting: _collect(child, out, waiting), split.tail_from
                    )
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
# three-year file: 12.0 µs against 11.4.
JOURNAL_ROW_COST = 1.05


class Split(Value):
    """The work of one verify shared between this process and its helper."""

    helper: list[str]  # the tables the helper digests
    here: list[str]  # those this process digests, after its part of the journal
    tail_from: int | None  # the first journal row the helper walks; None: none


def split_work(counts: dict[str, int], head: int) -> Split:
    """The largest tables first, each to whichever side has less work so far; then, if the
    journal's walk is still the longer, its last rows to the helper, so that both finish at
    about the same time. ``head``: the journal's last row."""
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
    tail = int((here_load - helper_load) / 2 / JOURNAL_ROW_COST)
    tail_from = head - tail + 1 if tail >= BATCH else None
    return Split(helper, here, tail_from)


def _counts(conn, present: set[str] | None = None) -> dict[str, int]:
    return {
        t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
        for t in (journal, *JOURNALED)
        if present is None or t.name in present
    }


def _collect(
    child: subprocess.Popen, out: Path, waiting: Callable[[], None]
) -> HelperResult | None:
    """The helper's findings once it has ended; ``waiting`` called meanwhile, four times a
    second, so that the progress callback can stop the check (it raises) while it waits."""
    while True:
        try:
            _stdout, err = child.communicate(timeout=0.25)  # retried, nothing of it lost
            break
        except subprocess.TimeoutExpired:
            waiting()
    if child.returncode != 0 or not out.exists():
        # Its part is then done here, as without a second processor.
        logging.getLogger(__name__).warning("verify helper failed: %s", err.decode()[-500:])
        return None
    with out.open("rb") as f:
        found = pickle.load(f)
    tail = found["tail"]
    return HelperResult(found["tables"], Walk.of_value(tail) if tail is not None else None)


class HelperResult(Value):
    """What the helper process found: the digest of every row of its tables by key, and its
    walk of the journal's last rows (None: it walked none)."""

    tables: dict[str, dict[str, bytes]]
    tail: Walk | None


def helper_work(url: str, names: list[str] | None, tail_from: int | None) -> dict:
    """The helper's part, on one snapshot: the journal from ``tail_from`` walked, and the
    digest of every row of the tables named (all when None); as plain values."""
    from desk_app.store.database import open_readonly

    db = open_readonly(url)
    try:
        tables: dict[str, dict[str, bytes]] = {}
        tail = None
        with db.read() as conn:
            if tail_from is not None:
                tail = Walk(prev=None, next_seq=None)
                walk(stored_rows(conn, since=tail_from, batch=BATCH), tail, None, BATCH)
            present = _present_columns(conn)
            for table in JOURNALED:
                if (names is None or table.name in names) and table.name in present:
                    tables[table.name] = dict(_row_digests(conn, table, present[table.name]))
        return {"tables": tables, "tail": tail.as_value() if tail is not None else None}
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
    # On SQLite a time is read as the text it is kept as (records.journal_time_of_stored).
    times = (
        [c.name for c in columns if isinstance(c.type, UTCDateTime)]
        if conn.dialect.name == "sqlite"
        else []
    )
    payload = PayloadWriter(names, DIGESTED.get(table.name, ()), times).payload
    sha256 = hashlib.sha256
    read = [type_coerce(c, String()) if c.name in times else c for c in columns]
    rows = conn.execution_options(stream_results=True, yield_per=BATCH).execute(select(*read))
    for values in rows:
        yield str(values[key_at]), sha256(payload(values).encode("utf-8")).digest()


def _verify(
    db: Database,
    progress: Progress | None,
    helper: Callable[[Callable[[], None]], HelperResult | None] | None,
    tail_from: int | None = None,
) -> VerifyReport:
    """The check, in this process alone or with the helper's part (``helper``: waited for
    once this process has walked the journal up to ``tail_from``)."""
    report = VerifyReport()
    anchors = collect_anchors(db, report)  # before the snapshot: see collect_anchors
    with db.read() as conn:
        present_tables = set(inspect(conn).get_table_names())
        total = sum(_counts(conn, present_tables).values())
        # After an archiving the chain starts at its cut (store/archive_base.py).
        start = chain_start(conn, report.problems)
        state = Walk(
            prev=bytes.fromhex(start.hash),  # the stored digest of the row before, raw
            next_seq=start.seq + 1,
            latest={t.name: {} for t in JOURNALED},
            problems=report.problems,
        )

        def tick(rows: int) -> None:
            if progress:
                progress(rows, total)

        until = tail_from - 1 if helper is not None and tail_from is not None else None
        walk(stored_rows(conn, until=until, batch=BATCH), state, tick, BATCH)
        found_there = helper(lambda: tick(state.rows)) if helper is not None else None
        if until is not None:
            if found_there is not None and found_there.tail is not None:
                join(state, found_there.tail)
            else:  # the helper failed: its part walked here
                walk(stored_rows(conn, since=until + 1, batch=BATCH), state, tick, BATCH)
        report.journal_rows = state.rows
        done = state.rows
        latest, gone = state.latest, state.gone
        last_seq = state.next_seq - 1
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

        current = found_there.tables if found_there is not None else None
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
        tail_from = os.environ.get(TAIL_VARIABLE)
        found = helper_work(
            os.environ[URL_VARIABLE],
            names.split(",") if names else None,
            int(tail_from) if tail_from else None,
        )
        pickle.dump(found, f, protocol=pickle.HIGHEST_PROTOCOL)
