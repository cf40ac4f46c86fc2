"""Key register rules: codes and hooks, the register's input, issuing (staff and outside, identity,
purpose, times, restricted keys), the state checks, overdue keys, counting the board, the policy."""

from __future__ import annotations

import string
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain import keys as rules
from desk_app.domain.errors import ValidationError
from desk_app.domain.keys import (
    HolderKind,
    IdDocument,
    KeyPolicy,
    KeyState,
    KeyType,
)
from desk_app.domain.roles import Role

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
POLICY = KeyPolicy()


def field_of(excinfo: pytest.ExceptionInfo[ValidationError]) -> str | None:
    return excinfo.value.field


# --- codes and hooks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("mk-1", "MK-1"),
        ("  f 12 ", "F12"),
        ("r-3\t", "R-3"),
        ("", ""),
        (None, ""),
        ("A.b/c_d", "A.B/C_D"),
    ],
)
def test_normalize_code(raw, clean):
    assert rules.normalize_code(raw) == clean


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00")))
def test_normalize_code_is_idempotent_and_has_no_spaces(raw):
    once = rules.normalize_code(raw)
    assert rules.normalize_code(once) == once
    assert not any(ch.isspace() for ch in once)


@given(st.text(alphabet=string.ascii_letters + string.digits + "-./_ \t", max_size=40))
def test_codes_that_differ_in_case_and_spaces_are_one_key(raw):
    assert rules.normalize_code(raw.lower()) == rules.normalize_code(raw.upper())
    assert rules.normalize_code(raw) == rules.normalize_code(" ".join(raw.split()))


@pytest.mark.parametrize(
    "row, col, name",
    [(1, 1, "A1"), (2, 12, "B12"), (26, 9, "Z9"), (27, 1, "AA1"), (28, 3, "AB3"), (52, 1, "AZ1")],
)
def test_hook_name(row, col, name):
    assert rules.hook_name(row, col) == name


