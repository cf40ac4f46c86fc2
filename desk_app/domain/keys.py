"""The key and asset register: who holds which key now, and is every key on the board.

The key book is the desk's security (钥匙登记 / журнал выдачи ключей). A key is either on its hook,
out with a named holder who said when it comes back, or off the board (lost or damaged, with a
reason). Master keys (万能钥匙) are restricted: only the roles a manager allows may issue them, the
issuer confirms with their PIN, and they must come back within a limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum

from desk_app.domain import text as text_rule
from desk_app.domain.errors import ValidationError
from desk_app.domain.roles import Role
from desk_app.domain.value import Value

CODE_PATTERN = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._/-]{0,29}$")
LABEL_MAX_LENGTH = 80
SHORT_MAX_LENGTH = 120
MAX_HOOK = 60
DEFAULT_RESTRICTED_HOURS = 8  # a shift: a master key comes back by its end
MAX_RESTRICTED_HOURS = 24
MAX_LOAN_DAYS = 30
DEFAULT_RESTRICTED_ROLES: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.MANAGER})
PAST_GRACE = timedelta(minutes=1)


class KeyType(StrEnum):
    MASTER = "master"
    FLOOR = "floor"
    ROOM = "room"
    SERVICE = "service"
    RADIO = "radio"
    VEHICLE = "vehicle"
    OTHER = "other"


class KeyState(StrEnum):
    IN = "in"  # on its hook
    OUT = "out"  # with a holder
    OFF = "off"  # lost or damaged: off the board until restored


class Movement(StrEnum):
    ISSUE = "issue"
    RETURN = "return"
    LOST = "lost"
    DAMAGED = "damaged"
    RESTORE = "restore"
    RETIRE = "retire"  # taken off the register for good (worn out, replaced): with its reason
    REINSTATE = "reinstate"  # a retired key brought back into use


class HolderKind(StrEnum):
    STAFF = "staff"  # a desk account
    DIRECTORY = "directory"  # a member of the staff directory (housekeeping, engineering, ...)
    OUTSIDE = "outside"  # a contractor, a guest, a visitor


class IdDocument(StrEnum):
    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    DRIVING_LICENCE = "driving_licence"
    COMPANY_ID = "company_id"
    OTHER = "other"


# --------------------------------------------------------------------------------------------
# The register
# --------------------------------------------------------------------------------------------


def normalize_code(code: str | None, field: str = "code") -> str:
    """Codes are typed or scanned: case and stray spaces do not make another key. A NUL or a
    broken character is refused (a lookup by it would reach the database), controls dropped."""
    return text_rule.line(code, field).replace(" ", "").upper()


class KeyDraft(Value):
    code: str
    label: str
    key_type: KeyType
    hook_row: int
    hook_col: int
    restricted: bool


def validate_key(
    *,
    code: str | None,
    label: str | None,
    key_type: str,
    hook_row: int,
    hook_col: int,
    restricted: bool,
) -> KeyDraft:
    clean = normalize_code(code)
    if not CODE_PATTERN.match(clean):
        raise ValidationError(
            "A key code is 1 to 30 letters, digits, dots, dashes or slashes.", field="code"
        )
    name = text_rule.line(label, "label")
    if not name:
        raise ValidationError("Give the key a label people recognise.", field="label")
    if len(name) > LABEL_MAX_LENGTH:
        raise ValidationError(
            "The label is longer than {limit} characters.", field="label", limit=LABEL_MAX_LENGTH
        )
    try:
        kind = KeyType(key_type)
    except ValueError:
        raise ValidationError(
            "Unknown key type: {value}.", field="key_type", value=key_type
        ) from None
    for number, field in ((hook_row, "hook_row"), (hook_col, "hook_col")):
        if not 1 <= number <= MAX_HOOK:
            raise ValidationError(
                "A hook's row and column are between 1 and {limit}.", field=field, limit=MAX_HOOK
            )
    # A master key is restricted whatever the form says.
    return KeyDraft(clean, name, kind, hook_row, hook_col, restricted or kind is KeyType.MASTER)


def hook_name(row: int, col: int) -> str:
    """A1, B12: rows are letters (A–Z, then AA…), columns numbers, as boards are labelled."""
    letters = ""
    n = row
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return f"{letters}{col}"


# --------------------------------------------------------------------------------------------
# Issue and return
# --------------------------------------------------------------------------------------------


class KeyPolicy(Value):
    """A manager's rules for restricted keys."""

    restricted_roles: frozenset[Role] = DEFAULT_RESTRICTED_ROLES
    restricted_hours: int = DEFAULT_RESTRICTED_HOURS

    def may_issue_restricted(self, role: Role) -> bool:
        return role in self.restricted_roles

    def as_json(self) -> dict:
        return {
            "restricted_roles": sorted(r.value for r in self.restricted_roles),
            "restricted_hours": self.restricted_hours,
        }


