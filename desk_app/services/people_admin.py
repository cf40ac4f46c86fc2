"""A manager's acts on accounts that are final or hurt: changing someone's role, and closing an
account after handing over what it still holds. Each is one unit of work, journaled, with the
manager's reason in a line of the duty log (``people.role``, ``people.hand_over``).
"""

from __future__ import annotations

from desk_app.domain import people as rules
from desk_app.domain.book_lines import line as book_line
from desk_app.domain.roles import Capability, Role
from desk_app.domain.value import Value
from desk_app.services.accounts import (
    PersonView,
    active_managers,
    person_row,
    write_active,
)
from desk_app.services.desk import Actor, Desk
from desk_app.services.holdings import Holdings, log_line, write_hand_over
from desk_app.services.unit_of_work import unit_of_work
from desk_app.store.journal import update_journaled
from desk_app.store.tables import person


class Deactivated(Value):
    person: PersonView
    handed: Holdings  # what went to the other person (empty when nothing was held)


def change_role(desk: Desk, actor: Actor, person_id: str, *, role: str, reason: str) -> PersonView:
    """Make someone a clerk, a supervisor or a manager. Never one's own role, never the last
    active manager's. Their next sign-in asks for a longer PIN if the new role needs one."""
    new_role = rules.validate_role(role)
    text = rules.admin_reason(reason)
    with unit_of_work(desk, actor, Capability.MANAGE_PEOPLE) as work:
        conn, w = work.conn, work.journal
        row = person_row(conn, person_id)
        old_role = Role(row.role)
        rules.check_role_change(
            actor_id=actor.id,
            person_id=row.id,
            name=row.name,
            active=row.active,
            old=old_role,
            new=new_role,
            active_managers=active_managers(conn),
        )
        new = update_journaled(
            conn,
            w,
            person,
            dict(row._mapping),
            {"role": new_role.value, "version": row.version + 1},
            work.by["at"],
        )
        log_line(
            conn,
            w,
            book_line(
                "people.role",
                name=row.name,
                old=old_role.value,
                new=new_role.value,
                reason=text,
            ),
            row.name,
            work.by,
        )
    return PersonView(
        id=new["id"],
        name=new["name"],
        role=new_role,
        active=new["active"],
        locked_until=new["locked_until"],
    )


def hand_over_and_deactivate(
    desk: Desk, actor: Actor, person_id: str, *, to_person_id: str, reason: str
) -> Deactivated:
    """In one step: what the person holds (keys out, open follow-ups, open complaints) goes to
    another active person, then the account is deactivated. All or nothing: a refusal (still on
    the roster, the last manager, a complaint escalated to them that a clerk cannot take)
    leaves everything as it was."""
    text = rules.admin_reason(reason)
    with unit_of_work(desk, actor, Capability.MANAGE_PEOPLE) as work:
        conn, w = work.conn, work.journal
        row = person_row(conn, person_id)
        handed = write_hand_over(conn, w, from_row=row, to_id=to_person_id, reason=text, **work.by)
        done = write_active(conn, w, desk, actor, person_row(conn, person_id), False)
    return Deactivated(done, handed)
