"""The journal head, kept outside the database so that a cut tail cannot go unnoticed.

A chain of hashes proves that nothing in the middle changed, not that nothing was taken off the
end: delete the newest rows with their journal rows and what is left is a valid, shorter chain.
So the head (sequence, hash, and the database's own id) is written outside the file, in two
places — beside the database and in this account's data folder — and inside every backup
(see :mod:`desk_app.store.backup`). ``verify`` then fails when the chain is shorter than an anchor,
when the anchor's row differs, or when an anchor is another database's.

An anchor names the database it was written for (its path, or its server address without the
password). It binds that database: a copy found elsewhere — a backup, a file taken home — is
older than the book by nature, so an anchor of another path only tells ``verify`` how far the
book had got. The data folder holds one file per database id and path, so a copy that is opened
and written to keeps an anchor of its own.

The anchors follow the chain off the write path: a write only marks them stale, and a timer
rewrites them at most once a second (writing two small files with fsync costs more than a
write of the book itself). They are written at once with a database's first write, and at every
close, lock, sealed handover and backup. They never go back: an anchor that the chain no longer
extends — a tail was cut, or a backup restored over the book — is left as it is for ``verify``
to name, and reported through :attr:`AnchorKeeper.problem`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from desk_app.config import data_dir
from desk_app.domain.integrity import Anchor
from desk_app.domain.value import Value
from desk_app.store.files import private_folder, write_atomically
from desk_app.store.handle import Database
from desk_app.store.journal import read_head as journal_head_of
from desk_app.store.tables import journal

ANCHOR_DELAY_S = 1.0
BESIDE_SUFFIX = ".anchor.json"
_log = logging.getLogger(__name__)


class Place(Value):
    """Where an anchor is kept, and what kind of place it is (for messages)."""

    path: Path
    kind: str  # "beside" | "data-folder"


def database_address(db: Database) -> str:
    """What an anchor says it binds: the file's full path, or the server address without its
    password."""
    if db.sqlite_path is not None:
        return str(db.sqlite_path.resolve())
    return make_url(db.url).render_as_string(hide_password=True)


def anchors_folder() -> Path:
    return data_dir() / "anchors"


def beside_path(sqlite_path: Path) -> Path:
    return sqlite_path.with_name(sqlite_path.name + BESIDE_SUFFIX)


def address_key(address: str) -> str:
    return hashlib.sha256(address.encode("utf-8")).hexdigest()[:16]


def data_folder_path(database_id: str, address: str) -> Path:
    return anchors_folder() / f"{database_id}-{address_key(address)}.json"


def places(db: Database) -> list[Place]:
    """Where this database's own anchors are written."""
    found = []
    if db.sqlite_path is not None:
        found.append(Place(beside_path(db.sqlite_path), "beside"))
    if db.database_id:
        found.append(Place(data_folder_path(db.database_id, database_address(db)), "data-folder"))
    return found


def other_anchor_files(database_id: str | None, address: str) -> Iterator[Path]:
    """Every anchor in the data folder of this database id, whatever path it binds, and every
    anchor written for this path, whatever database it was written for: a book whose id was
    changed behind the program's back still meets the anchors of its path."""
    folder = anchors_folder()
    if not folder.is_dir():
        return
    found = set(folder.glob(f"*-{address_key(address)}.json"))
    if database_id:
        found.update(folder.glob(f"{database_id}-*.json"))
    yield from sorted(found)


ANCHOR_READ_ERRORS = (OSError, ValueError, KeyError, TypeError)


