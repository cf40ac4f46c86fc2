"""Lost and found: the found-item book, guests' reports of lost items, returns and disposals.

Found property is where a desk is most often blamed, so the rules are strict and live here, once:
an item is numbered per year without gaps (LF-2026-00042), it is returned only against a
signature and an identity check that keeps no more than the document's last four characters, and
it leaves the book by disposal only when its retention has run out and a second, senior person
approved what the first proposed.

Matching a guest's report against the found items lives in :mod:`lostfound_matching`; its names
are re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from desk_app.domain import text as text_rule
from desk_app.domain.errors import ValidationError
from desk_app.domain.local_name import LANGUAGES, LocalName
from desk_app.domain.lostfound_matching import (
    MATCH_AFTER,
    MATCH_BEFORE,
    MATCH_LIMIT,
    MIN_SCORE,
    MIN_TEXT_ALONE,
    MatchReason,
    MatchSide,
    candidate_window_for_item,
    candidate_window_for_report,
    grams,
    match_reason,
    rank,
    similarity,
    time_fit,
)

# Matching lives in lostfound_matching; its names are re-exported so callers import them here.
__all__ = [
    "MATCH_AFTER",
    "MATCH_BEFORE",
    "MATCH_LIMIT",
    "MIN_SCORE",
    "MIN_TEXT_ALONE",
    "MatchReason",
    "MatchSide",
    "candidate_window_for_item",
    "candidate_window_for_report",
    "grams",
    "match_reason",
    "rank",
    "similarity",
    "time_fit",
]

FUTURE_GRACE = timedelta(minutes=1)
DESCRIPTION_MAX_LENGTH = 2000
SHORT_MAX_LENGTH = 120
DEFAULT_RETENTION_DAYS = 90
DEFAULT_VALUABLES_DAYS = 180
MAX_RETENTION_DAYS = 3 * 366
MAX_PHOTO_BYTES = 5 * 1024 * 1024
MAX_PHOTOS_PER_ITEM = 12
NUMBER_PREFIX = "LF"
NUMBER_PATTERN = re.compile(r"^\s*LF-(\d{4})-(\d{5,})\s*$", re.IGNORECASE)


class ItemState(StrEnum):
    STORED = "stored"
    DISPOSAL_PROPOSED = "disposal_proposed"
    RETURNED = "returned"
    DISPOSED = "disposed"


class ReportState(StrEnum):
    OPEN = "open"
    LINKED = "linked"  # a found item may be it; the guest is to be called
    CLOSED = "closed"  # returned, or the guest no longer looks for it


class FinderKind(StrEnum):
    STAFF = "staff"
    GUEST = "guest"


class DisposalMethod(StrEnum):
    RETURNED_TO_OWNER = "returned_to_owner"
    DONATED = "donated"
    DESTROYED = "destroyed"
    HANDED_TO_POLICE = "handed_to_police"


class Decision(StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"  # the owner came for it while the proposal waited


class IdDocument(StrEnum):
    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    DRIVING_LICENCE = "driving_licence"
    RESIDENCE_PERMIT = "residence_permit"
    STAFF_CARD = "staff_card"
    OTHER = "other"


# The categories every desk starts with; a manager may rename them, set their retention, retire
# them, and add others.
BUILTIN_CATEGORIES: tuple[str, ...] = (
    "documents",
    "electronics",
    "valuables",  # money and valuables
    "clothing",
    "keys",
    "other",
)
_BUILTIN_DAYS = {"valuables": DEFAULT_VALUABLES_DAYS, "documents": DEFAULT_VALUABLES_DAYS}
CUSTOM_PREFIX = "c-"


@dataclass(frozen=True)
class ItemCategory:
    code: str
    name: str = ""  # the name given; empty: a built-in shown under its translated name
    retention_days: int = DEFAULT_RETENTION_DAYS
    active: bool = True
    # The name per language, falling back to ``name`` (its ``given`` is always ``name``).
    names: LocalName = field(default_factory=LocalName)

    def __post_init__(self) -> None:
        if self.names.given != self.name:
            object.__setattr__(self, "names", replace(LocalName.of(self.names), given=self.name))

    @property
    def builtin(self) -> bool:
        return self.code in BUILTIN_CATEGORIES

    def name_in(self, language: str | None) -> str:
        """The manager's name for a reader of ``language`` ("" for a built-in left unnamed in
        that language: the reader's translation of it is shown)."""
        return self.names.in_language(language)


