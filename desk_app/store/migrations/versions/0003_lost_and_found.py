"""Lost and found: found items and their photos, guests' reports, returns and disposals.

Also their search indexes (FTS5 trigram on SQLite, pg_trgm on PostgreSQL) and the link column on
log_entry, added in place.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UUID = sa.String(length=36)

ITEM_FTS = ("description", "found_place", "storage_place", "finder_name")
REPORT_FTS = ("description", "guest_name", "lost_place", "contact", "room")


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def _fts(table: str, fts: str, columns: tuple[str, ...]) -> None:
    """A trigram index kept by triggers; rows change state far more often than words, so only an
    edit of the searched fields touches the index."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='num', "
        "tokenize='trigram')"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.num, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.num, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.num, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.num, {old}); END"
    )


def _trgm(table: str, columns: tuple[str, ...]) -> None:
    joined = " || ' ' || ".join(columns)
    op.execute(
        f"CREATE INDEX ix_{table}_search_trgm ON {table} USING gin ((lower({joined})) gin_trgm_ops)"
    )


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "lf_item",
        sa.Column("id", UUID, nullable=False),
        sa.Column("num", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("found_place", sa.String(length=120), nullable=False),
        sa.Column("finder_kind", sa.String(length=10), nullable=False),
        sa.Column("finder_id", UUID, nullable=True),
        sa.Column("finder_name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("valuables", sa.Boolean(), nullable=False),
        sa.Column("storage_place", sa.String(length=120), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by_id", UUID, nullable=False),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk("lf_item", "finder_id", "person"),
        _fk("lf_item", "registered_by_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lf_item")),
        sa.UniqueConstraint("num", name=op.f("uq_lf_item_num")),
        sa.UniqueConstraint("year", "seq", name=op.f("uq_lf_item_year_seq")),
    )
    op.create_index("ix_lf_item_found_at_num", "lf_item", ["found_at", "num"])
    op.create_index("ix_lf_item_state_found_at", "lf_item", ["state", "found_at"])

    op.create_table(
        "lf_photo",
        sa.Column("id", UUID, nullable=False),
        sa.Column("item_id", UUID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by_id", UUID, nullable=False),
        sa.Column("mime", sa.String(length=20), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        _fk("lf_photo", "item_id", "lf_item"),
        _fk("lf_photo", "added_by_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lf_photo")),
    )
    op.create_index("ix_lf_photo_item_id", "lf_photo", ["item_id"])

    op.create_table(
        "lf_report",
        sa.Column("id", UUID, nullable=False),
        sa.Column("num", sa.Integer(), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("guest_name", sa.String(length=120), nullable=False),
        sa.Column("contact", sa.String(length=120), nullable=False),
        sa.Column("room", sa.String(length=120), nullable=False),
        sa.Column("lost_from", sa.DateTime(), nullable=False),
        sa.Column("lost_until", sa.DateTime(), nullable=False),
        sa.Column("lost_place", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("item_id", UUID, nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("close_note", sa.Text(), nullable=True),
        sa.Column("recorded_by_id", UUID, nullable=False),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk("lf_report", "item_id", "lf_item"),
        _fk("lf_report", "recorded_by_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lf_report")),
        sa.UniqueConstraint("num", name=op.f("uq_lf_report_num")),
    )
    op.create_index("ix_lf_report_reported_at_num", "lf_report", ["reported_at", "num"])
    op.create_index("ix_lf_report_state_lost_until", "lf_report", ["state", "lost_until"])
    op.create_index("ix_lf_report_item_id", "lf_report", ["item_id"])

    op.create_table(
        "lf_return",
        sa.Column("id", UUID, nullable=False),
        sa.Column("item_id", UUID, nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=False),
        sa.Column("claimant_name", sa.String(length=120), nullable=False),
        sa.Column("claimant_contact", sa.String(length=120), nullable=False),
        sa.Column("id_document", sa.String(length=20), nullable=False),
        sa.Column("id_last_four", sa.String(length=4), nullable=False),
        sa.Column("returned_by_id", UUID, nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("signature_png", sa.LargeBinary(), nullable=False),
        sa.Column("report_id", UUID, nullable=True),
        sa.Column("station", sa.String(length=60), nullable=False),
        _fk("lf_return", "item_id", "lf_item"),
        _fk("lf_return", "returned_by_id", "person"),
        _fk("lf_return", "report_id", "lf_report"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lf_return")),
        sa.UniqueConstraint("item_id", name=op.f("uq_lf_return_item_id")),
    )

    op.create_table(
        "lf_disposal",
        sa.Column("id", UUID, nullable=False),
        sa.Column("item_id", UUID, nullable=False),
        sa.Column("proposed_at", sa.DateTime(), nullable=False),
        sa.Column("proposed_by_id", UUID, nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by_id", UUID, nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk("lf_disposal", "item_id", "lf_item"),
        _fk("lf_disposal", "proposed_by_id", "person"),
        _fk("lf_disposal", "decided_by_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lf_disposal")),
    )
    op.create_index("ix_lf_disposal_item_id", "lf_disposal", ["item_id"])

    if bind.dialect.name == "sqlite":
        # In place, with its REFERENCES clause: a batch rebuild would copy every log entry.
        op.execute(
            "ALTER TABLE log_entry ADD COLUMN lf_item_id VARCHAR(36) "
            "CONSTRAINT fk_log_entry_lf_item_id_lf_item REFERENCES lf_item (id)"
        )
    else:
        op.add_column("log_entry", sa.Column("lf_item_id", UUID, nullable=True))
        op.create_foreign_key(
            "fk_log_entry_lf_item_id_lf_item", "log_entry", "lf_item", ["lf_item_id"], ["id"]
        )
    op.create_index(
        "ix_log_entry_lf_item_id",
        "log_entry",
        ["lf_item_id"],
        unique=False,
        sqlite_where=sa.text("lf_item_id IS NOT NULL"),
        postgresql_where=sa.text("lf_item_id IS NOT NULL"),
    )
    if bind.dialect.name == "sqlite":
        _fts("lf_item", "lf_item_fts", ITEM_FTS)
        _fts("lf_report", "lf_report_fts", REPORT_FTS)
    elif bind.dialect.name == "postgresql":
        _trgm("lf_item", ITEM_FTS)
        _trgm("lf_report", REPORT_FTS)


def downgrade() -> None:
    bind = op.get_bind()
    for table, fts in (("lf_item", "lf_item_fts"), ("lf_report", "lf_report_fts")):
        if bind.dialect.name == "sqlite":
            for suffix in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
        elif bind.dialect.name == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_trgm")
    op.drop_index("ix_log_entry_lf_item_id", table_name="log_entry")
    with op.batch_alter_table("log_entry") as batch_op:
        batch_op.drop_column("lf_item_id")
    op.drop_table("lf_disposal")
    op.drop_table("lf_return")
    op.drop_table("lf_report")
    op.drop_table("lf_photo")
    op.drop_table("lf_item")
