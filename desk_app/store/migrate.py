"""Bringing a database to the current schema, with Alembic, after a backup.

Start-up must not pay for Alembic when nothing is to do, so the revision the code expects is a
constant here (a test keeps it equal to the migration scripts' head) and Alembic is imported only
when the database is behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, text

from desk_app.domain.errors import StorageError
from desk_app.store.handle import Database, read_meta, table_names
from desk_app.store.meta import APP_MARK

HEAD_REVISION = "0013"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(conn: Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    with_conn = alembic_config(None)  # type: ignore[arg-type]
    return {s.revision for s in ScriptDirectory.from_config(with_conn).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    if "alembic_version" not in table_names(conn):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def ensure_schema(db: Database, *, before_upgrade: Callable[[], object] = lambda: None) -> None:
    """Bring ``db`` to :data:`HEAD_REVISION`; refuse a database that is not DutyDesk's or is
    newer than this program. ``before_upgrade`` runs before an existing database (not a new
    one) is upgraded: the opener's backup."""
    with db.engine.connect() as conn:
        tables = table_names(conn)
        revision = current_revision(conn)
        if revision == HEAD_REVISION:
            return
        if tables - {"alembic_version"} and (
            "desk_meta" not in tables or read_meta(conn, "app") != APP_MARK
        ):
            raise StorageError(
                "{url} is not a DutyDesk database: it holds other tables ({tables}).",
                url=db.url,
                tables=", ".join(sorted(tables)[:5]),
            )
        if revision is not None and revision not in known_revisions():
            raise StorageError(
                "This database was written by a newer DutyDesk (schema {revision}). "
                "Install the newer version to open it.",
                revision=revision,
            )
    if revision is not None:
        before_upgrade()
    upgrade(db)


def upgrade(db: Database) -> None:
    """Apply every missing migration in one transaction (PostgreSQL DDL is transactional)."""
    from alembic import command

    with db.engine.connect().execution_options(desk_write=True) as conn, conn.begin():
        command.upgrade(alembic_config(conn), "head")