@dataclass(frozen=True)
class RetentionPolicy:
    """How long found items are kept before they may be disposed of."""

    categories: tuple[ItemCategory, ...]
    valuables_days: int = DEFAULT_VALUABLES_DAYS

    def category(self, code: str) -> ItemCategory | None:
        for c in self.categories:
            if c.code == code:
                return c
        return None

    def days_for(self, category: str, valuables: bool) -> int:
        """A valuable item is kept at least as long as valuables are, whatever its category."""
        cat = self.category(category)
        days = cat.retention_days if cat else DEFAULT_RETENTION_DAYS
        return max(days, self.valuables_days) if valuables else days

    def dispose_after(self, found_at: datetime, category: str, valuables: bool) -> datetime:
        return found_at + timedelta(days=self.days_for(category, valuables))

    def is_due(self, found_at: datetime, category: str, valuables: bool, now: datetime) -> bool:
        return now >= self.dispose_after(found_at, category, valuables)

    def as_json(self) -> dict:
        return {
            "categories": [_category_json(c) for c in self.categories],
            "valuables_days": self.valuables_days,
        }


def _category_json(c: ItemCategory) -> dict:
    out: dict = {"code": c.code, "name": c.name, "days": c.retention_days, "active": c.active}
    if c.names.by_language():  # settings without names per language are stored as before
        out["names"] = c.names.by_language()
    return out


def default_policy() -> RetentionPolicy:
    return RetentionPolicy(
        tuple(
            ItemCategory(code, "", _BUILTIN_DAYS.get(code, DEFAULT_RETENTION_DAYS))
            for code in BUILTIN_CATEGORIES
        )
    )


def policy_from_json(data: Mapping | None) -> RetentionPolicy:
    """The stored policy, with any built-in category a stored list lacks added back."""
    if not data:
        return default_policy()
    cats = [
        ItemCategory(
            code=str(c["code"]),
            name=str(c.get("name", "")),
            retention_days=int(c.get("days", DEFAULT_RETENTION_DAYS)),
            active=bool(c.get("active", True)),
            names=LocalName.with_names(str(c.get("name", "")), c.get("names")),
        )
        for c in data.get("categories", [])
    ]
    known = {c.code for c in cats}
    for default in default_policy().categories:
        if default.code not in known:
            cats.append(default)
    return RetentionPolicy(tuple(cats), int(data.get("valuables_days", DEFAULT_VALUABLES_DAYS)))


def validate_retention_days(days: int, field: str = "retention_days") -> int:
    if not 1 <= days <= MAX_RETENTION_DAYS:
        raise ValidationError(
            "Retention must be between 1 and {limit} days.", field=field, limit=MAX_RETENTION_DAYS
        )
    return days


def validate_policy(policy: RetentionPolicy) -> RetentionPolicy:
    """A manager's edit of the category list: names unique, days sane, built-ins never dropped."""
    validate_retention_days(policy.valuables_days, "valuables_days")
    seen_codes: set[str] = set()
    seen_names: set[str] = set()
    seen_local: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
    cleaned = []
    for c in policy.categories:
        names = c.names.cleaned(lambda t: text_rule.line(t, "category_name"))
        name = names.given
        if not c.builtin and not c.code.startswith(CUSTOM_PREFIX):
            raise ValidationError(
                "Unknown category: {category}.", field="category", category=c.code
            )
        if not c.builtin and not name:
            raise ValidationError("Give the new category a name.", field="category_name")
        if any(len(text) > 60 for text in names.texts()):
            raise ValidationError(
                "A category name is longer than {limit} characters.",
                field="category_name",
                limit=60,
            )
        for lang, text in names.by_language().items():  # as one reader sees them
            if text.casefold() in seen_local[lang]:
                raise ValidationError(
                    "Two categories are both called {name}.", field="category_name", name=text
                )
            seen_local[lang].add(text.casefold())
        if c.code in seen_codes:
            raise ValidationError(
                "Unknown category: {category}.", field="category", category=c.code
            )
        key = name.casefold()
        if key and key in seen_names:
            raise ValidationError(
                "Two categories are both called {name}.", field="category_name", name=name
            )
        validate_retention_days(c.retention_days)
        seen_codes.add(c.code)
        if key:
            seen_names.add(key)
        cleaned.append(ItemCategory(c.code, name, c.retention_days, c.active, names))
    if not any(c.active for c in cleaned):
        raise ValidationError("Keep at least one category in use.", field="category")
    for code in BUILTIN_CATEGORIES:
        if code not in seen_codes:
            raise ValidationError(
                "A built-in category cannot be removed; retire it instead.", field="category"
            )
    return RetentionPolicy(tuple(cleaned), policy.valuables_days)


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------


def item_number(year: int, seq: int) -> str:
    return f"{NUMBER_PREFIX}-{year:04d}-{seq:05d}"


