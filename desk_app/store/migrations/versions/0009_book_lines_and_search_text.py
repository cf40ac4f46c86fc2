"""The program's own log lines as messages, and a search text the program folds.

1. ``log_entry.message`` / ``message_values``: a line the program writes is kept as its message and
   values and read in the reader's language (``domain.book_lines``). Lines stored before as words
   are recognised (``line_recognition``: every language of the catalogue and the old demo's
   wordings) and converted; a complaint step's line, which held the clerk's note alone, becomes
   its step's message with that note (the step read from the complaint's history). Each converted
   row is journaled with its new state, so ``verify`` passes before and after.
2. ``search_text`` on every searchable table: the fields folded by the program (and a program line
   in every language), indexed by FTS5 trigram on SQLite and pg_trgm on PostgreSQL, in place of
   the indexes over the raw fields whose case folding was the engine's (on PostgreSQL, the
   server's locale).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BATCH = 2000
STATION = "upgrade 0009"
SEARCHED_TABLES = ("log_entry", "complaint", "lf_item", "lf_report")
LOSTFOUND_KEYS = frozenset(
    {
        "lostfound.found",
        "lostfound.photo",
        "lostfound.link",
        "lostfound.unlink",
        "lostfound.return",
        "lostfound.propose",
        "lostfound.approve",
        "lostfound.reject",
    }
)
KEY_KEYS = frozenset({"keys.issue", "keys.return", "keys.lost", "keys.damaged", "keys.restore"})
UNLINKED = {
    "lf_report": frozenset({"lostfound.report", "lostfound.close_report"}),
    "key_count": frozenset({"keys.count"}),
}
OLD_FTS = {
    "log_entry": ("log_fts", ("log_entry_fts_insert", "log_entry_fts_delete")),
    "complaint": (
        "complaint_fts",
        ("complaint_fts_insert", "complaint_fts_update", "complaint_fts_delete"),
    ),
    "lf_item": ("lf_item_fts", ("lf_item_fts_insert", "lf_item_fts_update", "lf_item_fts_delete")),
    "lf_report": (
        "lf_report_fts",
        ("lf_report_fts_insert", "lf_report_fts_update", "lf_report_fts_delete"),
    ),
}


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    op.add_column("log_entry", sa.Column("message", sa.String(length=40), nullable=True))
    op.add_column("log_entry", sa.Column("message_values", sa.Text(), nullable=True))
    for table in SEARCHED_TABLES:
        op.add_column(table, sa.Column("search_text", sa.Text(), nullable=True))
        if dialect == "sqlite":
            fts, triggers = OLD_FTS[table]
            for trigger in triggers:
                op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
        elif dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_trgm")
    convert_lines(bind)
    from desk_app.catalog import fingerprint
    from desk_app.store.meta import SEARCH_CATALOGUE

    # Made with this program's catalogue: the next opening has nothing to make anew.
    op.bulk_insert(
        sa.table("desk_meta", sa.column("key", sa.String), sa.column("value", sa.Text)),
        [{"key": SEARCH_CATALOGUE, "value": fingerprint()}],
    )
    for table in SEARCHED_TABLES:
        fill_search_text(bind, table)
        if dialect == "sqlite":
            fts, _ = OLD_FTS[table]
            create_fts(table, fts)
            op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
        elif dialect == "postgresql":
            op.execute(
                f"CREATE INDEX ix_{table}_folded_search_trgm ON {table} "
                "USING gin (search_text gin_trgm_ops)"
            )


def create_fts(table: str, fts: str) -> None:
    """External-content trigram index over the search text (already folded by the program, so
    the tokenizer leaves case alone)."""
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{table}', "
        "content_rowid='num', tokenize='trigram case_sensitive 1')"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.num, new.search_text); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF search_text ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.num, old.search_text); "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.num, new.search_text); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.num, old.search_text); END"
    )


def _present(bind, table: sa.Table) -> list[sa.Column]:
    names = {c["name"] for c in sa.inspect(bind).get_columns(table.name)}
    return [c for c in table.columns if c.name in names]


def convert_lines(bind) -> None:
    from desk_app.domain.book_lines import LINE_KINDS, BookLine
    from desk_app.store.journal import JournalWriter
    from desk_app.store.records import encode_value
    from desk_app.store.tables import complaint, complaint_event, journal, log_entry
    from desk_app.store.upgrades.line_recognition import recognise

    e = log_entry.c
    columns = _present(bind, log_entry)
    now = datetime.now(UTC)
    # Plain: the column is text on PostgreSQL until 0013.
    writer = JournalWriter(bind, station=STATION, actor=None, plain=True)
    converted: list[dict] = []

    def convert(row, line: BookLine) -> None:
        new = {c.name: getattr(row, c.name) for c in columns}
        new.update(text="", message=line.key, message_values=line.encoded_values())
        converted.append(new)
        writer.record(log_entry, new, "update", now)

    # Lost and found, keys: the sentence as stored, read back (a found item's line as one of lost
    # and found's, a key's as one of the keys').
    books = {"lf_item_id": LOSTFOUND_KEYS, "key_id": KEY_KEYS}
    for link, keys in books.items():
        rows = bind.execute(
            sa.select(*columns).where(e.message.is_(None), e[link].is_not(None)).order_by(e.num)
        ).fetchall()
        for row in rows:
            found = recognise(row.text, keys)
            if found is not None:
                convert(row, found[0])
    # A guest's report and its closing, a count of the board: lines that link to no item or key.
    # Taken only where such a record was journaled at the same instant, so a clerk's own note that
    # happens to read like one of them stays the clerk's.
    journaled_at: dict[str, set[str]] = {}
    for entity, keys in UNLINKED.items():
        for (at,) in bind.execute(sa.select(journal.c.at).where(journal.c.entity == entity)):
            journaled_at.setdefault(at, set()).update(keys)
    unlinked = sa.and_(
        e.message.is_(None),
        e.lf_item_id.is_(None),
        e.key_id.is_(None),
        e.complaint_id.is_(None),
    )
    candidates = [
        (row.id, journaled_at[stamp])
        for row in bind.execute(sa.select(e.id, e.at).where(unlinked))
        if (stamp := encode_value(row.at)) in journaled_at
    ]
    for entry_id, keys in candidates:
        row = bind.execute(sa.select(*columns).where(e.id == entry_id)).one()
        found = recognise(row.text, keys)
        if found is not None:
            convert(row, found[0])
    # Complaints: the note, and the step it was written for.
    ev = complaint_event.c
    step = (
        sa.select(ev.action)
        .where(ev.complaint_id == e.complaint_id, ev.at == e.at, ev.note == e.text)
        .limit(1)
        .scalar_subquery()
    )
    rows = bind.execute(
        sa.select(*columns, complaint.c.num.label("complaint_num"), step.label("step"))
        .join(complaint, complaint.c.id == e.complaint_id)
        .where(e.message.is_(None))
        .order_by(e.num)
    ).fetchall()
    for row in rows:
        key = f"complaint.{row.step}"
        if row.step is not None and row.text and key in LINE_KINDS:
            convert(row, BookLine(key, {"num": str(row.complaint_num), "note": row.text}))
    stmt = (
        sa.update(log_entry)
        .where(e.id == sa.bindparam("b_id"))
        .values(text="", message=sa.bindparam("b_message"), message_values=sa.bindparam("b_values"))
    )
    for start in range(0, len(converted), BATCH):
        bind.execute(
            stmt,
            [
                {"b_id": r["id"], "b_message": r["message"], "b_values": r["message_values"]}
                for r in converted[start : start + BATCH]
            ],
        )
    writer.flush()


def fill_search_text(bind, name: str) -> None:
    from desk_app.store.search_text import SEARCHED, derive
    from desk_app.store.tables import metadata

    table = metadata.tables[name]
    wanted = ["id", *SEARCHED[name]] + (
        ["message", "message_values"] if name == "log_entry" else []
    )
    stmt = sa.update(table).where(table.c.id == sa.bindparam("b_id"))
    stmt = stmt.values(search_text=sa.bindparam("b_text"))
    last = None
    while True:
        query = sa.select(*(table.c[n] for n in wanted)).order_by(table.c.id).limit(BATCH)
        if last is not None:
            query = query.where(table.c.id > last)
        rows = bind.execute(query).fetchall()
        if not rows:
            return
        bind.execute(stmt, [{"b_id": r.id, "b_text": derive(name, r._mapping)} for r in rows])
        last = rows[-1].id


def downgrade() -> None:
    """Back to lines stored as words (in English, the sentence's source: the language each was
    first written in is not kept), journaled as the upgrade was, and the engine-folded indexes."""
    bind = op.get_bind()
    dialect = bind.dialect.name
    if dialect == "sqlite":
        for fts, _ in OLD_FTS.values():
            for suffix in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    elif dialect == "postgresql":
        for table in SEARCHED_TABLES:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_folded_search_trgm")
    words_again(bind)
    op.execute("DELETE FROM desk_meta WHERE key = 'search_catalogue'")
    # In place (SQLite 3.35+ drops a column itself): a batch rebuild of a table others refer to
    # would trip their foreign keys.
    for table, column in (
        *((t, "search_text") for t in SEARCHED_TABLES),
        ("log_entry", "message_values"),
        ("log_entry", "message"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    if dialect == "sqlite":
        for table, (fts, _) in OLD_FTS.items():
            columns = OLD_SEARCHED[table]
            cols = ", ".join(columns)
            new = ", ".join(f"new.{c}" for c in columns)
            old = ", ".join(f"old.{c}" for c in columns)
            op.execute(
                f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
                "content_rowid='num', tokenize='trigram')"
            )
            op.execute(
                f"CREATE TRIGGER {OLD_FTS[table][1][0]} AFTER INSERT ON {table} BEGIN "
                f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.num, {new}); END"
            )
            if table != "log_entry":
                op.execute(
                    f"CREATE TRIGGER {OLD_FTS[table][1][1]} AFTER UPDATE OF {cols} ON {table} "
                    f"BEGIN INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.num, "
                    f"{old}); INSERT INTO {fts}(rowid, {cols}) VALUES (new.num, {new}); END"
                )
            op.execute(
                f"CREATE TRIGGER {OLD_FTS[table][1][-1]} AFTER DELETE ON {table} BEGIN "
                f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.num, {old}); END"
            )
            op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    elif dialect == "postgresql":
        for table in SEARCHED_TABLES:
            joined = " || ' ' || ".join(OLD_SEARCHED[table])
            op.execute(
                f"CREATE INDEX ix_{table}_search_trgm ON {table} "
                f"USING gin ((lower({joined})) gin_trgm_ops)"
            )


OLD_SEARCHED = {
    "log_entry": ("text", "room", "party"),
    "complaint": ("text", "guest_name", "room", "contact"),
    "lf_item": ("description", "found_place", "storage_place", "finder_name"),
    "lf_report": ("description", "guest_name", "lost_place", "contact", "room"),
}


def words_again(bind) -> None:
    from desk_app.book_text import render
    from desk_app.domain.book_lines import BookLine
    from desk_app.store.journal import JournalWriter
    from desk_app.store.tables import log_entry

    e = log_entry.c
    names = {c["name"] for c in sa.inspect(bind).get_columns("log_entry")}
    kept = [c for c in log_entry.columns if c.name in names and c.name not in _ADDED]
    now = datetime.now(UTC)
    # Plain: the column is text on PostgreSQL until 0013.
    writer = JournalWriter(bind, station=STATION, actor=None, plain=True)
    rows = bind.execute(
        sa.select(*kept, e.message, e.message_values).where(e.message.is_not(None))
    ).fetchall()
    changes = []
    for row in rows:
        text = render(BookLine.decode(row.message, row.message_values), "en")
        record = {c.name: getattr(row, c.name) for c in kept}
        record["text"] = text
        writer.record(log_entry, record, "update", now)
        changes.append({"b_id": row.id, "b_text": text})
    if changes:
        bind.execute(
            sa.update(log_entry)
            .where(e.id == sa.bindparam("b_id"))
            .values(text=sa.bindparam("b_text"), message=None, message_values=None),
            changes,
        )
    writer.flush()


_ADDED = ("message", "message_values", "search_text")
