"""Checking that the database is what the journal says it is.

Two passes. The journal pass recomputes every link of the chain and remembers, for each record,
the digest of the last state the journal gave it. The table pass digests every row as it is now
and compares. An edit made with an SQLite tool behind the program's back shows up as a row whose
digest differs, a row the journal never saw, a journalled row that is gone, a broken link, or a
journal shorter than its anchor outside the database.
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from desk_app.domain.chain import GENESIS, link_hash_of, payload_digest
from desk_app.domain.handover import seal_of
from desk_app.store.anchor import read_anchor
from desk_app.store.database import Database
from desk_app.store.records import payload_of_values
from desk_app.store.tables import JOURNALED, handover, journal

Progress = Callable[[int, int], None]
BATCH = 5000
URL_VARIABLE = "DESK_VERIFY_URL"


@dataclass(frozen=True)
class Problem:
    table: str
    id: str
    what: str  # edited, inserted, deleted, journal-edited, journal-missing, tail-missing, head-mismatch

    def describe(self) -> str:
        texts = {
            "edited": "row changed behind the program's back",
            "inserted": "row inserted behind the program's back (not in the journal)",
            "deleted": "row deleted behind the program's back",
            "journal-edited": "journal row altered (hash does not match)",
            "journal-missing": "journal row missing (gap in the sequence)",
            "tail-missing": "journal ends before the anchor kept outside the database: its tail was removed",
            "anchor-mismatch": "journal row differs from the anchor kept outside the database",
            "seal-broken": "sealed handover sheet does not match its seal",
        }
        return f"{self.table} {self.id}: {texts.get(self.what, self.what)}"


@dataclass
class VerifyReport:
    journal_rows: int = 0
    records: int = 0
    problems: list[Problem] = field(default_factory=list)
    anchor_seq: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(
    db: Database, progress: Progress | None = None, *, parallel: bool = True
) -> VerifyReport:
    """Check everything. With two or more processors the current rows are digested in a second
    process while this one walks the journal (three years: about 17 s down to 10). The two
    passes then read two snapshots, so a write landing between them could look like tampering:
    anything found is checked again on one snapshot before it is reported."""
    if parallel and (os.cpu_count() or 1) > 1:
        with tempfile.TemporaryDirectory(prefix="desk-verify-") as folder:
            out = Path(folder) / "digests.pickle"
            # A fresh interpreter, not a fork: nothing of this process's open database goes
            # with it, and no caller's __main__ is imported again.
            try:
                child = subprocess.Popen(
                    [sys.executable, "-m", "desk_app.store.verify", str(out)],
                    # The address by environment, not argv: a PostgreSQL password stays out of
                    # `ps`.
                    env={**os.environ, URL_VARIABLE: db.url},
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            except OSError as exc:
                logging.getLogger(__name__).warning("verify helper not started: %s", exc)
            else:
                report = _verify(db, progress, lambda: _collect(child, out))
                if report.ok:
                    return report
    return _verify(db, progress, None)


def _collect(child: subprocess.Popen, out: Path) -> dict[str, dict[str, bytes]] | None:
    _stdout, err = child.communicate()
    if child.returncode != 0 or not out.exists():
        # The table pass is then done here, as without a second processor.
        logging.getLogger(__name__).warning("verify helper failed: %s", err.decode()[-500:])
        return None
    with out.open("rb") as f:
        return pickle.load(f)


def table_digests(url: str) -> dict[str, dict[str, bytes]]:
    """Every journaled row's digest by table and key (run in the second process)."""
    from desk_app.store.database import connect

    db = connect(url, create=False)
    try:
        out: dict[str, dict[str, bytes]] = {}
        with db.read() as conn:
            for table in JOURNALED:
                out[table.name] = dict(_row_digests(conn, table))
        return out
    finally:
        db.dispose()


def _row_digests(conn, table) -> Iterator[tuple[str, bytes]]:
    (pk,) = table.primary_key.columns
    names = [c.name for c in table.columns]
    key_at = names.index(pk.name)
    rows = conn.execution_options(stream_results=True, yield_per=BATCH).execute(select(table))
    for values in rows:
        yield str(values[key_at]), payload_digest(payload_of_values(names, values))


