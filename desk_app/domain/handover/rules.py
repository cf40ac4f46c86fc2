"""The shift handover (交接班 / передача смены): shift windows, the sheet, signatures and the seal.

The outgoing clerk is not relieved until both have signed, and a signed sheet never changes: the
sheet is kept as a snapshot of plain values, and its seal is SHA-256 over that snapshot (in
canonical JSON) and the journal head at the moment of sealing, so ``verify`` can recompute it and
anyone holding the printed seal can tell the sheet is the one that was signed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from desk_app.domain import text as text_rule
from desk_app.domain.book_lines import BookLine
from desk_app.domain.chain import canonical
from desk_app.domain.duty_summary import DutySummary
from desk_app.domain.errors import ValidationError

# The counting rule is kept in handover_counts; read here too, where the sheet's rules are.
from desk_app.domain.handover.counts import MAX_COUNT, check_counts  # noqa: F401
from desk_app.domain.local_name import LANGUAGES, LocalName
from desk_app.domain.value import Value

DEFAULT_SHIFT_STARTS: tuple[time, ...] = (time(7, 0), time(15, 0), time(23, 0))
REMARKS_MAX_LENGTH = 4000
# The duty report is read and printed whole: a month is already thousands of rows on paper.
MAX_REPORT_DAYS = 31


class Meaning(StrEnum):
    """What a signature on the sheet says."""

    HANDED_OVER = "handed_over"  # the outgoing clerk
    ACCEPTED = "accepted"  # the incoming clerk


class HandoverState(StrEnum):
    DRAFT = "draft"
    HANDED_OVER = "handed_over"  # the outgoing clerk signed; waiting for the incoming one
    SEALED = "sealed"


# --------------------------------------------------------------------------------------------
# Shift windows
# --------------------------------------------------------------------------------------------


class ShiftWindow(Value):
    start: datetime  # aware
    end: datetime  # aware, after start; may be on the next day

    def contains(self, at: datetime) -> bool:
        return self.start <= at < self.end


def validate_shift_starts(starts: Sequence[time]) -> tuple[time, ...]:
    """A desk's shift pattern: one to six start times a day, all different."""
    clean = tuple(sorted({t.replace(second=0, microsecond=0) for t in starts}))
    if not 1 <= len(clean) <= 6 or len(clean) != len(starts):
        raise ValidationError("Give one to six different shift start times.", field="shift_starts")
    return clean


def parse_shift_starts(text: str) -> tuple[time, ...]:
    """Start times as a manager types them: "07:00, 15:00, 23:00" (commas or spaces; 7:00 and
    0700 too)."""
    starts: list[time] = []
    for token in text.replace(",", " ").replace(";", " ").split():
        digits = token.replace(":", "").replace(".", "")
        if not digits.isdigit() or len(digits) not in (3, 4):
            raise ValidationError(
                "Write shift start times as HH:MM, for example 07:00, 15:00, 23:00.",
                field="shift_starts",
            )
        hour, minute = int(digits[:-2]), int(digits[-2:])
        if hour > 23 or minute > 59:
            raise ValidationError(
                "{value} is not a time of day.", field="shift_starts", value=token
            )
        starts.append(time(hour, minute))
    return validate_shift_starts(starts)


MAX_POLICY_ITEMS = 20
MAX_POLICY_ITEM_LENGTH = 80


def clean_policy_items(items: Sequence[str], field_name: str) -> tuple[str, ...]:
    """The items counted, or the desk checklist: blank lines dropped, spaces tidied, at most
    twenty lines of at most 80 characters, none twice."""
    clean = tuple(c for c in (text_rule.line(i, field_name) for i in items) if c)
    if len(clean) > MAX_POLICY_ITEMS:
        raise ValidationError(
            "At most {limit} lines, please.", field=field_name, limit=MAX_POLICY_ITEMS
        )
    for item in clean:
        if len(item) > MAX_POLICY_ITEM_LENGTH:
            raise ValidationError(
                "A line may have at most {limit} characters: {item}",
                field=field_name,
                limit=MAX_POLICY_ITEM_LENGTH,
                item=item,
            )
    seen: set[str] = set()
    for item in clean:
        if item.casefold() in seen:
            raise ValidationError("{item} is listed twice.", field=field_name, item=item)
        seen.add(item.casefold())
    return clean


