"""People's names by id, read in one query: what every view prints beside an id (who inspected,
who reviewed, who asked, who is on the roster)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select

from desk_app.store.tables import person


def names_of(conn: Connection, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = conn.execute(select(person.c.id, person.c.name).where(person.c.id.in_(wanted)))
    return {r.id: r.name for r in rows}
