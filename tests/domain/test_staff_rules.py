"""Rules of the staff directory: names, departments (a code, or "other" with its words), phone
numbers, badges in one case, and the search that filters the directory in memory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk_app.domain import staff as rules
from desk_app.domain.errors import BadCharacter, ValidationError
from desk_app.domain.keys import HolderKind, KeyPolicy, validate_issue
from desk_app.domain.staff import Department


def test_a_member_as_typed_is_cleaned():
    draft = rules.validate_member(
        name="  Иван   Петров ",
        department="security",
        department_other="ignored",
        phone=" +7 (495) 123-45-67 доб. 12 ",
        badge=" sec-07 ",
    )
    assert draft.name == "Иван Петров"
    assert draft.department is Department.SECURITY
    assert draft.department_other is None  # only "other" keeps its words
    assert draft.phone == "+7 (495) 123-45-67 доб. 12"
    assert draft.badge == "SEC-07"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "x" * 81}, "name"),
        ({"department": ""}, "department"),
        ({"department": "kitchen"}, "department"),
        ({"department": "other", "department_other": ""}, "department_other"),
        ({"department": "other", "department_other": "y" * 61}, "department_other"),
        ({"phone": "ask Li"}, "phone"),
        ({"phone": "1" * 41}, "phone"),
        ({"badge": "工号7"}, "badge"),
        ({"badge": "A" * 31}, "badge"),
        ({"badge": "#12"}, "badge"),
    ],
)
def test_each_rule_names_its_field(values, field):
    base = {"name": "李娜", "department": "housekeeping", "phone": "", "badge": ""}
    with pytest.raises(ValidationError) as caught:
        rules.validate_member(**{**base, **values})
    assert caught.value.field == field


def test_a_nul_is_refused_not_dropped():
    with pytest.raises(BadCharacter) as caught:
        rules.validate_member(name="Li\x00Na", department="housekeeping")
    assert caught.value.field == "name"


def test_optional_fields_may_be_empty():
    draft = rules.validate_member(name="John Smith", department="engineering")
    assert draft.phone == "" and draft.badge is None


@pytest.mark.parametrize("phone", ["8012", "+86 138 0000 1234", "(021) 555-0101 ext. 4", "x"])
def test_phones(phone):
    if phone == "x":
        with pytest.raises(ValidationError):
            rules.validate_phone(phone)
    else:
        assert rules.validate_phone(phone) == phone


def test_other_department_keeps_its_words():
    draft = rules.validate_member(
        name="王伟", department="other", department_other="  园艺  Gardening "
    )
    assert draft.department is Department.OTHER
    assert draft.department_other == "园艺 Gardening"


def test_search_folds_case_in_every_script():
    assert rules.matches("иван", "Иван Петров", "SEC-07")
    assert rules.matches("ПЕТРОВ sec", "Иван Петров", "SEC-07")
    assert rules.matches("李", "李娜")
    assert not rules.matches("smith", "Иван Петров")
    assert rules.matches("   ", "anything")


NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def _issue(**over):
    values = dict(
        holder_kind="directory",
        holder_id=None,
        holder_name="李娜",
        company="ACME",
        id_document="passport",
        id_last_four="1234",
        purpose="Cleaning",
        expected_back=NOW + timedelta(hours=2),
        restricted=False,
        policy=KeyPolicy(),
        now=NOW,
        staff_member_id="m-1",
    )
    values.update(over)
    return validate_issue(**values)


def test_a_key_issued_to_a_directory_member_needs_no_identity_document():
    draft = _issue()
    assert draft.holder_kind is HolderKind.DIRECTORY
    assert draft.staff_member_id == "m-1"
    assert draft.id_document is None and draft.id_last_four == "" and draft.company == ""


def test_a_directory_issue_needs_the_member():
    with pytest.raises(ValidationError) as caught:
        _issue(staff_member_id=None)
    assert caught.value.field == "holder"


def test_other_kinds_never_carry_a_member():
    assert _issue(holder_kind="staff", holder_id="p-1").staff_member_id is None
    assert _issue(holder_kind="outside", holder_name="Contractor").staff_member_id is None
