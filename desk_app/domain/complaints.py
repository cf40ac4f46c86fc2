"""Complaints: what intake must hold, the life of a complaint, and who may settle what.

A complaint is a promise to a guest: the promised reply time is mandatory and, once past without a
reply, the complaint is overdue everywhere. Its life is a small state machine; a transition that
makes no sense from the current state is refused with a named error, whatever calls it. A clerk
may settle compensation up to the authority limit; above it, or for a high-severity complaint,
the complaint goes to a supervisor first, and may go with the settlement the clerk proposes (the
outcome and amount typed, kept on the escalation step). A supervisor or manager settling above the
limit confirms it with their own PIN.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from desk_app.domain import text as text_rule
from desk_app.domain.errors import ValidationError
from desk_app.domain.log import SHORT_FIELD_MAX_LENGTH, TEXT_MAX_LENGTH
from desk_app.domain.roles import Role
from desk_app.domain.value import Value

DEFAULT_AUTHORITY_LIMIT = Decimal("500")
DEFAULT_REMINDER_MINUTES = 15
MAX_COMPENSATION = Decimal("1000000")
COMPENSATION_KIND_MAX_LENGTH = 60
# Received a few minutes ahead of the clock is a clock difference between stations, not a typo.
FUTURE_GRACE = timedelta(minutes=5)


class Channel(StrEnum):
    PHONE = "phone"
    WALK_IN = "walk_in"
    EMAIL = "email"
    ONLINE = "online"
    OTHER = "other"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ComplaintCategory(StrEnum):
    NOISE = "noise"
    CLEANLINESS = "cleanliness"
    MAINTENANCE = "maintenance"
    SERVICE = "service"
    BILLING = "billing"
    FOOD = "food"
    SAFETY = "safety"
    OTHER = "other"


class Status(StrEnum):
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    ASSIGNED = "assigned"
    ESCALATED = "escalated"
    REPLIED = "replied"
    RESOLVED = "resolved"
    FOLLOWED_UP = "followed_up"
    CLOSED = "closed"


class Action(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    ASSIGN = "assign"
    ESCALATE = "escalate"
    REPLY = "reply"
    RESOLVE = "resolve"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"
    REOPEN = "reopen"


# Before the guest has had a reply, a promise can fall due.
AWAITING_REPLY = frozenset(
    {Status.RECEIVED, Status.ACKNOWLEDGED, Status.ASSIGNED, Status.ESCALATED}
)
OPEN = frozenset(set(Status) - {Status.CLOSED})

TRANSITIONS: dict[Action, tuple[frozenset[Status], Status]] = {
    Action.ACKNOWLEDGE: (frozenset({Status.RECEIVED}), Status.ACKNOWLEDGED),
    # Assigning again hands it to someone else; an escalated complaint may be handed on too.
    Action.ASSIGN: (
        frozenset({Status.RECEIVED, Status.ACKNOWLEDGED, Status.ASSIGNED, Status.ESCALATED}),
        Status.ASSIGNED,
    ),
    Action.ESCALATE: (
        frozenset({Status.RECEIVED, Status.ACKNOWLEDGED, Status.ASSIGNED, Status.REPLIED}),
        Status.ESCALATED,
    ),
    Action.REPLY: (AWAITING_REPLY, Status.REPLIED),
    Action.RESOLVE: (
        frozenset({Status.ACKNOWLEDGED, Status.ASSIGNED, Status.ESCALATED, Status.REPLIED}),
        Status.RESOLVED,
    ),
    Action.FOLLOW_UP: (frozenset({Status.RESOLVED}), Status.FOLLOWED_UP),
    Action.CLOSE: (frozenset({Status.FOLLOWED_UP}), Status.CLOSED),
    Action.REOPEN: (
        frozenset({Status.RESOLVED, Status.FOLLOWED_UP, Status.CLOSED}),
        Status.ACKNOWLEDGED,
    ),
}


class TransitionRefused(ValidationError):
    """The step makes no sense from the complaint's current state."""


class NeedsEscalation(ValidationError):
    """A clerk tried to settle above the authority limit or a high-severity complaint."""


class NeedsPinConfirmation(ValidationError):
    """A supervisor or manager settling above the authority limit has not confirmed it with
    their PIN."""


def next_status(current: Status, action: Action) -> Status:
    allowed, target = TRANSITIONS[action]
    if current not in allowed:
        raise TransitionRefused(
            "A complaint that is {status} cannot be given the step “{action}”.",
            field="action",
            status=current.value,
            action=action.value,
        )
    return target


def allowed_actions(current: Status) -> list[Action]:
    return [a for a, (allowed, _target) in TRANSITIONS.items() if current in allowed]


def is_overdue(reply_owed: bool, promised_at: datetime, now: datetime) -> bool:
    """A promise passed while the guest is still owed a reply. An escalation after a reply owes
    none; a reopened complaint owes one again, by its new promise."""
    return reply_owed and promised_at < now


