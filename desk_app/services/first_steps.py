"""First steps: what a new book still needs before the desk can work on it, read from the book.

A fresh database opens on an empty log with nothing to say what to set up first. The window's
checklist (Help → First steps…) asks this module, each time it is shown and after each change,
whether each step is done — never a flag the list keeps for itself, so a step done from its
own menu, or at another station, is ticked as well. The tests are the honest ones the book can
answer: a setting row written once (the manager looked at it and saved it, even if what was
saved is the default), people of each role, a key registered. Whether this station chose its
label printer is the station's own preference, not the book's: the window says it.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Connection, func, select

from desk_app.domain.roles import Role
from desk_app.domain.value import Value
from desk_app.services.desk import Actor, Desk, require
from desk_app.services.handover import views as handover_views
from desk_app.services.lostfound import views as lostfound_views
from desk_app.services.settings import read_setting
from desk_app.store.backup import SECOND_FOLDER_KEY
from desk_app.store.tables import key_asset, person


class StepKey(StrEnum):
    """The steps, in the order the list shows them."""

    PROPERTY = "property"  # the name printed at the top of every sheet
    PEOPLE = "people"  # clerks and supervisors, each with a sign-in
    SHIFTS = "shifts"  # shift starts and the items counted at each handover
    LOSTFOUND = "lostfound"  # lost-and-found categories and how long each is kept
    KEYS = "keys"  # the key register
    LABEL_PRINTER = "label_printer"  # this station's printer for the found items' tags
    SECOND_BACKUP = "second_backup"  # a second folder every backup is copied to


class Step(Value):
    key: StepKey
    done: bool


def first_steps(desk: Desk, actor: Actor, *, label_printer_chosen: bool) -> list[Step]:
    """Each step and whether it is done. Anyone signed in may read the list (a clerk sees what
    the manager still has to do); only a manager's dialogs change what it reads. The second
    backup folder is not asked of a PostgreSQL book: its backups are the server's."""
    with desk.db.read() as conn:
        require(conn, actor)
        done = _book_steps(conn)
    done[StepKey.LABEL_PRINTER] = label_printer_chosen
    if desk.db.sqlite_path is None:
        del done[StepKey.SECOND_BACKUP]
    return [Step(key, done[key]) for key in StepKey if key in done]


def _book_steps(conn: Connection) -> dict[StepKey, bool]:
    handover = handover_views.read_policy(conn)
    roles = {
        row.role
        for row in conn.execute(select(person.c.role).where(person.c.active.is_(True)).distinct())
    }
    keys = conn.execute(
        select(func.count()).select_from(key_asset).where(key_asset.c.active.is_(True))
    ).scalar_one()
    return {
        StepKey.PROPERTY: bool(handover.property_name.strip()),
        StepKey.PEOPLE: {Role.CLERK.value, Role.SUPERVISOR.value} <= roles,
        # Saved once: the defaults may be right for this desk, but someone looked at them.
        StepKey.SHIFTS: read_setting(conn, handover_views.POLICY_KEY) is not None,
        StepKey.LOSTFOUND: read_setting(conn, lostfound_views.POLICY_KEY) is not None,
        StepKey.KEYS: keys > 0,
        StepKey.SECOND_BACKUP: bool(read_setting(conn, SECOND_FOLDER_KEY)),
    }


def all_done(steps: list[Step]) -> bool:
    return all(step.done for step in steps)
