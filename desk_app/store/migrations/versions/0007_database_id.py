"""The database's own id, kept in ``desk_meta``: what its backups and its journal anchors are
known by (never a file name, which two databases in one folder can share a prefix of).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_META = sa.table("desk_meta", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    bind = op.get_bind()
    present = bind.execute(sa.select(_META.c.value).where(_META.c.key == "database_id")).scalar()
    if present is None:
        op.bulk_insert(_META, [{"key": "database_id", "value": uuid.uuid4().hex}])


def downgrade() -> None:
    """The id stays: a database downgraded and upgraded again is still the same database, and
    its anchors and backups still know it."""
