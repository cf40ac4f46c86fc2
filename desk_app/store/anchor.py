"""The journal head, written outside the database so a cut-off tail cannot go unnoticed."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desk_app.store.database import Database
from desk_app.store.journal import read_head as journal_head_of


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    at: str


def read_head(db: Database) -> tuple[int, str] | None:
    with db.read() as conn:
        seq, digest = journal_head_of(conn)
    return (seq, digest) if seq else None


def write_anchor(db: Database, at: str) -> Anchor | None:
    head = read_head(db)
    if head is None:
        return None
    anchor = Anchor(seq=head[0], hash=head[1], at=at)
    path = db.anchor_path
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".anchor-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(anchor.__dict__, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return anchor


def read_anchor(path: Path) -> Anchor | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Anchor(seq=int(data["seq"]), hash=str(data["hash"]), at=str(data.get("at", "")))