def policy_from_json(data: dict | None) -> KeyPolicy:
    if not data:
        return KeyPolicy()
    return KeyPolicy(
        frozenset(Role(r) for r in data.get("restricted_roles", [])) or DEFAULT_RESTRICTED_ROLES,
        int(data.get("restricted_hours", DEFAULT_RESTRICTED_HOURS)),
    )


def validate_policy(policy: KeyPolicy) -> KeyPolicy:
    if not 1 <= policy.restricted_hours <= MAX_RESTRICTED_HOURS:
        raise ValidationError(
            "A restricted key comes back within 1 to {limit} hours.",
            field="restricted_hours",
            limit=MAX_RESTRICTED_HOURS,
        )
    if Role.MANAGER not in policy.restricted_roles:
        raise ValidationError(
            "Managers must always be allowed to issue restricted keys.", field="restricted_roles"
        )
    return policy


class IssueDraft(Value):
    holder_kind: HolderKind
    holder_id: str | None
    holder_name: str
    company: str
    id_document: IdDocument | None
    id_last_four: str
    purpose: str
    expected_back: datetime
    staff_member_id: str | None = None  # with HolderKind.DIRECTORY


_ID_TAIL = re.compile(r"^[0-9A-Za-z]{4}$")


def _short(value: str | None, field: str, missing: str = "", *, required: bool = False) -> str:
    text = text_rule.line(value, field)
    if required and not text:
        raise ValidationError(missing, field=field)
    if len(text) > SHORT_MAX_LENGTH:
        raise ValidationError(
            "This field is longer than {limit} characters.", field=field, limit=SHORT_MAX_LENGTH
        )
    return text


def validate_issue(
    *,
    holder_kind: str,
    holder_id: str | None,
    holder_name: str | None,
    company: str | None,
    id_document: str | None,
    id_last_four: str | None,
    purpose: str | None,
    expected_back: datetime | None,
    restricted: bool,
    policy: KeyPolicy,
    now: datetime,
    staff_member_id: str | None = None,
) -> IssueDraft:
    try:
        kind = HolderKind(holder_kind)
    except ValueError:
        raise ValidationError("Say who takes the key.", field="holder") from None
    name = _short(holder_name, "holder_name")
    doc: IdDocument | None = None
    tail = ""
    if kind is HolderKind.STAFF:
        if not holder_id:
            raise ValidationError("Choose the member of staff who takes the key.", field="holder")
        company_ = ""
        staff_member_id = None
    elif kind is HolderKind.DIRECTORY:
        # Known to the house: no identity document, the directory says who they are.
        if not staff_member_id:
            raise ValidationError("Choose the member of staff who takes the key.", field="holder")
        holder_id = None
        company_ = ""
    else:
        holder_id = None
        staff_member_id = None
        if not name:
            raise ValidationError(
                "Enter the name of the person who takes the key.", field="holder_name"
            )
        company_ = _short(company, "company")
        try:
            doc = IdDocument(id_document or "")
        except ValueError:
            raise ValidationError(
                "Check an identity document of someone from outside: choose which.",
                field="id_document",
            ) from None
        tail = text_rule.line(id_last_four, "id_last_four").replace(" ", "")
        if not _ID_TAIL.match(tail):
            raise ValidationError(
                "Enter the last four characters of the document number, no more.",
                field="id_last_four",
            )
        tail = tail.upper()
    reason = _short(purpose, "purpose", "Say what the key is for.", required=True)
    if expected_back is None:
        raise ValidationError("Say when the key comes back.", field="expected_back")
    if expected_back.tzinfo is None:
        raise ValueError("expected_back must be timezone-aware")
    if expected_back < now - PAST_GRACE:
        raise ValidationError("The time the key comes back is in the past.", field="expected_back")
    if restricted and expected_back > now + timedelta(hours=policy.restricted_hours):
        raise ValidationError(
            "A restricted key must come back within {hours} hours.",
            field="expected_back",
            hours=policy.restricted_hours,
        )
    if expected_back > now + timedelta(days=MAX_LOAN_DAYS):
        raise ValidationError(
            "A key is lent for {days} days at most.", field="expected_back", days=MAX_LOAN_DAYS
        )
    return IssueDraft(
        kind, holder_id, name, company_, doc, tail, reason, expected_back, staff_member_id
    )


