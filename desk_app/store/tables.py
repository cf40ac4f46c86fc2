"""The schema. Core tables, because every write is a handful of explicit inserts.

Journaled tables are listed in :data:`desk_app.store.journal.JOURNALED`: each of their rows has a
last journal record with exactly its current state, which is what ``verify`` compares.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from desk_app.store.types import HexDigest, SealedText, UTCDateTime, UUIDColumnType

DERIVED = "derived"
"""``Column.info`` flag of a column the program derives from the others (the search text): not
part of the record, so not journaled nor compared by ``verify``, and rewritten by a migration
when the way it is derived changes."""


def search_text_column() -> Column:
    """The folded text the search looks in (``book_text.search_text``)."""
    return Column("search_text", Text, nullable=True, info={DERIVED: True})


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

# People who work here but have no sign-in (housekeeping, engineering, security, ...): offered
# wherever a member of staff is chosen. Never deleted: a member who leaves is made inactive, so
# the keys they took still name them.
staff_member = Table(
    "staff_member",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("name", String(80), nullable=False),
    Column("department", String(20), nullable=False),  # a code of domain.staff.Department
    Column("department_other", String(60), nullable=True),  # the words when the code is "other"
    Column("phone", String(40), nullable=False),
    Column("badge", String(30), nullable=True),  # unique when given
    Column("active", Boolean, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("version", Integer, nullable=False),
    UniqueConstraint("badge"),
)
Index("ix_staff_member_name", staff_member.c.name)

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
    # And every movement of a found item.
    Column("lf_item_id", UUIDColumnType(), ForeignKey("lf_item.id"), nullable=True),
    # And a restricted key's issue and return, a key reported lost or damaged.
    Column("key_id", UUIDColumnType(), ForeignKey("key_asset.id"), nullable=True),
    # A line the program wrote is its message's key and values (``domain.book_lines``), shown in
    # the reader's language; its ``text`` is empty. A user's entry has neither.
    Column("message", String(40), nullable=True),
    Column("message_values", Text, nullable=True),
    search_text_column(),
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
    "ix_log_entry_lf_item_id",
    log_entry.c.lf_item_id,
    sqlite_where=log_entry.c.lf_item_id.is_not(None),
)
Index(
    "ix_log_entry_key_id",
    log_entry.c.key_id,
    sqlite_where=log_entry.c.key_id.is_not(None),
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
    search_text_column(),
)
Index("ix_complaint_received_at_num", complaint.c.received_at, complaint.c.num)
Index("ix_complaint_reply_owed_promised_at", complaint.c.reply_owed, complaint.c.promised_at)
Index("ix_complaint_resolved_at", complaint.c.resolved_at)
Index("ix_complaint_closed_at", complaint.c.closed_at)

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

lf_item = Table(
    "lf_item",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    # A per-database serial (the search index's row id) beside the number people quote,
    # LF-<year>-<seq>: per year, gapless.
    Column("num", Integer, nullable=False, unique=True),
    Column("year", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("found_at", UTCDateTime, nullable=False),
    Column("found_place", String(120), nullable=False),
    Column("finder_kind", String(10), nullable=False),
    Column("finder_id", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("finder_name", String(120), nullable=False),
    Column("description", Text, nullable=False),
    Column("category", String(40), nullable=False),
    Column("valuables", Boolean, nullable=False),
    Column("storage_place", String(120), nullable=False),
    Column("state", String(20), nullable=False),
    Column("registered_at", UTCDateTime, nullable=False),
    Column("registered_by_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("station", String(60), nullable=False),
    Column("version", Integer, nullable=False),
    search_text_column(),
    UniqueConstraint("year", "seq"),
)
Index("ix_lf_item_found_at_num", lf_item.c.found_at, lf_item.c.num)
# What is still held, by age: the disposal list and the matching window.
Index("ix_lf_item_state_found_at", lf_item.c.state, lf_item.c.found_at)

lf_photo = Table(
    "lf_photo",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("item_id", UUIDColumnType(), ForeignKey("lf_item.id"), nullable=False),
    Column("position", Integer, nullable=False),  # the order they were added in
    Column("added_at", UTCDateTime, nullable=False),
    Column("added_by_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("mime", String(20), nullable=False),
    # In the database, so a backup carries it; the journal keeps its SHA-256.
    Column("data", LargeBinary, nullable=False),
)
Index("ix_lf_photo_item_id", lf_photo.c.item_id)

lf_report = Table(
    "lf_report",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("num", Integer, nullable=False, unique=True),
    Column("reported_at", UTCDateTime, nullable=False),
    Column("guest_name", String(120), nullable=False),
    Column("contact", String(120), nullable=False),
    Column("room", String(120), nullable=False),
    Column("lost_from", UTCDateTime, nullable=False),
    Column("lost_until", UTCDateTime, nullable=False),
    Column("lost_place", String(120), nullable=False),
    Column("description", Text, nullable=False),
    Column("category", String(40), nullable=False),
    Column("state", String(10), nullable=False),
    Column("item_id", UUIDColumnType(), ForeignKey("lf_item.id"), nullable=True),
    Column("closed_at", UTCDateTime, nullable=True),
    Column("close_note", Text, nullable=True),
    Column("recorded_by_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("station", String(60), nullable=False),
    Column("version", Integer, nullable=False),
    search_text_column(),
)
Index("ix_lf_report_reported_at_num", lf_report.c.reported_at, lf_report.c.num)
Index("ix_lf_report_state_lost_until", lf_report.c.state, lf_report.c.lost_until)
Index("ix_lf_report_item_id", lf_report.c.item_id)

lf_return = Table(
    "lf_return",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("item_id", UUIDColumnType(), ForeignKey("lf_item.id"), nullable=False, unique=True),
    Column("returned_at", UTCDateTime, nullable=False),
    Column("claimant_name", String(120), nullable=False),
    Column("claimant_contact", String(120), nullable=False),
    Column("id_document", String(20), nullable=False),
    # Never the whole number: the last four characters are enough to show who took it.
    Column("id_last_four", String(4), nullable=False),
    Column("returned_by_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("signature", Text, nullable=False),  # vector strokes, canonical JSON
    Column("signature_png", LargeBinary, nullable=False),
    Column("report_id", UUIDColumnType(), ForeignKey("lf_report.id"), nullable=True),
    Column("station", String(60), nullable=False),
)
Index("ix_lf_return_returned_at", lf_return.c.returned_at)  # the duty report's returns

lf_disposal = Table(
    "lf_disposal",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("item_id", UUIDColumnType(), ForeignKey("lf_item.id"), nullable=False),
    Column("proposed_at", UTCDateTime, nullable=False),
    Column("proposed_by_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("method", String(20), nullable=False),
    Column("note", Text, nullable=False),
    Column("decision", String(10), nullable=True),
    Column("decided_at", UTCDateTime, nullable=True),
    Column("decided_by_id", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("decision_note", Text, nullable=True),
    Column("version", Integer, nullable=False),
)
Index("ix_lf_disposal_item_id", lf_disposal.c.item_id)
Index("ix_lf_disposal_decided_at", lf_disposal.c.decided_at)  # the duty report's disposals

key_asset = Table(
    "key_asset",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("code", String(30), nullable=False, unique=True),
    Column("label", String(80), nullable=False),
    Column("key_type", String(10), nullable=False),
    Column("hook_row", Integer, nullable=False),
    Column("hook_col", Integer, nullable=False),
    Column("restricted", Boolean, nullable=False),
    Column("active", Boolean, nullable=False),  # retired keys stay, with their history
    Column("state", String(5), nullable=False),
    # The loan now running, kept on the key so the board is one read of one small table.
    Column("holder_id", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("holder_name", String(120), nullable=True),
    Column("out_since", UTCDateTime, nullable=True),
    Column("expected_back", UTCDateTime, nullable=True),
    Column("issue_id", UUIDColumnType(), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    # Optimistic check, and what makes two stations issuing one key at once safe.
    Column("version", Integer, nullable=False),
)

key_movement = Table(
    "key_movement",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("num", Integer, nullable=False, unique=True),  # keyset order of the history
    Column("key_id", UUIDColumnType(), ForeignKey("key_asset.id"), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("actor_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("station", String(60), nullable=False),
    Column("holder_kind", String(10), nullable=True),
    Column("holder_id", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("holder_name", String(120), nullable=True),
    Column("company", String(120), nullable=True),
    Column("id_document", String(20), nullable=True),
    Column("id_last_four", String(4), nullable=True),  # never the whole number
    Column("purpose", String(120), nullable=True),
    Column("expected_back", UTCDateTime, nullable=True),
    Column("issue_id", UUIDColumnType(), nullable=True),  # a return names its issue
    Column("note", Text, nullable=True),
    # An issue to a member of the staff directory (holder_kind "directory") names them here.
    Column("staff_member_id", UUIDColumnType(), ForeignKey("staff_member.id"), nullable=True),
)
Index("ix_key_movement_key_id_num", key_movement.c.key_id, key_movement.c.num)
Index("ix_key_movement_holder_id_num", key_movement.c.holder_id, key_movement.c.num)
Index("ix_key_movement_at_num", key_movement.c.at, key_movement.c.num)
Index(
    "ix_key_movement_staff_member_id_num",
    key_movement.c.staff_member_id,
    key_movement.c.num,
    sqlite_where=key_movement.c.staff_member_id.is_not(None),
)

key_count = Table(
    "key_count",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("actor_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("station", String(60), nullable=False),
    Column("expected", Integer, nullable=False),
    Column("present", Integer, nullable=False),
    Column("missing", Text, nullable=False),  # canonical JSON lists of codes
    Column("unexpected", Text, nullable=False),
    Column("unknown", Text, nullable=False),
    Column("matches", Boolean, nullable=False),
)
Index("ix_key_count_at", key_count.c.at)

handover = Table(
    "handover",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("num", Integer, nullable=False, unique=True),  # the sheet's number
    Column("station", String(60), nullable=False),
    Column("shift_start", UTCDateTime, nullable=False),
    Column("shift_end", UTCDateTime, nullable=False),
    Column("outgoing_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("incoming_id", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("state", String(12), nullable=False),
    # What the clerks entered while drafting (counts, checklist, discrepancies, remarks): JSON.
    Column("draft", Text, nullable=False),
    # Once sealed: the sheet as canonical JSON, its seal and the journal head it was sealed on.
    Column("content", SealedText, nullable=True),  # compressed in an SQLite file
    Column("seal", String(64), nullable=True),
    Column("journal_seq", Integer, nullable=True),
    Column("journal_hash", String(64), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("sealed_at", UTCDateTime, nullable=True),
    Column("version", Integer, nullable=False),
)
Index("ix_handover_station_shift_start", handover.c.station, handover.c.shift_start)
Index("ix_handover_sealed_at", handover.c.sealed_at)  # the duty report's sealed sheets

handover_signature = Table(
    "handover_signature",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("handover_id", UUIDColumnType(), ForeignKey("handover.id"), nullable=False),
    Column("person_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("meaning", String(12), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("strokes", Text, nullable=False),
    Column("png", LargeBinary, nullable=False),
    UniqueConstraint("handover_id", "meaning"),
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
    # Canonical JSON, stored as store/journal_codec.py says: compressed bytes behind a format
    # byte, or the plain text of rows written before. PostgreSQL keeps bytes as ``bytea``
    # (migration 0013); an SQLite TEXT column keeps each value as given, text or bytes.
    Column("payload", Text().with_variant(LargeBinary(), "postgresql"), nullable=False),
    Column("prev_hash", HexDigest, nullable=False),
    Column("hash", HexDigest, nullable=False),
)
# A staff directory member's history is read from the journal: this partial index holds their
# rows alone, so the read stays one small range however long the journal grows.
Index(
    "ix_journal_staff_member",
    journal.c.entity_id,
    journal.c.seq,
    sqlite_where=journal.c.entity == "staff_member",
)
