"""The duty roster (排班表): a month per station, its cells, leave and swap requests, history.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

UUID = sa.String(length=36)
DAY = sa.String(length=10)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    op.create_table(
        "roster_month",
        sa.Column("id", UUID, nullable=False),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("pattern", sa.Text(), nullable=False),
        sa.Column("people", sa.Text(), nullable=False),
        sa.Column("drafted_by", UUID, nullable=False),
        sa.Column("drafted_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_by", UUID, nullable=True),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by", UUID, nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("sent_back_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk("roster_month", "drafted_by", "person"),
        _fk("roster_month", "submitted_by", "person"),
        _fk("roster_month", "approved_by", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_month")),
        sa.UniqueConstraint(
            "station", "year", "month", name=op.f("uq_roster_month_station_year_month")
        ),
    )
    op.create_index("ix_roster_month_year_month", "roster_month", ["year", "month"])
    op.create_table(
        "roster_cell",
        sa.Column("id", UUID, nullable=False),
        sa.Column("month_id", UUID, nullable=False),
        sa.Column("person_id", UUID, nullable=False),
        sa.Column("day", DAY, nullable=False),
        sa.Column("code", sa.String(length=2), nullable=False),
        _fk("roster_cell", "month_id", "roster_month"),
        _fk("roster_cell", "person_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_cell")),
        sa.UniqueConstraint(
            "month_id", "person_id", "day", name=op.f("uq_roster_cell_month_id_person_id_day")
        ),
    )
    op.create_index("ix_roster_cell_month_id_day", "roster_cell", ["month_id", "day"])
    op.create_index("ix_roster_cell_person_id_day", "roster_cell", ["person_id", "day"])
    op.create_table(
        "roster_request",
        sa.Column("id", UUID, nullable=False),
        sa.Column("num", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("asker_id", UUID, nullable=False),
        sa.Column("asked_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("first_day", DAY, nullable=False),
        sa.Column("last_day", DAY, nullable=False),
        sa.Column("colleague_id", UUID, nullable=True),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("covers", sa.Text(), nullable=True),
        sa.Column("decided_by", UUID, nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk("roster_request", "asker_id", "person"),
        _fk("roster_request", "colleague_id", "person"),
        _fk("roster_request", "decided_by", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_request")),
        sa.UniqueConstraint("num", name=op.f("uq_roster_request_num")),
    )
    op.create_index("ix_roster_request_state_num", "roster_request", ["state", "num"])
    op.create_index("ix_roster_request_asker_id_num", "roster_request", ["asker_id", "num"])
    op.create_table(
        "roster_event",
        sa.Column("id", UUID, nullable=False),
        sa.Column("month_id", UUID, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_id", UUID, nullable=False),
        sa.Column("action", sa.String(length=12), nullable=False),
        sa.Column("request_id", UUID, nullable=True),
        sa.Column("asked_by", UUID, nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("cells", sa.Text(), nullable=True),
        _fk("roster_event", "month_id", "roster_month"),
        _fk("roster_event", "by_id", "person"),
        _fk("roster_event", "request_id", "roster_request"),
        _fk("roster_event", "asked_by", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_event")),
        sa.UniqueConstraint("month_id", "seq", name=op.f("uq_roster_event_month_id_seq")),
    )


def downgrade() -> None:
    op.drop_table("roster_event")
    op.drop_index("ix_roster_request_asker_id_num", table_name="roster_request")
    op.drop_index("ix_roster_request_state_num", table_name="roster_request")
    op.drop_table("roster_request")
    op.drop_index("ix_roster_cell_person_id_day", table_name="roster_cell")
    op.drop_index("ix_roster_cell_month_id_day", table_name="roster_cell")
    op.drop_table("roster_cell")
    op.drop_index("ix_roster_month_year_month", table_name="roster_month")
    op.drop_table("roster_month")