def clean_item_names(
    names: Mapping[str, LocalName], items: Sequence[str], field_name: str
) -> dict[str, LocalName]:
    """The names per language of ``items`` (the cleaned list; names of items no longer listed
    are dropped, and so are items named only as given): each a line of at most 80 characters,
    and no two items of the list shown to one reader under one name."""
    out: dict[str, LocalName] = {}
    seen: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
    for item in items:
        name = names.get(item)
        local = name.cleaned(lambda t: text_rule.line(t, field_name)) if name else LocalName(item)
        local = LocalName.with_names(item, local.by_language())
        for lang in LANGUAGES:
            shown = local.in_language(lang)
            if len(shown) > MAX_POLICY_ITEM_LENGTH:
                raise ValidationError(
                    "A line may have at most {limit} characters: {item}",
                    field=field_name,
                    limit=MAX_POLICY_ITEM_LENGTH,
                    item=shown,
                )
            if shown.casefold() in seen[lang]:
                raise ValidationError("{item} is listed twice.", field=field_name, item=shown)
            seen[lang].add(shown.casefold())
        if local.by_language():
            out[item] = local
    return out


def shift_window(at: datetime, starts: Sequence[time], tz: tzinfo) -> ShiftWindow:
    """The shift ``at`` falls in, in the desk's local time: from the last start at or before it to
    the next start, which for a night shift is on the next day (23:00 → 07:00)."""
    if at.tzinfo is None:
        raise ValueError("at must be timezone-aware")
    local = at.astimezone(tz)
    pattern = sorted(starts)
    candidates: list[datetime] = []
    for day_offset in (-1, 0, 1):
        day: date = local.date() + timedelta(days=day_offset)
        for t in pattern:
            candidates.append(_local_datetime(day, t, tz))
    # Compared as instants: two datetimes of one zone compare by wall clock in Python, which is
    # wrong in the hour a summer-time change repeats.
    now = at.astimezone(UTC)
    instants = sorted((c.astimezone(UTC), c) for c in candidates)
    start_utc, start = max((u, c) for u, c in instants if u <= now)
    _end_utc, end = min((u, c) for u, c in instants if u > start_utc)
    return ShiftWindow(start, end)


def _local_datetime(day: date, t: time, tz: tzinfo) -> datetime:
    naive = datetime.combine(day, t)
    localize = getattr(tz, "localize", None)  # pytz zones; zoneinfo takes tzinfo directly
    return localize(naive) if localize else naive.replace(tzinfo=tz)


def previous_window(window: ShiftWindow, starts: Sequence[time], tz: tzinfo) -> ShiftWindow:
    return shift_window(window.start - timedelta(seconds=1), starts, tz)


# --------------------------------------------------------------------------------------------
# The sheet: plain values, so it can be sealed, stored, printed and read back the same
# --------------------------------------------------------------------------------------------


class Section(Value):
    """One part of the sheet as a table of plain values (str, int, bool, None, aware datetimes).

    ``key`` names the section ("log", "follow_ups", "complaints", "lostfound", "keys_out",
    "board_count", "counts", "checklist", "discrepancies", "remarks"); ``columns`` name its
    columns; ``flagged`` are the rows to highlight (overdue, a discrepancy); ``coded`` are the
    columns whose values are codes the reader's language names (category, status...).
    """

    key: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...] = ()
    flagged: tuple[int, ...] = ()
    coded: tuple[str, ...] = ()
    # Names per language of the values a manager named (counted items, checks): a cell equal to
    # one's ``given`` reads as the name in the reader's language. Empty on sheets sealed before.
    names: tuple[LocalName, ...] = ()

    def local_name(self, value: Any) -> LocalName | None:
        if not self.names or not isinstance(value, str):
            return None
        return next((n for n in self.names if n.given == value), None)