def _verify(
    db: Database,
    progress: Progress | None,
    digests: Callable[[], dict[str, dict[str, bytes]] | None] | None,
) -> VerifyReport:
    report = VerifyReport()
    latest: dict[str, dict[str, tuple[str, bytes]]] = {t.name: {} for t in JOURNALED}
    with db.read() as conn:
        total = conn.execute(select(func.count()).select_from(journal)).scalar_one()
        for table in JOURNALED:
            total += conn.execute(select(func.count()).select_from(table)).scalar_one()
        done = 0
        prev_hash = GENESIS
        expected_seq = 1
        j = journal.c
        rows = conn.execution_options(stream_results=True, yield_per=BATCH).execute(
            select(
                j.seq,
                j.at,
                j.actor,
                j.station,
                j.entity,
                j.entity_id,
                j.action,
                j.payload,
                j.prev_hash,
                j.hash,
            ).order_by(j.seq)
        )
        # Plain tuples: at three years this loop runs over half a million rows.
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
            digest,
        ) in rows:
            if seq != expected_seq:
                for missing in range(expected_seq, seq):
                    report.problems.append(Problem("journal", str(missing), "journal-missing"))
                # Re-anchor on the stored link so one gap is not reported as every later row.
                prev_hash = stored_prev
            link = link_hash_of(
                prev_hash, seq, at, actor, station, entity, entity_id, action, payload
            )
            if stored_prev != prev_hash or link != digest:
                report.problems.append(Problem("journal", str(seq), "journal-edited"))
            prev_hash = digest
            expected_seq = seq + 1
            bucket = latest.get(entity)
            if bucket is None:
                bucket = latest[entity] = {}
            bucket[entity_id] = (action, payload_digest(payload))
            report.journal_rows += 1
            done += 1
            if progress and done % BATCH == 0:
                progress(done, total)
        last_seq = expected_seq - 1

        anchor = read_anchor(db.anchor_path)
        if anchor is not None:
            report.anchor_seq = anchor.seq
            if anchor.seq > last_seq:
                report.problems.append(
                    Problem("journal", f"{last_seq + 1}..{anchor.seq}", "tail-missing")
                )
            else:
                stored = conn.execute(
                    select(journal.c.hash).where(journal.c.seq == anchor.seq)
                ).scalar()
                if stored != anchor.hash:
                    report.problems.append(Problem("journal", str(anchor.seq), "anchor-mismatch"))

        current = digests() if digests is not None else None
        for table in JOURNALED:
            expected = latest.get(table.name, {})
            seen: set[str] = set()
            rows = current[table.name].items() if current is not None else _row_digests(conn, table)
            for key, digest in rows:
                seen.add(key)
                journaled = expected.get(key)
                if journaled is None or journaled[0] == "delete":
                    report.problems.append(Problem(table.name, key, "inserted"))
                elif journaled[1] != digest:
                    report.problems.append(Problem(table.name, key, "edited"))
                report.records += 1
                done += 1
                if progress and done % BATCH == 0:
                    progress(done, total)
            for key, (action, _digest) in expected.items():
                if action != "delete" and key not in seen:
                    report.problems.append(Problem(table.name, key, "deleted"))
        report.problems.extend(_check_seals(conn))
        if progress:
            progress(total, total)
    return report


def _check_seals(conn) -> list[Problem]:
    """Every sealed handover sheet: its seal recomputed from what it holds and the journal head
    it names, and that head found in the journal."""
    found = []
    h = handover.c
    rows = conn.execute(
        select(h.id, h.content, h.seal, h.journal_seq, h.journal_hash).where(h.seal.is_not(None))
    )
    for row in rows:
        stored = conn.execute(
            select(journal.c.hash).where(journal.c.seq == row.journal_seq)
        ).scalar()
        if stored != row.journal_hash or seal_of(row.content or "", row.journal_hash) != row.seal:
            found.append(Problem("handover", row.id, "seal-broken"))
    return found


if __name__ == "__main__":
    # The second process of ``verify``: python -m desk_app.store.verify OUT
    with open(sys.argv[1], "wb") as f:
        pickle.dump(table_digests(os.environ[URL_VARIABLE]), f, protocol=pickle.HIGHEST_PROTOCOL)
