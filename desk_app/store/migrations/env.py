"""Alembic runs inside the caller's connection and transaction; no ini file, no engine here."""

from alembic import context

from desk_app.store import (
    roster_tables,  # noqa: F401  (its tables join the metadata)
    supervision_tables,  # noqa: F401  (its tables join the metadata)
)
from desk_app.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
context.run_migrations()