def check_can_issue(state: KeyState, active: bool, holder: str | None) -> None:
    """``holder`` names who has it, so the second of two stations is told whom to ask."""
    if not active:
        raise ValidationError("This key is retired and cannot be issued.", field="code")
    if state is KeyState.OUT:
        raise ValidationError(
            "This key is already out: {holder} has it.", field="code", holder=holder or "?"
        )
    if state is KeyState.OFF:
        raise ValidationError(
            "This key is off the board (lost or damaged) and cannot be issued.", field="code"
        )


def check_can_return(state: KeyState) -> None:
    if state is not KeyState.OUT:
        raise ValidationError("This key is on the board: it was not issued.", field="code")


def check_can_report(state: KeyState, active: bool) -> None:
    if not active:
        raise ValidationError("This key is retired.", field="code")
    if state is KeyState.OFF:
        raise ValidationError("This key is already off the board.", field="code")


def check_can_retire(state: KeyState, active: bool) -> None:
    """Retiring is final for the board: a key that is out comes back first."""
    if not active:
        raise ValidationError("This key is retired.", field="code")
    if state is KeyState.OUT:
        raise ValidationError("This key is out: take it back before retiring it.", field="active")


def retire_reason(text: str | None) -> str:
    """Why a key leaves the register (worn out, replaced, the lock changed): asked every time,
    kept in the key's history."""
    reason = text_rule.lines(text, "reason")
    if not reason:
        raise ValidationError("Say why the key is retired.", field="reason")
    return clean_reason(reason)


def check_can_restore(state: KeyState) -> None:
    if state is not KeyState.OFF:
        raise ValidationError("Only a key reported lost or damaged can be put back.", field="code")


def is_overdue(state: KeyState, expected_back: datetime | None, now: datetime) -> bool:
    return state is KeyState.OUT and expected_back is not None and expected_back < now


def clean_reason(text: str | None, field: str = "reason") -> str:
    reason = text_rule.lines(text, field)
    if not reason:
        raise ValidationError("Say what happened, in a few words.", field=field)
    if len(reason) > 2000:
        raise ValidationError(
            "The note is longer than {limit} characters.", field=field, limit=2000
        )
    return reason


def clean_return_note(note: str | None) -> str:
    """A word said when a key comes back: one line, may be empty."""
    return text_rule.line(note, "note")


# --------------------------------------------------------------------------------------------
# Counting the board
# --------------------------------------------------------------------------------------------


class CountResult(Value):
    """What the board should hold against what is on it."""

    expected: frozenset[str]  # codes that should hang on the board
    present: frozenset[str]  # codes found on it
    unknown: frozenset[str]  # counted codes the register does not know

    @property
    def missing(self) -> frozenset[str]:
        return self.expected - self.present

    @property
    def unexpected(self) -> frozenset[str]:
        """On the board though the register says out or off: a return nobody recorded."""
        return self.present - self.expected - self.unknown

    @property
    def matches(self) -> bool:
        return not (self.missing or self.unexpected or self.unknown)


def count_board(
    expected: Iterable[str], present: Iterable[str], known: Iterable[str]
) -> CountResult:
    wanted = frozenset(normalize_code(c) for c in expected)
    seen = frozenset(c for c in (normalize_code(p, "present") for p in present) if c)
    known_codes = frozenset(normalize_code(c) for c in known)
    return CountResult(wanted, seen, seen - known_codes)
