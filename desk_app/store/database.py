"""Opening a DutyDesk database: SQLite file or PostgreSQL URL, same code after this point.

This module owns opening: it checks the file, makes the engine, has the schema brought up to
date (a backup first), refreshes the search texts and sets the anchors' keeper. What it calls
receives the :class:`~desk_app.store.handle.Database` and never comes back here.

SQLite is tuned for a counter that must not lose a saved entry: WAL, ``synchronous=FULL``,
foreign keys, a busy timeout, and write transactions that start with ``BEGIN IMMEDIATE`` so two
writers never both read the journal head and then collide.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError

from desk_app.domain.errors import StorageError
from desk_app.store.anchor import AnchorKeeper
from desk_app.store.backup import backup_database
from desk_app.store.files import create_private_file
from desk_app.store.handle import (
    Database,
    SchemaUpgrade,
    current_revision_of,
    read_meta,
    table_names,
)
from desk_app.store.meta import APP_KEY, APP_MARK, ARCHIVE_OF, ARCHIVE_YEARS, DATABASE_ID
from desk_app.store.migrate import HEAD_REVISION, ensure_schema, known_revisions
from desk_app.store.search_text import refresh as refresh_search_text
from desk_app.store.sqlite_file import Kind, Probe, probe, readonly_uri, wal_beside

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


def _check_sqlite_path(path: Path, create: bool) -> Probe:
    """Refuse, in plain words and before anything is written, a file the desk cannot use."""
    folder = path.parent
    if not folder.is_dir():
        raise StorageError(
            "The folder {folder} does not exist. Create it or choose another place for the database.",
            folder=str(folder),
        )
    if path.exists() and not path.is_file():
        raise StorageError("{path} is not a file.", path=str(path))
    found = probe(path)
    if found.kind is Kind.MISSING and not create:
        raise StorageError("There is no database at {path}.", path=str(path))
    if found.kind is Kind.NOT_SQLITE:
        raise StorageError(
            "{path} is not a DutyDesk database (it is not an SQLite file at all).",
            path=str(path),
        )
    if found.kind is Kind.FOREIGN:
        raise StorageError(
            "{url} is not a DutyDesk database: it holds other tables ({tables}).",
            url=str(path),
            tables=", ".join(found.tables[:5]),
        )
    if found.kind is Kind.UNREADABLE:
        raise StorageError(
            "The database file {path} cannot be read: {error}", path=str(path), error=found.error
        )
    if found.kind is Kind.DUTYDESK and ARCHIVE_OF in found.meta:
        # Opened to be written, an archive would take sign-ins and upgrades and no longer be
        # the file its book's checkpoint names.
        raise StorageError(
            "{path} is an archive of the years {years}: it is only read (Desk → Open archive… in "
            "the book's window, or desk-app verify --archive).",
            path=str(path),
            years=found.meta.get(ARCHIVE_YEARS, ""),
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StorageError(
            "The database file {path} is read-only. DutyDesk needs to write to it.",
            path=str(path),
        )
    # WAL needs to create -wal and -shm files beside the database.
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(
            "The folder {folder} is read-only. DutyDesk needs to write there.",
            folder=str(folder),
        )
    return found


def make_engine(url: str) -> Engine:
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
        )
        _install_sqlite_pragmas(engine)
        return engine
    return create_engine(_postgresql_url(url), pool_pre_ping=True)


def _postgresql_url(url: str) -> str:
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "postgresql" and sa_url.drivername == "postgresql":
        sa_url = sa_url.set(drivername="postgresql+psycopg")
    return sa_url.render_as_string(hide_password=False)


def _sqlite_file(url: str) -> Path | None:
    sa_url = make_url(url)
    if sa_url.get_backend_name() != "sqlite":
        return None
    if not sa_url.database or sa_url.database == ":memory:":
        raise StorageError("An in-memory database cannot keep a duty log; give a file.")
    return Path(sa_url.database)


def connect(path_or_url: str, *, create: bool = True) -> Database:
    """Open (and if needed create or upgrade) the database; raise StorageError in plain words.

    A file is known to be DutyDesk's (or empty) before any pragma that writes runs on it, so a
    refused file is left byte for byte as it was. A new file is created owner-only."""
    url = resolve_url(path_or_url)
    sa_url = make_url(url)
    sqlite_path = _sqlite_file(url)
    if sqlite_path is not None:
        _check_sqlite_path(sqlite_path, create)
        try:
            create_private_file(sqlite_path)
        except OSError as exc:
            raise StorageError(
                "Cannot create the database {path}: {error}",
                path=str(sqlite_path),
                error=exc.strerror or str(exc),
            ) from exc
    try:
        engine = make_engine(url)
    except ModuleNotFoundError as exc:
        raise StorageError(
            "No database driver for {url}: {error}", url=url, error=str(exc)
        ) from exc
    db = Database(engine=engine, url=url, sqlite_path=sqlite_path)
    try:
        ensure_schema(db, before_upgrade=lambda: _backup_before_upgrade(db))
        refresh_search_text(db)
        with db.read() as conn:
            db.database_id = read_meta(conn, DATABASE_ID)
        db.anchors = AnchorKeeper(db)
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


def _backup_before_upgrade(db: Database) -> None:
    """A file is copied aside before its schema changes (a server keeps its own backups); the
    handle keeps what was done, for the window to say once (ui/shell/upgrade_notice.py)."""
    with db.engine.connect() as conn:
        revision = current_revision_of(conn, table_names(conn)) or ""
    backup = None
    if db.sqlite_path is not None:
        backup = backup_database(db, reason="before-upgrade").path
    # ensure_schema brings it to the head revision next; should that fail, the handle is gone.
    db.upgraded = SchemaUpgrade(from_revision=revision, to_revision=HEAD_REVISION, backup=backup)


def readonly_is_immutable(path: Path) -> bool:
    """Immutable when the file or its folder cannot be written (read-only media: SQLite could
    not even make its lock files), and when no WAL lies beside the file: then no desk has the
    book open and nothing is pending, and an immutable open leaves no -wal or -shm file behind,
    as a plain read-only open of a WAL database would. A desk opening the book during the check
    is caught afterwards (:func:`desk_app.store.verify.verify`)."""
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return not writable or not wal_beside(path)


def _readonly_sqlite_engine(path: Path) -> Engine:
    found = probe(path)
    if found.kind is Kind.MISSING:
        raise StorageError("There is no database at {path}.", path=str(path))
    if found.kind is Kind.EMPTY:
        raise StorageError("{path} is empty: it is not a DutyDesk database.", path=str(path))
    if found.kind is Kind.NOT_SQLITE:
        raise StorageError(
            "{path} is not a DutyDesk database (it is not an SQLite file at all).", path=str(path)
        )
    if found.kind is Kind.FOREIGN:
        raise StorageError(
            "{path} is not a DutyDesk database: it holds other tables.", path=str(path)
        )
    if found.kind is Kind.UNREADABLE:
        raise StorageError(
            "The database file {path} cannot be read: {error}", path=str(path), error=found.error
        )
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    wal = path.with_name(path.name + "-wal")
    if not writable and wal.exists() and wal.stat().st_size > 0:
        raise StorageError(
            "{path} still has pages in its WAL file and lies where nothing can be written, so "
            "it cannot be read whole. Copy it together with its -wal file to a folder that can "
            "be written, and check the copy.",
            path=str(path),
        )
    uri = readonly_uri(path, immutable=readonly_is_immutable(path))
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(
            uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        ),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA query_only=1")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _readonly_postgresql_engine(url: str) -> Engine:
    engine = create_engine(_postgresql_url(url), pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        dbapi_conn.commit()

    return engine


def open_readonly(path_or_url: str) -> Database:
    """Open a database only to read it (``verify``): SQLite's read-only open — immutable, too,
    when the file or its folder cannot be written, as on read-only media —, a read-only session
    on PostgreSQL. Never creates, never migrates: a missing, empty or foreign database, or one
    written by a newer DutyDesk, is a StorageError."""
    url = resolve_url(path_or_url)
    sqlite_path = _sqlite_file(url)
    try:
        engine = (
            _readonly_sqlite_engine(sqlite_path)
            if sqlite_path is not None
            else _readonly_postgresql_engine(url)
        )
    except ModuleNotFoundError as exc:
        raise StorageError(
            "No database driver for {url}: {error}", url=url, error=str(exc)
        ) from exc
    db = Database(
        engine=engine,
        url=url,
        sqlite_path=sqlite_path,
        read_only=True,
        immutable=sqlite_path is not None and readonly_is_immutable(sqlite_path),
    )
    try:
        with engine.connect() as conn, conn.begin():
            tables = table_names(conn)
            if "desk_meta" not in tables or read_meta(conn, APP_KEY) != APP_MARK:
                raise StorageError("{path} is not a DutyDesk database.", path=db.where)
            revision = current_revision_of(conn, tables)
            db.database_id = read_meta(conn, DATABASE_ID)
        if revision is None or revision not in known_revisions():
            raise StorageError(
                "This database was written by a newer DutyDesk (schema {revision}). "
                "Install the newer version to open it.",
                revision=revision,
            )
    except DBAPIError as exc:
        db.dispose()
        raise StorageError(
            "Cannot open the database {url}: {error}",
            url=db.where,
            error=str(exc.orig or exc).strip(),
        ) from exc
    except BaseException:
        db.dispose()
        raise
    return db
