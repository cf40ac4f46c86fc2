"""The shift handover: sheets (draft, then sealed) and the two signatures on each.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

UUID = sa.String(length=36)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    op.create_table(
        "handover",
        sa.Column("id", UUID, nullable=False),
        sa.Column("num", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.Column("shift_start", sa.DateTime(), nullable=False),
        sa.Column("shift_end", sa.DateTime(), nullable=False),
        sa.Column("outgoing_id", UUID, nullable=False),
        sa.Column("incoming_id", UUID, nullable=True),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("draft", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("seal", sa.String(length=64), nullable=True),
        sa.Column("journal_seq", sa.Integer(), nullable=True),
        sa.Column("journal_hash", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sealed_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk("handover", "outgoing_id", "person"),
        _fk("handover", "incoming_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover")),
        sa.UniqueConstraint("num", name=op.f("uq_handover_num")),
    )
    op.create_index("ix_handover_station_shift_start", "handover", ["station", "shift_start"])
    op.create_table(
        "handover_signature",
        sa.Column("id", UUID, nullable=False),
        sa.Column("handover_id", UUID, nullable=False),
        sa.Column("person_id", UUID, nullable=False),
        sa.Column("meaning", sa.String(length=12), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("strokes", sa.Text(), nullable=False),
        sa.Column("png", sa.LargeBinary(), nullable=False),
        _fk("handover_signature", "handover_id", "handover"),
        _fk("handover_signature", "person_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_signature")),
        sa.UniqueConstraint(
            "handover_id", "meaning", name=op.f("uq_handover_signature_handover_id_meaning")
        ),
    )


def downgrade() -> None:
    op.drop_table("handover_signature")
    op.drop_index("ix_handover_station_shift_start", table_name="handover")
    op.drop_table("handover")
