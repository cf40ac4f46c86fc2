"""The journal's payloads as bytes on PostgreSQL: new rows are compressed behind a format byte
(store/journal_codec.py). Every row already written keeps its text, as its UTF-8 bytes, which
the codec reads as before. SQLite needs nothing: a TEXT column keeps bytes as bytes.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-20
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE journal ALTER COLUMN payload TYPE bytea USING convert_to(payload, 'UTF8')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Only a journal of plain rows goes back: compressed ones are no UTF-8 text.
        op.execute(
            "ALTER TABLE journal ALTER COLUMN payload TYPE text "
            "USING convert_from(payload, 'UTF8')"
        )
