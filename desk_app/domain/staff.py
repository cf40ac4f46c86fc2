"""The staff directory: people who work here but never sign in to the desk.

A housekeeper taking a floor key, an engineer taking a plant-room key, a guard on the night round
are members of staff, not "someone from outside", yet they have no account and never will. The
directory names them once (name, department, phone, badge) so that every form where a member of
staff is chosen (keys now; repairs and the roster later) offers them, and the records they appear
in say which department they work for.

Departments are codes with labels the window translates, so a Chinese and a Russian desk read
their own words for "Housekeeping"; a department the list lacks is "other" with a few words of its
own. Members are never deleted, only made inactive: the keys they took still name them.
"""

from __future__ import annotations

import re
from enum import StrEnum

from desk_app.domain import text as text_rule
from desk_app.domain.errors import ValidationError
from desk_app.domain.search import fold
from desk_app.domain.value import Value

NAME_MAX_LENGTH = 80
DEPARTMENT_OTHER_MAX_LENGTH = 60
PHONE_MAX_LENGTH = 40
BADGE_MAX_LENGTH = 30
# Digits, spaces and the usual separators, an optional leading "+" and an extension ("ext. 12",
# "доб. 12", "转12"): what a desk writes down; anything else is likely a name typed in the wrong
# field.
_PHONE = re.compile(r"^\+?[0-9()./ -]+(?:\s*(?:ext\.?|x|доб\.?|转)\s*[0-9]+)?$", re.IGNORECASE)
_BADGE = re.compile(r"^[0-9A-Z][0-9A-Z./-]*$")


class Department(StrEnum):
    HOUSEKEEPING = "housekeeping"
    ENGINEERING = "engineering"
    SECURITY = "security"
    FRONT_OFFICE = "front_office"
    FOOD_BEVERAGE = "food_beverage"
    LAUNDRY = "laundry"
    SPA = "spa"
    ADMINISTRATION = "administration"
    OTHER = "other"  # with words of its own in ``department_other``


class StaffDraft(Value):
    """A member as the rules accept them: clean, short enough, the badge in one case."""

    name: str
    department: Department
    department_other: str | None  # only with Department.OTHER
    phone: str
    badge: str | None  # None when the member has no badge


def validate_name(name: str | None) -> str:
    name = text_rule.line(name, "name")
    if not name:
        raise ValidationError("Enter the member of staff's name.", field="name")
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError(
            "The name is longer than {limit} characters.", field="name", limit=NAME_MAX_LENGTH
        )
    return name


def validate_department(code: str | None, other: str | None) -> tuple[Department, str | None]:
    """A department from the list, or "other" with its own words (which are then required)."""
    try:
        department = Department(code or "")
    except ValueError:
        raise ValidationError("Choose the department.", field="department") from None
    if department is not Department.OTHER:
        return department, None
    words = text_rule.line(other, "department_other")
    if not words:
        raise ValidationError(
            "Say which department: it is not in the list.", field="department_other"
        )
    if len(words) > DEPARTMENT_OTHER_MAX_LENGTH:
        raise ValidationError(
            "The department is longer than {limit} characters.",
            field="department_other",
            limit=DEPARTMENT_OTHER_MAX_LENGTH,
        )
    return department, words


def validate_phone(phone: str | None) -> str:
    """Optional: an extension or a mobile number, as the desk would dial it."""
    phone = text_rule.line(phone, "phone")
    if not phone:
        return ""
    if len(phone) > PHONE_MAX_LENGTH:
        raise ValidationError(
            "The phone number is longer than {limit} characters.",
            field="phone",
            limit=PHONE_MAX_LENGTH,
        )
    if not _PHONE.match(phone):
        raise ValidationError(
            "A phone number has digits, spaces, + - ( ) and an extension only.", field="phone"
        )
    return phone


def normalize_badge(badge: str | None) -> str | None:
    """Badges are read off a card and typed: case and spaces do not make another badge."""
    value = text_rule.line(badge, "badge").replace(" ", "").upper()
    return value or None


def validate_badge(badge: str | None) -> str | None:
    """Optional; unique when given (the service checks the others)."""
    value = normalize_badge(badge)
    if value is None:
        return None
    if len(value) > BADGE_MAX_LENGTH:
        raise ValidationError(
            "The badge number is longer than {limit} characters.",
            field="badge",
            limit=BADGE_MAX_LENGTH,
        )
    if not value.isascii() or not _BADGE.match(value):
        raise ValidationError(
            "A badge number has Latin letters, digits, '.', '/' and '-' only.", field="badge"
        )
    return value


def validate_member(
    *,
    name: str | None,
    department: str | None,
    department_other: str | None = None,
    phone: str | None = None,
    badge: str | None = None,
) -> StaffDraft:
    """Every field checked in the order the form shows them, so the first error is the top one."""
    clean_name = validate_name(name)
    dept, other = validate_department(department, department_other)
    return StaffDraft(
        name=clean_name,
        department=dept,
        department_other=other,
        phone=validate_phone(phone),
        badge=validate_badge(badge),
    )


def matches(query: str, *texts: str | None) -> bool:
    """The directory's search: every word of ``query`` in one of the texts, case folded (Python's
    own folding, the same on both engines: the directory is small enough to filter in memory)."""
    words = fold(text_rule.line(query, "search")).split()
    if not words:
        return True
    haystack = fold(" ".join(t for t in texts if t))
    return all(w in haystack for w in words)
