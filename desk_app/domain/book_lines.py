"""The sentences the program itself writes into the duty log, kept as a message and its values.

A found item registered, a key issued, a complaint's step: the program, not the clerk, words these
lines. Stored as words they would stay in the language of whoever was signed in ("登记拾获物品
LF-2026-00018…" in an otherwise Russian log), so the book keeps the message's key and its values
instead, and every reader sees the sentence in their own language: the window, the printouts (in
the language asked for) and the search (which finds a line by its words in any language).

What the user typed (a description, a reason, a note) is a value and is shown as typed. A value
that is a code (a disposal method, a kind of document) is shown by its label in the reader's
language; a value that is an instant (a key's time to be back) in the reader's date format.

The English sentences here are the catalogue's sources: ``packaging/update_translations.py`` marks
them for translation (context ``BookLines``-style per book, as before this module existed, so the
translations made then still hold).
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import field
from datetime import UTC, datetime

from desk_app.domain.value import Value


class LineKind(Value):
    """One kind of line: its catalogue context and English source, and how its values read."""

    context: str
    source: str
    # Values that are instants (ISO 8601, UTC), shown in the reader's date format.
    instants: frozenset[str] = frozenset()
    # Values that are codes: the field's name → the family its labels come from.
    codes: Mapping[str, str] = field(default_factory=dict)


class BookLine(Value):
    """A line the program wrote: which kind, and its values as plain strings."""

    key: str
    values: Mapping[str, str]

    def __hash__(self) -> int:  # the values are a dict: hash what is stored
        return hash((self.key, self.encoded_values()))

    def encoded_values(self) -> str:
        """The values as canonical JSON (sorted keys, no spaces): what the row stores."""
        return json.dumps(
            dict(self.values), ensure_ascii=False, sort_keys=True, separators=(",", ":")
        )

    @classmethod
    def decode(cls, key: str, encoded: str | None) -> BookLine:
        values = json.loads(encoded) if encoded else {}
        return cls(key, {str(k): str(v) for k, v in values.items()})


def said(text: str, message: str | None, message_values: str | None) -> str | BookLine:
    """What a log row says, from its stored columns: the program's line, or the user's words."""
    return BookLine.decode(message, message_values) if message else text


def instant_value(at: datetime) -> str:
    """An instant as a line stores it: UTC, to the minute the sentence shows."""
    return at.astimezone(UTC).replace(second=0, microsecond=0).isoformat()


_LF = "LostFoundLog"
_KEYS = "KeysLog"
_COMPLAINTS = "ComplaintLog"
_ROSTER = "RosterLog"
_PEOPLE = "PeopleLog"
_SUPERVISION = "SupervisionLog"

LINE_KINDS: Mapping[str, LineKind] = {
    # Lost and found: every movement of a found item or a guest's report.
    "lostfound.found": LineKind(
        _LF, "Found item {number} registered: {description}. Stored at: {storage}."
    ),
    "lostfound.photo": LineKind(_LF, "Photo added to found item {number}."),
    "lostfound.report": LineKind(_LF, "Guest {guest} reports a lost item: {description}."),
    "lostfound.link": LineKind(
        _LF, "Found item {number} may be what {guest} lost; the guest is to be told."
    ),
    "lostfound.unlink": LineKind(_LF, "Found item {number} is not what {guest} lost."),
    "lostfound.close_report": LineKind(_LF, "Report of {guest}'s lost item closed: {note}"),
    "lostfound.return": LineKind(
        _LF,
        "Found item {number} returned to {claimant} ({document} ···{tail}).",
        codes={"document": "id_document"},
    ),
    "lostfound.propose": LineKind(
        _LF,
        "Disposal of found item {number} proposed: {method}. {note}",
        codes={"method": "disposal_method"},
    ),
    "lostfound.approve": LineKind(
        _LF,
        "Disposal of found item {number} approved: {method}. {note}",
        codes={"method": "disposal_method"},
    ),
    "lostfound.reject": LineKind(_LF, "Disposal of found item {number} rejected. {note}"),
    # Keys: a restricted key's loan, a key lost, damaged or back, a count of the board.
    "keys.issue": LineKind(
        _KEYS,
        "Restricted key {code} ({label}) issued to {holder} for: {purpose}. Back by {back}.",
        instants=frozenset({"back"}),
    ),
    "keys.return": LineKind(_KEYS, "Restricted key {code} ({label}) returned by {holder}."),
    "keys.lost": LineKind(_KEYS, "Key {code} ({label}) reported lost: {reason}"),
    "keys.damaged": LineKind(_KEYS, "Key {code} ({label}) reported damaged: {reason}"),
    "keys.restore": LineKind(_KEYS, "Key {code} ({label}) is back on the board: {reason}"),
    "keys.count": LineKind(
        _KEYS,
        "Key board counted: {missing} missing, {unexpected} on the board though out, "
        "{unknown} unknown.",
    ),
    # Complaints: every step is also a line of the log, saying which step it was.
    "complaint.intake": LineKind(_COMPLAINTS, "Complaint #{num} received: {note}"),
    "complaint.acknowledge": LineKind(_COMPLAINTS, "Complaint #{num} acknowledged: {note}"),
    "complaint.assign": LineKind(_COMPLAINTS, "Complaint #{num} assigned: {note}"),
    "complaint.escalate": LineKind(_COMPLAINTS, "Complaint #{num} escalated: {note}"),
    "complaint.reply": LineKind(_COMPLAINTS, "Complaint #{num}, reply to the guest: {note}"),
    "complaint.resolve": LineKind(_COMPLAINTS, "Complaint #{num} resolved: {note}"),
    "complaint.follow_up": LineKind(_COMPLAINTS, "Complaint #{num}, follow-up call: {note}"),
    "complaint.close": LineKind(_COMPLAINTS, "Complaint #{num} closed: {note}"),
    "complaint.reopen": LineKind(_COMPLAINTS, "Complaint #{num} reopened: {note}"),
    # The roster: the incoming clerk not there by the shift change and its grace (值班人不得离岗).
    "roster.incoming_not_arrived": LineKind(
        _ROSTER,
        "Incoming clerk {incoming} has not arrived for the shift from {start}; the outgoing clerk "
        "stays at the desk. Supervisor to call: {call}.",
        instants=frozenset({"start"}),
    ),
    # People: a manager's acts that hurt, said in the book with the reason given.
    "people.role": LineKind(
        _PEOPLE,
        "{name}'s role changed from {old} to {new}: {reason}",
        codes={"old": "role", "new": "role"},
    ),
    "people.hand_over": LineKind(
        _PEOPLE,
        "What {name} held ({count} in all: keys, follow-ups, complaints) was handed over to "
        "{to}: {reason}",
    ),
    # Supervision: a failed item's correction, a follow-up closed by an entry like any other.
    "inspection.correction": LineKind(
        _SUPERVISION, "Inspection #{num}, item {number} failed ({cause}); correction: {correction}"
    ),
}

# The labels of coded values, as the window's label functions word them (context "Labels"): a
# test keeps these equal to ``ui.lostfound.labels``.
CODE_SOURCES: Mapping[str, Mapping[str, str]] = {
    "disposal_method": {
        "returned_to_owner": "Returned to owner",
        "donated": "Donated",
        "destroyed": "Destroyed",
        "handed_to_police": "Handed to police",
    },
    "id_document": {
        "passport": "Passport",
        "national_id": "National identity card",
        "driving_licence": "Driving licence",
        "residence_permit": "Residence permit",
        "staff_card": "Staff card",
        "other": "Other document",
    },
    # As ui.common.labels.role_label words them.
    "role": {"clerk": "Clerk", "supervisor": "Supervisor", "manager": "Manager"},
}
CODE_CONTEXT = "Labels"


class UnknownLine(KeyError):
    """A line's key this program does not know (written by a newer version)."""


def kind_of(key: str) -> LineKind:
    try:
        return LINE_KINDS[key]
    except KeyError:
        raise UnknownLine(key) from None


def line(key: str, **values: object) -> BookLine:
    """A line to write: every placeholder of the sentence must be given; values the sentence
    does not show are not kept."""
    kind = kind_of(key)
    wanted = set(_placeholders(kind.source))
    missing = wanted - set(values)
    if missing:
        raise ValueError(f"line {key}: no value for {sorted(missing)}")
    return BookLine(key, {name: _as_text(v) for name, v in values.items() if name in wanted})


def _as_text(value: object) -> str:
    if isinstance(value, datetime):
        return instant_value(value)
    return str(value)


def _placeholders(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def placeholders(key: str) -> list[str]:
    return _placeholders(kind_of(key).source)
