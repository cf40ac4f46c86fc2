"""What the inspection form opens with: the checklist of today, the clerks on duty now at this
desk (the approved roster's, else the clerks signed in here in the last twelve hours), everyone
who may be inspected or own a correction, and this desk's recent sheets for a handover check."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from desk_app.domain.roles import Capability, Role
from desk_app.domain.supervision.checklist import Checklist
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.roster.duty import read_on_duty
from desk_app.services.supervision.checklist import read_checklist
from desk_app.store.tables import handover, person, sign_in

RECENT_SIGN_INS = timedelta(hours=12)
RECENT_SHEETS = 6


class Person(Value):
    id: str
    name: str
    role: Role


class Sheet(Value):
    id: str
    num: int
    shift_start: datetime
    outgoing: str


class InspectionSetup(Value):
    checklist: Checklist
    on_duty: tuple[str, ...]  # person ids proposed as the clerks inspected
    people: tuple[Person, ...]  # active, by name
    sheets: tuple[Sheet, ...]  # newest first


def inspection_setup(desk: Desk, actor: Actor) -> InspectionSetup:
    now = desk.clock.now()
    with desk.db.read() as conn:
        require(conn, actor, Capability.INSPECT)
        checklist = read_checklist(conn)
        rows = conn.execute(
            select(person.c.id, person.c.name, person.c.role)
            .where(person.c.active.is_(True))
            .order_by(person.c.name)
        ).all()
        people = tuple(Person(r.id, r.name, Role(r.role)) for r in rows)
        duty = read_on_duty(conn, desk.station, now).now
        on_duty = tuple(p.id for p in duty.people) if duty is not None else ()
        if not any(p.role is Role.CLERK and p.id in on_duty for p in people):
            clerks = {p.id for p in people if p.role is Role.CLERK}
            signed = conn.execute(
                select(sign_in.c.person_id)
                .where(sign_in.c.station == desk.station, sign_in.c.at >= now - RECENT_SIGN_INS)
                .order_by(sign_in.c.at.desc())
            ).scalars()
            on_duty = tuple(dict.fromkeys(p for p in signed if p in clerks))[:2]
        outgoing = person.alias("outgoing")
        sheets = tuple(
            Sheet(r.id, r.num, r.shift_start, r.name)
            for r in conn.execute(
                select(handover.c.id, handover.c.num, handover.c.shift_start, outgoing.c.name)
                .join(outgoing, outgoing.c.id == handover.c.outgoing_id)
                .where(handover.c.station == desk.station)
                .order_by(handover.c.num.desc())
                .limit(RECENT_SHEETS)
            )
        )
    clerks = {p.id for p in people if p.role is Role.CLERK}  # the roster lists supervisors too
    proposed = tuple(p for p in on_duty if p in clerks and p != actor.id)
    return InspectionSetup(checklist, proposed, people, sheets)
