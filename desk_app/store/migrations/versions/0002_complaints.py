"""Complaints: the register, the history of each step, and the log entries that link to them.

Also the complaint search index (FTS5 trigram on SQLite, pg_trgm on PostgreSQL) and the link
column on log_entry, added in place (no table rebuild of a three-year log).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "complaint",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("num", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("guest_name", sa.String(length=120), nullable=False),
        sa.Column("room", sa.String(length=120), nullable=False),
        sa.Column("contact", sa.String(length=120), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("severity", sa.String(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("promised_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reply_owed", sa.Boolean(), nullable=False),
        sa.Column("assignee_id", sa.String(length=36), nullable=True),
        sa.Column("escalated_to_id", sa.String(length=36), nullable=True),
        sa.Column("first_reply_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("compensation_cents", sa.Integer(), nullable=True),
        sa.Column("compensation_kind", sa.String(length=60), nullable=True),
        sa.Column("resolved_by_id", sa.String(length=36), nullable=True),
        sa.Column("follow_up_reached", sa.Boolean(), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.String(length=36), nullable=False),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["person.id"], name=op.f("fk_complaint_assignee_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["person.id"], name=op.f("fk_complaint_created_by_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["escalated_to_id"], ["person.id"], name=op.f("fk_complaint_escalated_to_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"], ["person.id"], name=op.f("fk_complaint_resolved_by_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
        sa.UniqueConstraint("num", name=op.f("uq_complaint_num")),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index("ix_complaint_received_at_num", ["received_at", "num"], unique=False)
        batch_op.create_index(
            "ix_complaint_reply_owed_promised_at", ["reply_owed", "promised_at"], unique=False
        )

    op.create_table(
        "complaint_event",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("complaint_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["person.id"], name=op.f("fk_complaint_event_actor_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_event_complaint_id_complaint"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_event")),
    )
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_complaint_event_complaint_id_version", ["complaint_id", "version"], unique=True
        )

    if bind.dialect.name == "sqlite":
        # SQLite adds a column with its REFERENCES clause in place; a batch rebuild would copy
        # every log entry.
        op.execute(
            "ALTER TABLE log_entry ADD COLUMN complaint_id VARCHAR(36) "
            "CONSTRAINT fk_log_entry_complaint_id_complaint REFERENCES complaint (id)"
        )
    else:
        op.add_column("log_entry", sa.Column("complaint_id", sa.String(length=36), nullable=True))
        op.create_foreign_key(
            "fk_log_entry_complaint_id_complaint",
            "log_entry",
            "complaint",
            ["complaint_id"],
            ["id"],
        )
    op.create_index(
        "ix_log_entry_complaint_id",
        "log_entry",
        ["complaint_id"],
        unique=False,
        sqlite_where=sa.text("complaint_id IS NOT NULL"),
        postgresql_where=sa.text("complaint_id IS NOT NULL"),
    )
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE complaint_fts USING fts5("
            "text, guest_name, room, contact, content='complaint', content_rowid='num', "
            "tokenize='trigram')"
        )
        # Complaints change state, not words: only an edit of the searched fields touches the index.
        op.execute(
            "CREATE TRIGGER complaint_fts_insert AFTER INSERT ON complaint BEGIN "
            "INSERT INTO complaint_fts(rowid, text, guest_name, room, contact) "
            "VALUES (new.num, new.text, new.guest_name, new.room, new.contact); END"
        )
        op.execute(
            "CREATE TRIGGER complaint_fts_update AFTER UPDATE OF text, guest_name, room, contact "
            "ON complaint BEGIN "
            "INSERT INTO complaint_fts(complaint_fts, rowid, text, guest_name, room, contact) "
            "VALUES ('delete', old.num, old.text, old.guest_name, old.room, old.contact); "
            "INSERT INTO complaint_fts(rowid, text, guest_name, room, contact) "
            "VALUES (new.num, new.text, new.guest_name, new.room, new.contact); END"
        )
        op.execute(
            "CREATE TRIGGER complaint_fts_delete AFTER DELETE ON complaint BEGIN "
            "INSERT INTO complaint_fts(complaint_fts, rowid, text, guest_name, room, contact) "
            "VALUES ('delete', old.num, old.text, old.guest_name, old.room, old.contact); END"
        )
    elif bind.dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_complaint_search_trgm ON complaint USING gin "
            "((lower(text || ' ' || guest_name || ' ' || room || ' ' || contact)) gin_trgm_ops)"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("complaint_fts_insert", "complaint_fts_update", "complaint_fts_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS complaint_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_complaint_search_trgm")
    op.drop_index("ix_log_entry_complaint_id", table_name="log_entry")
    with op.batch_alter_table("log_entry") as batch_op:
        batch_op.drop_column("complaint_id")
    op.drop_index("ix_complaint_event_complaint_id_version", table_name="complaint_event")
    op.drop_table("complaint_event")
    op.drop_index("ix_complaint_reply_owed_promised_at", table_name="complaint")
    op.drop_index("ix_complaint_received_at_num", table_name="complaint")
    op.drop_table("complaint")