def read_anchor(path: Path) -> Anchor | None:
    """The anchor kept at ``path``; None if there is none. A damaged file raises ValueError,
    KeyError or TypeError: it is not the same as no anchor."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Anchor(
        seq=int(data["seq"]),
        hash=str(data["hash"]),
        at=str(data.get("at", "")),
        database_id=data.get("database_id"),
        database=data.get("database"),
    )


def read_head(db: Database) -> tuple[int, str] | None:
    with db.read() as conn:
        seq, digest = journal_head_of(conn)
    return (seq, digest) if seq else None


def hash_at(db: Database, seq: int) -> str | None:
    with db.read() as conn:
        return conn.execute(select(journal.c.hash).where(journal.c.seq == seq)).scalar()


class Refused(Value):
    """An anchor the chain does not extend: left in place, for ``verify`` and the window."""

    place: Place
    anchor: Anchor | None  # None: the file could not be read as an anchor
    reason: str  # "other-database" | "longer" | "other-chain" | "damaged"


def write_anchor(db: Database, at: str | None = None) -> Anchor | None:
    """Anchor the head now in every place; the anchor written, or None for an empty journal.
    Raises OSError when a place cannot be written; returns normally with ``db.anchors.problem``
    set when an existing anchor is not extended by the chain."""
    if db.anchors is None:
        raise RuntimeError("a database opened for reading writes no anchors")
    return db.anchors.flush(at)


class AnchorKeeper:
    """Keeps one database's anchors following its chain (see the module's docstring)."""

    def __init__(self, db: Database, delay: float = ANCHOR_DELAY_S) -> None:
        self._db = db
        self._delay = delay
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._closed = False
        self.places = places(db)
        self.anchored = any(p.path.exists() for p in self.places)
        self.problem: Refused | None = None
        self.error: OSError | None = None
        # An anchor of this path written for another database: not ours to rewrite, so what it
        # says stands as long as the book is open.
        self._standing: Refused | None = None
        self._check()

    def _check(self) -> None:
        """At opening: does the chain still reach every anchor of this book? A few small files
        and one indexed read, whatever the book's size; what it finds waits in ``problem`` for
        the window."""
        head = read_head(self._db)
        now = Anchor(
            seq=head[0] if head else 0,
            hash=head[1] if head else "",
            at="",
            database_id=self._db.database_id,
        )
        address = database_address(self._db)
        paths = {p.path for p in self.places} | set(
            other_anchor_files(None, address)  # this path's, written for any database
        )
        for path in sorted(paths):
            place = next((p for p in self.places if p.path == path), Place(path, "data-folder"))
            try:
                existing = read_anchor(path)
            except ANCHOR_READ_ERRORS:
                self.problem = Refused(place, None, "damaged")
                continue
            if existing is not None:
                refused = self._refuses(existing, now)
                if refused is not None:
                    self.problem = Refused(place, existing, refused)
                    if place not in self.places:
                        self._standing = self.problem

    def committed(self) -> None:
        """A write was committed: the first one anchors at once, later ones within a second."""
        if not self.anchored:
            self._flush_logged()
            return
        with self._lock:
            if self._timer is not None or self._closed:
                return
            self._timer = threading.Timer(self._delay, self._on_timer)
            self._timer.daemon = True
            self._timer.start()

    def _on_timer(self) -> None:
        self._flush_logged(from_timer=True)

    def _flush_logged(self, *, from_timer: bool = False) -> None:
        """For the timer and the write path: an error is kept for the window to show (and
        logged), never raised into a write that has already been committed. The timer looks at
        ``_closed`` in the same hold of the lock as it writes: once ``close`` has returned (and
        the engine may be gone) no timer touches the database."""
        try:
            with self._lock:
                if from_timer:
                    self._timer = None
                    if self._closed:
                        return
                self._write(datetime.now(UTC).isoformat())
        except OSError as exc:
            _log.error("journal anchor not written: %s", exc)
            self.error = exc
        except Exception:  # noqa: BLE001 - a bug: logged whole, and the next flush tries again
            _log.exception("journal anchor not written")

    def flush(self, at: str | None = None) -> Anchor | None:
        """Anchor now; OSError if a place cannot be written."""
        with self._lock:
            return self._write(at or datetime.now(UTC).isoformat())

    def flush_now(self) -> None:
        """Anchor now, for the moments that ask for it (a lock, a seal): an error is kept in
        ``error`` for the window, as a timer's would be."""
        self._flush_logged()

    def close(self) -> None:
        """At every close: the anchors as the chain stands, then no more timers (once: a
        second close writes nothing)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        self._flush_logged()

    def _write(self, at: str) -> Anchor | None:
        head = read_head(self._db)
        if head is None:
            return None
        anchor = Anchor(
            seq=head[0],
            hash=head[1],
            at=at,
            database_id=self._db.database_id,
            database=database_address(self._db),
        )
        problem: Refused | None = None
        for place in self.places:
            try:
                existing = read_anchor(place.path)
            except ANCHOR_READ_ERRORS:
                problem = Refused(place, None, "damaged")
                continue
            if existing is not None:
                refused = self._refuses(existing, anchor)
                if refused is not None:
                    problem = Refused(place, existing, refused)
                    continue
                if (existing.seq, existing.hash) == (anchor.seq, anchor.hash):
                    continue
            if place.kind == "data-folder":
                private_folder(place.path.parent.parent)  # the data folder, if it is new
            private_folder(place.path.parent)
            write_atomically(place.path, anchor.as_json())
        self.problem = problem or self._standing
        self.anchored = True
        self.error = None
        return anchor

    def _refuses(self, existing: Anchor, new: Anchor) -> str | None:
        if existing.database_id and existing.database_id != new.database_id:
            return "other-database"
        if existing.seq > new.seq:
            return "longer"
        if existing.seq == new.seq:
            return None if existing.hash == new.hash else "other-chain"
        return None if hash_at(self._db, existing.seq) == existing.hash else "other-chain"
