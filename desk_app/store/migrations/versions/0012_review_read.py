"""The daily review's rows read: a complaint, a key, a sheet … opened from a day's review is
marked read by the supervisor (an entry's reading stays in ``entry_read``).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-14
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

UUID = sa.String(length=36)
DAY = sa.String(length=10)


def upgrade() -> None:
    op.create_table(
        "review_read",
        sa.Column("id", UUID, nullable=False),
        sa.Column("day", DAY, nullable=False),
        sa.Column("record_kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", UUID, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_review_read_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_read")),
        sa.UniqueConstraint(
            "day",
            "record_kind",
            "record_id",
            "person_id",
            name=op.f("uq_review_read_day_record_kind_record_id_person_id"),
        ),
    )


def downgrade() -> None:
    op.drop_table("review_read")
