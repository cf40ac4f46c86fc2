"""What a person holds that others would miss if their account closed: keys out with them, open
follow-ups they own, open complaints assigned (or escalated) to them.

``read_holdings`` is what a deactivation checks (refused while anything is held) and what its
dialog lists; ``write_hand_over`` gives all of it to another active person inside the caller's
unit of work, each book in its own way, so each keeps its record: a key is taken back from the one
and issued to the other (its movements, and a restricted key's lines in the duty log), a
follow-up's owner is changed, a complaint gets an assignment step in its history (its state
unchanged) with a line in the duty log. The whole hand-over is one line of the duty log too
(``people.hand_over``), with the manager's reason.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, or_, select

from desk_app.domain import people as rules
from desk_app.domain.book_lines import line as book_line
from desk_app.domain.chain import canonical
from desk_app.domain.complaints import Status
from desk_app.domain.errors import NotFound, ValidationError
from desk_app.domain.keys import HolderKind, IssueDraft, KeyState
from desk_app.domain.log import Category, program_entry
from desk_app.domain.roles import Capability, Role
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.keys.writes import write_issue, write_return
from desk_app.services.log.writes import next_entry_num, write_entry
from desk_app.store.journal import JournalWriter, insert_journaled, update_journaled
from desk_app.store.tables import (
    complaint,
    complaint_event,
    follow_up,
    key_asset,
    key_movement,
    log_entry,
    person,
)
from desk_app.store.types import new_id


class HeldKey(Value):
    code: str
    label: str
    out_since: datetime | None
    expected_back: datetime | None


class OwnedFollowUp(Value):
    entry_num: int
    text: str  # the entry as its author typed it
    room: str
    due_at: datetime


class OwnedComplaint(Value):
    num: int
    guest_name: str
    room: str
    status: Status
    escalated: bool  # escalated to them (rather than assigned)


class Holdings(Value):
    person_id: str
    name: str
    keys: tuple[HeldKey, ...]
    follow_ups: tuple[OwnedFollowUp, ...]
    complaints: tuple[OwnedComplaint, ...]

    @property
    def count(self) -> int:
        return len(self.keys) + len(self.follow_ups) + len(self.complaints)

    def __bool__(self) -> bool:
        return self.count > 0


_OPEN_COMPLAINT = complaint.c.status != Status.CLOSED.value


def _complaints_of(person_id: str):
    return select(complaint).where(
        _OPEN_COMPLAINT,
        or_(
            complaint.c.assignee_id == person_id,
            (complaint.c.status == Status.ESCALATED.value)
            & (complaint.c.escalated_to_id == person_id),
        ),
    )


def _keys_of(person_id: str):
    return select(key_asset).where(
        key_asset.c.state == KeyState.OUT.value, key_asset.c.holder_id == person_id
    )


def _follow_ups_of(person_id: str):
    return select(follow_up).where(
        follow_up.c.owner_id == person_id, follow_up.c.closed_at.is_(None)
    )


def read_holdings(conn: Connection, person_row) -> Holdings:
    keys = conn.execute(_keys_of(person_row.id).order_by(key_asset.c.code)).all()
    follow_ups = conn.execute(
        select(follow_up.c.due_at, log_entry.c.num, log_entry.c.text, log_entry.c.room)
        .join(log_entry, log_entry.c.id == follow_up.c.entry_id)
        .where(follow_up.c.owner_id == person_row.id, follow_up.c.closed_at.is_(None))
        .order_by(follow_up.c.due_at, log_entry.c.num)
    ).all()
    complaints = conn.execute(_complaints_of(person_row.id).order_by(complaint.c.num)).all()
    return Holdings(
        person_id=person_row.id,
        name=person_row.name,
        keys=tuple(HeldKey(k.code, k.label, k.out_since, k.expected_back) for k in keys),
        follow_ups=tuple(OwnedFollowUp(f.num, f.text, f.room, f.due_at) for f in follow_ups),
        complaints=tuple(
            OwnedComplaint(
                c.num,
                c.guest_name,
                c.room,
                Status(c.status),
                c.assignee_id != person_row.id,
            )
            for c in complaints
        ),
    )


def person_holdings(desk: Desk, actor: Actor, person_id: str) -> Holdings:
    """What the deactivation dialog lists (a manager's read)."""
    with desk.db.read() as conn:
        require(conn, actor, Capability.MANAGE_PEOPLE)
        row = _person(conn, person_id)
        return read_holdings(conn, row)


def _person(conn: Connection, person_id: str):
    row = conn.execute(select(person).where(person.c.id == person_id)).first()
    if row is None:
        raise NotFound("No such person.")
    return row


def refuse_if_holding(conn: Connection, person_row) -> None:
    """Deactivation's check: what is still held is said, and handed over first."""
    held = read_holdings(conn, person_row)
    if held:
        raise rules.StillHolds(
            "{name} still holds keys ({keys}), open follow-ups ({follow_ups}) and open "
            "complaints ({complaints}). Hand them to someone else first.",
            name=held.name,
            keys=len(held.keys),
            follow_ups=len(held.follow_ups),
            complaints=len(held.complaints),
        )


# --------------------------------------------------------------------------------------------
# The hand-over, inside the caller's unit of work
# --------------------------------------------------------------------------------------------


def write_hand_over(
    conn: Connection,
    w: JournalWriter,
    *,
    from_row,
    to_id: str,
    reason: str,
    actor_id: str,
    station: str,
    at: datetime,
) -> Holdings:
    """Give everything ``from_row``'s person holds to ``to_id``; returns what was handed."""
    to_row = conn.execute(select(person).where(person.c.id == to_id)).first() if to_id else None
    rules.check_hand_over(
        person_id=from_row.id, to_id=to_id, to_active=bool(to_row and to_row.active)
    )
    held = read_holdings(conn, from_row)
    if not held:
        return held
    by = {"actor_id": actor_id, "station": station, "at": at}
    for key in conn.execute(_keys_of(from_row.id)).all():
        _hand_key(conn, w, dict(key._mapping), to_row, reason, by)
    for row in conn.execute(_follow_ups_of(from_row.id)).all():
        update_journaled(
            conn,
            w,
            follow_up,
            dict(row._mapping),
            {"owner_id": to_row.id, "version": row.version + 1},
            at,
        )
    for row in conn.execute(_complaints_of(from_row.id)).all():
        _hand_complaint(conn, w, row, from_row.id, to_row, reason, by)
    log_line(
        conn,
        w,
        book_line(
            "people.hand_over",
            name=from_row.name,
            to=to_row.name,
            count=held.count,
            reason=reason,
        ),
        from_row.name,
        by,
    )
    return held


def _hand_key(conn: Connection, w, key: dict[str, Any], to_row, reason: str, by) -> None:
    """Taken back from the one (the reason as its note) and issued to the other, for the same
    purpose and the same time back."""
    purpose = conn.execute(
        select(key_movement.c.purpose).where(key_movement.c.id == key["issue_id"])
    ).scalar()
    back = key["expected_back"]
    returned = write_return(conn, w, key=key, note=reason, **by)
    draft = IssueDraft(
        holder_kind=HolderKind.STAFF,
        holder_id=to_row.id,
        holder_name=to_row.name,
        company="",
        id_document=None,
        id_last_four="",
        purpose=purpose or reason[:120],
        expected_back=back or by["at"],
    )
    write_issue(conn, w, key=returned, draft=draft, **by)


def _hand_complaint(conn: Connection, w, row, from_id: str, to_row, reason: str, by) -> None:
    """An assignment step in the complaint's history (its state unchanged), and its line."""
    changes: dict[str, Any] = {"version": row.version + 1}
    data: dict[str, Any] = {}
    if row.assignee_id == from_id:
        changes["assignee_id"] = to_row.id
        data["assignee"] = to_row.name
    if row.status == Status.ESCALATED.value and row.escalated_to_id == from_id:
        if Role(to_row.role) is Role.CLERK:
            raise ValidationError(
                "Complaint #{num} is escalated: hand it to a supervisor or a manager.",
                field="to_person",
                num=row.num,
            )
        changes["escalated_to_id"] = to_row.id
        data["escalated_to"] = to_row.name
    new = update_journaled(conn, w, complaint, dict(row._mapping), changes, by["at"])
    step = "assign" if "assignee" in data else "escalate"
    insert_journaled(
        conn,
        w,
        complaint_event,
        {
            "id": new_id(),
            "complaint_id": row.id,
            "version": changes["version"],
            "at": by["at"],
            "actor_id": by["actor_id"],
            "action": step,
            "from_status": row.status,
            "to_status": row.status,
            "note": reason,
            "data": canonical(data),
        },
        by["at"],
    )
    draft = program_entry(
        category=Category.COMPLAINT,
        line=book_line(f"complaint.{step}", num=row.num, note=reason),
        room=new["room"],
        party=new["guest_name"],
    )
    write_entry(
        conn,
        w,
        draft=draft,
        author_id=by["actor_id"],
        station=by["station"],
        at=by["at"],
        num=next_entry_num(conn),
        complaint_id=row.id,
    )


def log_line(conn: Connection, w: JournalWriter, line, party: str, by) -> None:
    """A line of the people's acts in the duty log (a note, the person as its party)."""
    write_entry(
        conn,
        w,
        draft=program_entry(category=Category.NOTE, line=line, party=party),
        author_id=by["actor_id"],
        station=by["station"],
        at=by["at"],
        num=next_entry_num(conn),
    )
