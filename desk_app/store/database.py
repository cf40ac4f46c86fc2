"""Opening a DutyDesk database: SQLite file or PostgreSQL URL, same code after this point.

SQLite is tuned for a counter that must not lose a saved entry: WAL, ``synchronous=FULL``,
foreign keys, a busy timeout, and write transactions that start with ``BEGIN IMMEDIATE`` so two
writers never both read the journal head and then collide.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from desk_app.domain.errors import StorageError

APP_MARK = "DutyDesk"
BUSY_TIMEOUT_MS = 10_000
# The WAL is copied back into the file every 250 pages (2 MB) rather than SQLite's 1,000: an entry
# writes some ten pages, and until the WAL first wraps round every commit also grows the file, an
# extra metadata write per fsync. At 1,000 that was the first ~100 entries after each start,
# ~40% slower (three-year file, measured); at 250 it is the first ~25, and the checkpoints that
# make a write's p99 are a quarter as long.
WAL_AUTOCHECKPOINT_PAGES = 250


def resolve_url(path_or_url: str) -> str:
    if "://" in path_or_url:
        return path_or_url
    return "sqlite:///" + str(Path(path_or_url).expanduser().resolve())


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy's "begin" event below decide how transactions start.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Takes effect only on a new file (before WAL is set); 8 KiB pages leave less slack
        # around journal rows of a few hundred bytes than the default 4 KiB.
        cur.execute("PRAGMA page_size=8192")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("desk_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


@dataclass
class Database:
    engine: Engine
    url: str
    sqlite_path: Path | None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def anchor_path(self) -> Path:
        if self.sqlite_path is not None:
            return self.sqlite_path.with_name(self.sqlite_path.name + ".anchor.json")
        from desk_app.config import data_dir

        key = hashlib.sha256(self.url.encode()).hexdigest()[:16]
        return data_dir() / "anchors" / f"{key}.json"

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction; committed on success, rolled back on any error."""
        with self.engine.connect().execution_options(desk_write=True) as conn, conn.begin():
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()


def _check_sqlite_path(path: Path, create: bool) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise StorageError(
            "The folder {folder} does not exist. Create it or choose another place for the database.",
            folder=str(folder),
        )
    if path.exists():
        if not path.is_file():
            raise StorageError("{path} is not a file.", path=str(path))
        if not os.access(path, os.R_OK | os.W_OK):
            raise StorageError(
                "The database file {path} is read-only. DutyDesk needs to write to it.",
                path=str(path),
            )
        with path.open("rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise StorageError(
                "{path} is not a DutyDesk database (it is not an SQLite file at all).",
                path=str(path),
            )
    elif not create:
        raise StorageError("There is no database at {path}.", path=str(path))
    # WAL needs to create -wal and -shm files beside the database.
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(
            "The folder {folder} is read-only. DutyDesk needs to write there.",
            folder=str(folder),
        )


def make_engine(url: str) -> Engine:
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
        )
        _install_sqlite_pragmas(engine)
        return engine
    if sa_url.get_backend_name() == "postgresql" and sa_url.drivername == "postgresql":
        url = sa_url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return create_engine(url, pool_pre_ping=True)


def connect(path_or_url: str, *, create: bool = True) -> Database:
    """Open (and if needed create or upgrade) the database; raise StorageError in plain words."""
    from desk_app.store.migrate import ensure_schema

    url = resolve_url(path_or_url)
    sa_url = make_url(url)
    sqlite_path: Path | None = None
    if sa_url.get_backend_name() == "sqlite":
        if not sa_url.database or sa_url.database == ":memory:":
            raise StorageError("An in-memory database cannot keep a duty log; give a file.")
        sqlite_path = Path(sa_url.database)
        _check_sqlite_path(sqlite_path, create)
    try:
        engine = make_engine(url)
    except ModuleNotFoundError as exc:
        raise StorageError(
            "No database driver for {url}: {error}", url=url, error=str(exc)
        ) from exc
    db = Database(engine=engine, url=url, sqlite_path=sqlite_path)
    try:
        ensure_schema(db)
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        db.dispose()
        raise StorageError(
            "Cannot open the database {url}: {error}",
            url=sa_url.render_as_string(),
            error=str(exc.args[0] if exc.args else exc),
        ) from exc
    except BaseException:
        db.dispose()
        raise
    return db


def table_names(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names())


def read_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(text("SELECT value FROM desk_meta WHERE key = :k"), {"k": key}).scalar()
