"""Roles and what each may do. One table, so a rule lives in one place."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"


class Capability(StrEnum):
    KEEP_LOG = "keep_log"
    MANAGE_PEOPLE = "manage_people"
    CHANGE_SETTINGS = "change_settings"
    REVIEW_LOG = "review_log"
    ANALYSE_COMPLAINTS = "analyse_complaints"
    APPROVE_DISPOSAL = "approve_disposal"
    # The staff directory (people without a sign-in): supervisors know their teams.
    KEEP_STAFF_DIRECTORY = "keep_staff_directory"
    # The roster: a supervisor drafts the month and decides leave and swaps (seed 004); the
    # manager approves the month (APPROVE_ROSTER, the manager's alone).
    DRAFT_ROSTER = "draft_roster"
    APPROVE_ROSTER = "approve_roster"
    # Supervision (seed 004): inspections of the desk on the checklist, countersigning a sheet.
    # The daily review is REVIEW_LOG's.
    INSPECT = "inspect"
    # Archiving the years past the retention (DESIGN: the manager's alone).
    ARCHIVE = "archive"


_GRANTS: dict[Role, frozenset[Capability]] = {
    Role.CLERK: frozenset({Capability.KEEP_LOG}),
    Role.SUPERVISOR: frozenset(
        {
            Capability.KEEP_LOG,
            Capability.REVIEW_LOG,
            Capability.ANALYSE_COMPLAINTS,
            Capability.APPROVE_DISPOSAL,
            Capability.KEEP_STAFF_DIRECTORY,
            Capability.DRAFT_ROSTER,
            Capability.INSPECT,
        }
    ),
    Role.MANAGER: frozenset(Capability),
}


def can(role: Role, capability: Capability) -> bool:
    return capability in _GRANTS[role]
