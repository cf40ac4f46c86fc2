"""A book's search texts follow the catalogue of the program's sentences: opened by a program whose
translations changed, the program's lines are made anew (a user's words are not touched), once."""

from __future__ import annotations

from sqlalchemy import select, update

from desk_app.catalog import fingerprint
from desk_app.services.keys import commands as keys_commands
from desk_app.services.log import commands as log_commands
from desk_app.store.database import connect
from desk_app.store.meta import SEARCH_CATALOGUE
from desk_app.store.search_text import derive, refresh
from desk_app.store.tables import desk_meta, log_entry


def _mark(db) -> str | None:
    with db.read() as conn:
        return conn.execute(
            select(desk_meta.c.value).where(desk_meta.c.key == SEARCH_CATALOGUE)
        ).scalar()


def test_a_new_book_is_marked_with_this_catalogue(db):
    assert _mark(db) == fingerprint()
    assert refresh(db) == 0  # nothing to make anew


def test_lines_made_with_another_catalogue_are_made_anew(db, desk, manager, clerk, db_url):
    keys_commands.add_key(
        desk, manager, code="MK-1", label="Master", key_type="master", hook_row=1, hook_col=1
    )
    keys_commands.report_key(desk, manager, "MK-1", "lost", "dropped in the lift")
    log_commands.record_entry(desk, clerk, category="note", text="Taxi at 7")
    with db.engine.begin() as conn:  # as an older program's catalogue would have left them
        conn.execute(update(log_entry).values(search_text="stale"))
        conn.execute(
            update(desk_meta).where(desk_meta.c.key == SEARCH_CATALOGUE).values(value="0" * 64)
        )
    db.dispose()
    reopened = connect(db_url)
    try:
        assert _mark(reopened) == fingerprint()
        with reopened.read() as conn:
            rows = conn.execute(select(log_entry)).all()
        by_kind = {bool(r.message): r for r in rows}
        assert by_kind[True].search_text == derive("log_entry", by_kind[True]._mapping)
        assert by_kind[False].search_text == "stale"  # the user's words: not the catalogue's
        assert refresh(reopened) == 0
    finally:
        reopened.dispose()
