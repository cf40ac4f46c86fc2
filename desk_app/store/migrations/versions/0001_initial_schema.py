"""Initial schema: people, settings, stations, the duty log, follow-ups, read marks, the journal.

Also the substring search index: FTS5 trigram over the log on SQLite, pg_trgm on PostgreSQL.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 22:41:08.939322
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()

    op.create_table(
        "desk_meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_desk_meta")),
    )
    op.create_table(
        "journal",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=36), nullable=True),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_journal")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_name", ["name"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "station",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station")),
        sa.UniqueConstraint("name", name=op.f("uq_station_name")),
    )
    op.create_table(
        "log_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("num", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("room", sa.String(length=120), nullable=False),
        sa.Column("party", sa.String(length=120), nullable=False),
        sa.Column("important", sa.Boolean(), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.Column("amends_id", sa.String(length=36), nullable=True),
        sa.Column("closes_follow_up_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["amends_id"], ["log_entry.id"], name=op.f("fk_log_entry_amends_id_log_entry")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["person.id"], name=op.f("fk_log_entry_author_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_log_entry")),
        sa.UniqueConstraint("num", name=op.f("uq_log_entry_num")),
    )
    with op.batch_alter_table("log_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_log_entry_amends_id",
            ["amends_id"],
            unique=False,
            sqlite_where=sa.text("amends_id IS NOT NULL"),
            postgresql_where=sa.text("amends_id IS NOT NULL"),
        )
        batch_op.create_index("ix_log_entry_at_num", ["at", "num"], unique=False)
        batch_op.create_index(
            "ix_log_entry_important_at",
            ["at"],
            unique=False,
            sqlite_where=sa.text("important = 1"),
            postgresql_where=sa.text("important IS TRUE"),
        )

    op.create_table(
        "sign_in",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_sign_in_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in")),
    )
    with op.batch_alter_table("sign_in", schema=None) as batch_op:
        batch_op.create_index("ix_sign_in_at", ["at"], unique=False)

    op.create_table(
        "entry_read",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["log_entry.id"], name=op.f("fk_entry_read_entry_id_log_entry")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_entry_read_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry_read")),
        sa.UniqueConstraint("entry_id", "person_id", name=op.f("uq_entry_read_entry_id_person_id")),
    )
    op.create_table(
        "follow_up",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closing_entry_id", sa.String(length=36), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closing_entry_id"],
            ["log_entry.id"],
            name=op.f("fk_follow_up_closing_entry_id_log_entry"),
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["log_entry.id"], name=op.f("fk_follow_up_entry_id_log_entry")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["person.id"], name=op.f("fk_follow_up_owner_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
        sa.UniqueConstraint("entry_id", name=op.f("uq_follow_up_entry_id")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(
            "ix_follow_up_closed_at_due_at", ["closed_at", "due_at"], unique=False
        )

    op.bulk_insert(
        sa.table("desk_meta", sa.column("key", sa.String), sa.column("value", sa.Text)),
        [{"key": "app", "value": "DutyDesk"}, {"key": "created_by", "value": "0001"}],
    )
    if bind.dialect.name == "sqlite":
        # External-content index: the log's text is stored once, the index refers to it by num.
        op.execute(
            "CREATE VIRTUAL TABLE log_fts USING fts5("
            "text, room, party, content='log_entry', content_rowid='num', tokenize='trigram')"
        )
        op.execute(
            "CREATE TRIGGER log_entry_fts_insert AFTER INSERT ON log_entry BEGIN "
            "INSERT INTO log_fts(rowid, text, room, party) VALUES (new.num, new.text, new.room, new.party); END"
        )
        op.execute(
            "CREATE TRIGGER log_entry_fts_delete AFTER DELETE ON log_entry BEGIN "
            "INSERT INTO log_fts(log_fts, rowid, text, room, party) "
            "VALUES ('delete', old.num, old.text, old.room, old.party); END"
        )
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX ix_log_entry_search_trgm ON log_entry USING gin "
            "((lower(text || ' ' || room || ' ' || party)) gin_trgm_ops)"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS log_entry_fts_delete")
        op.execute("DROP TRIGGER IF EXISTS log_entry_fts_insert")
        op.execute("DROP TABLE IF EXISTS log_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_log_entry_search_trgm")

    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_up_closed_at_due_at")

    op.drop_table("follow_up")
    op.drop_table("entry_read")
    with op.batch_alter_table("sign_in", schema=None) as batch_op:
        batch_op.drop_index("ix_sign_in_at")

    op.drop_table("sign_in")
    with op.batch_alter_table("log_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_log_entry_important_at")
        batch_op.drop_index("ix_log_entry_at_num")
        batch_op.drop_index("ix_log_entry_amends_id")

    op.drop_table("log_entry")
    op.drop_table("station")
    op.drop_table("setting")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_name")

    op.drop_table("person")
    op.drop_table("journal")
    op.drop_table("desk_meta")