class Signer(Value):
    name: str
    role: str
    meaning: Meaning
    at: datetime
    png: bytes  # the drawn signature
    strokes_sha256: str  # digest of the vector strokes kept with it


class HandoverSheet(Value):
    """A handover sheet as printed and sealed."""

    number: int
    station: str
    property_name: str
    shift_start: datetime
    shift_end: datetime
    outgoing: str
    incoming: str
    sections: tuple[Section, ...]
    signers: tuple[Signer, ...] = ()
    state: HandoverState = HandoverState.DRAFT
    seal: str | None = None
    journal_seq: int | None = None
    journal_hash: str | None = None
    sealed_at: datetime | None = None
    # Someone else than the rostered clerk(s) took over: who was rostered, and why (on the sheet
    # as "Rostered: X; taken over by Y because: ..."). Empty when the rostered clerk took over.
    rostered: str = ""
    takeover_reason: str = ""
    # What supervisors added beside the clerks' content (handover checks, countersignatures,
    # review notes): never part of what is sealed, shown and printed after the seal.
    after_seal: tuple[Section, ...] = ()

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)


# Who made a duty report printed from the command line (no one signed in): shown by its label.
COMMAND_LINE = "desk-app (command line)"


class DutyReport(Value):
    """The daily duty report: every book over a period, for the supervisor's morning review."""

    station: str
    property_name: str
    period_start: datetime
    period_end: datetime
    made_at: datetime
    made_by: str
    sections: tuple[Section, ...] = field(default_factory=tuple)
    summary: DutySummary = field(default_factory=DutySummary)  # the first page's totals


def check_report_period(start: datetime, end: datetime) -> None:
    """A duty report's period: aware ends, the end after the start, at most a month long."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("the period's ends must be timezone-aware")
    if end <= start:
        raise ValidationError("The period must end after it starts.", field="period")
    if end - start > timedelta(days=MAX_REPORT_DAYS, hours=1):  # an hour for summer time
        raise ValidationError(
            "A duty report covers at most {days} days; choose a shorter period.",
            field="period",
            days=MAX_REPORT_DAYS,
        )


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("sheet times must be timezone-aware")
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    if isinstance(value, BookLine):  # sealed as its message, printed in any language
        return {"line": value.key, "values": dict(value.values)}
    return value


def sheet_content(sheet: HandoverSheet) -> str:
    """The sheet as canonical JSON: what is sealed. Times in UTC, images as their digests; the
    seal itself and the sealing moment are not part of what they seal."""

    utc = _plain
    return canonical(
        {
            "number": sheet.number,
            "station": sheet.station,
            "property": sheet.property_name,
            "shift": [utc(sheet.shift_start), utc(sheet.shift_end)],
            "outgoing": sheet.outgoing,
            "incoming": sheet.incoming,
            "sections": [
                {
                    "key": s.key,
                    "columns": list(s.columns),
                    "rows": [[utc(v) for v in row] for row in s.rows],
                    "flagged": list(s.flagged),
                    "coded": list(s.coded),
                    # Only when there are any: sheets sealed before keep their content.
                    **({"names": [n.as_json() for n in s.names]} if s.names else {}),
                }
                for s in sheet.sections
            ],
            # Only when someone else took over: sheets sealed before keep their content.
            **(
                {"rostered": {"names": sheet.rostered, "reason": sheet.takeover_reason}}
                if sheet.rostered
                else {}
            ),
            "signers": [
                {
                    "name": g.name,
                    "role": g.role,
                    "meaning": g.meaning.value,
                    "at": utc(g.at),
                    "png": utc(g.png),
                    "strokes": g.strokes_sha256,
                }
                for g in sheet.signers
            ],
        }
    )


def seal_of(content: str, journal_hash: str) -> str:
    """SHA-256 over the sheet and the journal head: the sheet cannot change, nor can it be
    re-dated to a different state of the books."""
    digest = hashlib.sha256(content.encode("utf-8"))
    digest.update(b"\n")
    digest.update(journal_hash.encode("ascii"))
    return digest.hexdigest()


# --------------------------------------------------------------------------------------------
# Rules of signing
# --------------------------------------------------------------------------------------------


def check_signers(outgoing_id: str, incoming_id: str | None) -> None:
    if incoming_id is not None and incoming_id == outgoing_id:
        raise ValidationError(
            "The same person cannot both hand over and accept a shift.", field="incoming"
        )


def check_can_sign(
    state: HandoverState, meaning: Meaning, signer_id: str, outgoing_id: str
) -> None:
    if state is HandoverState.SEALED:
        raise ValidationError("This handover is already sealed.", field="state")
    if meaning is Meaning.HANDED_OVER:
        if signer_id != outgoing_id:
            raise ValidationError(
                "Only the outgoing clerk signs the sheet as handed over.", field="signer"
            )
        if state is not HandoverState.DRAFT:
            raise ValidationError("The outgoing clerk has already signed.", field="state")
    else:
        if signer_id == outgoing_id:
            raise ValidationError(
                "The same person cannot both hand over and accept a shift.", field="signer"
            )
        if state is not HandoverState.HANDED_OVER:
            raise ValidationError(
                "The outgoing clerk signs first; then the incoming clerk accepts.", field="state"
            )


def clean_property_name(name: str | None) -> str:
    """The property's name printed at the top of every sheet: one line, may be empty."""
    clean = text_rule.line(name, "property")
    if len(clean) > MAX_POLICY_ITEM_LENGTH:
        raise ValidationError(
            "A name may have at most {limit} characters.",
            field="property",
            limit=MAX_POLICY_ITEM_LENGTH,
        )
    return clean


