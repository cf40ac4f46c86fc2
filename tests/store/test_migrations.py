"""Migrations build the schema the code describes, and the code knows the scripts' head."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from desk_app.store import migrate
from desk_app.store.database import connect
from desk_app.store.handle import read_meta
from desk_app.store.journal import JOURNALED
from desk_app.store.meta import APP_MARK
from desk_app.store.tables import metadata


def test_head_revision_is_the_scripts_head():
    scripts = ScriptDirectory.from_config(migrate.alembic_config(None))
    heads = scripts.get_heads()
    assert heads == [migrate.HEAD_REVISION], "one head, and HEAD_REVISION names it"
    assert migrate.HEAD_REVISION in migrate.known_revisions()


def test_every_revision_has_a_parent_in_the_scripts():
    scripts = ScriptDirectory.from_config(migrate.alembic_config(None))
    known = migrate.known_revisions()
    for script in scripts.walk_revisions():
        assert script.down_revision is None or script.down_revision in known


def test_migrations_create_the_schema(db):
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert {t.name for t in metadata.sorted_tables} <= tables
        assert "alembic_version" in tables
        assert migrate.current_revision(conn) == migrate.HEAD_REVISION
        assert read_meta(conn, "app") == APP_MARK
        for table in JOURNALED:
            assert conn.execute(text(f"SELECT count(*) FROM {table.name}")).scalar() == 0


def test_search_index_exists(db):
    with db.engine.connect() as conn:
        if db.dialect == "sqlite":
            names = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
                )
            }
            for table, fts in (
                ("log_entry", "log_fts"),
                ("complaint", "complaint_fts"),
                ("lf_item", "lf_item_fts"),
                ("lf_report", "lf_report_fts"),
            ):
                assert {fts, f"{fts}_insert", f"{fts}_update", f"{fts}_delete"} <= names
                sql = conn.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE name = ?", (fts,)
                ).scalar()
                # Over the program's folded search text, not the raw fields.
                assert "search_text" in sql and "case_sensitive 1" in sql, table
        else:
            for table in ("log_entry", "complaint", "lf_item", "lf_report"):
                indexes = {i["name"] for i in inspect(conn).get_indexes(table)}
                assert f"ix_{table}_folded_search_trgm" in indexes
                assert f"ix_{table}_search_trgm" not in indexes
            assert conn.exec_driver_sql(
                "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"
            ).scalar()


def _search_objects(kind, name):
    return name is not None and (
        name.startswith(("log_fts", "complaint_fts", "lf_item_fts", "lf_report_fts"))
        or name.endswith("_search_trgm")
    )


def test_migrated_schema_matches_the_tables_module(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": lambda name, kind, parent: not _search_objects(kind, name)}
        )
        diff = compare_metadata(context, metadata)
    assert diff == []


def test_sqlite_settings(tmp_path):
    db = connect(str(tmp_path / "desk.sqlite"))
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 250
    finally:
        db.dispose()


def test_reopening_is_idempotent_and_makes_no_backup(tmp_path):
    path = tmp_path / "desk.sqlite"
    connect(str(path)).dispose()
    again = connect(str(path))
    try:
        with again.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD_REVISION
            # The mark, the schema that made it, its id, the catalogue its search texts follow.
            assert conn.execute(text("SELECT count(*) FROM desk_meta")).scalar() == 4
    finally:
        again.dispose()
    assert not (tmp_path / "backups").exists()
