"""The roster's settings, stored desk-wide beside the handover's (whose shift starts give the
shifts their hours)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection

from desk_app.domain.roster.pattern import ShiftPattern
from desk_app.domain.roster.policy import RosterPolicy, policy_from_json, validate_policy
from desk_app.services.desk import Actor, Desk
from desk_app.services.handover.views import read_policy as read_handover_policy
from desk_app.services.settings import change_setting, read_setting

POLICY_KEY = "roster_policy"


def read_policy(conn: Connection) -> RosterPolicy:
    return policy_from_json(read_setting(conn, POLICY_KEY))


def desk_pattern(conn: Connection, policy: RosterPolicy | None = None) -> ShiftPattern:
    """The desk's shifts today: the handover's starts with the roster's codes and colours."""
    policy = policy or read_policy(conn)
    return policy.pattern(read_handover_policy(conn).shift_starts)


def get_policy(desk: Desk) -> RosterPolicy:
    with desk.db.read() as conn:
        return read_policy(conn)


def get_pattern(desk: Desk) -> ShiftPattern:
    with desk.db.read() as conn:
        return desk_pattern(conn)


def set_policy(desk: Desk, actor: Actor, policy: RosterPolicy) -> RosterPolicy:
    """A manager's change of the roster's settings (codes and colours, the month's rules, the
    times around a shift change)."""
    with desk.db.read() as conn:
        starts = read_handover_policy(conn).shift_starts
    clean = validate_policy(replace(policy), starts)
    return change_setting(desk, actor, POLICY_KEY, clean.as_json(), read_policy)