def _row_of(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n


@given(st.integers(1, rules.MAX_HOOK * 20), st.integers(1, rules.MAX_HOOK))
def test_hook_name_is_letters_then_the_column_and_reads_back(row, col):
    name = rules.hook_name(row, col)
    letters = name.rstrip(string.digits)
    assert letters and set(letters) <= set(string.ascii_uppercase)
    assert name[len(letters) :] == str(col)
    assert _row_of(letters) == row


@given(st.integers(1, 200), st.integers(1, 200))
def test_hooks_have_distinct_names(a, b):
    if a != b:
        assert rules.hook_name(a, 1) != rules.hook_name(b, 1)


# --- the register -------------------------------------------------------------------------------


def key(**over):
    values = dict(
        code="f-12",
        label="  12楼楼层钥匙  ",
        key_type="floor",
        hook_row=2,
        hook_col=5,
        restricted=False,
    )
    values.update(over)
    return rules.validate_key(**values)


def test_validate_key_cleans_code_and_label():
    draft = key()
    assert draft.code == "F-12" and draft.label == "12楼楼层钥匙"
    assert draft.key_type is KeyType.FLOOR and (draft.hook_row, draft.hook_col) == (2, 5)
    assert not draft.restricted


def test_a_master_key_is_always_restricted():
    assert key(key_type="master", restricted=False).restricted
    assert key(key_type="floor", restricted=True).restricted  # any key may be made restricted


@pytest.mark.parametrize(
    "over, field",
    [
        ({"code": ""}, "code"),
        ({"code": "-F12"}, "code"),
        ({"code": "A" * 31}, "code"),
        ({"code": "мастер"}, "code"),
        ({"label": "   "}, "label"),
        ({"label": "x" * (rules.LABEL_MAX_LENGTH + 1)}, "label"),
        ({"key_type": "door"}, "key_type"),
        ({"hook_row": 0}, "hook_row"),
        ({"hook_row": rules.MAX_HOOK + 1}, "hook_row"),
        ({"hook_col": 0}, "hook_col"),
        ({"hook_col": rules.MAX_HOOK + 1}, "hook_col"),
    ],
)
def test_validate_key_refuses(over, field):
    with pytest.raises(ValidationError) as excinfo:
        key(**over)
    assert field_of(excinfo) == field


def test_validate_key_accepts_the_longest_code_and_label():
    draft = key(code="A" * 30, label="я" * rules.LABEL_MAX_LENGTH)
    assert len(draft.code) == 30 and len(draft.label) == rules.LABEL_MAX_LENGTH


# --- issuing ------------------------------------------------------------------------------------


def issue(**over):
    values = dict(
        holder_kind="staff",
        holder_id="p-1",
        holder_name="Zhang Wei / 张伟",
        company="",
        id_document=None,
        id_last_four=None,
        purpose="  查房   1208 ",
        expected_back=NOW + timedelta(hours=1),
        restricted=False,
        policy=POLICY,
        now=NOW,
    )
    values.update(over)
    return rules.validate_issue(**values)


def outside(**over):
    values = dict(
        holder_kind="outside",
        holder_id="ignored",
        holder_name=" Иван  Петров ",
        company="ООО «ЛифтСервис»",
        id_document="company_id",
        id_last_four=" a1b2 ",
        purpose="Lift maintenance",
    )
    values.update(over)
    return issue(**values)


def test_issue_to_staff():
    draft = issue()
    assert draft.holder_kind is HolderKind.STAFF and draft.holder_id == "p-1"
    assert draft.purpose == "查房 1208"
    assert draft.id_document is None and draft.id_last_four == "" and draft.company == ""


def test_issue_to_staff_needs_the_person():
    with pytest.raises(ValidationError) as excinfo:
        issue(holder_id=None)
    assert field_of(excinfo) == "holder"


def test_issue_to_someone_from_outside_checks_identity():
    draft = outside()
    assert draft.holder_kind is HolderKind.OUTSIDE and draft.holder_id is None
    assert draft.holder_name == "Иван Петров" and draft.company == "ООО «ЛифтСервис»"
    assert draft.id_document is IdDocument.COMPANY_ID and draft.id_last_four == "A1B2"


@pytest.mark.parametrize(
    "over, field",
    [
        ({"holder_name": "  "}, "holder_name"),
        ({"id_document": None}, "id_document"),
        ({"id_document": "library_card"}, "id_document"),
        ({"id_last_four": None}, "id_last_four"),
        ({"id_last_four": "123"}, "id_last_four"),
        ({"id_last_four": "12345"}, "id_last_four"),
        ({"id_last_four": "12-4"}, "id_last_four"),
        ({"company": "x" * (rules.SHORT_MAX_LENGTH + 1)}, "company"),
    ],
)
def test_outside_refusals(over, field):
    with pytest.raises(ValidationError) as excinfo:
        outside(**over)
    assert field_of(excinfo) == field


@pytest.mark.parametrize(
    "over, field",
    [
        ({"holder_kind": "robot"}, "holder"),
        ({"purpose": "  "}, "purpose"),
        ({"purpose": None}, "purpose"),
        ({"purpose": "x" * (rules.SHORT_MAX_LENGTH + 1)}, "purpose"),
        ({"expected_back": None}, "expected_back"),
        ({"expected_back": NOW - timedelta(minutes=5)}, "expected_back"),
        ({"expected_back": NOW + timedelta(days=rules.MAX_LOAN_DAYS, minutes=1)}, "expected_back"),
    ],
)
def test_issue_refusals(over, field):
    with pytest.raises(ValidationError) as excinfo:
        issue(**over)
    assert field_of(excinfo) == field


def test_expected_back_has_a_minute_of_grace_and_a_longest_loan():
    assert issue(expected_back=NOW - timedelta(seconds=30)).expected_back < NOW
    longest = NOW + timedelta(days=rules.MAX_LOAN_DAYS)
    assert issue(expected_back=longest).expected_back == longest


def test_expected_back_must_know_its_zone():
    with pytest.raises(ValueError):
        issue(expected_back=datetime(2026, 3, 14, 12, 0))


def test_expected_back_in_another_zone_is_the_same_instant():
    moscow = timezone(timedelta(hours=3))
    back = (NOW + timedelta(hours=2)).astimezone(moscow)
    assert issue(expected_back=back).expected_back == NOW + timedelta(hours=2)


def test_a_restricted_key_comes_back_within_the_limit():
    limit = NOW + timedelta(hours=POLICY.restricted_hours)
    assert issue(restricted=True, expected_back=limit).expected_back == limit
    with pytest.raises(ValidationError) as excinfo:
        issue(restricted=True, expected_back=limit + timedelta(minutes=1))
    assert field_of(excinfo) == "expected_back"
    # An ordinary key may stay out longer; a longer limit lets a restricted one too.
    assert issue(expected_back=limit + timedelta(hours=1))
    longer = KeyPolicy(restricted_hours=12)
    assert issue(restricted=True, policy=longer, expected_back=limit + timedelta(hours=1))


# --- states -------------------------------------------------------------------------------------


def test_check_can_issue():
    rules.check_can_issue(KeyState.IN, True, None)
    with pytest.raises(ValidationError, match="retired"):
        rules.check_can_issue(KeyState.IN, False, None)
    with pytest.raises(ValidationError) as excinfo:
        rules.check_can_issue(KeyState.OUT, True, "Emily Carter")
    assert excinfo.value.params.get("holder") == "Emily Carter"
    with pytest.raises(ValidationError, match="off the board"):
        rules.check_can_issue(KeyState.OFF, True, None)


def test_check_can_return():
    rules.check_can_return(KeyState.OUT)
    for state in (KeyState.IN, KeyState.OFF):
        with pytest.raises(ValidationError):
            rules.check_can_return(state)


def test_check_can_report():
    rules.check_can_report(KeyState.IN, True)
    rules.check_can_report(KeyState.OUT, True)  # lost while out: the usual case
    with pytest.raises(ValidationError, match="retired"):
        rules.check_can_report(KeyState.IN, False)
    with pytest.raises(ValidationError, match="already"):
        rules.check_can_report(KeyState.OFF, True)


def test_check_can_restore():
    rules.check_can_restore(KeyState.OFF)
    for state in (KeyState.IN, KeyState.OUT):
        with pytest.raises(ValidationError):
            rules.check_can_restore(state)


def test_is_overdue():
    past, future = NOW - timedelta(minutes=1), NOW + timedelta(minutes=1)
    assert rules.is_overdue(KeyState.OUT, past, NOW)
    assert not rules.is_overdue(KeyState.OUT, future, NOW)
    assert not rules.is_overdue(KeyState.OUT, NOW, NOW)  # due this instant: not yet
    assert not rules.is_overdue(KeyState.OUT, None, NOW)
    assert not rules.is_overdue(KeyState.IN, past, NOW)
    assert not rules.is_overdue(KeyState.OFF, past, NOW)


def test_clean_reason():
    assert rules.clean_reason("  dropped in the lift shaft \n") == "dropped in the lift shaft"
    for bad in ("", "   ", None, "x" * 2001):
        with pytest.raises(ValidationError):
            rules.clean_reason(bad)


# --- counting the board -------------------------------------------------------------------------


def test_count_matches():
    result = rules.count_board(["MK-1", "F12"], ["f12", " mk-1 "], ["MK-1", "F12", "R-3"])
    assert result.matches
    assert result.missing == frozenset() and result.unexpected == frozenset()
    assert result.unknown == frozenset()


def test_count_missing_unexpected_unknown():
    # Expected on the board: MK-1, F12. R-3 is out. Counted: F12, R-3 and a code nobody knows.
    result = rules.count_board(["MK-1", "F12"], ["F12", "r-3", "Z-9", ""], ["MK-1", "F12", "R-3"])
    assert result.missing == {"MK-1"}
    assert result.unexpected == {"R-3"}  # a return nobody recorded
    assert result.unknown == {"Z-9"}  # not counted as unexpected too
    assert result.present == {"F12", "R-3", "Z-9"}  # blanks are not codes
    assert not result.matches


@given(
    st.sets(st.sampled_from([f"K{i}" for i in range(12)])),
    st.sets(st.sampled_from([f"K{i}" for i in range(12)] + ["X1", "X2"])),
)
def test_count_partitions_what_was_seen(expected, present):
    known = [f"K{i}" for i in range(12)]
    result = rules.count_board(expected, present, known)
    assert result.missing | (result.present & result.expected) == result.expected
    assert result.present == (result.present & result.expected) | result.unexpected | result.unknown
    assert result.unknown == {c for c in present if c.startswith("X")}
    assert result.matches == (set(expected) == set(present))


# --- the policy ---------------------------------------------------------------------------------


def test_default_policy():
    assert POLICY.may_issue_restricted(Role.SUPERVISOR)
    assert POLICY.may_issue_restricted(Role.MANAGER)
    assert not POLICY.may_issue_restricted(Role.CLERK)
    assert POLICY.restricted_hours == rules.DEFAULT_RESTRICTED_HOURS
    assert rules.policy_from_json(None) == POLICY
    assert rules.policy_from_json({}) == POLICY


@given(
    st.sets(st.sampled_from(list(Role)), min_size=1),
    st.integers(1, rules.MAX_RESTRICTED_HOURS),
)
def test_policy_json_round_trip(roles, hours):
    policy = KeyPolicy(frozenset(roles), hours)
    data = policy.as_json()
    assert data["restricted_roles"] == sorted(data["restricted_roles"])
    assert rules.policy_from_json(data) == policy


def test_policy_from_json_with_no_roles_falls_back_to_the_default():
    policy = rules.policy_from_json({"restricted_roles": [], "restricted_hours": 4})
    assert policy.restricted_roles == rules.DEFAULT_RESTRICTED_ROLES
    assert policy.restricted_hours == 4


def test_validate_policy():
    clerks_too = KeyPolicy(frozenset(Role), 12)
    assert rules.validate_policy(clerks_too) is clerks_too
    assert rules.validate_policy(KeyPolicy(frozenset({Role.MANAGER}), 1))
    assert rules.validate_policy(KeyPolicy(restricted_hours=rules.MAX_RESTRICTED_HOURS))


@pytest.mark.parametrize(
    "policy, field",
    [
        (KeyPolicy(frozenset({Role.SUPERVISOR}), 8), "restricted_roles"),
        (KeyPolicy(frozenset({Role.CLERK, Role.SUPERVISOR}), 8), "restricted_roles"),
        (KeyPolicy(restricted_hours=0), "restricted_hours"),
        (KeyPolicy(restricted_hours=rules.MAX_RESTRICTED_HOURS + 1), "restricted_hours"),
    ],
)
def test_validate_policy_refuses(policy, field):
    with pytest.raises(ValidationError) as excinfo:
        rules.validate_policy(policy)
    assert field_of(excinfo) == field