def clean_discrepancy(what: str, expected: str, found: str, note: str) -> tuple[str, str, str, str]:
    """One row of the discrepancies the incoming clerk notes: each cell one line, and the row
    must say what it is about."""
    cells = (
        text_rule.line(what, "discrepancies"),
        text_rule.line(expected, "discrepancies"),
        text_rule.line(found, "discrepancies"),
        text_rule.line(note, "discrepancies"),
    )
    if not cells[0]:
        raise ValidationError("Say what each discrepancy is about.", field="discrepancies")
    return cells


TAKEOVER_REASON_MAX_LENGTH = 500


def is_takeover(rostered_ids: Sequence[str], incoming_id: str | None) -> bool:
    """Someone other than the rostered incoming clerk(s) takes over. No roster, or nobody chosen
    yet: no takeover."""
    return bool(rostered_ids) and incoming_id is not None and incoming_id not in rostered_ids


def check_takeover(rostered_ids: Sequence[str], incoming_id: str | None, reason: str | None) -> str:
    """Why someone other than the rostered incoming clerk takes over: asked for then (and kept),
    not otherwise (""). No roster, or nobody chosen yet: nothing to say."""
    if not is_takeover(rostered_ids, incoming_id):
        return ""
    clean = text_rule.lines(reason, "takeover_reason")
    if not clean:
        raise ValidationError(
            "Someone else than the rostered clerk takes over: say why.", field="takeover_reason"
        )
    if len(clean) > TAKEOVER_REASON_MAX_LENGTH:
        raise ValidationError(
            "The reason is longer than {limit} characters.",
            field="takeover_reason",
            limit=TAKEOVER_REASON_MAX_LENGTH,
        )
    return clean


def clean_remarks(text: str | None) -> str:
    remarks = text_rule.lines(text, "remarks")
    if len(remarks) > REMARKS_MAX_LENGTH:
        raise ValidationError(
            "The remarks are longer than {limit} characters.",
            field="remarks",
            limit=REMARKS_MAX_LENGTH,
        )
    return remarks
