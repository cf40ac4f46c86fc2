"""The roster's tables (排班表): a month per station, its cells, the leave and swap requests, and
the month's history. In a module of their own beside :mod:`desk_app.store.tables` (same metadata),
which is full.

Days are ISO text ("2026-12-07"): the journal keeps them as they are, they sort as dates, and a
roster day is a wall-clock date at the desk, never an instant.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from desk_app.store.tables import metadata
from desk_app.store.types import UTCDateTime, UUIDColumnType

roster_month = Table(
    "roster_month",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("station", String(60), nullable=False),  # the desk the month covers
    Column("year", Integer, nullable=False),
    Column("month", Integer, nullable=False),
    Column("state", String(12), nullable=False),
    # The shifts the month is planned with, as JSON: the pattern of the day it was last saved as a
    # draft, kept as it was once approved (a pattern changed later leaves the month alone).
    Column("pattern", Text, nullable=False),
    Column("people", Text, nullable=False),  # JSON: the person ids down the grid, in order
    Column("drafted_by", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("drafted_at", UTCDateTime, nullable=False),
    Column("submitted_by", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("submitted_at", UTCDateTime, nullable=True),
    Column("approved_by", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("approved_at", UTCDateTime, nullable=True),
    Column("sent_back_reason", Text, nullable=True),
    Column("version", Integer, nullable=False),
    UniqueConstraint("station", "year", "month"),
)
Index("ix_roster_month_year_month", roster_month.c.year, roster_month.c.month)

roster_cell = Table(
    "roster_cell",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("month_id", UUIDColumnType(), ForeignKey("roster_month.id"), nullable=False),
    Column("person_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("day", String(10), nullable=False),
    Column("code", String(2), nullable=False),  # a shift's code, "O" off, "L" leave
    UniqueConstraint("month_id", "person_id", "day"),
)
# Who is on duty: the cells of one month's day (and the day before, for a night shift).
Index("ix_roster_cell_month_id_day", roster_cell.c.month_id, roster_cell.c.day)
# A person's future shifts (deactivation, their own month).
Index("ix_roster_cell_person_id_day", roster_cell.c.person_id, roster_cell.c.day)

roster_request = Table(
    "roster_request",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("num", Integer, nullable=False, unique=True),
    Column("station", String(60), nullable=False),
    Column("kind", String(8), nullable=False),  # leave | swap
    Column("state", String(12), nullable=False),  # asked | approved | rejected | withdrawn
    Column("asker_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    Column("asked_at", UTCDateTime, nullable=False),
    Column("reason", Text, nullable=False),
    Column("first_day", String(10), nullable=False),  # leave: the first day; swap: the asker's
    Column("last_day", String(10), nullable=False),  # leave: the last day; swap: the colleague's
    Column("colleague_id", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("confirmed_at", UTCDateTime, nullable=True),  # the colleague's PIN, for a swap
    Column("covers", Text, nullable=True),  # JSON {day: person id}: who covers a leave's shifts
    Column("decided_by", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("decided_at", UTCDateTime, nullable=True),
    Column("decision_reason", Text, nullable=True),
    Column("version", Integer, nullable=False),
)
Index("ix_roster_request_state_num", roster_request.c.state, roster_request.c.num)
Index("ix_roster_request_asker_id_num", roster_request.c.asker_id, roster_request.c.num)

roster_event = Table(
    "roster_event",
    metadata,
    Column("id", UUIDColumnType(), primary_key=True),
    Column("month_id", UUIDColumnType(), ForeignKey("roster_month.id"), nullable=False),
    Column("seq", Integer, nullable=False),  # its place in the month's history, from 1
    Column("at", UTCDateTime, nullable=False),
    Column("by_id", UUIDColumnType(), ForeignKey("person.id"), nullable=False),
    # drafted | submitted | sent_back | approved | leave | swap
    Column("action", String(12), nullable=False),
    Column("request_id", UUIDColumnType(), ForeignKey("roster_request.id"), nullable=True),
    Column("asked_by", UUIDColumnType(), ForeignKey("person.id"), nullable=True),
    Column("reason", Text, nullable=True),
    # JSON [[person id, day, before, after], ...]: the cells the step changed
    Column("cells", Text, nullable=True),
    UniqueConstraint("month_id", "seq"),
)
