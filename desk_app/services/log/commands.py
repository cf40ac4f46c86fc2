"""The duty log's use cases that write: record, amend, close a follow-up, mark read.

The book is bound: nothing here updates or deletes a log entry. "Amended" and "closed" are read
from the later entries that amend or close, so the record of what was written stays as written.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, bindparam, select

from desk_app.domain.errors import ConflictError, NotFound, ValidationError
from desk_app.domain.log import closing_entry, validate_entry
from desk_app.domain.roles import Capability
from desk_app.services.desk import Actor, Desk
from desk_app.services.log.views import EntryView, FollowUpState, load_entry
from desk_app.services.log.writes import next_entry_num, write_entry, write_read
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.journal import update_journaled
from desk_app.store.tables import follow_up, log_entry, person

_OWNER = select(person.c.active, person.c.name).where(person.c.id == bindparam("owner_id"))


def _check_owner(conn: Connection, owner_id: str | None) -> str | None:
    """The owner's name, if the follow-up may be given to them."""
    if owner_id is None:
        return None
    row = conn.execute(_OWNER, {"owner_id": owner_id}).first()
    if row is None:
        raise ValidationError("The follow-up owner does not exist.", field="follow_up_owner")
    if not row.active:
        raise ValidationError("The follow-up owner is no longer active.", field="follow_up_owner")
    return row.name


def record_entry(
    desk: Desk,
    actor: Actor,
    *,
    category: str,
    text: str,
    room: str = "",
    party: str = "",
    important: bool = False,
    follow_up_owner_id: str | None = None,
    follow_up_due: datetime | None = None,
    amends_id: str | None = None,
) -> EntryView:
    now = desk.clock.now()
    draft = validate_entry(
        category=category,
        text=text,
        room=room,
        party=party,
        important=important,
        follow_up_owner_id=follow_up_owner_id,
        follow_up_due=follow_up_due,
        now=now,
        amends_id=amends_id,
    )
    amends_num = None
    # The journal lock first (unit_of_work): the checks below see whatever the station before
    # us committed (e.g. its amendment).
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        conn, w = work.conn, work.journal
        owner_name = _check_owner(conn, follow_up_owner_id)
        if amends_id is not None:
            target = conn.execute(
                select(log_entry.c.num).where(log_entry.c.id == amends_id)
            ).first()
            if target is None:
                raise NotFound("The entry to amend does not exist.")
            later = conn.execute(
                select(log_entry.c.num).where(log_entry.c.amends_id == amends_id)
            ).first()
            if later is not None:
                raise ConflictError(
                    "Entry #{num} was already amended by #{later}; amend the newer one.",
                    num=target.num,
                    later=later.num,
                )
            amends_num = target.num
        num = next_entry_num(conn)
        entry_id, follow_up_id = write_entry(
            conn,
            w,
            draft=draft,
            author_id=actor.id,
            station=desk.station,
            at=now,
            num=num,
        )
    # Built from what was written rather than read back: one query less on the busiest path.
    return EntryView(
        id=entry_id,
        num=num,
        at=now,
        category=draft.category,
        text=draft.text,
        room=draft.room,
        party=draft.party,
        important=draft.important,
        author_id=actor.id,
        author_name=actor.name,
        station=desk.station,
        amends_num=amends_num,
        amended_by_num=None,
        follow_up_id=follow_up_id,
        # A due time just past (allowed as slow typing) is overdue already, as a re-read shows.
        follow_up_state=(
            FollowUpState.NONE
            if draft.follow_up is None
            else FollowUpState.OVERDUE
            if draft.follow_up.due_at < now
            else FollowUpState.OPEN
        ),
        follow_up_due=draft.follow_up.due_at if draft.follow_up else None,
        follow_up_owner_name=owner_name,
    )


def amend_entry(
    desk: Desk,
    actor: Actor,
    entry_id: str,
    *,
    category: str,
    text: str,
    room: str = "",
    party: str = "",
    important: bool = False,
) -> EntryView:
    """A correction: a new entry that points at the one it corrects. The old one stays as written."""
    return record_entry(
        desk,
        actor,
        category=category,
        text=text,
        room=room,
        party=party,
        important=important,
        amends_id=entry_id,
    )


def close_follow_up(
    desk: Desk, actor: Actor, follow_up_id: str, *, text: str, expected_version: int | None = None
) -> EntryView:
    """Closing is itself an entry saying what was done; the follow-up points at it."""
    now = desk.clock.now()
    # lock first: another station may be closing it right now
    with unit_of_work(desk, actor, Capability.KEEP_LOG) as work:
        conn, w = work.conn, work.journal
        fu = conn.execute(select(follow_up).where(follow_up.c.id == follow_up_id)).first()
        if fu is None:
            raise NotFound("No such follow-up.")
        original = conn.execute(select(log_entry).where(log_entry.c.id == fu.entry_id)).one()
        if fu.closed_at is not None:
            raise ConflictError("This follow-up was already closed.", num=original.num)
        if expected_version is not None and fu.version != expected_version:
            raise ConflictError("This follow-up was changed at another station; look again.")
        draft = closing_entry(
            category=original.category,
            text=text,
            room=original.room,
            party=original.party,
            now=now,
            follow_up_id=follow_up_id,
        )
        entry_id, _ = write_entry(
            conn,
            w,
            draft=draft,
            author_id=actor.id,
            station=desk.station,
            at=now,
            num=next_entry_num(conn),
        )
        update_journaled(
            conn,
            w,
            follow_up,
            dict(fu._mapping),
            {"closed_at": now, "closing_entry_id": entry_id, "version": fu.version + 1},
            now,
        )
        view = load_entry(conn, entry_id, now)
    assert view is not None
    return view


def mark_read(desk: Desk, actor: Actor, entry_id: str) -> bool:
    """Mark an entry read by the actor; returns False when it already was."""
    now = desk.clock.now()
    # under the lock: two clicks cannot both insert the mark
    with unit_of_work(desk, actor) as work:
        conn, w = work.conn, work.journal
        if conn.execute(select(log_entry.c.id).where(log_entry.c.id == entry_id)).first() is None:
            raise NotFound("No such entry.")
        done = write_read(conn, w, entry_id=entry_id, person_id=actor.id, at=now)
    return done
