"""The journal head, written outside the database so a cut-off tail cannot go unnoticed."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desk_app.store.database import Database
from desk_app.store.tables import journal_head


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    at: str


def read_head(db: Database) -> tuple[int, str] | None:
    with db.read() as conn:
        row = conn.execute(select(journal_head.c.seq, journal_head.c.hash)).first()
    return (row.seq, row.hash) if row else None


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
