"""Supervision: the checklist's versions, inspections and their corrections, the daily review and
its notes, countersignatures on sealed handover sheets.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
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
        "inspection_checklist",
        sa.Column("id", UUID, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("saved_by", UUID, nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        _fk("inspection_checklist", "saved_by", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_checklist")),
        sa.UniqueConstraint("version", name=op.f("uq_inspection_checklist_version")),
    )
    op.create_table(
        "inspection",
        sa.Column("id", UUID, nullable=False),
        sa.Column("num", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("inspector_id", UUID, nullable=False),
        sa.Column("clerks", sa.Text(), nullable=False),
        sa.Column("handover_id", UUID, nullable=True),
        sa.Column("checklist_version", sa.Integer(), nullable=False),
        sa.Column("checklist", sa.Text(), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("ack_state", sa.String(length=12), nullable=False),
        sa.Column("ack_by", UUID, nullable=True),
        sa.Column("ack_at", sa.DateTime(), nullable=True),
        sa.Column("ack_remark", sa.Text(), nullable=True),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("sealed_seq", sa.Integer(), nullable=True),
        sa.Column("sealed_head", sa.String(length=64), nullable=True),
        sa.Column("seal", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk("inspection", "inspector_id", "person"),
        _fk("inspection", "handover_id", "handover"),
        _fk("inspection", "ack_by", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection")),
        sa.UniqueConstraint("num", name=op.f("uq_inspection_num")),
    )
    op.create_index("ix_inspection_at", "inspection", ["at"])
    op.create_index("ix_inspection_handover_id", "inspection", ["handover_id"])
    op.create_table(
        "inspection_correction",
        sa.Column("id", UUID, nullable=False),
        sa.Column("inspection_id", UUID, nullable=False),
        sa.Column("item_code", sa.String(length=40), nullable=False),
        sa.Column("entry_id", UUID, nullable=False),
        sa.Column("follow_up_id", UUID, nullable=False),
        _fk("inspection_correction", "inspection_id", "inspection"),
        _fk("inspection_correction", "entry_id", "log_entry"),
        _fk("inspection_correction", "follow_up_id", "follow_up"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_correction")),
    )
    op.create_index(
        "ix_inspection_correction_inspection_id", "inspection_correction", ["inspection_id"]
    )
    op.create_table(
        "day_review",
        sa.Column("id", UUID, nullable=False),
        sa.Column("day", DAY, nullable=False),
        sa.Column("reviewed_by", UUID, nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        _fk("day_review", "reviewed_by", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_review")),
        sa.UniqueConstraint("day", name=op.f("uq_day_review_day")),
    )
    op.create_table(
        "review_note",
        sa.Column("id", UUID, nullable=False),
        sa.Column("day", DAY, nullable=False),
        sa.Column("record_kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("by_id", UUID, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _fk("review_note", "by_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_note")),
    )
    op.create_index("ix_review_note_record", "review_note", ["record_kind", "record_id"])
    op.create_index("ix_review_note_day", "review_note", ["day"])
    op.create_table(
        "sheet_countersign",
        sa.Column("id", UUID, nullable=False),
        sa.Column("handover_id", UUID, nullable=False),
        sa.Column("by_id", UUID, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("sheet_countersign", "handover_id", "handover"),
        _fk("sheet_countersign", "by_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sheet_countersign")),
    )
    op.create_index("ix_sheet_countersign_handover_id", "sheet_countersign", ["handover_id"])


def downgrade() -> None:
    op.drop_index("ix_sheet_countersign_handover_id", table_name="sheet_countersign")
    op.drop_table("sheet_countersign")
    op.drop_index("ix_review_note_day", table_name="review_note")
    op.drop_index("ix_review_note_record", table_name="review_note")
    op.drop_table("review_note")
    op.drop_table("day_review")
    op.drop_index("ix_inspection_correction_inspection_id", table_name="inspection_correction")
    op.drop_table("inspection_correction")
    op.drop_index("ix_inspection_handover_id", table_name="inspection")
    op.drop_index("ix_inspection_at", table_name="inspection")
    op.drop_table("inspection")
    op.drop_table("inspection_checklist")
