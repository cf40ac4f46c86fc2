"""The schema. Core tables, because every write is a handful of explicit inserts.

Journaled tables are listed in ``JOURNALED``: each of their rows has a last journal record with
exactly its current state, which is what ``verify`` compares.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from desk_app.store.types import HexDigest, UTCDateTime, UUIDColumnType

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

desk_meta = Table(
    "desk_meta",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

person = Table(
    "person",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("name", String(80), nullable=False),
    Column("role", String(20), nullable=False),
    Column("pin_hash", String(200), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("failed_attempts", Integer, nullable=False),
    Column("locked_until", UTCDateTime, nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("version", Integer, nullable=False),
)
Index("ix_person_name", person.c.name)

setting = Table(
    "setting",
    metadata,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),  # canonical JSON
)

station = Table(
    "station",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("name", String(60), nullable=False, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
)

sign_in = Table(
    "sign_in",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("person_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("station", String(60), nullable=False),
    Column("at", UTCDateTime, nullable=False),
)
Index("ix_sign_in_at", sign_in.c.at)

log_entry = Table(
    "log_entry",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    # A per-database serial: the row id of the search index and a number people can quote.
    Column("num", Integer, nullable=False, unique=True),
    Column("at", UTCDateTime, nullable=False),
    Column("category", String(20), nullable=False),
    Column("text", Text, nullable=False),
    Column("room", String(120), nullable=False),
    Column("party", String(120), nullable=False),
    Column("important", Boolean, nullable=False),
    Column("author_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("station", String(60), nullable=False),
    Column("amends_id", UUIDColumnType(), ForeignKey("log_entry.id"), nullable=True),
    Column("closes_follow_up_id", UUIDColumnType(), nullable=True),
    # Every complaint step is also a log entry of category complaint that links to it.
    Column("complaint_id", UUIDColumnType(), ForeignKey("complaint.id"), nullable=True),
)
Index("ix_log_entry_at_num", log_entry.c.at, log_entry.c.num)
# Category and author filters walk ix_log_entry_at_num newest first: each category or person has
# a share of the book large enough that a page fills quickly, and the 3-year file stays small.
# Amendments and important entries are few: partial indexes keep them cheap to find.
# (The migrations make them partial on PostgreSQL too; a postgresql_where here would import the
# PostgreSQL dialect into every start-up of an SQLite desk, some 50 ms.)
Index(
    "ix_log_entry_amends_id",
    log_entry.c.amends_id,
    sqlite_where=log_entry.c.amends_id.is_not(None),
)
Index(
    "ix_log_entry_complaint_id",
    log_entry.c.complaint_id,
    sqlite_where=log_entry.c.complaint_id.is_not(None),
)
Index(
    "ix_log_entry_important_at",
    log_entry.c.at,
    sqlite_where=log_entry.c.important.is_(True),
)

complaint = Table(
    "complaint",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    # A per-database serial, as for the log: the search index's row id and the number people quote.
    Column("num", Integer, nullable=False, unique=True),
    Column("received_at", UTCDateTime, nullable=False),
    Column("channel", String(20), nullable=False),
    Column("guest_name", String(120), nullable=False),
    Column("room", String(120), nullable=False),
    Column("contact", String(120), nullable=False),
    Column("category", String(20), nullable=False),
    Column("severity", String(10), nullable=False),
    Column("text", Text, nullable=False),
    Column("promised_at", UTCDateTime, nullable=False),
    Column("status", String(20), nullable=False),
    # True from intake (and a reopening) until a reply or a resolution: what "overdue" depends on.
    Column("reply_owed", Boolean, nullable=False),
    Column("assignee_id", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("escalated_to_id", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("first_reply_at", UTCDateTime, nullable=True),
    Column("resolved_at", UTCDateTime, nullable=True),
    Column("closed_at", UTCDateTime, nullable=True),
    Column("outcome", Text, nullable=True),
    Column("compensation_cents", Integer, nullable=True),
    Column("compensation_kind", String(60), nullable=True),
    Column("resolved_by_id", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("follow_up_reached", Boolean, nullable=True),
    Column("satisfaction", Integer, nullable=True),
    Column("created_by_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("station", String(60), nullable=False),
    # Optimistic check: two stations acting on one complaint cannot both win.
    Column("version", Integer, nullable=False),
)
Index("ix_complaint_received_at_num", complaint.c.received_at, complaint.c.num)
Index("ix_complaint_reply_owed_promised_at", complaint.c.reply_owed, complaint.c.promised_at)

complaint_event = Table(
    "complaint_event",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("complaint_id", UUIDColumnType(), ForeignKey("complaint.id"), nullable=False),
    Column("version", Integer, nullable=False),  # the complaint's version after this step
    Column("at", UTCDateTime, nullable=False),
    Column("actor_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("action", String(20), nullable=False),
    Column("from_status", String(20), nullable=True),
    Column("to_status", String(20), nullable=False),
    Column("note", Text, nullable=False),
    Column("data", Text, nullable=True),  # canonical JSON of the step's values
)
Index(
    "ix_complaint_event_complaint_id_version",
    complaint_event.c.complaint_id,
    complaint_event.c.version,
    unique=True,
)

follow_up = Table(
    "follow_up",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("entry_id", UUIDColumnType(), ForeignKey("log_entry.id"), nullable=False, unique=True),
    Column("owner_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("due_at", UTCDateTime, nullable=False),
    Column("closed_at", UTCDateTime, nullable=True),
    Column("closing_entry_id", UUIDColumnType(), ForeignKey("log_entry.id"), nullable=True),
    Column("version", Integer, nullable=False),
)
Index("ix_follow_up_closed_at_due_at", follow_up.c.closed_at, follow_up.c.due_at)

entry_read = Table(
    "entry_read",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("entry_id", UUIDColumnType(), ForeignKey("log_entry.id"), nullable=False),
    Column("person_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    UniqueConstraint("entry_id", "person_id"),
)

journal = Table(
    "journal",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(40), nullable=False),
    Column("actor", String(36), nullable=True),
    Column("station", String(60), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(80), nullable=False),
    Column("action", String(20), nullable=False),
    Column("payload", Text, nullable=False),
    Column("prev_hash", HexDigest, nullable=False),
    Column("hash", HexDigest, nullable=False),
)

# The entity name in the journal is the table name.
JOURNALED: tuple[Table, ...] = (
    person,
    setting,
    station,
    sign_in,
    complaint,
    complaint_event,
    log_entry,
    follow_up,
    entry_read,
)


def primary_key_value(table: Table, row) -> str:
    (column,) = table.primary_key.columns
    return str(row[column.name])
