"""The staff directory: people who work here without a sign-in (housekeeping, engineering,
security, ...), and the link from a key issued to one of them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

UUID = sa.String(length=36)


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "staff_member",
        sa.Column("id", UUID, nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("department", sa.String(length=20), nullable=False),
        sa.Column("department_other", sa.String(length=60), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("badge", sa.String(length=30), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_member")),
        sa.UniqueConstraint("badge", name=op.f("uq_staff_member_badge")),
    )
    op.create_index("ix_staff_member_name", "staff_member", ["name"])

    # A nullable column: every key movement journalled before it keeps its payload (an empty
    # column is left out of the record), so verify passes across the upgrade.
    if bind.dialect.name == "sqlite":
        # In place, with its REFERENCES clause: a batch rebuild would copy every movement.
        op.execute(
            "ALTER TABLE key_movement ADD COLUMN staff_member_id VARCHAR(36) "
            "CONSTRAINT fk_key_movement_staff_member_id_staff_member "
            "REFERENCES staff_member (id)"
        )
    else:
        op.add_column("key_movement", sa.Column("staff_member_id", UUID, nullable=True))
        op.create_foreign_key(
            "fk_key_movement_staff_member_id_staff_member",
            "key_movement",
            "staff_member",
            ["staff_member_id"],
            ["id"],
        )
    op.create_index(
        "ix_key_movement_staff_member_id_num",
        "key_movement",
        ["staff_member_id", "num"],
        unique=False,
        sqlite_where=sa.text("staff_member_id IS NOT NULL"),
        postgresql_where=sa.text("staff_member_id IS NOT NULL"),
    )
    # The duty report's totals (issue 14): sheets sealed, items returned and disposals decided
    # in a few days of a 3-year file, each one index range.
    op.create_index("ix_handover_sealed_at", "handover", ["sealed_at"])
    op.create_index("ix_lf_return_returned_at", "lf_return", ["returned_at"])
    op.create_index("ix_lf_disposal_decided_at", "lf_disposal", ["decided_at"])
    # A member's history is their journal rows: a partial index keeps them one small range.
    op.create_index(
        "ix_journal_staff_member",
        "journal",
        ["entity_id", "seq"],
        unique=False,
        sqlite_where=sa.text("entity = 'staff_member'"),
        postgresql_where=sa.text("entity = 'staff_member'"),
    )


def downgrade() -> None:
    op.drop_index("ix_lf_disposal_decided_at", table_name="lf_disposal")
    op.drop_index("ix_lf_return_returned_at", table_name="lf_return")
    op.drop_index("ix_handover_sealed_at", table_name="handover")
    op.drop_index("ix_journal_staff_member", table_name="journal")
    op.drop_index("ix_key_movement_staff_member_id_num", table_name="key_movement")
    with op.batch_alter_table("key_movement") as batch_op:
        batch_op.drop_column("staff_member_id")
    op.drop_index("ix_staff_member_name", table_name="staff_member")
    op.drop_table("staff_member")
