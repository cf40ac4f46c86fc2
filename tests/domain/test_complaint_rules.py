"""Complaint rules without a database: the state machine, the authority rule, money, intake."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.complaints import (
    AWAITING_REPLY,
    DEFAULT_AUTHORITY_LIMIT,
    FUTURE_GRACE,
    MAX_COMPENSATION,
    OPEN,
    TRANSITIONS,
    Action,
    Channel,
    ComplaintCategory,
    NeedsEscalation,
    NeedsPinConfirmation,
    SettlementProposal,
    Severity,
    Status,
    TransitionRefused,
    allowed_actions,
    check_settlement,
    from_cents,
    is_due_soon,
    is_overdue,
    next_status,
    parse_money,
    require_text,
    settlement_needs_pin,
    to_cents,
    validate_intake,
    validate_limit,
    validate_proposal,
    validate_satisfaction,
)
from desk_app.domain.errors import ValidationError
from desk_app.domain.roles import Role

NOW = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
S = Status
A = Action

# The whole state machine written out by hand, so a change to TRANSITIONS has to change this too.
EXPECTED: dict[tuple[Status, Action], Status] = {
    (S.RECEIVED, A.ACKNOWLEDGE): S.ACKNOWLEDGED,
    (S.RECEIVED, A.ASSIGN): S.ASSIGNED,
    (S.RECEIVED, A.ESCALATE): S.ESCALATED,
    (S.RECEIVED, A.REPLY): S.REPLIED,
    (S.ACKNOWLEDGED, A.ASSIGN): S.ASSIGNED,
    (S.ACKNOWLEDGED, A.ESCALATE): S.ESCALATED,
    (S.ACKNOWLEDGED, A.REPLY): S.REPLIED,
    (S.ACKNOWLEDGED, A.RESOLVE): S.RESOLVED,
    (S.ASSIGNED, A.ASSIGN): S.ASSIGNED,
    (S.ASSIGNED, A.ESCALATE): S.ESCALATED,
    (S.ASSIGNED, A.REPLY): S.REPLIED,
    (S.ASSIGNED, A.RESOLVE): S.RESOLVED,
    (S.ESCALATED, A.ASSIGN): S.ASSIGNED,
    (S.ESCALATED, A.REPLY): S.REPLIED,
    (S.ESCALATED, A.RESOLVE): S.RESOLVED,
    (S.REPLIED, A.ESCALATE): S.ESCALATED,
    (S.REPLIED, A.RESOLVE): S.RESOLVED,
    (S.RESOLVED, A.FOLLOW_UP): S.FOLLOWED_UP,
    (S.RESOLVED, A.REOPEN): S.ACKNOWLEDGED,
    (S.FOLLOWED_UP, A.CLOSE): S.CLOSED,
    (S.FOLLOWED_UP, A.REOPEN): S.ACKNOWLEDGED,
    (S.CLOSED, A.REOPEN): S.ACKNOWLEDGED,
}
ALL_PAIRS = [(s, a) for s in Status for a in Action]


# --- the state machine ------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "action"), ALL_PAIRS, ids=lambda x: x.value)
def test_every_pair_of_state_and_step(status, action):
    if (status, action) in EXPECTED:
        assert next_status(status, action) is EXPECTED[(status, action)]
        assert action in allowed_actions(status)
    else:
        with pytest.raises(TransitionRefused) as refused:
            next_status(status, action)
        assert refused.value.field == "action"
        assert refused.value.params == {"status": status.value, "action": action.value}
        assert status.value in refused.value.message and action.value in refused.value.message
        assert action not in allowed_actions(status)


def test_transitions_table_is_the_expected_machine():
    table = {(s, a): target for a, (sources, target) in TRANSITIONS.items() for s in sources}
    assert table == EXPECTED
    assert set(TRANSITIONS) == set(Action)


@pytest.mark.parametrize("status", list(Status), ids=lambda s: s.value)
def test_allowed_actions_in_declaration_order(status):
    expected = [a for a in Action if (status, a) in EXPECTED]
    assert allowed_actions(status) == expected
    assert allowed_actions(status), "no state is a dead end: closed can be reopened"


def test_a_transition_refused_is_a_validation_error():
    # The UI and the services treat it as bad input: a message, nothing written.
    assert issubclass(TransitionRefused, ValidationError)
    assert issubclass(NeedsEscalation, ValidationError)


def test_state_sets():
    assert {S.RECEIVED, S.ACKNOWLEDGED, S.ASSIGNED, S.ESCALATED} == AWAITING_REPLY
    assert set(Status) - {S.CLOSED} == OPEN


def _walk(actions: list[Action]) -> list[tuple[Status, Action, Status]]:
    """Apply ``actions`` from a new complaint; a refused step leaves the state as it was."""
    state = S.RECEIVED
    taken = []
    for action in actions:
        try:
            target = next_status(state, action)
        except TransitionRefused:
            assert action not in allowed_actions(state)
            continue
        assert action in allowed_actions(state)
        taken.append((state, action, target))
        state = target
    return taken


@given(st.lists(st.sampled_from(list(Action)), max_size=40))
def test_any_sequence_only_takes_transitions_in_the_table(actions):
    for before, action, after in _walk(actions):
        sources, target = TRANSITIONS[action]
        assert before in sources
        assert after is target


@given(st.lists(st.sampled_from(list(Action)), max_size=40))
def test_closed_is_reached_only_through_a_follow_up_call(actions):
    taken = _walk(actions)
    for i, (before, action, after) in enumerate(taken):
        if after is S.CLOSED:
            assert (before, action) == (S.FOLLOWED_UP, A.CLOSE)
            assert taken[i - 1][1] is A.FOLLOW_UP
            # ... after a resolution, since the last reopening.
            since = [a for _, a, _ in taken[:i]]
            last_reopen = max((j for j, a in enumerate(since) if a is A.REOPEN), default=-1)
            assert A.RESOLVE in since[last_reopen + 1 :]


@given(st.lists(st.sampled_from(list(Action)), max_size=40))
def test_a_reply_or_resolution_ends_waiting_for_a_reply(actions):
    for before, action, after in _walk(actions):
        if action in (A.REPLY, A.RESOLVE):
            assert after not in AWAITING_REPLY
        if after in AWAITING_REPLY and before not in AWAITING_REPLY:
            assert action is A.REOPEN or action is A.ESCALATE


@given(st.sampled_from(list(Status)))
def test_every_state_can_still_be_closed(status):
    """From anywhere a way to closed exists (reopen if need be): nothing gets stuck."""
    seen, frontier = {status}, [status]
    while frontier:
        state = frontier.pop()
        for action in allowed_actions(state):
            target = next_status(state, action)
            if target not in seen:
                seen.add(target)
                frontier.append(target)
    assert S.CLOSED in seen


# --- overdue and reminders ----------------------------------------------------------------------


@pytest.mark.parametrize("owed", [True, False])
def test_overdue_only_while_a_reply_is_owed(owed):
    past, future = NOW - timedelta(minutes=1), NOW + timedelta(minutes=1)
    assert is_overdue(owed, past, NOW) is owed
    assert is_overdue(owed, future, NOW) is False
    assert is_overdue(owed, NOW, NOW) is False  # due exactly now is not yet late


@pytest.mark.parametrize("action", list(Action), ids=lambda a: a.value)
def test_a_reply_is_owed_until_replied_or_resolved_and_again_after_reopening(action):
    from desk_app.domain.complaints import reply_owed_after

    for owed in (True, False):
        expected = {Action.REPLY: False, Action.RESOLVE: False, Action.REOPEN: True}.get(
            action, owed
        )
        assert reply_owed_after(action, owed) is expected


def test_due_soon_is_the_window_before_the_promise():
    lead = timedelta(minutes=15)
    assert is_due_soon(True, NOW + timedelta(minutes=10), NOW, lead)
    assert is_due_soon(True, NOW + lead, NOW, lead)
    assert is_due_soon(True, NOW, NOW, lead)
    assert not is_due_soon(True, NOW + lead + timedelta(seconds=1), NOW, lead)
    assert not is_due_soon(True, NOW - timedelta(seconds=1), NOW, lead)  # overdue instead
    assert not is_due_soon(False, NOW + timedelta(minutes=10), NOW, lead)


# --- the authority rule -------------------------------------------------------------------------

LIMIT = DEFAULT_AUTHORITY_LIMIT


@pytest.mark.parametrize("severity", [Severity.LOW, Severity.MEDIUM])
@pytest.mark.parametrize("amount", ["0", "0.01", "499.99", "500", "500.00"])
def test_clerk_settles_up_to_the_limit_itself(severity, amount):
    check_settlement(Role.CLERK, severity, Decimal(amount), LIMIT)


@pytest.mark.parametrize("severity", [Severity.LOW, Severity.MEDIUM])
@pytest.mark.parametrize("amount", ["500.01", "501", "100000"])
def test_clerk_above_the_limit_must_escalate(severity, amount):
    with pytest.raises(NeedsEscalation) as refused:
        check_settlement(Role.CLERK, severity, Decimal(amount), LIMIT)
    assert refused.value.field == "compensation"
    assert refused.value.params == {"limit": "500"}


@pytest.mark.parametrize("amount", ["0", "10", "500"])
def test_clerk_never_settles_a_high_severity_complaint(amount):
    with pytest.raises(NeedsEscalation) as refused:
        check_settlement(Role.CLERK, Severity.HIGH, Decimal(amount), LIMIT)
    assert "high-severity" in refused.value.message


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.MANAGER])
@pytest.mark.parametrize("severity", list(Severity))
@pytest.mark.parametrize("amount", ["0", "500", "500.01", "999999.99"])
def test_supervisor_and_manager_settle_anything_with_their_pin(role, severity, amount):
    check_settlement(role, severity, Decimal(amount), LIMIT, pin_confirmed=True)


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.MANAGER])
@pytest.mark.parametrize("severity", list(Severity))
@pytest.mark.parametrize("amount", ["0", "499.99", "500"])
def test_supervisor_settles_up_to_the_limit_without_a_pin(role, severity, amount):
    assert not settlement_needs_pin(role, Decimal(amount), LIMIT)
    check_settlement(role, severity, Decimal(amount), LIMIT)


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.MANAGER])
@pytest.mark.parametrize("amount", ["500.01", "999999.99"])
def test_supervisor_above_the_limit_must_confirm_with_a_pin(role, amount):
    assert settlement_needs_pin(role, Decimal(amount), LIMIT)
    with pytest.raises(NeedsPinConfirmation) as refused:
        check_settlement(role, Severity.LOW, Decimal(amount), LIMIT)
    assert refused.value.field == "pin"
    assert refused.value.params == {"limit": "500"}


def test_a_clerk_is_never_asked_for_a_pin_but_to_escalate():
    assert not settlement_needs_pin(Role.CLERK, Decimal("900"), LIMIT)
    with pytest.raises(NeedsEscalation):
        check_settlement(Role.CLERK, Severity.LOW, Decimal("900"), LIMIT, pin_confirmed=True)


def test_a_proposal_keeps_outcome_amount_and_kind():
    proposal = validate_proposal(" Refund of one night \r\n", "800,5", " Refund ")
    assert proposal == SettlementProposal("Refund of one night", Decimal("800.50"), "Refund")
    assert SettlementProposal.from_data(proposal.as_data()) == proposal
    assert validate_proposal("", "", "") is None
    assert validate_proposal("Apologised", "", "") == SettlementProposal(
        "Apologised", Decimal("0.00"), None
    )


@pytest.mark.parametrize(
    ("outcome", "amount", "kind", "field"),
    [
        ("x", "12a", "Refund", "compensation"),
        ("x", "800", "", "compensation_kind"),
        ("x" * 5000, "800", "Refund", "outcome"),
    ],
)
def test_a_proposal_is_checked_as_a_settlement(outcome, amount, kind, field):
    with pytest.raises(ValidationError) as refused:
        validate_proposal(outcome, amount, kind)
    assert refused.value.field == field


def test_the_limit_given_is_the_one_applied():
    check_settlement(Role.CLERK, Severity.LOW, Decimal("1200"), Decimal("1200"))
    with pytest.raises(NeedsEscalation) as refused:
        check_settlement(Role.CLERK, Severity.LOW, Decimal("100.01"), Decimal("100"))
    assert refused.value.params == {"limit": "100"}


@given(
    role=st.sampled_from(list(Role)),
    severity=st.sampled_from(list(Severity)),
    cents=st.integers(min_value=0, max_value=to_cents(MAX_COMPENSATION)),
    limit_cents=st.integers(min_value=1, max_value=10_000_000),
)
def test_authority_rule_property(role, severity, cents, limit_cents):
    amount, limit = from_cents(cents), from_cents(limit_cents)
    if role is Role.CLERK:
        if severity is not Severity.HIGH and amount <= limit:
            check_settlement(role, severity, amount, limit)
        else:
            with pytest.raises(NeedsEscalation):
                check_settlement(role, severity, amount, limit, pin_confirmed=True)
        return
    check_settlement(role, severity, amount, limit, pin_confirmed=True)
    if amount <= limit:
        check_settlement(role, severity, amount, limit)
    else:
        with pytest.raises(NeedsPinConfirmation):
            check_settlement(role, severity, amount, limit)


# --- money --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given_", "expected"),
    [
        (None, "0.00"),
        ("", "0.00"),
        ("   ", "0.00"),
        ("0", "0.00"),
        ("-0", "0.00"),
        ("150", "150.00"),
        (" 150 ", "150.00"),
        ("99.5", "99.50"),
        ("99.50", "99.50"),
        ("99,50", "99.50"),
        ("0,05", "0.05"),
        ("1e3", "1000.00"),
        (Decimal("12.3"), "12.30"),
        (7, "7.00"),
        ("1000000", "1000000.00"),
    ],
)
def test_parse_money_accepts(given_, expected):
    amount = parse_money(given_)
    assert amount == Decimal(expected)
    assert str(amount) == expected


@pytest.mark.parametrize(
    ("given_", "says"),
    [
        ("-1", "negative"),
        ("-0.01", "negative"),
        (Decimal("-5"), "negative"),
        ("abc", "must be a number"),
        ("12abc", "must be a number"),
        ("1 000", "must be a number"),
        ("1,000.50", "must be a number"),
        ("NaN", "must be a number"),
        ("Infinity", "must be a number"),
        ("-Infinity", "must be a number"),
        ("99.505", "two decimals"),
        ("0.001", "two decimals"),
        ("99,505", "two decimals"),
        ("1000000.01", "implausibly large"),
        ("1e9", "implausibly large"),
    ],
)
def test_parse_money_refuses(given_, says):
    with pytest.raises(ValidationError) as refused:
        parse_money(given_)
    assert says in refused.value.message
    assert refused.value.field == "compensation"


def test_parse_money_names_the_field_it_was_given():
    with pytest.raises(ValidationError) as refused:
        parse_money("x", field="authority_limit")
    assert refused.value.field == "authority_limit"


@given(st.integers(min_value=0, max_value=to_cents(MAX_COMPENSATION)))
def test_cents_round_trip(cents):
    amount = from_cents(cents)
    assert to_cents(amount) == cents
    assert parse_money(str(amount)) == amount
    assert parse_money(str(amount).replace(".", ",")) == amount


def test_from_cents_of_nothing_is_zero():
    assert from_cents(None) == Decimal("0.00")


@pytest.mark.parametrize("value", ["0", "-5", "abc", ""])
def test_authority_limit_must_be_a_positive_amount(value):
    with pytest.raises(ValidationError) as refused:
        validate_limit(value)
    assert refused.value.field == "authority_limit"


def test_authority_limit_accepted():
    assert validate_limit("750,5") == Decimal("750.50")


# --- intake -------------------------------------------------------------------------------------


def intake(**overrides):
    values = dict(
        received_at=NOW - timedelta(minutes=3),
        channel="walk_in",
        guest_name="  Ян   Ковальски ",
        room=" 1208 ",
        contact="+7 912 555-12-34",
        category="noise",
        severity="medium",
        text="  空调不制冷, 隔壁太吵  ",
        promised_at=NOW + timedelta(hours=2),
        now=NOW,
    )
    values.update(overrides)
    return validate_intake(**values)


def test_intake_cleans_and_types_the_fields():
    draft = intake()
    assert draft.channel is Channel.WALK_IN
    assert draft.category is ComplaintCategory.NOISE
    assert draft.severity is Severity.MEDIUM
    assert draft.guest_name == "Ян Ковальски"
    assert draft.room == "1208"
    assert draft.text == "空调不制冷, 隔壁太吵"
    assert draft.promised_at == NOW + timedelta(hours=2)


def test_room_and_contact_are_optional():
    draft = intake(room=None, contact="")
    assert (draft.room, draft.contact) == ("", "")


def test_missing_promise_is_refused():
    with pytest.raises(ValidationError) as refused:
        intake(promised_at=None)
    assert refused.value.field == "promised_at"
    assert "mandatory" in refused.value.message


@pytest.mark.parametrize("delta", [timedelta(0), timedelta(minutes=-1), timedelta(days=-1)])
def test_promise_not_after_the_time_received_is_refused(delta):
    received = NOW - timedelta(minutes=3)
    with pytest.raises(ValidationError) as refused:
        intake(received_at=received, promised_at=received + delta)
    assert refused.value.field == "promised_at"


def test_a_promise_already_past_is_accepted_when_after_receipt():
    # Recording a complaint taken on paper an hour ago, promised for half an hour ago: it is
    # overdue from the start, which is the truth.
    draft = intake(received_at=NOW - timedelta(hours=1), promised_at=NOW - timedelta(minutes=30))
    assert is_overdue(S.RECEIVED, draft.promised_at, NOW)


def test_future_received_time_is_refused_beyond_the_grace():
    intake(received_at=NOW + FUTURE_GRACE, promised_at=NOW + timedelta(hours=1))
    with pytest.raises(ValidationError) as refused:
        intake(
            received_at=NOW + FUTURE_GRACE + timedelta(seconds=1),
            promised_at=NOW + timedelta(hours=1),
        )
    assert refused.value.field == "received_at"


@pytest.mark.parametrize("text", ["", "   ", "\n\t", None])
def test_empty_text_is_refused(text):
    with pytest.raises(ValidationError) as refused:
        intake(text=text)
    assert refused.value.field == "text"


def test_too_long_text_is_refused():
    with pytest.raises(ValidationError) as refused:
        intake(text="漏" * 4001)
    assert refused.value.field == "text"


@pytest.mark.parametrize("guest", ["", "   ", None])
def test_empty_guest_is_refused(guest):
    with pytest.raises(ValidationError) as refused:
        intake(guest_name=guest)
    assert refused.value.field == "guest_name"


@pytest.mark.parametrize(
    ("field", "value"),
    [("channel", "pigeon"), ("category", "weather"), ("severity", "critical")],
)
def test_unknown_choices_are_refused(field, value):
    with pytest.raises(ValidationError) as refused:
        intake(**{field: value})
    assert refused.value.field == field
    assert value in refused.value.message


@pytest.mark.parametrize("field", ["guest_name", "room", "contact"])
def test_short_fields_have_a_limit(field):
    with pytest.raises(ValidationError) as refused:
        intake(**{field: "x" * 121})
    assert refused.value.field == field


def test_naive_times_are_a_programming_error():
    with pytest.raises(ValueError):
        intake(received_at=datetime(2026, 11, 23, 13, 0))
    with pytest.raises(ValueError):
        intake(promised_at=datetime(2026, 11, 23, 16, 0))


@given(
    received_min=st.integers(min_value=-3 * 24 * 60, max_value=10),
    promise_min=st.integers(min_value=-24 * 60, max_value=3 * 24 * 60),
)
def test_intake_times_property(received_min, promise_min):
    received = NOW + timedelta(minutes=received_min)
    promised = received + timedelta(minutes=promise_min)
    ok = received <= NOW + FUTURE_GRACE and promised > received
    if ok:
        draft = intake(received_at=received, promised_at=promised)
        assert draft.promised_at > draft.received_at
    else:
        with pytest.raises(ValidationError):
            intake(received_at=received, promised_at=promised)


# --- follow-up call and notes -------------------------------------------------------------------


@pytest.mark.parametrize("score", [1, 3, 5])
def test_satisfaction_when_reached(score):
    assert validate_satisfaction(score, True) == score


@pytest.mark.parametrize("score", [None, 0, 6, -1])
def test_satisfaction_out_of_range_is_refused(score):
    with pytest.raises(ValidationError) as refused:
        validate_satisfaction(score, True)
    assert refused.value.field == "satisfaction"


@pytest.mark.parametrize("score", [None, 4, 9])
def test_no_satisfaction_when_not_reached(score):
    assert validate_satisfaction(score, False) is None


def test_require_text():
    assert require_text("  回访完毕 ", "note", "x") == "回访完毕"
    with pytest.raises(ValidationError) as refused:
        require_text("  ", "note", "Write a note.")
    assert (refused.value.field, refused.value.message) == ("note", "Write a note.")
