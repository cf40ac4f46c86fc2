"""``verify``'s check of ``desk_meta`` against what the schema requires (see store.meta: the
table is checked by rule, not journaled)."""

from __future__ import annotations

from sqlalchemy import Connection

from desk_app.domain.integrity import Problem
from desk_app.store.handle import current_revision_of, table_names
from desk_app.store.meta import meta_problems, read_all
from desk_app.store.migrate import known_revisions


def check_meta(conn: Connection) -> list[Problem]:
    revision = current_revision_of(conn, table_names(conn))
    return [
        Problem("desk_meta", key, "meta", fault)
        for key, fault in meta_problems(read_all(conn), known_revisions(), revision)
    ]