def parse_item_number(text: str) -> tuple[int, int] | None:
    """A typed or scanned tag (``LF-2026-00042``, any case, stray spaces) as (year, seq)."""
    m = NUMBER_PATTERN.match(text or "")
    if not m:
        return None
    return int(m.group(1)), int(m.group(2))


def next_seq(last_seq: int | None) -> int:
    """The year's next number: one after the highest written, so a rolled-back registration
    leaves no gap and two stations (serialised by the journal lock) never share one."""
    return (last_seq or 0) + 1


# --------------------------------------------------------------------------------------------
# Input
# --------------------------------------------------------------------------------------------


def _short(value: str | None, field: str, missing: str = "", *, required: bool = False) -> str:
    value = text_rule.line(value, field)
    if required and not value:
        raise ValidationError(missing, field=field)
    if len(value) > SHORT_MAX_LENGTH:
        raise ValidationError(
            "This field is longer than {limit} characters.", field=field, limit=SHORT_MAX_LENGTH
        )
    return value


def _description(value: str | None, missing: str) -> str:
    text = text_rule.lines(value, "description")
    if not text:
        raise ValidationError(missing, field="description")
    if len(text) > DESCRIPTION_MAX_LENGTH:
        raise ValidationError(
            "The description is longer than {limit} characters.",
            field="description",
            limit=DESCRIPTION_MAX_LENGTH,
        )
    return text


def _category(policy: RetentionPolicy, code: str, current: str | None = None) -> str:
    cat = policy.category(code)
    if cat is None or (not cat.active and code != current):
        raise ValidationError("Unknown category: {category}.", field="category", category=code)
    return code


def _aware(*times: datetime | None) -> None:
    for t in times:
        if t is not None and t.tzinfo is None:
            raise ValueError("lost-and-found times must be timezone-aware")


@dataclass(frozen=True)
class ItemDraft:
    found_at: datetime
    found_place: str
    finder_kind: FinderKind
    finder_id: str | None  # a member of staff
    finder_name: str  # a guest (or the staff member's name, filled by the service)
    description: str
    category: str
    valuables: bool
    storage_place: str


def validate_item(
    *,
    found_at: datetime | None,
    found_place: str | None,
    finder_kind: str,
    finder_id: str | None,
    finder_name: str | None,
    description: str | None,
    category: str,
    valuables: bool,
    storage_place: str | None,
    policy: RetentionPolicy,
    now: datetime,
) -> ItemDraft:
    if found_at is None:
        raise ValidationError("Enter when the item was found.", field="found_at")
    _aware(found_at)
    if found_at > now + FUTURE_GRACE:
        raise ValidationError("The time found is in the future.", field="found_at")
    try:
        kind = FinderKind(finder_kind)
    except ValueError:
        raise ValidationError("Say who found the item.", field="finder") from None
    name = _short(finder_name, "finder")
    if kind is FinderKind.STAFF and not finder_id:
        raise ValidationError("Choose the member of staff who found it.", field="finder")
    if kind is FinderKind.GUEST:
        finder_id = None
        if not name:
            raise ValidationError("Enter the name of the guest who found it.", field="finder")
    return ItemDraft(
        found_at=found_at,
        found_place=_short(found_place, "found_place", "Enter where it was found.", required=True),
        finder_kind=kind,
        finder_id=finder_id,
        finder_name=name,
        description=_description(description, "Describe the item."),
        category=_category(policy, category),
        valuables=bool(valuables),
        storage_place=_short(
            storage_place, "storage_place", "Enter where the item is stored.", required=True
        ),
    )


@dataclass(frozen=True)
class ReportDraft:
    guest_name: str
    contact: str
    room: str
    lost_from: datetime
    lost_until: datetime
    lost_place: str
    description: str
    category: str


def validate_report(
    *,
    guest_name: str | None,
    contact: str | None,
    room: str | None,
    lost_from: datetime | None,
    lost_until: datetime | None,
    lost_place: str | None,
    description: str | None,
    category: str,
    policy: RetentionPolicy,
    now: datetime,
) -> ReportDraft:
    if lost_from is None or lost_until is None:
        raise ValidationError("Enter when the item was lost.", field="lost_from")
    _aware(lost_from, lost_until)
    if lost_from > now + FUTURE_GRACE:
        raise ValidationError("The time lost is in the future.", field="lost_from")
    if lost_until < lost_from:
        raise ValidationError(
            "The end of the time it was lost is before its start.", field="lost_until"
        )
    guest = _short(guest_name, "guest_name", "Enter the guest's name.", required=True)
    contact_ = _short(contact, "contact")
    room_ = _short(room, "room")
    if not contact_ and not room_:
        raise ValidationError(
            "Enter a phone, e-mail or room so the guest can be told.", field="contact"
        )
    return ReportDraft(
        guest_name=guest,
        contact=contact_,
        room=room_,
        lost_from=lost_from,
        lost_until=min(lost_until, now + FUTURE_GRACE),
        lost_place=_short(lost_place, "lost_place"),
        description=_description(description, "Describe the lost item."),
        category=_category(policy, category),
    )