def reply_owed_after(action: Action, owed: bool) -> bool:
    """Whether the guest is owed a reply after this step."""
    if action in (Action.REPLY, Action.RESOLVE):
        return False
    if action is Action.REOPEN:
        return True
    return owed


def is_due_soon(reply_owed: bool, promised_at: datetime, now: datetime, lead: timedelta) -> bool:
    """A promise about to expire: the reminder window before it becomes overdue."""
    return reply_owed and now <= promised_at <= now + lead


def _choice(enum: type[StrEnum], value: str, field: str, template: str):
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(template, field=field, value=value) from None


def _short(value: str | None, field: str, template: str, required: bool = False) -> str:
    value = text_rule.line(value, field)
    if required and not value:
        raise ValidationError(template, field=field)
    if len(value) > SHORT_FIELD_MAX_LENGTH:
        raise ValidationError(
            "This field is longer than {limit} characters.",
            field=field,
            limit=SHORT_FIELD_MAX_LENGTH,
        )
    return value


class ComplaintDraft(Value):
    received_at: datetime
    channel: Channel
    guest_name: str
    room: str
    contact: str
    category: ComplaintCategory
    severity: Severity
    text: str
    promised_at: datetime


def validate_intake(
    *,
    received_at: datetime,
    channel: str,
    guest_name: str | None,
    room: str | None,
    contact: str | None,
    category: str,
    severity: str,
    text: str | None,
    promised_at: datetime | None,
    now: datetime,
) -> ComplaintDraft:
    if received_at.tzinfo is None or (promised_at is not None and promised_at.tzinfo is None):
        raise ValueError("complaint times must be timezone-aware")
    if received_at > now + FUTURE_GRACE:
        raise ValidationError("The time received is in the future.", field="received_at")
    if promised_at is None:
        raise ValidationError(
            "Promise the guest a reply time: it is mandatory.", field="promised_at"
        )
    if promised_at <= received_at:
        raise ValidationError(
            "The promised reply time must be after the time received.", field="promised_at"
        )
    body = text_rule.lines(text, "text")
    if not body:
        raise ValidationError("Write what the guest complains about.", field="text")
    if len(body) > TEXT_MAX_LENGTH:
        raise ValidationError(
            "The text is longer than {limit} characters.", field="text", limit=TEXT_MAX_LENGTH
        )
    return ComplaintDraft(
        received_at=received_at,
        channel=_choice(Channel, channel, "channel", "Unknown channel: {value}."),
        guest_name=_short(guest_name, "guest_name", "Enter the guest's name.", required=True),
        room=_short(room, "room", ""),
        contact=_short(contact, "contact", ""),
        category=_choice(
            ComplaintCategory, category, "category", "Unknown complaint category: {value}."
        ),
        severity=_choice(Severity, severity, "severity", "Unknown severity: {value}."),
        text=body,
        promised_at=promised_at,
    )


def parse_money(value: str | Decimal | int | None, field: str = "compensation") -> Decimal:
    """A non-negative amount with at most two decimals; "" means none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return Decimal("0.00")
    try:
        amount = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(
            "The compensation must be a number, such as 150 or 99.50.", field=field
        ) from None
    if not amount.is_finite():  # "NaN", "Infinity": Decimal reads them, a till does not
        raise ValidationError(
            "The compensation must be a number, such as 150 or 99.50.", field=field
        )
    if amount < 0:
        raise ValidationError("The compensation cannot be negative.", field=field)
    if amount > MAX_COMPENSATION:
        raise ValidationError("The compensation is implausibly large.", field=field)
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError("Use at most two decimals for the compensation.", field=field)
    return abs(amount.quantize(Decimal("0.01")))  # abs: "-0" is 0.00, not -0.00


def to_cents(amount: Decimal) -> int:
    return int(amount * 100)


def from_cents(cents: int | None) -> Decimal:
    return (Decimal(cents or 0) / 100).quantize(Decimal("0.01"))


def settlement_needs_pin(role: Role, compensation: Decimal, limit: Decimal) -> bool:
    """Above the limit, whoever may settle (a supervisor, a manager) confirms with their PIN."""
    return role is not Role.CLERK and compensation > limit


def check_settlement(
    role: Role,
    severity: Severity,
    compensation: Decimal,
    limit: Decimal,
    pin_confirmed: bool = False,
) -> None:
    """The authority rule: a clerk settles small, ordinary complaints only; above the limit a
    supervisor or manager settles with their PIN confirmed (``pin_confirmed``: the caller checked
    it)."""
    if role is not Role.CLERK:
        if settlement_needs_pin(role, compensation, limit) and not pin_confirmed:
            raise NeedsPinConfirmation(
                "Compensation above {limit}: confirm the settlement with your PIN.",
                field="pin",
                limit=str(limit),
            )
        return
    if severity is Severity.HIGH:
        raise NeedsEscalation(
            "A high-severity complaint is settled by a supervisor: escalate it first.",
            field="compensation",
        )
    if compensation > limit:
        raise NeedsEscalation(
            "Compensation above {limit} is settled by a supervisor: escalate it first.",
            field="compensation",
            limit=str(limit),
        )


class SettlementProposal(Value):
    """What a clerk would have settled, handed to the supervisor with the escalation."""

    outcome: str | None
    compensation: Decimal
    kind: str | None

    def as_data(self) -> dict[str, str | None]:
        """As the escalation step's history keeps it (JSON)."""
        return {"outcome": self.outcome, "compensation": str(self.compensation), "kind": self.kind}

    @classmethod
    def from_data(cls, data: dict) -> SettlementProposal:
        return cls(
            outcome=data.get("outcome") or None,
            compensation=Decimal(data.get("compensation") or "0.00"),
            kind=data.get("kind") or None,
        )


