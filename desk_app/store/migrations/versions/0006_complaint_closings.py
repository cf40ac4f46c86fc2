"""Complaints by when they were resolved and closed: the handover lists those settled during
the shift, read as two index ranges instead of a pass over every complaint.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_complaint_resolved_at", "complaint", ["resolved_at"])
    op.create_index("ix_complaint_closed_at", "complaint", ["closed_at"])


def downgrade() -> None:
    op.drop_index("ix_complaint_closed_at", table_name="complaint")
    op.drop_index("ix_complaint_resolved_at", table_name="complaint")