_ID_TAIL = re.compile(r"^[0-9A-Za-z]{4}$")


@dataclass(frozen=True)
class ReturnDraft:
    claimant_name: str
    claimant_contact: str
    id_document: IdDocument
    id_last_four: str


def validate_return(
    *,
    claimant_name: str | None,
    claimant_contact: str | None,
    id_document: str | None,
    id_last_four: str | None,
    identity_checked: bool,
) -> ReturnDraft:
    """The identity check keeps the document's type and its last four characters, never more:
    the desk must be able to show who took the item without keeping a copy of their papers."""
    name = _short(claimant_name, "claimant_name", "Enter the claimant's name.", required=True)
    try:
        doc = IdDocument(id_document or "")
    except ValueError:
        raise ValidationError(
            "Choose the identity document you checked.", field="id_document"
        ) from None
    tail = text_rule.line(id_last_four, "id_last_four").replace(" ", "")
    if not _ID_TAIL.match(tail):
        raise ValidationError(
            "Enter the last four characters of the document number, no more.",
            field="id_last_four",
        )
    if not identity_checked:
        raise ValidationError(
            "Check the claimant's identity document before returning the item.",
            field="identity_checked",
        )
    return ReturnDraft(name, _short(claimant_contact, "claimant_contact"), doc, tail.upper())


def validate_disposal_method(method: str | None) -> DisposalMethod:
    try:
        return DisposalMethod(method or "")
    except ValueError:
        raise ValidationError("Choose how the item is to be disposed of.", field="method") from None


# --------------------------------------------------------------------------------------------
# Photos
# --------------------------------------------------------------------------------------------

_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


def image_type(data: bytes) -> str | None:
    for magic, mime in _IMAGE_MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def validate_photo(data: bytes, existing_count: int = 0) -> str:
    """The photo's type. A photo is evidence of the item's state: it must be a real image, and
    not so large that three years of them swamp the database and its backups."""
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError(
            "The photo is larger than {limit} MB: take a smaller one.",
            field="photo",
            limit=MAX_PHOTO_BYTES // (1024 * 1024),
        )
    mime = image_type(data)
    if mime is None or len(data) < 32:
        raise ValidationError(
            "This file is not a picture (JPEG, PNG, GIF, BMP or WebP).", field="photo"
        )
    if existing_count >= MAX_PHOTOS_PER_ITEM:
        raise ValidationError(
            "An item can have at most {limit} photos.", field="photo", limit=MAX_PHOTOS_PER_ITEM
        )
    return mime


# --------------------------------------------------------------------------------------------
# States
# --------------------------------------------------------------------------------------------


def check_can_return(state: ItemState) -> None:
    if state not in (ItemState.STORED, ItemState.DISPOSAL_PROPOSED):
        raise ValidationError(
            "This item is no longer held (now: {state}).", field="state", state=state.value
        )


def check_can_propose(state: ItemState, due: bool) -> None:
    if state is ItemState.DISPOSAL_PROPOSED:
        raise ValidationError(
            "A disposal of this item is already waiting for approval.", field="state"
        )
    if state is not ItemState.STORED:
        raise ValidationError(
            "This item is no longer held (now: {state}).", field="state", state=state.value
        )
    if not due:
        raise ValidationError("This item's retention period has not ended yet.", field="method")


def check_can_decide(state: ItemState, proposer_id: str, decider_id: str) -> None:
    if state is not ItemState.DISPOSAL_PROPOSED:
        raise ValidationError("No disposal of this item is waiting for approval.", field="state")
    if proposer_id == decider_id:
        raise ValidationError(
            "You proposed this disposal: another supervisor must approve it.", field="decision"
        )


# --------------------------------------------------------------------------------------------
# The duty log
# --------------------------------------------------------------------------------------------

# Every movement is also a duty-log entry, worded by ``domain.book_lines`` ("lostfound.<kind>").


def sort_categories(cats: Sequence[ItemCategory]) -> list[ItemCategory]:
    """The built-ins in their usual order, a desk's own after them, "other" last."""

    def key(c: ItemCategory) -> tuple[int, int, str]:
        if c.code == "other":
            return (2, 0, "")
        if c.builtin:
            return (0, BUILTIN_CATEGORIES.index(c.code), "")
        return (1, 0, c.name.casefold())

    return sorted(cats, key=key)
