"""Supervision's tables (seed 004): the checklist's versions, the inspections with their
corrections (each a follow-up in the log), the daily review of a day, its notes on records and
the rows read, and a supervisor's countersignature on a sealed handover sheet. Beside
:mod:`desk_app.store.tables` (same metadata), which is full.

Days are ISO text, as the roster's: a reviewed day is a wall-clock date at the desk.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from desk_app.store.tables import metadata
from desk_app.store.types import UTCDateTime, UUIDColumnType

inspection_checklist = Table(
    "inspection_checklist",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("version", Integer, nullable=False, unique=True),
    Column("items", Text, nullable=False),  # JSON [{code, text, scoring}] in order
    Column("saved_by", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("saved_at", UTCDateTime, nullable=False),
)

inspection = Table(
    "inspection",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("num", Integer, nullable=False, unique=True),
    Column("station", String(60), nullable=False),
    Column("kind", String(10), nullable=False),  # morning | handover | spot
    Column("at", UTCDateTime, nullable=False),  # when the desk was inspected
    Column("recorded_at", UTCDateTime, nullable=False),
    Column("inspector_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("clerks", Text, nullable=False),  # JSON [person id]: those inspected
    Column("handover_id", UUIDColumnType(), ForeignKey("handover.id"), nullable=True),
    Column("checklist_version", Integer, nullable=False),
    Column("checklist", Text, nullable=False),  # JSON: the list as it was, kept with the record
    Column("answers", Text, nullable=False),  # JSON, in the list's order
    Column("comment", Text, nullable=False),
    Column("photo", LargeBinary, nullable=True),  # a JPEG or PNG, optional
    Column("ack_state", String(12), nullable=False),  # pending | acknowledged | declined
    Column("ack_by", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("ack_at", UTCDateTime, nullable=True),
    Column("ack_remark", Text, nullable=True),
    Column("content", Text, nullable=True),  # what the seal covers, once acknowledged or declined
    Column("sealed_seq", Integer, nullable=True),  # the journal row it was sealed at
    Column("sealed_head", String(64), nullable=True),  # and that row's hash
    Column("seal", String(64), nullable=True),
    Column("version", Integer, nullable=False),
)
Index("ix_inspection_at", inspection.c.at)
Index("ix_inspection_handover_id", inspection.c.handover_id)

inspection_correction = Table(
    "inspection_correction",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("inspection_id", UUIDColumnType(), ForeignKey("inspection.id"), nullable=False),
    Column("item_code", String(40), nullable=False),
    Column("entry_id", UUIDColumnType(), ForeignKey("log_entry.id"), nullable=False),
    Column("follow_up_id", UUIDColumnType(), ForeignKey("follow_up.id"), nullable=False),
)
Index("ix_inspection_correction_inspection_id", inspection_correction.c.inspection_id)

day_review = Table(
    "day_review",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("day", String(10), nullable=False, unique=True),
    Column("reviewed_by", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("reviewed_at", UTCDateTime, nullable=False),
    Column("comment", Text, nullable=False),
)

review_note = Table(
    "review_note",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("day", String(10), nullable=False),  # the day under review when it was written
    Column("record_kind", String(20), nullable=False),  # log_entry, complaint, key, lf_item …
    Column("record_id", String(36), nullable=False),
    Column("by_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("text", Text, nullable=False),
)
Index("ix_review_note_record", review_note.c.record_kind, review_note.c.record_id)
Index("ix_review_note_day", review_note.c.day)

# A row of a day's review opened by a supervisor (an entry's reading stays in ``entry_read``): the
# review shows which rows the reviewer has read. Per day, as a key moves on many days and each
# day's movement is a row of its own to read.
review_read = Table(
    "review_read",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("day", String(10), nullable=False),  # the day under review
    Column("record_kind", String(20), nullable=False),  # complaint, key, handover …
    Column("record_id", String(36), nullable=False),
    Column("person_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    UniqueConstraint("day", "record_kind", "record_id", "person_id"),
)

sheet_countersign = Table(
    "sheet_countersign",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("handover_id", UUIDColumnType(), ForeignKey("handover.id"), nullable=False),
    Column("by_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("note", Text, nullable=False),
)
Index("ix_sheet_countersign_handover_id", sheet_countersign.c.handover_id)
