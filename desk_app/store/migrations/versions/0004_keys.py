"""Keys and countable assets: the register, every movement, and the board counts.

Also the link column on log_entry (a restricted key's issue, a key reported lost), added in place.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

UUID = sa.String(length=36)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "key_asset",
        sa.Column("id", UUID, nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("key_type", sa.String(length=10), nullable=False),
        sa.Column("hook_row", sa.Integer(), nullable=False),
        sa.Column("hook_col", sa.Integer(), nullable=False),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=5), nullable=False),
        sa.Column("holder_id", UUID, nullable=True),
        sa.Column("holder_name", sa.String(length=120), nullable=True),
        sa.Column("out_since", sa.DateTime(), nullable=True),
        sa.Column("expected_back", sa.DateTime(), nullable=True),
        sa.Column("issue_id", UUID, nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk("key_asset", "holder_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_asset")),
        sa.UniqueConstraint("code", name=op.f("uq_key_asset_code")),
    )
    op.create_table(
        "key_movement",
        sa.Column("id", UUID, nullable=False),
        sa.Column("num", sa.Integer(), nullable=False),
        sa.Column("key_id", UUID, nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", UUID, nullable=False),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.Column("holder_kind", sa.String(length=10), nullable=True),
        sa.Column("holder_id", UUID, nullable=True),
        sa.Column("holder_name", sa.String(length=120), nullable=True),
        sa.Column("company", sa.String(length=120), nullable=True),
        sa.Column("id_document", sa.String(length=20), nullable=True),
        sa.Column("id_last_four", sa.String(length=4), nullable=True),
        sa.Column("purpose", sa.String(length=120), nullable=True),
        sa.Column("expected_back", sa.DateTime(), nullable=True),
        sa.Column("issue_id", UUID, nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        _fk("key_movement", "key_id", "key_asset"),
        _fk("key_movement", "actor_id", "person"),
        _fk("key_movement", "holder_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_movement")),
        sa.UniqueConstraint("num", name=op.f("uq_key_movement_num")),
    )
    op.create_index("ix_key_movement_key_id_num", "key_movement", ["key_id", "num"])
    op.create_index("ix_key_movement_holder_id_num", "key_movement", ["holder_id", "num"])
    op.create_index("ix_key_movement_at_num", "key_movement", ["at", "num"])
    op.create_table(
        "key_count",
        sa.Column("id", UUID, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", UUID, nullable=False),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("missing", sa.Text(), nullable=False),
        sa.Column("unexpected", sa.Text(), nullable=False),
        sa.Column("unknown", sa.Text(), nullable=False),
        sa.Column("matches", sa.Boolean(), nullable=False),
        _fk("key_count", "actor_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_count")),
    )
    op.create_index("ix_key_count_at", "key_count", ["at"])

    if bind.dialect.name == "sqlite":
        # In place, with its REFERENCES clause: a batch rebuild would copy every log entry.
        op.execute(
            "ALTER TABLE log_entry ADD COLUMN key_id VARCHAR(36) "
            "CONSTRAINT fk_log_entry_key_id_key_asset REFERENCES key_asset (id)"
        )
    else:
        op.add_column("log_entry", sa.Column("key_id", UUID, nullable=True))
        op.create_foreign_key(
            "fk_log_entry_key_id_key_asset", "log_entry", "key_asset", ["key_id"], ["id"]
        )
    op.create_index(
        "ix_log_entry_key_id",
        "log_entry",
        ["key_id"],
        unique=False,
        sqlite_where=sa.text("key_id IS NOT NULL"),
        postgresql_where=sa.text("key_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_log_entry_key_id", table_name="log_entry")
    with op.batch_alter_table("log_entry") as batch_op:
        batch_op.drop_column("key_id")
    op.drop_table("key_count")
    op.drop_table("key_movement")
    op.drop_table("key_asset")