def validate_proposal(
    outcome: str | None, compensation: str | Decimal | None, kind: str | None
) -> SettlementProposal | None:
    """The settlement an escalation carries: checked as a settlement's amount and kind are (the
    outcome may still be empty); None when nothing was proposed."""
    amount = parse_money(compensation)
    clean_kind = validate_compensation_kind(kind, amount)
    text = text_rule.lines(outcome, "outcome")
    if len(text) > TEXT_MAX_LENGTH:
        raise ValidationError(
            "The text is longer than {limit} characters.", field="outcome", limit=TEXT_MAX_LENGTH
        )
    if not text and not amount and not clean_kind:
        return None
    return SettlementProposal(outcome=text or None, compensation=amount, kind=clean_kind)


def validate_compensation_kind(kind: str | None, amount: Decimal) -> str | None:
    """What was given (refund, discount, voucher…): one line, required when anything was given;
    None when nothing was said."""
    clean = text_rule.line(kind, "compensation_kind")
    if amount > 0 and not clean:
        raise ValidationError(
            "Say what the compensation is (refund, discount, voucher…).",
            field="compensation_kind",
        )
    if len(clean) > COMPENSATION_KIND_MAX_LENGTH:  # the column's width
        raise ValidationError(
            "This field is longer than {limit} characters.",
            field="compensation_kind",
            limit=COMPENSATION_KIND_MAX_LENGTH,
        )
    return clean or None


def validate_limit(value: str | Decimal | int) -> Decimal:
    limit = parse_money(value, field="authority_limit")
    if limit <= 0:
        raise ValidationError(
            "The authority limit must be more than zero.", field="authority_limit"
        )
    return limit


def validate_satisfaction(score: int | None, reached: bool) -> int | None:
    if not reached:
        return None
    if score is None or not 1 <= score <= 5:
        raise ValidationError("Give the guest's satisfaction from 1 to 5.", field="satisfaction")
    return score


def require_text(value: str | None, field: str, template: str) -> str:
    text = text_rule.lines(value, field)
    if not text:
        raise ValidationError(template, field=field)
    if len(text) > TEXT_MAX_LENGTH:
        raise ValidationError(
            "The text is longer than {limit} characters.", field=field, limit=TEXT_MAX_LENGTH
        )
    return text


def validate_new_promise(promised_at: datetime | None, now: datetime) -> datetime:
    """A reopened complaint is promised a reply anew; the promise must lie ahead."""
    if promised_at is None:
        raise ValidationError(
            "Promise the guest a reply time: it is mandatory.", field="promised_at"
        )
    if promised_at <= now:
        raise ValidationError("The promised reply time must be in the future.", field="promised_at")
    return promised_at


# What the analysis and the register hand out (services.complaint_analysis makes them; the
# dialog and the Excel export read them).


# By who settled it: the key of the row of complaints nobody has resolved (a name is never empty).
UNSETTLED_KEY = ""


class AnalysisRow(Value):
    key: str
    count: int
    overdue: int
    overdue_rate: float  # 0.0-1.0
    median_first_reply_minutes: float | None
    median_resolution_hours: float | None
    compensation_total: Decimal
    satisfaction_avg: float | None


class ComplaintAnalysis(Value):
    group_by: str
    since: datetime | None
    until: datetime | None
    rows: list[AnalysisRow]
    total: AnalysisRow
    # By staff: whom a complaint counts against, "taken" (who took it in) or "settled" (who
    # resolved it; the unsettled ones in a row of their own). None for other groupings.
    counts_against: str | None = None


class RegisterRow(Value):
    """One complaint as the register shows it: every field, people by name."""

    num: int
    id: str
    received_at: datetime
    channel: Channel
    guest_name: str
    room: str
    contact: str
    category: ComplaintCategory
    severity: Severity
    text: str
    promised_at: datetime
    status: Status
    overdue: bool  # the analysis's meaning: replied late, or no reply and the promise has passed
    assignee_name: str | None
    escalated_to_name: str | None
    first_reply_at: datetime | None
    resolved_at: datetime | None
    resolved_by_name: str | None
    outcome: str | None
    compensation: Decimal
    compensation_kind: str | None
    follow_up_reached: bool | None
    satisfaction: int | None
    closed_at: datetime | None
    created_by_name: str
    station: str
