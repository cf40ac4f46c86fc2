"""The handle on an open database (:class:`Database`): its engine, where it is, and the read
and write transactions taken on it, with the few reads that every floor of the store needs
before anything else (the tables there are, the schema's revision, a ``desk_meta`` value).

Opening one — creating, checking, upgrading, anchoring — is :mod:`desk_app.store.database`'s;
what sits below the opener (migration, backups, anchors) receives a Database from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from desk_app.domain.errors import DatabaseReadOnly
from desk_app.domain.value import Value
from desk_app.store.db_errors import storage_error

if TYPE_CHECKING:  # the keeper is made by the opener, with this database
    from desk_app.store.anchor import AnchorKeeper


class SchemaUpgrade(Value):
    """What opening did to an older book: its schema brought from one revision to the current,
    after a backup of it as it was (None on a server, which keeps its own backups)."""

    from_revision: str
    to_revision: str
    backup: Path | None


@dataclass
class Database:
    engine: Engine
    url: str
    sqlite_path: Path | None
    read_only: bool = False
    immutable: bool = False  # read without locks, as a snapshot of a closed file
    database_id: str | None = None
    anchors: AnchorKeeper | None = field(default=None, repr=False)
    upgraded: SchemaUpgrade | None = None  # set by the opener when it upgraded the book

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction; committed on success, rolled back on any error. A failure of
        the storage itself (disk full, busy, read-only, server gone) is a named StorageError."""
        if self.read_only:
            raise DatabaseReadOnly(
                "The database {where} was opened only to be read.", where=self.where
            )
        with (
            self._named_errors(),
            self.engine.connect().execution_options(desk_write=True) as conn,
            conn.begin(),
        ):
            yield conn
        if self.anchors is not None:
            self.anchors.committed()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self._named_errors(), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _named_errors(self) -> Iterator[None]:
        """The driver's error for a failing storage, as the named StorageError that says it."""
        try:
            yield
        except DBAPIError as exc:
            named = storage_error(exc, self.where)
            if named is None:
                raise
            raise named from exc

    @property
    def where(self) -> str:
        """The file or server, as a message names it (never with a password)."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        """Let go of the database; its anchors first follow the chain as it now stands."""
        try:
            if self.anchors is not None:
                self.anchors.close()
        finally:
            self.engine.dispose()


def current_revision_of(conn: Connection, tables: set[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def table_names(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names())


def read_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(text("SELECT value FROM desk_meta WHERE key = :k"), {"k": key}).scalar()
