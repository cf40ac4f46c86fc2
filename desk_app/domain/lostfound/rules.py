"""Lost and found: the found-item book, guests' reports of lost items, returns and disposals.

Found property is where a desk is most often blamed, so the rules are strict and live here, once:
an item is numbered per year without gaps (LF-2026-00042), it is returned only against a
signature and an identity check that keeps no more than the document's last four characters, and
it leaves the book by disposal only when its retention has run out and a second, senior person
approved what the first proposed.

The categories and how long each is kept are :mod:`desk_app.domain.lostfound.categories`;
matching a guest's report against the found items is :mod:`desk_app.domain.lostfound.matching`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from enum import StrEnum

from desk_app.domain import text as text_rule
from desk_app.domain.errors import ValidationError
from desk_app.domain.lostfound.categories import RetentionPolicy
from desk_app.domain.value import Value

FUTURE_GRACE = timedelta(minutes=1)
DESCRIPTION_MAX_LENGTH = 2000
SHORT_MAX_LENGTH = 120
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


class ItemDraft(Value):
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


class ReportDraft(Value):
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


class ReturnDraft(Value):
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
