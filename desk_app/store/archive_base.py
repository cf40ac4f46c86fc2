"""Where a book's chain starts once years were archived: the cut, and what it vouches for.

Archiving a year moves the journal's prefix up to a cut (row S) into the archive, with the
records that prefix describes; the book keeps the rows after S. So that ``verify`` still proves
one unbroken chain, the book writes an *archive checkpoint*: a journal row of its own (entity
``archive_checkpoint``, hash-chained like any other, written after the book's head) whose payload
holds the cut — row S's sequence and hash, the predecessor of row S+1 — and, for every record the
book keeps whose journal rows all went into the archive (a person, a setting, an open follow-up of
that year), the payload of its last journal row: the state the chain last gave it. ``verify``
starts the chain at the cut and holds those records to those payloads, as it holds every other
record to its last journal row. The book's ``desk_meta`` keeps a copy of the latest
checkpoint's payload (``archive_checkpoint``): read without walking the journal, and unable to
lie unseen — ``verify`` holds it to the digest of its journal row, and a cut that is not where
the journal starts is a gap.

An archive's own chain starts where the archive before it ended: the cut of the checkpoint before,
copied into its ``desk_meta`` (``archive_base``); ``verify --archive`` checks it against that
checkpoint in the book. The first archive starts at the genesis.

Sealed sheets kept in the book may name a journal head inside the archived prefix: the cut also
keeps the hash of each such row (``heads``), so their seals are still checked.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import field

from sqlalchemy import Column, Connection, Integer, MetaData, String, Table, select

from desk_app.domain.chain import GENESIS, canonical
from desk_app.domain.integrity import Problem
from desk_app.domain.value import Value
from desk_app.store.handle import table_names
from desk_app.store.meta import ARCHIVE_BASE, ARCHIVE_CHECKPOINT, ARCHIVE_OF, read_all
from desk_app.store.tables import journal

CHECKPOINT = "archive_checkpoint"
CHECKPOINT_ACTION = "archive"

# The checkpoint's shape as the journal writer records it: a table in a metadata of its own,
# never created in a database (its one row a year lives in the journal alone).
checkpoint_table = Table(
    CHECKPOINT,
    MetaData(),
    Column("id", String(36), primary_key=True),
    Column("years", String(9)),
    Column("cut", String),  # {seq, hash, carried: [[table, id, payload]], heads: {seq: hash}}
    Column("base", String),  # {seq, hash, digest}: the cut before it (the genesis: 0)
    Column("row", Integer),  # its own journal row
    Column("archive", String),  # {file, sha256, size, database_id, head: [seq, hash]}
    Column("reports", String),  # [[file, sha256]]: the monthly duty reports beside it
    Column("removed", String),  # {table: rows}
    Column("kept", String),  # {table: rows kept in the book with their history archived}
    Column("retention_years", Integer),
    Column("made_at", String),
    Column("history", String),  # the earlier checkpoints' summaries, oldest first
)


class Cut(Value):
    """Where a chain starts: row ``seq`` (its hash the predecessor of row seq+1), and the records
    it vouches for, ``carried``: (table, id) -> the payload of the record's last archived row."""

    seq: int = 0
    hash: str = GENESIS
    carried: dict[tuple[str, str], str] = field(default_factory=dict)
    heads: dict[int, str] = field(default_factory=dict)

    def as_value(self) -> dict:
        return {
            "seq": self.seq,
            "hash": self.hash,
            "carried": [[t, i, p] for (t, i), p in sorted(self.carried.items())],
            "heads": {str(s): h for s, h in sorted(self.heads.items())},
        }

    def as_text(self) -> str:
        return canonical(self.as_value())

    def digests(self) -> dict[str, dict[str, bytes]]:
        """table -> id -> the digest verify compares the record with."""
        out: dict[str, dict[str, bytes]] = {}
        for (table, key), payload in self.carried.items():
            out.setdefault(table, {})[key] = hashlib.sha256(payload.encode("utf-8")).digest()
        return out


GENESIS_CUT = Cut()


def cut_of(value: dict) -> Cut:
    return Cut(
        seq=int(value["seq"]),
        hash=str(value["hash"]),
        carried={(str(t), str(i)): str(p) for t, i, p in value.get("carried", [])},
        heads={int(s): str(h) for s, h in value.get("heads", {}).items()},
    )


class Checkpoint(Value):
    text: str  # its payload, canonical JSON, as journaled
    value: dict

    @property
    def id(self) -> str:
        return str(self.value["id"])

    @property
    def cut(self) -> Cut:
        return cut_of(self.value["cut"])

    @property
    def row(self) -> int:
        """Its own journal row."""
        return int(self.value["row"])

    @property
    def archive(self) -> dict:
        return self.value.get("archive", {})

    def archives(self) -> list[dict]:
        """Every archive of the book, oldest first: the earlier ones as this checkpoint's
        history keeps them, then its own (each: years, cut, base, archive, reports)."""
        return [*self.value.get("history", []), summary(self.value)]


def summary(value: dict) -> dict:
    """What a later checkpoint keeps of an earlier one: enough to check its archive's link."""
    return {
        "years": value["years"],
        "cut": {"seq": value["cut"]["seq"], "hash": value["cut"]["hash"]},
        "base": value["base"],
        "archive": value["archive"],
        "reports": value["reports"],
    }


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def checkpoint_of(text: str) -> Checkpoint:
    return Checkpoint(text, json.loads(text))


def latest_checkpoint(conn: Connection) -> Checkpoint | None:
    """The book's latest archive checkpoint, as its ``desk_meta`` keeps it."""
    if "desk_meta" not in table_names(conn):
        return None
    text = read_all(conn).get(ARCHIVE_CHECKPOINT)
    return checkpoint_of(text) if text else None


def chain_start(conn: Connection, problems: list[Problem] | None = None) -> Cut:
    """Where this database's chain starts: an archive's base, a book's latest cut, or the
    genesis. A mark that does not parse is a problem (added to ``problems``)."""
    if "desk_meta" not in table_names(conn):
        return GENESIS_CUT
    meta = read_all(conn)
    key = ARCHIVE_BASE if ARCHIVE_OF in meta else ARCHIVE_CHECKPOINT
    if key not in meta:
        return GENESIS_CUT
    try:
        value = json.loads(meta[key])
        return cut_of(value if key == ARCHIVE_BASE else value["cut"])
    except (ValueError, KeyError, TypeError):
        if problems is not None:
            problems.append(Problem("desk_meta", key, "meta", "not a chain's start"))
        return GENESIS_CUT


def checkpoint_problems(conn: Connection, journaled: dict[str, bytes]) -> list[Problem]:
    """The book's copy of its latest checkpoint against the digest of its journal row
    (``journaled``: id -> digest, from verify's walk of the chain)."""
    try:
        point = latest_checkpoint(conn)
    except (ValueError, KeyError, TypeError):
        return []  # named by chain_start
    if point is None:
        return []
    digest = hashlib.sha256(point.text.encode("utf-8")).digest()
    if journaled.get(point.id) != digest:
        return [Problem("desk_meta", ARCHIVE_CHECKPOINT, "meta", "differs from its journal row")]
    return []


def hash_or_head(conn: Connection, seq: int, heads: dict[int, str]) -> str | None:
    """The hash of journal row ``seq``: from the journal, or, for a row archived, as the cut
    kept it."""
    found = conn.execute(select(journal.c.hash).where(journal.c.seq == seq)).scalar()
    return found if found is not None else heads.get(seq)
